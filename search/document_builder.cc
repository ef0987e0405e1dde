#include "search/document_builder.h"

#include <array>
#include <cstdio>
#include <functional>
#include <string_view>
#include <unordered_map>

#include "search/indexed_terms.h"
#include "search/stemming.h"
#include "search/text_folding.h"
#include "search/thesaurus.h"
#include "search/token_sequence.h"

namespace amparo::search {

namespace {

// Sealed terms of a raw word in one language. Folding, stemming and hashing
// dominate indexing CPU and words repeat a lot, so they are cached per thread.
struct WordTerms {
  std::string word;             // sealed folded word
  uint32_t token = 0;           // its token in the document's TokenSequence
  std::vector<StemLink> links;  // its stems (one or two)
  // Occurrences in the document being built (stamp names it): each distinct
  // word becomes one add_term with its count, not one per occurrence.
  uint64_t stamp = 0;
  Xapian::termcount count = 0;
};

class WordTermCache {
 public:
  // Starts a document; returns its stamp. Entries stay where they are until
  // the next StartDocument.
  uint64_t StartDocument(const TermSealer& sealer, uint64_t tag) {
    if (sealer.instance_id() != sealer_id_ || tag != tag_ || map_.size() > kMaxEntries) {
      map_.clear();
      recent_.fill(Recent());
      sealer_id_ = sealer.instance_id();
      tag_ = tag;
    }
    return ++stamp_;
  }

  // *fresh is set when the word was not cached (its links must be reported).
  WordTerms& Get(const TermSealer& sealer, const std::string& stem_language,
                 std::string_view raw, bool* fresh) {
    key_.assign(stem_language);
    key_.push_back('\0');
    key_.append(raw);
    const size_t hash = std::hash<std::string>()(key_);
    Recent& recent = recent_[hash % kRecent];
    if (recent.hash == hash && recent.terms != nullptr && *recent.key == key_) {
      *fresh = false;
      return *recent.terms;
    }
    auto it = map_.find(key_);
    *fresh = it == map_.end();
    if (!*fresh) {
      recent = {hash, &it->first, &it->second};
      return it->second;
    }
    FoldWordInto(raw, &folded_);
    WordTerms terms;
    terms.word = WordTerm(sealer, folded_);
    terms.token = TokenOf(terms.word);
    // Languages without a stemmer need no links: queries always look for
    // the word itself.
    if (stem_language != kOtherLanguage) {
      uint64_t word = TermHash(terms.word);
      for (const std::string& stem : StemTerms(sealer, stem_language, raw)) {
        terms.links.push_back({TermHash(stem), word});
      }
    }
    it = map_.emplace(key_, std::move(terms)).first;
    recent = {hash, &it->first, &it->second};
    return it->second;
  }

 private:
  static constexpr size_t kMaxEntries = 200000;
  uint64_t stamp_ = 0;
  uint64_t sealer_id_ = 0;
  uint64_t tag_ = 0;
  std::unordered_map<std::string, WordTerms> map_;
  // A direct-mapped table of recent lookups in front of map_: the common
  // words of every text are found in one probe of a small, warm array
  // instead of a walk through the big map's scattered nodes (its cache
  // misses were most of indexing's own time).
  struct Recent {
    size_t hash = 0;
    const std::string* key = nullptr;
    WordTerms* terms = nullptr;
  };
  static constexpr size_t kRecent = 4096;
  std::array<Recent, kRecent> recent_{};
  std::string key_, folded_;
};

// The words of one document's fields: their tokens go to the sequence, and
// each distinct word becomes a term whose wdf counts it (Finish).
class DocumentWords {
 public:
  DocumentWords(const TermSealer& sealer, uint64_t tag, const std::string& stem_language,
                BuiltDocument* out, std::string* tokens)
      : sealer_(sealer), stem_language_(stem_language), out_(out), tokens_(tokens),
        stamp_(Cache().StartDocument(sealer, tag)) {}

  void Add(std::string_view text) {
    for (const WordSpan& w : SplitWords(text)) {
      bool fresh = false;
      WordTerms& terms = Cache().Get(sealer_, stem_language_, text.substr(w.begin, w.end - w.begin), &fresh);
      if (terms.stamp != stamp_) {
        terms.stamp = stamp_;
        terms.count = 0;
        distinct_.push_back(&terms);
      }
      ++terms.count;
      AppendToken(terms.token, tokens_);
      if (fresh) out_->stem_links.insert(out_->stem_links.end(), terms.links.begin(), terms.links.end());
    }
  }

  void Finish() {
    for (const WordTerms* terms : distinct_) out_->doc.add_term(terms->word, terms->count);
  }

 private:
  static WordTermCache& Cache() {
    thread_local WordTermCache cache;
    return cache;
  }

  const TermSealer& sealer_;
  const std::string& stem_language_;
  BuiltDocument* const out_;
  std::string* const tokens_;
  const uint64_t stamp_;
  std::vector<WordTerms*> distinct_;
};

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

bool BuildDocument(const TermSealer& sealer, uint64_t cache_tag, const IndexedTestimony& t,
                   BuiltDocument* out, std::string* error) {
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
  // Phrases and NEAR are answered from the token sequence (see
  // token_sequence.h); the fields are kept apart by boundaries.
  std::string tokens;
  tokens.reserve((t.title.size() + t.text.size() + t.pseudonym.size()) * 3 / 4 + 16);
  DocumentWords words(sealer, cache_tag, stem_language, out, &tokens);
  words.Add(t.title);
  AppendFieldBoundary(&tokens);
  words.Add(t.text);
  AppendFieldBoundary(&tokens);
  words.Add(t.pseudonym);
  words.Finish();
  doc.add_value(kTokenSlot, tokens);

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
  if (!t.consent_expires_on.empty()) {
    for (const std::string& term : ExpiryTerms(sealer, DayNumber(ey, em, ed))) {
      doc.add_boolean_term(term);
    }
  }
  return true;
}

}  // namespace amparo::search
