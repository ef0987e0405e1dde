#include "archive/keyring.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <filesystem>

#include "archive/sealing.h"
#include "test_util.h"

namespace amparo {
namespace {

using testing::TempDir;

class KeyringTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_GE(sodium_init(), 0); }
  SecureBuffer master_ = RandomKey();
  TempDir dir_;
  std::string path_ = dir_.sub("keyring");
};

TEST_F(KeyringTest, CreateOpenAndWrap) {
  std::unique_ptr<Keyring> k;
  ASSERT_TRUE(Keyring::Create(path_, master_.data(), &k).ok());
  SecureBuffer dk = RandomKey();
  std::string wrapped = k->WrapDataKey("t1", dk.data());
  std::unique_ptr<Keyring> k2;
  ASSERT_TRUE(Keyring::Open(path_, master_.data(), &k2).ok());
  SecureBuffer out;
  ASSERT_TRUE(k2->UnwrapDataKey("t1", wrapped, &out).ok());
  EXPECT_EQ(sodium_memcmp(out.data(), dk.data(), kKeySize), 0);
  EXPECT_FALSE(k2->UnwrapDataKey("t2", wrapped, &out).ok()) << "a wrapped key is bound to its id";
  EXPECT_EQ(std::filesystem::status(path_).permissions() & std::filesystem::perms::group_all,
            std::filesystem::perms::none);
}

TEST_F(KeyringTest, WrongMasterKeyIsUnauthenticated) {
  std::unique_ptr<Keyring> k;
  ASSERT_TRUE(Keyring::Create(path_, master_.data(), &k).ok());
  std::string before = testing::ReadAll(path_);
  SecureBuffer wrong = RandomKey();
  Status s = Keyring::Open(path_, wrong.data(), &k);
  EXPECT_EQ(s.code(), Status::Code::kUnauthenticated);
  EXPECT_NE(s.message().find("wrong master key"), std::string::npos);
  EXPECT_EQ(testing::ReadAll(path_), before);
}

TEST_F(KeyringTest, RotationDestroysTheOldKek) {
  std::unique_ptr<Keyring> k;
  ASSERT_TRUE(Keyring::Create(path_, master_.data(), &k).ok());
  SecureBuffer dk = RandomKey();
  std::string old_wrapped = k->WrapDataKey("t1", dk.data());
  ASSERT_TRUE(k->BeginRotation().ok());
  SecureBuffer out;
  ASSERT_TRUE(k->UnwrapDataKey("t1", old_wrapped, &out).ok()) << "previous KEK kept during rotation";
  std::string new_wrapped = k->WrapDataKey("t1", out.data());
  ASSERT_TRUE(k->FinishRotation().ok());
  std::unique_ptr<Keyring> reopened;
  ASSERT_TRUE(Keyring::Open(path_, master_.data(), &reopened).ok());
  EXPECT_EQ(reopened->current_epoch(), 2u);
  EXPECT_FALSE(reopened->rotation_pending());
  EXPECT_EQ(reopened->UnwrapDataKey("t1", old_wrapped, &out).code(), Status::Code::kCorruption);
  EXPECT_TRUE(reopened->UnwrapDataKey("t1", new_wrapped, &out).ok());
}

// Cuts the file writes of a whole rotation at every byte and reopens: a
// valid keyring always comes back, holding either the old state or the new
// one, and a key wrapped before the rotation can always be unwrapped (or was
// already re-wrapped under the new epoch, which is still held).
TEST_F(KeyringTest, TornWriteAtEveryPointLeavesAValidKeyring) {
  std::unique_ptr<Keyring> k;
  ASSERT_TRUE(Keyring::Create(path_, master_.data(), &k).ok());
  SecureBuffer dk = RandomKey();
  std::string wrapped = k->WrapDataKey("t1", dk.data());
  std::string pristine = testing::ReadAll(path_);
  const int64_t total = 4 * Keyring::kSlotSize;  // two slot writes per state, two states
  int recovered_old = 0, recovered_pending = 0, recovered_new = 0;
  for (int64_t cut = 0; cut <= total; cut += 7) {
    { std::ofstream(path_, std::ios::binary | std::ios::trunc) << pristine; }
    std::unique_ptr<Keyring> kr;
    ASSERT_TRUE(Keyring::Open(path_, master_.data(), &kr).ok());
    kr->SetCrashAfterBytesForTesting(cut);
    Status s = kr->BeginRotation();
    if (s.ok()) s = kr->FinishRotation();
    std::unique_ptr<Keyring> after;
    ASSERT_TRUE(Keyring::Open(path_, master_.data(), &after).ok()) << "cut at " << cut;
    SecureBuffer out;
    if (after->current_epoch() == 1) {
      ++recovered_old;
      EXPECT_TRUE(after->UnwrapDataKey("t1", wrapped, &out).ok()) << "cut at " << cut;
    } else if (after->rotation_pending()) {
      ++recovered_pending;
      EXPECT_TRUE(after->UnwrapDataKey("t1", wrapped, &out).ok()) << "cut at " << cut;
      ASSERT_TRUE(after->FinishRotation().ok());  // what the archive does on open
    } else {
      ++recovered_new;
      EXPECT_EQ(after->current_epoch(), 2u);
    }
  }
  EXPECT_GT(recovered_old, 0);
  EXPECT_GT(recovered_pending, 0);
  EXPECT_GT(recovered_new, 0);
}

TEST_F(KeyringTest, BothSlotsDamagedIsCorruption) {
  std::unique_ptr<Keyring> k;
  ASSERT_TRUE(Keyring::Create(path_, master_.data(), &k).ok());
  std::string bytes = testing::ReadAll(path_);
  bytes[100] ^= 1;
  bytes[Keyring::kSlotSize + 100] ^= 1;
  { std::ofstream(path_, std::ios::binary | std::ios::trunc) << bytes; }
  Status s = Keyring::Open(path_, master_.data(), &k);
  EXPECT_FALSE(s.ok());
}

}  // namespace
}  // namespace amparo
