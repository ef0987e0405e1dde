// Tokenize() against a plain code-point-at-a-time reference on random
// texts: its ASCII words are read sixteen bytes at a time, and every field
// of every token (spans, folded form, hash, case flags, spaces before) must
// be what one code point at a time gives, wherever a word starts or ends
// relative to those blocks and to the text's end.
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "redaction/name_detector_text.h"

namespace amparo::redaction::text {
namespace {

// The pieces the random texts are made of, with what the reference needs
// to know of each: one code point each, or a run of ASCII word bytes.
struct Piece {
  std::string_view bytes;
  enum Kind { kLetterLower, kLetterUpper, kDigit, kSpace, kNewline, kMark, kPunct, kAsciiRun } kind;
  std::string_view folded;  // of a letter or an ASCII run
};

const std::vector<Piece>& Pieces() {
  static const std::vector<Piece> pieces = {
      {"a", Piece::kLetterLower, "a"},
      {"z", Piece::kLetterLower, "z"},
      {"Q", Piece::kLetterUpper, "q"},
      {"A", Piece::kLetterUpper, "a"},
      {"7", Piece::kDigit, "7"},
      {" ", Piece::kSpace, ""},
      {" ", Piece::kSpace, ""},
      {"\t", Piece::kSpace, ""},
      {"\n", Piece::kNewline, ""},
      {"\r", Piece::kNewline, ""},
      {"\xC2\xA0", Piece::kSpace, ""},          // no-break space
      {"\xC3\xA9", Piece::kLetterLower, "e"},   // é
      {"\xC3\x89", Piece::kLetterUpper, "e"},   // É
      {"\xC3\xB1", Piece::kLetterLower, "n"},   // ñ
      {"\xC3\x91", Piece::kLetterUpper, "n"},   // Ñ
      {"\xCC\x81", Piece::kMark, ""},           // combining acute
      {"\xC2\xAA", Piece::kPunct, ""},          // ª: no word part
      {"\xE2\x80\x99", Piece::kPunct, ""},      // ’
      {".", Piece::kPunct, ""},
      {",", Piece::kPunct, ""},
      {"@", Piece::kPunct, ""},
      {"_", Piece::kPunct, ""},
      {"[", Piece::kPunct, ""},
      {"`", Piece::kPunct, ""},
      {"{", Piece::kPunct, ""},
      {"/", Piece::kPunct, ""},
      {":", Piece::kPunct, ""},
      {"casa", Piece::kAsciiRun, "casa"},
      {"Maria", Piece::kAsciiRun, "maria"},
      {"GONZALEZ", Piece::kAsciiRun, "gonzalez"},
      {"abcdefghijklmnopqrstuvwxyz", Piece::kAsciiRun, "abcdefghijklmnopqrstuvwxyz"},
      {"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", Piece::kAsciiRun, "abcdefghijklmnopqrstuvwxyz0123456789"},
      {"x1Y2z3", Piece::kAsciiRun, "x1y2z3"},
  };
  return pieces;
}

// The reference: one piece (code point) at a time.
Tokens Reference(const std::vector<const Piece*>& pieces) {
  Tokens out;
  bool space = false, newline = false;
  bool in_word = false;
  int letters = 0, lowers = 0;
  size_t at = 0;
  auto finish = [&] {
    if (!in_word) return;
    Token& t = out.tokens.back();
    t.end = static_cast<uint32_t>(at);
    t.fold_end = static_cast<uint32_t>(out.folded.size());
    t.hash = FoldedHash(out.Folded(t));
    t.has_letter = letters > 0;
    t.all_caps = letters >= 2 && lowers == 0;
    in_word = false;
  };
  for (const Piece* piece : pieces) {
    const std::string_view b = piece->bytes;
    if (piece->kind == Piece::kAsciiRun) {
      for (size_t k = 0; k < b.size(); ++k) {
        const char c = b[k];
        const bool upper = c >= 'A' && c <= 'Z';
        const bool lower = c >= 'a' && c <= 'z';
        const bool digit = c >= '0' && c <= '9';
        if (!in_word) {
          Token& t = out.tokens.emplace_back();
          t.begin = static_cast<uint32_t>(at);
          t.fold_begin = static_cast<uint32_t>(out.folded.size());
          t.first = static_cast<char32_t>(c);
          t.word = true;
          t.capitalized = upper;
          t.space_before = space;
          t.newline_before = newline;
          space = newline = false;
          in_word = true;
          letters = lowers = 0;
        }
        out.folded.push_back(upper ? static_cast<char>(c + 32) : c);
        letters += upper || lower;
        lowers += lower;
        if (digit) out.tokens.back().has_digit = true;
        ++at;
      }
      continue;
    }
    const bool letter = piece->kind == Piece::kLetterLower || piece->kind == Piece::kLetterUpper;
    const bool digit = piece->kind == Piece::kDigit;
    const bool mark = piece->kind == Piece::kMark;
    if (letter || digit || (mark && in_word)) {
      if (!in_word) {
        Token& t = out.tokens.emplace_back();
        t.begin = static_cast<uint32_t>(at);
        t.fold_begin = static_cast<uint32_t>(out.folded.size());
        t.word = true;
        t.capitalized = piece->kind == Piece::kLetterUpper;
        t.space_before = space;
        t.newline_before = newline;
        // first: the code point (the tests' pieces decode simply).
        t.first = b.size() == 1 ? static_cast<char32_t>(b[0])
                                : static_cast<char32_t>(((b[0] & 0x1F) << 6) | (b[1] & 0x3F));
        space = newline = false;
        in_word = true;
        letters = lowers = 0;
      }
      if (letter) {
        ++letters;
        if (piece->kind == Piece::kLetterLower) ++lowers;
      }
      if (digit) out.tokens.back().has_digit = true;
      out.folded.append(letter || digit ? (digit ? b : piece->folded) : std::string_view());
      at += b.size();
      continue;
    }
    finish();
    if (piece->kind == Piece::kSpace || piece->kind == Piece::kNewline) {
      space = true;
      if (piece->kind == Piece::kNewline) newline = true;
      at += b.size();
      continue;
    }
    Token& t = out.tokens.emplace_back();
    t.begin = static_cast<uint32_t>(at);
    at += b.size();
    t.end = static_cast<uint32_t>(at);
    t.first = b.size() == 1   ? static_cast<char32_t>(b[0])
              : b.size() == 2 ? static_cast<char32_t>(((b[0] & 0x1F) << 6) | (b[1] & 0x3F))
                              : static_cast<char32_t>(((b[0] & 0x0F) << 12) | ((b[1] & 0x3F) << 6) | (b[2] & 0x3F));
    t.space_before = space;
    t.newline_before = newline;
    space = newline = false;
  }
  finish();
  return out;
}

void ExpectSame(const Tokens& want, const Tokens& got, const std::string& text) {
  ASSERT_EQ(want.tokens.size(), got.tokens.size()) << text;
  for (size_t i = 0; i < want.tokens.size(); ++i) {
    const Token& a = want.tokens[i];
    const Token& b = got.tokens[i];
    SCOPED_TRACE("token " + std::to_string(i) + " of: " + text);
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

TEST(TokenizeTest, MatchesOneCodePointAtATime) {
  std::mt19937 rng(20261126);
  const auto& pieces = Pieces();
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 120);
  Tokens got;  // reused, as the detector reuses it
  for (int round = 0; round < 4000; ++round) {
    std::vector<const Piece*> chosen;
    std::string text;
    const int count = length(rng);
    for (int k = 0; k < count; ++k) {
      chosen.push_back(&pieces[pick(rng)]);
      text += chosen.back()->bytes;
    }
    Tokenize(text, &got);
    ExpectSame(Reference(chosen), got, text);
    if (HasFailure()) return;
  }
}

TEST(TokenizeTest, LongAsciiWordsAcrossBlocks) {
  for (size_t len = 1; len <= 70; ++len) {
    for (size_t lead = 0; lead < 17; ++lead) {
      std::vector<const Piece*> chosen;
      static const Piece kSpace{" ", Piece::kSpace, ""};
      static const Piece kUpper{"K", Piece::kLetterUpper, "k"};
      static const Piece kLower{"k", Piece::kLetterLower, "k"};
      static const Piece kDigit{"4", Piece::kDigit, "4"};
      std::string text;
      for (size_t k = 0; k < lead; ++k) chosen.push_back(&kSpace);
      for (size_t k = 0; k < len; ++k) chosen.push_back(k % 7 == 3 ? &kDigit : (k % 3 ? &kLower : &kUpper));
      for (const Piece* p : chosen) text += p->bytes;
      Tokens got;
      Tokenize(text, &got);
      ExpectSame(Reference(chosen), got, text);
      if (HasFailure()) return;
    }
  }
}

// The detector tokenizes windows of a longer text: a word the window's end
// cuts is cut there, whatever bytes follow in memory.
TEST(TokenizeTest, WordCutAtTheViewsEnd) {
  const std::string buffer(200, 'q');
  for (size_t len = 1; len < 150; ++len) {
    Tokens got;
    Tokenize(std::string_view(buffer).substr(0, len), &got);
    ASSERT_EQ(got.tokens.size(), 1u) << len;
    EXPECT_EQ(got.tokens[0].end, len);
    EXPECT_EQ(got.Folded(got.tokens[0]), buffer.substr(0, len));
    EXPECT_EQ(got.tokens[0].hash, FoldedHash(buffer.substr(0, len)));
  }
}

}  // namespace
}  // namespace amparo::redaction::text
