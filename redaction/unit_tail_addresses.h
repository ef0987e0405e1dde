// The units written after a street in the words of the street's country:
// Italy's staircase and flat ("Via dei Mille 24, scala B, interno 7"),
// Belgium's letterbox ("Rue Royale 120 bte 3"), Brazil's office suites,
// rooms, blocks and flats ("Av. Paulista, nº 1578, conj. 92", "bloco B, ap.
// 1507"), Germany's floors and the back houses of a Berlin block
// ("Bahnhofstr. 7, 2. OG", "4. Stock links", "Allee 90, Hinterhaus") and
// Portugal's floor and side ("Avenida da Liberdade 144, 3º Esq."), and a
// French building or staircase before the street ("Bâtiment B, 3 allée des
// Acacias"). Each
// address rule reads the units of its own country's forms; an address found
// by any of them may be followed by these, as forms in English and Spanish
// copy an address of abroad as it was written there.
#ifndef AMPARO_REDACTION_UNIT_TAIL_ADDRESSES_H_
#define AMPARO_REDACTION_UNIT_TAIL_ADDRESSES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Widens each address of *found (sorted by begin) over the units that
// follow it on its line: up to four, each a unit's word and its number or
// one capital letter ("scala B", "interno 7", "bte 3", "sala 1204"; "sala de
// espera" is a room), a German floor's number and word ("2. OG", "4.
// Stock"), a Berlin house part, or a Portuguese floor and side ("3º Esq.",
// "2º Dto"), a Spanish floor's word before a mark ("bajo", "entresuelo
// 2ª", "ático B"), or a Polish flat ("m. 5", "lok. 3"); and back over a building or staircase and its letter or
// number before it and a comma ("Bâtiment B, ", "bât. C, ", "Building 4, ").
// A widened address stops at the findings before and after it. Linear: each
// address reads a bounded stretch either side.
void ExtendAddressesOverUnitTails(std::string_view text, std::vector<Finding>* found);

// Widens each address of *found (sorted by begin) that ends with a flat or
// suite of Brazil or Argentina ("apto 41", "ap. 12", "conj. 92", "bloco B",
// "depto. B") over the neighbourhood named after it, when a town of
// `places` (no state or country) follows that name and a comma: "Rua das
// Flores, 233, apto 41, Boa Vista, Recife" ("Boa Vista" is Recife's
// neighbourhood, though a town of the route has its name). Up to three
// capitalized words; "apto 41, Olinda, Pernambuco" keeps the town before its
// state. Linear: each address reads a bounded stretch after it.
void ExtendUnitsOverNeighbourhoods(std::string_view text, const PlaceGazetteer& places, std::vector<Finding>* found);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_UNIT_TAIL_ADDRESSES_H_
