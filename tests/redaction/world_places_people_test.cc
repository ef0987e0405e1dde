// Towns of the world gazetteer named after people ("José C. Paz",
// "Joaquín V. González"): written in a testimony without a word of place
// around them, they are a person, and no part of the name may stay; where
// the text says a place ("vivíamos en José C. Paz"), the town stays.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "redaction/place_gazetteer.h"

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

std::string RedactSpanish(const std::string& text) { return RedactedText(text, "es"); }

TEST(WorldPlacesPeopleTest, ATownWithAnInitialIsAPersonsNameWithoutAPlaceCue) {
  struct Case {
    const char* text;
    std::vector<const char*> gone;
  };
  const std::vector<Case> cases = {
      {"Esa noche José C. Paz nos quitó los papeles.", {"José", "Paz"}},
      {"El señor José C. Paz cobraba la cuota en la frontera.", {"José", "Paz"}},
      {"Después Joaquín V. González me amenazó con una pistola.", {"Joaquín", "González"}},
      {"El chofer era Nicolás R Casillas, un hombre alto.", {"Nicolás", "Casillas"}},
  };
  for (const Case& c : cases) {
    const std::string out = RedactSpanish(c.text);
    for (const char* word : c.gone) {
      EXPECT_EQ(out.find(word), std::string::npos) << word << " kept in: " << out;
    }
  }
}

TEST(WorldPlacesPeopleTest, TheTownStaysWhereTheTextSaysAPlace) {
  const std::string out = RedactSpanish("Vivimos dos años en José C. Paz antes de salir.");
  EXPECT_NE(out.find("José C. Paz"), std::string::npos) << out;
  // Such a town is no longer matched wherever it stands.
  EXPECT_EQ(PlaceGazetteer::Default().ClassOf("José C. Paz"), PlaceClass::kWorldAmbiguous);
}

TEST(WorldPlacesPeopleTest, AKnownNameThatIsAWorldTownIsRemovedEvenWhereTheTextSaysAPlace) {
  // Names from intake win over every world place rule: the place veto
  // weighs guessed names only.
  std::string error;
  const auto redactor = Redactor::Create(&error);
  ASSERT_NE(redactor, nullptr) << error;
  KnownIdentifiers known;
  known.survivor_names = {"Jackson Konya"};
  known.other_names = {"José C. Paz"};
  RedactionResult result;
  ASSERT_TRUE(redactor->Redact("Jackson vivía en Jackson, AZ. Viajé a Konya con José C. Paz; fuimos a José C. Paz.",
                               "es", known, RedactionOptions{}, &result, &error))
      << error;
  for (const char* word : {"Jackson", "Konya", "José", "Paz"}) {
    EXPECT_EQ(result.text.find(word), std::string::npos) << word << " kept in: " << result.text;
  }
}

}  // namespace
}  // namespace amparo::redaction
