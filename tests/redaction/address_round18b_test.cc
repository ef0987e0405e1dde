// Street shapes of round 18's second pass, through the whole redactor, with
// made-up names: cross streets named by ordinary words after a street and
// "entre" ("en Hidalgo entre Pino y Roble"). Towns around them stay.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class AddressRound18bTest : public AddressFixture {};

// After a street the list names and "entre", the two names joined by "y"
// are its cross streets whatever the words ("Pino", "Roble": a pine, an
// oak); a word redacted as a person there was an address lost and a
// street kept.
TEST_F(AddressRound18bTest, CrossStreetsOfOrdinaryWordsAfterEntre) {
  ExpectStreet("es", "Vivíamos en Hidalgo entre Pino y Roble, cerca del mercado.", "Hidalgo entre Pino y Roble");
  ExpectStreet("es", "La casa quedaba sobre Juárez entre Sauce y Cedro.", "Juárez entre Sauce y Cedro");
}

TEST_F(AddressRound18bTest, TownsBetweenAfterAStreetWordStay) {
  ExpectGoneAndKept("es", {
      {"Vivíamos en Chiapas entre Tapachula y Tuxtla.", {}, {"Chiapas", "Tapachula", "Tuxtla"}},
      {"Estuvimos en Morelos entre Cuernavaca y Cuautla.", {}, {"Cuernavaca", "Cuautla"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
