// KnownIdentifierDetector removes what intake already knows: the survivor's
// and relatives' names and nicknames, their phone numbers, e-mails, the case
// code, and any other string intake lists.
//
// A name is found in every form a person would write it: any case, with or
// without accents (Martín / Martin), the full name, the first name or a
// surname alone, first name + one surname, possessive and prepositional
// forms ("de Juan", "Juan's", "d'Anne"), and common diminutives (Jesús /
// Chuy, José / Pepe, Guadalupe / Lupita, Juan / Juanito; see diminutives.h).
// A single token that is also a place ("Victoria", "Guadalupe") or an
// ordinary word ("Paz", "Rosa") is only taken when capitalized, and a place
// not after a preposition of movement ("a Victoria", "en León"), so routes
// survive. Phones match whatever their separators or country code.
//
// Survivor names become kSurvivorName; each other listed name is one
// person (one person_group). A token shared by several people (a common
// surname) goes to the survivor if the survivor has it, else to the first
// person listed. The detector is built once per testimony (nothing is
// compiled: see key_matcher.h and known_phone_matcher.h); Find() is const.
#ifndef AMPARO_REDACTION_KNOWN_IDENTIFIER_DETECTOR_H_
#define AMPARO_REDACTION_KNOWN_IDENTIFIER_DETECTOR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"
#include "redaction/redactor.h"

namespace amparo::redaction {

class KnownIdentifierDetector {
 public:
  // places may be null (then no place guard). nullptr and *error if a
  // matcher cannot be built (it never should for valid UTF-8 input).
  static std::unique_ptr<KnownIdentifierDetector> Create(
      const KnownIdentifiers& known, const PlaceGazetteer* places,
      std::string* error);
  virtual ~KnownIdentifierDetector() = default;

  // text must be valid UTF-8. Findings sorted by begin, non-overlapping
  // within one kind (names, phones, others).
  virtual std::vector<Finding> Find(std::string_view text) const = 0;
};

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_KNOWN_IDENTIFIER_DETECTOR_H_
