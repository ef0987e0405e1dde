// Given names that are towns too (Santiago, Guadalupe, Victoria, Israel):
// a person where the sentence says someone acted ("Guadalupe nos dio
// comida"), the town where the sentence says someone arrived ("llegamos a
// Santiago").
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesGivenNameTownsTest, AGivenNameThatActedOnSomeoneIsAPerson) {
  for (const char* text : {"Israel me ayudó a cruzar el río.", "Guadalupe nos dio comida en el albergue.",
                           "Victoria me prestó su teléfono.", "Santiago nos llevó a Tapachula.",
                           "Ayer fue difícil. Guadalupe se quedó en la estación."}) {
    const std::string out = RedactedText(text, "es");
    EXPECT_NE(out.find("[PERSON-1]"), std::string::npos) << text << " -> " << out;
  }
  // A town that is no given name stays, whatever follows it.
  const std::string town = RedactedText("Tapachula nos recibió bien.", "es");
  EXPECT_NE(town.find("Tapachula nos"), std::string::npos) << town;
}

TEST(NamesGivenNameTownsTest, ATownOneArrivesAtIsKept) {
  for (const char* text : {"Llegamos a Santiago en la noche.", "Llegué a Santiago.",
                           "Fuimos a Mercedes a buscar trabajo."}) {
    const std::string out = RedactedText(text, "es");
    EXPECT_EQ(out, text);
  }
  // Verbs that take a person after "a" leave the name a person.
  const std::string sent = RedactedText("Mandaron a Santiago a la frontera.", "es");
  EXPECT_EQ(sent.find("Santiago"), std::string::npos) << sent;
}

}  // namespace
}  // namespace amparo::redaction
