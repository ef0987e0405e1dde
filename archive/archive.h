// Archive is the one door to an Amparo archive: intake -> redaction ->
// review -> encrypted store -> sealed index, consent changes and erasure,
// users, the audit trail. The CLI and the web server call only this.
//
// Guarantees: every call checks the actor's role; every read, intake,
// consent change and withdrawal is audited (actor, action, ids, time; never
// content or query text); every search ANDs the caller's consent scopes into
// the query; when Withdraw returns, no search can return the testimony and
// its data key is destroyed (crypto-shredding). Methods are thread-safe.
#ifndef AMPARO_ARCHIVE_ARCHIVE_H_
#define AMPARO_ARCHIVE_ARCHIVE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "archive/master_key.h"
#include "archive/status.h"
#include "archive/testimony.h"

namespace amparo {

enum class Role { kAdmin, kReviewer, kLegal, kComms };
const char* RoleName(Role r);                 // "admin", "reviewer", ...
bool ParseRole(std::string_view s, Role* r);

// Who is acting: recorded in the audit trail.
struct Actor {
  std::string name;  // user name or "cli:<unix user>"
  Role role = Role::kAdmin;
};

struct TestimonySummary {
  std::string id;
  std::string pseudonym;
  std::string language;
  std::string recorded_on;
  std::string title;
  std::vector<std::string> scopes;          // granted
  std::vector<std::string> active_scopes;   // honoured today
  bool expired = false;
};

struct ArchiveSearchRequest {
  std::string query;
  size_t page = 1;       // 1-based
  size_t page_size = 10;
  bool facets = false;
  // Identical searches of the same index revision share one computed
  // result; false computes afresh (benchmarks of the engine).
  bool use_result_cache = true;
};

struct ArchiveSearchHit {
  std::string id;
  std::string pseudonym;
  std::string title;
  std::string recorded_on;
  std::string language;
  Tags tags;
  std::string snippet;  // HTML-escaped, matches in <mark>
};

struct FacetValue {
  std::string value;
  std::string count;  // "12", or "<3" below the threshold for non-admins
};

struct ArchiveSearchResponse {
  std::string total;  // exact, as a string so it can be "<3" too
  size_t page = 1;
  size_t page_size = 10;
  std::vector<ArchiveSearchHit> hits;
  std::vector<std::pair<std::string, std::vector<FacetValue>>> facets;
};

struct DeletionReceipt {
  std::string testimony_id;
  std::string withdrawn_on;
  std::string reason_code;
  std::string archive_id;   // hex of the archive's Ed25519 public key
  std::string signature;    // hex Ed25519 signature over the canonical text
  std::string ToText() const;    // printable, verifiable receipt
};
// Verifies a receipt printed by DeletionReceipt::ToText() against the
// archive's public key (hex): a receipt signed by any other key is refused.
Status VerifyReceiptText(const std::string& text, const std::string& archive_key_hex,
                         DeletionReceipt* parsed);

struct AuditEntry {
  uint64_t seq = 0;
  std::string time;    // UTC ISO 8601
  std::string actor;
  std::string action;  // "intake", "show", "search", "withdraw", ...
  std::vector<std::string> ids;
};

// Reason codes accepted by Withdraw.
bool IsKnownReasonCode(std::string_view reason);

struct UserInfo {
  std::string name;
  Role role = Role::kComms;
};

struct VerifyReport {
  uint64_t testimonies = 0, pending = 0, tombstones = 0, audit_entries = 0;
  std::vector<std::string> problems;  // empty when everything authenticates
};

class Archive {
 public:
  struct Options {
    std::string data_dir;
    bool create = false;            // init a new archive (fails if one exists)
    size_t max_text_bytes = 256 * 1024;
    bool generalize_ages = true;
    bool generalize_dates = true;
    uint64_t facet_threshold = 3;   // counts below it show as "<N" to non-admins
    // How the master key is obtained, recorded at creation in amparo.json:
    // "keyfile", "env" or "passphrase" (then salt_hex holds the Argon2id salt).
    std::string key_source = "keyfile";
    std::string salt_hex;
  };

  // Reads amparo.json of an existing archive: how its key is obtained.
  static Status ReadKeySource(const std::string& data_dir, std::string* key_source,
                              std::string* salt_hex);
  // The archive's Ed25519 public key (hex) for deletion receipts, from
  // amparo.json: no master key needed.
  static Status ReadReceiptKey(const std::string& data_dir, std::string* public_key_hex);

  static Status Open(const Options& options, const MasterKey& key,
                     std::unique_ptr<Archive>* out);
  virtual ~Archive() = default;

  // --- intake and review (admin, reviewer) ---
  // Validates, redacts and queues the record (or stores it at once when
  // auto_approve). Parses JSON with ParseIntakeJson (archive/intake.h).
  virtual Status Ingest(const Actor& actor, const IntakeRecord& record,
                        bool auto_approve, std::string* id) = 0;
  // All-or-nothing: either every record is accepted or none is.
  virtual Status IngestBatch(const Actor& actor,
                             const std::vector<IntakeRecord>& records,
                             bool auto_approve, std::vector<std::string>* ids) = 0;
  virtual Status ListPending(const Actor& actor, std::vector<PendingTestimony>* out) = 0;  // text fields empty
  virtual Status GetPending(const Actor& actor, const std::string& id,
                            PendingTestimony* out) = 0;
  // Replaces the proposal with the reviewer's spans (offsets into the
  // original) and tags; the redacted text is re-rendered.
  virtual Status EditPending(const Actor& actor, const std::string& id,
                             const std::vector<ProposedRedaction>& redactions,
                             const Tags* tags) = 0;
  // Stores the redacted testimony, indexes it, destroys the original.
  virtual Status Approve(const Actor& actor, const std::string& id) = 0;
  virtual Status Reject(const Actor& actor, const std::string& id) = 0;

  // --- reading (scoped by role and consent) ---
  virtual Status List(const Actor& actor, std::vector<TestimonySummary>* out) = 0;
  virtual Status Show(const Actor& actor, const std::string& id, Testimony* out) = 0;
  virtual Status Search(const Actor& actor, const ArchiveSearchRequest& req,
                        ArchiveSearchResponse* out) = 0;
  // Reads several testimonies for an export (audited as "export").
  virtual Status Export(const Actor& actor, const std::vector<std::string>& ids,
                        std::vector<Testimony>* out) = 0;

  // --- consent (admin) ---
  virtual Status GetConsent(const Actor& actor, const std::string& id,
                            ConsentRecord* out) = 0;
  virtual Status NarrowConsent(const Actor& actor, const std::string& id,
                               const std::string& scope) = 0;
  virtual Status Withdraw(const Actor& actor, const std::string& id,
                          const std::string& reason_code, DeletionReceipt* receipt) = 0;
  virtual Status WithdrawByCase(const Actor& actor, const std::string& case_code,
                                const std::string& reason_code,
                                std::vector<DeletionReceipt>* receipts) = 0;
  virtual Status ListTombstones(const Actor& actor, std::vector<Tombstone>* out) = 0;

  // --- users (admin; Authenticate is open) ---
  virtual Status AddUser(const Actor& actor, const std::string& name, Role role,
                         const std::string& password) = 0;
  virtual Status RemoveUser(const Actor& actor, const std::string& name) = 0;
  virtual Status ListUsers(const Actor& actor, std::vector<UserInfo>* out) = 0;
  // kUnauthenticated for an unknown user or wrong password (same message).
  virtual Status Authenticate(const std::string& name, const std::string& password,
                              UserInfo* out) = 0;

  // --- audit and integrity (admin) ---
  virtual Status ReadAudit(const Actor& actor, std::vector<AuditEntry>* out) = 0;
  virtual Status VerifyAudit(const Actor& actor) = 0;
  virtual Status Verify(const Actor& actor, VerifyReport* out) = 0;
  virtual Status Reindex(const Actor& actor, void (*progress)(uint64_t done, uint64_t total)) = 0;
  // Starts a new key epoch: a new KEK, every data key re-wrapped, the old KEK
  // destroyed. Withdrawal does this by itself; admins may also do it on a
  // schedule. Returns the new epoch number.
  virtual Status RotateKeys(const Actor& actor, uint64_t* epoch) = 0;

  struct Stats {
    uint64_t testimonies = 0, pending = 0, tombstones = 0, store_bytes = 0, index_bytes = 0;
    uint64_t index_memory_bytes = 0;  // held in memory for phrases and NEAR
  };
  virtual Stats GetStats() = 0;
};

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_ARCHIVE_H_
