// A listed given name among the items of a list of people is a person, even
// where training text learned the word as no name: "Jak, Lwi ak Pòl te la"
// left "Jak" in clear (`not_name_words.txt` has it: "jak" is a Haitian word
// too), while the name detector found "Lwi" and "Pòl".
//
// Guarantees: adds kPersonName findings (detector "names") for capitalized
// words, not in capitals, that a given-name list has and no list of other
// things (function word, month, title, cue, organisation or institution
// word, demonym), that no gazetteer lists as a place and no organisation
// list holds, standing as an item of a list: joined by a comma or by "ak",
// "and", "y", "et" to a person found, in a run of items that are persons
// found or such words, with at least one conjunction among the separators
// ("Jak, Lwi ak Pòl", "Pedro y Jak"). Nothing is added for a list with no
// person found; other findings are untouched. Linear in the number of
// findings and the text's length (two bits per byte, set only when a
// separator follows or precedes a person found).
#ifndef AMPARO_REDACTION_GIVEN_NAMES_IN_LISTS_H_
#define AMPARO_REDACTION_GIVEN_NAMES_IN_LISTS_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Appends to *names the given names listed with a person, as above.
void AddGivenNamesListedWithPersons(std::string_view text, const PlaceGazetteer& places,
                                    std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_GIVEN_NAMES_IN_LISTS_H_
