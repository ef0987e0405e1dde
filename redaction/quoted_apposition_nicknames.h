// A nickname in quotes set beside a noun of a person between commas: "Le
// chef du groupe, « Capitaine », avait une arme", "el jefe, \"Comandante\",
// nos dijo", "the driver, \"Bulldog\", left us". Intake notes quote the name
// a smuggler goes by right after saying who he is; the words are everyday
// words ("Capitaine", "Bulldog") that no list or cue marks.
//
// Guarantees: adds a person finding (detector "names") over one to three
// capitalized words inside quotes (« », " ", “ ”) that stand right after a
// comma and before a comma, when a noun of a person of a short list
// (chef, passeur, homme, guide, chauffeur, jefe, coyote, pollero, hombre,
// boss, smuggler, driver, man, nèg, pasè, chofè...) is among the four words
// before the comma that opens it, with no mark between. A place of
// places.tsv there stays; an organisation's name is left to the
// organisation pass, which keeps it. Frees nothing. Linear in the text:
// each opening quote is visited once and a few words read around it.
#ifndef AMPARO_REDACTION_QUOTED_APPOSITION_NICKNAMES_H_
#define AMPARO_REDACTION_QUOTED_APPOSITION_NICKNAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

class PlaceGazetteer;

// Appends to *names the nicknames set so that no finding of `others` or
// *names overlaps.
void AddQuotedAppositionNicknames(std::string_view text, const PlaceGazetteer& places,
                                  const std::vector<Finding>& others, std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_QUOTED_APPOSITION_NICKNAMES_H_
