// "at" after a verb of staying takes a person's home ("we stayed at Daniel
// Park for a week"): a given name before a place word stays a person there;
// after a verb of waiting it is the place ("we waited at Lincoln Park").
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(StayingAtAPerson, GivenNameBeforeParkAfterStayedAtIsAPerson) {
  ExpectGoneAndKept("en", {
      {"The coyote was Daniel Park. We stayed at Daniel Park for a week.", {"Daniel"}, {"for a week"}},
      {"We slept at Grace Park the first night.", {"Grace"}, {"first night"}},
  });
  ExpectGoneAndKept("en", {
      {"We waited at Lincoln Park until dark.", {}, {"Lincoln Park"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
