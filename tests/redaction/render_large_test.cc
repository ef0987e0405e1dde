// Rendering a long text: its redacted text and its report fill buffers of
// several megabytes, over which the renderer asks the kernel for huge pages
// (AdviseHugePages() in renderer.cc). Every byte and every span written
// there must be what the same pieces give in a short text, in a fresh
// result, in one reused and in one that held a shorter text before.
#include "redaction/renderer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace amparo::redaction {
namespace {

constexpr char kUnit[] = "Llame al 555 1234 manana. ";
constexpr char kRedactedUnit[] = "Llame al [PHONE] manana. ";
constexpr size_t kPhoneAt = 9;     // "555 1234" in kUnit
constexpr size_t kPhoneLength = 8;

std::string Repeat(const char* unit, size_t times) {
  std::string s;
  for (size_t i = 0; i < times; ++i) s += unit;
  return s;
}

// A phone finding in each of `units` repetitions of kUnit.
std::vector<Finding> Phones(size_t units) {
  std::vector<Finding> findings;
  const size_t unit = sizeof(kUnit) - 1;
  for (size_t i = 0; i < units; ++i) {
    Finding f;
    f.begin = i * unit + kPhoneAt;
    f.end = f.begin + kPhoneLength;
    f.type = IdentifierType::kPhone;
    f.detector = "pattern";
    findings.push_back(f);
  }
  return findings;
}

void ExpectRendered(const RedactionResult& out, size_t units) {
  ASSERT_EQ(out.text, Repeat(kRedactedUnit, units));
  ASSERT_EQ(out.report.spans.size(), units);
  const size_t unit = sizeof(kUnit) - 1, redacted_unit = sizeof(kRedactedUnit) - 1;
  for (size_t i : {size_t{0}, units / 2, units - 1}) {
    const RedactionSpan& s = out.report.spans[i];
    EXPECT_EQ(s.original_begin, i * unit + kPhoneAt);
    EXPECT_EQ(s.original_end, i * unit + kPhoneAt + kPhoneLength);
    EXPECT_EQ(s.redacted_begin, i * redacted_unit + kPhoneAt);
    EXPECT_EQ(s.redacted_end, i * redacted_unit + kPhoneAt + 7);
    EXPECT_EQ(s.replacement, "[PHONE]");
    EXPECT_EQ(s.detector, "pattern");
  }
}

TEST(RenderLargeTest, LongTextRendersAsItsPieces) {
  // 5.2 MB of text, 200,000 spans (over 20 MB of report).
  const size_t units = 200000;
  const std::string text = Repeat(kUnit, units);
  std::string error;
  RedactionResult fresh;
  ASSERT_TRUE(RenderFindings(text, Phones(units), RedactionOptions(), &fresh, &error)) << error;
  ExpectRendered(fresh, units);
  // Into the same result again: its buffers are reused.
  ASSERT_TRUE(RenderFindings(text, Phones(units), RedactionOptions(), &fresh, &error)) << error;
  ExpectRendered(fresh, units);
  // Into a result that held a short text: its buffers grow.
  RedactionResult small;
  const std::string short_text = Repeat(kUnit, 3);
  ASSERT_TRUE(RenderFindings(short_text, Phones(3), RedactionOptions(), &small, &error)) << error;
  ExpectRendered(small, 3);
  ASSERT_TRUE(RenderFindings(text, Phones(units), RedactionOptions(), &small, &error)) << error;
  ExpectRendered(small, units);
}

}  // namespace
}  // namespace amparo::redaction
