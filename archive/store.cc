#include "archive/store.h"

#include <rocksdb/options.h>
#include <rocksdb/write_batch.h>

#include <filesystem>
#include <string_view>

namespace amparo {

namespace {
const char* kFamilyNames[] = {"testimony", "pending", "datakey", "consent", "lookup",
                              "tombstone", "audit",   "users",   "meta"};

Status FromRocks(const rocksdb::Status& s, const std::string& what) {
  if (s.ok()) return Status::OK();
  if (s.IsNotFound()) return Status::NotFound(what);
  if (s.IsCorruption()) return Status::Corruption(what + ": " + s.ToString());
  return Status::IOError(what + ": " + s.ToString());
}
}  // namespace

Status Store::Open(const std::string& dir, bool create, std::unique_ptr<Store>* out) {
  rocksdb::Options options;
  options.create_if_missing = create;
  options.create_missing_column_families = true;
  options.paranoid_checks = true;
  // WAL files are removed as soon as their data is flushed; nothing is kept
  // for "recovery" beyond what the store needs.
  options.WAL_ttl_seconds = 0;
  options.WAL_size_limit_MB = 0;
  options.keep_log_file_num = 2;
  options.max_log_file_size = 1 << 20;
  options.IncreaseParallelism(2);
  // Memtables of all families together stay under 32 MB: past it the
  // largest is flushed. Every search rewrites the audit head (meta) and
  // appends an audit entry; without a global bound the meta family's
  // memtable alone grew to 64 MB of overwritten heads before its first flush.
  options.db_write_buffer_size = 32 << 20;
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  families.emplace_back(rocksdb::kDefaultColumnFamilyName, rocksdb::ColumnFamilyOptions());
  for (const char* name : kFamilyNames) {
    rocksdb::ColumnFamilyOptions cf;
    // Every search appends an audit entry: a smaller memtable (64 MB by
    // default) bounds the memory that a busy server's audit trail holds
    // before it is flushed to a file.
    if (std::string_view(name) == "audit") cf.write_buffer_size = 8 << 20;
    families.emplace_back(name, cf);
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  rocksdb::Status s = rocksdb::DB::Open(options, dir, families, &handles, &db);
  if (!s.ok()) return FromRocks(s, "opening the store at " + dir);
  std::unique_ptr<Store> store(new Store());
  store->db_ = db;
  db->DestroyColumnFamilyHandle(handles[0]);  // default family unused
  store->handles_.assign(handles.begin() + 1, handles.end());
  *out = std::move(store);
  return Status::OK();
}

Store::~Store() {
  if (db_ == nullptr) return;
  // Flush so that closed archives hold their data in checksummed SST files
  // rather than in the WAL, and the WAL can be dropped.
  rocksdb::FlushOptions fo;
  fo.wait = true;
  db_->Flush(fo, handles_);
  for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h);
  db_->Close();
  delete db_;
}

Status Store::Get(Family f, const std::string& key, std::string* value) {
  return FromRocks(db_->Get(rocksdb::ReadOptions(), handles_[f], key, value),
                   std::string(kFamilyNames[f]) + " record");
}

bool Store::Exists(Family f, const std::string& key) {
  std::string v;
  return db_->Get(rocksdb::ReadOptions(), handles_[f], key, &v).ok();
}

void Store::MultiGet(const std::vector<Family>& families, const std::vector<std::string>& keys,
                     std::vector<rocksdb::PinnableSlice>* values, std::vector<Status>* statuses) {
  const size_t n = keys.size();
  std::vector<rocksdb::ColumnFamilyHandle*> cfs(n);
  std::vector<rocksdb::Slice> slices(n);
  for (size_t i = 0; i < n; ++i) {
    cfs[i] = handles_[families[i]];
    slices[i] = keys[i];
  }
  *values = std::vector<rocksdb::PinnableSlice>(n);
  std::vector<rocksdb::Status> rs(n);
  if (n > 0) db_->MultiGet(rocksdb::ReadOptions(), n, cfs.data(), slices.data(), values->data(), rs.data());
  statuses->clear();
  for (size_t i = 0; i < n; ++i)
    statuses->push_back(FromRocks(rs[i], std::string(kFamilyNames[families[i]]) + " record"));
}

Status Store::Write(rocksdb::WriteBatch* batch, bool sync) {
  rocksdb::WriteOptions wo;
  wo.sync = sync;
  return FromRocks(db_->Write(wo, batch), "writing to the store");
}

Status Store::Scan(Family f, const std::string& prefix,
                   const std::function<bool(const std::string&, const std::string&)>& fn) {
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), handles_[f]));
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    if (!fn(it->key().ToString(), it->value().ToString())) break;
  }
  return FromRocks(it->status(), std::string("scanning ") + kFamilyNames[f]);
}

Status Store::CompactAll() {
  rocksdb::FlushOptions fo;
  fo.wait = true;
  AMPARO_RETURN_IF_ERROR(FromRocks(db_->Flush(fo, handles_), "flushing the store"));
  rocksdb::CompactRangeOptions co;
  co.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForce;
  for (auto* h : handles_) {
    AMPARO_RETURN_IF_ERROR(FromRocks(db_->CompactRange(co, h, nullptr, nullptr), "compacting"));
  }
  AMPARO_RETURN_IF_ERROR(FromRocks(db_->FlushWAL(true), "syncing the WAL"));
  return Status::OK();
}

uint64_t Store::ApproximateBytes() {
  uint64_t total = 0;
  for (auto* h : handles_) {
    uint64_t v = 0;
    if (db_->GetIntProperty(h, "rocksdb.total-sst-files-size", &v)) total += v;
  }
  return total;
}

}  // namespace amparo
