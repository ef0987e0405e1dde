// Thesaurus is the multilingual vocabulary of violence and perpetrator
// types (search/data/thesaurus.json, compiled into the binary).
//
// Each concept has an id, a kind ("violence" or "perpetrator") and labels in
// Spanish, English and French. Concepts without a broader concept are the
// canonical tag values; narrower ones (e.g. "lookout": halcón) expand queries
// among their own labels and tag as their broader concept. Lookups are by
// folded phrase (any number of words) or, for single words, by stem in the
// label's language, so "secuestros" finds the concept of "secuestro".
#ifndef AMPARO_SEARCH_THESAURUS_H_
#define AMPARO_SEARCH_THESAURUS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace amparo::search {

struct ThesaurusLabel {
  std::string language;             // "es", "en", "fr"
  std::string text;                 // as written in the thesaurus
  std::vector<std::string> folded;  // folded words
  bool suggests_tag = true;         // false for ambiguous words ("~piso")
};

struct ThesaurusConcept {
  std::string id;
  std::string kind;     // "violence" or "perpetrator"
  std::string broader;  // empty for canonical tag values
  std::vector<ThesaurusLabel> labels;
  // The canonical tag value this concept stands for (itself or broader).
  const std::string& tag() const { return broader.empty() ? id : broader; }
};

class Thesaurus {
 public:
  // The compiled-in thesaurus.
  static const Thesaurus& Get();
  // Parses a thesaurus (JSON); throws std::runtime_error if malformed.
  explicit Thesaurus(std::string_view json);

  const std::vector<ThesaurusConcept>& concepts() const { return concepts_; }
  // Canonical tag values of a kind, in thesaurus order.
  std::vector<std::string> CanonicalValues(std::string_view kind) const;

  // Concept whose label is exactly these folded words (joined by spaces).
  const ThesaurusConcept* FindPhrase(std::string_view folded_phrase) const;
  // Concept one of whose single-word labels has this word's stem, in the
  // label's language. lang, if not empty, restricts the languages tried.
  const ThesaurusConcept* FindWord(std::string_view folded_word,
                                   std::string_view lang = {}) const;
  // Canonical tag value of kind for a user-written value (an id or any
  // label, any case/accents), or "" when unknown.
  std::string Canonicalize(std::string_view kind, std::string_view value) const;

  size_t max_label_words() const { return max_label_words_; }

 private:
  std::vector<ThesaurusConcept> concepts_;
  std::unordered_map<std::string, size_t> by_phrase_;  // folded label -> concept
  std::unordered_map<std::string, size_t> by_stem_;    // stem key -> concept
  size_t max_label_words_ = 1;
};

}  // namespace amparo::search

#endif  // AMPARO_SEARCH_THESAURUS_H_
