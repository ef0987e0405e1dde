// Kills `amparo` with SIGKILL in the middle of ingests and withdrawals, many
// times, and checks what the next open reconciles: every stored testimony
// is in the index, no withdrawn one is, and every record still decrypts
// (an interrupted key rotation is finished).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <signal.h>
#include <sodium.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <random>
#include <set>
#include <thread>

#include "archive/archive.h"
#include "archive/sealing.h"
#include "archive/store.h"
#include "search/sealed_index.h"
#include "test_util.h"

namespace amparo {
namespace {

class CrashTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    key_ = MasterKey::Generate();
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, key_.data(), 32);
    key_hex_ = hex;
    Archive::Options o;
    o.data_dir = data_;
    o.create = true;
    o.key_source = "env";
    std::unique_ptr<Archive> a;
    ASSERT_TRUE(Archive::Open(o, key_, &a).ok());
    std::ofstream lines(dir_.sub("in.jsonl"));
    for (int i = 0; i < 40; ++i) {
      nlohmann::json j = {{"case_code", "CAI-9-" + std::to_string(i)}, {"pseudonym", "P*"}, {"language", "es"},
                          {"recorded_on", "2025-01"}, {"text", "Nos secuestraron en Palenque. Linea " + std::to_string(i)},
                          {"consent", {{"scopes", {"legal"}}, {"given_on", "2025-01-01"}, {"method", "written"},
                                       {"recorded_by", "s-1"}}}};
      lines << j.dump() << "\n";
    }
  }

  // Runs amparo with args and SIGKILLs it after delay_us (if still running);
  // delay_us < 0 lets it finish. Returns the wall time it ran, in us.
  int RunAndKill(const std::vector<std::string>& args, int delay_us) {
    auto start = std::chrono::steady_clock::now();
    pid_t pid = fork();
    if (pid < 0) {
      ADD_FAILURE() << "fork failed";
      return 0;
    }
    if (pid == 0) {
      setenv("AMPARO_MASTER_KEY", key_hex_.c_str(), 1);
      std::vector<char*> argv;
      std::string bin = AMPARO_BINARY_DIR "/amparo";
      argv.push_back(bin.data());
      std::string d = "--data", dd = data_;
      argv.push_back(d.data());
      argv.push_back(dd.data());
      std::vector<std::string> copy = args;
      for (auto& s : copy) argv.push_back(s.data());
      argv.push_back(nullptr);
      int devnull = open("/dev/null", O_WRONLY);
      dup2(devnull, 1);
      dup2(devnull, 2);
      execv(bin.c_str(), argv.data());
      _exit(127);
    }
    if (delay_us >= 0) {
      std::this_thread::sleep_for(std::chrono::microseconds(delay_us));
      kill(pid, SIGKILL);
    }
    int status;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) ++killed_mid_run_;
    return static_cast<int>(std::chrono::duration_cast<std::chrono::microseconds>(
                                std::chrono::steady_clock::now() - start).count());
  }

  // Opens (which reconciles), then compares the store with the index directly.
  void CheckInvariants(const std::string& when) {
    {
      Archive::Options o;
      o.data_dir = data_;
      std::unique_ptr<Archive> a;
      Status s = Archive::Open(o, key_, &a);
      ASSERT_TRUE(s.ok()) << when << ": " << s.ToString();
      VerifyReport r;
      ASSERT_TRUE(a->Verify(testing::Admin(), &r).ok());
      EXPECT_TRUE(r.problems.empty()) << when << ": " << r.problems[0];
    }
    std::set<std::string> stored, tombstoned, indexed;
    {
      std::unique_ptr<Store> store;
      ASSERT_TRUE(Store::Open(data_ + "/store", false, &store).ok());
      store->Scan(Store::kTestimony, "", [&](const std::string& k, const std::string&) { stored.insert(k); return true; });
      store->Scan(Store::kTombstone, "", [&](const std::string& k, const std::string&) { tombstoned.insert(k); return true; });
    }
    SecureBuffer ik = DeriveKey(key_.data(), KeyPurpose::kIndex);
    std::string error;
    auto index = search::SealedIndex::Open(data_ + "/index", std::string(reinterpret_cast<char*>(ik.data()), 32), &error);
    ASSERT_TRUE(index) << error;
    for (auto& id : index->AllIds()) indexed.insert(id);
    EXPECT_EQ(stored, indexed) << when << ": store and index disagree";
    for (auto& id : tombstoned) EXPECT_FALSE(indexed.count(id)) << when << ": withdrawn " << id << " is searchable";
  }

  std::vector<std::string> StoredIds() {
    Archive::Options o;
    o.data_dir = data_;
    std::unique_ptr<Archive> a;
    EXPECT_TRUE(Archive::Open(o, key_, &a).ok());
    std::vector<TestimonySummary> list;
    EXPECT_TRUE(a->List(testing::Admin(), &list).ok());
    std::vector<std::string> ids;
    for (auto& t : list) ids.push_back(t.id);
    return ids;
  }

  testing::TempDir dir_;
  std::string data_ = dir_.sub("data");
  MasterKey key_;
  std::string key_hex_;
  int killed_mid_run_ = 0;
};

TEST_F(CrashTest, KilledIngestsAndWithdrawalsAreReconciled) {
  std::mt19937 rng(20261125);
  // One full run first: it stores testimonies to withdraw later and tells
  // how long an ingest takes on this machine, so kills land inside it.
  int full_ingest = RunAndKill({"ingest", "--auto-approve", "--keep-going", dir_.sub("in.jsonl")}, -1);
  CheckInvariants("full ingest");
  for (int round = 0; round < 8; ++round) {
    int delay = std::uniform_int_distribution<int>(full_ingest / 5, full_ingest * 9 / 10)(rng);
    int killed_before = killed_mid_run_;
    int ran = RunAndKill({"ingest", "--auto-approve", "--keep-going", dir_.sub("in.jsonl")}, delay);
    // A run that finished before its kill was faster than the first (a
    // quieter machine): aim the next kills inside runs of its length.
    if (killed_mid_run_ == killed_before) full_ingest = std::min(full_ingest, ran);
    CheckInvariants("ingest round " + std::to_string(round) + " killed after " + std::to_string(delay) + "us");
  }
  EXPECT_GT(killed_mid_run_, 4) << "most ingests should be cut short";
  killed_mid_run_ = 0;
  std::vector<std::string> ids = StoredIds();
  ASSERT_GE(ids.size(), 40u);
  int full_withdraw = RunAndKill({"withdraw", "--yes", ids.back()}, -1);
  CheckInvariants("full withdrawal");
  for (int round = 0; round < 8; ++round) {
    int delay = std::uniform_int_distribution<int>(full_withdraw / 4, full_withdraw * 95 / 100)(rng);
    int killed_before = killed_mid_run_;
    int ran = RunAndKill({"withdraw", "--yes", ids[round]}, delay);
    if (killed_mid_run_ == killed_before) full_withdraw = std::min(full_withdraw, ran);
    CheckInvariants("withdraw round " + std::to_string(round) + " killed after " + std::to_string(delay) + "us");
  }
  EXPECT_GT(killed_mid_run_, 2) << "some withdrawals should be cut short";
}

}  // namespace
}  // namespace amparo
