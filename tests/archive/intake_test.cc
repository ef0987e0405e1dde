// Strict parsing of intake records: every kind of bad input has a message
// naming the problem and never quoting content.
#include "archive/intake.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace amparo {
namespace {

nlohmann::json Valid() {
  return nlohmann::json::parse(R"({
    "case_code": "CAI-2025-0110", "pseudonym": "Yahir*", "language": "es", "recorded_on": "2025-06",
    "recorded_at": "Ciudad de México", "title": "Del miedo", "text": "Me llamo Yahir Mejía.",
    "known_identifiers": {"names": ["Yahir Mejía"], "phones": ["+504 9876 5432"]},
    "tags": {"violence": ["extortion"], "places": ["Palenque"]},
    "consent": {"scopes": ["legal", "publication"], "given_on": "2025-06-12", "method": "written",
                "recorded_by": "staff-17", "expires_on": "2028-06-12"}})");
}

Status Parse(const std::string& s, size_t limit = 1 << 20) {
  IntakeRecord r;
  return ParseIntakeJson(s, limit, &r);
}

TEST(IntakeTest, ValidRecordParses) {
  IntakeRecord r;
  ASSERT_TRUE(ParseIntakeJson(Valid().dump(), 1 << 20, &r).ok());
  EXPECT_EQ(r.case_code, "CAI-2025-0110");
  EXPECT_EQ(r.consent.scopes, (std::vector<std::string>{"legal", "publication"}));
  EXPECT_EQ(r.known_identifiers.phones.size(), 1u);
  EXPECT_EQ(r.tags["places"], std::vector<std::string>{"Palenque"});
}

TEST(IntakeTest, MalformedJson) {
  Status s = Parse("{\"case_code\": ");
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("malformed JSON"), std::string::npos);
}

TEST(IntakeTest, InvalidUtf8) {
  std::string bad = Valid().dump();
  bad[bad.find("Yahir Mej")] = '\xff';
  Status s = Parse(bad);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("UTF-8"), std::string::npos);
}

// Found by tests/fuzz/intake_fuzz: nlohmann throws out_of_range, not
// parse_error, for a number too large for a double.
TEST(IntakeTest, NumberOutOfRangeIsMalformedNotACrash) {
  Status s = Parse(R"({"case_code": 1e999, "text": "x"})");
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("out of range"), std::string::npos) << s.message();
}

TEST(IntakeTest, MessagesDoNotRepeatContent) {
  auto j = Valid();
  j["Juan Pérez"] = "HN";  // a name where a field name should be
  Status s = Parse(j.dump());
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("unknown field"), std::string::npos) << s.message();
  EXPECT_EQ(s.message().find("Juan"), std::string::npos) << s.message();
  j = Valid();
  j["consent"]["scopes"] = {"legal", "Juan Pérez"};
  s = Parse(j.dump());
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("consent.scopes: unknown scope"), std::string::npos) << s.message();
  EXPECT_EQ(s.message().find("Juan"), std::string::npos) << s.message();
}

TEST(IntakeTest, UnknownFieldsAnywhere) {
  auto j = Valid();
  j["nationality"] = "HN";
  EXPECT_NE(Parse(j.dump()).message().find("unknown field \"nationality\""), std::string::npos);
  j = Valid();
  j["consent"]["forever"] = true;
  EXPECT_NE(Parse(j.dump()).message().find("forever"), std::string::npos);
  j = Valid();
  j["known_identifiers"]["address"] = {"x"};
  EXPECT_FALSE(Parse(j.dump()).ok());
}

TEST(IntakeTest, MissingFieldsAndConsent) {
  for (const char* field : {"case_code", "pseudonym", "language", "recorded_on", "text"}) {
    auto j = Valid();
    j.erase(field);
    Status s = Parse(j.dump());
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << field;
    EXPECT_NE(s.message().find(field), std::string::npos) << s.message();
  }
  auto j = Valid();
  j.erase("consent");
  EXPECT_NE(Parse(j.dump()).message().find("consent"), std::string::npos);
}

TEST(IntakeTest, UnknownScopeAndBadDates) {
  auto j = Valid();
  j["consent"]["scopes"] = {"legal", "advertising"};
  EXPECT_NE(Parse(j.dump()).message().find("consent.scopes: unknown scope"), std::string::npos);
  j = Valid();
  j["consent"]["given_on"] = "2025-02-30";
  EXPECT_FALSE(Parse(j.dump()).ok());
  j = Valid();
  j["recorded_on"] = "2025-13";
  EXPECT_FALSE(Parse(j.dump()).ok());
  j = Valid();
  j["consent"]["expires_on"] = "2020-01-01";
  EXPECT_FALSE(Parse(j.dump()).ok()) << "expiry before consent was given";
}

TEST(IntakeTest, TextAboveTheLimit) {
  auto j = Valid();
  j["text"] = std::string(2000, 'a');
  Status s = Parse(j.dump(), 1000);
  EXPECT_EQ(s.code(), Status::Code::kResourceExhausted);
  EXPECT_NE(s.message().find("limit"), std::string::npos);
}

TEST(IntakeTest, WrongTypes) {
  auto j = Valid();
  j["tags"]["violence"] = "extortion";
  EXPECT_FALSE(Parse(j.dump()).ok());
  j = Valid();
  j["text"] = 42;
  EXPECT_FALSE(Parse(j.dump()).ok());
  EXPECT_FALSE(Parse("[1,2,3]").ok());
}

TEST(IntakeTest, ErrorMessagesNeverQuoteContent) {
  auto j = Valid();
  j["text"] = std::string("Secreto Mejía ") + std::string(2000, 'x');
  Status s = Parse(j.dump(), 100);
  EXPECT_EQ(s.message().find("Secreto"), std::string::npos);
}

}  // namespace
}  // namespace amparo
