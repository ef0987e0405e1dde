// PatternDetector finds identifiers that have a shape: e-mail addresses,
// phone numbers (Mexico, Central America, the Caribbean, Colombia, Venezuela,
// with or without country code and separators), Mexican CURP / RFC / voter
// keys, passport and other ID numbers named by context, payment cards,
// IBANs, IP addresses, URLs, social handles, street addresses (Spanish,
// English, French), vehicle plates, full dates, exact ages and GPS
// coordinates.
//
// Every rule is an RE2 expression with bounded repetition, so each scan is
// linear in the input and a failed candidate cannot make the scan revisit
// text. Where an identifier carries a checksum (CURP, RFC, cards, IBAN) or a
// structure (dates, IP addresses) it is checked: a valid one gets a high
// confidence; a CURP or RFC whose check digit fails is still reported (a
// mistyped key still identifies its owner) with confidence 0.7; a digit run
// that fails Luhn is not a card but is still reported as a phone or ID
// number. The detector favours recall: a false positive costs readability,
// a miss may cost a life. Find() is const and thread-safe.
#ifndef AMPARO_REDACTION_PATTERN_DETECTOR_H_
#define AMPARO_REDACTION_PATTERN_DETECTOR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

class PatternDetector {
 public:
  // Compiles every rule; nullptr and *error if one fails to compile.
  static std::unique_ptr<PatternDetector> Create(std::string* error);
  virtual ~PatternDetector() = default;

  // text must be valid UTF-8. language ("es", "en", "fr", "ht" or "") only
  // breaks ties, e.g. how to read 03/04/1983; every rule runs on every text.
  // Findings are sorted by begin and may overlap (the Redactor merges them).
  virtual std::vector<Finding> Find(std::string_view text,
                                    std::string_view language) const = 0;
};

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_PATTERN_DETECTOR_H_
