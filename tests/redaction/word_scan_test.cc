// FindEachWord (word_scan.h) gives every place of every word, as a search
// of each with std::string_view::find() would, in the sixteen-byte blocks
// and the tail alike.
#include "redaction/word_scan.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <string>
#include <utility>
#include <vector>

namespace amparo::redaction {
namespace {

std::vector<std::pair<size_t, size_t>> Found(const std::string& text, const std::vector<ScanWord>& words) {
  std::vector<std::pair<size_t, size_t>> found;
  FindEachWord(text, words.data(), words.size(), [&](size_t p, size_t k) { found.emplace_back(p, k); });
  std::sort(found.begin(), found.end());
  return found;
}

std::vector<std::pair<size_t, size_t>> Expected(const std::string& text, const std::vector<ScanWord>& words) {
  std::vector<std::pair<size_t, size_t>> expected;
  for (size_t k = 0; k < words.size(); ++k) {
    for (size_t p = text.find(words[k].word); p != std::string::npos; p = text.find(words[k].word, p + 1)) {
      expected.emplace_back(p, k);
    }
  }
  std::sort(expected.begin(), expected.end());
  return expected;
}

TEST(WordScanTest, FindsEveryPlaceOfEveryWord) {
  const std::vector<ScanWord> words = {{"coyote", 1}, {"pollero", 2}, {"pollera", 2}, {"Ti-", 0}, {"Ti ", 0}};
  const std::string text =
      "El coyote y la pollera. Ti-Jan y Ti Paul con el coyotecoyote; un pollero, otro pollero y Ti-";
  EXPECT_EQ(Found(text, words), Expected(text, words));
  EXPECT_EQ(Found(text, words).size(), 9u);
  // Every length and every offset of a word in a block.
  for (size_t pad = 0; pad < 40; ++pad) {
    const std::string padded = std::string(pad, 'x') + "coyote" + std::string(pad % 5, ' ');
    EXPECT_EQ(Found(padded, words), Expected(padded, words)) << pad;
  }
  EXPECT_TRUE(Found("", words).empty());
  EXPECT_TRUE(Found("c", words).empty());
}

}  // namespace
}  // namespace amparo::redaction
