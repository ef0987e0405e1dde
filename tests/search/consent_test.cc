// Consent is enforced in the query: for every combination of scopes and a
// range of "today" dates around the expiries, hits, totals and facet counts
// equal what an independent check of each testimony's consent allows.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "tests/search/index_fixture.h"

namespace amparo::search::testing {
namespace {

class ConsentTest : public IndexTest {
 protected:
  void SetUp() override {
    IndexTest::SetUp();
    const std::vector<std::vector<std::string>> scope_sets = {
        {}, {"legal"}, {"publication"}, {"research"}, {"legal", "publication"},
        {"legal", "research"}, {"publication", "research"}, {"legal", "publication", "research"}};
    const std::vector<std::string> expiries = {"", "2024-12-31", "2025-01-01", "2025-01-31",
                                               "2025-02-01", "2026-02-28", "2031-01-01"};
    const std::vector<std::string> places = {"Palenque", "Tapachula", "Tenosique"};
    int n = 0;
    for (const auto& scopes : scope_sets) {
      for (const auto& expiry : expiries) {
        IndexedTestimony t;
        t.id = std::string("c").append(std::to_string(n));
        t.language = n % 2 ? "es" : "fr";
        bool crossing = n % 3 != 0;
        if (t.language == "es") {
          t.text = crossing ? "cruzamos la frontera de noche" : "esperamos en el albergue";
        } else {
          t.text = crossing ? "nous avons traversé la frontière la nuit" : "nous attendions au refuge";
        }
        t.places = {places[n % 3]};
        t.violence = {n % 2 ? "kidnapping" : "threats"};
        t.year = 2020 + n % 5;
        t.month = 1 + n % 12;
        t.scopes = scopes;
        t.consent_expires_on = expiry;
        Put(t);
        corpus_.push_back(t);
        ++n;
      }
    }
    Commit();
  }

  static bool Visible(const IndexedTestimony& t, const std::vector<std::string>& scopes,
                      const std::string& today) {
    if (scopes.empty()) return true;  // admin
    if (!t.consent_expires_on.empty() && t.consent_expires_on < today) return false;
    for (const auto& s : scopes) {
      if (std::find(t.scopes.begin(), t.scopes.end(), s) != t.scopes.end()) return true;
    }
    return false;
  }

  std::vector<IndexedTestimony> corpus_;
};

TEST_F(ConsentTest, NoLeaksForAnyScopeCombinationOrDay) {
  const std::vector<std::string> all = {"legal", "publication", "research", "comms"};
  const std::vector<std::string> days = {"2024-06-01", "2024-12-31", "2025-01-01", "2025-01-02",
                                         "2025-01-31", "2025-02-01", "2026-03-01", "2040-01-01"};
  const std::vector<std::pair<std::string, bool>> queries = {
      {"", true}, {"cruzar", false}, {"violence:kidnapping", true}, {"secuestro OR albergue", false}};
  size_t checks = 0;
  for (unsigned mask = 0; mask < (1u << all.size()); ++mask) {
    std::vector<std::string> scopes;
    for (size_t i = 0; i < all.size(); ++i) {
      if (mask & (1u << i)) scopes.push_back(all[i]);
    }
    for (const auto& today : days) {
      for (const auto& [query, text_free] : queries) {
        // Expected: visible testimonies that match the query.
        std::set<std::string> expected;
        std::map<std::string, std::map<std::string, uint64_t>> facets;
        for (const auto& t : corpus_) {
          if (!Visible(t, scopes, today)) continue;
          bool matches = query.empty() ||
                         (query == "cruzar" && t.text.find("cruzamos") != std::string::npos) ||
                         (query == "violence:kidnapping" && t.violence[0] == "kidnapping") ||
                         (query == "secuestro OR albergue" &&
                          (t.violence[0] == "kidnapping" || t.text.find("albergue") != std::string::npos));
          (void)text_free;
          if (!matches) continue;
          expected.insert(t.id);
          facets["place"][t.places[0]]++;
          facets["violence"][t.violence[0]]++;
          facets["language"][t.language]++;
          facets["year"][std::to_string(t.year)]++;
        }
        SearchResult r = Run(query, scopes, today, true, 0, 1000);
        const FacetCounts full_facets = r.facets;
        std::set<std::string> got;
        for (const auto& h : r.hits) got.insert(h.id);
        ASSERT_EQ(got, expected) << "query '" << query << "' mask " << mask << " on " << today;
        ASSERT_EQ(r.total, expected.size());
        for (const char* f : {"place", "violence", "language", "year"}) {
          ASSERT_EQ(r.facets[f], facets[f]) << f << " mask " << mask << " on " << today;
        }
        // A small page does not change totals or facets.
        SearchResult page = Run(query, scopes, today, true, 0, 2);
        ASSERT_EQ(page.total, expected.size());
        ASSERT_EQ(page.facets, full_facets);
        ++checks;
      }
    }
  }
  EXPECT_EQ(checks, 16u * 8u * 4u);
}

TEST_F(ConsentTest, ScopesNeedADay) {
  SearchRequest req;
  req.scopes = {"legal"};
  SearchResult r;
  std::string error;
  EXPECT_FALSE(index_->Search(req, &r, &error));
  EXPECT_NE(error.find("today"), std::string::npos);
}

TEST_F(ConsentTest, WithdrawalIsImmediateAfterCommit) {
  SearchResult before = Run("", {"legal"}, "2025-01-01");
  ASSERT_FALSE(before.hits.empty());
  std::string error;
  for (const auto& h : before.hits) ASSERT_TRUE(index_->Remove(h.id, &error)) << error;
  Commit(2);
  EXPECT_EQ(Run("", {"legal"}, "2025-01-01").total, 0u);
}

}  // namespace
}  // namespace amparo::search::testing
