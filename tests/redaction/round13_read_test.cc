// Rules of round 13 that kept a person's name in clear, read again with the
// sentences of testimonies: the French nature nouns before a name ("près du
// ruisseau Kaboré nous a frappés"), a hyphenated word with a town after a
// possessive "de" ("le camion de Yubelkis-Tapachula"), and a headline's
// town before a shout ("L' Dieuseul MON FRERE EST MORT"). Each case failed on 23bbe00; the places after them must stay.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(Round13Read, NatureNounBeforeAPersonWhoActs) {
  ExpectGoneAndKept("fr", {
      {"Près du ruisseau Kaboré nous a frappés.", {"Kaboré"}, {"ruisseau"}},
      {"Au bord de l'étang Joseph a disparu.", {"Joseph"}, {"étang"}},
      {"Derrière le massif Ouédraogo nous cherchait.", {"Ouédraogo"}, {"massif"}},
      {"On a traversé le torrent Diallo devant, moi derrière.", {"Diallo"}, {"torrent"}},
  });
}

TEST(Round13Read, HyphenatedNameWithATownAfterAPossessive) {
  ExpectGoneAndKept("fr", {
      {"le camion de Yubelkis-Tapachula nous attendait.", {"Yubelkis"}, {"camion"}},
  });
}

TEST(Round13Read, ShoutAfterANameOpeningTheLine) {
  ExpectGoneAndKept("fr", {
      {"L' Dieuseul MON FRERE EST MORT.", {"Dieuseul"}, {"FRERE"}},
  });
}

// A number after a name is an amount in the currencies of the archive's
// regions too, and in millions or thousands: no version of a product.
TEST(Round13Read, AmountInRegionalCurrencyAfterAName) {
  ExpectGoneAndKept("en", {
      {"Okonkwo 2.1 million naira was the ransom", {"Okonkwo"}, {"naira"}},
      {"Yefri 1.5 gourdes per bag", {"Yefri"}, {"gourdes"}},
      {"Ubuntu 22.04 was installed", {}, {"Ubuntu"}},
  });
}

// Over-redaction: English posts call their kin by Spanish words after a
// shout-out or "rip"; the person named after them stays redacted.
TEST(Round13Read, SpanishKinWordsInEnglishPostsAreNoNames) {
  ExpectGoneAndKept("en", {
      {"shoutout to mija for the ride", {}, {"mija"}},
      {"rip abuelito we miss you", {}, {"abuelito"}},
      {"rip abuelito juan", {"juan"}, {"abuelito"}},
      {"shoutout to destiny for the ride", {"destiny"}, {}},
  });
}

}  // namespace
}  // namespace amparo::redaction
