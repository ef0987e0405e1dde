// TokenStore keeps an in-memory positional index of every indexed
// document's token sequence (token_sequence.h), in blocks of consecutive
// document ids (ChunkPostings), so that a phrase or NEAR met for the first
// time walks a few in-memory lists per block instead of reading each
// candidate's sequence back from the database (over a microsecond each, as
// Xapian's own position lists were).
//
// Searches read immutable TokenTable snapshots: a commit publishes a new
// snapshot that shares every untouched block with the previous one, and a
// reader keeps the snapshot of the revision it reads, so a search never sees
// a later commit. Blocks are built from the database's value slot (the
// durable copy): touched blocks at each commit, every block when an index
// opened with documents in it first needs them. Sealed tokens and numbers
// only, no text.
//
// Cost: about 2.5 KB of memory per 3 KB testimony; ~20 ms of CPU per block
// of 1,024 documents rebuilt at a commit (blocks are built on two threads).
#ifndef AMPARO_SEARCH_TOKEN_STORE_H_
#define AMPARO_SEARCH_TOKEN_STORE_H_

#include <xapian.h>

#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <vector>

#include "search/chunk_postings.h"
#include "search/doc_bitmap.h"
#include "search/token_sequence.h"

namespace amparo::search {

// One revision's positional index. Immutable once published.
class TokenTable {
 public:
  // Adds to *out every document holding the phrase (near_window == 0) or
  // the NEAR (on two threads for a large table). Documents removed since
  // their block was built may be among them: callers keep only live
  // documents.
  void Match(const TokenGroups& groups, uint32_t near_window, DocBitmap* out) const;
  size_t bytes() const;

 private:
  friend class TokenStore;
  std::vector<std::shared_ptr<const ChunkPostings>> chunks_;
};

class TokenStore {
 public:
  // Opens a reader of the database at the revision being published or
  // loaded; called once per building thread (blocks are built on two).
  using OpenDatabase = std::function<Xapian::Database()>;

  // Writers (any thread) name the documents they add or replace.
  void Touch(Xapian::docid id);

  // At a successful commit, while no reader opens (the index's revision lock
  // is held exclusively), with the database at the new revision: touched
  // blocks are rebuilt. Before the table is loaded there is nothing to
  // rebuild.
  void Publish(const OpenDatabase& open, unsigned slot);

  // The current revision's table; nullptr while not loaded. Call under the
  // revision lock (shared or exclusive), like the reader's generation.
  std::shared_ptr<const TokenTable> Current() const;
  bool loaded() const;

  // Marks the table loaded and empty (an index opened with no document).
  void StartEmpty();
  // Builds every block from the database (at the current revision, the
  // revision lock held exclusively).
  void LoadFrom(const OpenDatabase& open, unsigned slot);
  // Forgets the table (document ids changed, e.g. after compaction); the
  // next phrase loads it again.
  void Unload();

 private:
  mutable std::mutex mu_;
  std::shared_ptr<const TokenTable> current_;
  std::set<size_t> touched_;  // block numbers
};

}  // namespace amparo::search

#endif  // AMPARO_SEARCH_TOKEN_STORE_H_
