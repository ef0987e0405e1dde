// KnownPhoneMatcher finds a testimony's known phone numbers whatever their
// separators or country code, without compiling a pattern per testimony.
//
// A phone is known by its last eight digits (all of them if fewer; at least
// five). What it finds is defined as the RE2 scan it replaces: the
// alternation, in the order the phones were added, of
//   (?:^|[^0-9+])(\+?(?:\d[\s.\-()]{0,2}){0,6}D1[\s.\-()]{0,2}D2...Dn)(?:[^0-9]|$)
// scanned left to right, each scan resuming where the previous match ended.
// Up to six digits before the known ones (country and area codes) are part
// of the match, as many as there are. Text must be valid UTF-8; Scan() is
// linear in the text, const and thread-safe.
#ifndef AMPARO_REDACTION_KNOWN_PHONE_MATCHER_H_
#define AMPARO_REDACTION_KNOWN_PHONE_MATCHER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace amparo::redaction {

class KnownPhoneMatcher {
 public:
  // Adds a phone as written at intake (only its digits count); false if it
  // has fewer than five digits (it is then not added).
  bool Add(std::string_view phone);

  bool empty() const { return cores_.empty(); }

  // Spans [begin, end) of every match, in text order.
  std::vector<std::pair<size_t, size_t>> Scan(std::string_view text) const;

 private:
  size_t MatchAt(std::string_view text, size_t at) const;

  std::vector<std::string> cores_;  // the last (up to) eight digits
};

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_KNOWN_PHONE_MATCHER_H_
