// The lower-case post names pass may take the name detector's tokens of its
// first window (WordsSeen::tokens, the whole text when it is one window)
// instead of tokenizing its own first window again: those must be
// text::Tokenize()'s of that window only (memory stays bounded), and the
// pass must add exactly the names it adds when it tokenizes the text itself,
// whether its first window ends where the detector's does, before it after a
// line break or a space, or anywhere (a long run of letters).
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

std::string RandomPost(std::mt19937* rng, size_t bytes, bool one_line = false) {
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
  while (text.size() < bytes) {
    std::string b = kBetween[between(*rng)];
    if (one_line && b == "\n") b = " ";
    text += kWords[word(*rng)] + b;
  }
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

TEST(SocialNamesSharedTokensTest, DetectorKeepsTheTokensOfItsFirstWindowOnly) {
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
  EXPECT_EQ(seen.tokens_end, text.size());
  // A text of several windows: the first one's.
  const std::string longer = RandomPost(&rng, 200000);
  detector->Find(longer, "en", &seen);
  ASSERT_GE(seen.tokens_end, 65536u);
  ASSERT_LT(seen.tokens_end, longer.size());
  text::Tokenize(std::string_view(longer).substr(0, seen.tokens_end), &own);
  ExpectSameTokens(seen.tokens, own);
}

TEST(SocialNamesSharedTokensTest, SameNamesAsTokenizingTheText) {
  std::string error;
  auto detector = NameDetector::Create(&error);
  ASSERT_NE(detector, nullptr) << error;
  std::mt19937 rng(1128);
  size_t added = 0;
  for (int round = 0; round < 90; ++round) {
    std::string text = RandomPost(&rng, round % 10 == 0 ? 70000 : 800, /*one_line=*/round % 20 == 10);
    // A first window the pass cuts inside a word: no space nor line break in
    // the last 32 KB before 64 KB.
    if (round == 30) text = std::string(40000, 'a') + " " + std::string(60000, 'b') + " " + text;
    WordsSeen seen;
    const std::vector<Finding> found = detector->Find(text, "en", &seen);
    std::vector<Finding> tokenized = found, shared = found;
    AddLowerCasePostNames(text, "en", PlaceGazetteer::Default(), &tokenized);
    AddLowerCasePostNames(text, "en", PlaceGazetteer::Default(), &shared,
                          seen.tokens.tokens.empty() ? nullptr : &seen.tokens, seen.tokens_end);
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
