// Given names and surnames that are towns too (Victoria, Florence, Guerrero,
// Santiago, Trinidad, Jacmel), where the sentence puts a person: before a
// verb and its object pronoun shouted in capitals, after a verb of paying
// or giving, among the people of a list, and as a surname before a
// dateline. The same words stay where the sentence names a place.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesThatAreTownsRound13Test, NameBeforeAShoutedVerbAndPronoun) {
  ExpectGoneAndKept("es", {{"Victoria ME PEGÓ", {"Victoria"}, {"PEGÓ"}},
                           {"Guerrero ME PEGÓ", {"Guerrero"}, {"PEGÓ"}},
                           {"Santiago ME PEGÓ", {"Santiago"}, {"PEGÓ"}},
                           {"Llegamos a Guerrero. Victoria ME PEGÓ allí.", {"Victoria"}, {"Guerrero"}}});
  ExpectGoneAndKept("fr", {{"Florence M'A FRAPPÉE", {"Florence"}, {"FRAPPÉE"}},
                           {"Victoria NOUS A FRAPPÉS", {"Victoria"}, {"FRAPPÉS"}}});
}

TEST(NamesThatAreTownsRound13Test, NameAfterAVerbOfPaying) {
  ExpectGoneAndKept("fr", {{"On a payé Florence pour passer", {"Florence"}, {"passer"}},
                           {"On a payé Guerrero pour passer", {"Guerrero"}, {"passer"}}});
  ExpectGoneAndKept("es", {{"Le pagamos a Guerrero para cruzar", {"Guerrero"}, {"cruzar"}}});
  ExpectGoneAndKept("en", {{"We paid Victoria to cross", {"Victoria"}, {"cross"}}});
}

// A surname of no given name list that is a town (Lima, Mendoza) after a
// verb and the personal "a": a person; after a verb of going, the town.
TEST(NamesThatAreTownsRound13Test, SurnameThatIsATownAfterAVerbAndPersonalA) {
  ExpectGoneAndKept("es", {{"Le pagamos a Lima para cruzar", {"Lima"}, {"cruzar"}},
                           {"Vi a Lima ayer en el albergue", {"Lima"}, {"albergue"}},
                           {"Le dije a Mendoza que viniera", {"Mendoza"}, {"viniera"}},
                           {"Llegamos a Lima en mayo", {}, {"Lima"}},
                           {"Fuimos de Lima a Mendoza", {}, {"Lima", "Mendoza"}}});
}

TEST(NamesThatAreTownsRound13Test, EveryNameOfAListOfPeople) {
  ExpectGoneAndKept("fr", {{"Ils étaient trois : Victoria, Florence et Trinidad",
                            {"Victoria", "Florence", "Trinidad"}, {"trois"}}});
  ExpectGoneAndKept("es", {{"Me acompañaron Santiago y Guerrero", {"Santiago", "Guerrero"}, {"acompañaron"}}});
}

// "con", "avec", "with" after a verb of going: the people one went with.
TEST(NamesThatAreTownsRound13Test, ListOfPeopleAfterAVerbAndWith) {
  ExpectGoneAndKept("es", {{"Me fui con Santiago y Guerrero", {"Santiago", "Guerrero"}, {"fui"}},
                           {"Crucé con Pedro, Lima y Victoria el río", {"Pedro", "Lima", "Victoria"}, {"río"}}});
  ExpectGoneAndKept("fr", {{"Je suis partie avec Marie et Florence", {"Marie", "Florence"}, {"partie"}}});
}

TEST(NamesThatAreTownsRound13Test, SurnameThatIsATownBeforeADateline) {
  ExpectGoneAndKept("fr", {{"Entretien avec Wisline Jacmel, 12 mars 2024", {"Wisline", "Jacmel"}, {"mars"}}});
}

// Spanish "de X a Y", "desde X a Y": from one town to another; a pronoun
// and a verb after it still make it the one who acted.
TEST(NamesThatAreTownsRound13Test, TownAtTheEndOfASpanishRoute) {
  ExpectGoneAndKept("es", {{"Caminamos de Tapachula a Victoria", {}, {"Tapachula", "Victoria"}},
                           {"El viaje desde Tapachula a Victoria duró tres días", {}, {"Victoria"}},
                           {"Vine de Tapachula a Victoria me pegó", {"Victoria me"}, {}},
                           {"Le conté de Tapachula a Victoria", {"Victoria"}, {"Tapachula"}}});
}

TEST(NamesThatAreTownsRound13Test, TownsStayWhereThePlaceIsMeant) {
  ExpectGoneAndKept("es", {{"Llegamos a Guerrero", {}, {"Guerrero"}},
                           {"Vivimos en Santiago", {}, {"Santiago"}},
                           {"Pasamos por Santiago, Lima y Guerrero", {}, {"Santiago", "Lima", "Guerrero"}},
                           {"Fuimos a Santiago y Guerrero en autobús", {}, {"Santiago", "Guerrero"}},
                           {"Pagamos en Santiago para cruzar", {}, {"Santiago"}}});
  ExpectGoneAndKept("fr", {{"Nous sommes allés à Florence", {}, {"Florence"}},
                           {"On a payé à Florence pour passer", {}, {"Florence"}}});
  ExpectGoneAndKept("en", {{"We came from Victoria", {}, {"Victoria"}}});
}

}  // namespace
}  // namespace amparo::redaction
