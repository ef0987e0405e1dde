// The regular expressions behind PatternDetector, one per identifier shape.
//
// Conventions every rule follows (the scanner relies on them):
// - group 1 is the identifier; a leading delimiter may be matched outside
//   it (RE2 has no look-behind) and the scan resumes at the end of group 1,
//   so a trailing delimiter is never consumed twice;
// - every repetition is bounded, so the forward scan never looks further
//   than a few hundred bytes past a candidate: linear time on any input.
#ifndef AMPARO_REDACTION_PATTERN_RULES_H_
#define AMPARO_REDACTION_PATTERN_RULES_H_

#include <string>
#include <vector>

namespace amparo::redaction {

enum class RuleKind {
  kEmail,
  kUrl,
  kDomain,
  kHandle,
  kIpv4,
  kIpv6,
  kNumberCluster,  // phones, cards, long ID numbers
  kIban,
  kCurp,
  kRfc,
  kVoterKey,
  kAlnumId,        // passport-like: letters then digits
  kContextId,      // any code after "pasaporte", "DPI", "expediente"...
  kDateNumeric,
  kDateIso,
  kDateText,
  kAge,            // group 2 (optional) is the cue word before the number
  kGps,
  kGpsDecimal,     // groups 2 and 3 are latitude and longitude
  kAddress,
  kAddressWeak,
  kPlate,
  kPlateShape,
};

struct PatternRule {
  const char* name;
  RuleKind kind;
  std::string regex;
};

// All rules, built once.
const std::vector<PatternRule>& PatternRules();

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_PATTERN_RULES_H_
