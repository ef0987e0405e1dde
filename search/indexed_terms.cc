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

namespace {
std::string ExpiryBlockTerm(const TermSealer& sealer, int level, int block) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d:%d", level, block);
  return sealer.Seal(TermKind::kExpiry, buf);
}

int ClampDay(int n) { return n < 0 ? 0 : (n >= (1 << kExpiryLevels) ? (1 << kExpiryLevels) - 1 : n); }
}  // namespace

int DayNumber(int year, int month, int day) {
  // Days from civil (Howard Hinnant's algorithm), relative to 2000-01-01.
  year -= month <= 2;
  const int era = (year >= 0 ? year : year - 399) / 400;
  const int yoe = year - era * 400;
  const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468 - 10957;
}

std::vector<std::string> ExpiryTerms(const TermSealer& sealer, int day_number) {
  int d = ClampDay(day_number);
  std::vector<std::string> terms;
  for (int k = 0; k < kExpiryLevels; ++k) terms.push_back(ExpiryBlockTerm(sealer, k, d >> k));
  return terms;
}

std::vector<std::string> ExpiredBeforeTerms(const TermSealer& sealer, int day_number) {
  int t = ClampDay(day_number);
  std::vector<std::string> terms;
  for (int k = 0; k < kExpiryLevels; ++k) {
    if ((t >> k) & 1) terms.push_back(ExpiryBlockTerm(sealer, k, (t >> k) - 1));
  }
  return terms;
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
