// AddPersonsOverlappingNothing() adds the spans no finding overlaps; a
// filter of 64-byte blocks stands before its search. Its answer must be
// that of the plain rule on any spans: an added [a, e) overlaps a finding
// [b, f) when a < f and e > b (an empty span strictly inside a finding
// too).
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <utility>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {
namespace {

TEST(PersonsOverlappingNothingTest, AgreesWithThePlainRuleOnRandomSpans) {
  std::mt19937 random(23);
  for (int round = 0; round < 3000; ++round) {
    const size_t size = 1 + random() % (round % 2 == 0 ? 300 : 20000);
    auto span = [&](size_t longest) {
      const size_t b = random() % size;
      return std::make_pair(b, std::min(size, b + random() % (longest + 1)));
    };
    std::vector<std::pair<size_t, size_t>> added;
    for (size_t k = random() % 12; k > 0; --k) added.push_back(span(random() % 3 == 0 ? 0 : 30));
    std::sort(added.begin(), added.end());
    added.erase(std::unique(added.begin(), added.end()), added.end());
    std::vector<Finding> others, names;
    for (size_t k = random() % 200; k > 0; --k) {
      const auto [b, e] = span(random() % 5 == 0 ? 0 : 200);
      Finding f = PersonFinding(b, e);
      (random() % 2 == 0 ? others : names).push_back(f);
    }
    std::vector<Finding> expected = names;
    for (const auto& [a, e] : added) {
      bool overlapped = false;
      for (const std::vector<Finding>* v : {&others, &names}) {
        for (const Finding& f : *v) overlapped = overlapped || (a < f.end && e > f.begin);
      }
      if (!overlapped) expected.push_back(PersonFinding(a, e));
    }
    AddPersonsOverlappingNothing(added, others, &names);
    ASSERT_EQ(names.size(), expected.size()) << "round " << round;
    for (size_t k = 0; k < names.size(); ++k) {
      ASSERT_EQ(names[k].begin, expected[k].begin) << "round " << round;
      ASSERT_EQ(names[k].end, expected[k].end) << "round " << round;
    }
  }
}

}  // namespace
}  // namespace amparo::redaction
