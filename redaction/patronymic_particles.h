// Names joined by a patronymic particle ("Latifa bint Mohammed", "Ngũgĩ wa
// Thiong'o", "Muhammad al-Hajj Husayn", "Mokhtar ould Daddah"): the particle
// is a lower-case word no list calls a name, so the name detector ends its
// run before it and the part on its other side, or the particle, stays in
// clear ("[PERSON] bint [PERSON]", "Ngũgĩ wa [PERSON]").
//
// Guarantees: a guessed name (detector "names") one space before or after a
// patronymic particle in lower case ("bin", "bint", "binti", "ibn", "wa",
// "ould", "ben") grows over the particle and the word on its other side, one
// space away, when that word is written as a name (a capital, no other
// capital) and is no function word, title, cue or place of the gazetteer
// ("the company of Kofi wa Kenya" keeps "Kenya"); a guessed name one space
// before a word of the Arabic article glued to a capitalized word ("al-Hajj",
// "el-Din") grows over that word when another guessed name begins one space
// after it. Other findings are untouched. Linear in the number of findings.
#ifndef AMPARO_REDACTION_PATRONYMIC_PARTICLES_H_
#define AMPARO_REDACTION_PATRONYMIC_PARTICLES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Extends the findings of *names as above (sorted by begin or not).
void JoinNamesOverPatronymicParticles(std::string_view text, const PlaceGazetteer& places,
                                      std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_PATRONYMIC_PARTICLES_H_
