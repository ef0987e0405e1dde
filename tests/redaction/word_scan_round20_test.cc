// FindEachWord (word_scan.h) runs its sixteen-byte loop unrolled for each
// number of distinct pairs (one to eight), and compares a word's first byte
// before the rest: for every such number, each word is found at every
// offset of a text (its start and end, across a line break, a pair astride
// two blocks), as std::string_view::find() finds it, and in the order of
// the pairs' offsets.
#include "redaction/word_scan.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace amparo::redaction {
namespace {

struct Place {
  size_t offset;
  size_t word;
  bool operator==(const Place& o) const { return offset == o.offset && word == o.word; }
  bool operator<(const Place& o) const { return offset != o.offset ? offset < o.offset : word < o.word; }
};

// What FindEachWord calls, in its order.
std::vector<Place> Found(const std::string& text, const std::vector<ScanWord>& words) {
  std::vector<Place> found;
  FindEachWord(text, words.data(), words.size(), [&](size_t p, size_t k) { found.push_back({p, k}); });
  return found;
}

std::vector<Place> Expected(const std::string& text, const std::vector<ScanWord>& words) {
  std::vector<Place> expected;
  for (size_t k = 0; k < words.size(); ++k) {
    for (size_t p = text.find(words[k].word); p != std::string::npos; p = text.find(words[k].word, p + 1)) {
      expected.push_back({p, k});
    }
  }
  std::sort(expected.begin(), expected.end());
  return expected;
}

// The first `count` words of eight with eight distinct pairs, and with
// them (when there is room) a word sharing the pair of the first.
std::vector<ScanWord> WordsWithDistinctPairs(size_t count) {
  static const ScanWord kWords[] = {{"coyote", 1}, {"pollero", 2}, {"lanchero", 2}, {"chofer", 2},
                                    {"gu\xC3\xAD" "a", 0}, {"smuggler", 3}, {"Ti-", 0}, {"passeur", 2}};
  std::vector<ScanWord> words(kWords, kWords + count);
  if (count < 8) words.push_back({"pollera", 2});  // the pair "ll" of "pollero"
  return words;
}

void ExpectSameAsFind(const std::string& text, const std::vector<ScanWord>& words) {
  const std::vector<Place> found = Found(text, words);
  std::vector<Place> sorted = found;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(sorted, Expected(text, words)) << text;
  // In the order of the pairs' offsets.
  for (size_t i = 1; i < found.size(); ++i) {
    EXPECT_LE(found[i - 1].offset + words[found[i - 1].word].pair, found[i].offset + words[found[i].word].pair)
        << text;
  }
}

TEST(WordScanRound20, EachWordAtEveryOffsetForEachCountOfPairs) {
  const std::string filler = "la noche cruzamos el rio, ella y el hombre\nllegamos";
  for (size_t count = 1; count <= 8; ++count) {
    const std::vector<ScanWord> words = WordsWithDistinctPairs(count);
    for (const ScanWord& w : words) {
      for (size_t at = 0; at <= filler.size(); ++at) {
        // Alone, at the text's start and end, after a line break.
        ExpectSameAsFind(filler.substr(0, at) + std::string(w.word) + filler.substr(at), words);
        ExpectSameAsFind(filler.substr(0, at) + std::string(w.word), words);
        ExpectSameAsFind(std::string(w.word) + filler.substr(0, at), words);
        ExpectSameAsFind(filler.substr(0, at) + "\n" + std::string(w.word) + "\n" + filler.substr(at), words);
      }
    }
  }
}

TEST(WordScanRound20, PairWithoutItsWordOrFirstByteIsNoPlace) {
  // "ll" with no "po" before it, "oy" of "hoy" and "voy", "of" of "chofe" and "xhofer"
  // without the rest: nothing found, whatever the offset.
  const std::vector<ScanWord> words = WordsWithDistinctPairs(8);
  for (size_t at = 0; at < 40; ++at) {
    const std::string text = std::string(at, ' ') + "ella hoy voy xollero colleros chofe xhofer coyot";
    EXPECT_TRUE(Found(text, words).empty()) << text;
  }
  EXPECT_EQ(Found(std::string(40, ' ') + "pollero", words).size(), 1u);
}

TEST(WordScanRound20, RandomTextsOfWordPieces) {
  std::mt19937 random(20);
  const std::vector<std::string> pieces = {"coy", "ote", "pol", "ler", "o", "a", "ll", "gu", "\xC3\xAD", "ch",
                                           "ofer", "Ti", "-", " ", "\n", "lan", "smug", "gler", "pas", "seur"};
  for (size_t count = 1; count <= 8; ++count) {
    const std::vector<ScanWord> words = WordsWithDistinctPairs(count);
    for (int round = 0; round < 300; ++round) {
      std::string text;
      const size_t length = random() % 60;
      for (size_t i = 0; i < length; ++i) text += pieces[random() % pieces.size()];
      ExpectSameAsFind(text, words);
    }
  }
}

}  // namespace
}  // namespace amparo::redaction
