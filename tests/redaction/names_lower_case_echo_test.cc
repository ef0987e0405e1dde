// A name flagged in a testimony comes back in lower case or in capitals
// ("Me llamo Pedro Ramírez. Después pedro se fue", "AYUDEN A PEDRO"): the echo is the same person and is
// removed, in whichever window of a long text it falls. Ordinary words that
// are names too ("color rosa", "en sala de espera", "Niña de 11 años",
// French "lui") stay.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "redaction/name_detector.h"
#include "tests/redaction/name_detector_fixture.h"
#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesLowerCaseEchoTest, ALowerCaseEchoOfANameInTheTextIsRemoved) {
  const std::string out =
      RedactedText("Me llamo Pedro Ramírez. Después pedro se fue con ramírez a la frontera.", "es");
  EXPECT_EQ(out.find("pedro"), std::string::npos) << out;
  EXPECT_EQ(out.find("ramírez"), std::string::npos) << out;
  EXPECT_NE(out.find("se fue con"), std::string::npos) << out;
  const std::string given = RedactedText("Conocí a Pedro en Tapachula. Luego pedro se fue.", "es");
  EXPECT_EQ(given.find("pedro"), std::string::npos) << given;
  EXPECT_NE(given.find("Tapachula"), std::string::npos) << given;
  const std::string en = RedactedText("My name is Wendolyn Okafor. They told wendolyn to wait.", "en");
  EXPECT_EQ(en.find("wendolyn"), std::string::npos) << en;
  const std::string caps = RedactedText("Me llamo Pedro Ramírez. Después PEDRO se fue. AYUDEN A PEDRO.", "es");
  EXPECT_EQ(caps.find("PEDRO"), std::string::npos) << caps;
  // An acronym in capitals is no echo of a name ("Eva" and the pain scale EVA).
  const std::string eva = RedactedText("La paciente Eva Ruiz refiere dolor (EVA, 7-8).", "es");
  EXPECT_NE(eva.find("(EVA, 7-8)"), std::string::npos) << eva;
  const std::string fr = RedactedText("Je m'appelle Jean-Baptiste Dorval. Ils ont frappé dorval.", "fr");
  EXPECT_EQ(fr.find("dorval"), std::string::npos) << fr;
}

TEST(NamesLowerCaseEchoTest, EverydayWordsThatAreNamesTooStay) {
  const std::string rosa = RedactedText("Mi amiga Rosa tenía una blusa color rosa.", "es");
  EXPECT_EQ(rosa.find("Rosa"), std::string::npos) << rosa;
  EXPECT_NE(rosa.find("color rosa"), std::string::npos) << rosa;
  const std::string sala = RedactedText("Me atendió el doctor Sala. Esperamos en sala de urgencias.", "es");
  EXPECT_NE(sala.find("en sala de urgencias"), std::string::npos) << sala;
  const std::string nina = RedactedText("Historia actual:\nNiña de 11 años con fiebre.", "es");
  EXPECT_NE(nina.find("Niña de"), std::string::npos) << nina;
  const std::string lui = RedactedText("Il était irritable. Lui qui avait su se faire aimer.", "fr");
  EXPECT_NE(lui.find("Lui qui"), std::string::npos) << lui;
  // Parts of an e-mail address are the pattern detector's, not echoes.
  const std::string mail = RedactedText("Me llamo Raquel García, raquel.garcia@correo.mx es mi correo.", "es");
  EXPECT_EQ(mail.find("raquel"), std::string::npos) << mail;
}

class NamesLowerCaseEchoWindowsTest : public NameDetectorFixture {};

TEST_F(NamesLowerCaseEchoWindowsTest, AnEchoInAnotherWindowOfALongTextIsFlagged) {
  std::string filler;
  while (filler.size() < (200u << 10)) filler += "Caminamos muchos días por el monte sin agua y sin comida.\n";
  const std::string text = "Me llamo Wendolyn Quispe.\n" + filler + "Después wendolyn y quispe se fueron.\n";
  std::vector<std::string> spans;
  for (const Finding& f : detector_->Find(text, "es")) spans.emplace_back(text.substr(f.begin, f.end - f.begin));
  EXPECT_EQ(spans, (std::vector<std::string>{"Wendolyn Quispe", "wendolyn", "quispe"}));
  // Without the name earlier on, the lower-case words alone are not names.
  const std::string alone = filler + "Después wendolyn y quispe se fueron.\n";
  EXPECT_TRUE(detector_->Find(alone, "es").empty());
}

}  // namespace
}  // namespace amparo::redaction
