// Round 18's second tidy wrote once what passes had each written out; these
// pin the shared helpers on their own.
#include <gtest/gtest.h>

#include "redaction/finding.h"

namespace amparo::redaction {
namespace {

// IsGuessedPerson: a person the name detector's passes found, not a name
// intake listed nor another detector's finding.
TEST(TidyRound18b, GuessedPersonIsTheNameDetectorsPerson) {
  EXPECT_TRUE(IsGuessedPerson(PersonFinding(0, 4)));
  Finding survivor = PersonFinding(0, 4);
  survivor.type = IdentifierType::kSurvivorName;
  EXPECT_TRUE(IsGuessedPerson(survivor));
  Finding known = PersonFinding(0, 4);
  known.detector = "known";
  EXPECT_FALSE(IsGuessedPerson(known));
  Finding phone = PersonFinding(0, 4);
  phone.type = IdentifierType::kPhone;
  EXPECT_FALSE(IsGuessedPerson(phone));
  Finding named_like = PersonFinding(0, 4);
  named_like.detector = "names_extra";
  EXPECT_FALSE(IsGuessedPerson(named_like));
}

}  // namespace
}  // namespace amparo::redaction
