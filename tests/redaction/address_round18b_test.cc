// Street shapes of round 18's second pass, through the whole redactor, with
// made-up names: cross streets named by ordinary words after a street and
// "entre" ("en Hidalgo entre Pino y Roble"), and a street before a town
// and its district's number ("Na Poříčí 12, Praha 1"). Towns around them
// stay.
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

// A town and its district's number after a street's number and a comma:
// the street is an address, the town a town ("Praha" was read as a person).
TEST_F(AddressRound18bTest, StreetBeforeATownAndItsDistrict) {
  ExpectStreet("en", "We rented a room at Na Poříčí 12, Praha 1 for a year.", "Na Poříčí 12", {"Praha"});
  ExpectStreet("en", "Her office: Karlova 16, Praha 1.", "Karlova 16", {"Praha"});
  ExpectStreet("es", "La oficina estaba en Lidická 55, Wien 3, cerca del río.", "Lidická 55", {"Wien"});
  ExpectStreet("fr", "Écrire à Kovářova 88, Lyon 3e.", "Kovářova 88", {"Lyon"});
}

TEST_F(AddressRound18bTest, ScoresAndCountsBeforeATownAndANumberStay) {
  ExpectGoneAndKept("es", {
      {"Ganó Guatemala 3, Honduras 1.", {}, {"Guatemala", "Honduras"}},
      {"Capítulo 3, Praha 1.", {}, {"Capítulo"}},
      // A listed given name there is a person's, never freed.
      {"Hablé con Moravská 12, Pedro 2 veces.", {"Pedro"}, {}},
  });
}

// A street named after a hero, a surname or (after a verb of living or
// meeting) any name of no dictionary, its house number of two digits or
// more (three after a word that is also a town: "Juárez", "Hidalgo"), then
// a clause that goes on with "cuando", "donde", "when"...
TEST_F(AddressRound18bTest, StreetAfterEnBeforeAClauseThatGoesOn) {
  ExpectStreet("es", "Yo vivía en Reforma 222 cuando llegaron los soldados.", "Reforma 222");
  ExpectStreet("es", "Nos quedamos en Allende 45 hasta que nos echaron.", "Allende 45");
  ExpectStreet("en", "We stayed on Allende 25 until the rains came.", "Allende 25");
  ExpectStreet("es", "Nos vimos en Madison 200 con mi primo.", "Madison 200");
  ExpectStreet("es", "Al final nos vimos en Madison 200.", "Madison 200");
  ExpectStreet("en", "We met at Madison 200 when it was dark.", "Madison 200");
}

// Counts, years, ages and times after the number are no house numbers.
TEST_F(AddressRound18bTest, CountsAndYearsAfterEnBeforeAClauseStay) {
  ExpectGoneAndKept("es", {
      {"Estuvimos en Oaxaca 2 días cuando llovía.", {}, {"Oaxaca", "2 días"}},
      {"Llegamos a Tapachula 3 cuando ya era tarde.", {}, {"Tapachula", "3 cuando"}},
      {"Vivíamos en México 1985 cuando tembló.", {}, {"México", "1985"}},
      {"Nos vimos en Terminal 3 cuando acabó.", {}, {"Terminal 3"}},
      {"Nos vimos en Puerta 12 cuando llegó el bus.", {}, {"Puerta 12"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
