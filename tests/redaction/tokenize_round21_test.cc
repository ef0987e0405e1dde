// Tokenize() at the edges its fast paths must keep: every code point from
// U+0080 to U+02FF and samples beyond (Latin Extended Additional, marks,
// spaces, 4-byte letters and signs), and invalid or cut UTF-8, each inside
// an ASCII word, at a word's start and end, between digits and alone. The
// reference reads one code point at a time and asks ICU what it is.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "redaction/name_detector_text.h"

namespace amparo::redaction::text {
namespace {

Tokens Reference(std::string_view text) {
  Tokens out;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  bool space = false, newline = false;
  Token* word = nullptr;
  int letters = 0, lowers = 0;
  auto finish = [&] {
    if (word == nullptr) return;
    word->fold_end = static_cast<uint32_t>(out.folded.size());
    word->hash = FoldedHash(out.Folded(*word));
    word->has_letter = letters > 0;
    word->all_caps = letters >= 2 && lowers == 0;
    word = nullptr;
  };
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    auto add = [&](char32_t first, bool is_word) -> Token& {
      out.tokens.push_back(Token());
      Token& t = out.tokens.back();
      t.begin = static_cast<uint32_t>(start);
      t.end = static_cast<uint32_t>(i);
      t.first = first;
      t.word = is_word;
      t.space_before = space;
      t.newline_before = newline;
      space = newline = false;
      return t;
    };
    if (c < 0) {
      finish();
      add(0xFFFD, false);
      continue;
    }
    const bool alpha = u_isalpha(c) && c != 0xAA && c != 0xBA;
    const bool digit = u_isdigit(c);
    const bool mark = (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
    if (alpha || digit || (mark && word != nullptr)) {
      if (word == nullptr) {
        Token& t = add(static_cast<char32_t>(c), true);
        t.capitalized = alpha && (u_isupper(c) || u_istitle(c));
        t.fold_begin = static_cast<uint32_t>(out.folded.size());
        word = &t;
        letters = lowers = 0;
      }
      word->end = static_cast<uint32_t>(i);
      if (alpha) {
        ++letters;
        if (u_islower(c)) ++lowers;
      }
      if (digit) word->has_digit = true;
      if (!mark) {
        char buf[4];
        int32_t len = 0;
        UBool error = false;
        U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4,
                  static_cast<UChar32>(FoldCodePoint(static_cast<char32_t>(c))), error);
        if (!error) out.folded.append(buf, static_cast<size_t>(len));
      }
      continue;
    }
    finish();
    if (u_isUWhiteSpace(c)) {
      space = true;
      if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) newline = true;
      continue;
    }
    add(static_cast<char32_t>(c), false);
  }
  finish();
  return out;
}

void ExpectSame(std::string_view text, const Tokens& got) {
  const Tokens want = Reference(text);
  const std::string shown = testing::PrintToString(std::string(text));
  ASSERT_EQ(want.tokens.size(), got.tokens.size()) << shown;
  for (size_t i = 0; i < want.tokens.size(); ++i) {
    const Token& a = want.tokens[i];
    const Token& b = got.tokens[i];
    SCOPED_TRACE("token " + std::to_string(i) + " of " + shown);
    EXPECT_EQ(a.begin, b.begin);
    EXPECT_EQ(a.end, b.end);
    EXPECT_EQ(a.word, b.word);
    EXPECT_EQ(a.first, b.first);
    EXPECT_EQ(a.space_before, b.space_before);
    EXPECT_EQ(a.newline_before, b.newline_before);
    if (!a.word) continue;
    EXPECT_EQ(want.Folded(a), got.Folded(b));
    EXPECT_EQ(a.hash, b.hash);
    EXPECT_EQ(a.capitalized, b.capitalized);
    EXPECT_EQ(a.all_caps, b.all_caps);
    EXPECT_EQ(a.has_digit, b.has_digit);
    EXPECT_EQ(a.has_letter, b.has_letter);
  }
}

std::string Utf8(char32_t c) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, static_cast<UChar32>(c), error);
  return error ? std::string() : std::string(buf, static_cast<size_t>(len));
}

// The places a piece is tried in: inside a lower-case and a capitalized
// ASCII word, opening and closing one, between digits, alone, after a
// space and before a line break, twice in a row, and as the text's end.
std::vector<std::string> Contexts(const std::string& x) {
  return {"ab" + x + "cd", "AB" + x + "CD", x + "ab", "Ab" + x, "1" + x + "2",  x,
          " " + x + " ",   "ab " + x + "\ncd", x + x + "a", "a" + x + x, "word" + x + ".",
          "MARIA" + x + "S", "x" + x + " y" + x};
}

void ExpectAllContexts(const std::string& piece, Tokens* got) {
  for (const std::string& text : Contexts(piece)) {
    Tokenize(text, got);
    ExpectSame(text, *got);
    if (testing::Test::HasFailure()) return;
  }
}

TEST(TokenizeRound21Test, EveryCodePointUpToU02FF) {
  Tokens got;  // reused, as the detector and the passes reuse theirs
  for (char32_t c = 0x80; c <= 0x2FF; ++c) {
    ExpectAllContexts(Utf8(c), &got);
    if (HasFailure()) return;
  }
}

TEST(TokenizeRound21Test, SamplesBeyondU02FF) {
  const char32_t kSamples[] = {
      0x0300, 0x0301, 0x0327, 0x036F,  // combining marks
      0x0391, 0x03B1, 0x0401, 0x0451, 0x05D0, 0x0627, 0x0660, 0x0966,  // other scripts, digits
      0x1E00, 0x1E9E, 0x1EA0, 0x1EF9, 0x1EFF,  // Latin Extended Additional
      0x2000, 0x200B, 0x2019, 0x2028, 0x2029, 0x202F, 0x205F, 0x20AC, 0x2122, 0x2160,
      0x2C65, 0x3000, 0x3042, 0x4E2D, 0xFB01, 0xFF21, 0xFF41, 0xFFFD,
      // Four bytes: a capital that folds to four bytes, letters of no case,
      // a sign, an emoji, a mathematical capital.
      0x10400, 0x10428, 0x1D400, 0x1D7CE, 0x1F600, 0x20000, 0x2F800};
  Tokens got;
  for (char32_t c : kSamples) {
    ExpectAllContexts(Utf8(c), &got);
    if (HasFailure()) return;
  }
}

TEST(TokenizeRound21Test, InvalidAndCutUtf8) {
  const std::string kBad[] = {
      "\x80", "\xBF", "\xC0", "\xC1\xBF", "\xC3", "\xC3\xC3", "\xE2", "\xE2\x80", "\xE2\x80\xE2",
      "\xED\xA0\x80",      // a surrogate
      "\xE0\x80\xAF",      // overlong
      "\xF0\x9F\x98",      // an emoji cut short
      "\xF4\x90\x80\x80",  // beyond U+10FFFF
      "\xF5", "\xFE", "\xFF", "\xC3\xA9\x80", "\x80\xC3\xA9"};
  Tokens got;
  for (const std::string& bad : kBad) {
    ExpectAllContexts(bad, &got);
    if (HasFailure()) return;
  }
}

// U+023A folds to U+2C65, a byte longer: the folded forms outgrow the room
// made for them, in a word of ASCII letters around it and in a long one.
TEST(TokenizeRound21Test, FoldsLongerThanTheText) {
  Tokens got;
  const std::string grow = Utf8(0x023A);
  for (size_t count : {1u, 2u, 7u, 8u, 9u, 64u, 300u}) {
    std::string text;
    for (size_t k = 0; k < count; ++k) text += (k % 3 == 1 ? "a" : "") + grow;
    Tokenize(text, &got);
    ExpectSame(text, got);
    const std::string spaced = "Ab " + text + " cd " + text;
    Tokenize(spaced, &got);
    ExpectSame(spaced, got);
    if (HasFailure()) return;
  }
}

}  // namespace
}  // namespace amparo::redaction::text
