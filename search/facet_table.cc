#include "search/facet_table.h"

#include <algorithm>
#include <cstring>

#include "search/indexed_terms.h"

namespace amparo::search {

uint64_t FacetIdKey(const std::string& id) {
  uint64_t key = 0;
  std::memcpy(&key, id.data(), std::min(id.size(), sizeof key));
  return key;
}

FacetTable::FacetTable(const Xapian::Database& db) {
  const Xapian::docid last = db.get_lastdocid();
  offsets_.assign(static_cast<size_t>(last) + 2, 0);
  std::unordered_map<uint64_t, uint32_t> dense;
  Xapian::docid next = 0;  // offsets_ is filled up to here
  for (auto it = db.valuestream_begin(kFacetSlot); it != db.valuestream_end(kFacetSlot); ++it) {
    const Xapian::docid id = it.get_docid();
    if (id > last) break;
    while (next <= id) offsets_[next++] = static_cast<uint32_t>(entries_.size());
    const std::string ids = *it;
    for (size_t i = 0; i + sizeof(uint64_t) <= ids.size(); i += sizeof(uint64_t)) {
      uint64_t key;
      std::memcpy(&key, ids.data() + i, sizeof key);
      auto [slot, fresh] = dense.emplace(key, static_cast<uint32_t>(keys_.size()));
      if (fresh) keys_.push_back(key);
      entries_.push_back(slot->second);
    }
  }
  while (next < offsets_.size()) offsets_[next++] = static_cast<uint32_t>(entries_.size());
}

std::unordered_map<uint64_t, uint64_t> FacetTable::Count(const DocBitmap& docs) const {
  std::vector<uint64_t> counts(keys_.size(), 0);
  docs.ForEach([&](Xapian::docid id) {
    if (static_cast<size_t>(id) + 1 >= offsets_.size()) return;
    for (uint32_t e = offsets_[id]; e < offsets_[id + 1]; ++e) ++counts[entries_[e]];
  });
  std::unordered_map<uint64_t, uint64_t> out;
  for (size_t i = 0; i < counts.size(); ++i) {
    if (counts[i] != 0) out[keys_[i]] = counts[i];
  }
  return out;
}

}  // namespace amparo::search
