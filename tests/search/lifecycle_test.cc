// Put / Remove / Commit / reopen / Compact, paging and exact facets.
#include <gtest/gtest.h>
#include <xapian.h>

#include <map>
#include <set>

#include "search/indexed_terms.h"
#include "search/term_sealer.h"
#include "tests/search/index_fixture.h"

namespace amparo::search::testing {
namespace {

IndexedTestimony Simple(std::string id, std::string text, std::vector<std::string> places = {}) {
  IndexedTestimony t;
  t.id = std::move(id);
  t.language = "es";
  t.text = std::move(text);
  t.places = std::move(places);
  t.year = 2024;
  t.month = 1;
  t.scopes = {"legal"};
  return t;
}

class LifecycleTest : public IndexTest {};

TEST_F(LifecycleTest, ChangesAreVisibleOnlyAfterCommit) {
  Put(Simple("a", "la frontera norte"));
  EXPECT_EQ(index_->DocCount(), 0u);
  EXPECT_EQ(Find("frontera"), Ids{});
  Commit(7);
  EXPECT_EQ(index_->CommittedSequence(), 7u);
  EXPECT_EQ(Find("frontera"), (Ids{"a"}));
  std::string error;
  ASSERT_TRUE(index_->Remove("a", &error)) << error;
  EXPECT_EQ(Find("frontera"), (Ids{"a"}));
  Commit(8);
  EXPECT_EQ(Find("frontera"), Ids{});
  EXPECT_EQ(index_->DocCount(), 0u);
}

TEST_F(LifecycleTest, PutReplacesById) {
  Put(Simple("a", "llegamos a Tapachula"));
  Commit();
  Put(Simple("a", "llegamos a Palenque"));
  Commit(2);
  EXPECT_EQ(Find("tapachula"), Ids{});
  EXPECT_EQ(Find("palenque"), (Ids{"a"}));
  EXPECT_EQ(index_->DocCount(), 1u);
}

TEST_F(LifecycleTest, InvalidInputIsRejected) {
  std::string error;
  EXPECT_FALSE(index_->Put(Simple("", "texto"), &error));
  IndexedTestimony t = Simple("x", "texto");
  t.consent_expires_on = "2025-02-30";
  EXPECT_FALSE(index_->Put(t, &error));
  EXPECT_NE(error.find("expiry"), std::string::npos);
}

TEST_F(LifecycleTest, ReopenKeepsSequenceDocumentsAndFacetNames) {
  Put(Simple("a", "cruzamos el río", {"Ciudad Juárez"}));
  Put(Simple("b", "cruzamos el desierto", {"Sonoyta"}));
  Commit(42);
  Put(Simple("c", "cruzamos sin commit"));  // dropped: never committed
  Reopen();
  EXPECT_EQ(index_->CommittedSequence(), 42u);
  EXPECT_EQ(Find("cruzar"), (Ids{"a", "b"}));
  std::vector<std::string> ids = index_->AllIds();
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (Ids{"a", "b"}));
  SearchResult r = Run("cruzar", {}, "", true);
  EXPECT_EQ(r.facets["place"]["Ciudad Juárez"], 1u);
  EXPECT_EQ(r.facets["place"]["Sonoyta"], 1u);
  EXPECT_EQ(r.facets["language"]["es"], 2u);
  EXPECT_EQ(r.facets["year"]["2024"], 2u);
}

TEST_F(LifecycleTest, PagesAreDisjointAndComplete) {
  for (int i = 0; i < 25; ++i) {
    std::string text = "albergue";
    for (int k = 0; k < i; ++k) text += " comida albergue";
    Put(Simple("p" + std::to_string(100 + i), text));
  }
  Commit();
  std::set<std::string> seen;
  double last_weight = 1e300;
  for (size_t offset : {0, 10, 20}) {
    SearchResult r = Run("albergue", {}, "", false, offset, 10);
    EXPECT_EQ(r.total, 25u);
    EXPECT_EQ(r.hits.size(), offset == 20 ? 5u : 10u);
    for (const auto& h : r.hits) {
      EXPECT_TRUE(seen.insert(h.id).second) << h.id;
      EXPECT_LE(h.weight, last_weight);
      last_weight = h.weight;
    }
  }
  EXPECT_EQ(seen.size(), 25u);
  EXPECT_TRUE(Run("albergue", {}, "", false, 30, 10).hits.empty());
}

TEST_F(LifecycleTest, FacetCountsAreExactOverTheWholeResult) {
  const std::vector<std::string> places = {"Palenque", "Tapachula", "Tenosique", "Veracruz"};
  const std::vector<std::string> violence = {"kidnapping", "extortion", "threats"};
  std::map<std::string, std::map<std::string, uint64_t>> expected;
  for (int i = 0; i < 60; ++i) {
    IndexedTestimony t = Simple("f" + std::to_string(i), i % 5 == 0 ? "otra cosa" : "camino largo");
    t.language = i % 2 ? "es" : "en";
    t.year = 2020 + i % 4;
    t.places = {places[i % places.size()]};
    if (i % 7 == 0) t.places.push_back(places[(i + 1) % places.size()]);
    t.violence = {violence[i % 3]};
    if (i % 4 == 0) t.violence.push_back("torture");
    Put(t);
    bool veracruz = std::find(t.places.begin(), t.places.end(), "Veracruz") != t.places.end();
    if (i % 5 == 0 || veracruz) continue;  // outside the query below
    for (const auto& p : t.places) expected["place"][p]++;
    for (const auto& v : t.violence) expected["violence"][v]++;
    expected["language"][t.language]++;
    expected["year"][std::to_string(t.year)]++;
  }
  Commit();
  SearchResult r = Run("camino NOT place:veracruz", {}, "", true, 0, 3);
  EXPECT_EQ(r.hits.size(), 3u);
  uint64_t total = 0;
  for (const auto& [lang, n] : expected["language"]) total += n;
  EXPECT_EQ(r.total, total);
  for (const char* facet : {"place", "violence", "language", "year"}) {
    EXPECT_EQ(r.facets[facet], expected[facet]) << facet;
  }
}

TEST_F(LifecycleTest, CompactDropsRemovedDocumentsTerms) {
  Put(Simple("keep", "seguimos esperando en el albergue", {"Palenque"}));
  Put(Simple("gone", "Zapotlanejo Chicomuselo Ixtapaluca albergue", {"Chicomuselo"}));
  Commit(10);
  TermSealer sealer(TestKey());
  std::vector<std::string> marks;
  for (const char* w : {"zapotlanejo", "chicomuselo", "ixtapaluca"}) {
    marks.push_back(WordTerm(sealer, w).substr(1));  // hash bytes, as stored in keys
  }
  auto present = [&] {
    std::string all = ReadAllFiles(db_dir());
    int n = 0;
    for (const auto& m : marks) n += all.find(m) != std::string::npos;
    return n;
  };
  ASSERT_GT(present(), 0) << "control: sealed terms of a live document are in the files";
  std::string error;
  ASSERT_TRUE(index_->Remove("gone", &error)) << error;
  Commit(11);
  ASSERT_TRUE(index_->Compact(&error)) << error;
  EXPECT_EQ(present(), 0);
  EXPECT_EQ(index_->CommittedSequence(), 11u);
  EXPECT_EQ(Find("albergue"), (Ids{"keep"}));
  // The encrypted facet dictionary forgets the removed document's place.
  index_.reset();
  {
    Xapian::Database db(db_dir() + "/seg-0");
    size_t entries = 0;
    for (auto it = db.metadata_keys_begin("f"); it != db.metadata_keys_end("f"); ++it) ++entries;
    EXPECT_EQ(entries, 4u);  // place Palenque, language es, year 2024, month 2024-01
  }
  Reopen();
  Put(Simple("new", "albergue nuevo"));
  Commit(12);
  EXPECT_EQ(Find("albergue"), (Ids{"keep", "new"}));
}

TEST_F(LifecycleTest, StemSearchSurvivesCompactionAndReopen) {
  Put(Simple("a", "caminaron toda la noche"));
  Commit(1);
  std::string error;
  ASSERT_TRUE(index_->Remove("a", &error));
  Commit(2);
  ASSERT_TRUE(index_->Compact(&error)) << error;  // prunes the links of "caminaron"
  Put(Simple("b", "caminaron otra vez"));          // same words, same thread
  Commit(3);
  EXPECT_EQ(Find("caminar"), (Ids{"b"}));
  Reopen();
  EXPECT_EQ(Find("caminar"), (Ids{"b"}));
}

}  // namespace
}  // namespace amparo::search::testing
