// Spanish streets written without a keyword, their number ending a
// sentence and their town alone in the next: "Teatinos 180. Málaga.
// España.", "Doctor Esquerdo 46.\nMadrid". Letterheads and the senders'
// lines of clinical reports write addresses so; the pattern rules read the
// comma form ("Teatinos 180, Málaga") but a period ends their sentence.
//
// The town is one to three capitalized words that a gazetteer lists
// (PlaceGazetteer::ClassOf), followed by a period, a comma, a line break or
// the text's end ("Málaga es..." goes on: no town line). The street is up to
// four capitalized words before a number of one to five digits
// (StreetNameStart), no year ("Mundial 2010"); one word that is a
// dictionary word, a given name, a month or a known place ("Tenía 15",
// "Pedro 45", "Octubre 12", "Guatemala 3", a score) or a word that numbers
// something else ("Cama 12": NumbersNoStreet), or a unit's word right
// before the number ("Hospital Ignacio Salcedo Planta 4. Lugo.": a floor),
// makes it none.
#ifndef AMPARO_REDACTION_PERIOD_TOWN_ADDRESSES_H_
#define AMPARO_REDACTION_PERIOD_TOWN_ADDRESSES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Adds to *found (the pattern detector's findings, sorted by begin) an
// address for each street so written that no address covers yet. *found
// stays sorted by begin. Linear in the text: one walk over the runs of
// digits a period closes (NextDigitBefore).
void AddStreetsBeforeATownSentence(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon,
                                   std::vector<Finding>* found);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_PERIOD_TOWN_ADDRESSES_H_
