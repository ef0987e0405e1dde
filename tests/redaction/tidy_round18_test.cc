// Round 18's tidy left decisions as they were; these pin the ones its
// changes passed closest to. IsEnglishBareSubject no longer lists the words
// the plural, the endings and IsSentenceAdverb answer before it: each such
// word, bare in lower case before a verb of acting, stays in clear, and a
// word of no list there is still redacted.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(TidyRound18, BareSubjectsAnsweredBeforeTheList) {
  ExpectGoneAndKept("en", {
      {"We waited and boss took our passports.", {}, {"boss took"}},
      {"At the border and security took my phone.", {}, {"security took"}},
      {"It was late and darkness hit us hard.", {}, {"darkness hit"}},
      {"We slept and finally took the bus.", {}, {"finally took"}},
      {"We waited and kwesi took my phone.", {"kwesi"}, {"took my phone"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
