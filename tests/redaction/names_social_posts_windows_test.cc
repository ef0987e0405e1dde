// The English posts' pass reads a long text in windows (its tokens never
// hold more than a window of it, so memory stays flat): a name found in one
// window still marks its lower-case mentions in every other, and a long
// single line is read whole.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

std::string Repeat(std::string_view unit, size_t times) {
  std::string s;
  s.reserve(unit.size() * times);
  for (size_t i = 0; i < times; ++i) s += unit;
  return s;
}

TEST(NamesSocialPostsWindowsTest, AMentionFarFromTheNameFoundIsAName) {
  // "mike's party" says a name; "the robin" alone does not. Far apart,
  // on many lines and on one.
  for (std::string_view filler : {"we waited at the bridge all day\n", "we waited at the bridge all day "}) {
    const std::string text =
        "who is coming to mike's party friday\n" + Repeat(filler, 20000) + "then mike came. the robin sang";
    const std::string out = RedactedText(text, "en");
    EXPECT_EQ(out.find("mike"), std::string::npos);
    EXPECT_NE(out.find("robin"), std::string::npos);
    EXPECT_NE(out.find("bridge"), std::string::npos);
  }
}

TEST(NamesSocialPostsWindowsTest, AMentionBeforeTheNameFoundIsANameInEveryWindow) {
  // The name is said only at the end ("mike's party"); its mentions come
  // before it, in every window of a text long enough that the pass keeps
  // what it read of the first windows and reads the others again.
  const std::string text = Repeat("we waited for mike by the bridge\n", 40000) +
                           "who is coming to mike's party friday\n";
  const std::string out = RedactedText(text, "en");
  EXPECT_EQ(out.find("mike"), std::string::npos);
  size_t bridges = 0;
  for (size_t at = out.find("bridge"); at != std::string::npos; at = out.find("bridge", at + 1)) ++bridges;
  EXPECT_EQ(bridges, 40000u);
}

}  // namespace
}  // namespace amparo::redaction
