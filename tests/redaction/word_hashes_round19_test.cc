// ForEachAsciiWordHash() and Latin1WordHashes() give the hashes of the word
// tokens of Tokenize() for ASCII text (and Latin-1 letters) without building
// a token list; KeepOrganisationNames() asks them of every finding before it
// reads the finding's line.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "redaction/name_detector_text.h"

namespace amparo::redaction {
namespace {

std::vector<uint64_t> TokenHashes(std::string_view phrase) {
  text::Tokens tokens;
  text::Tokenize(phrase, &tokens);
  std::vector<uint64_t> hashes;
  for (const text::Token& t : tokens.tokens) {
    if (t.word) hashes.push_back(t.hash);
  }
  return hashes;
}

TEST(AsciiWordHashesTest, HashesAreThoseOfTheWordTokens) {
  for (std::string_view phrase : {"Cruz Roja", "CRUZ  roja", " St. John's ", "x_y", "", "  ", "D.F.",
                                  "Km 12\t,\nsur", "A", "@Carito_Schmidt #Florida"}) {
    std::vector<uint64_t> hashes;
    EXPECT_TRUE(text::ForEachAsciiWordHash(phrase, [&](uint64_t h) { hashes.push_back(h); }));
    EXPECT_EQ(hashes, TokenHashes(phrase)) << phrase;
  }
  // Every ASCII byte, in random phrases.
  std::mt19937 random(19);
  for (int round = 0; round < 20000; ++round) {
    std::string phrase(random() % 24, ' ');
    for (char& c : phrase) c = static_cast<char>(random() % 128);
    std::vector<uint64_t> hashes;
    ASSERT_TRUE(text::ForEachAsciiWordHash(phrase, [&](uint64_t h) { hashes.push_back(h); }));
    ASSERT_EQ(hashes, TokenHashes(phrase)) << "round " << round;
  }
}

TEST(AsciiWordHashesTest, TextBeyondAsciiIsLeftToTokenize) {
  for (std::string_view phrase : {"Fray Matías", "São", "bad \xFF byte", "e\xCC\x81", "Cruz Roja\xE2\x80\x99"}) {
    int visits = 0;
    EXPECT_FALSE(text::ForEachAsciiWordHash(phrase, [&](uint64_t) { ++visits; })) << phrase;
    EXPECT_EQ(visits, 0) << phrase;
  }
}

TEST(Latin1WordHashesTest, HashesAreThoseOfTheWordTokens) {
  std::vector<uint64_t> hashes = {42};  // replaced, not appended to
  for (std::string_view phrase : {"Mejía", "ÑUÑEZ-Juárez", "Françoise Kaboré", "x×y", "Straße", "Þór Ævar",
                                  "", " é ", "Cruz Roja"}) {
    ASSERT_TRUE(text::Latin1WordHashes(phrase, &hashes)) << phrase;
    EXPECT_EQ(hashes, TokenHashes(phrase)) << phrase;
  }
  // Every Latin-1 letter and mark, with ASCII, in random phrases.
  std::mt19937 random(29);
  for (int round = 0; round < 20000; ++round) {
    std::string phrase;
    for (uint32_t k = random() % 16; k > 0; --k) {
      if (random() % 3 == 0) {
        phrase += '\xC3';
        phrase += static_cast<char>(0x80 + random() % 64);
      } else {
        phrase += static_cast<char>(random() % 128);
      }
    }
    ASSERT_TRUE(text::Latin1WordHashes(phrase, &hashes)) << "round " << round;
    ASSERT_EQ(hashes, TokenHashes(phrase)) << "round " << round;
  }
}

TEST(Latin1WordHashesTest, OtherTextIsLeftToTokenize) {
  std::vector<uint64_t> hashes = {42};
  for (std::string_view phrase : {"São Ωmega", "Nº 12", "bad \xFF byte", "e\xCC\x81", "cut \xC3", "\xC3\x41",
                                  "Cruz Roja\xE2\x80\x99"}) {
    EXPECT_FALSE(text::Latin1WordHashes(phrase, &hashes)) << phrase;
    EXPECT_TRUE(hashes.empty()) << phrase;
  }
}

}  // namespace
}  // namespace amparo::redaction
