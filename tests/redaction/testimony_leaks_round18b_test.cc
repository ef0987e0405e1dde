// Testimony leaks, round 18 (second pass): shapes round 18 left, each case
// failing on b8865a0 before its rule; the ordinary words in the same shapes
// must stay.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// "je t'appelle demain", "te llamo mañana": a verb of calling with an
// object is a phone call, and the day it names is no name. "je m'appelle
// Malikou", "me llamo yaretzi." are still names.
TEST(TestimonyLeaksRound18b, CallingSomeoneTomorrowIsNoName) {
  ExpectGoneAndKept("fr", {
      {"Malikou : je t'appelle demain", {}, {"je t'appelle demain"}},
      {"je vous appelle maintenant, promis", {}, {"je vous appelle maintenant"}},
      {"Je t'appelle bientôt.", {}, {"Je t'appelle bientôt."}},
      {"Je m'appelle Malikou et je suis venue seule", {"Malikou"}, {"Je m'appelle"}},
      {"je m'appelle malikou.", {"malikou"}, {"je m'appelle"}},
  });
  ExpectGoneAndKept("es", {
      {"te llamo mañana, no te preocupes", {}, {"te llamo mañana"}},
      {"me llamo yaretzi.", {"yaretzi"}, {"me llamo"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
