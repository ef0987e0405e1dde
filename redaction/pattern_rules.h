// The regular expressions behind PatternDetector, one per identifier shape.
//
// Conventions every rule follows (the scanner relies on them):
// - each rule has exactly one capturing group, the identifier (the rules of
//   one trigger are compiled into one alternation, and the group that
//   matched says which rule it was); where several match at the same place
//   the rule earlier in the list wins (street-keyword rules: the longest); a leading delimiter may be matched outside
//   it (RE2 has no look-behind) and the scan resumes at the end of group 1,
//   so a trailing delimiter is never consumed twice;
// - every repetition is bounded, so the forward scan never looks further
//   than a few hundred bytes past a candidate: linear time on any input.
#ifndef AMPARO_REDACTION_PATTERN_RULES_H_
#define AMPARO_REDACTION_PATTERN_RULES_H_

#include <cstddef>
#include <string>
#include <vector>

#include <re2/re2.h>

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
  kAge,
  kGps,
  kGpsDecimal,     // "latitude, longitude" in decimal degrees
  kAddress,
  kAddressWeak,
  kPlate,
  kPlateShape,
};

// What a match must contain. The scanner only runs a rule near such
// characters (most testimony text has no digit or '@' for long stretches),
// which keeps the whole detector set fast without changing what it finds.
enum class Trigger {
  kAnywhere,  // runs over the whole text
  kUrlPrefix,  // near "://" or "www." (any case): reaches kUrlReach bytes
  kDigit,
  kAt,        // an '@' at most kAtLead bytes after the match's start
  kColon,
  kSlash,
  kStreetKeyword,  // runs after a street keyword (calle, av., rue...)
  kFiveDigits,     // runs near five digits in a row (postal codes): rules
                   // kept out of the kDigit family, whose one expression
                   // every digit of a text runs through, to keep it small
  kDigitComma,     // runs just around a comma with a digit in the 4 bytes
                   // before it ("Reforma 222, Juárez"): kept out of kDigit
                   // for the same reason
  kPlatform,       // runs near a word that starts like a platform's name
                   // ("IG", "insta", "TikTok"): a whole-text scan of the
                   // rule cost about a tenth of the redaction's time
};

// Before its '@', an e-mail match holds one delimiter code point (at most 4
// bytes) and at most 64 code points of [\w.%+\-À-ɏ] (at most 2 bytes
// each); a handle match one delimiter. The scanner starts the kAt rules'
// search this far before the next '@'.
constexpr size_t kAtLead = 4 + 64 * 2;

// The street keywords that start kStreetKeyword windows, as an RE2 source:
// (?i), StreetKeywordDelimiterPattern() (or the text's start), then
// StreetKeywordBodyPattern().
const std::string& StreetKeywordPattern();

// The delimiter before a keyword: one code point that is no letter or
// digit, as an RE2 class.
const std::string& StreetKeywordDelimiterPattern();

// The keywords alone, the alternation after the delimiter (case-insensitive
// where StreetKeywordPattern() reads it). StreetKeywordPrefilter derives
// from it the only ways a match's keyword can begin.
const std::string& StreetKeywordBodyPattern();

// StreetKeywordPattern() compiled once with RE2's default options, for the
// checks after the scan ("is there a keyword at this address's start?").
const re2::RE2& StreetKeywordRegex();

// The English street types after a street's name ("Street", "Canyon",
// "Crossroad": the US Postal Service's list and a few of Britain's and
// Australia's), as an RE2 alternation to use inside (?i:...).
const std::string& EnglishStreetTypePattern();

// Where group 1 sits in a match, when that can be read off the match
// without asking RE2 for submatches (the common case, kept cheap).
enum class Shape {
  kOther,    // ask RE2
  kBare,     // the match is the identifier
  kPre,      // one delimiter code point (or the start of text) before it
  kPrePost,  // one delimiter code point before and one after (or text ends)
  kFirstNumber,  // the first run of digits in the match (ages after a cue)
  kFirstDigitToPost,  // from the match's first digit to one delimiter code
                      // point that ends it (postal codes after a state's
                      // code: no digit comes before them); the match opens
                      // with no word character (no "^" before the group)
  kPreThroughNumber,  // one delimiter code point that is no ASCII letter or
                      // digit, then the group up to the end of the match's
                      // first run of digits (a postal code before its town)
  kLastWord,     // the handle ending the match, before one delimiter code
                 // point (a handle after its platform's name)
};

struct PatternRule {
  const char* name;
  RuleKind kind;
  Trigger trigger;
  std::string regex;
  Shape shape = Shape::kOther;
  // Listed last in its family, so where it wins no other rule matches at
  // the same place: when the detector refuses its match, the scan resumes
  // just after the match's start instead of asking the other rules over
  // the span (cheaper, same findings). For rules that are often refused.
  bool last_resort = false;
};

// All rules, built once.
const std::vector<PatternRule>& PatternRules();

// Rewrites the Unicode classes \p{L}, \p{M}, \p{N}, \p{Lu} of a rule into
// the Latin-script ranges that Spanish, English, French and Haitian Creole
// use. The full Unicode classes compile to thousands of instructions each;
// these to a few, which makes RE2 compile and scan several times faster.
// (Letters of other scripts then count as delimiters, so an identifier
// next to them is still found.)
std::string CompactClasses(std::string regex);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_PATTERN_RULES_H_
