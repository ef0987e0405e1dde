// What follows a name in English posts and testimonies is not always a
// product's code: an amount, a distance, a time or an officer's badge
// after a name leaves it a person ("I gave Yefri 20.00 dollars", "The agent
// Kowalczyk B4521"), and so does a nickname of two joined words where a
// person stands ("BigBoy took our money"), and a listed surname after "r/".
// What stays in clear: chat abbreviations after a kin word ("my aunt wya"),
// a dose per day ("20 u/day"), and a French page or port mark far from a
// shipping column counts for no column. People are invented.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesCodesAfterNamesTest, AnAmountADistanceOrATimeAfterANameIsNoVersion) {
  ExpectRedacted("en", "I gave Yefri 20.00 dollars for the ride", {"Yefri"}, {"dollars", "ride"});
  ExpectRedacted("en", "We walked with Okonkwo 3.5 km to the river", {"Okonkwo"}, {"km", "river"});
  ExpectRedacted("en", "Then Yefri 10.30 at night came back with water", {"Yefri"}, {"night", "water"});
  ExpectRedacted("en", "Then Okonkwo 2.5 miles later stopped the truck", {"Okonkwo"}, {"truck"});
  ExpectRedacted("en", "Later Okonkwo 7.45 pm called us", {"Okonkwo"}, {"called"});
  ExpectRedacted("en", "The day after, Okonkwo 7.45 p.m. called us", {"Okonkwo"}, {"called"});
  // Products before their version stay.
  ExpectRedacted("en", "my Godot 3.5 project crashes", {}, {"Godot"});
  ExpectRedacted("en", "we run Kubuntu 20.04 at work", {}, {"Kubuntu"});
}

TEST(NamesCodesAfterNamesTest, AnUnlistedNameOpeningASentenceBeforeANumberIsAPerson) {
  // The name detector took a word of no list and no dictionary opening a
  // sentence only before a word in lower case.
  ExpectRedacted("en", "Yefri 10.30 at night came back", {"Yefri"}, {"night"});
  ExpectRedacted("en", "Okonkwo 3.5 km later we stopped", {"Okonkwo"}, {"stopped"});
  ExpectRedacted("en", "we run Kubuntu 20.04 at work. Kubuntu 20.04 is great", {}, {"Kubuntu"});
}

TEST(NamesCodesAfterNamesTest, ACodeAfterAPersonCueIsABadgeOrANickname) {
  ExpectRedacted("en", "The agent Kowalczyk B4521 took my papers", {"Kowalczyk"}, {"agent", "papers"});
  ExpectRedacted("en", "They called Yefri C12 in the camp", {"Yefri"}, {"camp"});
  ExpectRedacted("en", "The officer Brzezinski K9 searched the bus", {"Brzezinski"}, {"bus"});
  ExpectRedacted("en", "I went with Okonkwo T800 to the checkpoint", {"Okonkwo"}, {"checkpoint"});
  // A product after an ordinary word stays.
  ExpectRedacted("en", "has anyone tried the new Galaxy S21? the camera is amazing", {}, {"Galaxy"});
  ExpectRedacted("en", "my old Xperia Z3 still works", {}, {"Xperia"});
}

TEST(NamesCodesAfterNamesTest, AJoinedNicknameWherePersonsStandIsAPerson) {
  ExpectRedacted("en", "BigBoy took our money at the border", {"BigBoy"}, {"money", "border"});
  ExpectRedacted("en", "PrettyBoy hit me twice", {"PrettyBoy"}, {"twice"});
  ExpectRedacted("en", "GodsPower told us to run", {"GodsPower"}, {"run"});
  ExpectRedacted("en", "I went with BigBoy to the river", {"BigBoy"}, {"river"});
  ExpectRedacted("en", "the man they called PrettyBoy had a gun", {"PrettyBoy"}, {"gun"});
  // Products and sites so written stay.
  ExpectRedacted("en", "I love the new JabberDuck app", {}, {"JabberDuck"});
  ExpectRedacted("en", "time for some SilkWorm music", {}, {"SilkWorm"});
  ExpectRedacted("en", "JabberDuck crashed again on my phone", {}, {"JabberDuck"});
}

TEST(NamesCodesAfterNamesTest, AListedSurnameOrAPersonCuedAfterRSlashIsAPerson) {
  ExpectRedacted("en", "you could ask r/Gonzalez about the papers", {"Gonzalez"}, {"papers"});
  ExpectRedacted("en", "ask r/Okonkwo, he knows the road", {"Okonkwo"}, {"road"});
  // A forum stays.
  ExpectRedacted("en", "as /u/Marisol-Q said in r/AskReddit", {"Marisol"}, {"AskReddit"});
  ExpectRedacted("en", "I posted it in r/Kubuntu yesterday", {}, {"Kubuntu"});
  ExpectRedacted("en", "just ask r/AskReddit", {}, {"AskReddit"});
}

TEST(NamesCodesAfterNamesTest, AWordNamedAsAPersonElsewhereIsNoProductOrForum) {
  ExpectRedacted("en", "I went with BigBoy to the river. Later BigBoy is the one who knows the road.",
                 {"BigBoy"}, {"river", "road"});
  ExpectRedacted("en", "I went with BigBoy to the river. The next day, BigBoy was gone.", {"BigBoy"},
                 {"river"});
  ExpectRedacted("en", "We crossed with Okonkwo at night. The photos are in r/Okonkwo now.", {"Okonkwo"},
                 {"photos"});
  // A product named twice stays.
  ExpectRedacted("en", "my Godot 3.5 project crashes. Godot 3.5 is slow", {}, {"Godot"});
}

TEST(NamesCodesAfterNamesTest, ChatAbbreviationsAfterAKinWordAreNoNames) {
  ExpectRedacted("en", "my aunt wya", {}, {"wya"});
  ExpectRedacted("en", "my uncle ofc came to pick us up", {}, {"ofc"});
  ExpectRedacted("en", "my cousin lowkey wants to leave", {}, {"lowkey"});
  ExpectRedacted("en", "my sister idk where she is", {}, {"idk"});
  // A name of no list there is still found.
  ExpectRedacted("en", "my sister tashonda is here", {"tashonda"}, {"sister"});
}

TEST(NamesCodesAfterNamesTest, AUnitPerDayAfterANumberIsNoHandle) {
  ExpectRedacted("en", "they gave him 20 u/day of insulin", {}, {"u/day", "insulin"});
  ExpectRedacted("en", "take 3 u/dose before meals", {}, {"u/dose"});
  // Reddit users stay handles, also after a number.
  ExpectRedacted("en", "thanks u/kentington_88 for the fix", {"kentington"}, {"thanks", "fix"});
  ExpectRedacted("en", "shoutout 2 u/kentington_88 for the fix", {"kentington"}, {"fix"});
}

TEST(NamesCodesAfterNamesTest, PageMarksFarFromAShippingColumnCountForNone) {
  // A short column of ships at the top of a long page; far below, a letter
  // signed for someone ("p." for "pour") names a person.
  std::string text =
      "MOUVEMENT DES NAVIRES . Arrivés à Marseille , le 21 , Héloïse , c. Kerbrat , de Cardiff . "
      "le 22 , Anatole , c. Le Floch , de Swansea . le 23 , « Bérengère » , p. Oran de Marseille . ";
  for (int i = 0; i < 30; ++i) {
    text += "Nous avons marché pendant des jours sans eau et sans nourriture vers la frontière . ";
  }
  text += "La lettre était signée , p. Kaboré , et le passeur nous attendait .";
  ExpectRedacted("fr", text, {"Kaboré", "Kerbrat"}, {"Héloïse", "Anatole", "frontière"});
}

}  // namespace
}  // namespace amparo::redaction
