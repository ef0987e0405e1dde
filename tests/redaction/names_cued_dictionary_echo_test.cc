// A name given after a naming cue in English that some dictionary also lists
// ("my name is Borna Jerković": "borna" is a word of a dictionary) comes back
// later as the same person, capitalized or in lower case ("everyone calls me
// borna"). The sentences are made up for this test.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesCuedDictionaryEchoTest, LaterMentionsOfACuedNameGo) {
  ExpectGoneAndKept("en", {
      {"My name is Borna Jerković but everyone calls me borna.", {"Borna", "borna", "Jerković"}, {"everyone"}},
      {"My name is Borna Jerković. Later borna left for Tijuana.", {"Borna", "borna"}, {"Tijuana"}},
      {"my name is borna jerković but everyone calls me borna", {"borna", "jerković"}, {"everyone"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
