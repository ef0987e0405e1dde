// A number's cues (a phone's, an ID's, money's) are read once, and only
// where they can change what the number is: the findings of numbers with
// and without such cues stay those the pattern detector gave when it read
// every cue for every number.
#include "tests/redaction/pattern_detector_fixture.h"

#include <gtest/gtest.h>

#include <string>

namespace amparo::redaction {
namespace {

class PatternSpeedRound21Test : public PatternDetectorFixture {};

// Money is read only without a phone's or an ID's cue: with one, the
// amount's number is the cue's.
TEST_F(PatternSpeedRound21Test, MoneyAfterAPhonesOrAnIdsCue) {
  EXPECT_EQ(Spans("Me pidieron 1.500.000 pesos por el cruce.", "es"), "");
  EXPECT_EQ(Spans("Pagamos $ 25 000 000 al coyote.", "es"), "");
  EXPECT_EQ(Spans("Son 15 000 dollars por persona.", "en"), "");
  EXPECT_EQ(Spans("Mi teléfono: 1.500.000 pesos", "es"), "phone=1.500.000");
  EXPECT_EQ(Spans("El pasaporte 1.500.000 pesos", "es"), "id-number=1.500.000");
  EXPECT_EQ(Spans("Mi cel 15 000 000 dollars", "es"), "phone=15 000 000");
  EXPECT_EQ(Spans("Nos pidieron 12345678 pesos", "es"), "");
}

// Eight digits: a pair of years unless a phone's noun, an ID's cue or a
// call comes before; the span's shape is read before the cue words.
TEST_F(PatternSpeedRound21Test, EightDigitsAndYearRanges) {
  EXPECT_EQ(Spans("Vivimos allí de 2015 2016 con mi tía.", "es"), "");
  EXPECT_EQ(Spans("se llamaba Rosa (1950 - 2010) y era buena", "es"), "");
  EXPECT_EQ(Spans("Mi teléfono es 2014-2078 y ya.", "es"), "phone=2014-2078");
  EXPECT_EQ(Spans("El expediente 2014-2078 sigue abierto.", "es"), "id-number=2014-2078");
  EXPECT_EQ(Spans("llámame al 2015 2016 por favor", "es"), "phone=2015 2016");
  EXPECT_EQ(Spans("Mi idcard 2015 2016", "en"), "id-number=2015 2016");
  EXPECT_EQ(Spans("Mi caso CAI-2025-0110 sigue.", "es"), "id-number=CAI-2025-0110");
  EXPECT_EQ(Spans("Marca al 5512345678 cuando llegues", "es"), "phone=5512345678");
}

}  // namespace
}  // namespace amparo::redaction
