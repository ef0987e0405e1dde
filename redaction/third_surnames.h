// A third capitalized word right after a name of two or more words, in a
// Spanish text, is the name's last surname ("Rigoberta Menchú Tum", "Juana
// Pérez Tzoc"): mid-sentence, capitals say a name, and a Mayan or
// Quechua surname is in no list (or is a word of another language: "Tum").
//
// Guarantees: a guessed name (detector "names") of two or more words grows
// over the next word when only one space lies between, the word is
// capitalized (not in capitals unless the name is), is no place of the
// gazetteer, no month, title, particle, function word or institution word,
// and no capitalized word follows it (a run of capitals is the detector's to
// read). Other findings are untouched. Linear in the number of findings.
#ifndef AMPARO_REDACTION_THIRD_SURNAMES_H_
#define AMPARO_REDACTION_THIRD_SURNAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Extends the findings of *names as above (Spanish text only).
void ExtendNamesOverThirdSurnames(std::string_view text, std::string_view language, const PlaceGazetteer& places,
                                  std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_THIRD_SURNAMES_H_
