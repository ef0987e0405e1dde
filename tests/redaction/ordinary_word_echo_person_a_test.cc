// A name that is also a dictionary word, echoed in lower case: after the
// Spanish personal "a" or before "y yo" it is the person, not the word.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(OrdinaryWordEchoPersonA, PersonalAAndYYoKeepTheEchoAPerson) {
  ExpectGoneAndKept("es", {
      {"Mi hermana se llama Celeste Ruiz. El hombre golpeó a celeste en la estación.", {"Celeste", "celeste"},
       {"estación"}},
      {"Mi hermana se llama Alba Ruiz. En Tapachula le pegaron a alba.", {"Alba", "alba"}, {"Tapachula"}},
      {"Mi hermana se llama Alba Ruiz. Luego la alba y yo cruzamos el río.", {"Alba", "alba"}, {"cruzamos"}},
  });
  ExpectGoneAndKept("es", {
      {"Mi hermana se llama Celeste Ruiz. Llevaba un suéter celeste.", {"Celeste Ruiz"}, {"suéter celeste"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
