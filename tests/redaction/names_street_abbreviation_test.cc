// "C/" (calle) after a signature's name is the start of the address, not an
// initial of the name: the whole redactor reports a person and an address,
// not one person span over the street.
#include <gtest/gtest.h>

#include <string>

#include "redaction/redactor.h"

namespace amparo::redaction {
namespace {

TEST(NamesStreetAbbreviationTest, CalleAfterASignatureIsAnAddress) {
  std::string error;
  const auto redactor = Redactor::Create(&error);
  ASSERT_NE(redactor, nullptr) << error;
  const std::string text =
      "Remitido por: Raquel Quorvaz Muruzábal C/ Irunlarrea, 3 31008 Pamplona. Navarra";
  RedactionOptions options;
  RedactionResult result;
  ASSERT_TRUE(redactor->Redact(text, "es", KnownIdentifiers(), options, &result, &error)) << error;
  std::string person, address;
  for (const RedactionSpan& s : result.report.spans) {
    const std::string value = text.substr(s.original_begin, s.original_end - s.original_begin);
    if (s.type == IdentifierType::kPersonName) person += value;
    if (s.type == IdentifierType::kAddress) address += value;
  }
  EXPECT_EQ(person, "Raquel Quorvaz Muruzábal");
  EXPECT_NE(address.find("Irunlarrea, 3"), std::string::npos) << address;
  // The town stays.
  EXPECT_NE(result.text.find("Pamplona"), std::string::npos) << result.text;
}

}  // namespace
}  // namespace amparo::redaction
