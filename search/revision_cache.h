// RevisionCache holds what every search of one committed revision of the
// index can share: the facet table, BM25 length normalisations, the sets of
// filter terms and phrases, and recent result sets (totals, facet counts and
// the first ranked ids). Each entry is computed by the first search that
// needs it and then read by all threads; the whole cache is dropped when a
// commit makes a new revision, so a withdrawal or a narrowed consent is
// never answered from a stale entry.
//
// Everything here is sealed hashes, document numbers and counts: no term,
// text or query in clear.
#ifndef AMPARO_SEARCH_REVISION_CACHE_H_
#define AMPARO_SEARCH_REVISION_CACHE_H_

#include <xapian.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "search/doc_bitmap.h"
#include "search/facet_table.h"

namespace amparo::search {

// A ranked result set as far as it was ranked.
struct CachedResult {
  uint64_t total = 0;
  std::unordered_map<uint64_t, uint64_t> facets;  // only if has_facets
  bool has_facets = false;
  std::vector<std::pair<Xapian::docid, float>> ranked;  // best first
  bool complete = false;  // ranked holds every match
  // Testimony ids (document data) of ranked documents, read from the index
  // the first time a page shows them: opaque ids, no content.
  mutable std::mutex ids_mu;
  mutable std::unordered_map<Xapian::docid, std::string> ids;
};

class RevisionCache {
 public:
  explicit RevisionCache(uint64_t generation) : generation_(generation) {}
  uint64_t generation() const { return generation_; }

  // The set cached under key, made by make() on first use.
  std::shared_ptr<const DocBitmap> Set(const std::string& key,
                                       const std::function<DocBitmap()>& make);

  // Built from db (a reader of this revision) on first use.
  const FacetTable& Facets(const Xapian::Database& db);
  // docid -> BM25's k1 * ((1 - b) + b * max(length / average, min_norm)).
  const std::vector<float>& LengthNorms(const Xapian::Database& db, double k1, double b,
                                        double min_norm);

  std::shared_ptr<const CachedResult> Result(const std::string& key) const;
  void StoreResult(const std::string& key, std::shared_ptr<const CachedResult> result);

 private:
  // Sets take one bit per document (12.5 KB at 100,000 documents): bounded
  // by bytes, so a larger archive keeps fewer of them, not more memory.
  static constexpr size_t kMaxSetBytes = 32 << 20;
  static constexpr size_t kMaxResults = 1024;

  const uint64_t generation_;
  mutable std::mutex mu_;
  std::unordered_map<std::string, std::shared_ptr<const DocBitmap>> sets_;
  size_t set_bytes_ = 0;
  std::unordered_map<std::string, std::shared_ptr<const CachedResult>> results_;
  std::mutex build_mu_;  // facet table and norms are built once, under it
  std::unique_ptr<FacetTable> facets_;
  std::vector<float> norms_;  // empty until built
};

}  // namespace amparo::search

#endif  // AMPARO_SEARCH_REVISION_CACHE_H_
