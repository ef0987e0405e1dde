// ForEachWordRun (word_runs.h) must give exactly the runs a byte-at-a-time
// loop gives, whatever the text: runs across its 16- and 64-byte blocks,
// at the text's start and end, of one byte, of bytes >= 0x80, and texts of
// every length around the block sizes.
#include "redaction/word_runs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "redaction/spoken_identifiers.h"

namespace amparo::redaction {
namespace {

using Runs = std::vector<std::pair<size_t, size_t>>;

Runs ByteAtATime(std::string_view text) {
  Runs runs;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsWordRunByte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t e = i + 1;
    while (e < text.size() && IsWordRunByte(static_cast<unsigned char>(text[e]))) ++e;
    runs.emplace_back(i, e);
    i = e;
  }
  return runs;
}

Runs Fast(std::string_view text) {
  Runs runs;
  ForEachWordRun(text, [&](size_t b, size_t e) { runs.emplace_back(b, e); });
  return runs;
}

TEST(WordRunsTest, WordBytesAreAsciiLettersDigitsAndHighBytes) {
  for (int c = 0; c < 256; ++c) {
    const bool expected = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                          (c >= 'A' && c <= 'Z');
    EXPECT_EQ(IsWordRunByte(static_cast<unsigned char>(c)), expected) << c;
    // Every byte value alone, and at each place of a block of 64.
    for (size_t at : {size_t{0}, size_t{15}, size_t{16}, size_t{63}}) {
      std::string text(64, ' ');
      text[at] = static_cast<char>(c);
      EXPECT_EQ(Fast(text), ByteAtATime(text)) << c << " at " << at;
    }
  }
}

TEST(WordRunsTest, SameRunsAsAByteLoopOnRandomTexts) {
  // Bytes chosen so that runs are short and long and every class shows up:
  // letters, digits, the bytes next to their ranges ('@', '[', '`', '{',
  // '/', ':'), spaces, punctuation, UTF-8 lead and continuation bytes.
  const std::string alphabet = "aZz09 @[`{/:.,-\n\t\x7f\x80\xbf\xc3\xa9\xe2\xff\x01";
  std::mt19937 rng(20261126);
  for (int round = 0; round < 4000; ++round) {
    const size_t length = rng() % 300;
    std::string text(length, ' ');
    const int words = static_cast<int>(rng() % 3);  // 0: mixed, 1: mostly words, 2: mostly gaps
    for (char& c : text) {
      const unsigned r = rng() % 100;
      if (words == 1 && r < 85) {
        c = "abcXYZ019\xc3\xa9"[rng() % 11];
      } else if (words == 2 && r < 85) {
        c = " .,;\n"[rng() % 5];
      } else {
        c = alphabet[rng() % alphabet.size()];
      }
    }
    ASSERT_EQ(Fast(text), ByteAtATime(text)) << "round " << round << " length " << length;
    // And every suffix offset into a block (unaligned starts).
    const std::string_view tail = std::string_view(text).substr(length / 3);
    ASSERT_EQ(Fast(tail), ByteAtATime(tail)) << "round " << round;
  }
}

// ForEachCapitalWordStart: the runs of ForEachWordRun that open with an
// ASCII capital or a Latin-1 capital (0xC3 0x80..0x9E), and no others.
TEST(WordRunsTest, CapitalWordStartsAreTheRunsOpeningWithACapital) {
  const std::string alphabet = "aAZz09 @[`{/:.,-\n\xc3\xc3\x83\x80\x9e\x9f\xa9\xe2\xff";
  std::mt19937 rng(20261127);
  for (int round = 0; round < 3000; ++round) {
    const size_t length = rng() % 300;
    std::string text(length, ' ');
    for (char& c : text) c = alphabet[rng() % alphabet.size()];
    std::vector<size_t> expected;
    for (const auto& [b, e] : ByteAtATime(text)) {
      const unsigned char c = static_cast<unsigned char>(text[b]);
      const bool latin_capital = c == 0xC3 && b + 1 < text.size() &&
                                 static_cast<unsigned char>(text[b + 1]) >= 0x80 &&
                                 static_cast<unsigned char>(text[b + 1]) <= 0x9E;
      if ((c >= 'A' && c <= 'Z') || latin_capital) expected.push_back(b);
    }
    std::vector<size_t> got;
    ForEachCapitalWordStart(text, [&](size_t b) { got.push_back(b); });
    ASSERT_EQ(got, expected) << "round " << round;
  }
}

TEST(WordRunsTest, TextsOfEveryLengthAroundTheBlocks) {
  for (size_t length = 0; length <= 200; ++length) {
    const std::string all_word(length, 'x');
    EXPECT_EQ(Fast(all_word), ByteAtATime(all_word)) << length;
    std::string alternating(length, ' ');
    for (size_t k = 0; k < length; k += 2) alternating[k] = '7';
    EXPECT_EQ(Fast(alternating), ByteAtATime(alternating)) << length;
  }
}

// Spoken phone numbers still join across the blocks the runs are read in.
TEST(WordRunsTest, SpokenPhoneAcrossBlockBoundaries) {
  for (size_t pad = 0; pad < 70; ++pad) {
    const std::string text = std::string(pad, '.') + " mi numero es cinco cinco dos tres cuatro uno uno ocho y ya";
    std::vector<Finding> found;
    AddSpokenIdentifiers(text, &found);
    ASSERT_EQ(found.size(), 1u) << pad;
    EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin),
              "cinco cinco dos tres cuatro uno uno ocho")
        << pad;
  }
}

// Adversarial inputs at two sizes: one run of 1 MB / 8 MB (no boundary at
// all), runs of one byte, and number words without end. The scan is linear:
// each must finish in well under a second, and give the same runs at both
// sizes up to scale.
std::string Repeat(std::string_view unit, size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  return s;
}

TEST(WordRunsTest, AdversarialInputsAtTwoSizes) {
  for (size_t bytes : {size_t{1} << 20, size_t{8} << 20}) {
    const std::string one_run(bytes, 'a');
    size_t runs = 0, longest = 0;
    ForEachWordRun(one_run, [&](size_t b, size_t e) {
      ++runs;
      longest = std::max(longest, e - b);
    });
    EXPECT_EQ(runs, 1u);
    EXPECT_EQ(longest, bytes);

    const std::string single_bytes = Repeat("a ", bytes);
    runs = 0;
    ForEachWordRun(single_bytes, [&](size_t b, size_t e) { runs += (e - b == 1); });
    EXPECT_EQ(runs, single_bytes.size() / 2);

    // Spoken digits with no end: every group of fifteen digits or fewer
    // would be a phone, this run of millions is none.
    const std::string numbers = Repeat("uno dos tres ", bytes);
    std::vector<Finding> found;
    AddSpokenIdentifiers(numbers, &found);
    EXPECT_TRUE(found.empty()) << found.size();
  }
}

}  // namespace
}  // namespace amparo::redaction
