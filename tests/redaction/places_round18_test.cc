// Places kept, round 18: towns of French news that a general rule or the
// towns' data keeps, not words learned from the tuning sets. The parts of
// a hyphenated commune's name are towns ("Inzinzac-Lochrist" gives
// "Lochrist"); a town of the lists after "par", or after "de" (and OCR's
// "do", "dc") that follows a word in lower case, is the town. People stay
// redacted: a title, a kin word or a name before "de", a given name or
// surname of the lists, a verb of speech after. Invented sentences.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(PlacesRound18Test, APartOfAHyphenatedCommuneIsATown) {
  // "Inzinzac-Lochrist", "Pléneuf-Val-André": each part a town of its own.
  // "partis pour", "dans" say a place only of a listed town.
  ExpectRedacted("fr", "Yves Kerhervé et les ouvriers sont partis pour Lochrist ce matin .", {"Kerhervé"},
                 {"Lochrist"});
  ExpectRedacted("fr", "Il habite dans Pléneuf depuis un an .", {}, {"Pléneuf"});
}

TEST(PlacesRound18Test, APartOfACommuneNamedAsAPersonStaysAPerson) {
  // A title before it: a person, whatever the towns' lists say.
  ExpectRedacted("fr", "M. Lochrist nous a frappés devant la mairie .", {"Lochrist"});
  // A saint's name after "Saint" is no town part ("Saint-Amarin").
  ExpectRedacted("fr", "Le passeur Amarin nous a frappés .", {"Amarin"});
}

}  // namespace
}  // namespace amparo::redaction
