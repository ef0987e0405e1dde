// Word tokens and case/accent folding shared by the name detector and the
// place gazetteer.
//
// Tokenize() splits UTF-8 text in one pass into word tokens (runs of letters,
// combining marks and digits) and single punctuation code points; whitespace
// is skipped but remembered on the next token. Offsets are byte offsets on
// code point boundaries. Fold() lower-cases and strips accents ("Juárez" ->
// "juarez", "ÑUÑEZ" -> "nunez") with a table for Latin scripts, so the
// lookups that follow are plain hash lookups on folded strings.
#ifndef AMPARO_REDACTION_NAME_DETECTOR_TEXT_H_
#define AMPARO_REDACTION_NAME_DETECTOR_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/text_utf8.h"

namespace amparo::redaction::text {

struct Token {
  uint32_t begin = 0;  // byte offsets into the text
  uint32_t end = 0;
  uint32_t fold_begin = 0;  // offsets into Tokens::folded
  uint32_t fold_end = 0;
  uint64_t hash = 0;  // FoldedHash() of the folded form (word tokens)
  char32_t first = 0;  // first code point (punctuation tokens: the code point)
  bool word = false;          // letters/digits, else one punctuation code point
  bool capitalized = false;   // first letter is upper case
  bool all_caps = false;      // every letter upper case (and >= 2 letters)
  bool has_digit = false;
  bool has_letter = false;
  bool space_before = false;    // whitespace between the previous token and this
  bool newline_before = false;  // a line break in that whitespace
};

struct Tokens {
  std::vector<Token> tokens;
  std::string folded;  // folded forms of word tokens, back to back
  // (Tokenize() keeps fold_begin <= fold_end <= folded.size(): no bounds
  // test, which substr() would make on every call.)
  std::string_view Folded(const Token& t) const {
    return std::string_view(folded.data() + t.fold_begin, t.fold_end - t.fold_begin);
  }
};

// FNV-1a 64 of folded bytes: the key of every word lookup (lexicon, Bloom
// filter, places). Never 0 for a non-empty word.
constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ull;
constexpr uint64_t kFnvPrime = 0x100000001b3ull;
inline uint64_t FoldedHash(std::string_view folded) {
  uint64_t h = kFnvOffset;
  for (unsigned char c : folded) {
    h ^= c;
    h *= kFnvPrime;
  }
  return h;
}

// Replaces *out with the tokens of text. Invalid UTF-8 bytes become
// one-byte punctuation tokens (U+FFFD) so offsets stay consistent.
void Tokenize(std::string_view text, Tokens* out);

// Appends the folded form of s (lower case, no accents, ’ -> ') to *out.
void AppendFolded(std::string_view s, std::string* out);
inline std::string Fold(std::string_view s) {
  std::string out;
  AppendFolded(s, &out);
  return out;
}

// The word of letters that ends right before the spaces before `at`,
// folded, and where it begins in *begin; empty if no letter is there.
inline std::string FoldedWordBefore(std::string_view text, size_t at, size_t* begin) {
  return Fold(LetterWordEndingAt(text, BeforeSpaces(text, at), begin));
}

// Folds one code point (lower case, accents removed).
char32_t FoldCodePoint(char32_t c);

// Two ASCII capitals or more and no lower-case ASCII letter: an acronym
// ("ACNUR", "ICE") or a shouted word.
inline bool AllCaps(std::string_view w) {
  int upper = 0;
  for (char ch : w) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 'a' && c <= 'z') return false;
    upper += c >= 'A' && c <= 'Z';
  }
  return upper >= 2;
}

// Calls visit(hash) with the hash of each word token Tokenize() would make
// of an ASCII text, in order (its words are the runs of letters and digits,
// folded by lower-casing), and returns true; returns false and visits
// nothing if the text has a byte beyond ASCII. For a pass that asks only
// which words a short span holds: no token list is built.
template <typename Visit>
bool ForEachAsciiWordHash(std::string_view text, Visit visit) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  uint64_t h = kFnvOffset;
  bool in_word = false;
  for (const char c : text) {
    const bool upper = c >= 'A' && c <= 'Z';
    if (upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      const unsigned char b = static_cast<unsigned char>(upper ? c + ('a' - 'A') : c);
      h = (h ^ b) * kFnvPrime;
      in_word = true;
    } else if (in_word) {
      visit(h);
      h = kFnvOffset;
      in_word = false;
    }
  }
  if (in_word) visit(h);
  return true;
}

// The hashes ForEachAsciiWordHash() gives, for text of ASCII and Latin-1
// letters (U+00C0 to U+00FF: "Mejía", "Françoise"), into *out, replaced;
// false, with *out empty, if text has another byte beyond ASCII.
bool Latin1WordHashes(std::string_view text, std::vector<uint64_t>* out);

// The folded form (Fold()) of a word, kept in a buffer of the caller's
// when the word is short Latin script: the passes that fold every word
// they read make no heap string for most of them.
class FoldedWord {
 public:
  explicit FoldedWord(std::string_view word) {
    size_t length = 0;
    if (word.size() < sizeof buf_ / 2 && FoldLatinInto(word, buf_, sizeof buf_, &length)) {
      view_ = std::string_view(buf_, length);
    } else {
      heap_ = Fold(word);
      view_ = heap_;
    }
  }
  FoldedWord(const FoldedWord&) = delete;
  FoldedWord& operator=(const FoldedWord&) = delete;
  std::string_view view() const { return view_; }

 private:
  char buf_[64];
  std::string heap_;
  std::string_view view_;
};

}  // namespace amparo::redaction::text

#endif  // AMPARO_REDACTION_NAME_DETECTOR_TEXT_H_
