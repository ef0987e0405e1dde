#include "redaction/known_phone_matcher.h"

#include <algorithm>

#include "redaction/byte_scan.h"

namespace amparo::redaction {
namespace {

constexpr size_t kNoMatch = static_cast<size_t>(-1);
constexpr size_t kCoreDigits = 8;    // digits a phone is known by
constexpr size_t kPrefixDigits = 6;  // country and area code digits taken before them
constexpr size_t kMaxGap = 2;        // separators between two digits

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// RE2's [\s.\-()]: \s is [\t\n\f\r ].
bool IsSeparator(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '.' || c == '-' ||
         c == '(' || c == ')';
}

}  // namespace

bool KnownPhoneMatcher::Add(std::string_view phone) {
  std::string digits;
  for (char c : phone) {
    if (IsDigit(c)) digits.push_back(c);
  }
  if (digits.size() < 5) return false;
  cores_.push_back(digits.size() > kCoreDigits ? digits.substr(digits.size() - kCoreDigits) : digits);
  return true;
}

// The end of the match whose group starts at `at`, or kNoMatch. The digits
// from `at` on, each separated from the next by at most two separators,
// form a chain; a phone matches when its core is the chain's digits j+1..j+n
// for some j <= 6 (the largest such j: the prefix repetition is greedy) and
// no digit follows the last of them directly.
size_t KnownPhoneMatcher::MatchAt(std::string_view text, size_t at) const {
  size_t i = at;
  if (text[i] == '+') ++i;
  if (i >= text.size() || !IsDigit(text[i])) return kNoMatch;
  constexpr size_t kMaxChain = kPrefixDigits + kCoreDigits + 1;
  char digits[kMaxChain];
  size_t ends[kMaxChain];     // offset just after each digit
  bool spaced[kMaxChain];     // a separator follows the digit
  size_t count = 0;
  bool chain_ends = false;    // the chain has exactly `count` digits
  while (count < kMaxChain) {
    digits[count] = text[i];
    ends[count] = i + 1;
    size_t q = i + 1;
    size_t gap = 0;
    while (gap < kMaxGap && q < text.size() && IsSeparator(text[q])) {
      ++q;
      ++gap;
    }
    spaced[count] = gap > 0;
    ++count;
    if (q >= text.size() || !IsDigit(text[q])) {
      chain_ends = true;
      break;
    }
    i = q;
  }
  for (const std::string& core : cores_) {
    const size_t n = core.size();
    if (count < n) continue;
    for (size_t j = std::min(kPrefixDigits, count - n) + 1; j-- > 0;) {
      const size_t last = j + n - 1;
      const bool at_chain_end = chain_ends && last + 1 == count;
      if (!at_chain_end && !spaced[last]) continue;  // a digit follows directly
      if (std::equal(core.begin(), core.end(), digits + j)) return ends[last];
    }
  }
  return kNoMatch;
}

std::vector<std::pair<size_t, size_t>> KnownPhoneMatcher::Scan(std::string_view text) const {
  std::vector<std::pair<size_t, size_t>> out;
  if (cores_.empty()) return out;
  size_t resume = 0;  // a match's boundary character must start here or later
  for (size_t at = NextDigitOrPlus(text, 0); at < text.size(); at = NextDigitOrPlus(text, at + 1)) {
    if (at > 0) {
      const char before = text[at - 1];
      // The boundary is the code point ending at `at`: not a digit or '+',
      // and not before where the scan resumes.
      if (IsDigit(before) || before == '+' || at <= resume) continue;
    }
    const size_t end = MatchAt(text, at);
    if (end == kNoMatch) continue;
    out.emplace_back(at, end);
    resume = end;
    at = end - 1;
  }
  return out;
}

}  // namespace amparo::redaction
