// Haitian given names in Kreyòl spelling ("Pyè", "Jak", "Lwi", "Wobè") are
// names, while the everyday Kreyòl words some of them fold to ("jan"
// manner, "mari" husband, "pye" foot, "mak" mark) stay in clear in lower
// case; and a month's abbreviation that is a given name ("Jan") is a month
// only in a date.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(KreyolNamesRound15Test, KreyolSpellingsOfGivenNamesAreRemoved) {
  ExpectRedacted("ht", "Mwen te avè Jan ak Pyè lè polis yo te rive.", {"Jan", "Pyè"}, {"Mwen te avè"});
  ExpectRedacted("ht", "Jak ak Lwi te kite nou nan mitan rivyè a.", {"Jak", "Lwi"}, {"rivyè"});
  ExpectRedacted("ht", "Se Wobè ki te vann nou bay gwoup la.", {"Wobè"});
  ExpectRedacted("ht", "Nou te kite Ayiti an janvye, epi Jera te tann nou Chili.", {"Jera"},
                 {"Ayiti", "janvye", "Chili"});
  ExpectRedacted("ht", "Pyè te bat nou. Mak te pran lajan nou.", {"Pyè", "Mak"});
  ExpectRedacted("en", "My cousin Pyè stayed in Monterrey with Jozèf.", {"Pyè", "Jozèf"}, {"Monterrey"});
  ExpectRedacted("fr", "Mon frère Wobè et Lwi sont restés à Santiago.", {"Wobè", "Lwi"}, {"Santiago"});
}

TEST(KreyolNamesRound15Test, EverydayWordsTheNamesFoldToStayInLowerCase) {
  ExpectRedacted("ht", "Se jan li fè a, mari m te di sa.", {}, {"jan li fè a", "mari m"});
  ExpectRedacted("ht", "Nou te mache a pye ak Pyè pandan twa jou.", {"Pyè"}, {"a pye ak"});
  ExpectRedacted("ht", "Yo te frape l, li gen yon mak sou do l. Mak te la.", {"Mak te"}, {"yon mak sou"});
  ExpectRedacted("ht", "Se jan Jan te fè a.", {"Jan te"}, {"Se jan"});
}

TEST(KreyolNamesRound15Test, JanIsAMonthOnlyInADate) {
  ExpectRedacted("ht", "Nou te rive. Jan te bat nou.", {"Jan"}, {"Nou te rive."});
  ExpectRedacted("ht", "Jan te di nou rete.", {"Jan"});
  ExpectRedacted("ht", "Jan ak Mari te pran lajan nou.", {"Jan", "Mari"});
  ExpectRedacted("en", "Jan came with us.", {"Jan"}, {"came with us"});
  // The month next to a year, a day, another month or a word of time.
  EXPECT_EQ(RedactedText("In Jan 2020 we left.", "en"), "In Jan 2020 we left.");
  EXPECT_EQ(RedactedText("We waited from Jan to Mar in Tapachula.", "en"),
            "We waited from Jan to Mar in Tapachula.");
  EXPECT_EQ(RedactedText("In Jan we left.", "en"), "In Jan we left.");
  EXPECT_EQ(RedactedText("We left on 12 Jan.", "en"), "We left on 12 Jan.");
  EXPECT_EQ(RedactedText("From Jan-Feb 2020 we waited.", "en"), "From Jan-Feb 2020 we waited.");
  // A full date is still generalized to its month and year.
  const std::string out = RedactedText("Jan came with us. We arrived Jan. 5, 2021.", "en");
  EXPECT_EQ(out.find("Jan came"), std::string::npos) << out;
  EXPECT_EQ(out.find('5'), std::string::npos) << out;
  EXPECT_NE(out.find("2021"), std::string::npos) << out;
}

// "rele" is "to be named" and "to call": after it an everyday Kreyòl word
// ("rele sou telefòn", "rele nan pòt la") opens no name.
TEST(KreyolNamesRound15Test, AnEverydayWordAfterReleIsNoName) {
  ExpectRedacted("ht", "Se Pòl ki te rele sou telefòn nan pou mande lajan.", {"Pòl"},
                 {"rele sou telefòn nan pou mande lajan"});
  ExpectRedacted("ht", "Manman m te rele nan pòt la.", {}, {"rele nan pòt la"});
  ExpectRedacted("ht", "Mwen rele Jozèf. Sè m rele wozlin.", {"Jozèf", "wozlin"}, {"Mwen rele", "Sè m rele"});
}

// An abbreviation that a dictionary has as a word ("mar", the sea) keeps
// its month flag: the word is likelier than the name there.
TEST(KreyolNamesRound15Test, AnAbbreviationThatIsAWordStaysBlocked) {
  EXPECT_EQ(RedactedText("Cruzamos el Mar Caribe en lancha.", "es"), "Cruzamos el Mar Caribe en lancha.");
  ExpectRedacted("ht", "Jan te bat nou.", {"Jan"});
}

// In capitals too ("ak JAN"), while a date in capitals keeps its month
// ("12 JAN 2020").
TEST(KreyolNamesRound15Test, JanInCapitalsIsAMonthOnlyInADate) {
  ExpectRedacted("ht", "Nou te rive ak JAN nan Tapachula.", {"JAN"}, {"Nou te rive ak", "Tapachula"});
  const std::string out = RedactedText("We left on 12 JAN 2020.", "en");
  EXPECT_NE(out.find("2020"), std::string::npos) << out;
  EXPECT_EQ(out.find("PERSON"), std::string::npos) << out;
}

}  // namespace
}  // namespace amparo::redaction
