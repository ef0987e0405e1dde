#include "search/stemming.h"

#include <xapian.h>

namespace amparo::search {

namespace {

struct Stemmers {
  Xapian::Stem es{"spanish"};
  Xapian::Stem en{"english"};
  Xapian::Stem fr{"french"};
};

// Xapian::Stem objects keep per-call state: one set per thread.
Stemmers& ThreadStemmers() {
  thread_local Stemmers stemmers;
  return stemmers;
}

}  // namespace

const std::vector<std::string>& StemmedLanguages() {
  static const std::vector<std::string> languages = {"es", "en", "fr"};
  return languages;
}

std::string StemLanguageOf(std::string_view language) {
  std::string_view base = language.substr(0, language.find_first_of("-_"));
  std::string lower;
  for (char c : base) lower.push_back(c >= 'A' && c <= 'Z' ? char(c + 32) : c);
  if (lower == "es" || lower == "en" || lower == "fr") return lower;
  return std::string(kOtherLanguage);
}

std::string Stem(std::string_view stem_language, std::string_view folded_word) {
  Stemmers& s = ThreadStemmers();
  std::string word(folded_word);
  if (stem_language == "es") return s.es(word);
  if (stem_language == "en") return s.en(word);
  if (stem_language == "fr") return s.fr(word);
  return word;
}

std::string StemKey(std::string_view stem_language, std::string_view folded_word) {
  std::string key(stem_language);
  key.push_back(':');
  key += Stem(stem_language, folded_word);
  return key;
}

}  // namespace amparo::search
