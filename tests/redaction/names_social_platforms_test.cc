// Names as forum threads, video comments and chats write them, beyond
// names_social_posts_test.cc: a surname in lower case after a given name, a
// word of no list after "my sister" or beside the speaker ("me and X", "X
// and i"), a listed surname in lower case, a name at a sentence's start
// joined to a name found; and what stays: products before their model code,
// chat abbreviations opening a line, shops and apps. People are invented or
// public figures.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesSocialPlatformsTest, ASurnameInLowerCaseAfterAGivenName) {
  ExpectRedacted("en", "been listening to taylor swift all week", {"taylor", "swift"}, {"week"});
  ExpectRedacted("en", "saw justin bieber at the mall", {"justin", "bieber"}, {"mall"});
  ExpectRedacted("en", "lol jessica harding is here", {"jessica", "harding"}, {"lol", "here"});
  // A listed surname that a dictionary has too.
  ExpectRedacted("en", "i saw jessica baxter at the mall", {"jessica", "baxter"}, {"mall"});
  // A word after the name is none.
  ExpectRedacted("en", "jessica said no", {"jessica"}, {"said"});
}

TEST(NamesSocialPlatformsTest, AListedSurnameInLowerCaseThatIsNoWord) {
  ExpectRedacted("en", "lol gonzalez was late again", {"gonzalez"}, {"late"});
}

TEST(NamesSocialPlatformsTest, AWordOfNoListAfterAKinWordOrBesideTheSpeaker) {
  ExpectRedacted("en", "my sister tashonda is here", {"tashonda"}, {"sister"});
  ExpectRedacted("en", "my little brother jarquavious learned to ride a bike", {"jarquavious"},
                 {"brother", "bike"});
  ExpectRedacted("en", "me and zakiyah got lost in atlanta", {"zakiyah"}, {"atlanta"});
  ExpectRedacted("en", "delphyne and i got lost again", {"delphyne"}, {"lost"});
  // After "feat." or "ft.": who sings with.
  ExpectRedacted("en", "new song ft. kehlani and it slaps", {"kehlani"}, {"song", "slaps"});
  ExpectRedacted("en", "that remix featuring zakiyah tho", {"zakiyah"}, {"remix"});
  // After a kin word a verb a dictionary lacks is no name.
  ExpectRedacted("en", "My father retired at the age of 61", {}, {"retired"});
}

TEST(NamesSocialPlatformsTest, ANameAtASentenceStartJoinedToANameFound) {
  ExpectRedacted("en", "Kwamelia and Tom Harding spotted in London", {"Kwamelia", "Tom", "Harding"},
                 {"London"});
  ExpectRedacted("en", "Drake and Rihanna are dating again", {"Drake", "Rihanna"}, {"dating"});
}

TEST(NamesSocialPlatformsTest, AWordOfNoListOpeningASentenceBeforeWhatAPersonDoes) {
  ExpectRedacted("en", "wow. Zoltrane texted me at 3am", {"Zoltrane"}, {"wow"});
  ExpectRedacted("en", "lineup for tonight. Keppinger sits, Downs plays 2B", {"Keppinger"}, {"lineup"});
  // Not before "is" or "was": a firm or a place is too.
  ExpectRedacted("en", "Opencounter is the brainchild of our founders", {}, {"Opencounter"});
}

TEST(NamesSocialPlatformsTest, AProductBeforeItsModelCodeIsNoPerson) {
  ExpectRedacted("en", "has anyone tried the new Galaxy S21? the camera is amazing", {}, {"Galaxy"});
  ExpectRedacted("en", "my old Xperia Z3 still works", {}, {"Xperia"});
  // "Bud" is a given name: a listed name before a code stays a person (below).
  ExpectRedacted("en", "Bud Light 3D tailgate parties on Saturday", {"Bud"}, {"tailgate"});
  // A version number: "Godot" and "Kubuntu" are in no dictionary.
  ExpectRedacted("en", "my Godot 3.5 project crashes", {}, {"Godot"});
  ExpectRedacted("en", "we run Kubuntu 20.04 at work", {}, {"Kubuntu"});
  // An ordinal, a postcode, a date: a person still.
  ExpectRedacted("en", "Kevin Marsh 12.05.20 meeting", {"Kevin", "Marsh"});
  ExpectRedacted("en", "Kevin Marsh 5th in the race", {"Kevin", "Marsh"});
  ExpectRedacted("en", "Kevin Marsh E14 9TQ", {"Kevin", "Marsh"});
  // Only in English.
  ExpectRedacted("es", "Me llamo Kevin Marsh S21", {"Kevin", "Marsh"});
}

// A listed name before a code is a person: gangs are named by codes in
// testimony ("Brayan MS13", "Juan B18"), and so are people in lists.
TEST(NamesSocialPlatformsTest, AListedNameOrAGangCodeBeforeACodeIsAPerson) {
  ExpectRedacted("en", "The one who beat us was Brayan MS13, he carried a gun.", {"Brayan"}, {"beat"});
  ExpectRedacted("en", "Pedro MS-13 and Juan B18 came at night.", {"Pedro", "Juan"}, {"night"});
  ExpectRedacted("en", "We met Maria G5 at the shelter.", {"Maria"}, {"shelter"});
  ExpectRedacted("en", "I talked with Maria v2 yesterday.", {"Maria"}, {"yesterday"});
  ExpectRedacted("en", "The man called Yefri MS13 took my passport.", {"Yefri"}, {"passport"});
}

TEST(NamesSocialPlatformsTest, AWordJoiningDictionaryWordsIsNoPerson) {
  ExpectRedacted("en", "I love the new JabberDuck app", {}, {"JabberDuck"});
  ExpectRedacted("en", "time for some SilkWorm music", {}, {"SilkWorm"});
  // A particle or a name joined: a person.
  ExpectRedacted("en", "thanks McDowell for that", {"McDowell"});
}

// An English testimony quotes what was said in Portuguese, K'iche' or Dutch:
// a name of no list there is still a name. Dropping guessed names on such
// lines won precision on foreign tweets and leaked these.
TEST(NamesSocialPlatformsTest, NamesOfNoListOnAQuotedLineOfAnotherLanguage) {
  ExpectRedacted("en", "He wrote: Eu vi o Yefri na fronteira com meu irmão, ele estava ferido.",
                 {"Yefri"}, {"fronteira"});
  ExpectRedacted("en", "He said in Kiche: xinb'e rik'in Yefri chupam le tinamit, xinwaj.",
                 {"Yefri"}, {"tinamit"});
  ExpectRedacted("en", "Ik heb Yefri gezien toen hij terugkwam uit Tapachula met zijn broer.",
                 {"Yefri"}, {"Tapachula"});
  ExpectRedacted("en", "aku pergi dengan Maria kemarin malam ke pasar", {"Maria"}, {"pergi"});
}

TEST(NamesSocialPlatformsTest, RedditUsersAreHandlesAndItsForumsNoPersons) {
  ExpectRedacted("en", "thanks u/kentington_88 for the fix", {"kentington"}, {"thanks", "fix"});
  ExpectRedacted("en", "as /u/Marisol-Q said in r/AskReddit", {"Marisol"}, {"AskReddit"});
  // Spanish "c/u" (each) and a date stay.
  ExpectRedacted("es", "cuestan 20 pesos c/u, el 12/06", {}, {"c/u"});
}

TEST(NamesSocialPlatformsTest, ChatAbbreviationsShopsAndAppsAreNoPersons) {
  ExpectRedacted("en", "IMO Abraham Lincoln was the best president", {"Abraham", "Lincoln"}, {"IMO"});
  ExpectRedacted("en", "what time does Walgreens close on sundays", {}, {"Walgreens"});
  // Not "Zelle": people bear it as a surname, and it may be redacted.
  ExpectRedacted("en", "I send it by Venmo or PayPal", {}, {"Venmo", "PayPal"});
  ExpectRedacted("en", "I installed Ubuntu on my Lenovo laptop", {}, {"Ubuntu", "Lenovo"});
  ExpectRedacted("en", "I play Minecraft and Fortnite with my son", {}, {"Minecraft", "Fortnite"});
}

}  // namespace
}  // namespace amparo::redaction
