// ConsentRecord is what a survivor agreed to: the scopes in which their
// testimony may be used, when and how consent was given, and until when.
//
// Consent decides visibility everywhere: a scope past expires_on is no longer
// honoured, a narrowed scope is gone at once, and a withdrawn testimony is
// erased. Dates are "YYYY-MM-DD" strings (ISO 8601, compared as strings).
#ifndef AMPARO_ARCHIVE_CONSENT_H_
#define AMPARO_ARCHIVE_CONSENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "archive/status.h"

namespace amparo {

// The scopes a consent may grant. "publication": communications may publish
// the redacted story; "legal": legal advocates may use it; "research":
// aggregate research.
inline constexpr const char* kConsentScopes[] = {"publication", "legal", "research"};
bool IsKnownScope(std::string_view scope);

struct ConsentRecord {
  std::vector<std::string> scopes;  // sorted, unique, each a known scope
  std::string given_on;             // YYYY-MM-DD
  std::string method;               // "written", "verbal-recorded", ...
  std::string recorded_by;          // staff id, never a survivor's name
  std::string expires_on;           // YYYY-MM-DD or "" (no expiry)

  // Scopes honoured on `today` (YYYY-MM-DD): none once expired.
  std::vector<std::string> ActiveScopes(std::string_view today) const;
  bool IsExpired(std::string_view today) const;
  Status Validate() const;
};

// Today's date in UTC as YYYY-MM-DD. Nothing overrides it: a settable clock
// would let anyone freeze consent expiry.
std::string TodayUtc();
bool IsValidDate(std::string_view yyyy_mm_dd);
bool IsValidMonth(std::string_view yyyy_mm);

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_CONSENT_H_
