// A word alone opening a sentence before a verb of where a person lives or
// works is that person, even when it is a dictionary word too ("timotea" is
// a grass); ordinary words there stay.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesLifeVerbTest, ANameOpeningASentenceBeforeLivesOrWorksIsRemoved) {
  const std::string es = RedactedText("Timotea vive en Tapachula con sus hijos.", "es");
  EXPECT_EQ(es.find("Timotea"), std::string::npos) << es;
  EXPECT_NE(es.find("Tapachula"), std::string::npos) << es;
  const std::string en = RedactedText("Trivo lives on Main Street. Timotea works at the market.", "en");
  EXPECT_EQ(en.find("Trivo"), std::string::npos) << en;
  EXPECT_EQ(en.find("Timotea"), std::string::npos) << en;
  const std::string fr = RedactedText("Timotea travaille au marché de Tapachula.", "fr");
  EXPECT_EQ(fr.find("Timotea"), std::string::npos) << fr;
}

TEST(NamesLifeVerbTest, OrdinaryWordsBeforeTheVerbStay) {
  const std::string es =
      RedactedText("Nadie vive ahí. Cada uno vive como puede. La gente vive en la calle.", "es");
  EXPECT_NE(es.find("Nadie vive"), std::string::npos) << es;
  EXPECT_NE(es.find("Cada uno vive"), std::string::npos) << es;
  EXPECT_NE(es.find("La gente vive"), std::string::npos) << es;
  const std::string en = RedactedText("Everyone lives in fear. Police worked all night.", "en");
  EXPECT_NE(en.find("Everyone lives"), std::string::npos) << en;
  EXPECT_NE(en.find("Police worked"), std::string::npos) << en;
}

}  // namespace
}  // namespace amparo::redaction
