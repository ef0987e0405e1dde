// A form of address, its lower-case particles and a surname are a person
// ("la Sra. de León", "el señor de la Cruz"), though the surname is also a
// town; a post and "de" name the post's place, and an authority after a
// title stays. The sentences are made up for this test.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(TitleParticleTest, SurnameAfterTitleAndParticleIsRemoved) {
  const std::string a = RedactedText("La Sra. de León nos recibió en Tapachula.", "es");
  EXPECT_EQ(a.find("León"), std::string::npos) << a;
  EXPECT_NE(a.find("Tapachula"), std::string::npos) << a;
  const std::string b = RedactedText("El señor de la Cruz nos rentó el cuarto.", "es");
  EXPECT_EQ(b.find("Cruz"), std::string::npos) << b;
}

TEST(TitleParticleTest, PostsAndAuthoritiesStay) {
  for (const std::string text : {"La alcaldesa de Sevilla llegó tarde.",
                                 "El licenciado de la Fiscalía no quiso tomar la denuncia.",
                                 "El agente de Migración nos pidió dinero.",
                                 "El doctor de Tapachula nos atendió."}) {
    EXPECT_EQ(RedactedText(text, "es"), text);
  }
}

}  // namespace
}  // namespace amparo::redaction
