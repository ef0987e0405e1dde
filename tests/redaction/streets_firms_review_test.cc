// The street and firm rules of round 12 read again for persons they let
// through and for words they take that name no one: a letterhead's firm only
// at the top of a letter, firms of data/organisations.tsv that are two
// listed names ("Morgan Stanley beat us" names two people), glued company
// endings that end given names too ("Vojtech"), courts named with a word
// that is also a name ("Court of Appeals", "Tribunal de Justice"), Haitian
// "ri a" (the street, no street's name), English "cite", and a Canadian
// province's sales tax ("Ontario pst 8%"). The sentences are made up.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(StreetsFirmsReviewTest, LetterheadOnlyAtTheTopOfALetter) {
  ExpectGoneAndKept("en", {
      // Further down a testimony, three surnames above an address are
      // people, whatever follows them.
      {"They kept us in a house for a week.\nThe men who guarded us:\nOwens, Duran and Oneal\n4471 Oak Street\n",
       {"Owens", "Duran", "Oneal"}, {}},
      {"We left on Monday.\nNobody helped us.\nThen I saw them again.\nOwens, Duran and Oneal\n4471 Oak Street",
       {"Owens", "Duran", "Oneal"}, {}},
      // A label line first is no letter's top either.
      {"Witnesses:\nOwens, Duran and Oneal\n4471 Oak Street", {"Owens", "Duran", "Oneal"}, {}},
      // The top of a letter: the first line, or the second after a
      // salutation or a quoted name.
      {"Owens, Duran and Oneal\n4471 Oak Street Suite 12\nDallas, TX 75201", {"Oak"}, {"Owens, Duran and Oneal"}},
      {"\n\nOwens, Duran and Oneal\n\n4471 Oak Street", {"Oak"}, {"Owens, Duran and Oneal"}},
      {">Linda Shaw\n>Barnett, Melton and Garcia\n>Linda Shaw\n>770 Pine Road\n", {"Linda", "Pine"},
       {"Barnett, Melton and Garcia"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
