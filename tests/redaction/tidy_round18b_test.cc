// Round 18's second tidy wrote once what passes had each written out; these
// pin the shared helpers on their own.
#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/name_lists.h"
#include "redaction/place_veto.h"

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

// DropMarkedUnlessAPersonNamesThem: a marked finding goes unless a person
// finding left unmarked names its word (in any case); another marked
// finding's word does not keep it; the rest keep their order.
TEST(TidyRound18b, MarkedFindingsStayWhenAPersonNamesThem) {
  const std::string_view text = "M. Jean Kabore a dit ... en KABORE, puis Lyon et Lyon";
  const size_t jean = text.find("Jean"), kabore = text.find("KABORE"), lyon1 = text.find("Lyon"),
               lyon2 = text.rfind("Lyon");
  std::vector<Finding> findings = {PersonFinding(jean, jean + 11), PersonFinding(kabore, kabore + 6),
                                   PersonFinding(lyon1, lyon1 + 4), PersonFinding(lyon2, lyon2 + 4)};
  DropMarkedUnlessAPersonNamesThem(text, {0, 1, 1, 1}, &findings);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].begin, jean);
  EXPECT_EQ(findings[1].begin, kabore);

  // A marked finding is kept by an unmarked one that is not a person only
  // if a person names its word: a phone names no one.
  std::vector<Finding> others = {PersonFinding(lyon1, lyon1 + 4), PersonFinding(lyon2, lyon2 + 4)};
  others[0].type = IdentifierType::kPhone;
  DropMarkedUnlessAPersonNamesThem(text, {0, 1}, &others);
  ASSERT_EQ(others.size(), 1u);
  EXPECT_EQ(others[0].type, IdentifierType::kPhone);
}

// kNameLists: the lists of names, and no list that says a word is no one's.
TEST(TidyRound18b, NameListsAreTheListsOfNames) {
  for (uint32_t flag : {kGivenName, kSurname, kNameWord, kRouteName}) EXPECT_NE(kNameLists & flag, 0u);
  for (uint32_t flag : {kStopWord, kMonth, kTitle, kDemonym, kOrgWord, kPlaceSuffix, kKinCue}) {
    EXPECT_EQ(kNameLists & flag, 0u);
  }
}

// AddressFinding: the late address passes' finding, as the pattern
// detector's address rules report one.
TEST(TidyRound18b, AddressFindingIsThePatternDetectorsAddress) {
  const Finding f = AddressFinding(3, 17);
  EXPECT_EQ(f.begin, 3u);
  EXPECT_EQ(f.end, 17u);
  EXPECT_EQ(f.type, IdentifierType::kAddress);
  EXPECT_STREQ(f.detector, "pattern");
  EXPECT_FLOAT_EQ(f.confidence, 0.7f);
  EXPECT_EQ(f.person_group, -1);
}

}  // namespace
}  // namespace amparo::redaction
