#include "search/facet_spy.h"

#include <algorithm>
#include <cstring>

#include "search/indexed_terms.h"

namespace amparo::search {

uint64_t FacetIdKey(const std::string& id) {
  uint64_t key = 0;
  std::memcpy(&key, id.data(), std::min(id.size(), sizeof key));
  return key;
}

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  ++documents_;
  std::string ids = doc.get_value(kFacetSlot);
  for (size_t i = 0; i + sizeof(uint64_t) <= ids.size(); i += sizeof(uint64_t)) {
    uint64_t key;
    std::memcpy(&key, ids.data() + i, sizeof key);
    ++counts_[key];
  }
}

}  // namespace amparo::search
