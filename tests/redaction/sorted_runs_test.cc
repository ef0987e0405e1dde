// SortRuns gives std::sort's order on vectors of a few sorted runs and on
// vectors in no order at all.
#include "redaction/sorted_runs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <random>
#include <utility>
#include <vector>

namespace amparo::redaction {
namespace {

using Span = std::pair<size_t, size_t>;

// `runs` sorted runs of random lengths (ties and repeated spans included),
// end to end.
std::vector<Span> Runs(std::mt19937* rng, size_t runs) {
  std::vector<Span> out;
  for (size_t r = 0; r < runs; ++r) {
    std::vector<Span> run((*rng)() % 60);
    for (Span& s : run) {
      s.first = (*rng)() % 200;
      s.second = s.first + (*rng)() % 5;
    }
    std::sort(run.begin(), run.end());
    out.insert(out.end(), run.begin(), run.end());
  }
  return out;
}

TEST(SortRunsTest, GivesTheOrderStdSortGives) {
  std::mt19937 rng(18);
  for (size_t runs = 0; runs <= kMaxSortedRuns + 8; ++runs) {
    for (int round = 0; round < 20; ++round) {
      std::vector<Span> v = Runs(&rng, runs);
      std::vector<Span> expected = v;
      std::sort(expected.begin(), expected.end());
      SortRuns(&v);
      EXPECT_EQ(v, expected) << runs << " runs";
    }
  }
}

TEST(SortRunsTest, EmptyOneAndDescending) {
  std::vector<Span> empty;
  SortRuns(&empty);
  EXPECT_TRUE(empty.empty());
  std::vector<Span> one = {{4, 9}};
  SortRuns(&one);
  EXPECT_EQ(one, (std::vector<Span>{{4, 9}}));
  // Every element a run of its own: past kMaxSortedRuns, std::sort.
  std::vector<Span> descending;
  for (size_t k = 100; k > 0; --k) descending.emplace_back(k, k + 1);
  std::vector<Span> expected = descending;
  std::sort(expected.begin(), expected.end());
  SortRuns(&descending);
  EXPECT_EQ(descending, expected);
}

}  // namespace
}  // namespace amparo::redaction
