// An age's cue word ("de", "a", "los", "con") and the word before it tell an
// age from a duration; other cues ("tenía", "aged") need no word before.
// These cases hold both readings, at the text's start and in capitals too.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "redaction/pattern_detector.h"

namespace amparo::redaction {
namespace {

bool AgeAt(const PatternDetector& detector, const std::string& text, const std::string& number) {
  const size_t at = text.find(number);
  for (const Finding& f : detector.Find(text, "es")) {
    if (f.type == IdentifierType::kAge && f.begin == at && f.end == at + number.size()) return true;
  }
  return false;
}

TEST(AgeCueWordsTest, CuesThatReadTheWordBeforeAndCuesThatDoNot) {
  std::string error;
  const std::unique_ptr<PatternDetector> detector = PatternDetector::Create(&error);
  ASSERT_NE(detector, nullptr) << error;
  EXPECT_TRUE(AgeAt(*detector, "tenía 15 años", "15"));
  EXPECT_TRUE(AgeAt(*detector, "Tenía 15 años", "15"));
  EXPECT_TRUE(AgeAt(*detector, "cumplí 18 años ayer", "18"));
  EXPECT_TRUE(AgeAt(*detector, "de 45 años", "45"));               // no word before the cue
  EXPECT_TRUE(AgeAt(*detector, "un hombre de 45 años", "45"));
  EXPECT_FALSE(AgeAt(*detector, "después de 3 años volví", "3"));
  EXPECT_FALSE(AgeAt(*detector, "DESPUES DE 3 AÑOS volví", "3"));
  EXPECT_TRUE(AgeAt(*detector, "a los 15 años me fui", "15"));
  EXPECT_TRUE(AgeAt(*detector, "A LOS 15 AÑOS me fui", "15"));
  EXPECT_FALSE(AgeAt(*detector, "los 15 años que pasaron", "15"));
  EXPECT_FALSE(AgeAt(*detector, "todos los 15 años", "15"));
  EXPECT_TRUE(AgeAt(*detector, "un niño con 7 años", "7"));
  EXPECT_FALSE(AgeAt(*detector, "hasta con 7 años de cárcel", "7"));
  EXPECT_FALSE(AgeAt(*detector, "hace 5 años salí", "5"));
}

}  // namespace
}  // namespace amparo::redaction
