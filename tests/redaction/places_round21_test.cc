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

TEST(PlacesRound21Test, ATownAfterAGivenNameIsTheSurnameInEnglish) {
  ExpectRedacted("en", "My friend Juan Nogales helped us cross.", {"Juan", "Nogales"});
  ExpectRedacted("en", "In Esteli a woman named Esperanza Ocotal let us sleep in her yard.",
                 {"Esperanza", "Ocotal"});
  ExpectRedacted("en", "The smuggler was Pedro Laredo, a tall man.", {"Pedro", "Laredo"});
  // A town after a given name that is a town too, after a preposition of
  // place, and a town that opens a longer name stay.
  ExpectRedacted("en", "We lived in Santiago Chile for two years.", {}, {"Santiago", "Chile"});
  ExpectRedacted("en", "I went with Maria to Houston on Monday.", {"Maria"}, {"Houston"});
  ExpectRedacted("en", "We watched Maria Houston Rockets games.", {"Maria"}, {"Rockets"});
}

TEST(PlacesRound21Test, ATownInARouteOfSpacedDashesIsKept) {
  // A route written with dashes between its towns is a list of places.
  ExpectRedacted("en", "He had flown Dhaka - Dubai - Sao Paulo before walking north.", {}, {"Dhaka", "Dubai"});
  ExpectRedacted("en", "They flew Kabul \xE2\x80\x93 Doha \xE2\x80\x93 Bogota in one week.", {}, {"Kabul"});
  ExpectRedacted("en", "Route: Sylhet \xE2\x80\x93 Dhaka \xE2\x80\x93 Dubai.", {}, {"Dhaka"});
  // A person beside a town across a dash stays a person.
  ExpectRedacted("en", "Thanks to Pedro - Dubai was hard without him.", {"Pedro"});
  ExpectRedacted("en", "Message from Kwame Mensah - Dubai, March.", {"Kwame", "Mensah"});
}

TEST(PlacesRound21Test, ATownThatIsANameEndingAListOfPlacesReachedIsKept) {
  // "Tripoli" and "Kano" are surnames too: a place where a list of places
  // a preposition of place opened ends with it.
  ExpectRedacted("en", "Left home in 2019 and went through Agadez and Tripoli.", {}, {"Agadez", "Tripoli"});
  ExpectRedacted("en", "We came from Niamey, Agadez and Kano.", {}, {"Kano"});
  // A person in the same place: a verb after it, a person before it, or
  // "to" after a verb that takes people.
  ExpectRedacted("en", "I went to Dubai and Kano told me to wait.", {"Kano"});
  ExpectRedacted("en", "I talked to Agadez and Kano.", {"Kano"});
  ExpectRedacted("en", "We went through Houston and Austin.", {"Austin"});
  ExpectRedacted("en", "I stayed in Dubai with Kano.", {"Kano"});
}

TEST(PlacesRound21Test, ATownBeforeANounOfWhatATownHasIsKept) {
  ExpectRedacted("en", "Orlando traffic is the worst.", {}, {"Orlando"});
  ExpectRedacted("en", "Charlotte traffic again, third time this month", {}, {"Charlotte"});
  ExpectRedacted("en", "Madison police arrested two men.", {}, {"Madison"});
  // A person cue before the name, a possessive, or a name of no gazetteer
  // keep the person.
  ExpectRedacted("en", "My friend Orlando traffic was bad so he was late.", {"Orlando"});
  ExpectRedacted("en", "I told Austin weather was bad.", {"Austin"});
  ExpectRedacted("en", "Maria traffic was bad.", {"Maria"});
}

TEST(PlacesRound21Test, ALandformAfterTheAndAnAdjectiveIsNoPerson) {
  ExpectRedacted("en", "We were in the Sonoran Desert four days.", {}, {"Sonoran Desert"});
  ExpectRedacted("en", "We crossed the Mexican Desert on foot.", {}, {"Mexican Desert"});
  // A person beside such a word stays redacted.
  ExpectRedacted("en", "I met Maria Desert at the shelter.", {"Maria"});
}

}  // namespace
}  // namespace amparo::redaction
