#include "search/indexed_terms.h"

#include <cstdio>

#include "search/stemming.h"
#include "search/text_folding.h"
#include "search/thesaurus.h"

namespace amparo::search {

std::string FacetKey(std::string_view facet, std::string_view value) {
  if (facet == kFacetViolence || facet == kFacetPerpetrator) {
    std::string canonical = Thesaurus::Get().Canonicalize(facet, value);
    if (!canonical.empty()) return canonical;
  }
  if (facet == kFacetYear || facet == kFilterMonth) return std::string(value);
  return FoldPhrase(value);
}

std::string FacetTerm(const TermSealer& sealer, std::string_view facet, std::string_view key) {
  return static_cast<char>(TermKind::kFacet) + sealer.FacetId(facet, key);
}

std::string StemTerm(const TermSealer& sealer, std::string_view stem_language,
                     std::string_view folded) {
  return sealer.Seal(TermKind::kStem, StemKey(stem_language, folded));
}

std::vector<std::string> StemTerms(const TermSealer& sealer, std::string_view stem_language,
                                   std::string_view word) {
  std::vector<std::string> terms;
  for (const std::string& key : StemKeys(stem_language, word)) {
    terms.push_back(sealer.Seal(TermKind::kStem, key));
  }
  return terms;
}

std::string ScopeTerm(const TermSealer& sealer, std::string_view scope) {
  return sealer.Seal(TermKind::kScope, FoldPhrase(scope));
}

std::string ExpiryNeverTerm(const TermSealer& sealer) {
  return sealer.Seal(TermKind::kExpiry, "never");
}

std::string ExpiryYearTerm(const TermSealer& sealer, int year) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "y%04d", year);
  return sealer.Seal(TermKind::kExpiry, buf);
}

std::string ExpiryMonthTerm(const TermSealer& sealer, int year, int month) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "m%04d-%02d", year, month);
  return sealer.Seal(TermKind::kExpiry, buf);
}

std::string ExpiryDayTerm(const TermSealer& sealer, int year, int month, int day) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "d%04d-%02d-%02d", year, month, day);
  return sealer.Seal(TermKind::kExpiry, buf);
}

bool ParseDay(std::string_view s, int* year, int* month, int* day) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  auto num = [&](size_t at, size_t n, int* out) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  if (!num(0, 4, year) || !num(5, 2, month) || !num(8, 2, day)) return false;
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (*month < 1 || *month > 12 || *day < 1 || *day > kDays[*month - 1]) return false;
  bool leap = (*year % 4 == 0 && *year % 100 != 0) || *year % 400 == 0;
  return !(*month == 2 && *day == 29 && !leap);
}

}  // namespace amparo::search
