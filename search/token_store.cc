#include "search/token_store.h"

namespace amparo::search {

std::string_view TokenTable::Get(Xapian::docid id) const {
  const size_t chunk = id / kChunkSize;
  if (chunk >= chunks_.size() || !chunks_[chunk]) return {};
  const auto& entry = (*chunks_[chunk])[id % kChunkSize];
  return entry ? std::string_view(*entry) : std::string_view();
}

void TokenStore::Stage(Xapian::docid id, std::string sequence) {
  std::lock_guard lock(mu_);
  staged_.emplace_back(id, std::move(sequence));
}

void TokenStore::Publish() {
  std::lock_guard lock(mu_);
  if (!current_ || staged_.empty()) {
    staged_.clear();
    return;
  }
  auto next = std::make_shared<TokenTable>(*current_);
  // A chunk is copied once per publish, not once per document.
  std::vector<std::shared_ptr<TokenTable::Chunk>> fresh;
  for (auto& [id, sequence] : staged_) {
    const size_t chunk = id / TokenTable::kChunkSize;
    if (chunk >= next->chunks_.size()) next->chunks_.resize(chunk + 1);
    if (chunk >= fresh.size()) fresh.resize(chunk + 1);
    if (!fresh[chunk]) {
      fresh[chunk] = next->chunks_[chunk]
                         ? std::make_shared<TokenTable::Chunk>(*next->chunks_[chunk])
                         : std::make_shared<TokenTable::Chunk>(TokenTable::kChunkSize);
      next->chunks_[chunk] = fresh[chunk];
    }
    (*fresh[chunk])[id % TokenTable::kChunkSize] =
        std::make_shared<const std::string>(std::move(sequence));
  }
  staged_.clear();
  current_ = std::move(next);
}

std::shared_ptr<const TokenTable> TokenStore::Current() const {
  std::lock_guard lock(mu_);
  return current_;
}

bool TokenStore::loaded() const {
  std::lock_guard lock(mu_);
  return current_ != nullptr;
}

void TokenStore::StartEmpty() {
  std::lock_guard lock(mu_);
  current_ = std::make_shared<TokenTable>();
}

void TokenStore::LoadFrom(const Xapian::Database& db, unsigned slot) {
  auto table = std::make_shared<TokenTable>();
  std::vector<std::shared_ptr<TokenTable::Chunk>> chunks;
  for (auto v = db.valuestream_begin(slot); v != db.valuestream_end(slot); ++v) {
    const size_t chunk = v.get_docid() / TokenTable::kChunkSize;
    if (chunk >= chunks.size()) chunks.resize(chunk + 1);
    if (!chunks[chunk]) chunks[chunk] = std::make_shared<TokenTable::Chunk>(TokenTable::kChunkSize);
    (*chunks[chunk])[v.get_docid() % TokenTable::kChunkSize] =
        std::make_shared<const std::string>(*v);
  }
  table->chunks_.assign(chunks.begin(), chunks.end());
  std::lock_guard lock(mu_);
  current_ = std::move(table);
}

void TokenStore::Unload() {
  std::lock_guard lock(mu_);
  current_.reset();
  staged_.clear();
}

}  // namespace amparo::search
