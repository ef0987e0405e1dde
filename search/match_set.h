// MatchSetEvaluator computes the exact set of documents a query matches and
// ranks it, by walking term posting lists into DocBitmaps and combining them
// with the query's boolean operators. This is what makes exact totals,
// consent filtering and facet counts over the whole result set cheap:
// Xapian's own matcher would weigh every matching document to count it, and
// then again to rank. Here each posting list is read once; BM25 weights are
// added up on the way for the terms that rank. Phrases and NEAR are decided
// by the in-memory positional index of the reader's revision (TokenTable)
// when there is one, else on each candidate's token sequence read from the
// database (token_sequence.h); their sets, like those of filter terms, are
// kept in the RevisionCache.
//
// Ranking is BM25 (k1 = 1, b = 0.5, Lucene's always-positive idf) per
// sealed word term; terms under NOT, filters (place, year, scope...) and
// zero-scaled subqueries do not weigh.
//
// An evaluator serves one query on one reader; the RevisionCache it is given
// must be the one of that reader's revision.
#ifndef AMPARO_SEARCH_MATCH_SET_H_
#define AMPARO_SEARCH_MATCH_SET_H_

#include <xapian.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "search/doc_bitmap.h"
#include "search/revision_cache.h"
#include "search/token_store.h"

namespace amparo::search {

// Per-query weights, one per document id, filled while evaluating.
class ScoreSheet {
 public:
  explicit ScoreSheet(Xapian::docid last_docid) : weights_(last_docid + 1, 0.0f) {}
  void Add(Xapian::docid id, float w) {
    if (id < weights_.size()) weights_[id] += w;
  }
  float Get(Xapian::docid id) const { return id < weights_.size() ? weights_[id] : 0.0f; }

 private:
  std::vector<float> weights_;
};

class MatchSetEvaluator {
 public:
  // tokens: the TokenTable of db's revision, or nullptr to read sequences
  // from db.
  MatchSetEvaluator(const Xapian::Database& db, RevisionCache* cache,
                    const TokenTable* tokens = nullptr);

  // The documents q matches; with within, only those also in *within
  // (cheaper: a small set is probed in large posting lists instead of
  // walking them). With scores, the BM25 weights of the ranking terms are
  // added for (at least) every returned document. Xapian errors propagate
  // as exceptions (the caller retries on a fresh reader).
  DocBitmap Evaluate(const Xapian::Query& q, const DocBitmap* within = nullptr,
                     ScoreSheet* scores = nullptr);

  // Evaluate, remembering the result under key (a serialised query: sealed
  // terms only). For filters every query repeats, like the consent scope.
  std::shared_ptr<const DocBitmap> EvaluateCached(const std::string& key, const Xapian::Query& q);

  // The documents of set ranked offset..offset+limit-1 by weight (highest
  // first; equal weights by ascending id).
  static std::vector<std::pair<Xapian::docid, float>> Rank(const DocBitmap& set,
                                                           const ScoreSheet& scores,
                                                           size_t offset, size_t limit);

  Xapian::docid last_docid() const { return last_docid_; }

 private:
  DocBitmap Term(const std::string& term, const DocBitmap* within, ScoreSheet* scores);
  DocBitmap Walk(const std::string& term, const DocBitmap* within, ScoreSheet* scores);
  static bool IsFilterTerm(const std::string& term);
  DocBitmap Positional(const Xapian::Query& q);
  // Every live document of the revision (cached).
  const DocBitmap& AllDocuments();
  // An upper bound on the documents q matches, from term frequencies.
  Xapian::doccount Estimate(const Xapian::Query& q) const;
  // BM25 of one posting; doclengths are read once per evaluator.
  float Weight(double idf, Xapian::termcount wdf, Xapian::docid id);
  double Idf(const std::string& term) const;

  const Xapian::Database& db_;
  RevisionCache* const cache_;
  const TokenTable* const tokens_;
  const Xapian::docid last_docid_;
  const double doccount_;
  const std::vector<float>* norms_ = nullptr;  // from cache_, on first Weight
  std::shared_ptr<const DocBitmap> all_;       // from cache_, on first AllDocuments
};

}  // namespace amparo::search

#endif  // AMPARO_SEARCH_MATCH_SET_H_
