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

}  // namespace
}  // namespace amparo::redaction
