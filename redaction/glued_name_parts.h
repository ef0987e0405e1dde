// The parts of a name glued to it by a hyphen or an apostrophe ("Kim
// Young-joo", "Lupita Nyong'o", "Youssou N'Dour", "Choi Soon-sil's"): the
// name detector ends its run at the mark, so a person found up to it left
// the rest of the word in clear ("[PERSON]-joo", "[PERSON]'Dour"), and the
// part alone may be enough to tell who was meant.
//
// Guarantees: a guessed name (detector "names") that ends right before a
// hyphen or an apostrophe (' or ’) followed by letters grows over those
// letters, and over any further parts so glued, up to the end of the word,
// when the name's last word is written as a name (a capital, no other
// capital: "IgA-kappa", "HIV-positive" stay); not over a possessive's or
// contraction's "s", "ll", "re", "ve", "d" after an apostrophe ("Achebe's"),
// nor over a lower-case word of kind after a hyphen ("Lincoln-style",
// "Mandela-era", "Obama-backed"). A guessed name that begins right after an
// apostrophe grows back over one or two letters opening with a capital
// glued before it ("N'Dour", "O'Brien", "D'Souza"; not the French "L'" or
// "Qu'"), and one that begins after a hyphen over the Arabic article glued
// before it ("al-Jawad", "El-Sadat"); "d'", "l'", "Amoxicilina-" stay.
// Other findings are untouched. Linear in the number of findings and the
// length of the words they touch.
#ifndef AMPARO_REDACTION_GLUED_NAME_PARTS_H_
#define AMPARO_REDACTION_GLUED_NAME_PARTS_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Extends the findings of *names as above.
void ExtendNamesOverGluedParts(std::string_view text, const PlaceGazetteer& places, std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_GLUED_NAME_PARTS_H_
