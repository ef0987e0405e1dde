// Where lower-case street names end (after a keyword) and start (before an
// English type), with the shipped lexicon. The phrases are made up.
#include "redaction/street_name_words.h"

#include <gtest/gtest.h>

#include <string>

#include "redaction/name_detector_lexicon.h"

namespace amparo::redaction {
namespace {

const NameLexicon& Lexicon() {
  std::string error;
  const NameLexicon* lexicon = NameLexicon::Default(&error);
  EXPECT_NE(lexicon, nullptr) << error;
  return *lexicon;
}

// The name after the keyword that starts at `keyword` in text, or "" if none.
std::string NameAfter(const std::string& text, const std::string& keyword) {
  const size_t at = text.find(keyword);
  EXPECT_NE(at, std::string::npos) << keyword;
  const size_t end = LowerCaseStreetNameEnd(text, at, Lexicon());
  return end == at ? "" : text.substr(at, end - at);
}

// The street before the type that starts at `type` in text, or "".
std::string NameBefore(const std::string& text, const std::string& type, bool needs_name = false) {
  const size_t at = text.rfind(type);
  EXPECT_NE(at, std::string::npos) << type;
  const size_t begin = LowerCaseTypeLastStart(text, at, needs_name, Lexicon());
  return begin == at ? "" : text.substr(begin, at + type.size() - begin);
}

TEST(StreetNameWordsTest, NamesAfterAKeywordEndAtTheFirstOrdinaryWord) {
  EXPECT_EQ(NameAfter("vivía en la calle morelos con mi tía", "calle"), "calle morelos");
  EXPECT_EQ(NameAfter("en la avenida benito juárez cerca", "avenida"), "avenida benito juárez");
  EXPECT_EQ(NameAfter("il habite rue victor hugo depuis", "rue"), "rue victor hugo");
  EXPECT_EQ(NameAfter("pasamos por av. cuauhtémoc", "av."), "av. cuauhtémoc");
  EXPECT_EQ(NameAfter("pasamos por av. insurgentes", "av."), "");  // a dictionary word, no name
  EXPECT_EQ(NameAfter("la calle de zaragoza", "calle"), "calle de zaragoza");
  EXPECT_EQ(NameAfter("en la calle hidalgo", "calle"), "calle hidalgo");
}

TEST(StreetNameWordsTest, OrdinaryWordsAfterAKeywordNameNothing) {
  EXPECT_EQ(NameAfter("en la calle de enfrente", "calle"), "");
  EXPECT_EQ(NameAfter("la calle principal", "calle"), "");
  EXPECT_EQ(NameAfter("una calle oscura", "calle"), "");
  EXPECT_EQ(NameAfter("me quedé en la calle sola", "calle"), "");
  EXPECT_EQ(NameAfter("una calle de tierra", "calle"), "");
  EXPECT_EQ(NameAfter("la calle estaba vacía", "calle"), "");
  EXPECT_EQ(NameAfter("en la calle chambeando", "calle"), "");
  EXPECT_EQ(NameAfter("dans la rue principale", "rue"), "");
  EXPECT_EQ(NameAfter("la calle Morelos", "calle"), "");  // capitalized: another rule's
}

TEST(StreetNameWordsTest, EnglishNamesBeforeATypeNeedAPreposition) {
  EXPECT_EQ(NameBefore("we met on main street", "street"), "main street");
  EXPECT_EQ(NameBefore("i live at elm st", "st"), "elm st");
  EXPECT_EQ(NameBefore("they drove down sunset boulevard", "boulevard"), "sunset boulevard");
  EXPECT_EQ(NameBefore("he slept in the street", "street"), "");
  EXPECT_EQ(NameBefore("on my street", "street"), "");
  EXPECT_EQ(NameBefore("on busy street", "street"), "");
  EXPECT_EQ(NameBefore("crossing street after street", "street"), "");
  EXPECT_EQ(NameBefore("we drove on dirt road", "road", /*needs_name=*/true), "");
  EXPECT_EQ(NameBefore("we drove on main road", "road", /*needs_name=*/true), "");
}

}  // namespace
}  // namespace amparo::redaction
