// Spanish full names join surnames with "y": "Juana Inés de Asbaje y
// Ramírez de Santillana", "Matilde Calderón y González", "Miguel Hidalgo y
// Costilla". The name detector finds the two sides as two names; this joins
// them, so that the "y" does not stand alone between two placeholders and
// the renderer gives the whole one placeholder.
//
// Guarantees: two person names are joined only when " y " alone lies
// between them, the first has two words or more and ends in a word that is
// no given name, and the second starts with one that is no given name
// ("Pedro López y María Gómez" stays two people). Linear in the number of
// findings after sorting.
#ifndef AMPARO_REDACTION_COMPOUND_SURNAMES_H_
#define AMPARO_REDACTION_COMPOUND_SURNAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

// Joins in *names (person names of the detector "names") the pairs
// described above; other findings are kept as they are.
void JoinCompoundSurnames(std::string_view text, std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_COMPOUND_SURNAMES_H_
