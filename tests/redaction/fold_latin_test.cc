// FoldLatinInto() against FoldText() on random pieces of UTF-8 text cut at
// any byte (as the renderer cuts the bytes around an age): whenever it
// answers, it writes what FoldText() returns.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

TEST(FoldLatinTest, WritesWhatFoldTextReturns) {
  // ASCII, Latin letters with accents, Latin Extended-B, whitespace
  // (NBSP, tab, newline), a combining accent, other scripts, U+FFFD itself.
  const std::vector<std::string> pieces = {
      "a", "Z", "0", " ", "  ", "\t", "\n", "-", "'", "ñ", "Ñ", "é", "É", "ü", "ß", "ø", "Æ", "ŉ",
      "ǅ", "ȷ", "ɏ", "\xC2\xA0", "\xCC\x81", "ж", "Ω", "中", "\xEF\xBF\xBD", "años", "edad",
      "year", "ans", "İ", "ſ", "ǰ"};
  std::mt19937 rng(20261126);
  int answered = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const size_t count = rng() % 12;
    for (size_t k = 0; k < count; ++k) text += pieces[rng() % pieces.size()];
    // Cut anywhere, inside a character too.
    const size_t begin = text.empty() ? 0 : rng() % (text.size() + 1);
    const size_t end = begin + (text.size() == begin ? 0 : rng() % (text.size() - begin + 1));
    const std::string_view part = std::string_view(text).substr(begin, end - begin);
    char out[64];
    size_t length = 0;
    const size_t capacity = 8 + rng() % 57;
    if (!FoldLatinInto(part, out, capacity, &length)) continue;
    ++answered;
    ASSERT_LE(length, capacity);
    ASSERT_EQ(std::string(out, length), FoldText(part)) << "round " << round;
  }
  EXPECT_GT(answered, 5000);  // the fast path is taken, not only refused
}

TEST(FoldLatinTest, RefusesOtherScriptsAndWhatDoesNotFit) {
  char out[16];
  size_t length = 0;
  EXPECT_FALSE(FoldLatinInto("ж", out, sizeof(out), &length));
  EXPECT_FALSE(FoldLatinInto("abcdefghijklmnopq", out, sizeof(out), &length));
  ASSERT_TRUE(FoldLatinInto("  Años ", out, sizeof(out), &length));
  EXPECT_EQ(std::string(out, length), "anos");
  // Cut inside "ñ" at either end.
  ASSERT_TRUE(FoldLatinInto(std::string_view("años").substr(2), out, sizeof(out), &length));
  EXPECT_EQ(std::string(out, length), FoldText(std::string_view("años").substr(2)));
  ASSERT_TRUE(FoldLatinInto(std::string_view("año").substr(0, 2), out, sizeof(out), &length));
  EXPECT_EQ(std::string(out, length), FoldText(std::string_view("año").substr(0, 2)));
}

}  // namespace
}  // namespace amparo::redaction
