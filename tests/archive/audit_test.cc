// The audit trail detects an edited, reordered or deleted entry.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sodium.h>

#include "archive/archive.h"
#include "archive/audit_log.h"
#include "archive/store.h"
#include "test_util.h"

namespace amparo {
namespace {

using testing::Admin;
using testing::SampleRecord;

class AuditTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    key_ = MasterKey::Generate();
    Archive::Options o;
    o.data_dir = dir_.sub("data");
    o.create = true;
    ASSERT_TRUE(Archive::Open(o, key_, &archive_).ok());
    std::string id;
    ASSERT_TRUE(archive_->Ingest(Admin(), SampleRecord("AUDITMARKER"), true, &id).ok());
    Testimony t;
    ASSERT_TRUE(archive_->Show(Admin(), id, &t).ok());
    ASSERT_TRUE(archive_->Show(Admin(), id, &t).ok());
    ArchiveSearchResponse res;
    ASSERT_TRUE(archive_->Search(Admin(), {"AUDITMARKER", 1, 10, false}, &res).ok());
    ASSERT_TRUE(archive_->VerifyAudit(Admin()).ok());
    std::vector<AuditEntry> entries;
    ASSERT_TRUE(archive_->ReadAudit(Admin(), &entries).ok());
    ASSERT_EQ(entries.size(), 4u);
    EXPECT_EQ(entries[0].action, "intake-approved");
    EXPECT_EQ(entries[3].action, "search");
    EXPECT_EQ(entries[3].ids, std::vector<std::string>{id}) << "a search records its result ids";
    archive_.reset();
    ASSERT_TRUE(testing::FilesContaining(dir_.sub("data"), "AUDITMARKER").empty())
        << "the query text is never recorded";
  }
  // Applies f to the raw store, then reopens and verifies the audit log.
  Status TamperAndVerify(const std::function<void(Store*)>& f) {
    {
      std::unique_ptr<Store> store;
      EXPECT_TRUE(Store::Open(dir_.sub("data/store"), false, &store).ok());
      f(store.get());
    }
    Archive::Options o;
    o.data_dir = dir_.sub("data");
    EXPECT_TRUE(Archive::Open(o, key_, &archive_).ok());
    return archive_->VerifyAudit(Admin());
  }
  std::string Raw(Store* s, uint64_t seq) {
    std::string v;
    EXPECT_TRUE(s->Get(Store::kAudit, AuditKey(seq), &v).ok());
    return v;
  }
  void PutRaw(Store* s, uint64_t seq, const std::string& v) {
    rocksdb::WriteBatch b;
    b.Put(s->cf(Store::kAudit), AuditKey(seq), v);
    ASSERT_TRUE(s->Write(&b).ok());
  }

  testing::TempDir dir_;
  MasterKey key_;
  std::unique_ptr<Archive> archive_;
};

TEST_F(AuditTest, UntouchedLogVerifies) {
  EXPECT_TRUE(TamperAndVerify([](Store*) {}).ok());
}

TEST_F(AuditTest, EditedEntryIsDetected) {
  Status s = TamperAndVerify([&](Store* st) {
    auto j = nlohmann::json::parse(Raw(st, 2));
    j["actor"] = "someone-else";
    PutRaw(st, 2, j.dump());
  });
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find("entry 2"), std::string::npos) << s.message();
}

TEST_F(AuditTest, ReorderedEntriesAreDetected) {
  Status s = TamperAndVerify([&](Store* st) {
    std::string a = Raw(st, 2), b = Raw(st, 3);
    PutRaw(st, 2, b);
    PutRaw(st, 3, a);
  });
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
}

TEST_F(AuditTest, DeletedMiddleEntryIsDetected) {
  Status s = TamperAndVerify([&](Store* st) {
    rocksdb::WriteBatch b;
    b.Delete(st->cf(Store::kAudit), AuditKey(2));
    ASSERT_TRUE(st->Write(&b).ok());
  });
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find("missing"), std::string::npos) << s.message();
}

TEST_F(AuditTest, DeletedLastEntryIsDetected) {
  Status s = TamperAndVerify([&](Store* st) {
    rocksdb::WriteBatch b;
    b.Delete(st->cf(Store::kAudit), AuditKey(4));
    ASSERT_TRUE(st->Write(&b).ok());
  });
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
}

}  // namespace
}  // namespace amparo
