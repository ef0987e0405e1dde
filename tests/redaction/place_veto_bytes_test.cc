// The place veto reads the words around a guessed name in the text's bytes:
// the folded form of a word is no measure of where it ends there, as
// accents fold away ("Zoé" -> "zoe") and a few capitals fold to longer
// letters (U+023A "Ⱥ", two bytes, to U+2C65 "ⱥ", three).
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "redaction/place_gazetteer.h"
#include "redaction/place_veto.h"
#include "redaction/redactor.h"
#include "tests/redaction/place_veto_support.h"

namespace amparo::redaction {
namespace {

TEST(PlaceVetoBytesTest, AnAccentedWordBeforeATownMakesItASurname) {
  // A capitalized word right before a world town that the text places
  // (", Texas"): the town ends a person's name, accents or not.
  for (const std::string text : {"La guía era Zoe Jackson, Texas.", "La guía era Zoé Jackson, Texas.",
                                 "La guía era Iñés Jackson, Texas."}) {
    EXPECT_EQ(Kept(text, {Guess(text, "Jackson")}), std::vector<std::string>{"Jackson"}) << text;
  }
}

TEST(PlaceVetoBytesTest, AWordThatFoldsLongerEndsNoReadPastTheText) {
  std::string capitals;
  for (int i = 0; i < 16; ++i) capitals += "\xC8\xBA";  // U+023A
  for (const std::string& text : {capitals + " Jackson, AZ", capitals + " Mesa, AZ"}) {
    const std::string name = text.substr(capitals.size() + 1, text.find(',') - capitals.size() - 1);
    std::vector<std::string> kept;
    EXPECT_NO_THROW(kept = Kept(text, {Guess(text, name)})) << text;
  }
  // Through the whole redactor, too.
  std::string error;
  const auto redactor = Redactor::Create(&error);
  ASSERT_NE(redactor, nullptr) << error;
  RedactionResult result;
  bool ok = false;
  EXPECT_NO_THROW(ok = redactor->Redact(capitals + " Jackson, AZ", "en", KnownIdentifiers{}, RedactionOptions{},
                                        &result, &error));
  EXPECT_TRUE(ok) << error;
}

}  // namespace
}  // namespace amparo::redaction
