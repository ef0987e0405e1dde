// A lifespan or a range of years in parentheses ("(1950-2010)") is no phone
// number: the years stay, and the name before a lifespan is still redacted.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(PatternYearRangeTest, AYearRangeIsNoPhone) {
  ExpectRedacted("es", "Mi abuelo (1950-2010) nos contaba esas historias.", {"[PHONE]"}, {"1950", "2010"});
  ExpectRedacted("es", "Durante la guerra (1980-1992) mucha gente huyó.", {"[PHONE]"}, {"1980", "1992"});
  ExpectRedacted("en", "The camp (1999-2004) was closed later.", {"[PHONE]"}, {"1999", "2004"});
  ExpectRedacted("es", "Recordamos a Rosa Pérez (1950-2010) cada año.", {"Rosa", "Pérez", "[PHONE]"},
                 {"1950", "2010"});
  ExpectRedacted("es", "Mi abuela se llamaba Rosa Pérez (1950 - 2010).", {"Rosa", "Pérez", "[PHONE]"},
                 {"1950", "2010"});
  // A phone in parentheses is still one.
  ExpectRedacted("es", "Llámame (55-1234-5678) cuando llegues.", {"1234", "5678"});
}

// Eight digits shaped like two years are a phone after a phone or ID cue: a
// landline of El Salvador, Honduras or Costa Rica ("2014-2078").
TEST(PatternYearRangeTest, AYearShapedNumberAfterAPhoneCueIsAPhone) {
  ExpectRedacted("es", "Mi teléfono en San Salvador es 2014-2078, llámenme.", {"2014-2078", "2078"});
  ExpectRedacted("es", "Tel. (2010 - 2045) de la casa de mi mamá.", {"2045"});
  ExpectRedacted("en", "My phone number is 2015 2016 if you need me.", {"2016"});
}

}  // namespace
}  // namespace amparo::redaction
