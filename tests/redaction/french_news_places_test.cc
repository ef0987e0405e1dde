// French news keeps small towns that no gazetteer lists where French grammar
// says a place ("en Kerbiquet", an "à" that OCR damaged: "cultivateur il
// Kerbiquet"), and the names of a shipping column are ships and ports, not
// people; the people next to them (a captain after "c.", a given name after
// "en" or "à") stay redacted. Invented sentences.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(FrenchNewsPlacesTest, AWordAfterEnIsATown) {
  // The town is a name for the detector here ("maire de Plouvénec" is kept
  // by the place veto); after "en" it stays too.
  const std::string out = RedactedText(
      "Le maire de Plouvénec est venu . Une ferme en Plouvénec a brûlé , près la gare .", "fr");
  EXPECT_NE(out.find("ferme en Plouvénec"), std::string::npos) << out;
}

TEST(FrenchNewsPlacesTest, APersonNamedElsewhereStaysAPersonAfterEn) {
  // The text names Kaboré as a person (a title, a role): every mention goes.
  ExpectRedacted("fr", "Le passeur Kaboré nous a frappés . J'avais confiance en Kaboré .", {"Kaboré"});
  ExpectRedacted("fr", "M. Kaboré nous a aidés . Nous avons tout mis en Kaboré .", {"Kaboré"});
}

TEST(FrenchNewsPlacesTest, AGivenNameAfterEnStaysAPerson) {
  // "croire en Pierre": a given name after "en" is a person.
  ExpectRedacted("fr", "Elle avait toute confiance en Huguette et en Anselme depuis la guerre .",
                 {"Huguette", "Anselme"});
}

TEST(FrenchNewsPlacesTest, AnADamagedByOcrBeforeATownIsAPreposition) {
  // A page with other OCR damage ("avrtl l908", "»•»"); the towns are the
  // gazetteer's. A commune of no gazetteer there is redacted: spoken French
  // says "il" and "i" before people too (names_spoken_french_and_lower_case_test.cc).
  ExpectRedacted("fr",
                 "Lundi 23 avrtl l908 . »•» Le nommé Yves Kerhervé , journalier , demeurant il Pontivy , "
                 "a été arrêté . Le blessé fut transporté ë Quimper où il mourut . Un soldat en garnison è "
                 "Lorient , âgé de vingt ans , a disparu .",
                 {"Kerhervé"}, {"Pontivy", "Quimper", "Lorient"});
}

TEST(FrenchNewsPlacesTest, APersonAfterADamagedAStaysRedacted) {
  // A given name after the damaged "à" is a person ("il Pierre" is no
  // French), and "a" without its accent ("j'ai parlé a Kerbrat") takes
  // people in hurried writing: it stays redacted.
  ExpectRedacted("fr", "Il écrivit il Gwenaëlle hier . Nous avons parlé a Kerbrat ce matin .",
                 {"Gwenaëlle", "Kerbrat"});
  // "A" is "à" without its accent, "&" joins people.
  ExpectRedacted("fr", "Nous sommes arrivés , A Diabaté il fallait payer . Je suis venue avec ma soeur & Kaboré .",
                 {"Diabaté", "Kaboré"});
}

TEST(FrenchNewsPlacesTest, ShipsOfAShippingColumnAreNoPersons) {
  const std::string column =
      "MOUVEMENT DES NAVIRES . Arrivés à Marseille , le 21 , Héloïse , c. Kerbrat , de Cardiff . "
      "le 22 , Anatole , c. Le Floch , de Swansea à Bordeaux . le 23 , « Bérengère » , p. Oran "
      "de Marseille . le 24 , Amédée , c. Quéméneur , allant de Newport à Alger .";
  // The captains after "c." stay redacted.
  ExpectRedacted("fr", column, {"Kerbrat", "Floch", "Quéméneur"},
                 {"Héloïse", "Anatole", "Bérengère", "Amédée"});
}

TEST(FrenchNewsPlacesTest, ShipsBetweenQuotesThatOcrDamagedAreNoPersons) {
  // OCR reads "«" and "»" as "Il", "ci", "n", "u"; a ship's entry may give
  // its date right after its name.
  const std::string column =
      "NAVIRES . le 21 , Héloïse , c. Kerbrat , de Cardiff . le 22 , Anatole , c. Le Floch , "
      "de Swansea . le 23 , « Bérengère » , p. Oran . le 24 , Il Eudoxie Il , de Cardiff à Oran , "
      "le 24 , ci Ambroisine n , de Bilbao . Philomène , le 25 , d' Odessa .";
  ExpectRedacted("fr", column, {"Kerbrat", "Floch"}, {"Eudoxie", "Ambroisine", "Philomène"});
}

TEST(FrenchNewsPlacesTest, OneEntryShapedLikeAShipIsAPerson) {
  // Outside a shipping column the same shape names people.
  ExpectRedacted("fr", "J'ai revu Héloïse , le 21 , de retour de Tijuana , avec son fils .",
                 {"Héloïse"});
}

TEST(FrenchNewsPlacesTest, ATownBeforeARegisteredPersonAfterADamagedAIsKept) {
  // A civil register on a page that OCR damaged elsewhere ("l908", "»•»"):
  // the gazetteer's town, then the person; "Pontivy" is named as a person
  // elsewhere, so the name detector takes it.
  const std::string out = RedactedText(
      "Lundi 23 avrtl l908 . »•» Le nommé Pontivy a disparu . Décès . Yvonne Kerhervé , débitante , "
      "il Pontivy Ludovic Trémeur , sellier , 40 ans .",
      "fr");
  EXPECT_NE(out.find("il Pontivy"), std::string::npos) << out;
  EXPECT_EQ(out.find("Ludovic"), std::string::npos) << out;
  EXPECT_EQ(out.find("Trémeur"), std::string::npos) << out;
}

TEST(FrenchNewsPlacesTest, IerBeforeAMonthIsTheFirst) {
  ExpectRedacted("fr", "Deux trains entrent en collision Béthune , Ier janvier . Le choc fut violent .", {},
                 {"Ier janvier"});
}

TEST(FrenchNewsPlacesTest, NamesListedAfterPluralStreetNounsAreStreets) {
  const std::string out = RedactedText(
      "Le feu a pris au magasin Kerjean , rues Trébouvec et Guéniffet . Un incendie a détruit "
      "le dépôt Trébouvec .",
      "fr");
  EXPECT_NE(out.find("rues Trébouvec et Guéniffet"), std::string::npos) << out;
}

TEST(FrenchNewsPlacesTest, ADatelineTownEndingAHeadlineWithoutItsPeriodIsKept) {
  // The person keeps one placeholder. A town that is a listed given name or
  // surname ("Paris") stays in the person there: see
  // names_freeing_rules_test.cc.
  const std::string out =
      RedactedText("La réponse de M. Kerhervé Nantes , 26 juillet . M. Kerhervé a répondu .", "fr");
  EXPECT_EQ(out, "La réponse de M. [PERSON-1] Nantes , juillet . M. [PERSON-1] a répondu .") << out;
}

TEST(FrenchNewsPlacesTest, APersonBeforeADateStaysRedacted) {
  // A name of one word before a date is left to the other rules: a person
  // waited for, or after a title.
  ExpectRedacted("fr",
                 "Signé : M. Kerhervé , 22 avril . On a rencontré Ouédraogo , 12 mars . Le passeur "
                 "Kaboré , 3 juin , nous a abandonnés . Nous attendions Kaboré , 3 juin .",
                 {"Kerhervé", "Ouédraogo", "Kaboré"});
}

TEST(FrenchNewsPlacesTest, TheVaticanIsAPlace) {
  // The gazetteer had the Vatican only as "Ciudad del Vaticano", "Vatican
  // City" and "Cité du Vatican".
  ExpectRedacted("fr", "Le Vatican avait fait pressentir le gouvernement italien . Le pape Hormisdas a parlé .",
                 {"Hormisdas"}, {"Vatican"});
  ExpectRedacted("es", "El Vaticano respondió al obispo ayer .", {}, {"Vaticano"});
}

TEST(FrenchNewsPlacesTest, LongShippingLinesFinish) {
  // Each name reads a few words around it; the shipping column is counted
  // once, and a run of OCR quotes is not walked again by every name.
  std::string column;
  for (int i = 0; i < 20000; ++i) {
    column += "le 2 , Il Héloïse Il , c. Kerbrat , p. Oran . il Plouvénec Ludovic Trémeur , Modane , 26 juillet . ";
  }
  std::string quotes = "le 2 , Héloïse";
  for (int i = 0; i < 200000; ++i) quotes += " Il";
  EXPECT_FALSE(RedactedText(column, "fr").empty());
  EXPECT_FALSE(RedactedText(quotes, "fr").empty());
}

}  // namespace
}  // namespace amparo::redaction
