// Generated documents, round 20 (docs/redaction-evaluation.md, "Generated
// documents, round 20"): a town after a numbered street whose British,
// Australian or Canadian type ends the address ("27 Elm Grove, Dublin", "4
// Wattle Close, Auckland") is read as after "138 West Ave, Patchogue": a
// place. A listed given name or surname there, or a word before ", who",
// stays a person. The names are made up.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(PlacesAfterStreetsRound20Test, TownAfterAStreetOfAnEnglishType) {
  ExpectGoneAndKept("en", {
      {"Please send the package to Connor Walsh at 27 Elm Grove, Dublin.", {"Connor", "Walsh"}, {"Dublin"}},
      {"Her flat is at 4 Wattle Close, Auckland.", {}, {"Auckland"}},
      {"Write to 12 Maple Crescent, Saskatoon.", {}, {"Saskatoon"}},
      // A person who lives there, or who acts, stays redacted.
      {"I lived at 14 Elm Grove, Ramirez.", {"Ramirez"}, {}},
      {"I lived at 14 Elm Grove, Ramirez, who beat us.", {"Ramirez"}, {}},
  });
}

}  // namespace
}  // namespace amparo::redaction
