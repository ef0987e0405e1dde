// Words joined to an @handle by '_' are the handle's, and the pattern
// detector removes the whole handle; a #hashtag is kept, so a person named
// in its words after the first ("#Justicia_para_Maria_Lopez") is still the
// name detector's to remove; so is a name glued after a link where the link
// ends (a bracket or a quote ends it).
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

std::string Redact(const std::string& text, const std::string& language) { return RedactedText(text, language); }

TEST(NamesGluedToMarksTest, ASurnameJoinedToAHashtagIsRemoved) {
  for (const char* language : {"en", "es"}) {
    for (const std::string text : {"Marchamos con el cartel #Justicia_para_Maria_Lopez frente a la fiscalía.",
                                   "We shared #FindMaria_Lopez all week."}) {
      const std::string out = Redact(text, language);
      EXPECT_EQ(out.find("Lopez"), std::string::npos) << language << ": " << out;
    }
  }
}

TEST(NamesGluedToMarksTest, AHandleIsRemovedWhole) {
  const std::string out = Redact("Escríbele a @Maria_Lopez_88 por favor.", "es");
  EXPECT_EQ(out.find("Maria"), std::string::npos) << out;
  EXPECT_EQ(out.find("Lopez"), std::string::npos) << out;
}

TEST(NamesGluedToMarksTest, ANameRightAfterALinksBracketIsRemoved) {
  for (const std::string text : {"(lo subió a https://x.com/a)Juan Pérez lo amenazó",
                                 "ver \"www.ejemplo.mx/nota\"Juan Pérez lo amenazó"}) {
    const std::string out = Redact(text, "es");
    EXPECT_EQ(out.find("Juan"), std::string::npos) << out;
    EXPECT_EQ(out.find("Pérez"), std::string::npos) << out;
  }
}

}  // namespace
}  // namespace amparo::redaction
