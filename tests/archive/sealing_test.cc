#include "archive/sealing.h"

#include <gtest/gtest.h>
#include <sodium.h>

namespace amparo {
namespace {

class RecordSealingTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_GE(sodium_init(), 0); }
  SecureBuffer key_ = RandomKey();
};

TEST_F(RecordSealingTest, RoundTrips) {
  std::string sealed = SealRecord(key_.data(), "t1", "testimony", "hola mundo");
  std::string plain;
  ASSERT_TRUE(OpenRecord(key_.data(), "t1", "testimony", sealed, &plain).ok());
  EXPECT_EQ(plain, "hola mundo");
  EXPECT_EQ(sealed.find("hola"), std::string::npos);
}

TEST_F(RecordSealingTest, BindsIdAndKind) {
  std::string sealed = SealRecord(key_.data(), "t1", "testimony", "x");
  std::string plain;
  EXPECT_EQ(OpenRecord(key_.data(), "t2", "testimony", sealed, &plain).code(), Status::Code::kCorruption);
  EXPECT_EQ(OpenRecord(key_.data(), "t1", "consent", sealed, &plain).code(), Status::Code::kCorruption);
}

TEST_F(RecordSealingTest, EveryFlippedByteIsDetected) {
  std::string sealed = SealRecord(key_.data(), "t1", "testimony", "a testimony text");
  for (size_t i = 0; i < sealed.size(); ++i) {
    std::string bad = sealed;
    bad[i] ^= 0x01;
    std::string plain;
    EXPECT_EQ(OpenRecord(key_.data(), "t1", "testimony", bad, &plain).code(), Status::Code::kCorruption) << i;
  }
}

TEST_F(RecordSealingTest, PadsLengthsToBuckets) {
  std::string a = SealRecord(key_.data(), "t", "k", std::string(10, 'a'));
  std::string b = SealRecord(key_.data(), "t", "k", std::string(400, 'a'));
  std::string c = SealRecord(key_.data(), "t", "k", std::string(600, 'a'));
  EXPECT_EQ(a.size(), b.size());
  EXPECT_GT(c.size(), b.size());
}

TEST_F(RecordSealingTest, DerivedKeysDifferByPurpose) {
  SecureBuffer m = RandomKey();
  SecureBuffer k1 = DeriveKey(m.data(), KeyPurpose::kIndex);
  SecureBuffer k2 = DeriveKey(m.data(), KeyPurpose::kAudit);
  EXPECT_NE(sodium_memcmp(k1.data(), k2.data(), kKeySize), 0);
}

}  // namespace
}  // namespace amparo
