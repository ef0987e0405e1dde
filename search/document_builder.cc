#include "search/document_builder.h"

#include <cstdio>
#include <string_view>
#include <unordered_map>

#include "search/indexed_terms.h"
#include "search/stemming.h"
#include "search/text_folding.h"
#include "search/thesaurus.h"

namespace amparo::search {

namespace {

// Positions between fields, so phrases never span title and text.
constexpr Xapian::termpos kFieldGap = 100;

// Sealed terms of a raw word in one language. Folding, stemming and hashing
// dominate indexing CPU and words repeat a lot, so they are cached per thread.
struct WordTerms {
  std::string word;  // sealed folded word
  std::vector<std::string> stems;  // sealed stem keys (one or two)
};

class WordTermCache {
 public:
  const WordTerms& Get(const TermSealer& sealer, const std::string& stem_language,
                       std::string_view raw) {
    if (sealer.instance_id() != sealer_id_ || map_.size() > kMaxEntries) {
      map_.clear();
      sealer_id_ = sealer.instance_id();
    }
    key_.assign(stem_language);
    key_.push_back('\0');
    key_.append(raw);
    auto it = map_.find(key_);
    if (it != map_.end()) return it->second;
    FoldWordInto(raw, &folded_);
    WordTerms terms{WordTerm(sealer, folded_), StemTerms(sealer, stem_language, raw)};
    return map_.emplace(key_, std::move(terms)).first->second;
  }

 private:
  static constexpr size_t kMaxEntries = 200000;
  uint64_t sealer_id_ = 0;
  std::unordered_map<std::string, WordTerms> map_;
  std::string key_, folded_;
};

Xapian::termpos IndexText(const TermSealer& sealer, const std::string& stem_language,
                          std::string_view text, Xapian::termpos pos, Xapian::Document* doc) {
  thread_local WordTermCache cache;
  for (const WordSpan& w : SplitWords(text)) {
    const WordTerms& terms = cache.Get(sealer, stem_language, text.substr(w.begin, w.end - w.begin));
    doc->add_posting(terms.word, ++pos);
    for (const std::string& stem : terms.stems) doc->add_term(stem);
  }
  return pos;
}

void AddFacet(const TermSealer& sealer, std::string_view facet, std::string_view value,
              BuiltDocument* out, std::string* slot) {
  std::string key = FacetKey(facet, value);
  if (key.empty()) return;
  std::string id = sealer.FacetId(facet, key);
  for (const FacetEntry& e : out->facets) {
    if (e.id == id) return;
  }
  out->doc.add_boolean_term(static_cast<char>(TermKind::kFacet) + id);
  bool thesaurus_kind = facet == kFacetViolence || facet == kFacetPerpetrator;
  bool canonical = thesaurus_kind && !Thesaurus::Get().Canonicalize(facet, value).empty();
  out->facets.push_back({id, std::string(facet), canonical ? key : std::string(value)});
  if (slot != nullptr) slot->append(id);
}

}  // namespace

bool BuildDocument(const TermSealer& sealer, const IndexedTestimony& t, BuiltDocument* out,
                   std::string* error) {
  if (t.id.empty()) {
    *error = "testimony id is empty";
    return false;
  }
  int ey = 0, em = 0, ed = 0;
  if (!t.consent_expires_on.empty() && !ParseDay(t.consent_expires_on, &ey, &em, &ed)) {
    *error = "consent expiry is not a YYYY-MM-DD date";
    return false;
  }
  *out = BuiltDocument();
  Xapian::Document& doc = out->doc;
  doc.set_data(t.id);
  out->id_term = sealer.Seal(TermKind::kId, t.id);
  doc.add_boolean_term(out->id_term);

  std::string stem_language = StemLanguageOf(t.language);
  Xapian::termpos pos = IndexText(sealer, stem_language, t.title, 0, &doc);
  pos = IndexText(sealer, stem_language, t.text, pos + kFieldGap, &doc);
  IndexText(sealer, stem_language, t.pseudonym, pos + kFieldGap, &doc);

  std::string slot;
  for (const auto& v : t.violence) AddFacet(sealer, kFacetViolence, v, out, &slot);
  for (const auto& v : t.perpetrator) AddFacet(sealer, kFacetPerpetrator, v, out, &slot);
  for (const auto& v : t.places) AddFacet(sealer, kFacetPlace, v, out, &slot);
  if (!t.language.empty()) AddFacet(sealer, kFacetLanguage, t.language, out, &slot);
  if (t.year > 0) {
    AddFacet(sealer, kFacetYear, std::to_string(t.year), out, &slot);
    if (t.month >= 1 && t.month <= 12) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d", t.year, t.month);
      AddFacet(sealer, kFilterMonth, buf, out, nullptr);
    }
  }
  doc.add_value(kFacetSlot, slot);

  for (const auto& s : t.scopes) doc.add_boolean_term(ScopeTerm(sealer, s));
  if (t.consent_expires_on.empty()) {
    doc.add_boolean_term(ExpiryNeverTerm(sealer));
  } else {
    doc.add_boolean_term(ExpiryYearTerm(sealer, ey));
    doc.add_boolean_term(ExpiryMonthTerm(sealer, ey, em));
    doc.add_boolean_term(ExpiryDayTerm(sealer, ey, em, ed));
  }
  return true;
}

}  // namespace amparo::search
