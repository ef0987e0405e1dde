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

// Sealed positional term of a folded word.
inline std::string WordTerm(const TermSealer& sealer, std::string_view folded) {
  return sealer.Seal(TermKind::kWord, folded);
}
// Sealed stem keys of a word as written (see StemKeys): StemMap keys, never
// written as postings.
std::vector<std::string> StemTerms(const TermSealer& sealer, std::string_view stem_language,
                                   std::string_view word);

// Consent scope term.
std::string ScopeTerm(const TermSealer& sealer, std::string_view scope);

// Consent expiry as dyadic range terms. The expiry day is a number D (days
// since 2000-01-01, clamped to [0, 65535]); a document holds one sealed
// term per level k = 0..15 naming the block D >> k. "Expired before day T"
// (D < T) is then the OR of at most 16 terms: for each bit k set in T, the
// block (T >> k) - 1 at level k. Consents without expiry hold no term, so
// they never expire. Few terms per query keep the consent filter cheap.
inline constexpr int kExpiryLevels = 16;
int DayNumber(int year, int month, int day);
std::vector<std::string> ExpiryTerms(const TermSealer& sealer, int day_number);
std::vector<std::string> ExpiredBeforeTerms(const TermSealer& sealer, int day_number);

// Parses "YYYY-MM-DD"; false if malformed or not a calendar date.
bool ParseDay(std::string_view s, int* year, int* month, int* day);

}  // namespace amparo::search

#endif  // AMPARO_SEARCH_INDEXED_TERMS_H_
