// The names-acting-on-someone pass finds the spaces before a pronoun eight
// bytes at a time (acting_person_names.cc, NextSpaceBeforeAPronoun): a name
// acting on someone is found wherever the pronoun falls in those eight
// bytes, and when the sentence ends the text.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(ActingNamesScanTest, FoundAtEveryOffsetOfTheEightByteScan) {
  for (size_t pad = 0; pad < 17; ++pad) {
    const std::string lines(pad, '\n');
    ExpectRedacted("es", lines + "Guerrero se llevó las mochilas.", {"Guerrero"});
    ExpectRedacted("es", lines + "Ese día Juárez le pegó a mi hijo.", {"Juárez"});
    // The pronoun and its verb are the text's last bytes.
    ExpectRedacted("es", lines + "Y Guerrero se llevó", {"Guerrero"});
    ExpectRedacted("en", lines + "Guadalupe and Pedro picked us", {"Guadalupe", "Pedro"});
  }
}

}  // namespace
}  // namespace amparo::redaction
