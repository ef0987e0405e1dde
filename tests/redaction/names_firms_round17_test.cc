// Person precision, round 17 (docs/redaction-evaluation.md, "Person
// precision, round 17"): firms named after their partners, read by their
// form and where they stand rather than by their words. Two surnames
// glued by a hyphen ("Yates-Garner") or three in a list ("Hensley, Ingram
// and Kirby") are a firm after "works at", "a year at", "employed by",
// "<name> from ... is", before "office", "website", ", a law firm", and
// beside another company's name; the list also after "work for" and before
// "account". One unknown word is a firm after "a year at" or before
// "website". A company word the name took alone ("Pruitt Partners",
// "Pennington and Sons") and the surname before "Clinic", "University",
// "Council" are no person either. Under a signature (a name at the
// letter's top, or a name and a trade) the firm's surnames need not be on
// a list, an initial is no stop word ("Karin M. Beike"), and a block
// written all in lower case reads the same with listed surnames. The same
// surnames naming people stay redacted: after a title, in a list with a
// verb, after "worked for" alone, before a possessive. The names are made
// up and none is in the tuning data.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesFirmsRound17Test, HyphenatedFirmWhereOnlyAFirmStands) {
  ExpectGoneAndKept("en", {
      {"She works at Yates-Garner in Leeds.", {}, {"Yates-Garner"}},
      {"He is employed by Pruitt-Rowe.", {}, {"Pruitt-Rowe"}},
      {"Pennington-Blackwell, a company based in Denver, hired him.", {}, {"Pennington-Blackwell"}},
      {"Laura Whitaker from Harrington-Blackwell is the keynote speaker", {"Laura", "Whitaker"},
       {"Harrington-Blackwell"}},
      {"Laura Whitaker is from Underwood-Yates", {"Laura", "Whitaker"}, {"Underwood-Yates"}},
      {"Laura Whitaker spent a year at Garner-Hensley as the assistant to Tom Ingram.",
       {"Laura", "Whitaker", "Ingram"}, {"Garner-Hensley"}},
      {"The Kirby-Maddox office is at 12 Oak Street, Denver", {}, {"Kirby-Maddox"}},
      {"York-Whitaker is a design agency based in Leeds.", {}, {"York-Whitaker"}},
      {"the car makers of Detroit: Whitaker Group, Lockhart Group and Sutton-Holloway.", {},
       {"Sutton-Holloway"}},
  });
}

TEST(NamesFirmsRound17Test, ListedFirmWhereOnlyAFirmStands) {
  ExpectGoneAndKept("en", {
      {"the car makers of Detroit: Oakley, Ingram and Rowe, Sutton-Talbot and Prescott Group.", {},
       {"Oakley, Ingram and Rowe", "Sutton-Talbot"}},
      {"Laura Kent spent a year at Whitaker LLC, which later became Lockhart, Prescott and Talbot in 2014.",
       {"Laura", "Kent"}, {"Lockhart, Prescott and Talbot"}},
      {"I work for Harrington, Blackwell and Mercer", {}, {"Harrington, Blackwell and Mercer"}},
      {"She works at Hensley, Ingram and Kirby in Leeds.", {}, {"Hensley, Ingram and Kirby"}},
      {"He is employed by Sutton, York and Whitaker.", {}, {"Sutton, York and Whitaker"}},
      {"Mercer, Underwood and Yates, a law firm in Denver, hired him.", {}, {"Mercer, Underwood and Yates"}},
      {"Laura Whitaker from Harrington, Blackwell and Mercer is the keynote speaker", {"Laura"},
       {"Harrington, Blackwell and Mercer"}},
      {"Holloway, Pennington and Harrington is a design agency based in Leeds.", {},
       {"Holloway, Pennington and Harrington"}},
  });
}

TEST(NamesFirmsRound17Test, OneWordFirmWhereOnlyAFirmStands) {
  ExpectGoneAndKept("en", {
      {"Laura Whitaker spent a year at Pennington as the assistant to Tom Ingram.", {"Whitaker", "Ingram"},
       {"Pennington"}},
      {"Laura Whitaker from Underwood is the keynote speaker", {"Whitaker"}, {"Underwood"}},
      {"Laura Whitaker is from Blackwell.", {"Whitaker"}, {"Blackwell"}},
      {"getting paid, according to the Harrington website.", {}, {"Harrington"}},
  });
}

TEST(NamesFirmsRound17Test, CompanyAndInstitutionWords) {
  ExpectGoneAndKept("en", {
      {"Pruitt Partners hired me.", {}, {"Pruitt Partners"}},
      {"the car makers of Detroit: Kirby Inc, Oakley-Mercer and Pennington and Sons.", {},
       {"Pennington and Sons"}},
      {"I was taken to the Underwood Clinic.", {}, {"Underwood Clinic"}},
      {"She studied at Yates University.", {}, {"Yates University"}},
      {"The Prescott Council and Calloway Department of Health refused.", {},
       {"Prescott Council", "Calloway Department"}},
  });
}

TEST(NamesFirmsRound17Test, FirmUnderASignature) {
  ExpectGoneAndKept("en", {
      // Surnames of no list under a name and a trade.
      {"Emily Stone\nAccount manager\nCalloway-Prescott\n12 Main Street\nSpringfield", {"Emily", "Stone"},
       {"Calloway-Prescott"}},
      // Right under the name heading the letter, no trade.
      {"Dana Kirby\nMaddox-Pruitt\n4471 Oak Street\nDenver, CO 80202\n555-123-4567 office", {"Dana", "Kirby"},
       {"Maddox-Pruitt"}},
      // An initial in the name.
      {"Karin M. Beike\nBilling specialist\nHolt-Pruitt\n1200 Birch Avenue\nDenver, CO 80202", {"Karin", "Beike"},
       {"Holt-Pruitt"}},
  });
}

TEST(NamesFirmsRound17Test, OneWordFirmUnderASignature) {
  ExpectGoneAndKept("en", {
      {"Laura Kent\nPennington\n4471 Elm Street\nTulsa, OK 74101\n555-201-3344 office", {"Laura", "Kent"},
       {"Pennington"}},
      {">Laura Kent\n>Holloway\n>Tom Reyes\n>4471 Elm Street\n>Tulsa", {"Laura", "Kent", "Reyes"}, {"Holloway"}},
      {"Laura Kent\nClaims adjuster\nBrightwave Media\n4471 Elm Street\nTulsa, OK 74101", {"Laura", "Kent"},
       {"Brightwave Media"}},
      // Further down a testimony, people.
      {"We were held for weeks.\nDana Kirby\nPennington\n4471 Oak Street", {"Pennington"}, {}},
      // Alone at the top, the writer.
      {"Whitaker\n\n4471 Elm Street\nTulsa, OK 74101", {"Whitaker"}, {}},
  });
}

TEST(NamesFirmsRound17Test, LowerCaseFirmUnderALowerCaseNameAndTrade) {
  ExpectGoneAndKept("en", {
      {"naomi ryan\nsewer pipe cleaner\nhubbard, fox and gillespie\n3747 fourth avenue suite 112",
       {"naomi", "ryan"}, {"hubbard, fox and gillespie"}},
      {"naomi ryan\nsewer pipe cleaner\nhubbard-gillespie\n3747 fourth avenue suite 112", {"naomi", "ryan"},
       {"hubbard-gillespie"}},
      // No trade, or a capitalized name above: people.
      {"we were held.\nnaomi ryan\nhubbard, fox and gillespie\n3747 fourth avenue suite 112",
       {"hubbard", "gillespie"}, {}},
      {"Naomi Ryan\nsewer pipe cleaner\nhubbard, fox and gillespie\n3747 fourth avenue suite 112",
       {"hubbard", "gillespie"}, {}},
  });
}

TEST(NamesFirmsRound17Test, PeopleWithTheSameSurnamesStayRedacted) {
  ExpectGoneAndKept("en", {
      {"Mr. Whitaker called yesterday.", {"Whitaker"}, {}},
      {"Whitaker said the money was gone.", {"Whitaker"}, {}},
      {"Dear Ms. Holloway, thank you.", {"Holloway"}, {}},
      {"Signed, Pennington", {"Pennington"}, {}},
      {"Harrington, Blackwell and Mercer visited us.", {"Harrington", "Blackwell", "Mercer"}, {}},
      {"The men who guarded us were Harrington, Blackwell and Mercer.", {"Harrington", "Blackwell", "Mercer"}, {}},
      {"I talked with Hensley, Ingram and Kirby about the case.", {"Hensley", "Ingram", "Kirby"}, {}},
      {"I worked for Underwood for two years.", {"Underwood"}, {}},
      // A double surname is a person's often enough after "work for" and
      // before "account".
      {"I work for Holloway-Pennington", {"Holloway", "Pennington"}, {}},
      {"Please close the Hensley-Ingram account.", {"Hensley", "Ingram"}, {}},
      {"The address of Maddox-Pruitt is 12 Oak Street, Denver", {"Maddox", "Pruitt"}, {}},
      {"I was beaten by Yates-Garner.", {"Yates", "Garner"}, {}},
      {"The farm, which later became Lockhart, Prescott and Talbot's, was sold.", {"Lockhart", "Prescott", "Talbot"},
       {}},
      {"Ms. Yates-Garner works at Hensley Inc.", {"Yates", "Garner"}, {"Hensley Inc"}},
      {"Anna Yates-Garner works at the bank.", {"Anna", "Yates", "Garner"}, {}},
      // One word: its owner before a possessive, a sender, a job's giver.
      {"He spent a year at Whitaker's farm.", {"Whitaker"}, {}},
      {"Help from Whitaker was needed.", {"Whitaker"}, {}},
      {"The letter is from Whitaker.", {"Whitaker"}, {}},
      {"I got a job at Whitaker's shop.", {"Whitaker"}, {}},
      {"Laura Whitaker spent a year at Rosa's house.", {"Rosa"}, {}},
      // Given names are no firm.
      {"She works at Jean-Pierre in Leeds.", {"Jean-Pierre"}, {}},
      // Under a name further down a testimony, people.
      {"We were held for weeks.\nThe guards:\nDana Kirby\nMaddox-Pruitt\n4471 Oak Street", {"Maddox", "Pruitt"},
       {}},
  });
}

}  // namespace
}  // namespace amparo::redaction
