// Person names on English social text that no capital marks, that a
// dictionary or a town list also has, or that no list has, found by what the
// post says around them: a birthday wish, a shout-out, thanks, "rip", "miss
// you", "ft." before a given name in lower case ("happy birthday grace",
// "miss you kyle"); hashtags that mourn, wish or defend someone ("#RIPKobe",
// "#JusticeForX"); a stage name after "DJ", "VJ" or "MC" ("DJ SPARKLE");
// a given name before a surname found ("lebron james"); pairs and lists
// with a sure name ("jimmy and ray"); a name called after a greeting ("yo
// tamika,"); a first name opening a clause, also after a reply's handle,
// before what a person does ("tamika texted me"); given names that are
// towns where only a person fits ("me and brandon"); the same cues in a
// shouted post ("THANKS KEVIN"). And what stays: the same cues before
// words that are no names ("thanks guys", "love you babe", "rip my phone",
// "ugh summer went by"). The texts are made up.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesSocialRecallTest, AnEverydayGivenNameAfterASocialCue) {
  ExpectRedacted("en", "happy birthday grace!! love you", {"grace"}, {"happy", "love"});
  ExpectRedacted("en", "happy bday to destiny, 21 finally", {"destiny"}, {"bday"});
  ExpectRedacted("en", "shoutout to destiny for the ride home", {"destiny"}, {"ride"});
  ExpectRedacted("en", "thanks brandon for the blankets", {"brandon"}, {"blankets"});
  ExpectRedacted("en", "miss you kyle, come back soon", {"kyle"}, {"soon"});
  ExpectRedacted("en", "love you ray see you sunday", {"ray"}, {"sunday"});
  ExpectRedacted("en", "rip hunter, gone too soon", {"hunter"}, {"soon"});
  ExpectRedacted("en", "congrats to summer on the new job", {"summer"}, {"job"});
}

TEST(NamesSocialRecallTest, AWordOfNoListAfterABirthdayOrAShoutOut) {
  ExpectRedacted("en", "happy birthday tashondra hope its a good one", {"tashondra"}, {"hope"});
  ExpectRedacted("en", "shout out to zakiyah for the food", {"zakiyah"}, {"food"});
  ExpectRedacted("en", "rip quavontae, we will never forget", {"quavontae"}, {"forget"});
}

TEST(NamesSocialRecallTest, TheCuesBeforeWordsThatAreNoNames) {
  ExpectRedacted("en", "thanks guys for coming", {}, {"guys", "coming"});
  ExpectRedacted("en", "love you babe", {}, {"babe"});
  ExpectRedacted("en", "love you baby", {}, {"baby"});
  ExpectRedacted("en", "thanks buddy", {}, {"buddy"});
  ExpectRedacted("en", "thank you god for another day", {}, {"god", "day"});
  ExpectRedacted("en", "rip my phone, it fell in the pool", {}, {"phone", "pool"});
  ExpectRedacted("en", "happy birthday to me lol", {}, {"me"});
  ExpectRedacted("en", "miss you too, see you soon", {}, {"too", "soon"});
  ExpectRedacted("en", "thanks tho, ur the best", {}, {"tho"});
  ExpectRedacted("en", "happy birthday america", {}, {"america"});
  ExpectRedacted("en", "thank you lord", {}, {"lord"});
}

TEST(NamesSocialRecallTest, AHashtagMourningWishingOrDefendingSomeone) {
  ExpectRedacted("en", "still can't believe it #RIPKobe", {"Kobe"}, {"believe"});
  ExpectRedacted("en", "share this please #JusticeForTamika", {"Tamika"}, {"share"});
  ExpectRedacted("en", "#PrayForDeshawn he is still in surgery", {"Deshawn"}, {"surgery"});
  ExpectRedacted("en", "#FreeBritney trending again", {"Britney"}, {"trending"});
  ExpectRedacted("en", "#HappyBirthdayJaquan from all of us", {"Jaquan"}, {"from"});
  // A place, a thing or a phrase after the same words is no person.
  ExpectRedacted("en", "#PrayForParis tonight", {}, {"PrayForParis"});
  ExpectRedacted("en", "#PrayForPeace and love", {}, {"PrayForPeace"});
  ExpectRedacted("en", "#FreeHugs at the mall", {}, {"FreeHugs"});
  ExpectRedacted("en", "#RIPVine it was fun", {}, {"RIPVine"});
  ExpectRedacted("en", "#PrayForTheWorld", {}, {"PrayForTheWorld"});
  ExpectRedacted("en", "#FreebieFriday is back", {}, {"FreebieFriday"});
}

TEST(NamesSocialRecallTest, AStageNameAfterDjVjOrMc) {
  ExpectRedacted("en", "HAVE YOU HEARD DJ SPARKLE IS NOW AT THE LOUNGE", {"SPARKLE"}, {"LOUNGE"});
  ExpectRedacted("en", "oldskool night with dj finese tonight", {"finese"}, {"oldskool"});
  ExpectRedacted("en", "MC Thunder on the mic tonight", {"Thunder"}, {"mic"});
  ExpectRedacted("en", "live w/ DJ Lantern and friends", {"Lantern"}, {"friends"});
  // A DJ's set, booth or gear is no person.
  ExpectRedacted("en", "the dj got us dancing all night", {}, {"got", "dancing"});
  ExpectRedacted("en", "Live DJ Set tonight at the bar", {}, {"Set", "bar"});
  ExpectRedacted("en", "selling my dj booth and speakers", {}, {"booth", "speakers"});
}

TEST(NamesSocialRecallTest, AGivenNameInLowerCaseBeforeASurnameFound) {
  ExpectRedacted("en", "my fav player is lebron james no debate", {"lebron", "james"}, {"debate"});
  ExpectRedacted("en", "saw dashawn gonzalez at the mall", {"dashawn", "gonzalez"}, {"mall"});
  // Not a word before the name that a dictionary has and no list.
  ExpectRedacted("en", "i saw gonzalez at the mall", {"gonzalez"}, {"saw", "mall"});
  ExpectRedacted("en", "lol gonzalez was late again", {"gonzalez"}, {"lol"});
}

TEST(NamesSocialRecallTest, TwoLowerCaseNamesJoinedWhenOneIsSure) {
  ExpectRedacted("en", "tamika and jessica came over last night", {"tamika", "jessica"}, {"night"});
  ExpectRedacted("en", "jessica & tamika are coming", {"jessica", "tamika"}, {"coming"});
  ExpectRedacted("en", "mike and jessica got married", {"mike", "jessica"}, {"married"});
  // A chat spelling or an everyday word joined to a name is none.
  ExpectRedacted("en", "sooo and jessica said no", {"jessica"}, {"sooo"});
  ExpectRedacted("en", "bread and jessica", {"jessica"}, {"bread"});
}

TEST(NamesSocialRecallTest, AFirstNameCalledAfterAGreeting) {
  ExpectRedacted("en", "yo tamika, call me back", {"tamika"}, {"call"});
  ExpectRedacted("en", "hey shaniqua! where u at", {"shaniqua"}, {"where"});
  ExpectRedacted("en", "hi kyle, long time", {"kyle"}, {"long"});
  // Words said to anyone after a greeting stay.
  ExpectRedacted("en", "hey bby, miss u", {}, {"bby"});
  ExpectRedacted("en", "hey yall!", {}, {"yall"});
  ExpectRedacted("en", "hey guys, whats up", {}, {"guys"});
  ExpectRedacted("en", "hi bae!", {}, {"bae"});
}

TEST(NamesSocialRecallTest, AFirstNameThatIsATownWhereOnlyAPersonFits) {
  // "brandon", "tyler", "chelsea" name towns too: in lower case they are
  // read as names only where a town cannot stand.
  ExpectRedacted("en", "me and brandon went out last night", {"brandon"}, {"night"});
  ExpectRedacted("en", "brandon and i went out", {"brandon"}, {"went"});
  ExpectRedacted("en", "my little brother brandon broke it", {"brandon"}, {"brother"});
  ExpectRedacted("en", "hey brandon, you coming?", {"brandon"}, {"coming"});
  ExpectRedacted("en", "hanging out with madison tonight", {"madison"}, {"tonight"});
  ExpectRedacted("en", "movie night w/ brandon", {"brandon"}, {"movie"});
  // Where a town fits, the town stays.
  ExpectRedacted("en", "we stopped in brandon for gas", {}, {"brandon"});
}

TEST(NamesSocialRecallTest, AFirstNameOpeningAClauseBeforeWhatAPersonDoes) {
  ExpectRedacted("en", "tamika texted me at 3am", {"tamika"}, {"texted"});
  ExpectRedacted("en", "lol tamika said no", {"tamika"}, {"said"});
  ExpectRedacted("en", "ugh brandon ate my leftovers again", {"brandon"}, {"leftovers"});
  // Chat words opening a clause are no names.
  ExpectRedacted("en", "ppl said it was fine", {}, {"ppl"});
  ExpectRedacted("en", "smh got me again", {}, {"smh"});
  ExpectRedacted("en", "nobody said that", {}, {"nobody"});
}

TEST(NamesSocialRecallTest, AnEverydayGivenNameOpeningAClauseBeforeSpeechOrAMessage) {
  ExpectRedacted("en", "ugh destiny texted me again", {"destiny"}, {"texted"});
  ExpectRedacted("en", "lol grace said no way", {"grace"}, {"way"});
  // A season doing what seasons do stays.
  ExpectRedacted("en", "ugh summer went by so fast", {}, {"summer"});
  ExpectRedacted("en", "ugh summer is over", {}, {"summer"});
}

TEST(NamesSocialRecallTest, CuesInAShoutedPost) {
  ExpectRedacted("en", "HAPPY BIRTHDAY TAMIKA WE LOVE YOU", {"TAMIKA"}, {"HAPPY", "LOVE"});
  ExpectRedacted("en", "THANKS KEVIN FOR EVERYTHING", {"KEVIN"}, {"EVERYTHING"});
  ExpectRedacted("en", "ME AND JESSICA WENT OUT LAST NIGHT", {"JESSICA"}, {"NIGHT"});
  ExpectRedacted("en", "MY SISTER TAMIKA IS HERE", {"TAMIKA"}, {"SISTER"});
  // The same cues before words said to anyone, or no name, stay.
  ExpectRedacted("en", "HAPPY BIRTHDAY TO ME", {}, {"BIRTHDAY"});
  ExpectRedacted("en", "THANKS GUYS FOR COMING", {}, {"GUYS"});
  ExpectRedacted("en", "RIP MY PHONE", {}, {"PHONE"});
  ExpectRedacted("en", "SHOUTOUT TO EVERYONE WHO CAME", {}, {"EVERYONE"});
}

TEST(NamesSocialRecallTest, AnEverydayGivenNameAfterAKinWordOrPairedWithAName) {
  ExpectRedacted("en", "happy bday to my sister grace, 21 finally", {"grace"}, {"sister"});
  ExpectRedacted("en", "my daughter destiny started school", {"destiny"}, {"school"});
  ExpectRedacted("en", "jimmy and ray are cooking tonight", {"jimmy", "ray"}, {"cooking"});
  ExpectRedacted("en", "tamika, destiny and jessica came", {"tamika", "destiny", "jessica"}, {"came"});
  // Not a word said to anyone, nor things joined to a name.
  ExpectRedacted("en", "my sister baby is so cute", {}, {"baby"});
  ExpectRedacted("en", "jessica and summer vacation plans", {"jessica"}, {"vacation"});
}

TEST(NamesSocialRecallTest, ANameRightAfterTheHandleAReplyOpensWith) {
  // A reply opens with the handle: the clause opens after it.
  ExpectRedacted("en", "@kay_22 tamika u coming?", {"tamika"}, {"coming"});
  ExpectRedacted("en", "@kay_22 tamika texted me", {"tamika"}, {"texted"});
  ExpectRedacted("en", "@kay_22 @jo_b tamika said no", {"tamika"}, {"said"});
  // Chat words after the handle stay.
  ExpectRedacted("en", "@kay_22 ppl said it was fine", {}, {"ppl"});
  ExpectRedacted("en", "@kay_22 looool u made me laugh", {}, {"looool"});
}

TEST(NamesSocialRecallTest, AFeaturedSingerWhoseNameIsAWord) {
  ExpectRedacted("en", "new song ft. summer walker out now", {"summer", "walker"}, {"song"});
  ExpectRedacted("en", "happy birthday grace kelly!!", {"grace", "kelly"}, {"birthday"});
  // After a name found by a cue, a word that is no surname stays.
  ExpectRedacted("en", "thanks brandon for everything", {"brandon"}, {"everything"});
}

}  // namespace
}  // namespace amparo::redaction
