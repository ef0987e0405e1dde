// AuditLog records who did what to which testimony, and when: never content,
// names or query text.
//
// Entries are numbered from 1 without gaps, each carries the MAC of the one
// before it (a hash chain) and its own MAC under the archive's audit key, so
// an edited, reordered or deleted entry is detected by Verify(). The head
// (last sequence number and MAC) is kept in the meta column family, so a cut
// tail is detected too. Entries are added to the caller's WriteBatch: an
// operation and its audit entry commit together or not at all.
#ifndef AMPARO_ARCHIVE_AUDIT_LOG_H_
#define AMPARO_ARCHIVE_AUDIT_LOG_H_

#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include <mutex>
#include <string>
#include <vector>

#include "archive/archive.h"
#include "archive/secure_buffer.h"
#include "archive/status.h"

namespace amparo {

class AuditLog {
 public:
  AuditLog(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* audit_cf,
           rocksdb::ColumnFamilyHandle* meta_cf, SecureBuffer key);
  Status Load();  // reads the head

  // Stages an entry into batch. Call Committed() after the batch is written
  // (or Abandon() if it was not) — Stage holds a lock until then.
  void Stage(rocksdb::WriteBatch* batch, const std::string& actor, const std::string& action,
             const std::vector<std::string>& ids);
  void Committed();
  void Abandon();

  Status ReadAll(std::vector<AuditEntry>* out) const;
  Status Verify() const;  // Corruption naming the first bad entry

 private:
  std::string Mac(const std::string& canonical) const;

  rocksdb::DB* db_;
  rocksdb::ColumnFamilyHandle* audit_cf_;
  rocksdb::ColumnFamilyHandle* meta_cf_;
  SecureBuffer key_;
  std::mutex mu_;
  uint64_t head_seq_ = 0;
  std::string head_mac_;
  uint64_t staged_seq_ = 0;
  std::string staged_mac_;
};

std::string UtcTimestamp();
std::string AuditKey(uint64_t seq);  // 8-byte big-endian

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_AUDIT_LOG_H_
