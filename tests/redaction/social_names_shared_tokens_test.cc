// The lower-case post names pass may take the name detector's tokens of a
// text it read as one window (WordsSeen::tokens) instead of tokenizing the
// text again: those must be text::Tokenize()'s, none for a longer text (its
// memory stays bounded), and the pass must add exactly the names it adds
// when it tokenizes the text itself.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "redaction/name_detector.h"
#include "redaction/name_detector_text.h"
#include "redaction/place_gazetteer.h"
#include "redaction/social_names.h"

namespace amparo::redaction {
namespace {

std::string RandomPost(std::mt19937* rng, size_t bytes) {
  static const std::vector<std::string> kWords = {
      "happy", "birthday", "tamika", "miss",    "you",     "kyle",   "love",   "u",     "grace",  "thanks",
      "KEVIN", "MARIA",    "HAPPY",  "BIRTHDAY", "dj",     "finese", "DJ",     "SPARKLE", "MC",   "Thunder",
      "Keppinger", "gets", "sits",   "Zendaya", "and",     "Tom",    "Holland", "#JustinBieber", "#kimkardashian",
      "houston", "brandon", "at",    "in",      "the",     "aren't", "rip",    "quavontae", "abuelito", "juan",
      "Pedro",  "Ramírez", "pedro",  "with",    "sarah",   "brittany", "ME",   "JESSICA", "@kay_22", "Ñuñez"};
  static const std::vector<std::string> kBetween = {" ", " ", " ", " ", " ", " ", ", ", ". ", "! ",
                                                    "\n", "  ", "\t", "&", "", "\"", "'", ": "};
  std::uniform_int_distribution<size_t> word(0, kWords.size() - 1);
  std::uniform_int_distribution<size_t> between(0, kBetween.size() - 1);
  std::string text;
  while (text.size() < bytes) text += kWords[word(*rng)] + kBetween[between(*rng)];
  return text;
}

void ExpectSameTokens(const text::Tokens& a, const text::Tokens& b) {
  ASSERT_EQ(a.tokens.size(), b.tokens.size());
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    const text::Token& x = a.tokens[i];
    const text::Token& y = b.tokens[i];
    ASSERT_EQ(x.begin, y.begin);
    ASSERT_EQ(x.end, y.end);
    ASSERT_EQ(a.Folded(x), b.Folded(y));
    ASSERT_EQ(x.hash, y.hash);
    ASSERT_EQ(x.first, y.first);
    ASSERT_EQ(x.word, y.word);
    ASSERT_EQ(x.capitalized, y.capitalized);
    ASSERT_EQ(x.all_caps, y.all_caps);
    ASSERT_EQ(x.has_digit, y.has_digit);
    ASSERT_EQ(x.has_letter, y.has_letter);
    ASSERT_EQ(x.space_before, y.space_before);
    ASSERT_EQ(x.newline_before, y.newline_before);
  }
}

TEST(SocialNamesSharedTokensTest, DetectorKeepsTheTokensOfOneWindowOnly) {
  std::string error;
  auto detector = NameDetector::Create(&error);
  ASSERT_NE(detector, nullptr) << error;
  std::mt19937 rng(1127);
  const std::string text = RandomPost(&rng, 3000);
  WordsSeen seen;
  detector->Find(text, "en", &seen);
  text::Tokens own;
  text::Tokenize(text, &own);
  ASSERT_GT(own.tokens.size(), 500u);
  ExpectSameTokens(seen.tokens, own);
  // A text of several windows: none, even after a shorter text.
  const std::string longer = RandomPost(&rng, 70000);
  detector->Find(longer, "en", &seen);
  EXPECT_TRUE(seen.tokens.tokens.empty());
  EXPECT_TRUE(seen.tokens.folded.empty());
}

TEST(SocialNamesSharedTokensTest, SameNamesAsTokenizingTheText) {
  std::string error;
  auto detector = NameDetector::Create(&error);
  ASSERT_NE(detector, nullptr) << error;
  std::mt19937 rng(1128);
  size_t added = 0;
  for (int round = 0; round < 80; ++round) {
    const std::string text = RandomPost(&rng, round % 20 == 0 ? 70000 : 800);
    WordsSeen seen;
    const std::vector<Finding> found = detector->Find(text, "en", &seen);
    std::vector<Finding> tokenized = found, shared = found;
    AddLowerCasePostNames(text, "en", PlaceGazetteer::Default(), &tokenized);
    AddLowerCasePostNames(text, "en", PlaceGazetteer::Default(), &shared,
                          seen.tokens.tokens.empty() ? nullptr : &seen.tokens);
    ASSERT_EQ(tokenized.size(), shared.size());
    for (size_t k = 0; k < tokenized.size(); ++k) {
      EXPECT_EQ(tokenized[k].begin, shared[k].begin);
      EXPECT_EQ(tokenized[k].end, shared[k].end);
    }
    added += tokenized.size() - found.size();
  }
  EXPECT_GT(added, 200u);  // the posts do hold lower-case names
}

}  // namespace
}  // namespace amparo::redaction
