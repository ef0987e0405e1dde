// The Archive facade: orchestrates intake -> redaction -> review -> sealed
// store -> sealed index, consent changes and crypto-shredding.
//
// Write path invariant (crash safety): a mutation first commits to RocksDB
// (synced) together with its audit entry, the next sequence number and a
// "dirty" marker for each touched id; then the index is updated and
// committed with that sequence number; then the markers are cleared. On
// open, any marked id is re-indexed from the store (or removed from the
// index if the store no longer has it), so a crash can never leave a
// withdrawn testimony searchable or a stored one unfindable.
#include <nlohmann/json.hpp>
#include <rocksdb/write_batch.h>
#include <sodium.h>
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <functional>
#include <fstream>
#include <mutex>
#include <optional>
#include <set>
#include <shared_mutex>

#include "archive/archive.h"
#include "archive/audit_log.h"
#include "archive/intake.h"
#include "archive/keyring.h"
#include "archive/receipt.h"
#include "archive/record_codec.h"
#include "archive/record_parser.h"
#include "archive/roles.h"
#include "archive/sealing.h"
#include "archive/store.h"
#include "archive/worker_pool.h"
#include "redaction/place_gazetteer.h"
#include "redaction/redactor.h"
#include "search/sealed_index.h"
#include "search/thesaurus.h"

namespace amparo {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr int kFormatVersion = 1;
const char kSeqKey[] = "seq";
const char kDirtyPrefix[] = "dirty/";
const char kCasePrefix[] = "case/";  // meta: id -> case hash, to clean lookup on withdrawal
// meta: id -> consent expiry date, so expiries can be audited without
// decrypting every consent record; "expired/<id>" once it has been audited.
const char kExpiryPrefix[] = "expiry/";
const char kExpiredPrefix[] = "expired/";
// meta: set in the same batch as a withdrawal or approval, cleared once the
// key epoch has rotated and the store and index are compacted. Found at
// open, it means shredding was cut short: it is finished before anything else.
const char kShredPending[] = "shred-pending";
// datakey family: "pending/<id>" wraps the key that seals the review-queue
// original, separate from the testimony's data key so approval can destroy it.
const char kPendingKeyPrefix[] = "pending/";

// Record kinds, bound into each record's associated data.
const char kKindTestimony[] = "testimony";
const char kKindPending[] = "pending";
const char kKindConsent[] = "consent";

const char* const kReasonCodes[] = {"consent-withdrawn", "survivor-request", "safety-risk",
                                    "legal-order", "duplicate", "data-error"};

std::string EncodeU64(uint64_t v) { return std::to_string(v); }

std::string NewId() {
  unsigned char b[8];
  randombytes_buf(b, sizeof b);
  std::string id = "t";
  return id.append(ToHex(std::string_view(reinterpret_cast<char*>(b), sizeof b)));
}

redaction::IdentifierType TypeFromName(const std::string& name, bool* ok) {
  using redaction::IdentifierType;
  for (int i = 0; i <= static_cast<int>(IdentifierType::kGpsCoordinates); ++i) {
    auto t = static_cast<IdentifierType>(i);
    if (redaction::IdentifierTypeName(t) == name) {
      *ok = true;
      return t;
    }
  }
  *ok = false;
  return IdentifierType::kPersonName;
}

const char* StaticDetector(const std::string& d) {
  for (const char* known : {"known", "pattern", "names", "reviewer"})
    if (d == known) return known;
  return "reviewer";
}

std::vector<ProposedRedaction> ToProposals(const redaction::RedactionReport& report) {
  std::vector<ProposedRedaction> out;
  for (const auto& span : report.spans) {
    ProposedRedaction pr;
    pr.begin = span.original_begin;
    pr.end = span.original_end;
    pr.type = std::string(redaction::IdentifierTypeName(span.type));
    pr.detector = span.detector;
    pr.confidence = span.confidence;
    pr.replacement = span.replacement;
    out.push_back(std::move(pr));
  }
  return out;
}

// The testimony a pending record becomes when approved, consent included.
Testimony ApprovedTestimony(const PendingTestimony& p) {
  Testimony t;
  t.id = p.id;
  t.pseudonym = p.pseudonym;
  t.language = p.language;
  t.recorded_on = p.recorded_on;
  t.recorded_at = p.recorded_at;
  t.title = p.title;
  t.text = p.redacted_text;
  t.tags = p.tags;
  t.approved_at = UtcTimestamp();
  t.consent = p.consent;
  return t;
}

// The stored form of an approved testimony: the redacted text and metadata;
// consent lives in its own record so it can change alone.
std::string TestimonyRecordJson(const Testimony& t) {
  json tj = t;
  tj.erase("consent");
  return tj.dump();
}

void MergeTags(Tags* into, const std::string& facet, const std::vector<std::string>& values) {
  auto& v = (*into)[facet];
  for (const auto& x : values)
    if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
  if (v.empty()) into->erase(facet);
}

}  // namespace

bool IsKnownReasonCode(std::string_view reason) {
  for (const char* r : kReasonCodes)
    if (reason == r) return true;
  return false;
}

class ArchiveImpl : public Archive {
 public:
  ArchiveImpl(Options options) : options_(std::move(options)) {}
  ~ArchiveImpl() override;

  Status Init(const MasterKey& key);

  Status Ingest(const Actor& actor, const IntakeRecord& record, bool auto_approve,
                std::string* id) override {
    std::vector<std::string> ids;
    AMPARO_RETURN_IF_ERROR(IngestBatch(actor, {record}, auto_approve, &ids));
    if (id) *id = ids.at(0);
    return Status::OK();
  }
  Status IngestBatch(const Actor& actor, const std::vector<IntakeRecord>& records,
                     bool auto_approve, std::vector<std::string>* ids) override;
  Status ListPending(const Actor& actor, std::vector<PendingTestimony>* out) override;
  Status GetPending(const Actor& actor, const std::string& id, PendingTestimony* out) override;
  Status EditPending(const Actor& actor, const std::string& id,
                     const std::vector<ProposedRedaction>& redactions, const Tags* tags) override;
  Status Approve(const Actor& actor, const std::string& id) override;
  Status Reject(const Actor& actor, const std::string& id) override;
  Status List(const Actor& actor, std::vector<TestimonySummary>* out) override;
  Status Show(const Actor& actor, const std::string& id, Testimony* out) override;
  Status Search(const Actor& actor, const ArchiveSearchRequest& req,
                ArchiveSearchResponse* out) override;
  Status Export(const Actor& actor, const std::vector<std::string>& ids,
                std::vector<Testimony>* out) override;
  Status GetConsent(const Actor& actor, const std::string& id, ConsentRecord* out) override;
  Status NarrowConsent(const Actor& actor, const std::string& id, const std::string& scope) override;
  Status Withdraw(const Actor& actor, const std::string& id, const std::string& reason_code,
                  DeletionReceipt* receipt) override;
  Status WithdrawByCase(const Actor& actor, const std::string& case_code,
                        const std::string& reason_code,
                        std::vector<DeletionReceipt>* receipts) override;
  Status ListTombstones(const Actor& actor, std::vector<Tombstone>* out) override;
  Status AddUser(const Actor& actor, const std::string& name, Role role,
                 const std::string& password) override;
  Status RemoveUser(const Actor& actor, const std::string& name) override;
  Status ListUsers(const Actor& actor, std::vector<UserInfo>* out) override;
  Status Authenticate(const std::string& name, const std::string& password, UserInfo* out) override;
  Status ReadAudit(const Actor& actor, std::vector<AuditEntry>* out) override;
  Status VerifyAudit(const Actor& actor) override;
  Status Verify(const Actor& actor, VerifyReport* out) override;
  Status Reindex(const Actor& actor, void (*progress)(uint64_t, uint64_t)) override;
  Status RotateKeys(const Actor& actor, uint64_t* epoch) override;
  Stats GetStats() override;

 private:
  // --- sealed records ---
  Status LoadDataKey(const std::string& id, SecureBuffer* key);
  Status ReadSealed(Store::Family f, const char* kind, const std::string& id,
                    const SecureBuffer& key, json* out);
  Status ReadTestimony(const std::string& id, Testimony* out);  // with consent
  // ReadTestimony for several ids with one batched store lookup: (*out)[i]
  // and (*statuses)[i] are what ReadTestimony(ids[i]) gives. With a reader,
  // a testimony that reader may not see is NotFound and its text is never
  // decrypted.
  void ReadTestimonies(const std::vector<std::string>& ids, const Actor* reader,
                       std::vector<Testimony>* out, std::vector<Status>* statuses);
  Status ReadPending(const std::string& id, PendingTestimony* out);
  std::string CaseHash(const std::string& case_code) const;

  // --- write path ---
  // Commits batch with the audit entry, next sequence number and dirty
  // markers for index_ids; then brings the index up to date for those ids.
  Status CommitMutation(rocksdb::WriteBatch* batch, const Actor& actor, const std::string& action,
                        const std::vector<std::string>& ids, const std::vector<std::string>& index_ids);
  // The store half of CommitMutation: the index is left to the caller.
  Status WriteMutation(rocksdb::WriteBatch* batch, const Actor& actor, const std::string& action,
                       const std::vector<std::string>& ids, const std::vector<std::string>& index_ids);
  Status SyncIndex(const std::vector<std::string>& ids);  // re-put or remove each id, commit
  // Indexes testimonies just stored from the records that were sealed (no
  // re-read), commits, and clears their dirty markers.
  Status IndexStored(const std::vector<Testimony>& stored);
  // Runs index_one(i) for every id on every core, commits the index and
  // clears the ids' dirty markers.
  Status IndexAndCommit(const std::vector<std::string>& ids, const std::function<Status(size_t)>& index_one);
  Status IndexPut(const Testimony& t);
  Status AuditRead(const Actor& actor, const std::string& action, const std::vector<std::string>& ids);
  Status RotateEpoch();  // new KEK, re-wrap every data key, drop the old KEK
  Status Reconcile();
  // Puts every stored testimony into the index again and drops ids the
  // store no longer holds. Caller holds mu_ exclusively.
  Status RebuildIndex(void (*progress)(uint64_t, uint64_t));
  // Records a "consent-expired" audit entry, once, for every consent whose
  // expires_on has passed. Expiry itself needs no write: reads compare dates.
  Status AuditExpiries();
  Status WithdrawIds(const Actor& actor, const std::vector<std::string>& ids,
                     const std::string& reason_code, bool only_pending,
                     std::vector<DeletionReceipt>* receipts);
  // Compacts the store and the index so freed blocks go, then clears the
  // shred marker. Runs without the exclusive lock: the KEK that could open
  // stale copies is already gone, so readers need not wait for this.
  Status CompactAfterShredding();
  // Canonical tags (thesaurus, gazetteer); a value outside the vocabulary is
  // refused, so no free text (a name, a phone) can ride along in a tag.
  Status CanonicalizeTags(Tags* tags) const;
  // FailedPrecondition if text still holds a known identifier (the reviewer
  // removed a redaction the intake proposed).
  Status CheckNoKnownIdentifiers(const PendingTestimony& p) const;
  redaction::KnownIdentifiers KnownFor(const KnownIdentifierList& k, const std::string& case_code) const;

  // --- reading policy ---
  bool MayRead(const Actor& actor, const ConsentRecord& consent) const;
  // MayRead for many records: the actor's scopes and today's date, once.
  struct ReadPolicy {
    explicit ReadPolicy(const Actor& actor);
    bool Allows(const ConsentRecord& consent) const;
    bool all = false;
    std::vector<std::string> allowed;
    std::string today;
  };
  Status RedactRecord(const IntakeRecord& r, const std::string& id, PendingTestimony* p);

  Options options_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Keyring> keyring_;
  std::unique_ptr<AuditLog> audit_;
  std::unique_ptr<ReceiptSigner> signer_;
  std::unique_ptr<redaction::Redactor> redactor_;
  std::unique_ptr<search::SealedIndex> index_;
  SecureBuffer lookup_key_;
  uint64_t seq_ = 0;
  std::shared_mutex mu_;    // exclusive for mutations, shared for reads
  // Searches share the index; writes, commits and compaction take it alone
  // (SealedIndex allows concurrent searches, not searches during Compact).
  std::shared_mutex index_mu_;
  // Intake's redaction and indexing run here: threads that live as long as
  // the archive keep their caches (stems, sealed words) from batch to batch.
  WorkerPool pool_;
};

// ---------------------------------------------------------------------------
// Opening

Status Archive::ReadKeySource(const std::string& data_dir, std::string* key_source,
                              std::string* salt_hex) {
  std::ifstream in(data_dir + "/amparo.json");
  if (!in) return Status::NotFound("no Amparo archive at " + data_dir + " (run amparo init)");
  json j = json::parse(in, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return Status::Corruption(data_dir + "/amparo.json is malformed");
  *key_source = j.value("key_source", "keyfile");
  *salt_hex = j.value("salt", "");
  return Status::OK();
}

Status Archive::ReadReceiptKey(const std::string& data_dir, std::string* public_key_hex) {
  std::ifstream in(data_dir + "/amparo.json");
  if (!in) return Status::NotFound("no Amparo archive at " + data_dir);
  json j = json::parse(in, nullptr, false);
  if (j.is_discarded() || !j.contains("receipt_key")) return Status::Corruption(data_dir + "/amparo.json names no receipt key");
  *public_key_hex = j["receipt_key"].get<std::string>();
  return Status::OK();
}

Status Archive::Open(const Options& options, const MasterKey& key, std::unique_ptr<Archive>* out) {
  if (sodium_init() < 0) return Status::Internal("libsodium failed to initialize");
  if (!key.valid()) return Status::InvalidArgument("no master key given");
  auto impl = std::make_unique<ArchiveImpl>(options);
  AMPARO_RETURN_IF_ERROR(impl->Init(key));
  *out = std::move(impl);
  return Status::OK();
}

Status ArchiveImpl::Init(const MasterKey& key) {
  const std::string& dir = options_.data_dir;
  if (dir.empty()) return Status::InvalidArgument("no data directory given (--data or AMPARO_DATA)");
  std::error_code ec;
  if (options_.create) {
    if (fs::exists(dir + "/amparo.json")) return Status::AlreadyExists("an archive already exists at " + dir);
    fs::create_directories(dir, ec);
    if (ec) return Status::IOError("cannot create " + dir + ": " + ec.message());
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
    json header = {{"format", kFormatVersion}, {"key_source", options_.key_source},
                   // Public: lets anyone check a deletion receipt against this archive.
                   {"receipt_key", ReceiptSigner(key.data()).public_key_hex()}};
    if (!options_.salt_hex.empty()) header["salt"] = options_.salt_hex;
    std::ofstream(dir + "/amparo.json") << header.dump(2) << "\n";
    AMPARO_RETURN_IF_ERROR(Keyring::Create(dir + "/keyring", key.data(), &keyring_));
  } else {
    if (!fs::exists(dir + "/amparo.json")) {
      return Status::NotFound("no Amparo archive at " + dir + " (run amparo init)");
    }
    // The keyring authenticates the master key before anything is opened for
    // writing: a wrong key changes nothing.
    AMPARO_RETURN_IF_ERROR(Keyring::Open(dir + "/keyring", key.data(), &keyring_));
  }
  AMPARO_RETURN_IF_ERROR(Store::Open(dir + "/store", options_.create, &store_));
  audit_ = std::make_unique<AuditLog>(store_->db(), store_->cf(Store::kAudit),
                                      store_->cf(Store::kMeta), DeriveKey(key.data(), KeyPurpose::kAudit));
  AMPARO_RETURN_IF_ERROR(audit_->Load());
  signer_ = std::make_unique<ReceiptSigner>(key.data());
  lookup_key_ = DeriveKey(key.data(), KeyPurpose::kLookup);

  std::string error;
  redactor_ = redaction::Redactor::Create(&error);
  if (!redactor_) return Status::Internal("cannot load the redactor: " + error);
  SecureBuffer index_key = DeriveKey(key.data(), KeyPurpose::kIndex);
  std::string index_key_bytes(reinterpret_cast<const char*>(index_key.data()), index_key.size());
  index_ = search::SealedIndex::Open(dir + "/index", index_key_bytes, &error);
  sodium_memzero(index_key_bytes.data(), index_key_bytes.size());
  if (!index_) return Status::IOError("cannot open the index: " + error);

  std::string seq;
  if (store_->Get(Store::kMeta, kSeqKey, &seq).ok()) seq_ = std::stoull(seq);
  AMPARO_RETURN_IF_ERROR(Reconcile());
  // An index written by an earlier version lacks what phrases need now.
  if (index_->NeedsRebuild()) AMPARO_RETURN_IF_ERROR(RebuildIndex(nullptr));
  return Status::OK();
}

ArchiveImpl::~ArchiveImpl() {
  std::unique_lock lock(mu_);
  index_.reset();
  store_.reset();
}

Status ArchiveImpl::Reconcile() {
  // 1. Finish a key rotation cut short by a crash; a withdrawal or approval
  //    whose shredding did not finish gets a whole new epoch.
  bool shred_pending = store_->Exists(Store::kMeta, kShredPending);
  if (keyring_->rotation_pending() || shred_pending) AMPARO_RETURN_IF_ERROR(RotateEpoch());
  // 2. Ids touched by mutations whose index update may not have finished.
  std::vector<std::string> dirty;
  AMPARO_RETURN_IF_ERROR(store_->Scan(Store::kMeta, kDirtyPrefix, [&](const std::string& k, const std::string&) {
    dirty.push_back(k.substr(strlen(kDirtyPrefix)));
    return true;
  }));
  // 3. An index that lags behind the store (lost, or older): compare all ids.
  if (index_->CommittedSequence() != seq_) {
    std::set<std::string> stored;
    AMPARO_RETURN_IF_ERROR(store_->Scan(Store::kTestimony, "", [&](const std::string& k, const std::string&) {
      stored.insert(k);
      return true;
    }));
    std::set<std::string> indexed;
    {
      std::lock_guard il(index_mu_);
      for (auto& id : index_->AllIds()) indexed.insert(id);
    }
    for (const auto& id : stored) if (!indexed.count(id)) dirty.push_back(id);
    for (const auto& id : indexed) if (!stored.count(id)) dirty.push_back(id);
  }
  if (!dirty.empty() || index_->CommittedSequence() != seq_) AMPARO_RETURN_IF_ERROR(SyncIndex(dirty));
  if (shred_pending) AMPARO_RETURN_IF_ERROR(CompactAfterShredding());
  return AuditExpiries();
}

Status ArchiveImpl::AuditExpiries() {
  std::string today = TodayUtc();
  std::vector<std::string> newly_expired;
  AMPARO_RETURN_IF_ERROR(store_->Scan(Store::kMeta, kExpiryPrefix, [&](const std::string& k, const std::string& date) {
    std::string id = k.substr(strlen(kExpiryPrefix));
    if (date < today && !store_->Exists(Store::kMeta, kExpiredPrefix + id)) newly_expired.push_back(id);
    return true;
  }));
  if (newly_expired.empty()) return Status::OK();
  rocksdb::WriteBatch batch;
  for (const auto& id : newly_expired) batch.Put(store_->cf(Store::kMeta), kExpiredPrefix + id, today);
  return CommitMutation(&batch, Actor{"system", Role::kAdmin}, "consent-expired", newly_expired, {});
}

// ---------------------------------------------------------------------------
// Sealed records

Status ArchiveImpl::LoadDataKey(const std::string& id, SecureBuffer* key) {
  std::string wrapped;
  Status s = store_->Get(Store::kDataKey, id, &wrapped);
  if (!s.ok()) {
    if (s.code() == Status::Code::kNotFound) return Status::NotFound("no testimony " + id);
    return s;
  }
  return keyring_->UnwrapDataKey(id, wrapped, key);
}

Status ArchiveImpl::ReadSealed(Store::Family f, const char* kind, const std::string& id,
                               const SecureBuffer& key, json* out) {
  std::string sealed, plain;
  Status s = store_->Get(f, id, &sealed);
  if (!s.ok()) {
    if (s.code() == Status::Code::kNotFound) return Status::NotFound("no " + std::string(kind) + " record for " + id);
    return s;
  }
  AMPARO_RETURN_IF_ERROR(OpenRecord(key.data(), id, kind, sealed, &plain));
  *out = json::parse(plain, nullptr, false);
  sodium_memzero(plain.data(), plain.size());
  if (out->is_discarded()) return Status::Corruption(std::string(kind) + " record of " + id + " is malformed");
  return Status::OK();
}

namespace {

// Opens a sealed record and parses its JSON into *out (record_parser.h);
// the plaintext is wiped once parsed.
template <class T>
Status OpenRecordAs(const SecureBuffer& key, const std::string& id, const char* kind,
                    std::string_view sealed, Status (*parse)(const std::string&, T*), T* out) {
  std::string plain;
  AMPARO_RETURN_IF_ERROR(OpenRecord(key.data(), id, kind, sealed, &plain));
  Status s = parse(plain, out);
  sodium_memzero(plain.data(), plain.size());
  if (!s.ok()) return Status::Corruption(std::string(kind) + " record of " + id + " is malformed");
  return Status::OK();
}

}  // namespace

Status ArchiveImpl::ReadTestimony(const std::string& id, Testimony* out) {
  std::vector<Testimony> read;
  std::vector<Status> statuses;
  ReadTestimonies({id}, nullptr, &read, &statuses);
  if (statuses[0].ok()) *out = std::move(read[0]);
  return statuses[0];
}

void ArchiveImpl::ReadTestimonies(const std::vector<std::string>& ids, const Actor* reader,
                                  std::vector<Testimony>* out, std::vector<Status>* statuses) {
  // Three records per id: the wrapped data key, the consent, the testimony.
  std::vector<Store::Family> families;
  std::vector<std::string> keys;
  for (const auto& id : ids) {
    for (Store::Family f : {Store::kDataKey, Store::kConsent, Store::kTestimony}) {
      families.push_back(f);
      keys.push_back(id);
    }
  }
  std::vector<rocksdb::PinnableSlice> values;
  std::vector<Status> got;
  store_->MultiGet(families, keys, &values, &got);
  out->assign(ids.size(), Testimony());
  statuses->assign(ids.size(), Status::OK());
  BorrowedSecureBuffer key(kKeySize);
  std::optional<ReadPolicy> policy;
  if (reader != nullptr) policy.emplace(*reader);
  auto read_one = [&](size_t i) -> Status {
    const std::string& id = ids[i];
    const Status& key_status = got[3 * i];
    const Status& consent_status = got[3 * i + 1];
    const Status& testimony_status = got[3 * i + 2];
    if (testimony_status.code() == Status::Code::kNotFound || key_status.code() == Status::Code::kNotFound)
      return Status::NotFound("no testimony " + id);
    AMPARO_RETURN_IF_ERROR(testimony_status);
    AMPARO_RETURN_IF_ERROR(key_status);
    if (consent_status.code() == Status::Code::kNotFound)
      return Status::NotFound("no consent record for " + id);
    AMPARO_RETURN_IF_ERROR(consent_status);
    AMPARO_RETURN_IF_ERROR(keyring_->UnwrapDataKey(id, values[3 * i].ToStringView(), &key.get()));
    ConsentRecord consent;
    AMPARO_RETURN_IF_ERROR(OpenRecordAs(key.get(), id, kKindConsent, values[3 * i + 1].ToStringView(),
                                        ParseConsentJson, &consent));
    if (policy && !policy->Allows(consent))
      return Status::NotFound("no testimony " + id + " visible to the " + RoleName(reader->role) + " role");
    Testimony& t = (*out)[i];
    AMPARO_RETURN_IF_ERROR(OpenRecordAs(key.get(), id, kKindTestimony, values[3 * i + 2].ToStringView(),
                                        ParseTestimonyJson, &t));
    t.consent = std::move(consent);
    return Status::OK();
  };
  for (size_t i = 0; i < ids.size(); ++i) {
    (*statuses)[i] = read_one(i);
    if (!(*statuses)[i].ok()) (*out)[i] = Testimony();
  }
}

Status ArchiveImpl::ReadPending(const std::string& id, PendingTestimony* out) {
  if (!store_->Exists(Store::kPending, id)) return Status::NotFound("no testimony " + id + " in the review queue");
  SecureBuffer key;
  AMPARO_RETURN_IF_ERROR(LoadDataKey(kPendingKeyPrefix + id, &key));
  json p;
  AMPARO_RETURN_IF_ERROR(ReadSealed(Store::kPending, kKindPending, id, key, &p));
  try {
    *out = p.get<PendingTestimony>();
  } catch (const json::exception&) {
    return Status::Corruption("pending record " + id + " has an unexpected shape");
  }
  return Status::OK();
}

std::string ArchiveImpl::CaseHash(const std::string& case_code) const {
  return KeyedHashHex(lookup_key_.data(), NormalizeCaseCode(case_code));
}

// ---------------------------------------------------------------------------
// Write path

Status ArchiveImpl::CommitMutation(rocksdb::WriteBatch* batch, const Actor& actor,
                                   const std::string& action, const std::vector<std::string>& ids,
                                   const std::vector<std::string>& index_ids) {
  AMPARO_RETURN_IF_ERROR(WriteMutation(batch, actor, action, ids, index_ids));
  if (index_ids.empty()) return Status::OK();
  return SyncIndex(index_ids);
}

Status ArchiveImpl::WriteMutation(rocksdb::WriteBatch* batch, const Actor& actor,
                                  const std::string& action, const std::vector<std::string>& ids,
                                  const std::vector<std::string>& index_ids) {
  uint64_t next = seq_ + 1;
  batch->Put(store_->cf(Store::kMeta), kSeqKey, EncodeU64(next));
  for (const auto& id : index_ids) batch->Put(store_->cf(Store::kMeta), kDirtyPrefix + id, "");
  audit_->Stage(batch, actor.name, action, ids);
  Status s = store_->Write(batch, /*sync=*/true);
  if (!s.ok()) {
    audit_->Abandon();
    return s;
  }
  audit_->Committed();
  seq_ = next;
  return Status::OK();
}

Status ArchiveImpl::IndexPut(const Testimony& t) {
  search::IndexedTestimony it;
  it.id = t.id;
  it.language = t.language;
  it.title = t.title;
  it.text = t.text;
  it.pseudonym = t.pseudonym;
  it.year = std::atoi(t.recorded_on.substr(0, 4).c_str());
  it.month = t.recorded_on.size() >= 7 ? std::atoi(t.recorded_on.substr(5, 2).c_str()) : 0;
  auto tag = [&](const char* facet) {
    auto f = t.tags.find(facet);
    return f == t.tags.end() ? std::vector<std::string>{} : f->second;
  };
  it.places = tag("places");
  it.violence = tag("violence");
  it.perpetrator = tag("perpetrator");
  it.scopes = t.consent.scopes;
  it.consent_expires_on = t.consent.expires_on;
  std::string error;
  if (!index_->Put(it, &error)) return Status::IOError("indexing " + t.id + ": " + error);
  return Status::OK();
}

Status ArchiveImpl::SyncIndex(const std::vector<std::string>& ids) {
  return IndexAndCommit(ids, [&](size_t i) -> Status {
    Testimony t;
    Status s = ReadTestimony(ids[i], &t);
    if (s.ok()) return IndexPut(t);
    // Withdrawn, or unreadable: keep it out of search rather than guess.
    std::string error;
    if (!index_->Remove(ids[i], &error)) return Status::IOError("unindexing " + ids[i] + ": " + error);
    return Status::OK();
  });
}

Status ArchiveImpl::IndexStored(const std::vector<Testimony>& stored) {
  std::vector<std::string> ids;
  ids.reserve(stored.size());
  for (const Testimony& t : stored) ids.push_back(t.id);
  return IndexAndCommit(ids, [&](size_t i) { return IndexPut(stored[i]); });
}

Status ArchiveImpl::IndexAndCommit(const std::vector<std::string>& ids,
                                   const std::function<Status(size_t)>& index_one) {
  std::lock_guard il(index_mu_);
  // The index takes Puts from several threads (one segment each), so a
  // large batch is indexed on every core.
  std::vector<Status> results(ids.size());
  std::atomic<bool> failed{false};
  auto one = [&](size_t i) {
    if (failed.load(std::memory_order_relaxed)) return;
    results[i] = index_one(i);
    if (!results[i].ok()) failed = true;
  };
  if (ids.size() < 16) {
    for (size_t i = 0; i < ids.size(); ++i) one(i);
  } else {
    pool_.ParallelFor(ids.size(), one);
  }
  for (const Status& s : results) AMPARO_RETURN_IF_ERROR(s);
  std::string error;
  if (!index_->Commit(seq_, &error)) return Status::IOError("committing the index: " + error);
  rocksdb::WriteBatch clear;
  for (const auto& id : ids) clear.Delete(store_->cf(Store::kMeta), kDirtyPrefix + id);
  return store_->Write(&clear, /*sync=*/false);
}

Status ArchiveImpl::AuditRead(const Actor& actor, const std::string& action,
                              const std::vector<std::string>& ids) {
  rocksdb::WriteBatch batch;
  audit_->Stage(&batch, actor.name, action, ids);
  // An export leaves the archive: its record must survive a power cut.
  Status s = store_->Write(&batch, /*sync=*/action == "export");
  if (s.ok()) audit_->Committed(); else audit_->Abandon();
  return s;
}

Status ArchiveImpl::RotateEpoch() {
  if (!keyring_->rotation_pending()) AMPARO_RETURN_IF_ERROR(keyring_->BeginRotation());
  // Re-wrap every data key still under the previous epoch.
  rocksdb::WriteBatch batch;
  Status scan_status;
  uint64_t current = keyring_->current_epoch();
  AMPARO_RETURN_IF_ERROR(store_->Scan(Store::kDataKey, "", [&](const std::string& id, const std::string& wrapped) {
    if (Keyring::WrappedEpoch(wrapped) == current) return true;
    SecureBuffer key;
    Status s = keyring_->UnwrapDataKey(id, wrapped, &key);
    if (!s.ok()) { scan_status = s; return false; }
    batch.Put(store_->cf(Store::kDataKey), id, keyring_->WrapDataKey(id, key.data()));
    return true;
  }));
  AMPARO_RETURN_IF_ERROR(scan_status);
  AMPARO_RETURN_IF_ERROR(store_->Write(&batch, /*sync=*/true));
  return keyring_->FinishRotation();
}

// ---------------------------------------------------------------------------
// Intake and review

redaction::KnownIdentifiers ArchiveImpl::KnownFor(const KnownIdentifierList& k,
                                                  const std::string& case_code) const {
  redaction::KnownIdentifiers known;
  // The first name listed is the survivor's; nicknames are the survivor's.
  for (size_t i = 0; i < k.names.size(); ++i) (i == 0 ? known.survivor_names : known.other_names).push_back(k.names[i]);
  for (const auto& n : k.nicknames) known.survivor_names.push_back(n);
  known.phones = k.phones;
  known.emails = k.emails;
  known.case_codes = {case_code};
  known.other = k.other;
  return known;
}

Status ArchiveImpl::CanonicalizeTags(Tags* tags) const {
  const search::Thesaurus& thesaurus = search::Thesaurus::Get();
  const redaction::PlaceGazetteer& places = redaction::PlaceGazetteer::Default();
  Tags out;
  for (const auto& [facet, values] : *tags) {
    if (facet != "violence" && facet != "perpetrator" && facet != "places") {
      return Status::InvalidArgument("unknown tag facet (known: violence, perpetrator, places)");
    }
    for (size_t i = 0; i < values.size(); ++i) {
      std::string canonical;
      if (facet == "places") {
        auto found = places.FindPlaces(values[i]);
        if (found.size() == 1 && found[0].begin == 0 && found[0].end == values[i].size()) canonical = found[0].canonical;
      } else {
        canonical = thesaurus.Canonicalize(facet, values[i]);
      }
      // The message names the position, never the value: it may be a name.
      if (canonical.empty()) {
        return Status::InvalidArgument("tags." + facet + "[" + std::to_string(i) + "] is not in the " +
                                       (facet == "places" ? "place gazetteer" : "thesaurus") +
                                       " (docs/search.md lists the vocabulary)");
      }
      MergeTags(&out, facet, {canonical});
    }
  }
  *tags = std::move(out);
  return Status::OK();
}

Status ArchiveImpl::RedactRecord(const IntakeRecord& r, const std::string& id, PendingTestimony* p) {
  redaction::KnownIdentifiers known = KnownFor(r.known_identifiers, r.case_code);
  redaction::RedactionOptions opts;
  opts.pseudonym = r.pseudonym;
  opts.language = r.language;
  opts.generalize_ages = options_.generalize_ages;
  opts.generalize_dates = options_.generalize_dates;
  redaction::RedactionResult result;
  std::string error;
  if (!redactor_->Redact(r.text, r.language, known, opts, &result, &error)) {
    return Status::InvalidArgument("text cannot be redacted: " + error);
  }
  // Title and place of recording are written by staff but may still name
  // someone or an address: they are redacted too.
  redaction::RedactionResult title, place;
  if (!r.title.empty() && !redactor_->Redact(r.title, r.language, known, opts, &title, &error)) {
    return Status::InvalidArgument("title cannot be redacted: " + error);
  }
  if (!r.recorded_at.empty() && !redactor_->Redact(r.recorded_at, r.language, known, opts, &place, &error)) {
    return Status::InvalidArgument("recorded_at cannot be redacted: " + error);
  }
  p->id = id;
  p->pseudonym = r.pseudonym;
  p->language = r.language;
  p->recorded_on = r.recorded_on;
  p->recorded_at = r.recorded_at.empty() ? "" : place.text;
  p->title = r.title.empty() ? "" : title.text;
  p->original_text = r.text;
  p->redacted_text = result.text;
  p->redactions = ToProposals(result.report);
  p->known_identifiers = r.known_identifiers;
  p->case_code = r.case_code;
  // Tags: what intake gave (from the vocabulary only), plus suggestions from
  // the thesaurus and gazetteer over the redacted text; reviewers edit them.
  p->tags = r.tags;
  AMPARO_RETURN_IF_ERROR(CanonicalizeTags(&p->tags));
  search::TagSuggestions s = search::SuggestTags(result.text, r.language);
  MergeTags(&p->tags, "violence", s.violence);
  MergeTags(&p->tags, "perpetrator", s.perpetrator);
  std::vector<std::string> places;
  for (const auto& m : redaction::PlaceGazetteer::Default().FindPlaces(result.text)) places.push_back(m.canonical);
  MergeTags(&p->tags, "places", places);
  p->consent = r.consent;
  p->received_at = UtcTimestamp();
  return Status::OK();
}

Status ArchiveImpl::CheckNoKnownIdentifiers(const PendingTestimony& p) const {
  // The pseudonym may reuse a first name ("Yahir*"): blank it out first.
  std::string text = p.title + "\n" + p.recorded_at + "\n" + p.redacted_text;
  if (!p.pseudonym.empty()) {
    for (size_t at = text.find(p.pseudonym); at != std::string::npos; at = text.find(p.pseudonym, at)) {
      text.replace(at, p.pseudonym.size(), std::string(p.pseudonym.size(), ' '));
    }
  }
  redaction::RedactionOptions opts;
  opts.language = p.language;
  redaction::RedactionResult result;
  std::string error;
  if (!redactor_->Redact(text, p.language, KnownFor(p.known_identifiers, p.case_code), opts, &result, &error)) {
    return Status::InvalidArgument("cannot check the redacted text: " + error);
  }
  size_t left = 0;
  for (const auto& span : result.report.spans) left += span.detector == "known";
  if (left > 0) {
    return Status::FailedPrecondition(std::to_string(left) +
                                      " known identifier(s) of the survivor or relatives remain in the redacted "
                                      "text: restore those redactions before approving");
  }
  return Status::OK();
}

Status ArchiveImpl::IngestBatch(const Actor& actor, const std::vector<IntakeRecord>& records,
                                bool auto_approve, std::vector<std::string>* ids) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kIntake));
  if (auto_approve && actor.role != Role::kAdmin) {
    return Status::PermissionDenied("only an admin may store testimonies without review");
  }
  if (records.empty()) return Status::InvalidArgument("nothing to ingest");
  // Validate, redact and seal everything before writing anything: all or
  // nothing. Redaction dominates intake time and the redactor is
  // thread-safe, so large batches are spread over the machine's cores; the
  // records are encrypted there too. Only wrapping the data keys (the key
  // ring may rotate) and the write itself wait for the archive lock.
  // One guarded allocation per kind of key: sodium_malloc maps pages per
  // call, and one call per testimony cost more than sealing it.
  SecureBuffer data_keys(kKeySize * records.size());
  randombytes_buf(data_keys.data(), data_keys.size());
  SecureBuffer pending_keys(auto_approve ? 0 : kKeySize * records.size());
  if (!auto_approve) randombytes_buf(pending_keys.data(), pending_keys.size());
  struct SealedIntake {
    std::string case_hash;
    std::string consent;  // sealed consent record
    std::string record;   // sealed testimony (approved) or pending record
  };
  std::vector<PendingTestimony> pending(records.size());
  std::vector<Testimony> approved(auto_approve ? records.size() : 0);
  std::vector<SealedIntake> sealed(records.size());
  std::vector<Status> results(records.size());
  auto work = [&](size_t i) {
    results[i] = ValidateIntake(records[i], options_.max_text_bytes);
    if (results[i].ok()) results[i] = RedactRecord(records[i], NewId(), &pending[i]);
    if (!results[i].ok()) return;
    const PendingTestimony& p = pending[i];
    const unsigned char* data_key = data_keys.data() + i * kKeySize;
    sealed[i].case_hash = CaseHash(records[i].case_code);
    sealed[i].consent = SealRecord(data_key, p.id, kKindConsent, json(p.consent).dump());
    if (auto_approve) {
      approved[i] = ApprovedTestimony(p);
      sealed[i].record = SealRecord(data_key, p.id, kKindTestimony, TestimonyRecordJson(approved[i]));
    } else {
      sealed[i].record = SealRecord(pending_keys.data() + i * kKeySize, p.id, kKindPending, json(p).dump());
    }
  };
  if (records.size() < 16) {
    for (size_t i = 0; i < records.size(); ++i) work(i);
  } else {
    pool_.ParallelFor(records.size(), work);
  }
  std::vector<std::string> new_ids;
  for (size_t i = 0; i < records.size(); ++i) {
    const Status& v = results[i];
    if (!v.ok()) {
      if (records.size() == 1 || v.code() != Status::Code::kInvalidArgument) return v;
      return Status::InvalidArgument("record " + std::to_string(i + 1) + ": " + v.message());
    }
    new_ids.push_back(pending[i].id);
  }
  std::unique_lock lock(mu_);
  rocksdb::WriteBatch batch;
  for (size_t i = 0; i < records.size(); ++i) {
    const PendingTestimony& p = pending[i];
    const SealedIntake& si = sealed[i];
    batch.Put(store_->cf(Store::kDataKey), p.id, keyring_->WrapDataKey(p.id, data_keys.data() + i * kKeySize));
    batch.Put(store_->cf(Store::kLookup), si.case_hash + "/" + p.id, "");
    batch.Put(store_->cf(Store::kMeta), kCasePrefix + p.id, si.case_hash);
    if (!p.consent.expires_on.empty()) batch.Put(store_->cf(Store::kMeta), kExpiryPrefix + p.id, p.consent.expires_on);
    batch.Put(store_->cf(Store::kConsent), p.id, si.consent);
    if (auto_approve) {
      batch.Put(store_->cf(Store::kTestimony), p.id, si.record);
    } else {
      batch.Put(store_->cf(Store::kDataKey), kPendingKeyPrefix + p.id,
                keyring_->WrapDataKey(kPendingKeyPrefix + p.id, pending_keys.data() + i * kKeySize));
      batch.Put(store_->cf(Store::kPending), p.id, si.record);
    }
  }
  AMPARO_RETURN_IF_ERROR(WriteMutation(&batch, actor, auto_approve ? "intake-approved" : "intake",
                                       new_ids, auto_approve ? new_ids : std::vector<std::string>{}));
  if (auto_approve) AMPARO_RETURN_IF_ERROR(IndexStored(approved));
  if (ids) *ids = new_ids;
  return Status::OK();
}

Status ArchiveImpl::ListPending(const Actor& actor, std::vector<PendingTestimony>* out) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kIntake));
  std::shared_lock lock(mu_);
  std::vector<std::string> ids;
  AMPARO_RETURN_IF_ERROR(store_->Scan(Store::kPending, "", [&](const std::string& k, const std::string&) {
    ids.push_back(k);
    return true;
  }));
  for (const auto& id : ids) {
    PendingTestimony p;
    AMPARO_RETURN_IF_ERROR(ReadPending(id, &p));
    p.original_text.clear();
    p.redacted_text.clear();
    out->push_back(std::move(p));
  }
  std::sort(out->begin(), out->end(), [](auto& a, auto& b) { return a.received_at < b.received_at; });
  return Status::OK();
}

Status ArchiveImpl::GetPending(const Actor& actor, const std::string& id, PendingTestimony* out) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kIntake));
  std::shared_lock lock(mu_);
  AMPARO_RETURN_IF_ERROR(ReadPending(id, out));
  return AuditRead(actor, "review-read", {id});
}

Status ArchiveImpl::EditPending(const Actor& actor, const std::string& id,
                                const std::vector<ProposedRedaction>& redactions, const Tags* tags) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kIntake));
  std::unique_lock lock(mu_);
  PendingTestimony p;
  AMPARO_RETURN_IF_ERROR(ReadPending(id, &p));
  std::vector<redaction::Finding> findings;
  for (const auto& r : redactions) {
    bool ok = false;
    redaction::Finding f;
    f.type = TypeFromName(r.type, &ok);
    if (!ok) return Status::InvalidArgument("unknown redaction type");
    if (r.begin >= r.end || r.end > p.original_text.size()) {
      return Status::InvalidArgument("a redaction span lies outside the text");
    }
    auto inside_code_point = [&](size_t at) {
      return at < p.original_text.size() && (static_cast<unsigned char>(p.original_text[at]) & 0xC0) == 0x80;
    };
    if (inside_code_point(r.begin) || inside_code_point(r.end)) {
      return Status::InvalidArgument("a redaction span cuts a character in two");
    }
    f.begin = r.begin;
    f.end = r.end;
    f.detector = StaticDetector(r.detector);
    f.confidence = r.confidence;
    if (r.replacement.rfind("[PERSON-", 0) == 0) f.person_group = std::atoi(r.replacement.c_str() + 8) - 1;
    findings.push_back(f);
  }
  redaction::RedactionOptions opts;
  opts.pseudonym = p.pseudonym;
  opts.generalize_ages = options_.generalize_ages;
  opts.generalize_dates = options_.generalize_dates;
  redaction::RedactionResult result;
  std::string error;
  if (!redactor_->Render(p.original_text, findings, opts, &result, &error)) {
    return Status::InvalidArgument("cannot apply the redactions: " + error);
  }
  p.redacted_text = result.text;
  p.redactions = ToProposals(result.report);
  if (tags != nullptr) {
    Tags edited = *tags;
    AMPARO_RETURN_IF_ERROR(CanonicalizeTags(&edited));
    p.tags = std::move(edited);
  }
  SecureBuffer key;
  AMPARO_RETURN_IF_ERROR(LoadDataKey(kPendingKeyPrefix + id, &key));
  rocksdb::WriteBatch batch;
  batch.Put(store_->cf(Store::kPending), id, SealRecord(key.data(), id, kKindPending, json(p).dump()));
  return CommitMutation(&batch, actor, "review-edit", {id}, {});
}

Status ArchiveImpl::Approve(const Actor& actor, const std::string& id) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kIntake));
  std::unique_lock lock(mu_);
  PendingTestimony p;
  AMPARO_RETURN_IF_ERROR(ReadPending(id, &p));
  AMPARO_RETURN_IF_ERROR(CheckNoKnownIdentifiers(p));
  SecureBuffer key;
  AMPARO_RETURN_IF_ERROR(LoadDataKey(id, &key));
  rocksdb::WriteBatch batch;
  batch.Put(store_->cf(Store::kTestimony), id, SealRecord(key.data(), id, kKindTestimony, TestimonyRecordJson(ApprovedTestimony(p))));
  // Data minimization: the original and the key that sealed it go; the
  // epoch rotation below makes any stale copy of either undecryptable.
  batch.Delete(store_->cf(Store::kPending), id);
  batch.Delete(store_->cf(Store::kDataKey), kPendingKeyPrefix + id);
  batch.Put(store_->cf(Store::kMeta), kShredPending, "");
  sodium_memzero(p.original_text.data(), p.original_text.size());
  uint64_t before = seq_;
  Status s = CommitMutation(&batch, actor, "approve", {id}, {id});
  if (seq_ == before) return s;  // nothing was written
  AMPARO_RETURN_IF_ERROR(RotateEpoch());
  AMPARO_RETURN_IF_ERROR(s);
  rocksdb::WriteBatch done;
  done.Delete(store_->cf(Store::kMeta), kShredPending);
  return store_->Write(&done, /*sync=*/true);
}

Status ArchiveImpl::Reject(const Actor& actor, const std::string& id) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kIntake));
  // A rejected intake is erased like a withdrawn one: nothing of it remains.
  std::vector<DeletionReceipt> receipts;
  return WithdrawIds(actor, {id}, "data-error", /*only_pending=*/true, &receipts);
}

// ---------------------------------------------------------------------------
// Reading

ArchiveImpl::ReadPolicy::ReadPolicy(const Actor& actor)
    : allowed(ReadableScopes(actor.role, &all)), today(TodayUtc()) {}

bool ArchiveImpl::ReadPolicy::Allows(const ConsentRecord& consent) const {
  if (all) return true;
  for (const auto& s : consent.ActiveScopes(today))
    if (std::find(allowed.begin(), allowed.end(), s) != allowed.end()) return true;
  return false;
}

bool ArchiveImpl::MayRead(const Actor& actor, const ConsentRecord& consent) const {
  return ReadPolicy(actor).Allows(consent);
}

Status ArchiveImpl::List(const Actor& actor, std::vector<TestimonySummary>* out) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kRead));
  {
    std::unique_lock wlock(mu_);
    AMPARO_RETURN_IF_ERROR(AuditExpiries());
  }
  std::shared_lock lock(mu_);
  std::vector<std::string> ids;
  AMPARO_RETURN_IF_ERROR(store_->Scan(Store::kTestimony, "", [&](const std::string& k, const std::string&) {
    ids.push_back(k);
    return true;
  }));
  std::string today = TodayUtc();
  for (const auto& id : ids) {
    Testimony t;
    AMPARO_RETURN_IF_ERROR(ReadTestimony(id, &t));
    if (!MayRead(actor, t.consent)) continue;
    TestimonySummary s;
    s.id = t.id;
    s.pseudonym = t.pseudonym;
    s.language = t.language;
    s.recorded_on = t.recorded_on;
    s.title = t.title;
    s.scopes = t.consent.scopes;
    s.active_scopes = t.consent.ActiveScopes(today);
    s.expired = t.consent.IsExpired(today);
    out->push_back(std::move(s));
  }
  return Status::OK();
}

Status ArchiveImpl::Show(const Actor& actor, const std::string& id, Testimony* out) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kRead));
  std::shared_lock lock(mu_);
  Testimony t;
  Status s = ReadTestimony(id, &t);
  // Out of scope reads look exactly like missing ones.
  if (s.code() == Status::Code::kNotFound || (s.ok() && !MayRead(actor, t.consent))) {
    return Status::NotFound("no testimony " + id + " visible to the " + RoleName(actor.role) + " role");
  }
  AMPARO_RETURN_IF_ERROR(s);
  AMPARO_RETURN_IF_ERROR(AuditRead(actor, "show", {id}));
  *out = std::move(t);
  return Status::OK();
}

Status ArchiveImpl::Export(const Actor& actor, const std::vector<std::string>& ids,
                           std::vector<Testimony>* out) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kRead));
  std::shared_lock lock(mu_);
  std::vector<std::string> exported;
  for (const auto& id : ids) {
    Testimony t;
    Status s = ReadTestimony(id, &t);
    if (s.code() == Status::Code::kNotFound || (s.ok() && !MayRead(actor, t.consent))) continue;
    AMPARO_RETURN_IF_ERROR(s);
    exported.push_back(id);
    out->push_back(std::move(t));
  }
  return AuditRead(actor, "export", exported);
}

Status ArchiveImpl::Search(const Actor& actor, const ArchiveSearchRequest& req,
                           ArchiveSearchResponse* out) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kRead));
  if (req.page == 0 || req.page > 10000 || req.page_size == 0 || req.page_size > 100) {
    return Status::InvalidArgument("page is 1..10000 and page_size is 1..100");
  }
  if (req.query.size() > 1024) return Status::InvalidArgument("the query is longer than 1024 bytes");
  if (!IsValidUtf8(req.query)) return Status::InvalidArgument("the query is not valid UTF-8");
  bool all = false;
  search::SearchRequest sr;
  sr.query = req.query;
  sr.scopes = ReadableScopes(actor.role, &all);
  sr.today = TodayUtc();
  sr.offset = (req.page - 1) * req.page_size;
  sr.limit = req.page_size;
  sr.facets = req.facets;
  sr.use_result_cache = req.use_result_cache;
  search::SearchResult result;
  std::shared_lock lock(mu_);
  {
    std::shared_lock il(index_mu_);
    std::string error;
    if (!index_->Search(sr, &result, &error)) return Status::InvalidArgument(error);
  }
  out->total = std::to_string(result.total);
  out->page = req.page;
  out->page_size = req.page_size;
  std::vector<std::string> ids;
  for (const auto& hit : result.hits) ids.push_back(hit.id);
  std::vector<Testimony> records;
  std::vector<Status> statuses;
  // The consent is checked again here, record by record (defence in depth).
  ReadTestimonies(ids, &actor, &records, &statuses);
  ids.clear();
  const search::Highlighter highlighter(result.highlight_terms);
  for (size_t i = 0; i < records.size(); ++i) {
    if (!statuses[i].ok()) continue;
    Testimony& t = records[i];
    ArchiveSearchHit h;
    h.id = t.id;
    h.pseudonym = std::move(t.pseudonym);
    h.title = std::move(t.title);
    h.recorded_on = std::move(t.recorded_on);
    h.language = std::move(t.language);
    h.tags = std::move(t.tags);
    h.snippet = highlighter.Snippet(t.text, h.language);
    // The text was needed for the snippet only.
    sodium_memzero(t.text.data(), t.text.size());
    ids.push_back(t.id);
    out->hits.push_back(std::move(h));
  }
  for (const auto& [facet, values] : result.facets) {
    std::vector<FacetValue> fv;
    for (const auto& [value, count] : values) {
      FacetValue v;
      v.value = value;
      if (!all && count < options_.facet_threshold) {
        v.count = std::string("<").append(std::to_string(options_.facet_threshold));
      } else {
        v.count = std::to_string(count);
      }
      fv.push_back(std::move(v));
    }
    out->facets.emplace_back(facet, std::move(fv));
  }
  return AuditRead(actor, "search", ids);
}

// ---------------------------------------------------------------------------
// Consent

Status ArchiveImpl::GetConsent(const Actor& actor, const std::string& id, ConsentRecord* out) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kManageConsent));
  std::shared_lock lock(mu_);
  SecureBuffer key;
  AMPARO_RETURN_IF_ERROR(LoadDataKey(id, &key));
  json c;
  AMPARO_RETURN_IF_ERROR(ReadSealed(Store::kConsent, kKindConsent, id, key, &c));
  *out = c.get<ConsentRecord>();
  return AuditRead(actor, "consent-read", {id});
}

Status ArchiveImpl::NarrowConsent(const Actor& actor, const std::string& id, const std::string& scope) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kManageConsent));
  if (!IsKnownScope(scope)) return Status::InvalidArgument("unknown scope (known: publication, legal, research)");
  std::unique_lock lock(mu_);
  SecureBuffer key;
  AMPARO_RETURN_IF_ERROR(LoadDataKey(id, &key));
  json cj;
  AMPARO_RETURN_IF_ERROR(ReadSealed(Store::kConsent, kKindConsent, id, key, &cj));
  ConsentRecord c = cj.get<ConsentRecord>();
  auto it = std::find(c.scopes.begin(), c.scopes.end(), scope);
  if (it == c.scopes.end()) return Status::FailedPrecondition("testimony " + id + " has no \"" + scope + "\" consent");
  if (c.scopes.size() == 1) {
    return Status::FailedPrecondition("that is the last scope: withdraw the testimony instead");
  }
  c.scopes.erase(it);
  rocksdb::WriteBatch batch;
  batch.Put(store_->cf(Store::kConsent), id, SealRecord(key.data(), id, kKindConsent, json(c).dump()));
  bool indexed = store_->Exists(Store::kTestimony, id);
  return CommitMutation(&batch, actor, "consent-narrow:" + scope, {id},
                        indexed ? std::vector<std::string>{id} : std::vector<std::string>{});
}

Status ArchiveImpl::Withdraw(const Actor& actor, const std::string& id, const std::string& reason_code,
                             DeletionReceipt* receipt) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kManageConsent));
  std::vector<DeletionReceipt> receipts;
  AMPARO_RETURN_IF_ERROR(WithdrawIds(actor, {id}, reason_code, /*only_pending=*/false, &receipts));
  if (receipt) *receipt = receipts.at(0);
  return Status::OK();
}

Status ArchiveImpl::WithdrawByCase(const Actor& actor, const std::string& case_code,
                                   const std::string& reason_code, std::vector<DeletionReceipt>* receipts) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kManageConsent));
  std::vector<std::string> ids;
  {
    std::shared_lock lock(mu_);
    std::string prefix = CaseHash(case_code) + "/";
    AMPARO_RETURN_IF_ERROR(store_->Scan(Store::kLookup, prefix, [&](const std::string& k, const std::string&) {
      ids.push_back(k.substr(prefix.size()));
      return true;
    }));
  }
  if (ids.empty()) return Status::NotFound("no testimony is recorded under that case code");
  return WithdrawIds(actor, ids, reason_code, /*only_pending=*/false, receipts);
}

Status ArchiveImpl::WithdrawIds(const Actor& actor, const std::vector<std::string>& ids,
                                const std::string& reason_code, bool only_pending,
                                std::vector<DeletionReceipt>* receipts) {
  if (!IsKnownReasonCode(reason_code)) {
    return Status::InvalidArgument("unknown reason code (known: consent-withdrawn, survivor-request, safety-risk, legal-order, duplicate, data-error)");
  }
  std::string today = TodayUtc();
  std::vector<std::string> to_erase;
  {
    std::unique_lock lock(mu_);
    rocksdb::WriteBatch batch;
    for (const auto& id : ids) {
      std::string tomb;
      if (store_->Get(Store::kTombstone, id, &tomb).ok()) {
        // Already erased: hand out its receipt again (an admin may have lost it).
        json j = json::parse(tomb, nullptr, false);
        if (only_pending || j.is_discarded()) return Status::NotFound("no testimony " + id + " in the review queue");
        Tombstone t = j.get<Tombstone>();
        receipts->push_back(signer_->Sign(t.id, t.withdrawn_on, t.reason_code));
        continue;
      }
      if (only_pending && !store_->Exists(Store::kPending, id)) {
        return Status::NotFound("no testimony " + id + " in the review queue");
      }
      if (!store_->Exists(Store::kDataKey, id)) return Status::NotFound("no testimony " + id);
      std::string case_hash;
      if (store_->Get(Store::kMeta, kCasePrefix + id, &case_hash).ok()) {
        batch.Delete(store_->cf(Store::kLookup), case_hash + "/" + id);
        batch.Delete(store_->cf(Store::kMeta), kCasePrefix + id);
      }
      batch.Delete(store_->cf(Store::kMeta), kExpiryPrefix + id);
      batch.Delete(store_->cf(Store::kMeta), kExpiredPrefix + id);
      for (auto f : {Store::kTestimony, Store::kPending, Store::kConsent, Store::kDataKey}) {
        batch.Delete(store_->cf(f), id);
      }
      batch.Delete(store_->cf(Store::kDataKey), kPendingKeyPrefix + id);
      Tombstone t{id, today, reason_code};
      batch.Put(store_->cf(Store::kTombstone), id, json(t).dump());
      to_erase.push_back(id);
    }
    if (to_erase.empty()) return Status::OK();
    batch.Put(store_->cf(Store::kMeta), kShredPending, "");
    // Store and index first: when this returns no search can find the ids.
    uint64_t before = seq_;
    Status s = CommitMutation(&batch, actor, "withdraw:" + reason_code, to_erase, to_erase);
    if (seq_ == before) return s;  // nothing was written
    // Crypto-shredding: the data keys are gone from the live store; a new
    // epoch destroys the KEK that wrapped any stale copy of them. This runs
    // even if the index update failed (the marker makes the next open
    // finish both).
    AMPARO_RETURN_IF_ERROR(RotateEpoch());
    AMPARO_RETURN_IF_ERROR(s);
  }
  AMPARO_RETURN_IF_ERROR(CompactAfterShredding());
  for (const auto& id : to_erase) receipts->push_back(signer_->Sign(id, today, reason_code));
  return Status::OK();
}

Status ArchiveImpl::CompactAfterShredding() {
  AMPARO_RETURN_IF_ERROR(store_->CompactAll());
  {
    std::lock_guard il(index_mu_);
    std::string error;
    if (!index_->Compact(&error)) return Status::IOError("compacting the index: " + error);
  }
  rocksdb::WriteBatch done;
  done.Delete(store_->cf(Store::kMeta), kShredPending);
  return store_->Write(&done, /*sync=*/true);
}

Status ArchiveImpl::ListTombstones(const Actor& actor, std::vector<Tombstone>* out) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kManageConsent));
  std::shared_lock lock(mu_);
  return store_->Scan(Store::kTombstone, "", [&](const std::string&, const std::string& v) {
    json j = json::parse(v, nullptr, false);
    if (!j.is_discarded()) out->push_back(j.get<Tombstone>());
    return true;
  });
}

// ---------------------------------------------------------------------------
// Users

Status ArchiveImpl::AddUser(const Actor& actor, const std::string& name, Role role,
                            const std::string& password) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kManageUsers));
  if (name.empty() || name.size() > 64 ||
      !std::all_of(name.begin(), name.end(), [](char c) { return isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'; })) {
    return Status::InvalidArgument("a user name is 1-64 letters, digits, '-', '_' or '.'");
  }
  if (password.size() < 10) return Status::InvalidArgument("a password needs at least 10 characters");
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(hash, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return Status::ResourceExhausted("out of memory hashing the password");
  }
  std::unique_lock lock(mu_);
  if (store_->Exists(Store::kUsers, name)) return Status::AlreadyExists("user " + name + " already exists");
  rocksdb::WriteBatch batch;
  batch.Put(store_->cf(Store::kUsers), name, json{{"role", RoleName(role)}, {"hash", hash}}.dump());
  return CommitMutation(&batch, actor, std::string("user-add:") + RoleName(role), {name}, {});
}

Status ArchiveImpl::RemoveUser(const Actor& actor, const std::string& name) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kManageUsers));
  std::unique_lock lock(mu_);
  if (!store_->Exists(Store::kUsers, name)) return Status::NotFound("no user " + name);
  rocksdb::WriteBatch batch;
  batch.Delete(store_->cf(Store::kUsers), name);
  return CommitMutation(&batch, actor, "user-remove", {name}, {});
}

Status ArchiveImpl::ListUsers(const Actor& actor, std::vector<UserInfo>* out) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kManageUsers));
  std::shared_lock lock(mu_);
  return store_->Scan(Store::kUsers, "", [&](const std::string& k, const std::string& v) {
    json j = json::parse(v, nullptr, false);
    UserInfo u;
    u.name = k;
    if (!j.is_discarded()) ParseRole(j.value("role", ""), &u.role);
    out->push_back(u);
    return true;
  });
}

Status ArchiveImpl::Authenticate(const std::string& name, const std::string& password, UserInfo* out) {
  static const std::string kDummyHash = [] {
    char h[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(h, "x", 1, crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) h[0] = 0;
    return std::string(h);
  }();
  std::string record;
  bool found;
  {
    std::shared_lock lock(mu_);
    found = store_->Get(Store::kUsers, name, &record).ok();
  }
  json j = found ? json::parse(record, nullptr, false) : json();
  std::string hash = (found && !j.is_discarded()) ? j.value("hash", kDummyHash) : kDummyHash;
  // Verify even for unknown users, so timing does not reveal who exists.
  bool ok = crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
  if (!found || !ok) return Status::Unauthenticated("wrong user name or password");
  out->name = name;
  if (!ParseRole(j.value("role", ""), &out->role)) return Status::Corruption("user record has no valid role");
  return Status::OK();
}

// ---------------------------------------------------------------------------
// Audit and integrity

Status ArchiveImpl::ReadAudit(const Actor& actor, std::vector<AuditEntry>* out) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kReadAudit));
  std::shared_lock lock(mu_);
  return audit_->ReadAll(out);
}

Status ArchiveImpl::VerifyAudit(const Actor& actor) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kReadAudit));
  std::shared_lock lock(mu_);
  return audit_->Verify();
}

Status ArchiveImpl::Verify(const Actor& actor, VerifyReport* out) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kReadAudit));
  std::shared_lock lock(mu_);
  std::vector<std::string> ids;
  AMPARO_RETURN_IF_ERROR(store_->Scan(Store::kDataKey, "", [&](const std::string& k, const std::string&) {
    ids.push_back(k);
    return true;
  }));
  for (const auto& id : ids) {
    SecureBuffer key;
    Status s = LoadDataKey(id, &key);
    if (!s.ok()) { out->problems.push_back(s.message()); continue; }
    json j;
    if (id.rfind(kPendingKeyPrefix, 0) == 0) {  // the key of a review-queue original
      std::string pid = id.substr(strlen(kPendingKeyPrefix));
      Status r = ReadSealed(Store::kPending, kKindPending, pid, key, &j);
      if (!r.ok()) out->problems.push_back(r.message());
      ++out->pending;
      continue;
    }
    bool any = false;
    for (auto [family, kind] : {std::pair{Store::kTestimony, kKindTestimony}, std::pair{Store::kConsent, kKindConsent}}) {
      if (!store_->Exists(family, id)) continue;
      Status r = ReadSealed(family, kind, id, key, &j);
      if (!r.ok()) out->problems.push_back(r.message());
      if (family == Store::kTestimony) ++out->testimonies;
      any = true;
    }
    if (!any) out->problems.push_back("data key " + id + " belongs to no record");
  }
  AMPARO_RETURN_IF_ERROR(store_->Scan(Store::kTombstone, "", [&](const std::string&, const std::string&) {
    ++out->tombstones;
    return true;
  }));
  // Every block of every file, including those no record above reads.
  rocksdb::Status checksums = store_->db()->VerifyChecksum();
  if (!checksums.ok()) out->problems.push_back("store files: " + checksums.ToString());
  std::vector<AuditEntry> entries;
  Status a = audit_->ReadAll(&entries);
  out->audit_entries = entries.size();
  if (a.ok()) a = audit_->Verify();
  if (!a.ok()) out->problems.push_back(a.message());
  return Status::OK();
}

Status ArchiveImpl::Reindex(const Actor& actor, void (*progress)(uint64_t, uint64_t)) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kReadAudit));
  std::unique_lock lock(mu_);
  AMPARO_RETURN_IF_ERROR(RebuildIndex(progress));
  rocksdb::WriteBatch batch;
  audit_->Stage(&batch, actor.name, "reindex", {});
  Status s = store_->Write(&batch, true);
  if (s.ok()) audit_->Committed(); else audit_->Abandon();
  return s;
}

Status ArchiveImpl::RebuildIndex(void (*progress)(uint64_t, uint64_t)) {
  std::vector<std::string> ids;
  AMPARO_RETURN_IF_ERROR(store_->Scan(Store::kTestimony, "", [&](const std::string& k, const std::string&) {
    ids.push_back(k);
    return true;
  }));
  std::lock_guard il(index_mu_);
  std::string error;
  std::set<std::string> keep(ids.begin(), ids.end());
  for (const auto& id : index_->AllIds()) {
    if (!keep.count(id) && !index_->Remove(id, &error)) return Status::IOError(error);
  }
  for (size_t i = 0; i < ids.size(); ++i) {
    Testimony t;
    AMPARO_RETURN_IF_ERROR(ReadTestimony(ids[i], &t));
    AMPARO_RETURN_IF_ERROR(IndexPut(t));
    if (progress && (i % 100 == 0 || i + 1 == ids.size())) progress(i + 1, ids.size());
  }
  if (!index_->Commit(seq_, &error)) return Status::IOError(error);
  return Status::OK();
}

Status ArchiveImpl::RotateKeys(const Actor& actor, uint64_t* epoch) {
  AMPARO_RETURN_IF_ERROR(Require(actor, Permission::kManageConsent));
  std::unique_lock lock(mu_);
  AMPARO_RETURN_IF_ERROR(RotateEpoch());
  rocksdb::WriteBatch batch;
  AMPARO_RETURN_IF_ERROR(CommitMutation(&batch, actor, "rotate-keys:" + std::to_string(keyring_->current_epoch()), {}, {}));
  if (epoch) *epoch = keyring_->current_epoch();
  return Status::OK();
}

Archive::Stats ArchiveImpl::GetStats() {
  // Called by /metrics: key-only counts, no value is read or decrypted.
  Stats st;
  std::shared_lock lock(mu_);
  auto count = [&](Store::Family f) {
    uint64_t n = 0;
    std::unique_ptr<rocksdb::Iterator> it(store_->db()->NewIterator(rocksdb::ReadOptions(), store_->cf(f)));
    for (it->SeekToFirst(); it->Valid(); it->Next()) ++n;
    return n;
  };
  st.testimonies = count(Store::kTestimony);
  st.pending = count(Store::kPending);
  st.tombstones = count(Store::kTombstone);
  st.store_bytes = store_->ApproximateBytes();
  std::error_code ec;
  for (auto& e : fs::recursive_directory_iterator(options_.data_dir + "/index", ec)) {
    if (e.is_regular_file(ec)) st.index_bytes += e.file_size(ec);
  }
  st.index_memory_bytes = index_->PhraseMemoryBytes();
  return st;
}

}  // namespace amparo
