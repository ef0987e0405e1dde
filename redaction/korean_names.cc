#include "redaction/korean_names.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "redaction/byte_scan.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// The most common Korean surnames in their usual romanizations (about four
// in five Koreans bear one of them).
bool KoreanSurname(std::string_view w) {
  static constexpr std::string_view kSurnames[] = {
      "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh",   "Seo",
      "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Yang", "Son", "Bae",
      "Baek", "Nam", "Noh", "Ha", "Kwak", "Sung", "Cha", "Woo", "Min", "Ryu", "Chung", "Yu", "Ban", "Rhee"};
  return std::ranges::find(kSurnames, w) != std::end(kSurnames);
}

// A syllable of 2-5 ASCII letters over text[b, e): the first a capital when
// `capital`, the others lower case.
bool Syllable(std::string_view text, size_t b, size_t e, bool capital) {
  if (e < b + 2 || e > b + 5) return false;
  for (size_t k = b; k < e; ++k) {
    const char c = text[k];
    const bool ok = (k == b && capital) ? (c >= 'A' && c <= 'Z') : IsAsciiLower(c);
    if (!ok) return false;
  }
  return true;
}

// The first word of an English compound written with a capital in a title
// or after a word that is also a Korean surname ("Park Well-known", "Moon
// Long-term", "Song Self-made"): no given name's syllable.
bool CompoundHead(std::string_view w) {
  static constexpr std::string_view kHeads[] = {"Well", "Long", "Self", "Full", "Part", "High", "Low", "Post",
                                                "Anti", "Non",  "Pre",  "Co",   "Half", "Short", "Old", "New",
                                                "Re",   "Ex",   "Mid",  "Over", "All",  "Cross", "Top", "Up",
                                                "Ice",  "Far",  "Hard", "Big",  "Off",  "Out",   "One", "Two"};
  return std::ranges::find(kHeads, w) != std::end(kHeads);
}

}  // namespace

void AddKoreanNamesSurnameFirst(std::string_view text, std::vector<Finding>* names) {
  size_t at = 0;
  while (at < text.size()) {
    const void* hit = std::memchr(text.data() + at, '-', text.size() - at);
    if (hit == nullptr) break;
    const size_t dash = static_cast<const char*>(hit) - text.data();
    at = dash + 1;
    // The given name's first syllable, then its second. Look-behinds are
    // bounded by the scans' own checks against 0.
    size_t b1 = dash;
    while (b1 > 0 && IsLetterByte(static_cast<unsigned char>(text[b1 - 1]))) --b1;
    size_t e2 = dash + 1;
    while (e2 < text.size() && IsLetterByte(static_cast<unsigned char>(text[e2]))) ++e2;
    if (!Syllable(text, b1, dash, true) || !Syllable(text, dash + 1, e2, false)) continue;
    if (e2 < text.size() && (text[e2] == '-' || text[e2] == '\'')) {
      if (text.substr(e2, 2) != "'s") continue;
    }
    // The surname, one space before, opening its word.
    if (b1 < 3 || text[b1 - 1] != ' ') continue;
    size_t sb = b1 - 1;
    while (sb > 0 && IsLetterByte(static_cast<unsigned char>(text[sb - 1]))) --sb;
    if (!KoreanSurname(text.substr(sb, b1 - 1 - sb))) continue;
    if (sb > 0 && (text[sb - 1] == '-' || text[sb - 1] == '\'')) continue;
    if (CompoundHead(text.substr(b1, dash - b1))) continue;
    names->push_back(PersonFinding(sb, e2, 0.8f));
  }
}

}  // namespace amparo::redaction
