// Store is the archive's RocksDB database and its column families. It knows
// nothing of encryption: callers put sealed bytes. Column families:
//   testimony  id -> sealed redacted testimony
//   pending    id -> sealed original + proposed redaction (review queue)
//   datakey    id -> data key wrapped under the keyring's current epoch
//   consent    id -> sealed consent record
//   lookup     keyed-hash(case code) + "/" + id -> ""   (withdrawal by case)
//   tombstone  id -> {id, withdrawn_on, reason_code}
//   audit      seq -> MAC'd, hash-chained entry
//   users      name -> {role, Argon2id hash}
//   meta       schema, sequence number, audit head, dirty markers
#ifndef AMPARO_ARCHIVE_STORE_H_
#define AMPARO_ARCHIVE_STORE_H_

#include <rocksdb/db.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "archive/status.h"

namespace amparo {

class Store {
 public:
  enum Family { kTestimony, kPending, kDataKey, kConsent, kLookup, kTombstone, kAudit, kUsers,
                kMeta, kFamilyCount };

  static Status Open(const std::string& dir, bool create, std::unique_ptr<Store>* out);
  ~Store();

  rocksdb::DB* db() { return db_; }
  rocksdb::ColumnFamilyHandle* cf(Family f) { return handles_[f]; }

  // NotFound is reported as ok() == false with code kNotFound.
  Status Get(Family f, const std::string& key, std::string* value);
  bool Exists(Family f, const std::string& key);
  // Reads keys[i] from families[i] for every i in one batched lookup (RocksDB
  // MultiGet): values are pinned in the block cache or memtable, not copied.
  // (*statuses)[i] is OK, NotFound or an error.
  void MultiGet(const std::vector<Family>& families, const std::vector<std::string>& keys,
                std::vector<rocksdb::PinnableSlice>* values, std::vector<Status>* statuses);
  Status Write(rocksdb::WriteBatch* batch, bool sync = true);
  // Calls fn(key, value) for every entry (with the given key prefix).
  Status Scan(Family f, const std::string& prefix,
              const std::function<bool(const std::string&, const std::string&)>& fn);
  // Flushes memtables and rewrites every file (bottommost forced), so deleted
  // values leave the live files and obsolete WAL/SST files are removed.
  Status CompactAll();
  uint64_t ApproximateBytes();

 private:
  rocksdb::DB* db_ = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
};

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_STORE_H_
