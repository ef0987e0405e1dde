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

// "He Jun": "He" is a surname of millions and the English pronoun; before
// a given name of a pinyin syllable's shape that no dictionary holds as a
// word (or a listed given name, or "Jun"), not in a line in title case, it
// is a full name. "He Ran away", "He Sang" are verbs.
TEST(TestimonyLeaksRound18b, HeAsAChineseSurname) {
  ExpectGoneAndKept("en", {
      {"My friend He Jun came with us to the border.", {"Jun"}, {"My friend", "came with us"}},
      {"He Jun came with us.", {"Jun"}, {"came with us"}},
      {"He Ran away from the camp.", {}, {"He Ran away"}},
      {"Then He Sang a song.", {}, {"He Sang"}},
      {"He said no.", {}, {"He said no."}},
  });
  ExpectGoneAndKept("es", {{"Mi amigo He Jun vino con nosotros.", {"Jun"}, {"vino con nosotros"}}});
}

// "Contacto:\nRosa", "Testigo\nLuz": a listed given name alone under a
// heading (a line of up to four words ending in ':', or one capitalized
// word opening its block) is the field's value, a person, though it is an
// everyday word too. A month or a town stays; a list of words is no heading.
TEST(TestimonyLeaksRound18b, GivenNameAloneUnderAHeading) {
  ExpectGoneAndKept("es", {
      {"Contacto:\nRosa\n555 0199", {"Rosa"}, {"Contacto:"}},
      {"Gracias por escuchar.\n\nTestigo\nLuz", {"Luz"}, {"Testigo"}},
      {"Responsable:\nRosa", {"Rosa"}, {"Responsable:"}},
      {"Mes:\nMayo", {}, {"Mayo"}},
      {"Ciudad:\nMercedes", {}, {"Mercedes"}},
      {"Colores\n\nRosa\nAzul", {}, {"Rosa"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
