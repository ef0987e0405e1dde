// The passes that run on the whole text after the name detector (lifespans,
// nicknames, epithets, compound surnames, later surname mentions) see the
// findings of every 64 KB window: a biography repeated past several windows
// is redacted in each copy as it is alone (the placeholders' numbers apart).
#include <gtest/gtest.h>

#include <regex>
#include <sstream>
#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

std::string WithoutNumbers(const std::string& s) {
  static const std::regex kPlaceholder(R"(\[PERSON-\d+\])");
  return std::regex_replace(s, kPlaceholder, "[PERSON]");
}

TEST(NamePassesWindowsTest, EachCopyOfABiographyIsRedactedAsItIsAlone) {
  const std::string biography =
      "Benito Pablo Juárez García (San Pablo Guelatao, 21 de marzo de 1806 – Ciudad de México, 18 de "
      "julio de 1872) fue un abogado. Juárez encabezó el gobierno. Juana Inés de Asbaje y Ramírez de "
      "Santillana escribió. Felipe el Hermoso reinó. Mi vecino, conocido como «el Flaco», nos ayudó. "
      "Un hombre conocido como «el Tigre» nos cobró.";
  const std::string alone = RedactedText(biography + "\n", "es");
  ASSERT_EQ(alone.find("Juárez encabezó"), std::string::npos) << alone;
  ASSERT_EQ(alone.find("Flaco"), std::string::npos) << alone;
  ASSERT_NE(alone.find("Guelatao"), std::string::npos) << alone;
  std::string text;
  while (text.size() < (300u << 10)) text += biography + "\n";
  std::istringstream lines(RedactedText(text, "es"));
  const std::string expected = WithoutNumbers(alone.substr(0, alone.size() - 1));
  size_t copies = 0;
  for (std::string line; std::getline(lines, line); ++copies) {
    ASSERT_EQ(WithoutNumbers(line), expected) << "copy " << copies;
  }
  EXPECT_EQ(copies * (biography.size() + 1), text.size());
}

// The nickname pass reads the places a quote or an article may open a
// nickname 64 KB of text at a time: a nickname whose quotes, article or cue
// fall on either side of such a cut is found as anywhere else.
TEST(NamePassesWindowsTest, ANicknameAcrossTheNicknamePassCutIsFound) {
  const std::string sentence = "Un hombre conocido como «El Tigre» nos cobró. ";
  const std::string alone = RedactedText(sentence, "es");
  ASSERT_EQ(alone.find("Tigre"), std::string::npos) << alone;
  constexpr size_t kCut = 64 << 10;
  for (size_t before = 0; before <= sentence.size(); ++before) {
    // Lower-case filler (no quote, no capital) up to `before` bytes of the
    // sentence ahead of the cut.
    std::string text;
    while (text.size() + 8 < kCut - before) text += "y luego ";
    text += std::string(kCut - before - text.size() - 1, 'a') + " ";
    text += sentence;
    const std::string out = RedactedText(text, "es");
    EXPECT_EQ(out.find("Tigre"), std::string::npos) << "cut " << before << " bytes into the sentence";
  }
}

}  // namespace
}  // namespace amparo::redaction
