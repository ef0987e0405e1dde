// A phone glued to a name in capitals ("PEDRO5512345678") or joined to it by
// a dot ("juan.5512345678") is a phone, as one joined by an underscore is; a
// code of capitals and fewer than ten digits is not.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(PhoneGluedCapsDot, CapitalsWithTenDigitsAndDotJoinedAreAPhone) {
  ExpectGoneAndKept("es", {
      {"Guárdalo PEDRO5512345678 y ya.", {"5512345678"}, {"Guárdalo", "y ya"}},
      {"Me lo pasó como tel juan.5512345678 en el chat.", {"5512345678"}, {"en el chat"}},
  });
}

// A phone dictated as a count after a word of writing down ("anota") is a
// phone; a count with no such word is a count.
TEST(PhoneGluedCapsDot, CountAfterAWordOfWritingDownIsAPhone) {
  ExpectGoneAndKept("es", {
      {"Anota, es el cuatro cinco seis siete ocho nueve diez.", {"cuatro cinco seis"}, {"Anota"}},
  });
  ExpectGoneAndKept("es", {
      {"Éramos siete, ocho, nueve, diez en la camioneta.", {}, {"siete, ocho, nueve, diez"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
