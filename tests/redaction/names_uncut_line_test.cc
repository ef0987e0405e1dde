// A huge line with no sentence end is still cut into bounded windows (so
// memory stays flat), and names on it are found wherever they fall, also
// next to a cut.
#include <string>

#include "tests/redaction/name_detector_fixture.h"

namespace amparo::redaction {
namespace {

using NamesUncutLineTest = NameDetectorFixture;

TEST_F(NamesUncutLineTest, NamesOnAHugeLineWithoutSentencesAreFound) {
  std::string text;
  const std::string filler = "y luego caminamos otra vez sin parar por el monte ";
  int names = 0;
  while (text.size() < 1200000) {
    text += filler;
    if (text.size() % 7 == 0 || text.size() > static_cast<size_t>(names + 1) * 150000) {
      text += "con Rosa Mamani ";
      ++names;
    }
  }
  ASSERT_GE(names, 5);
  size_t found = 0;
  for (const std::string& name : Names(text)) found += name == "Rosa Mamani";
  EXPECT_EQ(found, static_cast<size_t>(names));
}

TEST_F(NamesUncutLineTest, ALineOfHandlesEndsInBoundedWindows) {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "@a_";
  text += " me llamo Rosa Mamani";
  const auto names = Names(text);
  ASSERT_FALSE(names.empty());
  EXPECT_EQ(names.back(), "Rosa Mamani");
}

}  // namespace
}  // namespace amparo::redaction
