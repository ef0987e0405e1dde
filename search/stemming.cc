#include "search/stemming.h"

#include <xapian.h>

#include "search/text_folding.h"

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

std::vector<std::string> StemKeys(std::string_view stem_language, std::string_view word) {
  std::string folded = FoldWord(word);
  std::vector<std::string> keys = {StemKey(stem_language, folded)};
  if (stem_language == kOtherLanguage) return keys;
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return keys;
  std::string key(stem_language);
  key.push_back(':');
  key += FoldWord(Stem(stem_language, CaseFoldWord(word)));
  if (key != keys[0]) keys.push_back(std::move(key));
  return keys;
}

}  // namespace amparo::search
