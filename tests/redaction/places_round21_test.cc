// Places, round 21: English testimony and news that name towns of the route,
// and people named like those towns. A rule that frees a town is tried on a
// person in the same position; a rule that redacts more keeps the town where
// no person is named. Invented sentences.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(PlacesRound21Test, ATownNameCalledAfterANounOfAPersonIsAPerson) {
  // Many surnames of the route are towns; after "a man called" the name
  // is the man's.
  ExpectRedacted("en", "The guide, a man called Caborca, left us near Altar.", {"Caborca"}, {"Altar"});
  ExpectRedacted("en", "A man called Tapachula beat us at the house.", {"Tapachula"});
  ExpectRedacted("en", "My cousin called Nogales lent us the money.", {"Nogales"});
  // A town called so stays a town.
  ExpectRedacted("en", "They took us to a town called Caborca.", {}, {"Caborca"});
  ExpectRedacted("en", "We reached a place called Nogales at night.", {}, {"Nogales"});
}

}  // namespace
}  // namespace amparo::redaction
