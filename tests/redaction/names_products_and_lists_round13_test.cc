// Testimony text where a person was read as a product, a site or nothing
// at all, and a thing read as a person: an unlisted surname before a badge,
// a cell or a version-like number ("Kowalczyk B4521 took my papers"), a
// nickname of two joined words as a subject ("BigBoy is the one who sold
// us"), lists of given names of no list ("Kofi, Ama and Yaw crossed"), and
// the train migrants ride after a verb of violence ("Nos golpeó el Tren").
// People are invented.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesProductsRound13Test, TheTrainAfterAVerbOfViolenceIsNoNickname) {
  ExpectRedacted("es", "Nos golpeó el Tren", {}, {"Tren"});
  ExpectRedacted("es", "Me golpeó el Tren cuando subía", {}, {"Tren"});
  ExpectRedacted("es", "Nos golpeó la Bestia", {}, {"Bestia"});
  // A nickname there stays a person.
  ExpectRedacted("es", "Me violó el Gato", {"Gato"});
  ExpectRedacted("es", "Nos robó el Zorro en la Bestia", {"Zorro"}, {"Bestia"});
}

}  // namespace
}  // namespace amparo::redaction
