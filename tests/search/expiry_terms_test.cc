// The dyadic expiry terms: a document expiring on day D matches the
// "expired before T" terms exactly when D < T.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

#include "search/indexed_terms.h"
#include "search/term_sealer.h"
#include "tests/search/index_fixture.h"

namespace amparo::search {
namespace {

TEST(ExpiryTermsTest, DayNumbers) {
  EXPECT_EQ(DayNumber(2000, 1, 1), 0);
  EXPECT_EQ(DayNumber(2000, 3, 1), 60);  // leap year
  EXPECT_EQ(DayNumber(2025, 1, 1) - DayNumber(2024, 12, 31), 1);
  EXPECT_EQ(DayNumber(2025, 3, 1) - DayNumber(2025, 2, 28), 1);
}

TEST(ExpiryTermsTest, MatchExactlyTheEarlierDays) {
  TermSealer sealer(testing::TestKey());
  std::mt19937 rng(7);
  auto check = [&](int d, int t) {
    std::vector<std::string> doc = ExpiryTerms(sealer, d);
    std::set<std::string> held(doc.begin(), doc.end());
    bool matched = false;
    for (const auto& term : ExpiredBeforeTerms(sealer, t)) matched = matched || held.count(term);
    ASSERT_EQ(matched, d < t) << d << " vs " << t;
  };
  for (int i = 0; i < 20000; ++i) {
    int t = static_cast<int>(rng() % 40000);
    int d = t + static_cast<int>(rng() % 64) - 32;  // near the boundary
    check(std::max(d, 0), t);
    check(static_cast<int>(rng() % 40000), t);
  }
  EXPECT_LE(ExpiredBeforeTerms(sealer, DayNumber(2025, 6, 1)).size(), 16u);
}

}  // namespace
}  // namespace amparo::search
