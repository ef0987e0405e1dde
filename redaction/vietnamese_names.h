// Vietnamese names of three parts ("Anh Thu Nguyen", "Tran Thi Thu", "Tran
// Van Hai") whose short parts are abbreviations or words ("Thu" is
// Thursday's, "Hai", "Lan"): the detector finds the listed parts and leaves
// the others in clear between or beside them.
//
// Guarantees: a guessed name (detector "names") grows over one capitalized
// word of two to four letters (the rest in lower case; a day's abbreviation
// may be one, no title, particle, function word, cue or place of the
// gazetteer) that lies one space away on its line when
//   - another guessed name follows that word one space away, one of the two
//     opening on a common Vietnamese surname (the word is the middle name:
//     "Anh Thu Nguyen");
//   - the name ends on the middle name "Thi" or "Van" (the given name comes
//     after it: "Tran Thi Thu");
//   - the word comes before a name that opens on one of the common
//     Vietnamese surnames (Nguyen, Tran, Pham...) and no capitalized word
//     comes before the word ("Employee: Thu Nguyen").
// Other findings are untouched. Linear in the number of findings.
#ifndef AMPARO_REDACTION_VIETNAMESE_NAMES_H_
#define AMPARO_REDACTION_VIETNAMESE_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Extends the findings of *names as above (sorted by begin or not).
void ExtendVietnameseNames(std::string_view text, const PlaceGazetteer& places, std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_VIETNAMESE_NAMES_H_
