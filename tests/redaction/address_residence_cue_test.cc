// A house number of one or two digits, or one shaped like a year, before a
// street type that also names venues or towns ("12 Oak Gardens", "1985 Pine
// Hills"): after words saying where someone lives or stays it is an address.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(AddressResidenceCue, SmallOrYearShapedNumberAfterLivesAtIsAnAddress) {
  ExpectGoneAndKept("en", {
      {"She lives at 12 Oak Gardens, London.", {"12", "Oak Gardens"}, {"London"}},
      {"My aunt lives at 1985 Pine Hills, Houston.", {"1985", "Pine Hills"}, {"Houston"}},
      {"My address is 7 Elm Fields, Leeds.", {"7", "Elm Fields"}, {"Leeds"}},
  });
  ExpectGoneAndKept("en", {
      {"In 2019 Palm Springs was hot.", {}, {"2019", "Palm Springs"}},
      {"Sat 8 Verizon Center, doors at 7.", {}, {"Verizon Center"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
