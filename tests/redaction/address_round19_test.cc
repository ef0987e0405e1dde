// Street shapes of round 19, through the whole redactor, with made-up
// names: addresses of many countries copied into English and Spanish text
// with the units of their country after them. Towns around them stay.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class AddressRound19Test : public AddressFixture {};

// Italy's staircase and flat, Belgium's letterbox, Brazil's suites, rooms,
// blocks and flats, Germany's floors and back houses, Portugal's floor and
// side: the flat's number says which door the person opens.
TEST_F(AddressRound19Test, UnitsOfTheStreetsCountry) {
  ExpectStreet("es", "La dirección era Via dei Mille 24, scala B, interno 7, Nápoles.",
               "Via dei Mille 24, scala B, interno 7", {"Nápoles"});
  ExpectStreet("en", "Send it to Rue Royale 120 bte 3, 1000 Bruxelles.", "Rue Royale 120 bte 3", {"Bruxelles"});
  ExpectStreet("en", "His office is at Av. Paulista, nº 1578, conj. 92, São Paulo - SP.",
               "Av. Paulista, nº 1578, conj. 92", {"São Paulo"});
  ExpectStreet("en", "My brother stayed at Bahnhofstr. 7, 2. OG in Bremen.", "Bahnhofstr. 7, 2. OG", {"Bremen"});
  ExpectStreet("en", "We spent the winter at Hauptstr. 64, 3. OG links in Köln.", "Hauptstr. 64, 3. OG links",
               {"Köln"});
  ExpectStreet("en", "We slept at Karl-Marx-Allee 90, Hinterhaus, Berlin.", "Karl-Marx-Allee 90, Hinterhaus",
               {"Berlin"});
  ExpectStreet("es", "Nos quedamos en Schönhauser Allee 36, 4. Stock, 10435 Berlín.",
               "Schönhauser Allee 36, 4. Stock", {"Berlín"});
  ExpectStreet("en", "Write to me at Avenida da Liberdade 144, 3º Esq., 1250-146 Lisboa.",
               "Avenida da Liberdade 144, 3º Esq.", {"Lisboa"});
}

// A unit's word needs its number or a capital: "sala de espera" is a room
// of the place, and the words after it stay.
TEST_F(AddressRound19Test, UnitWordsWithoutANumberStay) {
  ExpectGoneAndKept("es", {
      {"Vive en Calle Hidalgo 12 sala de espera del hospital.", {}, {"sala de espera"}},
      {"Nos vimos en Calle Morelos 8, ap. de la esquina.", {}, {"ap. de la esquina"}},
  });
}

// The town right after a postal code of another shape than five digits
// that ends its street's address is a town, whatever follows it ("Praha",
// "Zürich", "Porto" were read as persons); a listed given name there stays
// a person.
TEST_F(AddressRound19Test, TownAfterAShortPostalCodeStays) {
  ExpectGoneAndKept("en", {
      {"The landlord's office was at Dlouhá 730/12, 110 00 Praha.", {"Dlouhá", "110 00"}, {"Praha"}},
      {"Bahnhofquai 9, 8001 Zürich is where the lawyer sits.", {"Bahnhofquai", "8001"}, {"Zürich"}},
      {"He lives at Hoofdstraat 56A, 9711 HB Groningen.", {"Hoofdstraat", "9711"}, {"Groningen"}},
  });
  ExpectGoneAndKept("es", {
      {"Su dirección: Nerudova 27, 118 00 Praga.", {"Nerudova", "118 00"}, {"Praga"}},
      {"Mi primo vive en Rua de Santa Catarina 112, 2º Dto, 4000-442 Porto.", {"Catarina", "4000-442"}, {"Porto"}},
      {"Mi primo vive en Rua de Santa Catarina 112, 4000-442 Pedro.", {"Pedro"}, {}},
  });
}

// An initial before a surname that names a street, its number, then a
// postal code of four digits and a town: "2010" is no capital, so the
// rule of a street before a comma and a town read nothing there.
TEST_F(AddressRound19Test, StreetBeforeAFourDigitCodeAndATown) {
  ExpectStreet("es", "Domicilio actual en M. Gonzalez 264, 2010, Málaga.", "M. Gonzalez 264", {"Málaga"});
  ExpectStreet("es", "Vivía en R. Ortega 118, 2900, Málaga.", "R. Ortega 118", {"Málaga"});
}

// A hero of the street list that names a town too, after a verb of
// living, its number of two digits, then a clause that goes on: the
// street (three digits were wanted after a town's word); the same after
// another verb stays.
TEST_F(AddressRound19Test, HeroTownStreetAfterAVerbOfLiving) {
  ExpectStreet("es", "Vivíamos en Juárez 45 hasta que nos echaron.", "Juárez 45");
  ExpectStreet("es", "Vivíamos en Morelos 38 cuando llegó la policía.", "Morelos 38");
  ExpectGoneAndKept("es", {
      {"Estuvimos en Juárez 45 hasta que nos echaron.", {}, {"Juárez"}},
      {"Vivimos en Chiapas 10 hasta 2019.", {}, {"Chiapas"}},
  });
}

// Polish "ulica" abbreviated and capitalized, as it opens a form's line:
// "Ul. Długa 3/7" (the lower-case "ul." was read; "Ul." stayed in clear).
TEST_F(AddressRound19Test, CapitalizedPolishUlica) {
  ExpectStreet("en", "Her mother lives at Ul. Długa 3/7, 80-827 Gdańsk, Poland.", "Ul. Długa 3/7", {"Gdańsk"});
  ExpectStreet("es", "Vive en UL. PIĘKNA 12, Warszawa.", "UL. PIĘKNA 12", {"Warszawa"});
}

// A building or staircase named before the street: "Bâtiment B" stayed in
// clear before "3 allée des Acacias".
TEST_F(AddressRound19Test, BuildingBeforeTheStreet) {
  ExpectStreet("en", "The clinic is in Bâtiment B, 3 allée des Acacias, 93200 Saint-Denis.",
               "Bâtiment B, 3 allée des Acacias", {"Saint-Denis"});
  ExpectStreet("es", "Me escribió desde Résidence Les Pins, bât. C, 45 avenue Jean Jaurès, 13008 Marsella.",
               "bât. C, 45 avenue Jean Jaurès", {"Marsella"});
}

}  // namespace
}  // namespace amparo::redaction
