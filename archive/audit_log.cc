#include "archive/audit_log.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <ctime>
#include <memory>

#include "archive/sealing.h"

namespace amparo {

using nlohmann::json;

namespace {
const char kHeadKey[] = "audit_head";

json CanonicalJson(uint64_t seq, const std::string& time, const std::string& actor,
                   const std::string& action, const std::vector<std::string>& ids,
                   const std::string& prev) {
  return json{{"seq", seq}, {"time", time}, {"actor", actor},
              {"action", action}, {"ids", ids}, {"prev", prev}};
}

std::string Canonical(uint64_t seq, const std::string& time, const std::string& actor,
                      const std::string& action, const std::vector<std::string>& ids,
                      const std::string& prev) {
  // json::dump sorts object keys: a stable canonical form.
  return CanonicalJson(seq, time, actor, action, ids, prev).dump();
}
}  // namespace

std::string UtcTimestamp() {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  struct tm tm;
  gmtime_r(&ts.tv_sec, &tm);
  char buf[32];
  strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string AuditKey(uint64_t seq) {
  std::string k(8, '\0');
  for (int i = 0; i < 8; ++i) k[i] = static_cast<char>(seq >> (56 - 8 * i));
  return k;
}

AuditLog::AuditLog(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* audit_cf,
                   rocksdb::ColumnFamilyHandle* meta_cf, SecureBuffer key)
    : db_(db), audit_cf_(audit_cf), meta_cf_(meta_cf), key_(std::move(key)) {}

std::string AuditLog::Mac(const std::string& canonical) const {
  return KeyedHashHex(key_.data(), canonical);
}

Status AuditLog::Load() {
  std::string head;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), meta_cf_, kHeadKey, &head);
  if (s.IsNotFound()) return Status::OK();
  if (!s.ok()) return Status::IOError("reading the audit head: " + s.ToString());
  try {
    json j = json::parse(head);
    head_seq_ = j.at("seq").get<uint64_t>();
    head_mac_ = j.at("mac").get<std::string>();
  } catch (const json::exception&) {
    return Status::Corruption("the audit head is malformed");
  }
  return Status::OK();
}

void AuditLog::Stage(rocksdb::WriteBatch* batch, const std::string& actor,
                     const std::string& action, const std::vector<std::string>& ids) {
  mu_.lock();  // released by Committed() / Abandon()
  staged_seq_ = head_seq_ + 1;
  std::string time = UtcTimestamp();
  json entry = CanonicalJson(staged_seq_, time, actor, action, ids, head_mac_);
  staged_mac_ = Mac(entry.dump());
  entry["mac"] = staged_mac_;  // the stored entry: the canonical fields and their MAC
  batch->Put(audit_cf_, AuditKey(staged_seq_), entry.dump());
  batch->Put(meta_cf_, kHeadKey, json{{"seq", staged_seq_}, {"mac", staged_mac_}}.dump());
}

void AuditLog::Committed() {
  head_seq_ = staged_seq_;
  head_mac_ = staged_mac_;
  mu_.unlock();
}

void AuditLog::Abandon() { mu_.unlock(); }

Status AuditLog::ReadAll(std::vector<AuditEntry>* out) const {
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), audit_cf_));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    try {
      json j = json::parse(it->value().ToString());
      AuditEntry e;
      e.seq = j.at("seq").get<uint64_t>();
      e.time = j.at("time").get<std::string>();
      e.actor = j.at("actor").get<std::string>();
      e.action = j.at("action").get<std::string>();
      e.ids = j.at("ids").get<std::vector<std::string>>();
      out->push_back(std::move(e));
    } catch (const json::exception&) {
      return Status::Corruption("audit entry at position " + std::to_string(out->size() + 1) +
                                " is malformed");
    }
  }
  if (!it->status().ok()) return Status::Corruption("reading the audit log: " + it->status().ToString());
  return Status::OK();
}

Status AuditLog::Verify() const {
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), audit_cf_));
  uint64_t expected = 1;
  std::string prev_mac;
  for (it->SeekToFirst(); it->Valid(); it->Next(), ++expected) {
    json j;
    try {
      j = json::parse(it->value().ToString());
    } catch (const json::exception&) {
      return Status::Corruption("audit entry " + std::to_string(expected) + " is malformed");
    }
    uint64_t seq = j.value("seq", uint64_t{0});
    if (it->key().ToString() != AuditKey(seq)) {
      return Status::Corruption("audit entry " + std::to_string(expected) +
                                " is stored under another position (reordered)");
    }
    if (seq != expected) {
      return Status::Corruption("audit entry " + std::to_string(expected) +
                                " is missing (deleted): next entry is " + std::to_string(seq));
    }
    std::string canonical;
    try {
      canonical = Canonical(seq, j.at("time"), j.at("actor"), j.at("action"),
                            j.at("ids").get<std::vector<std::string>>(), j.at("prev"));
    } catch (const json::exception&) {
      return Status::Corruption("audit entry " + std::to_string(seq) + " lacks a field");
    }
    std::string mac = j.value("mac", "");
    if (mac != Mac(canonical)) {
      return Status::Corruption("audit entry " + std::to_string(seq) + " was altered (MAC mismatch)");
    }
    if (j.value("prev", "") != prev_mac) {
      return Status::Corruption("audit entry " + std::to_string(seq) +
                                " does not follow the entry before it (reordered or replaced)");
    }
    prev_mac = mac;
  }
  if (!it->status().ok()) return Status::Corruption("reading the audit log: " + it->status().ToString());
  std::string head;
  rocksdb::Status s = db_->Get(rocksdb::ReadOptions(), meta_cf_, kHeadKey, &head);
  uint64_t last = expected - 1;
  if (s.ok()) {
    json h = json::parse(head, nullptr, false);
    if (h.is_discarded() || h.value("seq", uint64_t{0}) != last || h.value("mac", "") != prev_mac) {
      return Status::Corruption("the audit log ends at entry " + std::to_string(last) +
                                " but its head names another entry (entries deleted at the end)");
    }
  } else if (last != 0) {
    return Status::Corruption("the audit head is missing");
  }
  return Status::OK();
}

}  // namespace amparo
