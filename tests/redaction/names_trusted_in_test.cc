// A name after "en" is a place ("en Tapachula"), unless the words before it
// take a person: one trusts or believes in someone ("confiaba en Yefri",
// "j'avais confiance en Yefri"). A survivor says so of the smuggler who sold
// them, so the name must go; people are invented.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesTrustedInTest, SpanishTrustOrBeliefInSomeone) {
  ExpectRedacted("es", "Yo confiaba en Yefri, pero nos vendió.", {"Yefri"}, {"vendió"});
  ExpectRedacted("es", "Creía en Yefri.", {"Yefri"}, {"Creía"});
  ExpectRedacted("es", "Yo tenía confianza en Yefri porque era del pueblo.", {"Yefri"}, {"pueblo"});
  // A town after "en" stays.
  ExpectRedacted("es", "Yo confiaba en que llegaríamos a Tapachula.", {}, {"Tapachula"});
  ExpectRedacted("es", "Vivíamos en Tapachula.", {}, {"Tapachula"});
}

TEST(NamesTrustedInTest, FrenchTrustOrBeliefInSomeone) {
  ExpectRedacted("fr", "J'avais confiance en Yefri, mais il nous a vendus.", {"Yefri"}, {"vendus"});
  ExpectRedacted("fr", "Elle croyait en Yefri.", {"Yefri"}, {"croyait"});
  ExpectRedacted("fr", "Nous sommes restés en Bretagne.", {}, {"Bretagne"});
}

}  // namespace
}  // namespace amparo::redaction
