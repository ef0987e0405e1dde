// Random queries built from the query language's pieces never crash the
// parser or the search: each either runs or returns a message.
#include <gtest/gtest.h>

#include <random>

#include "tests/search/index_fixture.h"

namespace amparo::search::testing {
namespace {

class QueryFuzzTest : public IndexTest {};

TEST_F(QueryFuzzTest, RandomQueriesRunOrExplain) {
  IndexedTestimony t;
  t.id = "x";
  t.language = "es";
  t.text = "secuestro en Ciudad Juárez cobro de piso";
  t.places = {"Ciudad Juárez"};
  t.scopes = {"legal"};
  Put(t);
  Commit();
  const std::vector<std::string> pieces = {
      "secuestro", "Juárez", "\"", "(", ")", "AND", "OR", "NOT", "NEAR", "NEAR/3", "-", "+",
      "place:", "lang:", "date:", "year:", "2024", "2024-01..2024-06", "..", ":", "“", "”",
      "violence:", "ñ", "\xff\xfe", "cobro de piso", "l'enlèvement", " ", "  ", "\t", "*", "?"};
  std::mt19937 rng(1234);
  int ran = 0, refused = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string q;
    int n = 1 + static_cast<int>(rng() % 8);
    for (int k = 0; k < n; ++k) {
      q += pieces[rng() % pieces.size()];
      if (rng() % 2) q += ' ';
    }
    SearchRequest req;
    req.query = q;
    req.scopes = {"legal"};
    req.today = "2025-01-01";
    req.facets = rng() % 2;
    SearchResult r;
    std::string error;
    if (index_->Search(req, &r, &error)) {
      ++ran;
      EXPECT_LE(r.total, 1u) << q;
    } else {
      ++refused;
      EXPECT_FALSE(error.empty()) << q;
    }
  }
  EXPECT_GT(ran, 100);
  EXPECT_GT(refused, 100);
}

}  // namespace
}  // namespace amparo::search::testing
