#include "archive/consent.h"

#include <algorithm>
#include <ctime>

namespace amparo {

bool IsKnownScope(std::string_view scope) {
  for (const char* s : kConsentScopes)
    if (scope == s) return true;
  return false;
}

static bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsValidMonth(std::string_view s) {
  if (s.size() != 7 || s[4] != '-' || !AllDigits(s.substr(0, 4)) || !AllDigits(s.substr(5, 2)))
    return false;
  int m = std::atoi(std::string(s.substr(5, 2)).c_str());
  return m >= 1 && m <= 12;
}

bool IsValidDate(std::string_view s) {
  if (s.size() != 10 || s[7] != '-' || !IsValidMonth(s.substr(0, 7)) || !AllDigits(s.substr(8, 2)))
    return false;
  int y = std::atoi(std::string(s.substr(0, 4)).c_str());
  int m = std::atoi(std::string(s.substr(5, 2)).c_str());
  int d = std::atoi(std::string(s.substr(8, 2)).c_str());
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max = kDays[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 1 : 0);
  return d >= 1 && d <= max;
}

std::string TodayUtc() {
  time_t now = time(nullptr);
  struct tm tm;
  gmtime_r(&now, &tm);
  char buf[16];
  strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

bool ConsentRecord::IsExpired(std::string_view today) const {
  return !expires_on.empty() && expires_on < today;
}

std::vector<std::string> ConsentRecord::ActiveScopes(std::string_view today) const {
  if (IsExpired(today)) return {};
  return scopes;
}

Status ConsentRecord::Validate() const {
  if (scopes.empty()) return Status::InvalidArgument("consent.scopes: at least one scope is required");
  for (const auto& s : scopes) {
    // The value is not quoted: error messages never repeat what was sent.
    if (!IsKnownScope(s)) {
      return Status::InvalidArgument("consent.scopes: unknown scope (known: publication, legal, research)");
    }
  }
  if (!IsValidDate(given_on)) return Status::InvalidArgument("consent.given_on: must be a date YYYY-MM-DD");
  if (method.empty()) return Status::InvalidArgument("consent.method: required");
  if (recorded_by.empty()) return Status::InvalidArgument("consent.recorded_by: required");
  if (!expires_on.empty()) {
    if (!IsValidDate(expires_on)) return Status::InvalidArgument("consent.expires_on: must be a date YYYY-MM-DD");
    if (expires_on < given_on) return Status::InvalidArgument("consent.expires_on: is before given_on");
  }
  return Status::OK();
}

}  // namespace amparo
