// A street keyword ending its sentence or line ("la colonia.", "la
// calle.") takes no word of the next line for a street name: a street never
// runs over a line break.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

std::string RedactSpanish(const std::string& text) { return RedactedText(text, "es"); }

TEST(AddressLineBreakTest, AKeywordAndAPeriodTakeNothingFromTheNextLine) {
  for (const char* keyword : {"colonia", "calle", "col", "avenida", "barrio"}) {
    const std::string text = std::string("Nos quedamos en la ") + keyword + ".\nDespués seguimos al norte.\n";
    const std::string out = RedactSpanish(text);
    EXPECT_NE(out.find("Después seguimos"), std::string::npos) << keyword << ": " << out;
  }
  const std::string plain = RedactSpanish("Dormimos en la calle\nDespués seguimos al norte.\n");
  EXPECT_NE(plain.find("Después seguimos"), std::string::npos) << plain;
}

TEST(AddressLineBreakTest, AStreetOnOneLineIsStillFound) {
  const std::string out = RedactSpanish("Vivía en calle. Hidalgo 23 y luego en la colonia Roma.\nFin.\n");
  EXPECT_EQ(out.find("Hidalgo"), std::string::npos) << out;
  EXPECT_NE(out.find("Fin."), std::string::npos) << out;
}

}  // namespace
}  // namespace amparo::redaction
