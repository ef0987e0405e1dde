// Names a survivor writes that the redactor left in the text: a "Saint-"
// surname alone, a composed given name joined by hyphens and a particle, a
// composed name in capitals, full names in lower case, a given name that is
// a month before a surname that is a town. Each check also keeps the places
// of the route that the same sentences name.
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// Haitian surnames are often a saint's compound ("Saint-Fleur", "Saint-Vil",
// "Saint-Juste"); alone, as the subject of a verb, they name a person, while
// a town after a place word stays.
TEST(NamesTestimonyLeaksTest, ASaintSurnameAloneIsAPerson) {
  ExpectRedacted("fr", "Saint-Fleur m'a frappé.", {"Fleur"});
  ExpectRedacted("ht", "Saint-Fleur te bat mwen.", {"Fleur"});
  ExpectRedacted("ht", "Lè sa a Saint-Vil te bat mwen nan Tapachula.", {"Vil"}, {"Tapachula"});
  ExpectRedacted("es", "Después Saint-Juste nos dijo que esperáramos.", {"Juste"});
  // Places stay.
  ExpectRedacted("fr", "Nous sommes arrivés à Saint-Malo en mars.", {}, {"Saint-Malo"});
  ExpectRedacted("fr", "Il habitait rue Saint-Vincent à Port-au-Prince.", {}, {"Port-au-Prince"});
  ExpectRedacted("ht", "Mwen soti Saint-Marc, mwen rive Tapachula.", {}, {"Saint-Marc", "Tapachula"});
}

// "Marie-des-Neiges", "Jean-de-Dieu": a particle between two hyphens inside
// a composed given name, also at a sentence start.
TEST(NamesTestimonyLeaksTest, AComposedGivenNameWithAParticleIsRemovedWhole) {
  ExpectRedacted("es", "Marie-des-Neiges me ayudó en Tapachula.", {"Marie", "Neiges"}, {"Tapachula"});
  ExpectRedacted("fr", "Marie-des-Neiges m'a aidée.", {"Marie", "Neiges"});
  ExpectRedacted("fr", "Je suis venue avec Jean-de-Dieu.", {"Jean", "Dieu"});
}

// A composed name in capitals, as forms and angry testimonies write it.
TEST(NamesTestimonyLeaksTest, AComposedNameInCapitalsIsRemovedWhole) {
  ExpectRedacted("es", "Me atendió JUAN DE DIOS en la frontera.", {"JUAN", "DIOS"}, {"frontera"});
  ExpectRedacted("es", "Nos llevó JOSÉ DE JESÚS hasta Reynosa.", {"JOSÉ", "JESÚS"}, {"Reynosa"});
  ExpectRedacted("es", "Me atendió Juan de Dios en la frontera.", {"Juan", "Dios"});
  // "Gracias a Dios" stays a word.
  ExpectRedacted("es", "Gracias a Dios llegamos a Tenosique.", {}, {"Dios", "Tenosique"});
}

// Full names written in lower case, after "de" or anywhere: a given name and
// a surname the dictionaries list only with a capital ("pérez", "lópez").
TEST(NamesTestimonyLeaksTest, AFullNameInLowerCaseIsRemoved) {
  ExpectRedacted("es", "vivíamos en la calle de juan pérez", {"juan", "pérez"});
  ExpectRedacted("es", "nos quedamos en la casa de maría lópez", {"maría", "lópez"});
  ExpectRedacted("es", "el que nos cobró fue juan pérez en tenosique", {"juan", "pérez"}, {"tenosique"});
  ExpectRedacted("es", "ahí conocí a jorge hernández y a luis martínez", {"jorge", "hernández", "luis", "martínez"});
  // Ordinary words stay ("masa quística", "vena porta").
  ExpectRedacted("es", "se observa una masa quística en la vena porta", {}, {"masa", "vena porta"});
}

// "Ayer Julio Arequipa nos llevó": a month that is a given name, inside a
// sentence with no date around it, before a town that is also a surname.
TEST(NamesTestimonyLeaksTest, AMonthGivenNameBeforeATownSurnameIsAPerson) {
  ExpectRedacted("es", "Ayer Julio Arequipa nos llevó.", {"Julio", "Arequipa"});
  ExpectRedacted("es", "Nos ayudó Abril Guerrero en el albergue.", {"Abril", "Guerrero"});
  // Dates and the route stay.
  ExpectRedacted("es", "En julio Arequipa estaba llena.", {}, {"julio", "Arequipa"});
  ExpectRedacted("es", "Salimos en Julio de 2019 hacia Tapachula.", {}, {"Julio", "Tapachula"});
  ExpectRedacted("es", "Llegamos a Tapachula en Julio, Arriaga después.", {}, {"Tapachula", "Arriaga"});
}

}  // namespace
}  // namespace amparo::redaction
