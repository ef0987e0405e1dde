// Context cues in each language make the name detector flag the name after
// (or before) them, with offsets that cover exactly the name.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "redaction/name_detector.h"

namespace amparo::redaction {
namespace {

class NameCuesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    detector_ = NameDetector::Create(&error);
    ASSERT_NE(detector_, nullptr) << error;
  }
  std::vector<std::string> Names(std::string_view text, std::string_view lang) {
    std::vector<std::string> out;
    for (const Finding& f : detector_->Find(text, lang)) {
      EXPECT_EQ(f.type, IdentifierType::kPersonName);
      out.emplace_back(text.substr(f.begin, f.end - f.begin));
    }
    return out;
  }
  std::unique_ptr<NameDetector> detector_;
};


TEST_F(NameCuesTest, SpanishSelfIntroduction) {
  EXPECT_EQ(Names("Me llamo Xochitl Zepeda y vengo de Honduras.", "es"),
            std::vector<std::string>{"Xochitl Zepeda"});
}

TEST_F(NameCuesTest, EnglishMyNameIs) {
  EXPECT_EQ(Names("Hello, my name is Zorbak and I walked here.", "en"),
            std::vector<std::string>{"Zorbak"});
}

TEST_F(NameCuesTest, FrenchJeMappelle) {
  EXPECT_EQ(Names("Bonjour, je m'appelle Zéphirine et j'ai peur.", "fr"),
            std::vector<std::string>{"Zéphirine"});
}

TEST_F(NameCuesTest, HaitianMwenRele) {
  EXPECT_EQ(Names("Bonjou, mwen rele Widline Thermidor.", "ht"),
            std::vector<std::string>{"Widline Thermidor"});
}

TEST_F(NameCuesTest, TitlesBeforeSurnames) {
  EXPECT_EQ(Names("Lo atendió el Dr. Quiroz en la clínica.", "es"),
            std::vector<std::string>{"Quiroz"});
  EXPECT_EQ(Names("Nous avons vu Mme Lavaud hier.", "fr"),
            std::vector<std::string>{"Lavaud"});
}

}  // namespace
}  // namespace amparo::redaction
