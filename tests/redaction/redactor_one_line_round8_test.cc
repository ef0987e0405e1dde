// The whole redactor on hostile single lines of a few megabytes, each
// repeating one shape that a pass of round 8 or an older pass reads around
// every finding: the passes must read a bounded window around a finding,
// never back to the line's start or on to its end. The tests check what is
// redacted; CI's time limit catches a pass that is slow again (each input
// took tens of seconds while a pass was quadratic, a fraction of a second
// once linear).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

std::string Repeat(std::string_view unit, size_t times) {
  std::string s;
  s.reserve(unit.size() * times);
  for (size_t i = 0; i < times; ++i) s += unit;
  return s;
}

size_t Count(std::string_view text, std::string_view word) {
  size_t n = 0;
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) ++n;
  return n;
}

class RedactorOneLineTest : public RedactorFixture {};

// Each name after a title shares a word with a listed organisation's name:
// the organisation pass must not look for the line's start and end from
// each of them.
TEST_F(RedactorOneLineTest, NamesSharingAWordWithAnOrganisation) {
  const size_t units = 90000;  // 2.2 MB
  const RedactionResult out = Redact(Repeat("el Señor Juan el Señor ", units), "es");
  EXPECT_EQ(Count(out.text, "Juan"), 0u);
  EXPECT_EQ(out.report.spans.size(), units);
}

// Street addresses one after another on one line.
TEST_F(RedactorOneLineTest, AddressesOnOneLine) {
  const size_t units = 90000;  // 2 MB
  const RedactionResult out = Redact(Repeat("calle Juárez 12 ", units), "es");
  EXPECT_EQ(Count(out.text, "Juárez"), 0u);
  EXPECT_EQ(Count(out.text, "[ADDRESS]"), out.report.spans.size());
  EXPECT_GE(out.report.spans.size(), units / 2);
}

// Lifespans with no comma in them, one after another on a line, then one
// with a name inside the brackets: the lifespan pass must look for the
// comma inside each pair of brackets only, not on to the text's end.
TEST_F(RedactorOneLineTest, LifespansWithoutAComma) {
  const size_t units = 300000;  // 3.6 MB
  const RedactionResult out =
      Redact(Repeat("(1950-2010) ", units) + "(Guadalupe, 1990 \xE2\x80\x93 2019)", "es");
  EXPECT_EQ(Count(out.text, "Guadalupe"), 0u);
}

}  // namespace
}  // namespace amparo::redaction
