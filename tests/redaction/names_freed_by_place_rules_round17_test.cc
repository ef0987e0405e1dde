// Names the place rules freed, round 17: a listed given name that is a town
// too (Florence, Lourdes, Victoria, Dolores, Santiago...) where the sentence
// means a person (the one awaited, sought, hit, called or paid), a family
// after a plural article ("aux Kerbrat"), a nickname of an epithet and a
// given name ("au Grand Pierre") and a given name before a headline-like
// run of capitals ("Marie EST VENUE"); the town's reading stays kept.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// The one awaited, sought, hit or called is a person, though the name is a
// town too; a dateline-like date after it does not make it one.
TEST(NamesFreedByPlaceRulesRound17Test, WhoIsAwaitedSoughtOrHitIsAPerson) {
  ExpectGoneAndKept("fr", {
                              {"Nous attendions Florence , 3 juin .", {"Florence"}, {}},
                              {"Nous attendions Florence hier soir.", {"Florence"}, {}},
                              {"J'ai attendu Lourdes devant l'église.", {"Lourdes"}, {"église"}},
                              {"Ils ont frappé Victoria avec un bâton.", {"Victoria"}, {}},
                              {"On a cherché Dolores toute la nuit.", {"Dolores"}, {}},
                              {"Ils attendaient Florence à Tapachula.", {"Florence"}, {"Tapachula"}},
                          });
  ExpectGoneAndKept("en", {
                              {"We waited for Florence at the station.", {"Florence"}, {}},
                              {"They hit Dolores with a stick.", {"Dolores"}, {}},
                              {"We were waiting for Austin in Reynosa.", {"Austin"}, {"Reynosa"}},
                          });
  ExpectGoneAndKept("ht", {
                              {"Mwen t ap tann Florence nan lari a.", {"Florence"}, {}},
                              {"Yo frape Israel devan pòt la.", {"Israel"}, {}},
                              {"Mwen rele Lourdes yè swa.", {"Lourdes"}, {}},
                          });
  ExpectGoneAndKept("es", {
                              {"Esperamos a Guadalupe en la terminal.", {"Guadalupe"}, {}},
                              {"Golpearon a Concepción frente a nosotros.", {"Concepción"}, {}},
                          });
}

// The town one reaches or leaves stays: no verb of waiting or seeing takes
// it.
TEST(NamesFreedByPlaceRulesRound17Test, TheTownOneReachesStaysKept) {
  ExpectGoneAndKept("fr", {
                              {"Nous sommes arrivés à Florence le 3 juin.", {}, {"Florence"}},
                              {"Nous attendions le train pour Lourdes.", {}, {"Lourdes"}},
                          });
  ExpectGoneAndKept("es", {{"Llegamos a Guadalupe.", {}, {"Guadalupe"}}});
}

// "aux Kerbrat", "des Kerbrat": a plural article before a capitalized word
// of no list and no gazetteer is a family (a French surname takes no
// plural); "aux Gonaïves", "aux Antilles" are places.
TEST(NamesFreedByPlaceRulesRound17Test, AFamilyAfterAPluralArticle) {
  ExpectGoneAndKept("fr", {
                              {"Nous sommes allés aux Kerbrat hier.", {"Kerbrat"}, {}},
                              {"Je l'ai dit aux Kerbrat.", {"Kerbrat"}, {}},
                              {"la ferme des Kerbrat brûlait.", {"Kerbrat"}, {}},
                              {"Il est parti aux Gonaïves.", {}, {"Gonaïves"}},
                              {"Il vivait aux Antilles.", {}, {"Antilles"}},
                          });
}

// "au Grand Pierre", "le Petit Pierre": an epithet before a listed given
// name is a nickname; a commune of that shape is kept.
TEST(NamesFreedByPlaceRulesRound17Test, AnEpithetBeforeAGivenNameIsANickname) {
  ExpectGoneAndKept("fr", {
                              {"Il parlait au Grand Pierre hier.", {"Pierre"}, {}},
                              {"Il parlait au Petit Pierre.", {"Pierre"}, {}},
                              {"Il vivait au Grand Fougeray.", {}, {"Fougeray"}},
                              {"Il vivait au Petit-Quevilly.", {}, {"Petit-Quevilly"}},
                          });
}

// A given name before a line's capitals (or a copula and "venue", "partie")
// that say what only a person does is the one who acted; a town before a
// local item's headline stays.
TEST(NamesFreedByPlaceRulesRound17Test, AGivenNameBeforeCapitals) {
  ExpectGoneAndKept("fr", {
                              {"Marie EST VENUE", {"Marie"}, {}},
                              {"Marie est venue hier.", {"Marie"}, {}},
                              {"Florence EST VENUE NOUS VOIR", {"Florence"}, {}},
                              {"Florence EST TRÈS GENTILLE", {"Florence"}, {}},
                              {"Florence EST UNE VILLE", {}, {"Florence"}},
                              {"Saint-Broladre TOMBE D'UN CERISIER", {}, {"Saint-Broladre"}},
                          });
}

// French "chez" takes a person or a firm, never a town: "chez Florence".
TEST(NamesFreedByPlaceRulesRound17Test, ChezTakesAPerson) {
  ExpectGoneAndKept("fr", {{"Nous avons dormi chez Florence deux nuits.", {"Florence"}, {}},
                           {"Nous avons dormi à Florence deux nuits.", {}, {"Florence"}}});
}

// Two given names joined by "et" before "nous ont" and a verb are the two
// who acted, though one is a town too and the other a word ("pierre").
TEST(NamesFreedByPlaceRulesRound17Test, TwoGivenNamesThatActedTogether) {
  ExpectGoneAndKept("fr", {{"Pierre et Florence nous ont aidés.", {"Pierre", "Florence"}, {}},
                           {"Nous sommes passés par Lyon et Florence avant Rome.", {}, {"Lyon", "Florence"}}});
}

}  // namespace
}  // namespace amparo::redaction
