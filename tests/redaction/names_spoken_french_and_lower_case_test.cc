// Names that rules written for other texts left in clear: spoken French
// where an "à" that OCR damages into "il", "i" or "ù" is only a word of the
// speaker ("On a payé i Kaboré"), a full name in lower case whose given name
// is an ordinary word too ("rosa mendez"), a surname that is a place word
// ("Daniel Park") and a name after "Signé :". The people are invented.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesSignedTest, TheNameAfterSigneIsAPerson) {
  ExpectRedacted("fr", "Signé : Carlos Mendoza, 12 mars 2024.", {"Carlos"});
  ExpectRedacted("fr", "Signé : Carlos Mendoza.", {"Carlos", "Mendoza"});
  ExpectRedacted("fr", "Signé: Pierre Dupont", {"Pierre", "Dupont"});
}

}  // namespace
}  // namespace amparo::redaction
