// A short surname that another language's stop list holds: "Li", Haitian's
// "he", is a Chinese surname of millions; in English text after a given
// name or a title it is the name's ("our founders: Laura Kent, Tom Reyes
// and Ann Li" kept "Li"). Haitian text keeps its pronoun. The sentences are
// made up.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesShortSurnameRound17Test, LiAfterAGivenNameOrATitle) {
  ExpectGoneAndKept("en", {
      {"Ann Li called me.", {"Ann", " Li"}, {"called me"}},
      {"Yates Inc is the brainchild of our 3 founders: Laura Kent, Tom Reyes and Ann Li.",
       {"Laura", "Kent", "Reyes", "Ann", " Li"}, {"Yates Inc"}},
      {"Dr. Li said no.", {" Li"}, {"Dr."}},
  });
  ExpectGoneAndKept("ht", {
      {"Pierre li te malad.", {}, {"li te malad"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
