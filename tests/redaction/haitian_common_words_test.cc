// Everyday Haitian Creole words opening a sentence are words, not names,
// while the names in the same sentences are still removed.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(HaitianCommonWordsTest, ACapitalizedEverydayWordOpeningASentenceIsKept) {
  const std::string out = RedactedText(
      "Frè mwen Jonas te mouri nan Darién. Nimewo sè mwen se +509 3456 7890. "
      "Telefòn li pèdi. Lapolis te bat Wilson devan pitit li.",
      "ht");
  EXPECT_NE(out.find("Nimewo sè mwen se"), std::string::npos) << out;
  EXPECT_NE(out.find("Telefòn li pèdi"), std::string::npos) << out;
  EXPECT_EQ(out.find("Jonas"), std::string::npos) << out;
  EXPECT_EQ(out.find("Wilson"), std::string::npos) << out;
  EXPECT_EQ(out.find("3456"), std::string::npos) << out;
  EXPECT_NE(out.find("Darién"), std::string::npos) << out;
}

}  // namespace
}  // namespace amparo::redaction
