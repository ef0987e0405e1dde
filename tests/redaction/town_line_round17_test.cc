// The town line of an address block: after a street and its unit, a town
// followed by its region code and postal code, or by a country on the next
// line, is the town even when its words are given names ("Suite 638 /
// Hania Bazid, 43 73313", "Apt. 271 / St Felicien / Canada 36523" were
// taken for persons). A person named after an address without them stays
// redacted. The addresses are made up.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(TownLineRound17Test, TownBeforeItsRegionAndPostalCode) {
  ExpectGoneAndKept("en", {
      {"Please mail it to 4410 Larchmont Avenue Apt. 7\nSt Benedict, QC 20931",
       {"4410", "20931"}, {"St Benedict,"}},
      {"and 04862 Victor Hugo u. 49. Suite 90\nHelena Dorsk, 41 55210", {"Hugo u. 49"}, {"Helena Dorsk"}},
      {"Address: 77 Via Cerreto 5 Apt. 51\nPonte San Lorenzo, VT 01020", {"Cerreto"}, {"Ponte San Lorenzo"}},
      {"Ship to 310 Kalvebod 12 Apt. 8, Grand-Hallet, Belgium 41230", {"Kalvebod"}, {"Grand-Hallet"}},
      {"Address:\n220 Fő utca 9. Suite 14 Marion BY.", {"utca"}, {"Marion BY."}},
  });
}

TEST(TownLineRound17Test, TownBeforeACountryLine) {
  ExpectGoneAndKept("en", {
      {"We stayed at 818 Rue Du Moulin\n Apt. 40\n St Valentin\n Canada 52210 in May.", {"Moulin"},
       {"St Valentin"}},
      {"The office is at 55 Harbour Street\n Suite 300\n Little Marion\n New Zealand.", {"Harbour"},
       {"Little Marion"}},
  });
}

TEST(TownLineRound17Test, PersonsAfterAnAddressStay) {
  ExpectGoneAndKept("en", {
      {"I lived at 14 Oak Street, Ramírez.", {"Ramírez"}, {}},
      {"They kept us at 12 Elm Street Apt 4, Laura Kent, who helped us.", {"Laura", "Kent"}, {}},
      {"Send it to 9 Pine Road Apt. 3\nJohn Whitaker\nThank you.", {"John", "Whitaker"}, {}},
      {"Send it to 9 Pine Road Apt. 3 John Whitaker", {"John", "Whitaker"}, {}},
  });
}

}  // namespace
}  // namespace amparo::redaction
