// Round 17's new passes at the very edges of a text: each form the round
// added (a given name in a list, a line in capitals, "Mi-rae Park", "Ann
// Li", Haitian "Jan" as manner and "ti" as a nickname, firms named after
// partners, holy days) written as the whole text, so that its first word
// opens at byte 0 and its last ends at text.size(). These passes read the
// byte before a word and the bytes after it; in the sanitizer build
// (-DAMPARO_SANITIZE=ON) a read before 0 or past the end fails here.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(Round17TextEdges, ListsAndCapitalsAtTheTextsEdges) {
  ExpectGoneAndKept("ht", {
      {"Jak, Lwi ak Pòl", {"Jak", "Lwi", "Pòl"}, {", ", " ak "}},
      {"Pòl ak Jak", {"Pòl", "Jak"}, {" ak "}},
      {"JAN TE BAT NOU", {"JAN"}, {"TE BAT NOU"}},
      {"Jan yo te trete nou an", {}, {"Jan yo"}},
      {"ti Jo te vann nou", {"ti Jo"}, {"te vann nou"}},
  });
  ExpectGoneAndKept("es", {
      {"PEDRO NOS GOLPEÓ EN LA ESTACIÓN", {"PEDRO"}, {"NOS GOLPEÓ EN LA ESTACIÓN"}},
      {"la Virgen María", {}, {"la Virgen María"}},
  });
}

TEST(Round17TextEdges, NamesAndFirmsAtTheTextsEdges) {
  ExpectGoneAndKept("en", {
      {"Mi-rae Park", {"Mi-rae", "Park"}, {}},
      {"Tom Reyes and Ann Li", {"Tom", "Reyes", "Ann", "Li"}, {" and "}},
      {"Holt-Pruitt", {"Pruitt"}, {}},
      {"Good Friday", {}, {"Good Friday"}},
      {"Li", {}, {"Li"}},
      {"Good", {}, {"Good"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
