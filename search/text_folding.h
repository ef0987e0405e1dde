// Word splitting and folding shared by indexing, querying, snippets and tag
// suggestion, so that all four agree on what a word is.
//
// A word is a maximal run of Unicode letters, digits and combining marks
// (ICU character properties); everything else (spaces, punctuation,
// apostrophes, hyphens) separates words, so French "l'enlèvement" gives
// "l" and "enlèvement". Folding is ICU case folding followed by NFKD with
// the combining marks removed: "Juárez", "JUAREZ" and "juarez" all fold to
// "juarez".
#ifndef AMPARO_SEARCH_TEXT_FOLDING_H_
#define AMPARO_SEARCH_TEXT_FOLDING_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace amparo::search {

// Words longer than this (in bytes) are skipped: they are noise, not words.
constexpr size_t kMaxWordBytes = 64;

struct WordSpan {
  size_t begin = 0;  // byte offsets into the text
  size_t end = 0;
  // Characters before begin: bytes of text[0, begin) that are not UTF-8
  // continuation bytes (10xxxxxx), so snippets measure in characters.
  size_t chars_before = 0;
};

// Byte spans of the words of text, in order.
std::vector<WordSpan> SplitWords(std::string_view text);

// Folded form of one word (case folded, accents removed, NFKD).
std::string FoldWord(std::string_view word);
void FoldWordInto(std::string_view word, std::string* out);

// Case folded and NFC-normalized, accents kept (what stemmers expect).
std::string CaseFoldWord(std::string_view word);

// Splits then folds: the folded words of text, in order.
std::vector<std::string> FoldedWords(std::string_view text);

// Folds a whole phrase and joins its words with single spaces.
std::string FoldPhrase(std::string_view text);

}  // namespace amparo::search

#endif  // AMPARO_SEARCH_TEXT_FOLDING_H_
