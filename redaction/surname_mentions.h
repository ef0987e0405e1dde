// A biography names a person in full once ("Rigoberta Menchú Tum",
// "Benito Pablo Juárez García") and by the surname alone after ("Menchú
// recibió", "Juárez encabezó"). The name detector finds such mentions
// itself unless the surname is also a place ("Juárez") or its model drops
// a lone word at a sentence start; this finds them from the full names.
//
// Guarantees: a mention is a capitalized word spelled as a surname of a
// name of two words or more found in the text (not a given name, not an
// ordinary word), standing alone: no capitalized word right before or after
// it on its line, no preposition or article of place before it ("en
// Juárez", "la Juárez", "Ciudad Juárez" stay places). It joins the person
// group of the full name. One pass over the text, and none when no full
// name was found.
#ifndef AMPARO_REDACTION_SURNAME_MENTIONS_H_
#define AMPARO_REDACTION_SURNAME_MENTIONS_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

// Appends to *names a finding for each mention above no finding covers.
void AddSurnameMentions(std::string_view text, std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_SURNAME_MENTIONS_H_
