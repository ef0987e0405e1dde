#include "search/match_set.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "search/term_sealer.h"
#include "search/token_sequence.h"

namespace amparo::search {

namespace {

// BM25 parameters: Xapian's defaults.
constexpr double kK1 = 1.0;
constexpr double kB = 0.5;
constexpr double kMinNormLength = 0.5;

}  // namespace

MatchSetEvaluator::MatchSetEvaluator(const Xapian::Database& db, RevisionCache* cache,
                                     const TokenTable* tokens)
    : db_(db),
      cache_(cache),
      tokens_(tokens),
      last_docid_(db.get_lastdocid()),
      doccount_(db.get_doccount()) {}

bool MatchSetEvaluator::IsFilterTerm(const std::string& term) {
  if (term.empty()) return false;
  switch (static_cast<TermKind>(term[0])) {
    case TermKind::kFacet:
    case TermKind::kScope:
    case TermKind::kExpiry:
    case TermKind::kId:
      return true;
    default:
      return false;
  }
}

double MatchSetEvaluator::Idf(const std::string& term) const {
  const double tf = db_.get_termfreq(term);
  return std::log(1.0 + (doccount_ - tf + 0.5) / (tf + 0.5));
}

float MatchSetEvaluator::Weight(double idf, Xapian::termcount wdf, Xapian::docid id) {
  if (norms_ == nullptr) norms_ = &cache_->LengthNorms(db_, kK1, kB, kMinNormLength);
  const double k = id < norms_->size() ? (*norms_)[id] : kK1;
  return static_cast<float>(idf * (kK1 + 1) * wdf / (k + wdf));
}

DocBitmap MatchSetEvaluator::Term(const std::string& term, const DocBitmap* within,
                                  ScoreSheet* scores) {
  // Filter terms (places, years, scopes...) are few, never weigh, and recur
  // in most queries: their sets are kept in the revision's cache.
  if (IsFilterTerm(term)) {
    std::string key = term;
    key.push_back('t');
    DocBitmap out = *cache_->Set(key, [&] { return Walk(term, nullptr, nullptr); });
    if (within != nullptr) out.And(*within);
    return out;
  }
  return Walk(term, within, scores);
}

DocBitmap MatchSetEvaluator::Walk(const std::string& term, const DocBitmap* within,
                                  ScoreSheet* scores) {
  DocBitmap out(last_docid_);
  auto it = db_.postlist_begin(term);
  const auto end = db_.postlist_end(term);
  const double idf = scores != nullptr ? Idf(term) : 0;
  auto take = [&](Xapian::docid id) {
    out.Set(id);
    if (scores != nullptr) scores->Add(id, Weight(idf, it.get_wdf(), id));
  };
  // Probing costs a few times a step, so it pays when the set is much
  // smaller than the posting list.
  if (within != nullptr && within->Count() * 4 < db_.get_termfreq(term)) {
    within->ForEach([&](Xapian::docid id) {
      if (it == end || *it > id) return;
      it.skip_to(id);
      if (it != end && *it == id) take(id);
    });
    return out;
  }
  for (; it != end; ++it) {
    if (within == nullptr || within->Test(*it)) take(*it);
  }
  return out;
}

namespace {

// The tokens each operand of a phrase or NEAR accepts: a word, or an OR of
// words. False for any other shape (the query parser makes none).
bool OperandGroups(const Xapian::Query& q, TokenGroups* groups) {
  for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
    const Xapian::Query sub = q.get_subquery(i);
    std::vector<uint32_t> group;
    if (sub.get_type() == Xapian::Query::LEAF_TERM) {
      group.push_back(TokenOf(*sub.get_terms_begin()));
    } else if (sub.get_type() == Xapian::Query::OP_OR ||
               sub.get_type() == Xapian::Query::OP_SYNONYM) {
      for (size_t j = 0; j < sub.get_num_subqueries(); ++j) {
        const Xapian::Query leaf = sub.get_subquery(j);
        if (leaf.get_type() != Xapian::Query::LEAF_TERM) return false;
        group.push_back(TokenOf(*leaf.get_terms_begin()));
      }
    } else {
      return false;
    }
    groups->push_back(std::move(group));
  }
  return !groups->empty();
}

// The window of an OP_NEAR. Xapian 1.4 has no accessor for it; its
// description is "Query((<first operand> NEAR <window> <next operand>...))".
// 0 if the description is not of that form.
Xapian::termcount NearWindow(const Xapian::Query& q) {
  const std::string first = q.get_subquery(0).get_description();  // "Query(<first>)"
  if (first.size() < 7) return 0;
  const std::string prefix = "Query((" + first.substr(6, first.size() - 7) + " NEAR ";
  const std::string d = q.get_description();
  if (d.compare(0, prefix.size(), prefix) != 0) return 0;
  Xapian::termcount window = 0;
  for (size_t i = prefix.size(); i < d.size() && d[i] >= '0' && d[i] <= '9'; ++i) {
    window = window * 10 + static_cast<Xapian::termcount>(d[i] - '0');
    if (window > 100000) return 0;
  }
  return window != 0 ? window : static_cast<Xapian::termcount>(q.get_num_subqueries());
}

}  // namespace

DocBitmap MatchSetEvaluator::Positional(const Xapian::Query& q) {
  // Tagged at the end so a positional key never equals another kind's.
  std::string key = q.serialise();
  key.push_back('p');
  return *cache_->Set(key, [&] {
    DocBitmap out(last_docid_);
    TokenGroups groups;
    const bool phrase = q.get_type() == Xapian::Query::OP_PHRASE;
    if (!OperandGroups(q, &groups)) return out;
    const Xapian::termcount window = phrase ? 0 : NearWindow(q);
    if (!phrase && window == 0) return out;
    if (tokens_ != nullptr) {
      // The in-memory positional index; it may still list documents
      // removed since, so only live ones are kept.
      tokens_->Match(groups, window, &out);
      out.And(AllDocuments());
      return out;
    }
    // Candidates hold every operand; their token sequences decide.
    std::vector<Xapian::Query> operands;
    for (size_t i = 0; i < q.get_num_subqueries(); ++i) operands.push_back(q.get_subquery(i));
    const DocBitmap candidates =
        Evaluate(Xapian::Query(Xapian::Query::OP_AND, operands.begin(), operands.end()));
    auto matches = [&](std::string_view sequence) {
      return phrase ? ContainsPhrase(sequence, groups) : ContainsNear(sequence, groups, window);
    };
    // From the database, in docid order: stepping is cheaper than skip_to
    // over a few documents.
    auto v = db_.valuestream_begin(kTokenSlot);
    const auto end = db_.valuestream_end(kTokenSlot);
    candidates.ForEach([&](Xapian::docid id) {
      for (int k = 0; k < 8 && v != end && v.get_docid() < id; ++k) ++v;
      if (v != end && v.get_docid() < id) v.skip_to(id);
      if (v != end && v.get_docid() == id && matches(*v)) out.Set(id);
    });
    return out;
  });
}

const DocBitmap& MatchSetEvaluator::AllDocuments() {
  // The empty term lists every document.
  if (!all_) all_ = cache_->Set(std::string(1, '\0'), [&] { return Walk("", nullptr, nullptr); });
  return *all_;
}

std::shared_ptr<const DocBitmap> MatchSetEvaluator::EvaluateCached(const std::string& key,
                                                                   const Xapian::Query& q) {
  std::string tagged = key;
  tagged.push_back('k');
  return cache_->Set(tagged, [&] { return Evaluate(q); });
}

Xapian::doccount MatchSetEvaluator::Estimate(const Xapian::Query& q) const {
  const size_t n = q.get_num_subqueries();
  const Xapian::doccount all = db_.get_doccount();
  switch (q.get_type()) {
    case Xapian::Query::LEAF_TERM:
      return db_.get_termfreq(*q.get_terms_begin());
    case Xapian::Query::LEAF_MATCH_NOTHING:
      return 0;
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
    case Xapian::Query::OP_ELITE_SET:
    case Xapian::Query::OP_XOR: {
      uint64_t sum = 0;
      for (size_t i = 0; i < n; ++i) sum += Estimate(q.get_subquery(i));
      return static_cast<Xapian::doccount>(std::min<uint64_t>(sum, all));
    }
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_PHRASE:
    case Xapian::Query::OP_NEAR: {
      Xapian::doccount least = all;
      for (size_t i = 0; i < n; ++i) least = std::min(least, Estimate(q.get_subquery(i)));
      return least;
    }
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_SCALE_WEIGHT:
      return n > 0 ? Estimate(q.get_subquery(0)) : 0;
    default:
      return all;
  }
}

DocBitmap MatchSetEvaluator::Evaluate(const Xapian::Query& q, const DocBitmap* within,
                                      ScoreSheet* scores) {
  const size_t n = q.get_num_subqueries();
  switch (q.get_type()) {
    case Xapian::Query::LEAF_TERM:
      return Term(*q.get_terms_begin(), within, scores);
    case Xapian::Query::LEAF_MATCH_ALL:
      if (within != nullptr) return *within;
      return AllDocuments();
    case Xapian::Query::LEAF_MATCH_NOTHING:
      return DocBitmap(last_docid_);
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER: {
      // Smallest first; each further part is only probed for the documents
      // still in. OP_FILTER's right-hand parts do not weigh.
      std::vector<std::pair<Xapian::doccount, size_t>> order;
      for (size_t i = 0; i < n; ++i) order.emplace_back(Estimate(q.get_subquery(i)), i);
      std::sort(order.begin(), order.end());
      const bool filter = q.get_type() == Xapian::Query::OP_FILTER;
      auto weigh = [&](size_t i) { return filter && i > 0 ? nullptr : scores; };
      DocBitmap out = Evaluate(q.get_subquery(order[0].second), within, weigh(order[0].second));
      for (size_t k = 1; k < n && out.Count() != 0; ++k) {
        out = Evaluate(q.get_subquery(order[k].second), &out, weigh(order[k].second));
      }
      return out;
    }
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
    case Xapian::Query::OP_ELITE_SET: {
      DocBitmap out(last_docid_);
      for (size_t i = 0; i < n; ++i) out.Or(Evaluate(q.get_subquery(i), within, scores));
      return out;
    }
    case Xapian::Query::OP_AND_NOT: {
      DocBitmap out = Evaluate(q.get_subquery(0), within, scores);
      for (size_t i = 1; i < n && out.Count() != 0; ++i) {
        DocBitmap excluded = Evaluate(q.get_subquery(i), &out, nullptr);
        out.AndNot(excluded);
      }
      return out;
    }
    case Xapian::Query::OP_XOR: {
      DocBitmap out(last_docid_);
      for (size_t i = 0; i < n; ++i) out.Xor(Evaluate(q.get_subquery(i), within, scores));
      return out;
    }
    case Xapian::Query::OP_AND_MAYBE: {
      DocBitmap out = Evaluate(q.get_subquery(0), within, scores);
      if (scores != nullptr) {
        for (size_t i = 1; i < n; ++i) Evaluate(q.get_subquery(i), &out, scores);
      }
      return out;
    }
    case Xapian::Query::OP_SCALE_WEIGHT:
      // The query parser scales only filters, and only to zero: they match
      // but do not weigh.
      return Evaluate(q.get_subquery(0), within, nullptr);
    case Xapian::Query::OP_PHRASE:
    case Xapian::Query::OP_NEAR: {
      // Decided by the documents' token sequences (cached: finding them is
      // the costly part). NEAR's words weigh like the words of an AND; a
      // phrase weighs by its rarest word: the common words of a phrase
      // ("la", "the") add next to nothing to BM25 and walking their long
      // posting lists was most of a cached phrase's time.
      DocBitmap out = Positional(q);
      if (within != nullptr) out.And(*within);
      if (scores != nullptr && out.Count() != 0) {
        if (q.get_type() == Xapian::Query::OP_PHRASE) {
          std::string rarest;
          Xapian::doccount least = 0;
          for (auto t = q.get_unique_terms_begin(); t != q.get_unique_terms_end(); ++t) {
            const Xapian::doccount tf = db_.get_termfreq(*t);
            if (rarest.empty() || tf < least) {
              rarest = *t;
              least = tf;
            }
          }
          Walk(rarest, &out, scores);
        } else {
          for (auto t = q.get_unique_terms_begin(); t != q.get_unique_terms_end(); ++t) {
            Walk(*t, &out, scores);
          }
        }
      }
      return out;
    }
    default:
      // The query parser makes no other operator.
      return DocBitmap(last_docid_);
  }
}

std::vector<std::pair<Xapian::docid, float>> MatchSetEvaluator::Rank(const DocBitmap& set,
                                                                     const ScoreSheet& scores,
                                                                     size_t offset,
                                                                     size_t limit) {
  std::vector<std::pair<Xapian::docid, float>> all;
  set.ForEach([&](Xapian::docid id) { all.emplace_back(id, scores.Get(id)); });
  const size_t end = std::min(all.size(), offset + limit);
  if (offset >= end) return {};
  auto better = [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  };
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(end), all.end(), better);
  return {all.begin() + static_cast<std::ptrdiff_t>(offset),
          all.begin() + static_cast<std::ptrdiff_t>(end)};
}

}  // namespace amparo::search
