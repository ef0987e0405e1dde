// Testimony leaks, round 17 (second pass): the shapes still leaking after
// round 17 and the over-redaction it added ("vimos luz blanca"). Each case
// failed on a4fadeb; the places and ordinary words in the same shapes must
// stay.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// "vimos luz blanca": after a verb of seeing, a given name followed by a
// colour is a light or a flower, not a double name; "vi luz marina ayer"
// stays a person.
TEST(TestimonyLeaksRound17b, ColourAfterALowerCaseGivenNameIsNoDoubleName) {
  ExpectGoneAndKept("es", {
      {"vimos luz blanca", {}, {"luz blanca"}},
      {"vi rosa blanca en el jardin", {}, {"rosa blanca"}},
      {"vimos luz roja en la garita", {}, {"luz roja"}},
      {"vi luz marina ayer", {"luz", "marina"}, {"vi", "ayer"}},
      {"conoci rosa maria en el albergue", {"rosa", "maria"}, {"en el albergue"}},
  });
}

// "lol tunde and bisi made it to Houston": two lower-case words no
// dictionary has, joined by "and", opening a clause before a verb, are the
// subject: persons.
TEST(TestimonyLeaksRound17b, LowerCaseUnlistedNamesJoinedByAnd) {
  ExpectGoneAndKept("en", {
      {"lol tunde and bisi made it to Houston", {"tunde", "bisi"}, {"made it to Houston"}},
      {"ok so tunde and bisi went home", {"tunde", "bisi"}, {"went home"}},
      {"lol salt and pepper made it better", {}, {"salt and pepper"}},
  });
}

// "llega el Gordo": a capitalized alias after "el" is a smuggler's name;
// lower-case "el gordo" is a description as often as an alias and stays
// (docs/redaction.md, Known limits).
TEST(TestimonyLeaksRound17b, AliasAfterAnArticle) {
  ExpectGoneAndKept("es", {
      {"llega el Gordo con la troca", {"Gordo"}, {"con la troca"}},
      {"llegó el Flaco y nos pegó", {"Flaco"}, {"nos pegó"}},
      {"llega el gordo con la troca", {}, {"el gordo", "la troca"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
