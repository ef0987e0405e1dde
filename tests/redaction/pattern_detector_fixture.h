// A test fixture holding one compiled PatternDetector for a whole suite
// (compiling the rules takes a moment), and Spans(), which shows a text's
// findings as "TYPE=text|TYPE=text" so a test compares them in one string.
#ifndef AMPARO_TESTS_REDACTION_PATTERN_DETECTOR_FIXTURE_H_
#define AMPARO_TESTS_REDACTION_PATTERN_DETECTOR_FIXTURE_H_

#include <gtest/gtest.h>

#include <string>

#include "redaction/pattern_detector.h"

namespace amparo::redaction {

class PatternDetectorFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    detector_ = PatternDetector::Create(&error).release();
    ASSERT_NE(detector_, nullptr) << error;
  }
  static void TearDownTestSuite() {
    delete detector_;
    detector_ = nullptr;
  }

  // Every finding as "TYPE=text", in order, joined by '|'.
  static std::string Spans(const std::string& text, const std::string& language) {
    std::string out;
    for (const Finding& f : detector_->Find(text, language)) {
      if (!out.empty()) out += "|";
      out += std::string(IdentifierTypeName(f.type)) + "=" + text.substr(f.begin, f.end - f.begin);
    }
    return out;
  }

  static inline PatternDetector* detector_ = nullptr;
};

}  // namespace amparo::redaction

#endif  // AMPARO_TESTS_REDACTION_PATTERN_DETECTOR_FIXTURE_H_
