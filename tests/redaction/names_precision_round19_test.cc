// Person precision, round 19 (docs/redaction-evaluation.md, "Person
// precision, round 19"): words the name detector took into a person that no
// person holds. A possessive "Our" or "Your" that title case wrote with a
// capital after a name, before the noun it opens ("Is Joaquin Phoenix Our
// Modern Day Andy Kaufman"), is no part of the name, and a plural unit of
// time after a number ("in 2 Weeks") is none, nor a season after a word
// that sets a time ("this Summer"). The same shapes naming people
// keep them redacted. The sentences are made up.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesPrecisionRound19Test, TitleCasePossessiveAfterANameIsNoName) {
  ExpectGoneAndKept("en", {
      {"Is Nadia Okafor Our Modern Day Joan Baez ?", {"Nadia", "Okafor"}, {"Our Modern Day"}},
      {"Meet Ruben Castillo Your New Neighbourhood Host", {"Ruben", "Castillo"}, {"Your New"}},
      // The names on either side stay redacted, apart; a possessive before
      // a lower-case word is left to the name: nothing says title case.
      {"Is Nadia Okafor Your Ruben Castillo ?", {"Nadia", "Okafor", "Ruben", "Castillo"}, {"Your"}},
      {"I met Ruben Castillo Our in Tapachula.", {"Ruben", "Castillo"}, {}},
  });
}

TEST(NamesPrecisionRound19Test, TimeUnitAfterANumberIsNoName) {
  ExpectGoneAndKept("en", {
      {"Made 12'000 Gold in 2 Weeks ! You can do it too", {}, {"2 Weeks"}},
      {"Lose The Debt In 6 Months Or Less", {}, {"6 Months"}},
      // A surname that is a unit stays a name with no number before it.
      {"Mr Weeks took our passports at the border.", {"Weeks"}, {}},
      {"I paid Darnell Weeks 2 times.", {"Darnell", "Weeks"}, {}},
  });
}

TEST(NamesPrecisionRound19Test, SeasonAfterATimeWordIsNoName) {
  ExpectGoneAndKept("en", {
      {"We met this Summer in Texas.", {}, {"this Summer"}},
      {"See you next Summer !", {}, {"next Summer"}},
      {"It rained all Autumn long.", {}, {"all Autumn"}},
      // The given names stay redacted elsewhere, before a possessive or a
      // capitalized word, and after "since", which may open a clause.
      {"I met Summer in Texas.", {"Summer"}, {}},
      {"Summer told me to wait.", {"Summer"}, {}},
      {"We read this Summer's letter twice.", {"Summer's"}, {}},
      {"Nothing has been easy since Summer left us.", {"Summer"}, {}},
  });
}

}  // namespace
}  // namespace amparo::redaction
