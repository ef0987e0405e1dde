// NextDigit() and NextDigitOrPlus() against the byte-at-a-time loops they
// replace, on random bytes chosen around the digits' neighbours ('/', ':',
// '*', ',') and UTF-8 bytes.
#include "redaction/byte_scan.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace amparo::redaction {
namespace {

size_t NextDigitByLoop(std::string_view text, size_t from, bool plus = false) {
  while (from < text.size() && !(text[from] >= '0' && text[from] <= '9') &&
         !(plus && text[from] == '+')) {
    ++from;
  }
  return from;
}

TEST(ByteScanTest, NextDigitFindsWhatAByteLoopFinds) {
  const std::string alphabet = std::string("/0123456789:aZ \n.-+*,") + "\x80\xb0\xb9\xc3\xa9\xff\xaf\xba\xab";
  std::mt19937 rng(20261125);
  for (int round = 0; round < 2000; ++round) {
    std::string text(rng() % 70, ' ');
    const int digit_share = static_cast<int>(rng() % 4);  // 0: no digits
    for (char& c : text) {
      c = alphabet[rng() % alphabet.size()];
      if (digit_share == 0 && c >= '0' && c <= '9') c = 'x';
      if (digit_share == 1 && c >= '0' && c <= '9' && rng() % 8 != 0) c = '/';
    }
    for (size_t from = 0; from <= text.size(); ++from) {
      ASSERT_EQ(NextDigit(text, from), NextDigitByLoop(text, from)) << "round " << round << " from " << from;
      ASSERT_EQ(NextDigitOrPlus(text, from), NextDigitByLoop(text, from, true))
          << "round " << round << " from " << from;
    }
  }
}

TEST(ByteScanTest, NextDigitAtTheEdges) {
  EXPECT_EQ(NextDigit("", 0), 0u);
  EXPECT_EQ(NextDigit("abcdefghijklmnop", 0), 16u);
  EXPECT_EQ(NextDigit("abcdefghijklmno9", 0), 15u);
  EXPECT_EQ(NextDigit("abcdefg0", 0), 7u);
  EXPECT_EQ(NextDigit("9abcdefghijklmnop", 1), 17u);
  EXPECT_EQ(NextDigit("////////::::::::0", 0), 16u);
  EXPECT_EQ(NextDigitOrPlus("abc+defghijk1", 0), 3u);
  EXPECT_EQ(NextDigitOrPlus("abcdefghijk+1", 0), 11u);
  EXPECT_EQ(NextDigitOrPlus("abcdefghijk*,", 0), 13u);
}

}  // namespace
}  // namespace amparo::redaction
