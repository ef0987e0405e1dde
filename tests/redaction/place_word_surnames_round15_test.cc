// Surnames that are place or ordinary words ("Park", "Hill", "Stone") after a
// given name, round 15: a sentence's period after the surname ends the name
// like a space does ("The smuggler was Daniel Park."), while "St." and
// "Park-Lane" shapes still keep the place. Each case failed on c4c6972; the
// parks and streets in the same shapes must stay.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(PlaceWordSurnamesRound15, SurnameBeforeASentencesPeriod) {
  ExpectGoneAndKept("en", {
      {"The smuggler was Daniel Park.", {"Daniel", "Park"}, {"The smuggler was"}},
      {"The smuggler was Daniel Park. Then he left.", {"Daniel", "Park"}, {"Then he left"}},
      {"The smuggler was Daniel Park.\nHe left.", {"Daniel", "Park"}, {"He left"}},
      {"The smuggler was Daniel Park. We stayed at Daniel Park for a week.", {"Daniel", "Park"}, {"for a week"}},
      {"We waited at Lincoln Park.", {}, {"Lincoln Park"}},
      {"We walked through Lincoln Park.", {}, {"Park"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
