// Per-language stemming of folded words (Xapian's Snowball stemmers).
//
// Testimonies are stemmed with the stemmer of their own language; other
// languages (e.g. Haitian Creole, which Snowball lacks) keep the folded word
// as their "stem". Stem terms carry the language so a Spanish stem never
// matches an English one by accident: the stem key is "es:secuestr".
#ifndef AMPARO_SEARCH_STEMMING_H_
#define AMPARO_SEARCH_STEMMING_H_

#include <string>
#include <string_view>
#include <vector>

namespace amparo::search {

// Languages with a stemmer. Any other language stems under kOtherLanguage.
const std::vector<std::string>& StemmedLanguages();
inline constexpr std::string_view kOtherLanguage = "*";

// "es" -> "es", "fr-CA" -> "fr"... and anything unknown -> kOtherLanguage.
std::string StemLanguageOf(std::string_view language);

// The stem key of a folded word for a language returned by StemLanguageOf.
// Thread-safe (stemmers are per thread).
std::string StemKey(std::string_view stem_language, std::string_view folded_word);

// Stem keys of a word: the folded stem of the case-folded word (accents
// help Snowball find suffixes: "pagábamos" -> "pag") and, when different,
// the stem of the folded word (what a query typed without accents gives:
// "pagabamos"). Indexing writes both and queries look for both, so accents
// never decide whether a word is found.
std::vector<std::string> StemKeys(std::string_view stem_language, std::string_view word);

// The bare stem (no language tag).
std::string Stem(std::string_view stem_language, std::string_view folded_word);

}  // namespace amparo::search

#endif  // AMPARO_SEARCH_STEMMING_H_
