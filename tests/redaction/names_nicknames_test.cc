// Nicknames and aliases identify people in testimonies about cartels,
// smugglers and police as well as their names do: the nickname is removed
// as a person, the words that announce it stay ("le decían", "alias",
// "apodado", "un tal", "conocido como", "they called him", "surnommé").
// Words that name the route and its dangers ("la Bestia", "la Migra", "el
// Norte") are no nicknames.
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesNicknamesTest, ACapitalizedNicknameAfterItsCueIsRemoved) {
  ExpectRedacted("es", "Le decían el Güero y nos cobró 500 dólares.", {"Güero"}, {"decían"});
  ExpectRedacted("es", "Nos llevó uno alias el Flaco hasta Reynosa.", {"Flaco"}, {"alias", "Reynosa"});
  ExpectRedacted("es", "Un señor apodado «la Tía» nos recibió en Arriaga.", {"Tía"}, {"apodado", "Arriaga"});
  ExpectRedacted("es", "Un tal Chuy nos vendió los boletos.", {"Chuy"}, {"tal"});
  ExpectRedacted("es", "Era conocido como El Mencho en Reynosa.", {"Mencho"}, {"conocido como", "Reynosa"});
  ExpectRedacted("es", "Yo te llamo Flaca, me dijo el pollero.", {"Flaca"}, {"llamo"});
  ExpectRedacted("en", "They called him Shorty.", {"Shorty"}, {"called him"});
  ExpectRedacted("en", "A guy named Rocky drove us to Reynosa.", {"Rocky"}, {"named", "Reynosa"});
  ExpectRedacted("fr", "Un homme surnommé le Gros nous a frappés.", {"Gros"}, {"surnommé"});
  ExpectRedacted("en", "The smuggler went by Tigre in Reynosa.", {"Tigre"}, {"went by", "Reynosa"});
  ExpectRedacted("en", "A man they called Lobo took our phones.", {"Lobo"}, {"they called"});
  ExpectRedacted("fr", "le passeur, on l'appelait tonton", {"tonton"}, {"appelait"});
}

TEST(NamesNicknamesTest, ALowerCaseNicknameAfterItsCueIsRemoved) {
  ExpectRedacted("es", "le decían el güero y nos cobró", {"güero"}, {"decían"});
  ExpectRedacted("es", "nos llevó uno alias el flaco hasta reynosa", {"flaco"}, {"alias"});
  ExpectRedacted("es", "lo apodaban el chino", {"chino"}, {"apodaban"});
  ExpectRedacted("es", "era conocido como el mencho", {"mencho"}, {"conocido como"});
  ExpectRedacted("en", "they called him shorty", {"shorty"}, {"called him"});
  ExpectRedacted("fr", "un homme surnommé le gros nous a frappés", {"gros"}, {"surnommé"});
  ExpectRedacted("en", "they called him la guera", {"guera"}, {"called him"});
  // With its article after words that take a person, and along a list.
  ExpectRedacted("es", "nos fuimos con el flaco y la güera a tapachula", {"flaco", "güera"}, {"tapachula"});
  ExpectRedacted("es", "vi a la flaca en tapachula", {"flaca"}, {"tapachula"});
  ExpectRedacted("es", "el hermano de la güera nos llevó", {"güera"}, {"hermano"});
  ExpectRedacted("es", "Karla: el flaco me cobró 200 en tapachula", {"flaco"}, {"tapachula"});
  ExpectRedacted("es", "el negro se ve bien en la foto", {}, {"negro"});
  ExpectRedacted("es", "la hija de Guadalupe se quedó en Honduras", {"Guadalupe"}, {"Honduras"});
  // Not what one says to someone.
  ExpectRedacted("es", "le decían mentiras para que pagara", {}, {"mentiras"});
  ExpectRedacted("es", "me dice la verdad siempre", {}, {"verdad"});
}

// "el Güero", "la Flaca", "el Chino": a word of the nickname list,
// capitalized right after an article, is someone's nickname without a cue,
// also in a list of names and in English text.
TEST(NamesNicknamesTest, ANicknameWithItsArticleIsRemoved) {
  ExpectRedacted("es", "La Flaca y el Chino nos robaron en la frontera.", {"Flaca", "Chino"}, {"frontera"});
  ExpectRedacted("es", "Salí de Tapachula con Pedro, Luis y la Güera.", {"Pedro", "Luis", "Güera"},
                 {"Tapachula"});
  ExpectRedacted("es", "Los Zetas nos tuvieron con Wendy, Yesica y el Negro.", {"Wendy", "Yesica", "Negro"});
  ExpectRedacted("en", "We crossed at Reynosa with Marcos and la Güera.", {"Marcos", "Güera"}, {"Reynosa"});
  ExpectRedacted("es", "me dijeron que buscara a un tal \"Chino\" en Reynosa", {"Chino"}, {"tal", "Reynosa"});
  // In quotes after the article, a word of no dictionary or a given name.
  ExpectRedacted("es", "el «Chucky» nos pegó y la 'Yoyis' nos vendió en Tapachula", {"Chucky", "Yoyis"},
                 {"Tapachula"});
  ExpectRedacted("es", "nos subimos a la 'Bestia' en Arriaga", {}, {"Bestia", "Arriaga"});
  // The route and its dangers stay.
  ExpectRedacted("es", "Nos subimos a la Bestia en Arriaga y llegó la Migra.", {}, {"Bestia", "Migra", "Arriaga"});
  ExpectRedacted("es", "Todos querían llegar al Norte por el Suchiate.", {}, {"Norte", "Suchiate"});
  ExpectRedacted("es", "Vivimos un tiempo en la China.", {}, {"China"});
}

}  // namespace
}  // namespace amparo::redaction
