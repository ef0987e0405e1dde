// Shared fixtures of the tests that run the whole redactor: one Redactor per
// test suite (building it loads every list), text redacted with no known
// identifiers and default options, and checks on where addresses fall.
#ifndef AMPARO_TESTS_REDACTION_REDACTOR_FIXTURE_H_
#define AMPARO_TESTS_REDACTION_REDACTOR_FIXTURE_H_

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <vector>

#include "redaction/redactor.h"

namespace amparo::redaction {

// The text redacted, with no known identifiers and default options, by one
// Redactor that the whole test binary shares (for tests without a fixture).
inline std::string RedactedText(const std::string& text, const std::string& language) {
  std::string error;
  static const Redactor* const redactor = Redactor::Create(&error).release();
  EXPECT_NE(redactor, nullptr) << error;
  RedactionResult result;
  EXPECT_TRUE(redactor->Redact(text, language, KnownIdentifiers{}, RedactionOptions{}, &result, &error)) << error;
  return result.text;
}

// Every word of `gone` is absent from the redacted text of `text`; every
// word of `kept` is still there.
inline void ExpectRedacted(const std::string& language, const std::string& text,
                           std::initializer_list<std::string> gone,
                           std::initializer_list<std::string> kept = {}) {
  const std::string out = RedactedText(text, language);
  for (const std::string& word : gone) {
    EXPECT_EQ(out.find(word), std::string::npos) << "[" << word << "] left in: " << text << "\n -> " << out;
  }
  for (const std::string& word : kept) {
    EXPECT_NE(out.find(word), std::string::npos) << "[" << word << "] lost in: " << text << "\n -> " << out;
  }
}

// One sentence of a table of cases: the words its redaction must remove
// and the words (places, organisations) it must keep.
struct GoneKeptCase {
  std::string text;
  std::vector<std::string> gone;  // person words that must not be in the output
  std::vector<std::string> kept;  // words that must be
};

// ExpectRedacted for each case of a table.
inline void ExpectGoneAndKept(const std::string& language, const std::vector<GoneKeptCase>& cases) {
  for (const GoneKeptCase& c : cases) {
    const std::string out = RedactedText(c.text, language);
    for (const std::string& w : c.gone) EXPECT_EQ(out.find(w), std::string::npos) << w << " kept in: " << out;
    for (const std::string& w : c.kept) EXPECT_NE(out.find(w), std::string::npos) << w << " lost in: " << out;
  }
}

class RedactorFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    redactor_ = Redactor::Create(&error).release();
    ASSERT_NE(redactor_, nullptr) << error;
  }
  static void TearDownTestSuite() {
    delete redactor_;
    redactor_ = nullptr;
  }

  static RedactionResult Redact(const std::string& text, const std::string& language) {
    RedactionResult result;
    std::string error;
    EXPECT_TRUE(redactor_->Redact(text, language, KnownIdentifiers{}, RedactionOptions{}, &result, &error))
        << error;
    return result;
  }

  static inline Redactor* redactor_ = nullptr;
};

class AddressFixture : public RedactorFixture {
 protected:
  // `street` is covered by address spans only; each of `kept` is left as it
  // was in the redacted text.
  static void ExpectStreet(const std::string& language, const std::string& text, const std::string& street,
                           std::initializer_list<std::string> kept = {}) {
    const RedactionResult r = Redact(text, language);
    const size_t at = text.find(street);
    ASSERT_NE(at, std::string::npos) << street;
    bool covered = false;
    for (const RedactionSpan& s : r.report.spans) {
      if (s.original_begin <= at && at + street.size() <= s.original_end) {
        covered = true;
        EXPECT_EQ(s.type, IdentifierType::kAddress) << "[" << street << "] in: " << text << "\n -> " << r.text;
      }
    }
    EXPECT_TRUE(covered) << "[" << street << "] not covered in: " << text << "\n -> " << r.text;
    for (const std::string& word : kept) {
      EXPECT_NE(r.text.find(word), std::string::npos) << "[" << word << "] lost in: " << text << "\n -> " << r.text;
    }
  }

  static void ExpectNoAddress(const std::string& language, const std::string& text) {
    for (const RedactionSpan& s : Redact(text, language).report.spans) {
      EXPECT_NE(s.type, IdentifierType::kAddress)
          << text.substr(s.original_begin, s.original_end - s.original_begin) << " in: " << text;
    }
  }
};

}  // namespace amparo::redaction

#endif  // AMPARO_TESTS_REDACTION_REDACTOR_FIXTURE_H_
