// Places the redactor used to take for people, in the shapes the tuning
// sets showed, and the people next to them that must stay removed: a place
// vetoed never frees a person's name. The sentences are made up for this
// test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

struct Case {
  std::string text;
  std::vector<std::string> gone;  // person words that must not be in the output
  std::vector<std::string> kept;  // place words that must be
};

void Check(const std::string& language, const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const std::string out = RedactedText(c.text, language);
    for (const std::string& w : c.gone) EXPECT_EQ(out.find(w), std::string::npos) << w << " kept in: " << out;
    for (const std::string& w : c.kept) EXPECT_NE(out.find(w), std::string::npos) << w << " lost in: " << out;
  }
}

TEST(PlacesKeptRound7Test, ATownWithItsStateAfterOfIsATown) {
  Check("en", {
                  {"a benefit for 3 year old Penny of Mesa, AZ who had a heart transplant", {"Penny"}, {"Mesa, AZ"}},
                  {"Prayers for Rosalind of Mesa , AZ tonight", {"Rosalind"}, {"Mesa"}},
                  // No region after it: a name of a name.
                  {"Catherine of Aragon was a queen.", {"Catherine"}, {}},
              });
}

}  // namespace
}  // namespace amparo::redaction
