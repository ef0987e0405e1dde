#include "search/token_store.h"

#include <string>
#include <string_view>
#include <utility>

namespace amparo::search {

namespace {

// Block number b from the database: its documents' sequences.
std::shared_ptr<const ChunkPostings> BuildChunk(const Xapian::Database& db, unsigned slot,
                                                size_t b) {
  const Xapian::docid first = static_cast<Xapian::docid>(b * ChunkPostings::kDocs);
  std::vector<std::string> values(ChunkPostings::kDocs);
  auto v = db.valuestream_begin(slot);
  const auto end = db.valuestream_end(slot);
  if (v != end && first > 0) v.skip_to(first);
  for (; v != end && v.get_docid() < first + ChunkPostings::kDocs; ++v) {
    values[v.get_docid() - first] = *v;
  }
  std::vector<std::string_view> views(values.begin(), values.end());
  return std::make_shared<const ChunkPostings>(first, views);
}

}  // namespace

void TokenTable::Match(const TokenGroups& groups, uint32_t near_window, DocBitmap* out) const {
  for (const auto& chunk : chunks_) {
    if (chunk) chunk->Match(groups, near_window, out);
  }
}

size_t TokenTable::bytes() const {
  size_t n = 0;
  for (const auto& chunk : chunks_) n += chunk ? chunk->bytes() : 0;
  return n;
}

void TokenStore::Touch(Xapian::docid id) {
  std::lock_guard lock(mu_);
  touched_.insert(id / ChunkPostings::kDocs);
}

void TokenStore::Publish(const Xapian::Database& db, unsigned slot) {
  std::lock_guard lock(mu_);
  if (!current_ || touched_.empty()) {
    touched_.clear();
    return;
  }
  auto next = std::make_shared<TokenTable>(*current_);
  for (size_t b : touched_) {
    if (b >= next->chunks_.size()) next->chunks_.resize(b + 1);
    next->chunks_[b] = BuildChunk(db, slot, b);
  }
  touched_.clear();
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
  const size_t blocks = db.get_lastdocid() / ChunkPostings::kDocs + 1;
  table->chunks_.resize(blocks);
  for (size_t b = 0; b < blocks; ++b) table->chunks_[b] = BuildChunk(db, slot, b);
  std::lock_guard lock(mu_);
  current_ = std::move(table);
  touched_.clear();
}

void TokenStore::Unload() {
  std::lock_guard lock(mu_);
  current_.reset();
  touched_.clear();
}

}  // namespace amparo::search
