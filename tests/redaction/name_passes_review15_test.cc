// Items of a review of the subject-position pass and the place veto: the
// Haitian rule that reads a word opening a sentence before an act ("Zelle
// te bat nou") must read adjacent words only, not a word across a comma or
// a dash ("Okay, pran lajan nou"); the particles before a name ("Abu Karim")
// must grow over the name in one pass over the findings, whatever their
// number.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "redaction/place_gazetteer.h"
#include "redaction/subject_position_names.h"
#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamePassesReview15, HaitianOpenerReadsAdjacentWordsOnly) {
  ExpectGoneAndKept("ht", {
      // A word before the verb, a comma or a dash between: it is not the
      // verb's subject.
      {"Nou te rive. Okay, pran lajan nou.", {}, {"Okay"}},
      {"Nou te rive. Okay \xE2\x80\x94 pran lajan nou.", {}, {"Okay"}},
      {"Nou te rive. Okay - pran lajan nou.", {}, {"Okay"}},
      {"Nou te rive. Wifi, pran lajan nou.", {}, {"Wifi"}},
      // The tense and the verb, or the verb and its object, apart.
      {"Nou te rive. Twitch te, bat nou.", {}, {"Twitch"}},
      {"Nou te rive. Twitch pran,lajan nou.", {}, {"Twitch"}},
      // Adjacent, the word opening the sentence is still someone.
      {"Zelle te bat nou.", {"Zelle"}, {"te bat nou"}},
      {"Zelle ede nou.", {"Zelle"}, {"ede nou"}},
      {"Nou te rive. Twitch pran lajan nou.", {"Twitch"}, {"pran lajan nou"}},
      {"Nou te rive. Zelle t bat nou.", {"Zelle"}, {"bat nou"}},
      {"Nou te rive. Zelle t'bat nou.", {"Zelle"}, {"bat nou"}},
  });
}

Finding Person(size_t begin, size_t end) {
  Finding f;
  f.begin = begin;
  f.end = end;
  f.type = IdentifierType::kPersonName;
  f.detector = "names";
  f.confidence = 0.9f;
  return f;
}

std::string_view Covered(std::string_view text, const Finding& f) { return text.substr(f.begin, f.end - f.begin); }

// A particle right before a person found: the finding grows over it, once;
// not where another finding covers the particle already, and of two
// findings that start at the same word only the first grows (the second
// is then covered by it).
TEST(NamePassesReview15, ParticleBeforeANameGrowsTheFinding) {
  const std::string text = "We met Abu Karim Said there, and Big Mike too.";
  const size_t karim = text.find("Karim"), mike = text.find("Mike");
  std::vector<Finding> names = {Person(karim, karim + 10), Person(karim, karim + 5), Person(mike, mike + 4)};
  AddNamesInSubjectPositions(text, "en", PlaceGazetteer::Default(), {}, &names);
  ASSERT_EQ(names.size(), 3u);
  EXPECT_EQ(Covered(text, names[0]), "Abu Karim Said");
  EXPECT_EQ(Covered(text, names[1]), "Karim");
  EXPECT_EQ(Covered(text, names[2]), "Big Mike");
  // Another finding over "Big" ("and Big") leaves "Mike" as it is.
  names = {Person(mike, mike + 4)};
  const size_t big = text.find("and Big");
  AddNamesInSubjectPositions(text, "en", PlaceGazetteer::Default(), {Person(big, big + 7)}, &names);
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(Covered(text, names[0]), "Mike");
}

// Many names after particles, in a text pasted as one line: each is
// checked against the findings before it once, not against every finding
// (100000 findings made 10^10 comparisons).
TEST(NamePassesReview15, ManyParticlesBeforeNames) {
  const std::string unit = "we met Abu Karim. ";
  const size_t units = 100000;  // 1.8 MB
  std::string text;
  for (size_t i = 0; i < units; ++i) text += unit;
  std::vector<Finding> names;
  for (size_t at = text.find("Karim"); at != std::string::npos; at = text.find("Karim", at + 1)) {
    names.push_back(Person(at, at + 5));
  }
  AddNamesInSubjectPositions(text, "en", PlaceGazetteer::Default(), {}, &names);
  ASSERT_EQ(names.size(), units);
  size_t grown = 0;
  for (const Finding& f : names) grown += Covered(text, f) == "Abu Karim";
  EXPECT_EQ(grown, units);
}

}  // namespace
}  // namespace amparo::redaction
