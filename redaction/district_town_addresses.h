// Streets written without a keyword before a town and its district's
// number: "Na Poříčí 12, Praha 1", "Lidická 55, Wien 3", "Kovářova 88,
// Lyon 3e". Prague, Vienna, Paris and Lyon number their districts after
// the town's name; a town so numbered after a house number and a comma
// says the words before that number are a street, and the town is a town
// whether the gazetteer lists it or not (the name detector read "Praha" as
// a person: a town lost and the street left).
//
// The shape: up to four capitalized words (StreetNameStart) of three
// bytes or more, a house number of one to four digits that is no year,
// ", ", one capitalized word in title case of three letters or more
// ("FC 80, RR 16 rpm", a clinical note, stays), a blank, a district number
// of one or two digits (maybe "e" or "er"), then a period, comma,
// semicolon, line break, the text's end or a blank and a lower-case word
// ("Praha 1 for a year"; "Pedro 2 veces" goes on to a count: no
// district). A street of one word that is a dictionary word, a given name,
// a month or a known place ("Capítulo 3"), a known place ending the street's
// words ("Ganó Guatemala 3, Honduras 1", a score), or a word that numbers
// something else (NumbersNoStreet) makes it none; a town word that is a
// listed given name or surname and no known place stays a person's.
#ifndef AMPARO_REDACTION_DISTRICT_TOWN_ADDRESSES_H_
#define AMPARO_REDACTION_DISTRICT_TOWN_ADDRESSES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Adds to *found (the pattern detector's findings, sorted by begin) an
// address for each street so written that no address covers yet, and
// keeps *found sorted by begin. Linear in the text: one walk over the
// runs of digits a comma closes (NextDigitBefore).
void AddStreetsBeforeADistrictTown(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon,
                                   std::vector<Finding>* found);

// Removes from *names the guessed person names (detector "names") that are
// the town of such an address, as above. The others keep their order.
void DropDistrictTownsAfterStreets(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon,
                                   std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_DISTRICT_TOWN_ADDRESSES_H_
