#include "search/token_store.h"

#include <exception>
#include <string>
#include <thread>
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

// Builds the given blocks into (*chunks)[b], on two threads when there is
// more than one block: building is most of a commit's extra time.
void BuildChunks(const TokenStore::OpenDatabase& open, unsigned slot,
                 const std::vector<size_t>& blocks,
                 std::vector<std::shared_ptr<const ChunkPostings>>* chunks) {
  auto build = [&](size_t first, size_t step) {
    const Xapian::Database db = open();
    for (size_t i = first; i < blocks.size(); i += step) {
      (*chunks)[blocks[i]] = BuildChunk(db, slot, blocks[i]);
    }
  };
  if (blocks.size() < 2) {
    build(0, 1);
    return;
  }
  std::exception_ptr failure;
  std::thread other([&] {
    try {
      build(1, 2);
    } catch (...) {
      failure = std::current_exception();
    }
  });
  try {
    build(0, 2);
  } catch (...) {
    other.join();
    throw;
  }
  other.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace

void TokenTable::Match(const TokenGroups& groups, uint32_t near_window, DocBitmap* out) const {
  auto match = [&](size_t begin, size_t end, DocBitmap* into) {
    for (size_t b = begin; b < end; ++b) {
      if (chunks_[b]) chunks_[b]->Match(groups, near_window, into);
    }
  };
  // Blocks are independent: a large table is split between two threads (a
  // phrase in half of 100,000 testimonies took twice as long on one).
  constexpr size_t kBlocksPerThread = 16;
  if (chunks_.size() < 2 * kBlocksPerThread) {
    match(0, chunks_.size(), out);
    return;
  }
  const size_t half = chunks_.size() / 2;
  DocBitmap second(static_cast<Xapian::docid>(chunks_.size() * ChunkPostings::kDocs));
  std::thread other([&] { match(half, chunks_.size(), &second); });
  match(0, half, out);
  other.join();
  out->Or(second);
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

void TokenStore::Publish(const OpenDatabase& open, unsigned slot) {
  std::lock_guard lock(mu_);
  if (!current_ || touched_.empty()) {
    touched_.clear();
    return;
  }
  auto next = std::make_shared<TokenTable>(*current_);
  const std::vector<size_t> blocks(touched_.begin(), touched_.end());
  if (blocks.back() >= next->chunks_.size()) next->chunks_.resize(blocks.back() + 1);
  BuildChunks(open, slot, blocks, &next->chunks_);
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

void TokenStore::LoadFrom(const OpenDatabase& open, unsigned slot) {
  auto table = std::make_shared<TokenTable>();
  std::vector<size_t> blocks(open().get_lastdocid() / ChunkPostings::kDocs + 1);
  for (size_t b = 0; b < blocks.size(); ++b) blocks[b] = b;
  table->chunks_.resize(blocks.size());
  BuildChunks(open, slot, blocks, &table->chunks_);
  // Blocks touched by writes not yet committed stay marked: the load read
  // only committed documents, and their commit must rebuild those blocks.
  std::lock_guard lock(mu_);
  current_ = std::move(table);
}

void TokenStore::Unload() {
  std::lock_guard lock(mu_);
  current_.reset();
}

}  // namespace amparo::search
