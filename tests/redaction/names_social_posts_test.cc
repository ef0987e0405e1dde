// Names as English posts and chats write them (social_names.h): in lower
// case with no cue, before "'s", calling someone ("keisha u coming"), in a
// list with other names, alone in capitals among lower-case words, joined in
// a hashtag. Everyday words that are given names, places written in lower
// case and the words of handles and links stay. People are invented.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesSocialPostsTest, ALowerCaseGivenNameThatIsNoWordIsAName) {
  ExpectRedacted("en", "omg jessica just texted me from the bus", {"jessica"}, {"omg", "texted", "bus"});
  ExpectRedacted("en", "we waited two hours for yessenia at the bridge", {"yessenia"}, {"bridge"});
  // Its other lower-case mentions go too.
  ExpectRedacted("en", "today was fun cuz anna came. anna brought tamales", {"anna"}, {"tamales"});
}

TEST(NamesSocialPostsTest, GivenNamesThatAreEverydayWordsNeedASign) {
  ExpectRedacted("en", "the robin sang all morning and we ate ginger cookies", {},
                 {"robin", "ginger", "cookies"});
  ExpectRedacted("en", "amen, we made it. my iban is on the form", {}, {"amen", "iban"});
  ExpectRedacted("en", "they aren't here yet", {}, {"aren't"});
  // A sign: the possessive, a call opening a clause, a list of names.
  ExpectRedacted("en", "who is coming to mike's party friday", {"mike"}, {"party"});
  ExpectRedacted("en", "keisha u coming or not", {"keisha"}, {"coming"});
  ExpectRedacted("en", "robin, mike and jessica are at the shelter", {"robin", "mike", "jessica"},
                 {"shelter"});
}

TEST(NamesSocialPostsTest, AGivenNameBeforeItsPossessive) {
  // Capitalized, an everyday word too, at a sentence start.
  ExpectRedacted("en", "Drake's new album is fire", {"Drake"}, {"album"});
  // Split from its apostrophe, as tokenized text writes it.
  ExpectRedacted("en", "who is coming to mike 's party", {"mike"}, {"party"});
  // The contraction of "is" or "has", a month, a saint's church or school.
  ExpectRedacted("en", "Summer's almost over", {}, {"Summer"});
  ExpectRedacted("en", "Will's gone home.", {}, {"Will"});
  ExpectRedacted("en", "May's figures were better", {}, {"May"});
  ExpectRedacted("en", "Briarcrest is 5th, St. George's 6th", {}, {"George"});
}

TEST(NamesSocialPostsTest, AGivenNameInCapitalsAmongLowerCaseWords) {
  ExpectRedacted("en", "thanks KEVIN for the ride", {"KEVIN"}, {"ride"});
  ExpectRedacted("en", "YESENIA!!! call me back", {"YESENIA"}, {"call"});
  // Lines in capitals are headings, shouts or an address's town line.
  ExpectRedacted("en", "Suite 12\nBUNDALAGUAH VIC 3851", {}, {"VIC"});
  ExpectRedacted("en", "watch THE NFL AND NBA tonight", {}, {"NFL", "NBA"});
}

TEST(NamesSocialPostsTest, AHashtagThatJoinsAGivenNameAndASurname) {
  ExpectRedacted("en", "#JustinBieber is trending again", {"Justin", "Bieber"}, {"trending"});
  ExpectRedacted("en", "so proud of #MarkSanchez tonight", {"Mark", "Sanchez"});
  ExpectRedacted("en", "#JesusLovesYou #BlackLivesMatter #MayGodBless", {},
                 {"#JesusLovesYou", "#BlackLivesMatter", "#MayGodBless"});
  // In lower case, with a listed surname after the given name.
  ExpectRedacted("en", "#selenagomez and #mariaperez are trending", {"selenagomez", "mariaperez"},
                 {"trending"});
  ExpectRedacted("en", "#danceparty #joshuatree #sunnyday #christmas #willsmith", {},
                 {"#danceparty", "#joshuatree", "#sunnyday", "#christmas"});
}

TEST(NamesSocialPostsTest, ANicknameAfterAReflexiveNamingVerb) {
  ExpectRedacted("en", "the coyote called himself el flaco, he had a gun", {"flaco"}, {"coyote", "gun"});
  ExpectRedacted("en", "she calls herself La Guera on the phone", {"Guera"}, {"phone"});
  ExpectRedacted("en", "he called himself a hero and lucky", {}, {"hero", "lucky"});
}

TEST(NamesSocialPostsTest, VehicleMakesAndBrandsStay) {
  // Advocates search for the vehicle; a make is no person.
  ExpectRedacted("en", "she drives a Chevy and they took us in a white Toyota", {}, {"Chevy", "Toyota"});
  ExpectRedacted("en", "I bought Adidas shorts and watched Hulu", {}, {"Adidas", "Hulu"});
  // Makes that are surnames too are not listed: "Harrison Ford" stays a person.
  ExpectRedacted("en", "we watched Harrison Ford last night", {"Harrison", "Ford"});
}

TEST(NamesSocialPostsTest, PlacesHandlesAndLinksStay) {
  ExpectRedacted("en", "they left san pedro sula on monday with daniela", {"daniela"},
                 {"san pedro sula"});
  ExpectRedacted("en", "we are in houston now", {}, {"houston"});
  ExpectRedacted("en", "smoke hookah at the mix in corbin tonight", {}, {"corbin"});
  ExpectRedacted("en", "the bus arrived at corbin at noon", {}, {"corbin"});
  // "at" before a lone name points at a person.
  ExpectRedacted("en", "it was the worst day ever and look at brianna now", {"brianna"}, {"day"});
  ExpectRedacted("en", "see http://example.org/jessica for the map", {}, {"map"});
  ExpectRedacted("es", "llegamos con la camioneta de jessica", {}, {"camioneta"});
}

TEST(NamesSocialPostsTest, LongHashtagsAndPunctuationRunsAreRead) {
  // A hashtag of 200 KB is never cut into a given name and a surname, and
  // long runs of marks between names in capitals are passed over once.
  std::string hashtag = "#";
  for (int k = 0; k < 100000; ++k) hashtag += "ab";
  const std::string out = RedactedText(hashtag + " thanks KEVIN", "en");
  EXPECT_NE(out.find(hashtag), std::string::npos);
  EXPECT_EQ(out.find("KEVIN"), std::string::npos);
  std::string shouts;
  for (int k = 0; k < 2000; ++k) shouts += "thanks KEVIN " + std::string(50, '!') + " ";
  const std::string loud = RedactedText(shouts, "en");
  EXPECT_EQ(loud.find("KEVIN"), std::string::npos);
}

}  // namespace
}  // namespace amparo::redaction
