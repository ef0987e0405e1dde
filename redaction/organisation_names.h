// Organisation names kept in a testimony: the authorities, armed groups,
// shelters, humanitarian organisations, bus and train lines, shops and money
// transfer services of data/organisations.tsv whose names are made of words
// that are also given names or surnames ("Cruz Roja", "Estrella Blanca",
// "Fray Matías de Córdova") or of a street keyword and a number ("Barrio
// 18"). Legal advocates search testimonies for which authority or group did
// what, so these names must stay.
//
// Guarantees: a guessed person name (detector "names") or an address found by
// the pattern rules that lies wholly inside such a name is dropped, unless a
// title, kin word or naming cue right before the organisation's name says a
// person ("mi hija Estrella Blanca"). Names listed at intake (detector
// "known") and every other finding are untouched, and so is a finding that
// reaches beyond the organisation's name ("el agente Ramírez de la Guardia
// Nacional" keeps Ramírez redacted). Linear in the text: only the line
// around a finding one of whose words is in a listed name is read.
#ifndef AMPARO_REDACTION_ORGANISATION_NAMES_H_
#define AMPARO_REDACTION_ORGANISATION_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

// Removes from *findings the guessed names and addresses inside a listed
// organisation's name, as above. Order is kept.
void KeepOrganisationNames(std::string_view text, std::vector<Finding>* findings);

// True if the phrase (any case or accents) is a listed organisation.
bool IsOrganisationName(std::string_view phrase);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_ORGANISATION_NAMES_H_
