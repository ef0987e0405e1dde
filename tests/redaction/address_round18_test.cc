// Street shapes of round 18, through the whole redactor, with made-up names:
// a given name joined by "and" to the street after it, as generators write
// an address ("Annika and Solbakkevej 12", "return to Tomas and Karlova
// 16"), and two house numbers joined by "y" after a street's comma ("Calle
// Isabel la Católica, 1 y 3"). Places and counts around them stay.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class AddressRound18Test : public AddressFixture {};

// The word before "and" is part of the address the generator wrote; a
// given name there is a person's either way, and is never kept.
TEST_F(AddressRound18Test, GivenNameJoinedToTheStreetAfterIt) {
  ExpectStreet("en", "I want to update my address to the same: Annika and Solbakkevej 12", "Annika and Solbakkevej 12");
  ExpectStreet("en", "Can you please check the following? Sanna and Holmgatan 4", "Sanna and Holmgatan 4");
  ExpectStreet("en", "Please ship it to Annika and Solbakkevej 12.", "Annika and Solbakkevej 12");
  ExpectStreet("en", "Mira Holt\nQuantell\nSanna and ul. Polna 7", "Sanna and ul. Polna 7");
  // After "at", "is", "in", "of" too, and a capital beyond Latin-1 ("Đ").
  ExpectStreet("en", "The Hdscores Inc office is at Annika and ul. Polna 7", "Annika and ul. Polna 7");
  ExpectStreet("en", "The address of Solarlist is Sanna and Holmgatan 4", "Sanna and Holmgatan 4");
  ExpectStreet("en", "Oh do they serve vegan stuff? It's in Sanna and Holmgatan 4", "Sanna and Holmgatan 4");
  ExpectStreet("en", "He lives on the north side of Annika and Solbakkevej 12.", "Annika and Solbakkevej 12");
  ExpectStreet("en", "Mira Holt\nQuantell\nĐuro and ul. Polna 7", "Đuro and ul. Polna 7");
  ExpectStreet("en", "Meet me at Łukasz and ul. Polna 7", "Łukasz and ul. Polna 7");
  // No keyword in the street: the sending cue reads it.
  ExpectStreet("en", "Please return to Tomas and Karlova 16 in case of an issue.", "Tomas and Karlova 16");
  ExpectStreet("en", "Please return to Leon and Eyravegur 66 in case of an issue.", "Leon and Eyravegur 66");
}

TEST_F(AddressRound18Test, PlacesAndCountsJoinedByAndStay) {
  ExpectGoneAndKept("en", {
      {"They sent us to Guatemala and Honduras 3 times.", {}, {"Guatemala", "Honduras"}},
      {"Send it to Lyon and Marseille 2 times.", {}, {"Lyon", "Marseille"}},
      // A town before "and" after "in" is where someone was, not the street.
      {"We lived in Oslo and Solbakkevej 12 was our house.", {"Solbakkevej"}, {"Oslo"}},
      {"Return to Tapachula and Hidalgo 25 later.", {}, {"Tapachula"}},
      {"We stayed at Oslo and Solbakkevej 12 was our house.", {"Solbakkevej"}, {"Oslo"}},
      {"The office is in Lyon and Holmgatan 4 is the shop.", {"Holmgatan"}, {"Lyon"}},
      // A lower-case word before "and" is no name.
      {"It is at the school and Holmgatan 4 is the shop.", {"Holmgatan"}, {"school"}},
  });
}

TEST_F(AddressRound18Test, TwoHouseNumbersJoinedByY) {
  ExpectStreet("es", "Hospital Miguel Servet Calle Isabel la Católica, 1 y 3 50009 Zaragoza España",
               "Calle Isabel la Católica, 1 y 3", {"Zaragoza", "España"});
  ExpectStreet("es", "Domicilio: Calle Alfonso I, 12 y 14. Zaragoza", "Calle Alfonso I, 12 y 14", {"Zaragoza"});
  ExpectStreet("es", "Remitido por: Hospital Clínico, Avda. San Juan, 4 y 6, 30003 Murcia", "Avda. San Juan, 4 y 6",
               {"Murcia"});
}

}  // namespace
}  // namespace amparo::redaction
