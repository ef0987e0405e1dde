// Integration tests of the Archive facade on a real RocksDB store and a real
// Xapian index in a temporary directory.
#include "archive/archive.h"

#include <gtest/gtest.h>
#include <sodium.h>
#include <xapian.h>

#include <algorithm>
#include <cstring>
#include <filesystem>

#include "archive/keyring.h"
#include "archive/store.h"
#include "search/token_sequence.h"
#include "test_util.h"

namespace amparo {
namespace {

using testing::Admin;
using testing::AsRole;
using testing::FilesContaining;
using testing::SampleRecord;
using testing::TempDir;

class ArchiveTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    key_ = MasterKey::Generate();
    Open(true);
  }
  void Open(bool create = false) {
    archive_.reset();
    Archive::Options o;
    o.data_dir = dir_.sub("data");
    o.create = create;
    Status s = Archive::Open(o, key_, &archive_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  void Close() { archive_.reset(); }
  std::string IngestApproved(const IntakeRecord& r) {
    std::string id;
    Status s = archive_->Ingest(Admin(), r, /*auto_approve=*/true, &id);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return id;
  }
  std::vector<std::string> SearchIds(const std::string& q, Role role) {
    ArchiveSearchRequest req;
    req.query = q;
    req.page_size = 100;
    ArchiveSearchResponse res;
    Status s = archive_->Search(AsRole(role), req, &res);
    EXPECT_TRUE(s.ok()) << s.ToString();
    std::vector<std::string> ids;
    for (auto& h : res.hits) ids.push_back(h.id);
    return ids;
  }
  std::string DataKeyOf(const std::string& id) {  // reads it through the keyring, for scans
    std::unique_ptr<Keyring> k;
    EXPECT_TRUE(Keyring::Open(dir_.sub("data/keyring"), key_.data(), &k).ok());
    std::unique_ptr<Store> store;
    EXPECT_TRUE(Store::Open(dir_.sub("data/store"), false, &store).ok());
    std::string wrapped;
    EXPECT_TRUE(store->Get(Store::kDataKey, id, &wrapped).ok());
    SecureBuffer dk;
    EXPECT_TRUE(k->UnwrapDataKey(id, wrapped, &dk).ok());
    return std::string(reinterpret_cast<char*>(dk.data()), dk.size());
  }

  TempDir dir_;
  MasterKey key_;
  std::unique_ptr<Archive> archive_;
};

TEST_F(ArchiveTest, IngestApproveShowList) {
  std::string id;
  ASSERT_TRUE(archive_->Ingest(Admin(), SampleRecord("MARKERALPHA"), false, &id).ok());
  std::vector<PendingTestimony> pending;
  ASSERT_TRUE(archive_->ListPending(Admin(), &pending).ok());
  ASSERT_EQ(pending.size(), 1u);
  Testimony t;
  EXPECT_EQ(archive_->Show(Admin(), id, &t).code(), Status::Code::kNotFound) << "not visible before approval";
  ASSERT_TRUE(archive_->Approve(Actor{"rev", Role::kReviewer}, id).ok());
  ASSERT_TRUE(archive_->Show(Admin(), id, &t).ok());
  EXPECT_EQ(t.text.find("Yahir Mejía"), std::string::npos) << t.text;
  EXPECT_EQ(t.text.find("9876"), std::string::npos) << t.text;
  EXPECT_NE(t.text.find("Yahir*"), std::string::npos) << t.text;
  EXPECT_NE(t.text.find("Palenque"), std::string::npos) << "places are kept: " << t.text;
  std::vector<TestimonySummary> list;
  ASSERT_TRUE(archive_->List(Admin(), &list).ok());
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].id, id);
  pending.clear();
  ASSERT_TRUE(archive_->ListPending(Admin(), &pending).ok());
  EXPECT_TRUE(pending.empty());
}

TEST_F(ArchiveTest, WrongKeyFailsAndChangesNothing) {
  IngestApproved(SampleRecord("MARKERBETA"));
  Close();
  std::map<std::string, std::string> before;
  for (auto& e : std::filesystem::recursive_directory_iterator(dir_.sub("data")))
    if (e.is_regular_file()) before[e.path().string()] = testing::ReadAll(e.path().string());
  Archive::Options o;
  o.data_dir = dir_.sub("data");
  std::unique_ptr<Archive> a;
  Status s = Archive::Open(o, MasterKey::Generate(), &a);
  EXPECT_EQ(s.code(), Status::Code::kUnauthenticated);
  EXPECT_NE(s.message().find("wrong master key"), std::string::npos);
  std::map<std::string, std::string> after;
  for (auto& e : std::filesystem::recursive_directory_iterator(dir_.sub("data")))
    if (e.is_regular_file()) after[e.path().string()] = testing::ReadAll(e.path().string());
  EXPECT_EQ(before, after);
}

TEST_F(ArchiveTest, IntakeWithoutValidConsentIsRejected) {
  IntakeRecord r = SampleRecord("MARKERGAMMA");
  r.consent.scopes.clear();
  EXPECT_EQ(archive_->Ingest(Admin(), r, true, nullptr).code(), Status::Code::kInvalidArgument);
  r = SampleRecord("MARKERGAMMA", {"marketing"});
  EXPECT_EQ(archive_->Ingest(Admin(), r, true, nullptr).code(), Status::Code::kInvalidArgument);
  r = SampleRecord("MARKERGAMMA");
  r.consent.given_on = "yesterday";
  EXPECT_EQ(archive_->Ingest(Admin(), r, true, nullptr).code(), Status::Code::kInvalidArgument);
  std::vector<TestimonySummary> list;
  ASSERT_TRUE(archive_->List(Admin(), &list).ok());
  EXPECT_TRUE(list.empty());
}

TEST_F(ArchiveTest, NoPlaintextAtRest) {
  std::vector<IntakeRecord> records;
  for (int i = 0; i < 5; ++i) records.push_back(SampleRecord("ZQXMARKER" + std::to_string(i) + "WV"));
  std::vector<std::string> ids;
  ASSERT_TRUE(archive_->IngestBatch(Admin(), records, true, &ids).ok());
  std::string pending_id;
  ASSERT_TRUE(archive_->Ingest(Admin(), SampleRecord("PENDINGMARKERZQ"), false, &pending_id).ok());
  // Search too: query text must not reach the disk either.
  SearchIds("ZQXMARKER0WV secuestro", Role::kAdmin);
  Close();
  std::string data = dir_.sub("data");
  for (const std::string& needle :
       {std::string("ZQXMARKER"), std::string("PENDINGMARKERZQ"), std::string("Mejía"), std::string("Mej\xc3\xad"),
        std::string("9876 5432"), std::string("CAI-2025-"), std::string("Del miedo"), std::string("Honduras"),
        std::string("llamaba"), std::string("Yahir")}) {
    EXPECT_TRUE(FilesContaining(data, needle).empty()) << needle << " found in " << FilesContaining(data, needle)[0];
  }
}

TEST_F(ArchiveTest, FlippedByteInStoredRecordIsAnIntegrityError) {
  std::string id = IngestApproved(SampleRecord("MARKERDELTA"));
  Close();
  {
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(dir_.sub("data/store"), false, &store).ok());
    std::string sealed;
    ASSERT_TRUE(store->Get(Store::kTestimony, id, &sealed).ok());
    sealed[sealed.size() / 2] ^= 0x20;
    rocksdb::WriteBatch b;
    b.Put(store->cf(Store::kTestimony), id, sealed);
    ASSERT_TRUE(store->Write(&b).ok());
  }
  Status open;
  archive_.reset();
  Archive::Options o;
  o.data_dir = dir_.sub("data");
  open = Archive::Open(o, key_, &archive_);
  // Reconcile may already refuse; otherwise reading it must.
  if (open.ok()) {
    Testimony t;
    EXPECT_EQ(archive_->Show(Admin(), id, &t).code(), Status::Code::kCorruption);
    VerifyReport r;
    ASSERT_TRUE(archive_->Verify(Admin(), &r).ok());
    ASSERT_FALSE(r.problems.empty());
  }
}

TEST_F(ArchiveTest, FlippedByteInSstFileIsDetected) {
  IngestApproved(SampleRecord("MARKEREPS"));
  Close();
  std::string biggest;
  uintmax_t size = 0;
  for (auto& e : std::filesystem::directory_iterator(dir_.sub("data/store"))) {
    if (e.path().extension() == ".sst" && e.file_size() > size) size = e.file_size(), biggest = e.path().string();
  }
  ASSERT_FALSE(biggest.empty());
  std::string bytes = testing::ReadAll(biggest);
  bytes[bytes.size() / 3] ^= 0x01;  // inside a data block
  { std::ofstream(biggest, std::ios::binary | std::ios::trunc) << bytes; }
  Archive::Options o;
  o.data_dir = dir_.sub("data");
  Status s = Archive::Open(o, key_, &archive_);
  if (s.ok()) {
    VerifyReport r;
    Status v = archive_->Verify(Admin(), &r);
    EXPECT_TRUE(!v.ok() || !r.problems.empty()) << "a flipped byte went unnoticed";
  } else {
    EXPECT_TRUE(s.code() == Status::Code::kCorruption || s.code() == Status::Code::kIOError) << s.ToString();
  }
}

TEST_F(ArchiveTest, CaseCodeIsOnlyHashedAndWithdrawByCaseWorks) {
  IntakeRecord a = SampleRecord("MARKERCASEA");
  a.case_code = "CAI-2031-7777";
  IntakeRecord b = SampleRecord("MARKERCASEB");
  b.case_code = "CAI-2031-7777";
  IntakeRecord c = SampleRecord("MARKERCASEC");
  c.case_code = "CAI-2031-8888";
  std::string ia = IngestApproved(a), ib = IngestApproved(b), ic = IngestApproved(c);
  Close();
  EXPECT_TRUE(FilesContaining(dir_.sub("data"), "2031-7777").empty());
  EXPECT_TRUE(FilesContaining(dir_.sub("data"), "CAI-2031").empty());
  Open();
  std::vector<DeletionReceipt> receipts;
  ASSERT_TRUE(archive_->WithdrawByCase(Admin(), "cai-2031-7777", "consent-withdrawn", &receipts).ok());
  ASSERT_EQ(receipts.size(), 2u);
  std::vector<TestimonySummary> list;
  ASSERT_TRUE(archive_->List(Admin(), &list).ok());
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].id, ic);
  EXPECT_EQ(archive_->WithdrawByCase(Admin(), "CAI-2031-7777", "consent-withdrawn", &receipts).code(),
            Status::Code::kNotFound);
}

TEST_F(ArchiveTest, WithdrawalLeavesOnlyATombstoneAndASignedReceipt) {
  std::string id = IngestApproved(SampleRecord("WITHDRAWMARKERQ"));
  std::string keep = IngestApproved(SampleRecord("KEEPMARKERQ"));
  ASSERT_FALSE(SearchIds("WITHDRAWMARKERQ", Role::kAdmin).empty());
  DeletionReceipt receipt;
  ASSERT_TRUE(archive_->Withdraw(Admin(), id, "consent-withdrawn", &receipt).ok());
  EXPECT_TRUE(SearchIds("WITHDRAWMARKERQ", Role::kAdmin).empty());
  Testimony t;
  EXPECT_EQ(archive_->Show(Admin(), id, &t).code(), Status::Code::kNotFound);
  ASSERT_TRUE(archive_->Show(Admin(), keep, &t).ok()) << "other testimonies survive the key rotation";
  std::vector<Tombstone> tombs;
  ASSERT_TRUE(archive_->ListTombstones(Admin(), &tombs).ok());
  ASSERT_EQ(tombs.size(), 1u);
  EXPECT_EQ(tombs[0].id, id);
  EXPECT_EQ(tombs[0].reason_code, "consent-withdrawn");
  std::string archive_key;
  ASSERT_TRUE(Archive::ReadReceiptKey(dir_.sub("data"), &archive_key).ok());
  DeletionReceipt parsed;
  ASSERT_TRUE(VerifyReceiptText(receipt.ToText(), archive_key, &parsed).ok());
  EXPECT_EQ(parsed.testimony_id, id);
  std::string forged = receipt.ToText();
  forged.replace(forged.find(id), id.size(), keep);
  EXPECT_EQ(VerifyReceiptText(forged, archive_key, nullptr).code(), Status::Code::kCorruption);
  EXPECT_EQ(VerifyReceiptText(receipt.ToText(), std::string(64, 'a'), nullptr).code(), Status::Code::kCorruption)
      << "a receipt is checked against the archive's own key, not the key it names";
  DeletionReceipt again;
  ASSERT_TRUE(archive_->Withdraw(Admin(), id, "consent-withdrawn", &again).ok()) << "a lost receipt can be re-issued";
  EXPECT_EQ(again.ToText(), receipt.ToText());
  EXPECT_EQ(archive_->Withdraw(AsRole(Role::kReviewer), keep, "data-error", &receipt).code(),
            Status::Code::kPermissionDenied);
}

// A copy of the data directory taken before the withdrawal keeps the sealed
// records and the wrapped data key, but the keyring and master key that
// exist afterwards cannot open them.
TEST_F(ArchiveTest, OldCopyIsUndecryptableAfterWithdrawal) {
  std::string id = IngestApproved(SampleRecord("SHREDMARKERQ"));
  IngestApproved(SampleRecord("SURVIVORMARKERQ"));
  Close();
  std::filesystem::copy(dir_.sub("data"), dir_.sub("old"), std::filesystem::copy_options::recursive);
  Open();
  DeletionReceipt receipt;
  ASSERT_TRUE(archive_->Withdraw(Admin(), id, "safety-risk", &receipt).ok());
  Close();
  std::unique_ptr<Keyring> current;
  ASSERT_TRUE(Keyring::Open(dir_.sub("data/keyring"), key_.data(), &current).ok());
  std::unique_ptr<Store> old_store;
  ASSERT_TRUE(Store::Open(dir_.sub("old/store"), false, &old_store).ok());
  std::string wrapped, sealed;
  ASSERT_TRUE(old_store->Get(Store::kDataKey, id, &wrapped).ok()) << "the old copy still holds the wrapped key";
  ASSERT_TRUE(old_store->Get(Store::kTestimony, id, &sealed).ok());
  SecureBuffer dk;
  EXPECT_EQ(current->UnwrapDataKey(id, wrapped, &dk).code(), Status::Code::kCorruption);
  EXPECT_GT(current->current_epoch(), Keyring::WrappedEpoch(wrapped));
}

TEST_F(ArchiveTest, NoPlaintextOrDataKeyAfterWithdrawal) {
  std::string id = IngestApproved(SampleRecord("GONEMARKERQX"));
  Close();
  std::string data_key = DataKeyOf(id);
  Open();
  DeletionReceipt receipt;
  ASSERT_TRUE(archive_->Withdraw(Admin(), id, "consent-withdrawn", &receipt).ok());
  Close();
  for (const std::string& needle : {std::string("GONEMARKERQX"), std::string("Mejía"), data_key}) {
    EXPECT_TRUE(FilesContaining(dir_.sub("data"), needle).empty());
  }
}

TEST_F(ArchiveTest, RolesSeeOnlyTheirConsentScope) {
  std::string both = IngestApproved(SampleRecord("SCOPEMARKERQ", {"legal", "publication"}));
  std::string legal = IngestApproved(SampleRecord("SCOPEMARKERQ", {"legal"}));
  std::string pub = IngestApproved(SampleRecord("SCOPEMARKERQ", {"publication"}));
  std::string research = IngestApproved(SampleRecord("SCOPEMARKERQ", {"research"}));
  auto sorted = [](std::vector<std::string> v) { std::sort(v.begin(), v.end()); return v; };
  EXPECT_EQ(sorted(SearchIds("SCOPEMARKERQ", Role::kLegal)), sorted({both, legal}));
  EXPECT_EQ(sorted(SearchIds("SCOPEMARKERQ", Role::kComms)), sorted({both, pub}));
  EXPECT_EQ(sorted(SearchIds("SCOPEMARKERQ", Role::kAdmin)), sorted({both, legal, pub, research}));
  Testimony t;
  EXPECT_EQ(archive_->Show(AsRole(Role::kComms), legal, &t).code(), Status::Code::kNotFound);
  EXPECT_TRUE(archive_->Show(AsRole(Role::kLegal), legal, &t).ok());
  ArchiveSearchResponse res;
  EXPECT_EQ(archive_->Search(AsRole(Role::kReviewer), {"x", 1, 10, false}, &res).code(),
            Status::Code::kPermissionDenied);
}

// A search hit is read in one batch with the others; what it shows must be
// what Show returns for that testimony, its snippet cut from the same text,
// and a testimony outside the role's consent must be neither counted nor read.
TEST_F(ArchiveTest, SearchHitsShowWhatShowReturns) {
  std::vector<std::string> visible;
  for (int i = 0; i < 5; ++i) {
    IntakeRecord r = SampleRecord("HITMARKERQ", {"legal"});
    r.title = "Relato número " + std::to_string(i) + " & <otro>";
    // Each text differs right after the marker, inside every snippet.
    r.text.insert(r.text.find("HITMARKERQ") + 10, " (relato " + std::string(1, char('a' + i)) + ")");
    r.recorded_on = "2024-0" + std::to_string(i + 1);
    r.language = i % 2 ? "es" : "en";
    r.tags["violence"] = {i % 2 ? "extortion" : "kidnapping"};
    visible.push_back(IngestApproved(r));
  }
  std::string hidden = IngestApproved(SampleRecord("HITMARKERQ", {"publication"}));
  ArchiveSearchRequest req;
  req.query = "HITMARKERQ";
  req.page_size = 100;
  ArchiveSearchResponse res;
  ASSERT_TRUE(archive_->Search(AsRole(Role::kLegal), req, &res).ok());
  EXPECT_EQ(res.total, "5");
  ASSERT_EQ(res.hits.size(), visible.size());
  auto unmark = [](std::string s) {
    for (const char* tag : {"<mark>", "</mark>", "\u2026"}) {
      for (size_t at; (at = s.find(tag)) != std::string::npos;) s.erase(at, strlen(tag));
    }
    return s;
  };
  auto escape = [](const std::string& s) {
    std::string out;
    for (char c : s) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out.push_back(c);
      }
    }
    return out;
  };
  std::vector<std::string> hit_ids;
  for (const auto& h : res.hits) {
    EXPECT_NE(h.id, hidden);
    hit_ids.push_back(h.id);
    Testimony t;
    ASSERT_TRUE(archive_->Show(AsRole(Role::kLegal), h.id, &t).ok());
    EXPECT_EQ(h.pseudonym, t.pseudonym);
    EXPECT_EQ(h.title, t.title);
    EXPECT_EQ(h.recorded_on, t.recorded_on);
    EXPECT_EQ(h.language, t.language);
    EXPECT_EQ(h.tags, t.tags);
    EXPECT_NE(h.snippet.find("<mark>HITMARKERQ</mark>"), std::string::npos) << h.snippet;
    EXPECT_NE(escape(t.text).find(unmark(h.snippet)), std::string::npos) << h.snippet;
  }
  auto sorted = [](std::vector<std::string> v) { std::sort(v.begin(), v.end()); return v; };
  EXPECT_EQ(sorted(hit_ids), sorted(visible));
  // The search's audit entry names the hits it returned, not the query.
  std::vector<AuditEntry> audit;
  ASSERT_TRUE(archive_->ReadAudit(Admin(), &audit).ok());
  const AuditEntry* entry = nullptr;
  for (const auto& e : audit) if (e.action == "search") entry = &e;
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->ids, hit_ids);
  // The hidden one is there for a role that may see it.
  ArchiveSearchResponse all;
  ASSERT_TRUE(archive_->Search(Admin(), req, &all).ok());
  EXPECT_EQ(all.total, "6");
  EXPECT_EQ(all.hits.size(), 6u);
}

TEST_F(ArchiveTest, NarrowingAndExpiryTakeEffectAtOnce) {
  std::string id = IngestApproved(SampleRecord("NARROWMARKERQ", {"legal", "publication"}));
  IntakeRecord old = SampleRecord("EXPIREDMARKERQ", {"legal"});
  old.consent.given_on = "2019-01-10";
  old.consent.expires_on = "2020-01-10";
  std::string expired = IngestApproved(old);
  EXPECT_TRUE(SearchIds("EXPIREDMARKERQ", Role::kLegal).empty()) << "an expired consent is not honoured";
  EXPECT_EQ(SearchIds("EXPIREDMARKERQ", Role::kAdmin).size(), 1u);
  std::vector<TestimonySummary> list;
  ASSERT_TRUE(archive_->List(Admin(), &list).ok());
  for (auto& s : list) EXPECT_EQ(s.expired, s.id == expired);
  auto count_expiry_entries = [&] {
    std::vector<AuditEntry> entries;
    EXPECT_TRUE(archive_->ReadAudit(Admin(), &entries).ok());
    int n = 0;
    for (auto& e : entries) n += e.action == "consent-expired" && e.ids == std::vector<std::string>{expired};
    return n;
  };
  EXPECT_EQ(count_expiry_entries(), 1) << "an expiry is audited once";
  Close();
  Open();
  ASSERT_TRUE(archive_->List(Admin(), &list).ok());
  EXPECT_EQ(count_expiry_entries(), 1) << "and only once";

  ASSERT_EQ(SearchIds("NARROWMARKERQ", Role::kComms).size(), 1u);
  ASSERT_TRUE(archive_->NarrowConsent(Admin(), id, "publication").ok());
  EXPECT_TRUE(SearchIds("NARROWMARKERQ", Role::kComms).empty());
  EXPECT_EQ(SearchIds("NARROWMARKERQ", Role::kLegal).size(), 1u);
  ConsentRecord c;
  ASSERT_TRUE(archive_->GetConsent(Admin(), id, &c).ok());
  EXPECT_EQ(c.scopes, std::vector<std::string>{"legal"});
  std::vector<AuditEntry> audit;
  ASSERT_TRUE(archive_->ReadAudit(Admin(), &audit).ok());
  bool narrowed = false;
  for (auto& e : audit) narrowed |= e.action == "consent-narrow:publication" && e.ids == std::vector<std::string>{id};
  EXPECT_TRUE(narrowed);
}

TEST_F(ArchiveTest, ReviewEditsAreRenderedAndTheOriginalIsDestroyed) {
  std::string id;
  ASSERT_TRUE(archive_->Ingest(Admin(), SampleRecord("ORIGINALMARKERQ"), false, &id).ok());
  PendingTestimony p;
  ASSERT_TRUE(archive_->GetPending(Admin(), id, &p).ok());
  ASSERT_FALSE(p.redactions.empty());
  // Reviewer adds a redaction over the marker word.
  auto pos = p.original_text.find("ORIGINALMARKERQ");
  ASSERT_NE(pos, std::string::npos);
  auto edits = p.redactions;
  edits.push_back({pos, pos + 15, "id-number", "reviewer", 1.0f, ""});
  std::sort(edits.begin(), edits.end(), [](auto& a, auto& b) { return a.begin < b.begin; });
  auto cut = edits;
  size_t accent = p.original_text.find("\xc3\xad");  // the í of Mejía
  cut.push_back({accent + 1, accent + 2, "person", "reviewer", 1.0f, ""});
  std::sort(cut.begin(), cut.end(), [](auto& a, auto& b) { return a.begin < b.begin; });
  EXPECT_EQ(archive_->EditPending(Admin(), id, cut, nullptr).code(), Status::Code::kInvalidArgument);
  ASSERT_TRUE(archive_->EditPending(Admin(), id, edits, nullptr).ok());
  ASSERT_TRUE(archive_->GetPending(Admin(), id, &p).ok());
  EXPECT_EQ(p.redacted_text.find("ORIGINALMARKERQ"), std::string::npos);
  ASSERT_TRUE(archive_->Approve(Admin(), id).ok());
  Close();
  EXPECT_TRUE(FilesContaining(dir_.sub("data"), "ORIGINALMARKERQ").empty());
}

TEST_F(ArchiveTest, IntakeSuggestsTagsAndTheReviewerCanChangeThem) {
  IntakeRecord r = SampleRecord("TAGMARKERQ");
  r.tags.clear();
  std::string id;
  ASSERT_TRUE(archive_->Ingest(Admin(), r, false, &id).ok());
  PendingTestimony p;
  ASSERT_TRUE(archive_->GetPending(Admin(), id, &p).ok());
  auto has = [&](const char* facet, const char* value) {
    auto it = p.tags.find(facet);
    return it != p.tags.end() && std::find(it->second.begin(), it->second.end(), value) != it->second.end();
  };
  EXPECT_TRUE(has("violence", "kidnapping")) << "secuestraron -> kidnapping";
  EXPECT_TRUE(has("places", "Palenque"));
  EXPECT_TRUE(has("places", "Ciudad Juárez"));
  Tags edited = {{"violence", {"extortion"}}, {"places", {"Palenque"}}};
  ASSERT_TRUE(archive_->EditPending(Admin(), id, p.redactions, &edited).ok());
  ASSERT_TRUE(archive_->Approve(Admin(), id).ok());
  ArchiveSearchResponse res;
  ASSERT_TRUE(archive_->Search(Admin(), {"violence:extortion", 1, 10, true}, &res).ok());
  ASSERT_EQ(res.hits.size(), 1u);
  ASSERT_TRUE(archive_->Search(Admin(), {"violence:kidnapping", 1, 10, false}, &res).ok());
  EXPECT_EQ(res.total, "0") << "the reviewer removed it";
}

TEST_F(ArchiveTest, LostIndexIsRebuiltFromTheStore) {
  std::string id = IngestApproved(SampleRecord("REBUILDMARKERQ"));
  Close();
  std::filesystem::remove_all(dir_.sub("data/index"));
  Open();  // reconciliation notices the empty index
  EXPECT_EQ(SearchIds("REBUILDMARKERQ", Role::kAdmin), std::vector<std::string>{id});
  std::vector<uint64_t> seen;
  static std::vector<uint64_t>* progress;
  progress = &seen;
  ASSERT_TRUE(archive_->Reindex(Admin(), [](uint64_t done, uint64_t) { progress->push_back(done); }).ok());
  EXPECT_EQ(seen.back(), 1u);
  EXPECT_EQ(SearchIds("REBUILDMARKERQ", Role::kAdmin), std::vector<std::string>{id});
}

TEST_F(ArchiveTest, IndexOfAnEarlierVersionIsRebuiltAtOpen) {
  std::string id = IngestApproved(SampleRecord("PHRASEMARKQ"));
  Close();
  // Strip the token sequences, as an index written before them.
  for (int seg = 0; std::filesystem::exists(dir_.sub("data/index/seg-" + std::to_string(seg))); ++seg) {
    Xapian::WritableDatabase db(dir_.sub("data/index/seg-" + std::to_string(seg)));
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
      Xapian::Document doc = db.get_document(*it);
      doc.remove_value(search::kTokenSlot);
      db.replace_document(*it, doc);
    }
    db.commit();
  }
  Open();
  EXPECT_EQ(SearchIds("\"la palabra clave es phrasemarkq\"", Role::kAdmin), std::vector<std::string>{id});
  EXPECT_EQ(SearchIds("\"palabra la clave\"", Role::kAdmin), std::vector<std::string>{});
}

TEST_F(ArchiveTest, ApprovalShredsTheOriginal) {
  std::string id;
  ASSERT_TRUE(archive_->Ingest(Admin(), SampleRecord("APPROVESHREDQ"), false, &id).ok());
  Close();
  std::filesystem::copy(dir_.sub("data"), dir_.sub("old"), std::filesystem::copy_options::recursive);
  Open();
  ASSERT_TRUE(archive_->Approve(Admin(), id).ok());
  Close();
  std::unique_ptr<Keyring> current;
  ASSERT_TRUE(Keyring::Open(dir_.sub("data/keyring"), key_.data(), &current).ok());
  std::unique_ptr<Store> old_store;
  ASSERT_TRUE(Store::Open(dir_.sub("old/store"), false, &old_store).ok());
  std::string wrapped;
  ASSERT_TRUE(old_store->Get(Store::kDataKey, "pending/" + id, &wrapped).ok());
  SecureBuffer k;
  EXPECT_EQ(current->UnwrapDataKey("pending/" + id, wrapped, &k).code(), Status::Code::kCorruption)
      << "the key of the original is gone with approval";
}

TEST_F(ArchiveTest, InterruptedShreddingIsFinishedAtOpen) {
  IngestApproved(SampleRecord("SHREDMARKQ"));
  Close();
  uint64_t epoch_before;
  {
    std::unique_ptr<Keyring> k;
    ASSERT_TRUE(Keyring::Open(dir_.sub("data/keyring"), key_.data(), &k).ok());
    epoch_before = k->current_epoch();
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(dir_.sub("data/store"), false, &store).ok());
    rocksdb::WriteBatch b;  // what a withdrawal cut short after its commit leaves
    b.Put(store->cf(Store::kMeta), "shred-pending", "");
    ASSERT_TRUE(store->Write(&b).ok());
  }
  Open();
  Close();
  std::unique_ptr<Keyring> k;
  ASSERT_TRUE(Keyring::Open(dir_.sub("data/keyring"), key_.data(), &k).ok());
  EXPECT_GT(k->current_epoch(), epoch_before);
  std::unique_ptr<Store> store;
  ASSERT_TRUE(Store::Open(dir_.sub("data/store"), false, &store).ok());
  EXPECT_FALSE(store->Exists(Store::kMeta, "shred-pending"));
}

TEST_F(ArchiveTest, CaseCodeSpellingsAreOneCase) {
  IntakeRecord a = SampleRecord("SPELLA"), b = SampleRecord("SPELLB"), c = SampleRecord("SPELLC");
  a.case_code = "CAI-2025-0999";
  b.case_code = "CAI 2025 0999";
  c.case_code = "cai\xe2\x80\x93" "2025\xe2\x80\x93" "0999";  // en dashes
  IngestApproved(a), IngestApproved(b), IngestApproved(c);
  std::vector<DeletionReceipt> receipts;
  ASSERT_TRUE(archive_->WithdrawByCase(Admin(), "CAI-2025-0999", "consent-withdrawn", &receipts).ok());
  EXPECT_EQ(receipts.size(), 3u);
  IntakeRecord tiny = SampleRecord("TINY");
  tiny.case_code = "--7-";
  EXPECT_EQ(archive_->Ingest(Admin(), tiny, true, nullptr).code(), Status::Code::kInvalidArgument);
}

TEST_F(ArchiveTest, StaffFieldsAreRedactedAndTagsComeFromTheVocabulary) {
  IntakeRecord r = SampleRecord("FIELDSQ");
  r.recorded_at = "casa de María Mejía, tel +504 9876 5432";
  std::string id = IngestApproved(r);
  Testimony t;
  ASSERT_TRUE(archive_->Show(Admin(), id, &t).ok());
  EXPECT_EQ(t.recorded_at.find("Mej"), std::string::npos) << t.recorded_at;
  EXPECT_EQ(t.recorded_at.find("9876"), std::string::npos) << t.recorded_at;
  IntakeRecord bad = SampleRecord("TAGSQ");
  bad.tags["places"] = {"casa de Pedro Quintero"};
  Status s = archive_->Ingest(Admin(), bad, true, nullptr);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(s.message().find("Quintero"), std::string::npos) << "errors never quote the value";
  IntakeRecord spelled = SampleRecord("TAGSPELLQ");
  spelled.tags = {{"violence", {"Secuestro"}}, {"places", {"ciudad juarez"}}};
  std::string sid = IngestApproved(spelled);
  ASSERT_TRUE(archive_->Show(Admin(), sid, &t).ok());
  EXPECT_EQ(t.tags["violence"], std::vector<std::string>{"kidnapping"});
  EXPECT_NE(std::find(t.tags["places"].begin(), t.tags["places"].end(), "Ciudad Juárez"), t.tags["places"].end());
}

TEST_F(ArchiveTest, ApprovalRefusesWhenAKnownIdentifierWasUnredacted) {
  std::string id;
  ASSERT_TRUE(archive_->Ingest(Admin(), SampleRecord("UNREDACTQ"), false, &id).ok());
  PendingTestimony p;
  ASSERT_TRUE(archive_->GetPending(Admin(), id, &p).ok());
  std::vector<ProposedRedaction> without_phone;
  for (auto& r : p.redactions) if (r.type != "phone") without_phone.push_back(r);
  ASSERT_LT(without_phone.size(), p.redactions.size());
  ASSERT_TRUE(archive_->EditPending(Admin(), id, without_phone, nullptr).ok());
  Status s = archive_->Approve(Admin(), id);
  EXPECT_EQ(s.code(), Status::Code::kFailedPrecondition) << s.ToString();
  ASSERT_TRUE(archive_->EditPending(Admin(), id, p.redactions, nullptr).ok());
  EXPECT_TRUE(archive_->Approve(Admin(), id).ok());
}

TEST_F(ArchiveTest, OnlyAdminsSkipReview) {
  EXPECT_EQ(archive_->Ingest(AsRole(Role::kReviewer), SampleRecord("SKIPQ"), true, nullptr).code(),
            Status::Code::kPermissionDenied);
  EXPECT_TRUE(archive_->Ingest(AsRole(Role::kReviewer), SampleRecord("SKIPQ"), false, nullptr).ok());
}

TEST_F(ArchiveTest, UsersAuthenticateWithArgon2id) {
  ASSERT_TRUE(archive_->AddUser(Admin(), "ana", Role::kLegal, "correct horse battery").ok());
  UserInfo u;
  ASSERT_TRUE(archive_->Authenticate("ana", "correct horse battery", &u).ok());
  EXPECT_EQ(u.role, Role::kLegal);
  EXPECT_EQ(archive_->Authenticate("ana", "wrong password!", &u).code(), Status::Code::kUnauthenticated);
  EXPECT_EQ(archive_->Authenticate("nobody", "correct horse battery", &u).code(), Status::Code::kUnauthenticated);
  EXPECT_EQ(archive_->AddUser(AsRole(Role::kLegal), "eve", Role::kAdmin, "0123456789ab").code(),
            Status::Code::kPermissionDenied);
  Close();
  EXPECT_TRUE(FilesContaining(dir_.sub("data"), "correct horse").empty());
}

}  // namespace
}  // namespace amparo
