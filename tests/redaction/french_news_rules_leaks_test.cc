// The French news round keeps towns in the text (a place compound joined by
// hyphens, "à X" after a word of trade, "de X à Y"): in a testimony those
// rules must not keep a person's name. And the street and place scanners
// stay linear on a long line of hyphenated words.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "redaction/redactor.h"

namespace amparo::redaction {
namespace {

std::string Redact(const std::string& text, const char* language) {
  std::string error;
  static const Redactor* const redactor = Redactor::Create(&error).release();
  EXPECT_NE(redactor, nullptr) << error;
  RedactionResult result;
  EXPECT_TRUE(redactor->Redact(text, language, KnownIdentifiers{}, RedactionOptions{}, &result, &error)) << error;
  return result.text;
}

TEST(FrenchNewsRulesLeaksTest, LongHyphenatedLinesFinish) {
  // Every "-st-" is an English street type and every "Roz-sur-" a place
  // compound's part: each must not read the whole line again.
  std::string streets = "on x";
  for (int i = 0; i < 100000; ++i) streets += "-st";
  std::string compounds;
  for (int i = 0; i < 40000; ++i) compounds += "Roz-sur-";
  compounds += "Couesnon.";
  EXPECT_FALSE(Redact(streets, "en").empty());
  EXPECT_FALSE(Redact(compounds, "fr").empty());
}

}  // namespace
}  // namespace amparo::redaction
