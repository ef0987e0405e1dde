// FacetTable holds, for one revision of the index, every document's sealed
// facet ids (value slot kFacetSlot) in memory, so facet counts over a whole
// result set are a walk over its DocBitmap instead of a document read per
// match. Ids are 8-byte keyed hashes: nothing here is plaintext.
#ifndef AMPARO_SEARCH_FACET_TABLE_H_
#define AMPARO_SEARCH_FACET_TABLE_H_

#include <xapian.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "search/doc_bitmap.h"

namespace amparo::search {

// The integer key of an 8-byte sealed facet id.
uint64_t FacetIdKey(const std::string& id);

class FacetTable {
 public:
  // Reads the facet slot of every document of db.
  explicit FacetTable(const Xapian::Database& db);

  // Facet id key -> number of documents of docs holding it.
  std::unordered_map<uint64_t, uint64_t> Count(const DocBitmap& docs) const;

 private:
  std::vector<uint64_t> keys_;      // dense facet index -> facet id key
  std::vector<uint32_t> offsets_;   // docid -> first entry; offsets_[docid + 1] ends it
  std::vector<uint32_t> entries_;   // dense facet indices, grouped by document
};

}  // namespace amparo::search

#endif  // AMPARO_SEARCH_FACET_TABLE_H_
