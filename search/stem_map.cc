#include "search/stem_map.h"

#include <algorithm>
#include <cstring>
#include <mutex>

namespace amparo::search {

namespace {
constexpr char kPrefix[] = "s";  // metadata key: "s" + 8-byte stem hash

std::string KeyOf(uint64_t stem) {
  std::string key(kPrefix);
  key.append(reinterpret_cast<const char*>(&stem), sizeof stem);
  return key;
}
}  // namespace

uint64_t TermHash(const std::string& sealed_term) {
  uint64_t h = 0;
  if (sealed_term.size() >= 1 + sizeof h) std::memcpy(&h, sealed_term.data() + 1, sizeof h);
  return h;
}

std::string WordTermOfHash(uint64_t word) {
  std::string term(1, static_cast<char>(TermKind::kWord));
  term.append(reinterpret_cast<const char*>(&word), sizeof word);
  return term;
}

void StemMap::Add(const std::vector<StemLink>& links) {
  if (links.empty()) return;
  std::unique_lock lock(mu_);
  for (const StemLink& l : links) {
    auto& words = map_[l.stem];
    if (std::find(words.begin(), words.end(), l.word) != words.end()) continue;
    words.push_back(l.word);
    dirty_.insert(l.stem);
  }
}

std::vector<uint64_t> StemMap::Words(uint64_t stem) const {
  std::shared_lock lock(mu_);
  auto it = map_.find(stem);
  return it == map_.end() ? std::vector<uint64_t>{} : it->second;
}

size_t StemMap::size() const {
  std::shared_lock lock(mu_);
  return map_.size();
}

bool StemMap::Load(const Xapian::Database& db, const TermSealer& sealer) {
  std::unique_lock lock(mu_);
  map_.clear();
  dirty_.clear();
  for (auto it = db.metadata_keys_begin(kPrefix); it != db.metadata_keys_end(kPrefix); ++it) {
    std::string key = *it;
    if (key.size() != 1 + sizeof(uint64_t)) continue;
    auto plain = sealer.Decrypt(db.get_metadata(key));
    if (!plain) return false;
    uint64_t stem;
    std::memcpy(&stem, key.data() + 1, sizeof stem);
    auto& words = map_[stem];
    words.resize(plain->size() / sizeof(uint64_t));
    std::memcpy(words.data(), plain->data(), words.size() * sizeof(uint64_t));
  }
  return true;
}

void StemMap::Save(Xapian::WritableDatabase* db, const TermSealer& sealer) {
  std::unique_lock lock(mu_);
  for (uint64_t stem : dirty_) {
    auto it = map_.find(stem);
    if (it == map_.end() || it->second.empty()) {
      db->set_metadata(KeyOf(stem), "");
      continue;
    }
    std::string plain(reinterpret_cast<const char*>(it->second.data()),
                      it->second.size() * sizeof(uint64_t));
    db->set_metadata(KeyOf(stem), sealer.Encrypt(plain));
  }
  dirty_.clear();
}

void StemMap::Prune(const std::function<bool(uint64_t)>& dead, Xapian::WritableDatabase* db,
                    const TermSealer& sealer) {
  {
    std::unique_lock lock(mu_);
    for (auto it = map_.begin(); it != map_.end();) {
      auto& words = it->second;
      size_t before = words.size();
      words.erase(std::remove_if(words.begin(), words.end(), dead), words.end());
      if (words.size() != before) dirty_.insert(it->first);
      if (words.empty()) {
        it = map_.erase(it);
      } else {
        ++it;
      }
    }
  }
  Save(db, sealer);
}

}  // namespace amparo::search
