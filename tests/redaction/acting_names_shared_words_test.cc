// The names-acting-on-someone pass may take the words that can be pronouns
// from the name detector's tokens (WordsSeen::pronoun_starts) instead of
// reading every space of the text: on random texts of names, pronouns,
// verbs, digits and punctuation, short and longer than the detector's
// windows, it must add exactly the names it adds when it reads the text.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "redaction/acting_person_names.h"
#include "redaction/name_detector.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {
namespace {

std::string RandomText(std::mt19937* rng, size_t bytes) {
  static const std::vector<std::string> kWords = {
      "Juan",  "Guerrero", "Rosa",  "Pedro", "Morelos", "YEFRI",  "la",     "el",    "de",    "y",
      "me",    "te",       "nos",   "le",    "les",     "se",     "us",     "him",   "her",   "them",
      "me2",   "ME",       "Me",    "mes",   "nosotros", "sea",   "them3",  "usé",   "mé",    "le\xcc\x81",
      "pegó",  "llevó",    "robó",  "dijo",  "ayudó",   "picked", "helped", "que",   "quien", "casa",
      "1234",  "m",        "e",     "dió",   "Pérez",   "ya",     "Juan",   "Pedro", "me",    "nos"};
  static const std::vector<std::string> kBetween = {" ", " ", " ", " ", " ", " ", " ", " ", ", ", ". ",
                                                    "\n", "  ", "\t", "-", "", "(", "\"", "'"};
  std::uniform_int_distribution<size_t> word(0, kWords.size() - 1);
  std::uniform_int_distribution<size_t> between(0, kBetween.size() - 1);
  std::string text;
  while (text.size() < bytes) text += kWords[word(*rng)] + kBetween[between(*rng)];
  return text;
}

// The names the pass adds to no names, reading the text and reading the
// detector's list; their count.
size_t ExpectSameAsScan(const NameDetector& detector, const std::string& text, const char* language) {
  WordsSeen seen;
  detector.Find(text, language, &seen);
  std::vector<Finding> scanned, listed;
  const std::vector<Finding> others;
  AddNamesActingOnSomeone(text, language, PlaceGazetteer::Default(), others, &scanned);
  AddNamesActingOnSomeone(text, language, PlaceGazetteer::Default(), others, &listed, &seen.pronoun_starts);
  EXPECT_EQ(scanned.size(), listed.size()) << language;
  for (size_t k = 0; k < scanned.size() && k < listed.size(); ++k) {
    EXPECT_EQ(scanned[k].begin, listed[k].begin);
    EXPECT_EQ(scanned[k].end, listed[k].end);
  }
  return scanned.size();
}

TEST(ActingNamesSharedWordsTest, SameNamesAsReadingTheWholeText) {
  std::string error;
  auto detector = NameDetector::Create(&error);
  ASSERT_NE(detector, nullptr) << error;
  std::mt19937 rng(1126);
  size_t added = 0;
  for (int round = 0; round < 150; ++round) {
    const std::string text = RandomText(&rng, round % 10 == 0 ? 150000 : 600);
    for (const char* language : {"es", "en", ""}) {
      added += ExpectSameAsScan(*detector, text, language);
      if (HasFailure()) return;
    }
  }
  EXPECT_GT(added, 500u);  // the texts do hold names acting on someone
}

// A line with no sentence to cut at is cut after 4 windows of 64 KB, inside
// a word if no space comes within 256 bytes: here "me" of "Juan picked me,"
// is split when the pad is 290 (the cut at byte 327680 falls after its
// "m"). The words at each window's edges are listed for that.
TEST(ActingNamesSharedWordsTest, PronounsAtWindowCuts) {
  std::string error;
  auto detector = NameDetector::Create(&error);
  ASSERT_NE(detector, nullptr) << error;
  for (size_t pad : {0, 289, 290, 291}) {
    std::string text(pad, 'x');
    while (text.size() < 340000) text += " Juan picked me," + std::string(300, 'x');
    EXPECT_GT(ExpectSameAsScan(*detector, text, "en"), 1000u);
  }
}

}  // namespace
}  // namespace amparo::redaction
