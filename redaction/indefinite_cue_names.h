// Someone the speaker hardly knows, named after an indefinite article and
// "certain" or "tal": "un certain Sun", "une certaine Min", "yon sèten
// Song", "un tal Hu Bin", "a certain Sun". Intake text names smugglers,
// drivers and sellers so, and the name may be an everyday word of a list
// (Chinese and Korean names: "Sun", "Song", "Min"), which the name detector
// passes over even after such a cue.
//
// Guarantees: adds a person finding (detector "names") over one to three
// capitalized words right after "un certain", "une certaine", "yon sèten"
// (or "seten"), "un tal", "una tal" or "a certain" (the article and the
// cue in lower case, one space between the words), unless a title opens the
// run (it is passed: "un certain Monsieur Li" takes "Li") or a word of it
// is in capitals or an organisation's word, or the run is a place of the
// hand-written gazetteer (places.tsv; a world town of one word, "Sun", is
// as often a name, and the cue says which).
// Frees nothing. Linear in the text: each cue is found with one scan per
// cue word, and a few words are read around it.
#ifndef AMPARO_REDACTION_INDEFINITE_CUE_NAMES_H_
#define AMPARO_REDACTION_INDEFINITE_CUE_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

class PlaceGazetteer;

// Appends to *names the persons named as above that no finding of `others`
// or *names overlaps.
void AddNamesAfterIndefiniteCues(std::string_view text, const PlaceGazetteer& places,
                                 const std::vector<Finding>& others, std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_INDEFINITE_CUE_NAMES_H_
