// A nickname after its lower-case article and a naming word ("le decían el
// Chino", "alias el Flaco", "apodado la Güera") is a person's, even when the
// word is an ordinary one. The sentences are made up for this test.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NicknameArticleTest, NicknamesAfterTheirArticleAreRemoved) {
  for (const std::string text : {"Un marino que le decían el Chino nos quitó los celulares.",
                                 "Al que le decían el Flaco lo mataron en Reynosa.",
                                 "El coyote, alias el Chino, nos cobró.",
                                 "Uno apodado el Flaco nos cobró en Altar."}) {
    const std::string out = RedactedText(text, "es");
    EXPECT_EQ(out.find("Chino"), std::string::npos) << out;
    EXPECT_EQ(out.find("Flaco"), std::string::npos) << out;
    EXPECT_NE(out.find("[PERSON-1]"), std::string::npos) << out;
  }
}

TEST(NicknameArticleTest, ArticlesWithoutANamingWordStay) {
  // No naming word before the article: the place and the organisation stay.
  for (const std::string text : {"Nos decían que el Norte era peligroso.",
                                 "Nos dijo que la Marina estaba en Coatzacoalcos."}) {
    EXPECT_EQ(RedactedText(text, "es"), text);
  }
}

}  // namespace
}  // namespace amparo::redaction
