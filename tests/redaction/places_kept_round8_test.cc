// Places the redactor took for people in the shapes the tuning sets showed
// in round 8 (a town after a noun and its adjectives, a realm after a
// monarch's numeral, a saint's town glued or
// damaged by OCR, a region in brackets after its town), and the people next
// to them that must stay removed. The sentences and the town names
// ("Kerlouan-Vihan", "Trégonnec") are made up for this test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(PlacesKeptRound8Test, ATownAfterANounOfATownAndItsAdjectives) {
  ExpectGoneAndKept("fr", {
                  {"Le blessé a été conduit à l'hôpital militaire de Trégonnec hier soir.", {}, {"Trégonnec"}},
                  {"Voici les résultats des élections municipales complémentaires de Trégonnec.", {}, {"Trégonnec"}},
                  {"Les autorités de Trégonnec ont pris des mesures.", {}, {"Trégonnec"}},
                  // A given name or a surname there is a person's.
                  {"Le blessé a été conduit à l'hôpital militaire de Pierre hier soir.", {"Pierre"}, {}},
                  {"Les autorités de Dupont ont pris des mesures.", {"Dupont"}, {}},
              });
  ExpectGoneAndKept("es", {
                  {"Nos llevaron a la cárcel municipal de Chicuixtla.", {}, {"Chicuixtla"}},
                  {"Nos llevaron a la cárcel municipal de Pérez.", {"Pérez"}, {}},
              });
}

TEST(PlacesKeptRound8Test, ARealmAfterAMonarchsNumeralIsAPlace) {
  ExpectGoneAndKept("es", {
                  {"Luis XIV de Francia mandó construir el palacio.", {"Luis"}, {"Francia"}},
                  {"Carlos V de Alemania reinó muchos años.", {"Carlos"}, {"Alemania"}},
                  // An old kingdom is part of the title.
                  {"Fernando II de Aragón casó con Isabel.", {"Fernando", "Aragón"}, {}},
                  // No numeral: a surname ("Gaspar Rodríguez de Francia") stays whole.
                  {"Gaspar Rodríguez de Francia gobernó el país.", {"Gaspar", "Rodríguez"}, {}},
              });
  ExpectGoneAndKept("en", {{"Henry VIII of England married six times.", {"Henry"}, {"England"}}});
  ExpectGoneAndKept("fr", {{"Louis XVI de France fut guillotiné.", {"Louis"}, {"France"}}});
}

TEST(PlacesKeptRound8Test, TheFirstItemOfAListOfTownsStaysAPersonIfNoListHoldsIt) {
  // A given name that no list holds may open a list of towns: it stays
  // redacted (the first item of a list is no place cue).
  ExpectGoneAndKept("es", {
                  {"Recuerdo a Xochilt, Tapachula y Tijuana.", {"Xochilt"}, {"Tapachula", "Tijuana"}},
                  {"Vinieron Pedro, Tapachula y Arriaga no.", {"Pedro"}, {}},
              });
}

TEST(PlacesKeptRound8Test, ASaintsTownGluedOrDamagedByOcr) {
  ExpectGoneAndKept("fr", {
                  {"Nous passerons par StMandé demain.", {}, {"StMandé"}},
                  {"Le train venait de SaintLazare quand il déraila.", {}, {"SaintLazare"}},
                  {"Les ouvriers de Suint-Martial sont en grève.", {}, {"Suint-Martial"}},
                  {"La fête de Sainl-Amand aura lieu dimanche.", {}, {"Sainl-Amand"}},
                  // A title before it says a person.
                  {"M. SaintLazare est arrivé.", {"SaintLazare"}, {}},
              });
}

TEST(PlacesKeptRound8Test, APlaceWordGluedToTheNameAfterIt) {
  ExpectGoneAndKept("fr", {
                  {"Deux garnements de PontKerlo se battaient.", {}, {"PontKerlo"}},
                  {"La foule attendait devant le théâtre de MontVidal hier.", {}, {"MontVidal"}},
                  // Two given names glued are a person's.
                  {"Le capitaine JeanPaul partit.", {"JeanPaul"}, {}},
              });
}

TEST(PlacesKeptRound8Test, ANameAfterAnElidedArticleSpacedByOcr) {
  // OCR spaces the apostrophe off: "l' Egée" is "l'Egée".
  ExpectGoneAndKept("fr", {
                  {"Il ne veut aucune corrélation entre l' Egéide et l' Albanie.", {}, {"Egéide"}},
                  // "l'" before a name that is a person's takes a title first.
                  {"Il a vu l' abbé Kerlouan.", {"Kerlouan"}, {}},
                  // A noble's particle after a title, a given name (a ship's): people.
                  {"On se rend devant la maison de M. de l' Estrevin, député.", {"Estrevin"}, {}},
                  {"Il fut une victime de l' Hilda hier.", {"Hilda"}, {}},
                  // After a capitalized name too, spaced or not.
                  {"Henri de l' Estourbeillon est venu hier.", {"Henri", "Estourbeillon"}, {}},
                  {"Le comte Henri de l'Estourbeillon est venu hier.", {"Henri", "Estourbeillon"}, {}},
                  // A town after a lower-case word stays ("la gare de l'Estrevin").
                  {"Le train partit de la gare de l'Estrevin.", {}, {"Estrevin"}},
              });
}

TEST(PlacesKeptRound8Test, ATownNamedByItsRiverOrNeighbour) {
  // Central European towns: "Ostrov nad Ohří", "Frankfurt am Main".
  ExpectGoneAndKept("en", {
                  {"Suite 578| Ostrov nad Kelnicí| Czech Republic", {}, {"Kelnicí"}},
                  {"We stayed in Kirchbach am Wendelsee for a week.", {}, {"Kirchbach", "Wendelsee"}},
                  {"She moved to Stowbridge upon Harne last year.", {}, {"Harne"}},
              });
}

TEST(PlacesKeptRound8Test, ATownNamedAfterASaintAndAnotherWord) {
  // Mexican towns: a saint's name, then the old name ("San Juan Chamula").
  ExpectGoneAndKept("es", {
                  {"Caminamos hasta San Andrés Chicuixtla y ahí dormimos.", {}, {"Chicuixtla"}},
                  {"Nos quedamos en Santa María Tlaxcoyan.", {}, {"Tlaxcoyan"}},
                  // A given name or surname after it is a person's.
                  {"Fuimos a San Andrés con Juan Pérez.", {"Juan", "Pérez"}, {}},
                  {"En San Andrés Pérez nos cobró.", {"Pérez"}, {}},
                  // "San Miguel" is a surname too: after a given name, a person.
                  {"Médico: Paula San Miguel Fraile. NºCol: 1234.", {"Paula", "Fraile"}, {}},
              });
  ExpectGoneAndKept("en", {{"Born in San Miguel Tlaxcoyan, she became a nun.", {}, {"Tlaxcoyan"}}});
}

TEST(PlacesKeptRound8Test, AGivenNameBeforeAKindOfPlaceAfterIn) {
  ExpectGoneAndKept("en", {
                  {"Mr. Manning is an old man who grew up in Shelly Park.", {"Manning"}, {"Shelly Park"}},
                  // Not a possessive, nor after a preposition that takes people.
                  {"I was in Shelly Park's car.", {"Shelly"}, {}},
                  {"I got a letter from Shelly Park today.", {"Shelly"}, {}},
              });
}

TEST(PlacesKeptRound8Test, AWorldTownAfterFor) {
  ExpectGoneAndKept("en", {{"Yeltsin approved a peace deal for Chechnya on Friday.", {}, {"Chechnya"}}});
}

TEST(PlacesKeptRound8Test, FromOneTownToAnotherInSpanish) {
  ExpectGoneAndKept("es", {
                  {"Un señor había volado de Bafuya a Quito.", {}, {"Bafuya"}},
                  // A world town too (Duala is Douala, Cameroon).
                  {"Otro había volado de Duala a Quito.", {}, {"Duala"}},
                  // A surname or given name there is a person's ("el dinero de X a Y").
                  {"Mandé el dinero de Ramírez a Tijuana.", {"Ramírez"}, {}},
                  {"Le mandé una carta de Pedro a Tijuana.", {"Pedro"}, {}},
                  // A given name no list holds: only a verb of going says a route.
                  {"Mandé el dinero de Xochilt a Tijuana.", {"Xochilt"}, {"Tijuana"}},
                  {"Caminamos de Chicuixtla a Tapachula.", {}, {"Chicuixtla"}},
              });
}

TEST(PlacesKeptRound8Test, ATownAfterAVehicleAndAVerbOfGoing) {
  ExpectGoneAndKept("es", {
                  {"De Puerto Barrios fuimos en lancha a Livingston y de ahí a Belice.", {}, {"Livingston"}},
                  {"Llegamos en el tren a Celaya.", {}, {"Celaya"}},
                  // After other verbs "en la camioneta a X" takes a person.
                  {"Subieron en la camioneta a Livingston y se lo llevaron.", {"Livingston"}, {}},
              });
}

TEST(PlacesKeptRound8Test, ASaintsPlaceAfterAGivenNameIsASurname) {
  // Many Spanish and Haitian surnames are saints' places.
  ExpectGoneAndKept("es", {
                  {"Mi tío José San Martín nos esperaba.", {"José", "Martín"}, {}},
                  {"Me ayudó Pedro San Juan en Tapachula.", {"Pedro", "Juan"}, {"Tapachula"}},
                  {"Mi amiga Rosa Santa Cruz vive aquí.", {"Rosa", "Cruz"}, {}},
                  // After a preposition the place stays.
                  {"Vi a Pedro en San Juan.", {"Pedro"}, {"San Juan"}},
                  // A longer place that goes on after the saint's name is that place.
                  {"Vino Carlos San Pedro Sula a verme.", {"Carlos"}, {"San Pedro Sula"}},
              });
  ExpectGoneAndKept("fr", {
                  {"Mon oncle Joseph Saint-Louis nous attendait à Tijuana.", {"Joseph", "Louis"}, {"Tijuana"}},
                  {"Mon oncle Jean St-Juste est venu.", {"Jean", "Juste"}, {}},
                  {"Je suis allé à Saint-Louis avec Jean.", {"Jean"}, {"Saint-Louis"}},
              });
  ExpectGoneAndKept("en", {{"My uncle Joseph Saint-Louis came.", {"Joseph", "Louis"}, {}}});
}

TEST(PlacesKeptRound8Test, AWorldTownWhereSomeoneIsFrom) {
  ExpectGoneAndKept("fr", {{"Dans la jungle, un homme de Conakry est mort.", {}, {"Conakry"}}});
  ExpectGoneAndKept("es", {
                  {"En el albergue conocí a una señora de Conakry.", {}, {"Conakry"}},
                  // A given name or surname there is a person's (a boss's man).
                  {"Nos agarró un hombre de Zambada.", {"Zambada"}, {}},
              });
}

TEST(PlacesKeptRound8Test, ATownAfterAGivenNameIsASurnameInFrenchAndHaitian) {
  ExpectGoneAndKept("fr", {
                  {"J'ai vu Pierre Lyon hier à Paris.", {"Pierre", "Lyon"}, {"Paris"}},
                  {"Mon ami Jacques Nantes m'a aidé à Tijuana.", {"Jacques", "Nantes"}, {"Tijuana"}},
                  // A town before a name stays: where a list's entry comes from.
                  {"Bertrand passe au 3e bataillon d'Afrique Le Goff, du 19e au 101e.", {"Goff"}, {"Afrique"}},
              });
  ExpectGoneAndKept("ht", {{"Mwen te wè Jean Jacmel nan Tapachula.", {"Jean", "Jacmel"}, {"Tapachula"}}});
}

TEST(PlacesKeptRound8Test, ABuildingNamedAfterASaint) {
  ExpectGoneAndKept("en", {{"Police evicted 300 people from the Saint Bernard church on Friday.", {}, {"Saint Bernard"}}});
  ExpectGoneAndKept("es", {
                  {"Dormimos en la iglesia San Bernardo de Tapachula.", {}, {"San Bernardo"}},
                  // A given name first names a person.
                  {"Dormimos en la casa de José San Martín cerca de la iglesia.", {"José", "Martín"}, {}},
              });
}

TEST(PlacesKeptRound8Test, ATownAfterABirthName) {
  ExpectGoneAndKept("fr", {
                  {"Le cardinal, né Giulio Mazzarino à Trégonnec, gouverna le pays.", {"Giulio", "Mazzarino"},
                   {"Trégonnec"}},
                  // Without "né" the words before "à" take a person ("écrit à").
                  {"Giulio Mazzarino écrit à Kerdaniel demain.", {"Giulio", "Mazzarino", "Kerdaniel"}, {}},
              });
}

TEST(PlacesKeptRound8Test, ARegionInBracketsAfterItsTown) {
  ExpectGoneAndKept("fr", {
                  {"Il allait de Shields à Portland (Oregonie) avec du charbon.", {}, {"Oregonie"}},
                  // A given name or surname in brackets names a person.
                  {"Il a écrit de Portland (Pierre) hier.", {"Pierre"}, {}},
              });
}

}  // namespace
}  // namespace amparo::redaction
