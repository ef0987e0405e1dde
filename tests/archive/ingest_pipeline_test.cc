// IngestBatches on a real archive (RocksDB + Xapian in a temporary
// directory): every batch all or nothing, outcomes in order, everything
// stored findable.
#include "archive/ingest_pipeline.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <set>

#include "test_util.h"

namespace amparo {
namespace {

using testing::Admin;
using testing::SampleRecord;
using testing::TempDir;

std::string Marker(size_t batch, size_t i) {
  return "ZQXPIPE" + std::to_string(batch) + "R" + std::to_string(i) + "WV";
}

class IngestPipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    Archive::Options o;
    o.data_dir = dir_.sub("data");
    o.create = true;
    Status s = Archive::Open(o, MasterKey::Generate(), &archive_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  std::vector<IntakeRecord> Batch(size_t b) const {
    std::vector<IntakeRecord> records;
    for (size_t i = 0; i < kPerBatch; ++i) records.push_back(SampleRecord(Marker(b, i)));
    if (b == kBadBatch) records[kPerBatch / 2].text = "not UTF-8: \xff\xfe";
    return records;
  }
  std::vector<std::string> Find(const std::string& query) {
    ArchiveSearchRequest req;
    req.query = query;
    req.page_size = 100;
    ArchiveSearchResponse res;
    Status s = archive_->Search(Admin(), req, &res);
    EXPECT_TRUE(s.ok()) << s.ToString();
    std::vector<std::string> ids;
    for (const auto& h : res.hits) ids.push_back(h.id);
    return ids;
  }
  static constexpr size_t kBatches = 6, kPerBatch = 20, kBadBatch = 3;
  TempDir dir_;
  std::unique_ptr<Archive> archive_;
};

TEST_F(IngestPipelineTest, EachBatchAllOrNothingAndEveryStoredOneFindable) {
  std::vector<size_t> progress;
  std::vector<BatchOutcome> outcomes = IngestBatches(
      archive_.get(), Admin(), kBatches, [&](size_t b) { return Batch(b); }, /*auto_approve=*/true,
      [&](size_t done) { progress.push_back(done); });
  ASSERT_EQ(outcomes.size(), kBatches);
  std::set<std::string> all_ids;
  for (size_t b = 0; b < kBatches; ++b) {
    if (b == kBadBatch) {
      EXPECT_EQ(outcomes[b].status.code(), Status::Code::kInvalidArgument) << outcomes[b].status.ToString();
      EXPECT_TRUE(outcomes[b].ids.empty());
      EXPECT_TRUE(Find(Marker(b, 0)).empty()) << "a failed batch stores nothing";
      continue;
    }
    ASSERT_TRUE(outcomes[b].status.ok()) << outcomes[b].status.ToString();
    ASSERT_EQ(outcomes[b].ids.size(), kPerBatch);
    // Outcomes are per batch, in order: the i-th id is the i-th record.
    for (size_t i : {size_t{0}, kPerBatch - 1}) {
      EXPECT_EQ(Find(Marker(b, i)), std::vector<std::string>{outcomes[b].ids[i]}) << Marker(b, i);
    }
    all_ids.insert(outcomes[b].ids.begin(), outcomes[b].ids.end());
  }
  EXPECT_EQ(all_ids.size(), (kBatches - 1) * kPerBatch) << "ids are distinct";
  std::vector<TestimonySummary> listed;
  ASSERT_TRUE(archive_->List(Admin(), &listed).ok());
  EXPECT_EQ(listed.size(), (kBatches - 1) * kPerBatch);
  std::vector<size_t> expected(kBatches);
  for (size_t k = 0; k < kBatches; ++k) expected[k] = k + 1;
  EXPECT_EQ(progress, expected);
}

TEST_F(IngestPipelineTest, WithoutAutoApproveEverythingWaitsForReview) {
  std::vector<BatchOutcome> outcomes = IngestBatches(
      archive_.get(), Admin(), 2, [&](size_t b) { return Batch(b); }, /*auto_approve=*/false);
  for (const BatchOutcome& o : outcomes) ASSERT_TRUE(o.status.ok()) << o.status.ToString();
  std::vector<PendingTestimony> pending;
  ASSERT_TRUE(archive_->ListPending(Admin(), &pending).ok());
  EXPECT_EQ(pending.size(), 2 * kPerBatch);
  EXPECT_TRUE(Find(Marker(0, 0)).empty()) << "nothing searchable before review";
}

}  // namespace
}  // namespace amparo
