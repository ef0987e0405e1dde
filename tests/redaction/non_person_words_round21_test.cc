// A season after a word that sets a time and a time unit after a number are
// read from the finding's folded bytes, folded once for every test of
// DropNonPersonWords: these pin both at their edges (case, accents that fold
// away, near misses), as they were when each test folded the bytes itself.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "redaction/non_person_words.h"

namespace amparo::redaction {
namespace {

// True if DropNonPersonWords keeps the guessed name `word` where it first
// stands in text.
bool Kept(const std::string& text, const std::string& word) {
  const size_t at = text.find(word);
  EXPECT_NE(at, std::string::npos) << word;
  Finding f;
  f.begin = at;
  f.end = at + word.size();
  f.type = IdentifierType::kPersonName;
  f.detector = "names";
  std::vector<Finding> findings = {f};
  DropNonPersonWords(text, &findings);
  return findings.size() == 1 && findings[0].begin == f.begin && findings[0].end == f.end;
}

TEST(NonPersonWordsRound21Test, SeasonsAfterATimeWord) {
  EXPECT_FALSE(Kept("We left this Summer and came back.", "Summer"));
  EXPECT_FALSE(Kept("We left next AUTUMN and came back.", "AUTUMN"));
  EXPECT_FALSE(Kept("It rained all Winter long.", "Winter"));
  EXPECT_FALSE(Kept("We met last Fall in the camp.", "Fall"));
  EXPECT_FALSE(Kept("We met every Spring there.", "Spring"));
  EXPECT_FALSE(Kept("We left this Sümmer and came back.", "Sümmer"));  // folds to "summer"
  EXPECT_TRUE(Kept("We left with Summer and came back.", "Summer"));
  EXPECT_TRUE(Kept("We left this Summers and came back.", "Summers"));
  EXPECT_TRUE(Kept("We left this Summer Reyes there.", "Summer"));
  EXPECT_TRUE(Kept("since Summer left us", "Summer"));
}

TEST(NonPersonWordsRound21Test, TimeUnitsAfterANumber) {
  EXPECT_FALSE(Kept("We waited 3 Weeks at the border.", "Weeks"));
  EXPECT_FALSE(Kept("We waited 10 HOURS at the border.", "HOURS"));
  EXPECT_FALSE(Kept("It took 2 Years.", "Years"));
  EXPECT_TRUE(Kept("We waited with Weeks at the border.", "Weeks"));
  EXPECT_TRUE(Kept("We waited 3 Weekss at the border.", "Weekss"));
  EXPECT_TRUE(Kept("We waited 3  Weeks at the border.", "Weeks"));  // two spaces: no count
}

}  // namespace
}  // namespace amparo::redaction
