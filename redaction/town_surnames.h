// In English text, a town of the gazetteer written right after a listed given
// name found as a person is that person's surname: many surnames of the
// route are towns ("my friend Juan Nogales", "a woman named Esperanza
// Ocotal", "Maria Houston"). The Spanish and French passes take such a word
// with the name (place_veto.h, ExtendNamesOverPlaceWords); English left it
// in clear, so the given name went and the surname stayed.
//
// Guarantees: a guessed name (detector "names") whose last word is a listed
// given name in title case grows over the next word when one space lies
// between, the word is in title case, one word the gazetteer lists as a
// place, and it ends there (before a mark, a space and a lower-case word, or
// "'s"): not before a capitalized word ("Maria Houston Rockets", "Juan
// Laredo Texas"), a digit or a hyphen. Not when the given name is itself a
// place written after a preposition of place ("in Santiago Chile", "to
// Victoria Tamaulipas"). Other findings are untouched. Linear in the number
// of findings.
#ifndef AMPARO_REDACTION_TOWN_SURNAMES_H_
#define AMPARO_REDACTION_TOWN_SURNAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Extends the findings of *names as above.
void ExtendGivenNamesOverTownSurnames(std::string_view text, const PlaceGazetteer& places,
                                      std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_TOWN_SURNAMES_H_
