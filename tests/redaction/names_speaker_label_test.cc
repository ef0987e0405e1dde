// A speaker's label opening a line of a dialogue or a chat export is a
// person's name, also when it is on no name list; the labels of a form stay.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesSpeakerLabelTest, AnUnlistedSpeakerBeforeASentenceIsRemoved) {
  const std::string en = RedactedText("Leverett: What a wife.\nDanielle: Remember me, Al?", "en");
  EXPECT_EQ(en.find("Leverett"), std::string::npos) << en;
  EXPECT_EQ(en.find("Danielle"), std::string::npos) << en;
  const std::string chat = RedactedText(
      "[12/03/24 10:15] Yesenia: ya llegué a Tapachula\n[12/03/24 10:16] Chuy Barrios: ok mija cuídate\n",
      "es");
  EXPECT_EQ(chat.find("Yesenia"), std::string::npos) << chat;
  EXPECT_EQ(chat.find("Barrios"), std::string::npos) << chat;
  EXPECT_NE(chat.find("Tapachula"), std::string::npos) << chat;
}

TEST(NamesSpeakerLabelTest, TheLabelsOfAFormStay) {
  const std::string es = RedactedText("Diagnóstico: Neumonía adquirida en la comunidad.\nMotivo: Fiebre alta.", "es");
  EXPECT_NE(es.find("Diagnóstico:"), std::string::npos) << es;
  EXPECT_NE(es.find("Motivo:"), std::string::npos) << es;
  const std::string en = RedactedText("Address: Main Street is closed.\nNote: Bring water.", "en");
  EXPECT_NE(en.find("Note: Bring"), std::string::npos) << en;
}

}  // namespace
}  // namespace amparo::redaction
