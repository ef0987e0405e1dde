// Names written the way survivors write them, found left in the text by
// testimony-style sentences: names in capitals inside ordinary text, names
// in lower case after an article or in a list, diminutives that are also
// words ("toño", "chela"), a relative or companion word with its article
// ("el compa beto"), Haitian "Ti" nicknames. The route's places and the
// institutions' acronyms stay.
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesTestimonyHuntTest, NamesInCapitalsInsideOrdinaryText) {
  ExpectRedacted("es", "me secuestraron junto con JOSÉ y MARÍA en Coatzacoalcos", {"JOSÉ", "MARÍA"},
                 {"Coatzacoalcos"});
  ExpectRedacted("es", "fui con RAMÍREZ hasta Reynosa", {"RAMÍREZ"}, {"Reynosa"});
  ExpectRedacted("fr", "Le policier DUPONT m'a frappée à Tapachula.", {"DUPONT"}, {"Tapachula"});
  // Institutions stay.
  ExpectRedacted("es", "llegamos con la COMAR y el INM a Tapachula", {}, {"COMAR", "INM", "Tapachula"});
}

TEST(NamesTestimonyHuntTest, NamesInLowerCaseWithTheirArticleOrInAList) {
  ExpectRedacted("es", "me quedé con la chayo y el toño en Arriaga", {"chayo", "toño"}, {"Arriaga"});
  ExpectRedacted("es", "Me fui con pedro, luis y la güera rumbo a Arriaga", {"pedro", "luis", "güera"},
                 {"Arriaga"});
  ExpectRedacted("es", "el compa beto tenía un carro", {"beto"}, {"compa"});
  ExpectRedacted("es", "la tía chela nos cuidó en Tenosique", {"chela"}, {"Tenosique"});
  // Words stay.
  ExpectRedacted("es", "hablaba con tono de voz bajo", {}, {"tono"});
  ExpectRedacted("es", "la madre tierra nos cuida", {}, {"tierra"});
}

// Outside English a given name in lower case that no dictionary has is a
// name wherever the rules see it ("de kevin"), and two given names joined by
// a hyphen are one ("marie-claire").
TEST(NamesTestimonyHuntTest, LowerCaseGivenNamesOutsideACue) {
  ExpectRedacted("es", "ya en coatzacoalcos nos separamos de kevin", {"kevin"}, {"coatzacoalcos"});
  ExpectRedacted("es", "mi hija\nyesenia se quedó en tapachula", {"yesenia"}, {"tapachula"});
  // Everyday and slang words in lower case stay.
  ExpectRedacted("es", "neta que chido la morra de la chamba, puro jale con el carnal", {},
                 {"neta", "chido", "morra", "chamba", "jale", "carnal"});
  ExpectRedacted("fr", "j'étais avec marie-claire et son fils kervens à Tapachula", {"marie", "claire", "kervens"},
                 {"Tapachula"});
  ExpectRedacted("fr", "ma belle-soeur et ma grand-mère", {}, {"belle-soeur", "grand-mère"});
}

// A name in capitals set off by commas before a speech verb.
TEST(NamesTestimonyHuntTest, ANameInCapitalsInAnApposition) {
  ExpectRedacted("en", "A man from the cartel, LUIS, told us to wait in Reynosa.", {"LUIS"}, {"Reynosa"});
}

// A lower-case word of no list and no dictionary inside a list of names.
TEST(NamesTestimonyHuntTest, AnUnlistedNameInALowerCaseList) {
  ExpectRedacted("es", "estaba con yesenia, wendy y xiomyra en tapachula", {"yesenia", "wendy", "xiomyra"},
                 {"tapachula"});
}

// Given names in capitals joined by "et" after "avec".
TEST(NamesTestimonyHuntTest, GivenNamesInCapitalsThatAreAlsoWords) {
  ExpectRedacted("fr", "J'ai voyagé avec MARIE et JOSEPH jusqu'à Tapachula.", {"MARIE", "JOSEPH"}, {"Tapachula"});
}

// A given name that is also a word or a town, opening a sentence, before
// what a person does: an object pronoun and a verb, "y yo", a given name
// joined by "y", or a kin word after a comma.
TEST(NamesTestimonyHuntTest, AGivenNameThatIsAWordOrATownBeforeWhatAPersonDoes) {
  ExpectRedacted("es", "Rosa me llevó a Tenosique.", {"Rosa"}, {"Tenosique"});
  ExpectRedacted("es", "Guadalupe me acompañó a Reynosa.", {"Guadalupe"}, {"Reynosa"});
  ExpectRedacted("es", "Dolores me prestó su teléfono en Arriaga.", {"Dolores"}, {"Arriaga"});
  ExpectRedacted("es", "Victoria y yo llegamos a la frontera.", {"Victoria"}, {"frontera"});
  ExpectRedacted("es", "Ángel y Jesús se quedaron en Ciudad Hidalgo.", {"Ángel", "Jesús"}, {"Ciudad Hidalgo"});
  ExpectRedacted("es", "Soledad, mi hija, se quedó en Tapachula.", {"Soledad"}, {"Tapachula"});
  // Places and words stay.
  ExpectRedacted("es", "Tapachula me recibió bien.", {}, {"Tapachula"});
  ExpectRedacted("es", "Guadalupe es muy bonita y en Guadalupe nos quedamos.", {}, {"Guadalupe es", "en Guadalupe"});
  ExpectRedacted("es", "Esperanza es lo último que se pierde.", {}, {"Esperanza"});
}

// A line in capitals is one run of capitalized words: the name after a kin
// word inside it.
TEST(NamesTestimonyHuntTest, ANameAfterAKinWordInALineOfCapitals) {
  ExpectRedacted("es", "AYÚDENME, MI HIJO KEVIN SIGUE SECUESTRADO EN REYNOSA", {"KEVIN"}, {"REYNOSA"});
  ExpectRedacted("es", "MI ESPOSO JOSE RAMIREZ FUE ASESINADO EN TAPACHULA", {"JOSE", "RAMIREZ"}, {"TAPACHULA"});
}

// Lists written one item a line.
TEST(NamesTestimonyHuntTest, AListOneItemALine) {
  ExpectRedacted("es", "Mis hijos:\n1. Marvin\n2. Ever\n3. Dilcia", {"Marvin", "Ever", "Dilcia"});
  ExpectRedacted("es", "- Pedro (hermano)\n- Luisa (prima)\n- Ever (primo)", {"Pedro", "Luisa", "Ever"});
  ExpectRedacted("es", "La ruta:\n1. Tapachula\n2. Arriaga\n3. Reynosa", {}, {"Tapachula", "Arriaga", "Reynosa"});
}

// A campaign hashtag in camel case that holds a name is removed whole.
TEST(NamesTestimonyHuntTest, ANameInsideACamelCaseHashtag) {
  ExpectRedacted("es", "Compartan #JusticiaParaWilmer por favor", {"Wilmer"}, {"Compartan"});
  ExpectRedacted("es", "#JusticiaParaMigrantes #NiUnaMenos", {}, {"#JusticiaParaMigrantes", "#NiUnaMenos"});
}

// A town of the route right before a given name stays a town.
TEST(NamesTestimonyHuntTest, ATownRightBeforeAGivenNameStays) {
  ExpectRedacted("es", "En Tapachula Wilmer consiguió trabajo.", {"Wilmer"}, {"Tapachula"});
  ExpectRedacted("es", "Desde Tenosique Marvin me llamó.", {"Marvin"}, {"Tenosique"});
  ExpectRedacted("es", "Llegamos a Reynosa Pedro y yo.", {"Pedro"}, {"Reynosa"});
  ExpectRedacted("es", "Juan Guerrero nos ayudó.", {"Juan", "Guerrero"});
  ExpectRedacted("es", "De Tapachula Juan se fue a Arriaga.", {"Juan"}, {"De Tapachula", "Arriaga"});
  ExpectRedacted("es", "Saliendo de Arriaga Don Chepe nos llevó.", {"Chepe"}, {"Arriaga"});
  ExpectRedacted("es", "De Miguel Rivera nos ayudó.", {"Miguel", "Rivera"});
}

// A phone glued to the period or colon of its cue word, as typed by hand.
TEST(NamesTestimonyHuntTest, APhoneGluedToItsCue) {
  ExpectRedacted("es", "mi tel.9621234567 por si acaso", {"9621234567"}, {"tel."});
  ExpectRedacted("es", "wsp:5512345678", {"5512345678"});
  ExpectRedacted("es", "Tel. 1.234 pesos", {}, {"1.234"});
}

TEST(NamesTestimonyHuntTest, HaitianTiNicknames) {
  ExpectRedacted("ht", "li te di Ti Jak pa la", {"Jak"});
  ExpectRedacted("ht", "Ti Pyè te vann nou bay Zeta yo nan Reynosa", {"Pyè"}, {"Reynosa"});
  ExpectRedacted("fr", "un certain Ti-Jo nous a vendus à Tapachula", {"Jo"}, {"certain", "Tapachula"});
}

}  // namespace
}  // namespace amparo::redaction
