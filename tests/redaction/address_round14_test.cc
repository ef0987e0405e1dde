// Streets of the European forms that generated and real letters give, in
// English sentences, through the whole redactor: German "str." glued to
// the name ("Hauptstr. 7"), Nordic and Icelandic types at a name's end
// ("Kirkebakken 23", "Bakkavegur 12", "Heimdalsbraut 8") or as a word of
// their own ("Karl Johans gate 22"), Italian, Greek and Belgian keywords
// ("Piazza Navona 2", "Odos Ermou 15", "chaussée de Wavre 1100"). Years
// after words and airport gates stay. The addresses are made up.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class AddressRound14Test : public AddressFixture {};

TEST_F(AddressRound14Test, TypeGluedToTheNameOrAfterIt) {
  ExpectStreet("en", "Deliver to Hauptstr. 7, 80331 München.", "Hauptstr. 7", {"München"});
  ExpectStreet("en", "Please return to Kirkebakken 23 in case of an issue.", "Kirkebakken 23");
  ExpectStreet("en", "Ship it to Bakkavegur 12 tomorrow.", "Bakkavegur 12");
  ExpectStreet("en", "My cousin stays at Heimdalsbraut 8 now.", "Heimdalsbraut 8");
  ExpectStreet("en", "The parcel went to Solbacken 4, near the lake.", "Solbacken 4");
  ExpectStreet("en", "Send it to Karl Johans gate 22, Oslo.", "Johans gate 22", {"Oslo"});
  ExpectStreet("en", "She lives in Eikeveien 9 now.", "Eikeveien 9");
  // A gate at an airport, a year after a season: no street.
  ExpectNoAddress("en", "We waited at gate 22 for the flight to Miami.");
  ExpectNoAddress("en", "In Spring 2019 we crossed the border.");
}

TEST_F(AddressRound14Test, ItalianGreekAndBelgianKeywords) {
  ExpectStreet("en", "Ship to Piazza Navona 2, Roma.", "Piazza Navona 2", {"Roma"});
  ExpectStreet("en", "The office is on Viale dei Mille 45, Firenze.", "Viale dei Mille 45", {"Firenze"});
  ExpectStreet("en", "Return to Odos Ermou 15, Athens.", "Odos Ermou 15", {"Athens"});
  ExpectStreet("en", "Ship to Chaussée de Wavre 1100, Bruxelles.", "Chaussée de Wavre 1100");
  ExpectStreet("fr", "Il habite chaussée de Louvain 212 à Bruxelles.", "chaussée de Louvain 212", {"Bruxelles"});
  // "Corso" and "Piazza" alone name no street: a course, a square in a
  // story.
  ExpectNoAddress("en", "We met in the Piazza after mass.");
}

}  // namespace
}  // namespace amparo::redaction
