// The round-20 last read: freeing rules of the round that kept a person's
// name in clear in testimony sentences. Each leak failed at b1edfd2; the
// places each rule was written for, and the Spanish school (redacted
// before too), pin the rules' other side.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// "in" before a word of no list is a town, but not after "confided" and
// not before a possessive dropped before "arms".
TEST(LastReadRound20, WordAfterInThatTakesAPerson) {
  ExpectGoneAndKept("en", {
      {"I only ever confided in Abernathy about the threats.", {"Abernathy"}, {"confided in"}},
      {"I left the baby in Wanjiru arms and ran.", {"Wanjiru"}, {"arms and ran"}},
      {"Party in Wetumpka tonight.", {}, {"Wetumpka"}},
  });
}

// "downtown", "uptown" before a listed given name: two sentences run
// together, the name is a person's.
TEST(LastReadRound20, GivenNameAfterUptown) {
  ExpectGoneAndKept("en", {
      {"after that we went uptown Marisol was waiting with the car", {"Marisol"}, {"was waiting"}},
      {"Just moved to downtown Viera.", {}, {"Viera"}},
  });
}

// A town and a capitalized plural is a team unless the plural ends like a
// surname of no list.
TEST(LastReadRound20, SurnameShapedPluralAfterATown) {
  ExpectGoneAndKept("en", {
      {"The guard who beat me was Boston Tsakalidis.", {"Tsakalidis"}, {"The guard who beat me"}},
      {"The guard was Memphis Kouris.", {"Kouris"}, {}},
      {"The Chicago Blackhawks won.", {}, {"Chicago Blackhawks"}},
  });
}

// French: a verb in the imperfect after a name behind a head word; the head
// after "au" is in a prepositional phrase, so the verb is the name's; a
// listed surname after "parti pour".
TEST(LastReadRound20, FrenchNamesAfterHeadsAndVerbsOfLeaving) {
  ExpectGoneAndKept("fr", {
      {"Au lycée Pierre-Louis Mérilien criait sur nous.", {"Mérilien"}, {"criait sur nous"}},
      {"À la caserne Duvalier torturait les prisonniers.", {"Duvalier"}, {"torturait"}},
      {"Il est parti pour Moreau la semaine dernière.", {"Moreau"}, {"Il est parti pour"}},
      {"Il partit pour Loudéac.", {}, {"Loudéac"}},
  });
  ExpectGoneAndKept("es", {
      {"En la escuela Pérez nos pegaba.", {"Pérez"}, {"nos pegaba"}},
      {"La escuela Miguel Hidalgo estaba cerrada.", {}, {"Miguel Hidalgo"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
