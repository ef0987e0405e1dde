// The one word that names an award after someone ("the Nobel Prize", "the
// 1953 Pulitzer Prize", "el Premio Nobel", "le prix Goncourt"): biographies
// list awards everywhere, and the name detector read the eponym as a person
// (a listed surname), redacting the prize and then every later "Nobel".
//
// Guarantees: a guessed name (detector "names") of one capitalized word is
// dropped when "Prize", "Prizes", "Award", "Medal" or "Trophy" follows it
// one space away, or after one more capitalized word ("Nobel Peace Prize"),
// or when "premio", "prix" or "prêmio" (any case) stands one space before it
// and no capitalized word follows it ("el Premio Nobel de la Paz"; "el Premio
// Juan Pérez" and "le prix Jean Vigo" stay redacted: a full name), and so is
// a name found as the eponym and the award's word ("Nobel Prize"). A name of
// two words or more before "Prize" stays ("the Maria Lopez Award"), and so
// does an eponym that is also a word of a person redacted elsewhere in the
// text ("confided in Abernathy ... the Abernathy Award"). Other
// findings are untouched. Linear in the number of findings and the length
// of the names.
#ifndef AMPARO_REDACTION_AWARD_EPONYMS_H_
#define AMPARO_REDACTION_AWARD_EPONYMS_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

// Drops from *names the awards' eponyms described above.
void KeepAwardEponyms(std::string_view text, std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_AWARD_EPONYMS_H_
