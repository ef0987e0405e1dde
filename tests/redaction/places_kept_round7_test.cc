// Places the redactor used to take for people, in the shapes the tuning
// sets showed, and the people next to them that must stay removed: a place
// vetoed never frees a person's name. The sentences are made up for this
// test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(PlacesKeptRound7Test, ATownWithItsStateAfterOfIsATown) {
  ExpectGoneAndKept("en", {
                  {"a benefit for 3 year old Penny of Mesa, AZ who had a heart transplant", {"Penny"}, {"Mesa, AZ"}},
                  {"Prayers for Rosalind of Mesa , AZ tonight", {"Rosalind"}, {"Mesa"}},
                  // No region after it: a name of a name.
                  {"Catherine of Aragon was a queen.", {"Catherine"}, {}},
              });
}

TEST(PlacesKeptRound7Test, ANameBeforeAKindOfPlaceNamesThePlace) {
  ExpectGoneAndKept("en", {
                  {"We'll be @ Glover Park farmers market , 9-1 in DC .", {}, {"Glover Park"}},
                  {"Road snow on Milford Rd, Lindis Pass and Arthurs Pass today", {}, {"Lindis Pass", "Arthurs Pass"}},
                  {"Tomorrow - London - Hyde Park Corner - 1.30 pm .", {}, {"Hyde Park"}},
                  // A given name before "Park" is a person: Park is a surname too.
                  {"I met John Park at the gym.", {"John"}, {}},
                  {"Then Lee Square called me.", {"Lee"}, {}},
                  // A title or cue before it says a person.
                  {"Mr. Glover Park was late.", {"Glover"}, {}},
              });
}

TEST(PlacesKeptRound7Test, ATownAfterADirectionOrWhatATownHas) {
  ExpectGoneAndKept("es", {
                  {"Dormimos en las vías de Xalostoc.", {}, {"Xalostoc"}},
                  {"El pueblo queda al norte de Cuilapa.", {}, {"Cuilapa"}},
                  // A given name or surname there is a person's.
                  {"Dormimos en las vías de Pérez.", {"Pérez"}, {}},
                  {"Se fue al norte de Pedro.", {"Pedro"}, {}},
                  {"La mamá de Pedro se fue al norte.", {"Pedro"}, {}},
              });
  ExpectGoneAndKept("fr", {{"Il habite au sud de Plouay.", {}, {"Plouay"}}});
}

TEST(PlacesKeptRound7Test, AnUnknownWordBetweenPlacesOfAListIsAPlace) {
  ExpectGoneAndKept("fr", {{"que Berlin, Viejinp et Rome entreprirent de répondre", {}, {"Viejinp"}}});
  ExpectGoneAndKept("es", {
                  {"Pasamos por Tapachula, Xoconochco y Huixtla caminando.", {}, {"Xoconochco"}},
                  // A person in a list with places has no place on his other side.
                  {"En Tapachula, Pedro y yo dormimos.", {"Pedro"}, {"Tapachula"}},
                  {"Fuimos a Tapachula, Yahaira y yo.", {"Yahaira"}, {"Tapachula"}},
                  // A surname as the last item stays a person's.
                  {"Tapachula, Huixtla y Ramírez.", {"Ramírez"}, {}},
              });
}

TEST(PlacesKeptRound7Test, ATownAndItsCountryJoinedByAHyphen) {
  ExpectGoneAndKept("es", {
                  {"Remitido por: Dra. Ana Ruiz. San Martín número 1436, Concepción-Chile. E-mail: x@y.cl",
                   {"Ana", "Ruiz"},
                   {"Concepción-Chile"}},
                  // A given name joined to a country is no town.
                  {"Me ayudó María-Honduras en el albergue.", {"María"}, {}},
              });
}

TEST(PlacesKeptRound7Test, TheTownAfterANumberedStreetEndingInItsType) {
  ExpectGoneAndKept("en", {
                  {"I'm at Bowl Long Island ( 138 West Ave , Patchogue) .", {}, {"Patchogue"}},
                  {"Send it to 45 Maple Street, Wrawby.", {}, {"Wrawby"}},
                  // A person's full name after the address stays a person.
                  {"Send it to 45 Maple Street, John Wrawby.", {"John", "Wrawby"}, {}},
                  // A name the sentence goes on after is no town.
                  {"I was at 45 Maple Street, Peterson said.", {"Peterson"}, {}},
              });
}

TEST(PlacesKeptRound7Test, CountriesThatAreAlsoGivenNames) {
  // Guinea, Mali, Chad, Israel, Jordan: places where the text says so.
  ExpectGoneAndKept("es", {
                  {"Vengo de Guinea y crucé por Colombia.", {}, {"Guinea"}},
                  {"Salimos de Chad hace dos años.", {}, {"Chad"}},
                  {"Viví tres años en Israel antes de venir.", {}, {"Israel"}},
                  {"Mi amigo es originario de Mali.", {}, {"Mali"}},
                  // The same words as people's names.
                  {"Mi hermano Israel se quedó en Tapachula.", {"Israel"}, {"Tapachula"}},
                  {"Luego Israel me ayudó a cruzar.", {"Israel"}, {}},
                  {"La esposa de Israel nos dio comida.", {"Israel"}, {}},
              });
  ExpectGoneAndKept("en", {{"We flew from Jordan to Mexico.", {}, {"Jordan"}}, {"Jordan called me.", {"Jordan"}, {}}});
}

TEST(PlacesKeptRound7Test, ATownBeforeAPersonInOneSpanIsGivenBack) {
  ExpectGoneAndKept("fr", {
                  {"Marie Gramme, de Saint-Symphorien Agnès Kermabon, cultivatrice.",
                   {"Gramme", "Agnès", "Kermabon"},
                   {"Saint-Symphorien"}},
                  {"Delphine Forget, domestique, à Chanlenay Pierre Japeau, maçon.",
                   {"Delphine", "Pierre", "Japeau"},
                   {"Chanlenay"}},
                  // A given name first is the person's own.
                  {"Le colis de Jean Pierre Japeau est arrivé.", {"Jean", "Pierre", "Japeau"}, {}},
              });
  ExpectGoneAndKept("es", {{"Me ayudó en Tapachula Pedro Ramírez Gómez.", {"Pedro", "Ramírez", "Gómez"}, {"Tapachula"}},
               // A first name in no list after "de" stays the person's.
               {"Es la hija de Yahaira María López.", {"Yahaira", "María", "López"}, {}},
               // A surname that is a town, before a date, stays the person's.
               {"Firma: Juan Guerrero, 12 de marzo de 2020.", {"Juan", "Guerrero"}, {}}});
}

TEST(PlacesKeptRound7Test, ANameAndAStreetTypeAfterANumberStayAStreet) {
  // The house number or unit before says a street, even where no address
  // rule reads the whole line.
  const std::string out = RedactedText("Send it to Apt. 5, Glover Park", "en");
  EXPECT_EQ(out.find("Glover"), std::string::npos) << out;
}

TEST(PlacesKeptRound7Test, TheOtherStreetOfACrossingStaysAnAddress) {
  const std::string out =
      RedactedText("Address: the corner of 74 Sikelianou Street and ten Pas Pass.", "en");
  EXPECT_EQ(out.find("Pas "), std::string::npos) << out;
  EXPECT_EQ(out.find("Sikelianou"), std::string::npos) << out;
}

}  // namespace
}  // namespace amparo::redaction
