// PlaceKey() reads ASCII phrases without building a token list; its keys
// must be those of the token list: the word tokens folded and joined by one
// space.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace amparo::redaction
