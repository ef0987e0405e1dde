// Checksums: known-good identifiers pass, one changed character fails.
#include "redaction/validators.h"

#include <gtest/gtest.h>

namespace amparo::redaction {
namespace {

TEST(RedactionValidatorsTest, Luhn) {
  EXPECT_TRUE(LuhnValid("4111 1111 1111 1111"));
  EXPECT_TRUE(LuhnValid("378282246310005"));
  EXPECT_FALSE(LuhnValid("4111 1111 1111 1112"));
  EXPECT_FALSE(LuhnValid("0"));  // too short to be a card
}

TEST(RedactionValidatorsTest, Iban) {
  EXPECT_TRUE(IbanValid("ES91 2100 0418 4502 0005 1332"));
  EXPECT_TRUE(IbanValid("GB82 WEST 1234 5698 7654 32"));
  EXPECT_TRUE(IbanValid("fr1420041010050500013m02606"));
  EXPECT_FALSE(IbanValid("ES92 2100 0418 4502 0005 1332"));
  EXPECT_FALSE(IbanValid("ES91"));
}

TEST(RedactionValidatorsTest, Curp) {
  EXPECT_TRUE(CurpCheckDigitValid("PEGJ850101HDFRRN08"));
  EXPECT_FALSE(CurpCheckDigitValid("PEGJ850101HDFRRN09"));
  EXPECT_FALSE(CurpCheckDigitValid("PEGJ850101HDFRRN0"));
}

TEST(RedactionValidatorsTest, Rfc) {
  EXPECT_TRUE(RfcCheckDigitValid("GODE561231GR8"));
  EXPECT_FALSE(RfcCheckDigitValid("GODE561231GR7"));
}

TEST(RedactionValidatorsTest, IpAddresses) {
  EXPECT_TRUE(Ipv4Valid("10.0.0.255"));
  EXPECT_FALSE(Ipv4Valid("10.0.0.256"));
  EXPECT_TRUE(Ipv6Valid("2001:db8::1"));
  EXPECT_FALSE(Ipv6Valid("10:30:45"));
}

TEST(RedactionValidatorsTest, DateDigits) {
  EXPECT_TRUE(DateDigitsPlausible("830312"));
  EXPECT_FALSE(DateDigitsPlausible("831312"));
  EXPECT_FALSE(DateDigitsPlausible("830300"));
}

}  // namespace
}  // namespace amparo::redaction
