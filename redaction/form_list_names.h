// The other names of a form's list of people once one is found: "Enfants :
// Dylan, Précieuse", "Pitit : Dylan, Precieuse", "Children: Tobi, Joy".
// Intake forms list children and companions after a label, one name after
// another; a name a dictionary also has ("Précieuse", "Joy") has no cue of
// its own there, but the label and the name found beside it say what the
// list holds.
//
// Guarantees: on a line opening with a label of a short list of plural
// nouns of people (enfants, accompagnants, children, companions, hijos,
// acompañantes, pitit, timoun...) and a colon, the items separated by
// commas, "et", "and", "y", "ak" are read: each is one to three
// capitalized words (an item's parenthesis, "(fille, 15 ans)", is passed
// over), and when one item of the line is already a guessed person, every
// other such item that is no place of places.tsv and holds no kin word,
// title or month is one too. An item of another shape (a number, a word in
// lower case: "Enfants : deux, 8 et 5 ans") ends nothing and is left. Frees
// nothing. Linear in the text: each line's start is read once, the items of
// a labelled line once, and the names found are searched by a binary
// search.
#ifndef AMPARO_REDACTION_FORM_LIST_NAMES_H_
#define AMPARO_REDACTION_FORM_LIST_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

class PlaceGazetteer;

// Appends to *names the other items of such lists, when no finding of
// `others` or *names overlaps them.
void AddOtherNamesOfFormLists(std::string_view text, const PlaceGazetteer& places,
                              const std::vector<Finding>& others, std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_FORM_LIST_NAMES_H_
