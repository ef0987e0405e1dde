#include "search/revision_cache.h"

#include <algorithm>

namespace amparo::search {

std::shared_ptr<const DocBitmap> RevisionCache::Set(const std::string& key,
                                                    const std::function<DocBitmap()>& make) {
  {
    std::lock_guard lock(mu_);
    auto it = sets_.find(key);
    if (it != sets_.end()) return it->second;
  }
  // Made outside the lock: two threads may both make it; the first stored wins.
  auto made = std::make_shared<const DocBitmap>(make());
  std::lock_guard lock(mu_);
  if (set_bytes_ + made->bytes() > kMaxSetBytes) {
    sets_.clear();  // searches holding a set keep it alive (shared_ptr)
    set_bytes_ = 0;
  }
  auto [it, added] = sets_.emplace(key, std::move(made));
  if (added) set_bytes_ += it->second->bytes();
  return it->second;
}

const FacetTable& RevisionCache::Facets(const Xapian::Database& db) {
  std::lock_guard lock(build_mu_);
  if (!facets_) facets_ = std::make_unique<FacetTable>(db);
  return *facets_;
}

const std::vector<float>& RevisionCache::LengthNorms(const Xapian::Database& db, double k1,
                                                     double b, double min_norm) {
  std::lock_guard lock(build_mu_);
  if (norms_.empty()) {
    norms_.assign(static_cast<size_t>(db.get_lastdocid()) + 1, static_cast<float>(k1));
    const double average = db.get_avlength() > 0 ? db.get_avlength() : 1.0;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
      const double norm = std::max(it.get_doclength() / average, min_norm);
      if (*it < norms_.size()) norms_[*it] = static_cast<float>(k1 * ((1 - b) + b * norm));
    }
  }
  return norms_;
}

std::shared_ptr<const CachedResult> RevisionCache::Result(const std::string& key) const {
  std::lock_guard lock(mu_);
  auto it = results_.find(key);
  return it == results_.end() ? nullptr : it->second;
}

void RevisionCache::StoreResult(const std::string& key, std::shared_ptr<const CachedResult> result) {
  std::lock_guard lock(mu_);
  if (results_.size() >= kMaxResults) results_.clear();
  results_[key] = std::move(result);
}

}  // namespace amparo::search
