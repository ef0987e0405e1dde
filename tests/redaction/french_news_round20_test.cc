// French news, round 20: institutions, ships and places of French news that
// a general rule keeps, where the name detector took them for people.
// People stay redacted where the same shape names them. Invented sentences.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(FrenchNewsRound20Test, AnInstitutionAfterAnElidedArticleAndItsHeadIsKept) {
  // "l'école", "l'hôpital": the elided article before the head word, with
  // or without OCR's space after the apostrophe.
  for (const char* l : {"l'", "l' ", "l\xE2\x80\x99"}) {
    const std::string school = RedactedText(std::string("Les prix des élèves de ") + l +
                                                "école Charles de Blois , remis par M. Kerhervé , étaient beaux .",
                                            "fr");
    EXPECT_NE(school.find("école Charles de Blois"), std::string::npos) << school;
    EXPECT_EQ(school.find("Kerhervé"), std::string::npos) << school;
    const std::string hospital =
        RedactedText(std::string("Le major est affecté à ") + l + "hôpital Villemanzy à Lyon .", "fr");
    EXPECT_NE(hospital.find("hôpital Villemanzy"), std::string::npos) << hospital;
  }
}

TEST(FrenchNewsRound20Test, APersonAfterAnElidedArticleAndAHeadStaysRedacted) {
  // Given names alone after the head name people as often ("à l'école
  // Pierre"); "de" before the name makes it its owner's.
  const std::string given = RedactedText("Je l'ai laissé à l'école Pierre et Marie ce matin .", "fr");
  EXPECT_EQ(given.find("Pierre"), std::string::npos) << given;
  const std::string owner = RedactedText("Il travaillait à l'hôpital de Jean Kerhervé .", "fr");
  EXPECT_EQ(owner.find("Kerhervé"), std::string::npos) << owner;
}

TEST(FrenchNewsRound20Test, AHallAsylumOrBarracksNamedAfterSomeoneIsKept) {
  const std::string hall = RedactedText("La fête a eu lieu dans la salle Charles de Blois , sous la "
                                        "présidence de M. Kerhervé .",
                                        "fr");
  EXPECT_NE(hall.find("salle Charles de Blois"), std::string::npos) << hall;
  EXPECT_EQ(hall.find("Kerhervé"), std::string::npos) << hall;
  const std::string barracks = RedactedText("Le régiment a regagné la caserne Dupleix hier soir .", "fr");
  EXPECT_NE(barracks.find("caserne Dupleix"), std::string::npos) << barracks;
}

TEST(FrenchNewsRound20Test, APersonAfterAHallWordWhoActsStaysRedacted) {
  // A verb or an object pronoun after the name: the person waited there.
  for (const char* after : {"nous attendait", "a dit non", "est venu"}) {
    const std::string out =
        RedactedText(std::string("Dans la salle Kerbrat ") + after + " pendant deux heures .", "fr");
    EXPECT_EQ(out.find("Kerbrat"), std::string::npos) << out;
  }
  const std::string school = RedactedText("Devant l'école Kerbrat nous a frappés .", "fr");
  EXPECT_EQ(school.find("Kerbrat"), std::string::npos) << school;
}

// A column of ships' movements: three entries with a captain or a port.
const char kShippingColumn[] =
    "Partis De Swansea , le 23 , « Coat-Coal » , p. Lorient . De Nantes , le 24 , « Sophie » , p. "
    "Bordeaux . De Marseille , le 21 , « Mira » , p. Dunkerque , c. Le Goff . ";

TEST(FrenchNewsRound20Test, AShipsQuotedNameOfSeveralWordsBeforeItsRouteIsKept) {
  for (const char* entry : {"Arrivés A Bordeaux , le 21 , « Jeanne Kerhervé » , du Havre à Marseille .",
                            "Arrivés A Bordeaux , le 23 , Il Kerhervé de Cette » , d' Alger à La Pallice ."}) {
    const std::string out = RedactedText(std::string(kShippingColumn) + entry, "fr");
    EXPECT_NE(out.find("Kerhervé"), std::string::npos) << out;
    EXPECT_EQ(out.find("Le Goff"), std::string::npos) << out;
  }
}

TEST(FrenchNewsRound20Test, AQuotedNameBeforeARouteOutsideAShippingColumnStaysRedacted) {
  // A nickname in quotes and the way someone took: a person.
  const std::string out =
      RedactedText("Le passeur « Jeanne Kerhervé » , de Tapachula à Tijuana , nous a frappés .", "fr");
  EXPECT_EQ(out.find("Kerhervé"), std::string::npos) << out;
}

TEST(FrenchNewsRound20Test, APlaceAfterHabiterOrAVerbOfLeavingAndPourIsKept) {
  ExpectRedacted("fr", "Il habite Plouguenast depuis dix ans .", {}, {"Plouguenast"});
  ExpectRedacted("fr", "Il est venu habiter Plouguenast , près de Loudéac .", {}, {"Plouguenast"});
  ExpectRedacted("fr", "Il partit pour Plouguenast le lendemain .", {}, {"Plouguenast"});
  ExpectRedacted("fr", "Les pêcheurs embarqués pour Plouguenast sont revenus .", {}, {"Plouguenast"});
}

TEST(FrenchNewsRound20Test, APersonAfterHabiterOrPourStaysRedacted) {
  // The subject after the verb of a relative clause; "pour" alone; a given
  // name; a verb after the name.
  ExpectRedacted("fr", "La ferme qu'habitait Kerbrat a brûlé hier .", {"Kerbrat"}, {});
  ExpectRedacted("fr", "La ferme qu\xE2\x80\x99habitait Kerbrat a brûlé hier .", {"Kerbrat"}, {});
  ExpectRedacted("fr", "La maison où habite Kerbrat est fermée .", {"Kerbrat"}, {});
  ExpectRedacted("fr", "Il travaille pour Kerbrat depuis dix ans .", {"Kerbrat"}, {});
  ExpectRedacted("fr", "Il est parti pour Huguette , sa sœur .", {"Huguette"}, {});
  ExpectRedacted("fr", "Il est parti pour Kerbrat nous a dit sa femme .", {"Kerbrat"}, {});
}

TEST(FrenchNewsRound20Test, ATownAfterANewsSourceOrWhatComesFromItIsKept) {
  ExpectRedacted("fr", "On signale de Plouguenast que la récolte est bonne .", {}, {"Plouguenast"});
  ExpectRedacted("fr", "On annonce de Plouguenast que la foire a eu lieu .", {}, {"Plouguenast"});
  ExpectRedacted("fr", "Le train de Plouguenast est arrivé en retard .", {}, {"Plouguenast"});
  ExpectRedacted("fr", "Les pêcheurs de Plouguenast sont en grève .", {}, {"Plouguenast"});
}

TEST(FrenchNewsRound20Test, AListedNameAfterANewsSourceOrWhatComesFromItStaysRedacted) {
  ExpectRedacted("fr", "Le train de Dupont est arrivé en retard .", {"Dupont"}, {});
  ExpectRedacted("fr", "On signale de Dupont que la récolte est bonne .", {"Dupont"}, {});
  ExpectRedacted("fr", "Les pêcheurs de Huguette sont en grève .", {"Huguette"}, {});
}

TEST(FrenchNewsRound20Test, AShipNamedAfterItsNounIsKept) {
  ExpectRedacted("fr", "Le croiseur Sully est arrivé hier à Brest .", {}, {"Sully"});
  ExpectRedacted("fr", "On a vu le vapeur Kerbrat , hier , devant Paimpol .", {}, {"Kerbrat"});
  ExpectRedacted("fr", "Il était à bord du paquebot Amiral Courbet .", {}, {"Amiral Courbet"});
}

TEST(FrenchNewsRound20Test, APersonAfterAShipNounAndAMarkOrBeforeAnObjectPronounStaysRedacted) {
  ExpectRedacted("fr", "Le capitaine du navire , Kerbrat , a dit non .", {"Kerbrat"}, {});
  ExpectRedacted("fr", "Le remorqueur Kerbrat nous a pris à bord .", {"Kerbrat"}, {});
}

TEST(FrenchNewsRound20Test, TheTitleOfAPlayOrASongIsKept) {
  ExpectRedacted("fr", "Il a écrit un drame en trois actes , intitulé Kermaria , qui a été joué .", {},
                 {"Kermaria"});
  ExpectRedacted("fr", "Une chanson intitulée « Kerbrat le Vieux » a été chantée .", {}, {"Kerbrat le Vieux"});
  // A title opening on a listed given name may be about that person, and
  // stays redacted (the round's last read: "un film intitulé Josué
  // Mérilien sur mon frère").
  ExpectRedacted("fr", "Il a écrit un drame en trois actes , intitulé Alain de Kermaria , qui a été joué .",
                 {"Kermaria"}, {});
  ExpectRedacted("fr", "Ils ont tourné un film intitulé Josué Mérilien sur mon frère.", {"Josué", "Mérilien"}, {});
}

TEST(FrenchNewsRound20Test, ANameEntitlingAReportOrNamingSomeoneStaysRedacted) {
  // A report or a letter may bear a real person's name.
  ExpectRedacted("fr", "Il a publié un rapport intitulé Jean Kerbrat .", {"Kerbrat"}, {});
  ExpectRedacted("fr", "Le drame a été vécu . Intitulé Jean Kerbrat , il a signé .", {"Kerbrat"}, {});
  ExpectRedacted("fr", "Un homme nommé Alain Kerbrat a été arrêté .", {"Kerbrat"}, {});
}

TEST(FrenchNewsRound20Test, ANewspaperAfterItsArticleIsKept) {
  ExpectRedacted("fr", "Le Figaro annonce que la grève continue .", {}, {"Figaro"});
  ExpectRedacted("fr", "On lit dans le Matin que la grève continue .", {}, {"Matin"});
  ExpectRedacted("fr", "D'après le Figaro , M. Kerbrat est nommé .", {"Kerbrat"}, {"Figaro"});
}

TEST(FrenchNewsRound20Test, ANewspapersWordWithoutItsArticleStaysRedacted) {
  ExpectRedacted("fr", "J'ai vu Figaro hier soir .", {"Figaro"}, {});
  ExpectRedacted("fr", "M. Figaro annonce que la grève continue .", {"Figaro"}, {});
}

}  // namespace
}  // namespace amparo::redaction
