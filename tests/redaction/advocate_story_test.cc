// What legal advocates read in a testimony stays readable: a date written on
// the line after a cue word of a document ("oficio número") is a date, not a
// code, and a street word that ends its sentence ("en la colonia. Cuando...")
// takes no word of the next sentence as a street's name. The identifiers
// around them are still removed. The sentences are made up for this test.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(AdvocateStoryTest, DateOnTheLineAfterACueIsADate) {
  const std::string out = RedactedText(
      "Documento que presentó: oficio número\n12/06/2023 de la Fiscalía de Tapachula.", "es");
  EXPECT_NE(out.find("junio de 2023 de la Fiscalía"), std::string::npos) << out;
  EXPECT_EQ(out.find("[PHONE]"), std::string::npos) << out;
  EXPECT_EQ(out.find("[ID-NUMBER]"), std::string::npos) << out;
  const std::string iso = RedactedText("Expediente:\n2023-05-14 acude a la COMAR.", "es");
  EXPECT_NE(iso.find("mayo de 2023"), std::string::npos) << iso;
}

TEST(AdvocateStoryTest, CodesAfterACueStayRedacted) {
  // On the next line too, when the code is no date.
  for (const std::string text : {"Pasaporte:\nG12345678", "Expediente número\n4521/2023",
                                 "Folio: 12/06/2023", "oficio número 1234567"}) {
    const std::string out = RedactedText(text, "es");
    EXPECT_TRUE(out.find("[ID-NUMBER]") != std::string::npos || out.find("[PHONE]") != std::string::npos)
        << text << "\n -> " << out;
  }
}

TEST(AdvocateStoryTest, NumberedHighwaysStay) {
  for (const std::string text : {"La carretera federal 200 está llena de retenes.",
                                 "Nos bajaron en la Carretera Federal 190 cerca de Juchitán."}) {
    EXPECT_EQ(RedactedText(text, "es"), text);
  }
  // With a kilometre it is where someone lives.
  const std::string out = RedactedText("Vive en la carretera federal 200 km 14, Tapachula.", "es");
  EXPECT_NE(out.find("[ADDRESS]"), std::string::npos) << out;
  EXPECT_NE(out.find("Tapachula"), std::string::npos) << out;
}

TEST(AdvocateStoryTest, CaseFileNumbersAreRemoved) {
  // The survivor's complaint or investigation: the authority stays.
  for (const std::string code : {"FED/CHIS/TAP/0000123/2023", "CNDH/5/2023/1234/Q", "AP/PGR/CHIS/TAP/123/2019"}) {
    const std::string out = RedactedText("Su queja en la CNDH es la " + code + ", de Tapachula.", "es");
    EXPECT_EQ(out, "Su queja en la CNDH es la [ID-NUMBER], de Tapachula.") << code;
  }
  // Acronyms between slashes without a number are no code.
  for (const std::string text : {"Tiene HTA/DM2/EPOC desde 2019.", "La CNDH/CEDH/FGR no respondió."}) {
    EXPECT_EQ(RedactedText(text, "es"), text);
  }
}

TEST(AdvocateStoryTest, StreetWordEndingASentence) {
  const std::string text =
      "Le cobraban renta en la colonia. Cuando dejó de pagar, mataron a su hermano. Vivía en la "
      "calle. Después se fue.";
  EXPECT_EQ(RedactedText(text, "es"), text);
  // Nor across the period to a number in the next sentence.
  for (const std::string t : {"La caseta 4 de la autopista. El vagón 12 del tren.",
                              "Nos bajaron en la carretera. Los 40 que íbamos corrimos."}) {
    EXPECT_EQ(RedactedText(t, "es"), t);
  }
  const std::string cut = RedactedText("Vive en Hidalgo número 4 de la colonia. El vagón 12.", "es");
  EXPECT_EQ(cut.find("Hidalgo"), std::string::npos) << cut;
  EXPECT_NE(cut.find("El vagón 12."), std::string::npos) << cut;
  // Abbreviations take their period: still streets.
  for (const std::string street : {"col. Centro", "Av. Juárez 23", "la colonia Rivera Hernández"}) {
    const std::string out = RedactedText("Vivía en " + street + ", cerca del parque.", "es");
    EXPECT_EQ(out.find(street), std::string::npos) << out;
    EXPECT_NE(out.find("[ADDRESS]"), std::string::npos) << out;
  }
}

TEST(AdvocateStoryTest, DateAfterAPrepositionReadsWell) {
  EXPECT_EQ(RedactedText("Nos tuvieron encerrados desde el 20 de noviembre de 2021 hasta Navidad.", "es"),
            "Nos tuvieron encerrados desde noviembre de 2021 hasta Navidad.");
  EXPECT_EQ(RedactedText("Está en el DIF desde el 28/08/2023.", "es"), "Está en el DIF desde agosto de 2023.");
  EXPECT_EQ(RedactedText("She stayed until the 4th of May 2023.", "en"), "She stayed until May 2023.");
  // Without a preposition the date keeps its own.
  EXPECT_EQ(RedactedText("Salimos el 20 de noviembre de 2021.", "es"), "Salimos en noviembre de 2021.");
}

TEST(AdvocateStoryTest, ShelterNamedAfterATitleKeepsItsTown) {
  // "Pastor" is a title; "de Tapachula" after it is where the shelter is.
  for (const std::string text : {"Nos quedamos en el Albergue Jesús el Buen Pastor de Tapachula.",
                                 "El Buen Pastor de Ixtepec nos recibió."}) {
    EXPECT_EQ(RedactedText(text, "es"), text);
  }
  const std::string out = RedactedText("El pastor Ramírez de Tapachula nos recibió.", "es");
  EXPECT_EQ(out.find("Ramírez"), std::string::npos) << out;
  EXPECT_NE(out.find("Tapachula"), std::string::npos) << out;
}

}  // namespace
}  // namespace amparo::redaction
