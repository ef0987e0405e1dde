// Towns of French news after "par", OCR's "do" and "dc" for "de", and
// "près d'": where the name detector took a
// town for a person because no rule of the place veto (place_veto.h) reads
// these words or knows the damaged spelling. "par" takes people too
// ("frappé par Dupont"), and so would a "de" that OCR damaged ("la fille do
// Dupont"), so only a town of the lists that is no given name or surname of
// the lists, and only where the words around it leave no person:
//
// - "par" the way a road, a line or a traveller goes ("de Port-Navalo par
//   Sarzeau", "la Gacilly par Malestroit"), not after a participle ("frappé
//   par X", "suivie par X": who did it; "passe par X" is no "passé");
// - "do", "dc" after a word in lower case that is no kin word, title,
//   trade or other word that takes a person ("une ligne do Locminé",
//   "l'usine dc Pontivy"; not "la fille do X", "le comte dc X", "Yves do X");
// - "près d'" as the veto reads "près de" ("près d'Hennebont"); a word of
//   no town list there stays a person ("près d'Yves", someone one sits near);
// - a word of no list, no dictionary word, that one OCR slip (a letter
//   misread, lost, added, or two swapped) turns into a town of the lists of
//   six letters or more, after "au", "en", "par", "vers", "dans", "entre"
//   or after "de" (and "do", "dc") that follows a word of a town's places,
//   offices or people ("entre Marakech et Mazagan", "le tramway passe par
//   Cherboprg", "l'hôpital de Reunes"). Not after "à" nor its OCR forms,
//   which take people ("donna une poussée à X").
//
// Plain "de" is left to the place veto, which reads it after the words of
// a town ("la ville de Redon", "l'évêque de Luçon", "les habitants de X"):
// after any other word it takes a person as often ("la candidature de X",
// "la réponse de X"). None where a verb of speech or a word of what only a
// person does follows ("do X dit que", person_context.h), nor where the
// text names the same word as a person at a mention this pass keeps ("M.
// Kaboré nous a aidés ... tout mis en Kaboré"). Linear in the number of findings: each
// reads a few words around it.
#ifndef AMPARO_REDACTION_FRENCH_TOWN_PREPOSITIONS_H_
#define AMPARO_REDACTION_FRENCH_TOWN_PREPOSITIONS_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Removes from *findings the guessed one-word person names (detector
// "names") that are towns as above. For French text only; the order of the
// others is kept.
void DropFrenchTownsAfterPrepositions(std::string_view text, const PlaceGazetteer& places,
                                  std::vector<Finding>* findings);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_FRENCH_TOWN_PREPOSITIONS_H_
