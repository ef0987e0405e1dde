// Shared fixture of the name-detector tests: the detector with its embedded
// lists and model, loaded once per test.
#ifndef AMPARO_TESTS_REDACTION_NAME_DETECTOR_FIXTURE_H_
#define AMPARO_TESTS_REDACTION_NAME_DETECTOR_FIXTURE_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/name_detector.h"

namespace amparo::redaction {

class NameDetectorFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    detector_ = NameDetector::Create(&error);
    ASSERT_NE(detector_, nullptr) << error;
  }

  // The text of every finding, in order.
  std::vector<std::string> Names(std::string_view text, std::string_view lang = "es") {
    std::vector<std::string> out;
    for (const Finding& f : detector_->Find(text, lang)) {
      out.emplace_back(text.substr(f.begin, f.end - f.begin));
    }
    return out;
  }

  std::unique_ptr<NameDetector> detector_;
};

}  // namespace amparo::redaction

#endif  // AMPARO_TESTS_REDACTION_NAME_DETECTOR_FIXTURE_H_
