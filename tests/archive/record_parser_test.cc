// record_parser (simdjson) reads stored records exactly as record_codec
// (nlohmann-json) does: same struct for every record the codec writes, a
// failure wherever the codec's from_json throws.
#include "archive/record_parser.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sodium.h>

#include <random>

#include "archive/record_codec.h"
#include "archive/sealing.h"

namespace amparo {
namespace {

using nlohmann::json;

// Text with what JSON must escape and what UTF-8 allows: quotes,
// backslashes, control characters, accents, emoji.
std::string AwkwardText(std::mt19937& rng, size_t words) {
  static const char* kWords[] = {"secuestro", "\"cobro de piso\"", "C:\\ruta", "línea\nnueva", "tab\there",
                                 "enlèvement", "\u00f1and\u00fa", "\U0001F600", "<b>&amp;</b>", "\x01\x1f",
                                 "policía", "war tax", "/slash/", "\u2028sep"};
  std::string out;
  for (size_t i = 0; i < words; ++i) {
    if (i) out += ' ';
    out += kWords[rng() % (sizeof(kWords) / sizeof(kWords[0]))];
  }
  return out;
}

Testimony RandomTestimony(std::mt19937& rng, bool with_consent) {
  Testimony t;
  t.id = "t" + std::to_string(rng());
  t.pseudonym = AwkwardText(rng, 1);
  t.language = rng() % 2 ? "es" : "fr";
  t.recorded_on = "2024-0" + std::to_string(1 + rng() % 9);
  t.recorded_at = rng() % 3 ? AwkwardText(rng, 2) : "";
  t.title = AwkwardText(rng, 4);
  t.text = AwkwardText(rng, 50 + rng() % 800);
  if (rng() % 4) t.tags["violence"] = {"extortion", "kidnapping"};
  if (rng() % 2) t.tags["places"] = {AwkwardText(rng, 1)};
  if (rng() % 5 == 0) t.tags["empty"] = {};
  t.approved_at = "2025-01-02T03:04:05Z";
  if (with_consent) {
    t.consent.scopes = {"legal", "research"};
    t.consent.given_on = "2024-05-01";
    t.consent.method = "written";
    t.consent.recorded_by = "staff-7";
    if (rng() % 2) t.consent.expires_on = "2030-01-01";
  }
  return t;
}

void ExpectSame(const Testimony& a, const Testimony& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.pseudonym, b.pseudonym);
  EXPECT_EQ(a.language, b.language);
  EXPECT_EQ(a.recorded_on, b.recorded_on);
  EXPECT_EQ(a.recorded_at, b.recorded_at);
  EXPECT_EQ(a.title, b.title);
  EXPECT_EQ(a.text, b.text);
  EXPECT_EQ(a.tags, b.tags);
  EXPECT_EQ(a.approved_at, b.approved_at);
  EXPECT_EQ(a.consent.scopes, b.consent.scopes);
  EXPECT_EQ(a.consent.given_on, b.consent.given_on);
  EXPECT_EQ(a.consent.method, b.consent.method);
  EXPECT_EQ(a.consent.recorded_by, b.consent.recorded_by);
  EXPECT_EQ(a.consent.expires_on, b.consent.expires_on);
}

TEST(RecordParserTest, ReadsWhatTheCodecWritesAsTheCodecReadsIt) {
  std::mt19937 rng(7);
  for (int i = 0; i < 200; ++i) {
    const bool stored_form = i % 2 == 0;  // the archive stores testimonies without consent
    Testimony original = RandomTestimony(rng, !stored_form);
    json j = original;
    if (stored_form) j.erase("consent");
    const std::string text = j.dump();
    Testimony by_codec = json::parse(text).get<Testimony>();
    Testimony by_parser;
    ASSERT_TRUE(ParseTestimonyJson(text, &by_parser).ok()) << i;
    ExpectSame(by_parser, by_codec);
    if (!stored_form) ExpectSame(by_parser, original);
  }
}

TEST(RecordParserTest, ReadsAnOpenedRecordInPlaceAndAShortBufferFromACopy) {
  ASSERT_GE(sodium_init(), 0);
  std::mt19937 rng(11);
  Testimony original = RandomTestimony(rng, true);
  SecureBuffer key = RandomKey();
  std::string sealed = SealRecord(key.data(), original.id, "testimony", json(original).dump());
  std::string plain;
  ASSERT_TRUE(OpenRecord(key.data(), original.id, "testimony", sealed, &plain).ok());
  EXPECT_GE(plain.capacity(), plain.size() + kPlaintextSlack);
  Testimony in_place, copied;
  ASSERT_TRUE(ParseTestimonyJson(plain, &in_place).ok());
  ExpectSame(in_place, original);
  std::string tight = plain;
  tight.shrink_to_fit();
  ASSERT_TRUE(ParseTestimonyJson(tight, &copied).ok());
  ExpectSame(copied, original);
}

TEST(RecordParserTest, ConsentRecordsMatchTheCodec) {
  for (const char* text :
       {R"({"scopes":["legal"],"given_on":"2024-01-01","method":"verbal-recorded","recorded_by":"s1"})",
        R"({"scopes":[],"expires_on":"2026-02-03","extra":{"ignored":[1,2,{"x":null}]}})",
        R"({"method":"a","scopes":["comms","legal"],"method":"b"})"}) {
    ConsentRecord by_codec = json::parse(text).get<ConsentRecord>();
    ConsentRecord by_parser;
    ASSERT_TRUE(ParseConsentJson(text, &by_parser).ok()) << text;
    EXPECT_EQ(by_parser.scopes, by_codec.scopes) << text;
    EXPECT_EQ(by_parser.given_on, by_codec.given_on) << text;
    EXPECT_EQ(by_parser.method, by_codec.method) << text;
    EXPECT_EQ(by_parser.recorded_by, by_codec.recorded_by) << text;
    EXPECT_EQ(by_parser.expires_on, by_codec.expires_on) << text;
  }
}

// Whatever the codec refuses (from_json throws, or the JSON is malformed),
// the parser refuses too.
TEST(RecordParserTest, FailsWhereTheCodecThrows) {
  const char* testimonies[] = {
      R"({"pseudonym":"no id"})",
      R"({"id":7})",
      R"({"id":"t1","text":null})",
      R"({"id":"t1","title":["x"]})",
      R"({"id":"t1","tags":{"violence":"extortion"}})",
      R"({"id":"t1","tags":{"violence":[1]}})",
      R"({"id":"t1","tags":[]})",
      R"({"id":"t1","consent":{"given_on":"2024-01-01"}})",
      R"({"id":"t1","consent":{"scopes":"legal"}})",
      R"(["id","t1"])",
      R"({"id":"t1","text":"unterminated)",
      R"({"id":"t1","junk":[1,2,}})",
      R"({"id":"t1"} trailing)",
      "{\"id\":\"t1\",\"text\":\"\xff\xfe\"}",
      "",
  };
  for (const char* text : testimonies) {
    bool codec_throws = false;
    try {
      json::parse(text).get<Testimony>();
    } catch (const json::exception&) {
      codec_throws = true;
    }
    ASSERT_TRUE(codec_throws) << "test input should be refused by the codec: " << text;
    Testimony t;
    Status s = ParseTestimonyJson(text, &t);
    EXPECT_EQ(s.code(), Status::Code::kCorruption) << text;
  }
  ConsentRecord c;
  EXPECT_FALSE(ParseConsentJson(R"({"given_on":"2024-01-01"})", &c).ok());
  EXPECT_FALSE(ParseConsentJson(R"({"scopes":["legal"],"method":3})", &c).ok());
}

}  // namespace
}  // namespace amparo
