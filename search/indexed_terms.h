// The exact terms the index writes and the queries look for. Keeping both
// sides in one place is what guarantees that a query finds what Put wrote.
#ifndef AMPARO_SEARCH_INDEXED_TERMS_H_
#define AMPARO_SEARCH_INDEXED_TERMS_H_

#include <string>
#include <string_view>
#include <vector>

#include "search/term_sealer.h"

namespace amparo::search {

// Facet names, as they appear in FacetCounts.
inline constexpr std::string_view kFacetViolence = "violence";
inline constexpr std::string_view kFacetPerpetrator = "perpetrator";
inline constexpr std::string_view kFacetPlace = "place";
inline constexpr std::string_view kFacetYear = "year";
inline constexpr std::string_view kFacetLanguage = "language";
// Not a facet, only a filter (date:2024-01..2024-06).
inline constexpr std::string_view kFilterMonth = "month";

// Value slot holding the document's facet ids (8 bytes each).
inline constexpr unsigned kFacetSlot = 0;

// The key under which a facet value is sealed: thesaurus kinds use the
// canonical tag when the thesaurus knows the value, everything else the
// folded value ("Ciudad Juárez" -> "ciudad juarez").
std::string FacetKey(std::string_view facet, std::string_view value);

// Sealed boolean term of a facet key.
std::string FacetTerm(const TermSealer& sealer, std::string_view facet, std::string_view key);

// Sealed positional term of a folded word, and sealed stem term.
inline std::string WordTerm(const TermSealer& sealer, std::string_view folded) {
  return sealer.Seal(TermKind::kWord, folded);
}
std::string StemTerm(const TermSealer& sealer, std::string_view stem_language,
                     std::string_view folded);
// Sealed stem terms of a word as written (see StemKeys).
std::vector<std::string> StemTerms(const TermSealer& sealer, std::string_view stem_language,
                                   std::string_view word);

// Consent scope term.
std::string ScopeTerm(const TermSealer& sealer, std::string_view scope);

// Consent expiry terms: "never", or one term each for the year, the month
// and the day of the expiry date. A consent valid on day D (expires_on >= D)
// holds "never", a later year, a later month of D's year or a day >= D's day
// in D's month.
std::string ExpiryNeverTerm(const TermSealer& sealer);
std::string ExpiryYearTerm(const TermSealer& sealer, int year);
std::string ExpiryMonthTerm(const TermSealer& sealer, int year, int month);
std::string ExpiryDayTerm(const TermSealer& sealer, int year, int month, int day);
// How many years ahead the expiry filter looks (longer consents count as
// ending then; intake limits consent terms well below this).
inline constexpr int kExpiryHorizonYears = 100;

// Parses "YYYY-MM-DD"; false if malformed or not a calendar date.
bool ParseDay(std::string_view s, int* year, int* month, int* day);

}  // namespace amparo::search

#endif  // AMPARO_SEARCH_INDEXED_TERMS_H_
