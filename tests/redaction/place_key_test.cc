// PlaceKey() reads ASCII phrases, and phrases of ASCII and Latin-1 letters,
// without building a token list; its keys must be those of the token list:
// the word tokens folded and joined by one space.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>

#include "redaction/place_gazetteer_index.h"

namespace amparo::redaction {
namespace {

TEST(PlaceKeyTest, AsciiPhrasesGiveTheKeysOfTheirTokens) {
  for (std::string_view phrase : {"Ciudad Juárez", "CIUDAD  JUAREZ", "San Pedro Sula", " St. John's ",
                                  "Port-au-Prince", "l'Île", "x_y", "", "  ", "D.F.", "Km 12\t,\nsur"}) {
    EXPECT_EQ(PlaceKey(phrase), PlaceKeyFromTokens(phrase)) << phrase;
  }
  // Every ASCII byte, in random phrases.
  std::mt19937 random(11);
  for (int round = 0; round < 20000; ++round) {
    std::string phrase(random() % 24, ' ');
    for (char& c : phrase) c = static_cast<char>(random() % 128);
    ASSERT_EQ(PlaceKey(phrase), PlaceKeyFromTokens(phrase)) << "round " << round;
  }
}

TEST(PlaceKeyTest, LongAsciiPhrasesGiveTheKeysOfTheirTokens) {
  // Longer than a short string's inline buffer, with words of every
  // length and runs of separators: the key is written in place.
  std::mt19937 random(23);
  for (int round = 0; round < 5000; ++round) {
    std::string phrase(random() % 300, ' ');
    for (char& c : phrase) {
      const uint32_t pick = random() % 10;
      c = pick < 5 ? static_cast<char>('a' + random() % 26)
                   : pick < 8 ? static_cast<char>('A' + random() % 26) : static_cast<char>(random() % 128);
    }
    ASSERT_EQ(PlaceKey(phrase), PlaceKeyFromTokens(phrase)) << "round " << round;
  }
}

TEST(PlaceKeyTest, LatinOnePhrasesGiveTheKeysOfTheirTokens) {
  for (std::string_view phrase : {"Ciudad Juárez", "MEJÍA", "Mejía y", "Yahir Mejía", "Haïti", "Straße",
                                  "2×3", "Ñuñoa", "l'Île-à-Vache", "Ça", "Øresund", "Þingvellir", "ÿ"}) {
    EXPECT_EQ(PlaceKey(phrase), PlaceKeyFromTokens(phrase)) << phrase;
  }
  // Every ASCII byte and every two-byte sequence of C3, in random phrases;
  // a C3 cut off or before a byte of no sequence, and other lead bytes,
  // now and then.
  std::mt19937 random(17);
  for (int round = 0; round < 40000; ++round) {
    std::string phrase;
    const size_t length = random() % 16;
    for (size_t k = 0; k < length; ++k) {
      const uint32_t pick = random() % 100;
      if (pick < 55) {
        phrase.push_back(static_cast<char>(random() % 128));
      } else if (pick < 97) {
        phrase.push_back('\xC3');
        phrase.push_back(static_cast<char>(0x80 + random() % 64));
      } else if (pick < 98) {
        phrase.push_back('\xC3');
      } else {
        phrase.push_back(static_cast<char>(0x80 + random() % 128));
      }
    }
    ASSERT_EQ(PlaceKey(phrase), PlaceKeyFromTokens(phrase)) << "round " << round << ": " << phrase;
  }
}

}  // namespace
}  // namespace amparo::redaction
