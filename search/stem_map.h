// StemMap links each sealed stem to the sealed words that have it, so that
// stemmed search needs no stem postings: a query word's stems are looked up
// here and searched as an OP_SYNONYM of the sealed words. Writing one
// term per word instead of a word term plus a stem term halves the postings
// the index writes.
//
// Keys and members are 8-byte hashes (TermSealer), never plaintext. The map
// lives in memory and in the database metadata, one entry per stem whose
// value is the list of word hashes encrypted under the index key, so not
// even the grouping of words by stem is readable without the key.
#ifndef AMPARO_SEARCH_STEM_MAP_H_
#define AMPARO_SEARCH_STEM_MAP_H_

#include <xapian.h>

#include <cstdint>
#include <functional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "search/term_sealer.h"

namespace amparo::search {

// A stem -> word link, both as 8-byte hashes in integers.
struct StemLink {
  uint64_t stem;
  uint64_t word;
};

// The 8 hash bytes of a sealed term (after its kind byte), as an integer.
uint64_t TermHash(const std::string& sealed_term);
// The sealed positional word term of a word hash.
std::string WordTermOfHash(uint64_t word);

class StemMap {
 public:
  // Thread-safe.
  void Add(const std::vector<StemLink>& links);
  // Word hashes linked to a stem.
  std::vector<uint64_t> Words(uint64_t stem) const;
  size_t size() const;

  // Reads every entry from metadata (replacing the map). False if an entry
  // does not decrypt.
  bool Load(const Xapian::Database& db, const TermSealer& sealer);
  // Writes the entries changed since the last Save.
  void Save(Xapian::WritableDatabase* db, const TermSealer& sealer);
  // Drops words for which dead(word) is true (no document holds them) and
  // rewrites the changed entries.
  void Prune(const std::function<bool(uint64_t)>& dead, Xapian::WritableDatabase* db,
             const TermSealer& sealer);

 private:
  mutable std::shared_mutex mu_;
  std::unordered_map<uint64_t, std::vector<uint64_t>> map_;
  std::unordered_set<uint64_t> dirty_;
};

}  // namespace amparo::search

#endif  // AMPARO_SEARCH_STEM_MAP_H_
