// English names in genres the news and social corpora lack: a dialogue's
// speakers, given names that are Spanish or French function words, given
// names written in lower case in posts. People are invented.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesEnglishGenresTest, TheSpeakersOfADialogueAreRemoved) {
  const std::string interview = RedactedText(
      "INTERVIEWER: How did you start?\nHARRIS: My uncle gave me a guitar.\n"
      "INTERVIEWER: And then?\nHARRIS: I played in bars.",
      "en");
  EXPECT_EQ(interview.find("HARRIS"), std::string::npos) << interview;
  EXPECT_NE(interview.find("INTERVIEWER: How"), std::string::npos) << interview;
  const std::string chat = RedactedText("Grace: we got to Piedras Negras on monday\nHope: ok call me", "en");
  EXPECT_EQ(chat.find("Grace"), std::string::npos) << chat;
  EXPECT_EQ(chat.find("Hope"), std::string::npos) << chat;
  EXPECT_NE(chat.find("Piedras Negras"), std::string::npos) << chat;
  // The labels of a form are no speakers.
  const std::string form = RedactedText("Note: bring water.\nUpdate: the road is closed.", "en");
  EXPECT_NE(form.find("Note: bring"), std::string::npos) << form;
  EXPECT_NE(form.find("Update: the"), std::string::npos) << form;
}

TEST(NamesEnglishGenresTest, ASpanishOrFrenchFunctionWordOpensAnEnglishName) {
  const std::string les = RedactedText("Les Moore retired on Friday after 40 years at the club.", "en");
  EXPECT_EQ(les.find("Les"), std::string::npos) << les;
  const std::string elle = RedactedText("Elle Jansen told the inquiry that she had warned her manager.", "en");
  EXPECT_EQ(elle.find("Elle"), std::string::npos) << elle;
  const std::string ella = RedactedText("Ella Bradford has written three novels about Leeds.", "en");
  EXPECT_EQ(ella.find("Ella"), std::string::npos) << ella;
  const std::string label = RedactedText("Ella: What a day.", "en");
  EXPECT_EQ(label.find("Ella"), std::string::npos) << label;
  const std::string unlisted = RedactedText("The coda was played (not by Elle Sandstrak).", "en");
  EXPECT_EQ(unlisted.find("Elle"), std::string::npos) << unlisted;
  // In French it stays a word.
  const std::string fr = RedactedText("Les Dupont sont arrivés hier.", "fr");
  EXPECT_NE(fr.find("Les"), std::string::npos) << fr;
}

TEST(NamesEnglishGenresTest, AMonthThatIsAGivenNameOpensANameBeforeASurname) {
  const std::string a = RedactedText("She is survived by her sons and by her sister June Fairchild.", "en");
  EXPECT_EQ(a.find("June"), std::string::npos) << a;
  const std::string b = RedactedText("April Kowalczyk told the court she saw the car.", "en");
  EXPECT_EQ(b.find("April"), std::string::npos) << b;
  // A month stays a month.
  const std::string c = RedactedText("The shelter opened in June and closed in April.", "en");
  EXPECT_NE(c.find("in June and"), std::string::npos) << c;
  EXPECT_NE(c.find("in April"), std::string::npos) << c;
}

TEST(NamesEnglishGenresTest, ANicknameAfterCalledIsRemovedThoughAWord) {
  const std::string a = RedactedText("The smuggler everyone called Shorty took us across the river.", "en");
  EXPECT_EQ(a.find("Shorty"), std::string::npos) << a;
  const std::string b = RedactedText("A man called Tiger drove the truck to Houston.", "en");
  EXPECT_EQ(b.find("Tiger"), std::string::npos) << b;
  EXPECT_NE(b.find("Houston"), std::string::npos) << b;
  // A thing or a place called so stays.
  const std::string c = RedactedText("She sang a song called Yesterday in a village called Hope.", "en");
  EXPECT_NE(c.find("Yesterday"), std::string::npos) << c;
}

TEST(NamesEnglishGenresTest, ALowerCaseGivenNameBeforeAVerbInAPostIsRemoved) {
  const std::string a = RedactedText("just got back from the game lol mike spilled his beer all over me", "en");
  EXPECT_EQ(a.find("mike"), std::string::npos) << a;
  const std::string b = RedactedText("ok so brandon and tyler are fighting again over the car", "en");
  EXPECT_EQ(b.find("brandon"), std::string::npos) << b;
  EXPECT_EQ(b.find("tyler"), std::string::npos) << b;
  // The same words as words stay.
  const std::string c = RedactedText("the bill passed and a rose bloomed in the yard", "en");
  EXPECT_NE(c.find("bill passed"), std::string::npos) << c;
  EXPECT_NE(c.find("rose bloomed"), std::string::npos) << c;
}

}  // namespace
}  // namespace amparo::redaction
