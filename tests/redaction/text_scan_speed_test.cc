// The whole-text and per-word byte loops made faster for long texts, held to
// plain references on random text: IsValidUtf8() (which skips ASCII eight
// bytes at a time) against a decoder that reads one code point at a time,
// text::AppendFolded() (which gathers ASCII bytes before appending them)
// against folding each piece alone, and the language an age is said in
// (which reads an ASCII word before it without folding the bytes before)
// against the last word of FoldText() of those bytes.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "redaction/name_detector_text.h"
#include "redaction/renderer.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// Strict UTF-8 (RFC 3629): no overlongs, surrogates or code points above
// U+10FFFF. Returns the offset of the first byte that opens no valid
// sequence, or npos.
size_t FirstInvalidByte(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  auto trail = [&](size_t at) { return at < n && (s[at] & 0xC0) == 0x80; };
  for (size_t i = 0; i < n;) {
    const uint8_t b = s[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    size_t len = 0;
    uint32_t cp = 0;
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      cp = b & 0x0F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      cp = b & 0x07;
    } else {
      return i;
    }
    for (size_t k = 1; k < len; ++k) {
      if (!trail(i + k)) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

TEST(TextScanSpeedTest, ValidUtf8AgreesWithACodePointAtATime) {
  // ASCII runs of every length around the eight-byte steps, accents,
  // three- and four-byte code points, and bytes that open nothing valid
  // (a lone trail byte, a cut sequence, an overlong, a surrogate, 0xFF).
  const std::vector<std::string> pieces = {
      "a", "Z", " ", "\n", "\t", "0123456", "abcdefgh", "Juan Pérez", "é", "ñ", "Ñ", "€", "中", "\xF0\x9F\x98\x80",
      "\x80", "\xC3", "\xE2\x82", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF", "\x7F"};
  std::mt19937 rng(20261127);
  int invalid = 0;
  for (int round = 0; round < 40000; ++round) {
    std::string text;
    const size_t count = rng() % 24;
    for (size_t k = 0; k < count; ++k) {
      // Mostly valid text, so that the invalid byte lands anywhere.
      const size_t pick = rng() % (round % 4 == 0 ? pieces.size() : 14);
      text += pieces[pick];
    }
    const size_t expected = FirstInvalidByte(text);
    size_t bad = 12345;
    const bool valid = IsValidUtf8(text, &bad);
    ASSERT_EQ(valid, expected == std::string_view::npos) << "round " << round;
    if (!valid) {
      ++invalid;
      ASSERT_EQ(bad, expected) << "round " << round;
    }
  }
  EXPECT_GT(invalid, 2000);
}

TEST(TextScanSpeedTest, AppendFoldedAgreesWithFoldingEachPiece) {
  // ASCII of every byte value (runs longer than the 64-byte buffer too),
  // Latin letters, a combining accent, other scripts, U+2019, 0xFF.
  std::vector<std::string> pieces = {"A",  "z",  "Ñ", "é", "\xCC\x81", "ß", "Ǆ", "Ω", "中", "’", "\xFF",
                                     "McDONALD", "  ", "Juan-Pablo O'Neil"};
  std::string all_ascii;
  for (int c = 1; c < 128; ++c) all_ascii.push_back(static_cast<char>(c));
  pieces.push_back(all_ascii);
  pieces.push_back(std::string(70, 'Q'));
  std::mt19937 rng(20261128);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    std::string expected = "kept:";
    const size_t count = rng() % 10;
    for (size_t k = 0; k < count; ++k) {
      const std::string& piece = pieces[rng() % pieces.size()];
      text += piece;
      if (static_cast<unsigned char>(piece[0]) < 0x80) {
        for (char c : piece) expected.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
      } else {
        expected += text::Fold(piece);  // one code point (or 0xFF)
      }
    }
    std::string out = "kept:";
    text::AppendFolded(text, &out);
    ASSERT_EQ(out, expected) << "round " << round;
  }
}

// An age after random words, whitespace, accents, other scripts and cut
// characters, with nothing after it that tells: the word right before says
// Spanish ("edad", "edad:") or English ("was", "aged", "i'm"...), whatever
// its case; else the options' French stays. The reference folds the 24
// bytes before the age with FoldText() and takes its last word.
TEST(TextScanSpeedTest, AgeLanguageReadsTheLastFoldedWordBefore) {
  const std::vector<std::string> pieces = {
      "edad", "EDAD:", "Edad", "aged", "Age", "turned", "WAS", "am", "I'm", "I\xE2\x80\x99m", "turn", "is", "this",
      "returned", "la", "\xC3\x89" "dad", "ma\xC3\xB1" "ana", "\xD0\xB6", "x\xC2\xA0", "\xC2\xA0", "\xC2\x85",
      " ", "  ", "\t", "\n", "\r\n", "\f", "\x1C", ",", "-", "(", "1", "edad\xCC\x81"};
  RedactionOptions fr;
  fr.language = "fr";
  std::mt19937 rng(20261129);
  int english = 0, spanish = 0;
  for (int round = 0; round < 30000; ++round) {
    std::string before;
    const size_t count = rng() % 12;
    for (size_t k = 0; k < count; ++k) before += pieces[rng() % pieces.size()];
    // Cut anywhere, inside a character too (an age's text starts anywhere).
    if (!before.empty() && rng() % 3 == 0) before.erase(0, rng() % before.size());
    if (!IsValidUtf8(before, nullptr)) continue;
    const std::string text = before + "42.";
    const size_t from = before.size() > 24 ? before.size() - 24 : 0;
    std::string folded(1, ' ');  // as AgeLanguage() reads it: a space opens it
    folded += FoldText(std::string_view(before).substr(from));
    const std::string last = folded.substr(folded.rfind(' ') + 1);
    std::string said = "environ 40";
    if (last == "edad" || last == "edad:") {
      said = "unos 40";
      ++spanish;
    } else if (last == "aged" || last == "age" || last == "turned" || last == "was" || last == "am" ||
               last == "i'm" || last == "turn" || last == "is") {
      said = "40-something";
      ++english;
    }
    Finding f;
    f.begin = before.size();
    f.end = before.size() + 2;
    f.type = IdentifierType::kAge;
    f.detector = "pattern";
    RedactionResult r;
    std::string error;
    ASSERT_TRUE(RenderFindings(text, {f}, fr, &r, &error)) << error;
    ASSERT_EQ(r.text, before + said + ".") << "round " << round;
  }
  EXPECT_GT(spanish, 1000);
  EXPECT_GT(english, 1000);
}

}  // namespace
}  // namespace amparo::redaction
