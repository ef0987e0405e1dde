// Checksums and structural checks for identifiers that carry them. A match
// that passes gets a high confidence; one that fails is still redacted (a
// mistyped CURP still identifies its owner) but with a lower confidence, so a
// reviewer can see it is a guess. All functions ignore separators
// (spaces, dashes, dots) in their input.
#ifndef AMPARO_REDACTION_VALIDATORS_H_
#define AMPARO_REDACTION_VALIDATORS_H_

#include <string>
#include <string_view>

namespace amparo::redaction {

// Upper-case letters and digits of s, everything else dropped.
std::string AlnumUpper(std::string_view s);
// Number of ASCII digits in s.
int CountDigits(std::string_view s);

bool LuhnValid(std::string_view digits);        // payment cards
bool IbanValid(std::string_view iban);          // ISO 13616 mod-97
bool CurpCheckDigitValid(std::string_view curp);  // RENAPO check digit
bool RfcCheckDigitValid(std::string_view rfc);  // SAT homoclave digit
bool Ipv4Valid(std::string_view ip);
bool Ipv6Valid(std::string_view ip);
// yymmdd or yyyymmdd with a plausible month and day.
bool DateDigitsPlausible(std::string_view digits);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_VALIDATORS_H_
