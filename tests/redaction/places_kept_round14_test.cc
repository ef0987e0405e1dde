// Places the name detector took for people in social and news text, round
// 14: a name after an abbreviated "Fort" or "Santa" ("in Ft Mitchell", "Sta.
// Ana"), and the second of two towns joined by "and" after a preposition of
// place ("We stopped in Coolum and Noosa."). The same shapes stay redacted
// where a person is meant.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// "Ft" is "Fort" after a preposition of place; elsewhere it is "featuring"
// ("New song ft Jim Jones"), before a person.
TEST(PlacesKeptRound14Test, NameAfterAnAbbreviatedFort) {
  ExpectGoneAndKept("en", {{"I'm down the road in Ft Mitchell. No time to smoke.", {}, {"Mitchell"}},
                           {"We moved to Ft. Mitchell last year", {}, {"Mitchell"}},
                           {"New song ft Jim Jones out now", {"Jim", "Jones"}, {"song"}},
                           {"New track Ft. Drake tonight", {"Drake"}, {"track"}}});
}

// "Sta." is only "Santa": the saint's name after it names a town or a
// building, never a person of the text.
TEST(PlacesKeptRound14Test, NameAfterAnAbbreviatedSanta) {
  ExpectGoneAndKept("es", {{"Llegamos a Sta. Rosa y luego a Sta. Ana.", {}, {"Rosa", "Ana"}}});
  ExpectGoneAndKept("en", {{"It is raining over Sta. Ana today.", {}, {"Ana"}},
                           {"Rosa and Ana were there.", {"Rosa", "Ana"}, {"there"}}});
}

// A place of several words that OCR or a hashtag's habit wrote without its
// spaces ("NewYork", "SanPedroSula"); a person's name so joined is no place.
TEST(PlacesKeptRound14Test, PlaceOfSeveralWordsGlued) {
  ExpectGoneAndKept("fr", {{"Le Rio , sur la moins bonne tenue de NewYork , hier , fléchit", {}, {"NewYork"}}});
  ExpectGoneAndKept("es", {{"Llegamos a SanPedroSula ayer", {}, {"SanPedroSula"}},
                           {"Mi amigo JuanPérez llegó ayer", {"JuanPérez"}, {"llegó"}}});
  ExpectGoneAndKept("en", {{"My friend JohnSmith came", {"JohnSmith"}, {"friend"}},
                           {"Mr. NewYork came", {"NewYork"}, {"came"}}});
}

// A word of time in capitals after a name is no surname ("Playing in Austin
// Tonite"): the town before it is read alone. A person there stays
// redacted.
TEST(PlacesKeptRound14Test, TownBeforeAWordOfTimeInCapitals) {
  ExpectGoneAndKept("en", {{"Lucid Dementia Playing in Austin Tonite at The Scoot Inn at 1am !", {}, {"Austin", "Tonite"}},
                           {"We play in Austin Tomorrow", {}, {"Austin", "Tomorrow"}},
                           {"Call Kerbrat Tonight about it", {"Kerbrat"}, {"Tonight"}},
                           {"Austin Tonight said no", {"Austin"}, {"said"}}});
}

}  // namespace
}  // namespace amparo::redaction
