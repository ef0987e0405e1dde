// TokenStore keeps every indexed document's token sequence (see
// token_sequence.h) in memory, so that a phrase or NEAR met for the first
// time is decided by scanning memory (a fraction of a microsecond per
// candidate) instead of reading each candidate's sequence back from the
// database (over a microsecond each, as Xapian's own position lists were).
//
// Searches read immutable TokenTable snapshots: a commit publishes a new
// snapshot that shares every unchanged chunk with the previous one, and a
// reader keeps the snapshot of the revision it reads, so a search never sees
// sequences of a later commit. Sequences are sealed tokens only (no text),
// and the database's value slot stays the durable copy: an index opened with
// documents in it loads the snapshot from there when a phrase first needs it.
//
// Cost: about 2 KB of memory per 3 KB testimony (4 bytes per word).
#ifndef AMPARO_SEARCH_TOKEN_STORE_H_
#define AMPARO_SEARCH_TOKEN_STORE_H_

#include <xapian.h>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace amparo::search {

// One revision's sequences by document id. Immutable once published.
class TokenTable {
 public:
  // The sequence of document id, or empty if the table has none.
  std::string_view Get(Xapian::docid id) const;
  size_t chunk_count() const { return chunks_.size(); }

 private:
  friend class TokenStore;
  static constexpr size_t kChunkSize = 1024;
  using Chunk = std::vector<std::shared_ptr<const std::string>>;

  std::vector<std::shared_ptr<const Chunk>> chunks_;
};

class TokenStore {
 public:
  // Writers (any thread) stage the sequence a document id will hold once
  // committed.
  void Stage(Xapian::docid id, std::string sequence);

  // At a successful commit, while no reader opens (the index's revision lock
  // is held exclusively): staged sequences join the current table. Before the
  // table is loaded they are dropped: loading reads them from the database.
  void Publish();

  // The current revision's table; nullptr while not loaded. Call under the
  // revision lock (shared or exclusive), like the reader's generation.
  std::shared_ptr<const TokenTable> Current() const;
  bool loaded() const;

  // Marks the table loaded and empty (an index opened with no document).
  void StartEmpty();
  // Loads the table from db's value slot (db at the current revision; the
  // revision lock held exclusively).
  void LoadFrom(const Xapian::Database& db, unsigned slot);
  // Forgets the table (document ids changed, e.g. after compaction); the
  // next phrase loads it again.
  void Unload();

 private:
  mutable std::mutex mu_;
  std::shared_ptr<const TokenTable> current_;
  std::vector<std::pair<Xapian::docid, std::string>> staged_;
};

}  // namespace amparo::search

#endif  // AMPARO_SEARCH_TOKEN_STORE_H_
