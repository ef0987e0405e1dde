// ChunkPostings is an in-memory positional index of the token sequences
// (token_sequence.h) of one block of consecutive document ids: for each
// token, the documents holding it and its positions in each. A phrase or
// NEAR is then decided by walking the few lists of its words, block by
// block, instead of scanning every candidate's whole sequence: reading
// memory in order, a phrase costs a small fraction of a microsecond per
// matching document.
//
// Positions count from 1 in each document; a field boundary adds
// kFieldGapPositions, so phrases never join two fields and NEAR never
// reaches across one (the same rules as ContainsPhrase and ContainsNear).
// Immutable once built; holds sealed tokens and numbers only.
#ifndef AMPARO_SEARCH_CHUNK_POSTINGS_H_
#define AMPARO_SEARCH_CHUNK_POSTINGS_H_

#include <xapian.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "search/doc_bitmap.h"
#include "search/token_sequence.h"

namespace amparo::search {

class ChunkPostings {
 public:
  // Documents per block.
  static constexpr size_t kDocs = 1024;

  // sequences[i] is the sequence of document id first + i (empty: none).
  ChunkPostings(Xapian::docid first, const std::vector<std::string_view>& sequences);

  // Sets in *out the ids of this block's documents that hold the phrase
  // (groups in order, adjacent) or, with near_window > 0, the NEAR.
  void Match(const TokenGroups& groups, uint32_t near_window, DocBitmap* out) const;

  size_t bytes() const;

 private:
  // The documents and positions of one token, or of one operand's tokens
  // merged; Pos is the block's position width.
  template <typename Pos>
  struct List {
    const uint16_t* docs = nullptr;   // offsets from first_, ascending
    const uint32_t* starts = nullptr; // positions of docs[i]: [starts[i], starts[i+1])
    const Pos* positions = nullptr;
    size_t size = 0;
  };
  template <typename Pos>
  struct OwnedList;
  template <typename Pos>
  bool Find(uint32_t token, const std::vector<Pos>& positions, List<Pos>* list) const;
  template <typename Pos>
  void MatchIn(const std::vector<Pos>& positions, const TokenGroups& groups, uint32_t near_window,
               DocBitmap* out) const;

  Xapian::docid first_;
  std::vector<uint32_t> tokens_;      // distinct tokens, ascending
  std::vector<uint32_t> list_start_;  // entries of tokens_[i]: [list_start_[i], list_start_[i+1])
  std::vector<uint16_t> docs_;        // per entry
  std::vector<uint32_t> starts_;      // per entry, plus one
  // Positions: 16 bits wide unless a document of the block is longer.
  std::vector<uint16_t> positions16_;
  std::vector<uint32_t> positions32_;
};

}  // namespace amparo::search

#endif  // AMPARO_SEARCH_CHUNK_POSTINGS_H_
