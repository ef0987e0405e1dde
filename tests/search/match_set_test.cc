// The match-set evaluator must match exactly the documents Xapian's own
// matcher matches, for every operator the query language produces, with and
// without a consent restriction, and with and without the in-memory token
// table; and its BM25 ranking must put the documents that use a word most
// (for their length) first.
//
// The index keeps no Xapian positions (phrases and NEAR use token
// sequences), so the reference is a positional twin: the same documents,
// terms and document ids, plus Xapian positions made from each text by the
// same word splitting and folding. For NEAR with operands that share a
// word the reference is a brute force (see NearMatches).
#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <random>
#include <set>

#include "search/indexed_terms.h"
#include "search/match_set.h"
#include "search/query_parser.h"
#include "search/stem_map.h"
#include "search/term_sealer.h"
#include "search/text_folding.h"
#include "search/token_sequence.h"
#include "search/token_store.h"
#include "tests/search/index_fixture.h"

namespace amparo::search::testing {
namespace {

std::set<Xapian::docid> XapianMatches(const Xapian::Database& db, const Xapian::Query& q) {
  Xapian::Enquire enquire(db);
  enquire.set_query(q);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  Xapian::MSet mset = enquire.get_mset(0, db.get_doccount(), db.get_doccount());
  std::set<Xapian::docid> ids;
  for (auto it = mset.begin(); it != mset.end(); ++it) ids.insert(*it);
  return ids;
}

std::set<Xapian::docid> Members(const DocBitmap& set) {
  std::set<Xapian::docid> ids;
  set.ForEach([&](Xapian::docid id) { ids.insert(id); });
  return ids;
}

class MatchSetTest : public IndexTest {
 protected:
  void SetUp() override {
    IndexTest::SetUp();
    const std::vector<std::string> es = {"frontera", "tren", "secuestraron", "casa", "migrantes",
                                         "policía", "dinero", "noche", "río", "albergue"};
    const std::vector<std::string> en = {"border", "train", "kidnapped", "house", "migrants",
                                         "police", "money", "night", "river", "shelter"};
    const std::vector<std::string> glue_es = {"la", "de", "en", "y"};
    const std::vector<std::string> glue_en = {"the", "of", "in", "and"};
    const std::vector<std::string> places = {"Tapachula", "Palenque", "Reynosa"};
    std::mt19937 rng(7);
    for (int i = 0; i < 400; ++i) {
      IndexedTestimony t;
      t.id = std::string("m").append(std::to_string(i));
      t.language = i % 3 == 0 ? "en" : "es";
      const auto& words = t.language == "en" ? en : es;
      const auto& glue = t.language == "en" ? glue_en : glue_es;
      size_t n = 5 + rng() % 40;
      for (size_t k = 0; k < n; ++k) {
        t.text += (k % 2 ? glue[rng() % glue.size()] : words[rng() % words.size()]) + " ";
      }
      if (i % 7 == 0) t.text += t.language == "en" ? "war tax " : "cobro de piso ";
      t.places = {places[rng() % places.size()]};
      t.violence = {i % 2 ? "kidnapping" : "extortion"};
      t.year = 2019 + static_cast<int>(rng() % 6);
      t.month = 1 + static_cast<int>(rng() % 12);
      if (rng() % 2) t.scopes.push_back("legal");
      if (rng() % 3) t.scopes.push_back("publication");
      if (rng() % 4 == 0) t.consent_expires_on = "2025-0" + std::to_string(1 + rng() % 9) + "-15";
      // A title on some: phrases and NEAR must not reach across fields.
      if (i % 5 == 0) t.title = t.language == "en" ? "night border" : "noche frontera";
      Put(t);
      corpus_.push_back(t);
    }
    Commit();
  }

  // The positional twin of the index (see the top of the file).
  Xapian::WritableDatabase PositionalTwin(const Xapian::Database& db, const TermSealer& sealer) {
    Xapian::WritableDatabase twin(twin_dir_.path() + "/twin", Xapian::DB_CREATE_OR_OPEN);
    for (const IndexedTestimony& t : corpus_) {
      auto posting = db.postlist_begin(sealer.Seal(TermKind::kId, t.id));
      EXPECT_NE(posting, db.postlist_end(sealer.Seal(TermKind::kId, t.id)));
      const Xapian::docid id = *posting;
      Xapian::Document sealed = db.get_document(id);
      Xapian::Document doc;
      for (auto term = sealed.termlist_begin(); term != sealed.termlist_end(); ++term) {
        if ((*term)[0] != static_cast<char>(TermKind::kWord)) doc.add_boolean_term(*term);
      }
      Xapian::termpos pos = 0;
      std::string folded;
      for (const std::string* field : {&t.title, &t.text, &t.pseudonym}) {
        for (const WordSpan& w : SplitWords(*field)) {
          FoldWordInto(std::string_view(*field).substr(w.begin, w.end - w.begin), &folded);
          doc.add_posting(WordTerm(sealer, folded), ++pos);
        }
        pos += kFieldGapPositions;
      }
      twin.replace_document(id, doc);
    }
    twin.commit();
    return twin;
  }

  std::vector<IndexedTestimony> corpus_;
  TempDir twin_dir_;
};

TEST_F(MatchSetTest, SameDocumentsAsXapianForEveryOperator) {
  Xapian::Database db = OpenSegments(db_dir());
  TermSealer sealer(TestKey());
  StemMap stems;
  ASSERT_TRUE(stems.Load(Xapian::Database(db_dir() + "/seg-0"), sealer));
  const Xapian::WritableDatabase twin = PositionalTwin(db, sealer);
  ASSERT_EQ(twin.get_doccount(), db.get_doccount());
  RevisionCache cache(1);
  MatchSetEvaluator evaluator(db, &cache);
  // The same, phrases and NEAR decided from the in-memory table.
  TokenStore store;
  store.LoadFrom([&] { return OpenSegments(db_dir()); }, kTokenSlot);
  RevisionCache table_cache(1);
  MatchSetEvaluator table_evaluator(db, &table_cache, store.Current().get());
  const std::vector<std::string> expired = ExpiredBeforeTerms(sealer, DayNumber(2025, 6, 1));
  Xapian::Query consent(Xapian::Query::OP_AND_NOT, Xapian::Query(ScopeTerm(sealer, "legal")),
                        Xapian::Query(Xapian::Query::OP_OR, expired.begin(), expired.end()));
  const DocBitmap allowed = evaluator.Evaluate(consent);
  EXPECT_EQ(Members(allowed), XapianMatches(twin, consent));
  ASSERT_GT(allowed.Count(), 50u);
  ASSERT_LT(allowed.Count(), 350u);

  size_t positional_matches = 0, positional_misses = 0;
  const std::vector<std::string> queries = {
      "frontera", "border", "secuestro", "kidnapping", "tren noche", "tren OR train",
      "frontera NOT noche", "NOT dinero", "\"la frontera\"", "\"the border of\"",
      "casa NEAR/2 río", "house NEAR river", "place:Tapachula", "place:palenque dinero",
      "year:2020..2022 police", "date:2021-03..2022-02", "lang:en money", "violence:secuestro",
      "(frontera OR border) AND (noche OR night) NOT (dinero OR money)", "extorsión",
      "\"cobro de piso\"", "", "migrantes -albergue place:Reynosa year:2023",
      "\"frontera la\"", "\"la la\"", "noche NEAR/3 noche", "tren NEAR/5 dinero NEAR/5 casa",
      "kidnapping NEAR/4 police", "\"frontera noche\"", "frontera NEAR/1 noche",
      "\"night border\" OR \"border night\""};
  for (const std::string& text : queries) {
    ParsedQuery parsed;
    std::string error;
    ASSERT_TRUE(ParseQuery(text, sealer, stems, &parsed, &error)) << text << ": " << error;
    const std::set<Xapian::docid> expected = XapianMatches(twin, parsed.query);
    EXPECT_EQ(Members(evaluator.Evaluate(parsed.query)), expected) << text;
    EXPECT_EQ(Members(table_evaluator.Evaluate(parsed.query)), expected) << text;
    ScoreSheet scores(evaluator.last_docid());
    const std::set<Xapian::docid> filtered = XapianMatches(
        twin, Xapian::Query(Xapian::Query::OP_FILTER, parsed.query, consent));
    EXPECT_EQ(Members(evaluator.Evaluate(parsed.query, &allowed, &scores)), filtered) << text;
    ScoreSheet table_scores(evaluator.last_docid());
    EXPECT_EQ(Members(table_evaluator.Evaluate(parsed.query, &allowed, &table_scores)), filtered)
        << text;
    if (text.find('"') != std::string::npos || text.find("NEAR") != std::string::npos) {
      positional_matches += expected.size();
      positional_misses += expected.empty();
    }
    if (text == "frontera") {
      EXPECT_GT(expected.size(), 50u);
    }
  }
  // The phrases and NEARs above are not vacuous: only three match nothing
  // ("casa NEAR/2 río", "la la" and "frontera noche" never occur in one field).
  EXPECT_GT(positional_matches, 300u);
  EXPECT_EQ(positional_misses, 3u);
}

// NEAR by brute force on the twin's positions: one distinct position per
// operand, all within the window. Xapian's own NEAR gives up when two
// operands share a word and the shared place is taken (it advances that
// operand and, at the end of its list, answers no), so for NEAR this, not
// Xapian, is the reference.
bool NearByBruteForce(const std::vector<std::vector<Xapian::termpos>>& places, size_t operand,
                      std::vector<Xapian::termpos>* chosen, Xapian::termcount window) {
  if (operand == places.size()) {
    const auto [lo, hi] = std::minmax_element(chosen->begin(), chosen->end());
    return *hi - *lo < window;
  }
  for (Xapian::termpos p : places[operand]) {
    if (std::find(chosen->begin(), chosen->end(), p) != chosen->end()) continue;
    chosen->push_back(p);
    const bool found = NearByBruteForce(places, operand + 1, chosen, window);
    chosen->pop_back();
    if (found) return true;
  }
  return false;
}

std::set<Xapian::docid> NearMatches(const Xapian::Database& twin,
                                    const std::vector<std::vector<std::string>>& groups,
                                    Xapian::termcount window) {
  std::set<Xapian::docid> ids;
  for (auto d = twin.postlist_begin(""); d != twin.postlist_end(""); ++d) {
    std::vector<std::vector<Xapian::termpos>> places;
    for (const auto& group : groups) {
      std::set<Xapian::termpos> p;
      for (const std::string& term : group) {
        if (twin.get_termfreq(term) == 0) continue;
        for (auto it = twin.positionlist_begin(*d, term); it != twin.positionlist_end(*d, term); ++it) {
          p.insert(*it);
        }
      }
      places.emplace_back(p.begin(), p.end());
    }
    std::vector<Xapian::termpos> chosen;
    if (NearByBruteForce(places, 0, &chosen, window)) ids.insert(*d);
  }
  return ids;
}

// Random phrases and NEARs (2-4 words of the corpus, any window), decided
// three ways: the reference (Xapian on the positional twin for phrases,
// brute force for NEAR), the in-memory blocks, and the sequences read from
// the database.
TEST_F(MatchSetTest, RandomPhrasesAndNearsAgreeWithTheReference) {
  Xapian::Database db = OpenSegments(db_dir());
  TermSealer sealer(TestKey());
  const Xapian::WritableDatabase twin = PositionalTwin(db, sealer);
  TokenStore store;
  store.LoadFrom([&] { return OpenSegments(db_dir()); }, kTokenSlot);
  const std::vector<std::string> words = {"frontera", "tren", "noche", "la", "de", "y",
                                          "border", "the", "of", "night", "river", "en"};
  std::mt19937 rng(11);
  size_t nonempty = 0, near_checked_against_xapian = 0;
  for (int i = 0; i < 300; ++i) {
    std::vector<Xapian::Query> operands;
    std::vector<std::vector<std::string>> groups;
    const size_t n = 2 + rng() % 3;
    for (size_t k = 0; k < n; ++k) {
      std::vector<std::string> group = {WordTerm(sealer, words[rng() % words.size()])};
      // Now and then an operand of two words, as thesaurus synonyms make.
      if (rng() % 5 == 0) group.push_back(WordTerm(sealer, words[rng() % words.size()]));
      groups.push_back(group);
      operands.push_back(group.size() == 1 ? Xapian::Query(group[0])
                                           : Xapian::Query(Xapian::Query::OP_OR, group.begin(),
                                                           group.end()));
    }
    const bool phrase = rng() % 2 == 0;
    const Xapian::termcount window =
        phrase ? static_cast<Xapian::termcount>(n) : static_cast<Xapian::termcount>(n + rng() % 6);
    const Xapian::Query q(phrase ? Xapian::Query::OP_PHRASE : Xapian::Query::OP_NEAR,
                          operands.begin(), operands.end(), window);
    const std::set<Xapian::docid> expected =
        phrase ? XapianMatches(twin, q) : NearMatches(twin, groups, window);
    std::set<std::string> distinct;
    size_t terms = 0;
    for (const auto& g : groups) {
      distinct.insert(g.begin(), g.end());
      terms += g.size();
    }
    if (!phrase && distinct.size() == terms) {
      // Operands sharing no word: Xapian and the brute force agree.
      EXPECT_EQ(XapianMatches(twin, q), expected) << q.get_description();
      ++near_checked_against_xapian;
    }
    RevisionCache cache(1), table_cache(1);
    MatchSetEvaluator from_db(db, &cache);
    MatchSetEvaluator from_table(db, &table_cache, store.Current().get());
    EXPECT_EQ(Members(from_db.Evaluate(q)), expected) << q.get_description();
    EXPECT_EQ(Members(from_table.Evaluate(q)), expected) << q.get_description();
    nonempty += !expected.empty();
  }
  EXPECT_GT(nonempty, 60u);
  EXPECT_GT(near_checked_against_xapian, 50u);
}

TEST_F(MatchSetTest, RanksByBm25AndPagesWithoutGapsOrRepeats) {
  // Three documents of equal length using "sendero" 1, 3 and 5 times.
  for (int uses : {3, 1, 5}) {
    IndexedTestimony t;
    t.id = "rank" + std::to_string(uses);
    t.language = "es";
    for (int k = 0; k < 10; ++k) t.text += k < uses ? "sendero " : "camino ";
    Put(t);
  }
  Commit(2);
  SearchResult r = Run("sendero");
  ASSERT_EQ(r.total, 3u);
  ASSERT_EQ(r.hits.size(), 3u);
  EXPECT_EQ(r.hits[0].id, "rank5");
  EXPECT_EQ(r.hits[1].id, "rank3");
  EXPECT_EQ(r.hits[2].id, "rank1");
  EXPECT_GT(r.hits[0].weight, r.hits[1].weight);
  EXPECT_GT(r.hits[1].weight, r.hits[2].weight);

  // Pages of a large result set concatenate to the whole ranking.
  SearchResult all = Run("frontera OR border", {}, "2025-06-01", false, 0, 1000);
  ASSERT_GT(all.total, 100u);
  ASSERT_EQ(all.hits.size(), all.total);
  std::vector<std::string> paged;
  for (size_t offset = 0; offset < all.total; offset += 7) {
    SearchResult page = Run("frontera OR border", {}, "2025-06-01", false, offset, 7);
    EXPECT_EQ(page.total, all.total);
    for (const auto& h : page.hits) paged.push_back(h.id);
  }
  ASSERT_EQ(paged.size(), all.hits.size());
  for (size_t i = 0; i < paged.size(); ++i) EXPECT_EQ(paged[i], all.hits[i].id) << i;
  for (size_t i = 1; i < all.hits.size(); ++i) {
    EXPECT_LE(all.hits[i].weight, all.hits[i - 1].weight);
  }
}

}  // namespace
}  // namespace amparo::search::testing

namespace amparo::search::testing {
namespace {

// Results are cached per index revision: a commit that narrows a consent or
// removes a testimony must never be answered from the cache.
TEST_F(IndexTest, CachedResultsNeverOutliveACommit) {
  IndexedTestimony a, b;
  a.id = "cache-a";
  a.language = b.language = "es";
  a.text = b.text = "cruzamos el desierto de noche";
  b.id = "cache-b";
  a.scopes = b.scopes = {"legal"};
  a.places = b.places = {"Sonoyta"};
  Put(a);
  Put(b);
  Commit(1);
  SearchResult before = Run("desierto", {"legal"}, "2025-06-01", true);
  ASSERT_EQ(before.total, 2u);
  ASSERT_EQ(Run("desierto", {"legal"}, "2025-06-01", true).total, 2u);  // now cached
  EXPECT_EQ(before.facets["place"]["Sonoyta"], 2u);

  a.scopes = {"publication"};  // narrowed
  Put(a);
  Commit(2);
  SearchResult narrowed = Run("desierto", {"legal"}, "2025-06-01", true);
  EXPECT_EQ(narrowed.total, 1u);
  ASSERT_EQ(narrowed.hits.size(), 1u);
  EXPECT_EQ(narrowed.hits[0].id, "cache-b");
  EXPECT_EQ(narrowed.facets["place"]["Sonoyta"], 1u);

  std::string error;
  ASSERT_TRUE(index_->Remove("cache-b", &error)) << error;
  Commit(3);
  EXPECT_EQ(Run("desierto", {"legal"}, "2025-06-01", true).total, 0u);
  EXPECT_EQ(Run("desierto").total, 1u);
}

}  // namespace
}  // namespace amparo::search::testing
