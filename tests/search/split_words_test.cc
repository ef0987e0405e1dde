// SplitWords against a plain reference: the same word spans as a
// character-by-character scan, and chars_before counting the bytes before
// each word that are not UTF-8 continuation bytes, on valid and broken UTF-8.
#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <random>
#include <string>
#include <vector>

#include "search/text_folding.h"

namespace amparo::search {
namespace {

bool ReferenceWordChar(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (u_isalnum(c)) return true;
  int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

// One character at a time: a word starts at a word character and ends at
// the next character that is not one.
std::vector<WordSpan> ReferenceSplit(std::string_view text) {
  std::vector<WordSpan> words;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0, start = -1;
  auto chars_before = [&](int32_t pos) {
    size_t n = 0;
    for (int32_t k = 0; k < pos; ++k) n += (s[k] & 0xC0) != 0x80;
    return n;
  };
  while (i < length) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    bool word = c >= 0 && ReferenceWordChar(c);
    if (word && start < 0) start = at;
    if (!word && start >= 0) {
      if (static_cast<size_t>(at - start) <= kMaxWordBytes)
        words.push_back({size_t(start), size_t(at), chars_before(start)});
      start = -1;
    }
  }
  if (start >= 0 && static_cast<size_t>(length - start) <= kMaxWordBytes)
    words.push_back({size_t(start), size_t(length), chars_before(start)});
  return words;
}

TEST(SplitWordsTest, MatchesACharacterByCharacterScan) {
  const std::vector<std::string> pieces = {
      "a", "Z", "7", " ", ".", "-", "\n", "policía", "é", "ñ", "e\xcc\x81" /* combining accent */,
      "\xe2\x80\x94" /* em dash */, "\xf0\x9f\x98\x80" /* emoji */, "\xe4\xb8\xad" /* CJK */,
      "\x80" /* stray continuation */, "\xc3" /* truncated */, "\xff", "\xe2\x80" /* truncated */,
      std::string(70, 'x') /* longer than kMaxWordBytes */, "l'", "’",
      // ASCII runs long enough to be read eight bytes at a time.
      "the border ", "cobro de piso, ", "  ", "abc123xyz", std::string(64, 'y'), std::string(65, 'z')};
  std::mt19937 rng(3);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    size_t n = rng() % 40;
    for (size_t k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
    std::vector<WordSpan> got = SplitWords(text), want = ReferenceSplit(text);
    ASSERT_EQ(got.size(), want.size()) << text;
    for (size_t k = 0; k < got.size(); ++k) {
      EXPECT_EQ(got[k].begin, want[k].begin) << text;
      EXPECT_EQ(got[k].end, want[k].end) << text;
      EXPECT_EQ(got[k].chars_before, want[k].chars_before) << text;
    }
  }
}

TEST(SplitWordsTest, CountsCharactersNotBytes) {
  std::vector<WordSpan> w = SplitWords("ñandú él");
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[1].begin, 8u);        // bytes: ñ and ú take two each
  EXPECT_EQ(w[1].chars_before, 6u);  // characters
}

}  // namespace
}  // namespace amparo::search
