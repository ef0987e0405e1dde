// Places kept, round 19: towns of French news and English social text that
// a general rule keeps, not words learned from the tuning sets. People
// stay redacted where the same shape names them. Invented sentences.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// A page OCR damaged elsewhere ("avrtl l908", "»•»"): it reads as OCR'd news.
const char kDamagedPage[] = "Lundi 23 avrtl l908 . »•» Décès . ";

TEST(PlacesRound19Test, AFrenchPlaceCompoundBeforeARegisteredPersonAfterADamagedAIsKept) {
  // A civil register lists the trade, then "à" and the town, then the
  // next person; OCR writes "à" as "il", or drops its accent after the
  // comma. "Pont-Croix" is in no gazetteer, but a town's compound.
  for (const char* a : {"il", "a"}) {
    const std::string out = RedactedText(std::string(kDamagedPage) + "Yvonne Kerhervé , couturière , " + a +
                                             " Pont-Croix Auguste Guilloteau , typographe , 40 ans .",
                                         "fr");
    EXPECT_NE(out.find(std::string(a) + " Pont-Croix [PERSON-"), std::string::npos) << out;
    EXPECT_EQ(out.find("Auguste"), std::string::npos) << out;
    EXPECT_EQ(out.find("Guilloteau"), std::string::npos) << out;
  }
}

TEST(PlacesRound19Test, APersonAfterADamagedAStaysWhole) {
  // A saint's compound is a Haitian surname too; a bare "a" after a word
  // is "à" written in haste before a person.
  const std::string saint = RedactedText(std::string(kDamagedPage) + "Yvonne Kerhervé , couturière , il "
                                             "Saint-Fleur Joseph Wilner , typographe , 40 ans .",
                                         "fr");
  EXPECT_EQ(saint.find("Saint-Fleur"), std::string::npos) << saint;
  const std::string bare = RedactedText(std::string(kDamagedPage) + "J'ai parlé a Pont-Kerbrat Jean Paul hier .",
                                        "fr");
  EXPECT_EQ(bare.find("Pont-Kerbrat"), std::string::npos) << bare;
  // Nor is a word of no list after the comma's bare "a" on a clean page.
  const std::string clean =
      RedactedText("Yvonne Kerhervé , couturière , a Kerbrat Jean Paul , typographe , 40 ans .", "fr");
  EXPECT_EQ(clean.find("Kerbrat Jean"), std::string::npos) << clean;
  EXPECT_EQ(clean.find("Kerbrat ,"), std::string::npos) << clean;
}

TEST(PlacesRound19Test, AFrenchPlaceCompoundBeforeARegisteredPersonIsKeptOnACleanPage) {
  const std::string out =
      RedactedText("Yvonne Kerhervé , couturière , a Pont-Croix Auguste Guilloteau , typographe , 40 ans .", "fr");
  EXPECT_NE(out.find("a Pont-Croix [PERSON-"), std::string::npos) << out;
  EXPECT_EQ(out.find("Guilloteau"), std::string::npos) << out;
}

TEST(PlacesRound19Test, AmericaIsAPlace) {
  // The continent, or the United States as English speaks of it: a place
  // of the gazetteer, so a given name only where the text says a person.
  ExpectRedacted("en", "I love America so much.", {}, {"America"});
  ExpectRedacted("en", "We work for America 's largest wireless ISP .", {}, {"America"});
  ExpectRedacted("es", "Soñábamos con llegar a América.", {}, {"América"});
  ExpectRedacted("fr", "Il est parti pour l'Amérique en 1906 .", {}, {"Amérique"});
}

TEST(PlacesRound19Test, APersonNamedAmericaStaysAPerson) {
  ExpectRedacted("es", "América me golpeó en la cara.", {"América"});
  ExpectRedacted("es", "Mi hermana América vive en Tapachula.", {"América"});
  ExpectRedacted("es", "Le di el dinero a América y se fue.", {"América"});
  ExpectRedacted("en", "America told me to wait.", {"America"});
  ExpectRedacted("en", "I gave the money to America and she left.", {"America"});
}

TEST(PlacesRound19Test, BritainOceaniaAndSiberiaArePlaces) {
  // Names of no person's list that no gazetteer held alone ("Great
  // Britain" only, or none).
  ExpectRedacted("en", "I love Britain so much.", {}, {"Britain"});
  ExpectRedacted("en", "They sent him to Siberia for ten years.", {}, {"Siberia"});
  ExpectRedacted("en", "I love Oceania so much.", {}, {"Oceania"});
}

TEST(PlacesRound19Test, APersonNamedLikeAPlaceAfterATitleStaysAPerson) {
  ExpectRedacted("en", "Mr. Siberia hit me.", {"Siberia"});
  ExpectRedacted("en", "Lady Britain told us to wait.", {"Britain"});
}

TEST(PlacesRound19Test, RegionsAndOldColoniesOfFrenchNewsArePlaces) {
  // After "parlé de", where a person's name stands too: only a list says
  // a place.
  for (const char* place : {"Palestine", "Crimée", "Indochine", "Transvaal", "Dahomey", "Guyane"}) {
    ExpectRedacted("fr", std::string("Nous avons longtemps parlé de ") + place + " ce soir-là .", {}, {place});
  }
}

TEST(PlacesRound19Test, ARegionAfterATitleStaysAPerson) {
  ExpectRedacted("fr", "M. Transvaal nous a frappés devant la mairie .", {"Transvaal"});
}

TEST(PlacesRound19Test, ASecondQuotedNicknameAfterOrIsTheWholePersons) {
  // "conocido como X o «Y»": the second nickname is one too, its place
  // included ("de Francia" names the person there, not a place).
  const std::string out =
      RedactedText("Es conocido como san Óscar Romero o «San Romero de Francia».", "es");
  EXPECT_EQ(out.find("Francia"), std::string::npos) << out;
  EXPECT_EQ(out.find("Romero"), std::string::npos) << out;
  // A place's second name stays: "un lugar conocido como X o «Y»".
  ExpectRedacted("es", "Dormimos en un lugar conocido como La Arrocera o «El Hoyo de Tapachula».", {},
                 {"Tapachula"});
}

}  // namespace
}  // namespace amparo::redaction
