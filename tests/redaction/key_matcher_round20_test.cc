// KeyMatcher::Scan() looks, 64 bytes at a time, at the bytes before words
// that open with one of the keys' first letters; the comparisons with
// those letters are unrolled for their count (one to eight; more, or a key
// opening otherwise, and every boundary is looked at). For each count, each
// key is found at every offset of a text (its start and end, after a line
// break, an accented letter or a sign, a block's last byte), and nowhere
// glued to a word.
#include "redaction/key_matcher.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <utility>
#include <vector>

namespace amparo::redaction {
namespace {

// (key, begin) of every match.
std::vector<std::pair<int, size_t>> Found(const KeyMatcher& m, const std::string& text) {
  std::vector<std::pair<int, size_t>> out;
  for (const KeyMatcher::Match& match : m.Scan(text)) out.push_back({match.key, match.begin});
  return out;
}

// Keys opening with nine distinct letters; the first `count` of them.
const std::vector<std::string>& Keys() {
  static const std::vector<std::string> kKeys = {"yahir", "mejia", "jesus", "ramirez", "chuy",
                                                 "kofi",  "ama",   "tunde", "oseo"};
  return kKeys;
}

TEST(KeyMatcherRound20, EachKeyAtEveryOffsetForEachCountOfFirstLetters) {
  const std::string filler = "Cruzamos el r\xC3\xADo de noche, con miedo.\nLlegamos al otro lado sin nada";
  for (size_t count = 1; count <= Keys().size(); ++count) {
    KeyMatcher m;
    std::vector<int> ids;
    for (size_t k = 0; k < count; ++k) ids.push_back(m.AddFolded(0, Keys()[k]));
    for (size_t k = 0; k < count; ++k) {
      std::string written = Keys()[k];
      written[0] = static_cast<char>(written[0] - 32);  // "Yahir"
      for (size_t at = 0; at <= filler.size(); ++at) {
        // Cut only between code points ("í" is two bytes).
        if (at > 0 && at < filler.size() && (static_cast<unsigned char>(filler[at]) & 0xC0) == 0x80) continue;
        const std::string head = filler.substr(0, at);
        for (const std::string& before : {std::string(" "), std::string("\n"), std::string("("),
                                          std::string("\xC2\xBF"), std::string()}) {
          const std::string text = head + before + written + ", " + filler.substr(at);
          // A key right after a letter or digit is glued to a word.
          const bool glued = before.empty() && !head.empty() &&
                             (static_cast<unsigned char>(head.back()) >= 0x80 ||
                              std::isalnum(static_cast<unsigned char>(head.back())) != 0);
          const std::vector<std::pair<int, size_t>> expected =
              glued ? std::vector<std::pair<int, size_t>>{}
                    : std::vector<std::pair<int, size_t>>{{ids[k], head.size() + before.size()}};
          EXPECT_EQ(Found(m, text), expected) << count << " letters: " << text;
        }
        // At the text's end.
        const std::string at_end = head + " " + written;
        EXPECT_EQ(Found(m, at_end), (std::vector<std::pair<int, size_t>>{{ids[k], head.size() + 1}})) << at_end;
      }
    }
  }
}

}  // namespace
}  // namespace amparo::redaction
