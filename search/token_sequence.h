// TokenSequence is how the sealed index answers phrases and NEAR: each
// document keeps, in a value slot, the sequence of its words as 32-bit
// tokens (the first four bytes of each word's sealed term, so a token is a
// keyed hash and no more telling than Xapian's own position lists of sealed
// terms were). A field boundary (title / text / pseudonym) is a zero token,
// which no word has, so a phrase never spans two fields and NEAR never
// reaches across one.
//
// Why not Xapian's positions: a position list is one more B-tree entry per
// distinct word of every document; writing them was nearly half of indexing
// time and two thirds of the index, and a phrase met for the first time read
// one list per candidate and word (~0.6 us each). One value per document is
// written with the document and read in docid order.
//
// A phrase matches where its words' tokens occur consecutively; two
// different words sharing a 32-bit token at the same place in a document
// that holds every word of the phrase is the only way to be wrong (about
// one chance in 2^32 per position checked).
#ifndef AMPARO_SEARCH_TOKEN_SEQUENCE_H_
#define AMPARO_SEARCH_TOKEN_SEQUENCE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace amparo::search {

// Value slot of the token sequence (4 little-endian bytes per token).
inline constexpr unsigned kTokenSlot = 1;

// Positions a field boundary stands for in NEAR distances (NEAR/n allows at
// most 100).
inline constexpr uint32_t kFieldGapPositions = 100;

// The token of a sealed word term (never 0).
uint32_t TokenOf(const std::string& sealed_word_term);

// Appends a token, or a field boundary, to a sequence being built.
void AppendToken(uint32_t token, std::string* sequence);
void AppendFieldBoundary(std::string* sequence);

// A group is the set of tokens one operand of a phrase or NEAR accepts (a
// word, or a word and its synonyms).
using TokenGroups = std::vector<std::vector<uint32_t>>;

// Does the sequence hold a token of groups[0], then one of groups[1], ...
// at consecutive places (Xapian's exact phrase)?
bool ContainsPhrase(std::string_view sequence, const TokenGroups& groups);

// NEAR: is there a distinct place per group such that all of them lie
// within a window of `window` positions, last - first < window (Xapian's
// NEAR)?
bool ContainsNear(std::string_view sequence, const TokenGroups& groups, uint32_t window);

// The NEAR rule on places already found: one entry per place where some
// operand's word stands (operands: bit i for operand i), in ascending
// position order, at most 32 operands.
struct TokenOccurrence {
  uint32_t pos;
  uint32_t operands;
};
bool OccurrencesWithinWindow(const std::vector<TokenOccurrence>& occurrences, size_t operands,
                             uint32_t window);

}  // namespace amparo::search

#endif  // AMPARO_SEARCH_TOKEN_SEQUENCE_H_
