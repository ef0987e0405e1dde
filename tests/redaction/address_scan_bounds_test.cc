// The hand-written scanners that read a street's name backwards from its
// keyword, type or number (redaction/address_bounds.h) look at a few short
// words only: on a long line with no space (characters such as "—" or a
// no-break space join words there), each call must stay within a few dozen
// bytes of where it starts, or thousands of keywords make the pass
// quadratic. What they return stays on a character boundary.
#include "redaction/address_bounds.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace amparo::redaction {
namespace {

std::string Repeat(std::string_view unit, size_t times) {
  std::string s;
  s.reserve(unit.size() * times);
  for (size_t i = 0; i < times; ++i) s += unit;
  return s;
}

bool OnCharacterBoundary(std::string_view text, size_t at) {
  return at >= text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
}

// No street's name is this far before its type word or number.
constexpr size_t kFar = 400;

TEST(AddressScanBoundsTest, TypeLastStreetStartReadsAFewWordsBack) {
  for (std::string_view joiner : {"\xE2\x80\x94", "\xC2\xA0", "\xC2\xAB"}) {  // —, no-break space, «
    const std::string text = Repeat(std::string("Street") + std::string(joiner), 20000) + "Street";
    const size_t type_begin = text.size() - 6;
    const size_t begin = TypeLastStreetStart(text, type_begin);
    EXPECT_LE(type_begin - begin, kFar);
    EXPECT_TRUE(OnCharacterBoundary(text, begin));
  }
}

TEST(AddressScanBoundsTest, StreetNameStartReadsAFewWordsBack) {
  const std::string text = Repeat("Hidalgo\xE2\x80\x94", 20000) + " 12";
  const size_t number = text.size() - 2;
  const size_t begin = StreetNameStart(text, number, 3);
  EXPECT_LE(number - begin, kFar);
  EXPECT_TRUE(OnCharacterBoundary(text, begin));
}

TEST(AddressScanBoundsTest, NumberedStreetBeforeReadsAFewWordsBack) {
  const std::string text = Repeat("Morelos\xC2\xA0", 20000) + " 14, Col. Obrera";
  const size_t col = text.find("Col.");
  const size_t begin = NumberedStreetBefore(text, col);
  EXPECT_LE(col - begin, kFar);
  EXPECT_TRUE(OnCharacterBoundary(text, begin));
}

TEST(AddressScanBoundsTest, ShortStreetNamesAreStillRead) {
  // The bound leaves real names whole.
  const std::string street = "vive en Francisco I. Madero 45 Col. Roma";
  EXPECT_EQ(street.substr(NumberedStreetBefore(street, street.find("Col."))), "Francisco I. Madero 45 Col. Roma");
  const std::string type_last = "she lives on Berg Hills Street now";
  EXPECT_EQ(type_last.substr(TypeLastStreetStart(type_last, type_last.find("Street"))), "Berg Hills Street now");
  const std::string accented = "en Árpád fejedelem útja 62";
  EXPECT_EQ(accented.substr(SuffixedStreetStart(accented, accented.find(" útja"))), "Árpád fejedelem útja 62");
}

}  // namespace
}  // namespace amparo::redaction
