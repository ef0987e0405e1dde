// Spanish streets written without a keyword, told by the floor and door
// after the house number: "Héroes de Cascorro, 9, 3º A", "Marqués de
// Urquijo, 7, 2, B", "Doctor Fleming, 12, 2º dcha", "2664 3o B". Forms and
// letterheads write an address so ("Remitido por: ... Héroes de Cascorro, 9,
// 3º A. Tolosa"); the pattern rules need a keyword, a label or a town around
// such a street, and no other numbering ends in a floor and a door.
//
// The shapes, after a house number of one to five digits:
//   ", 3º A", ", 2, B", ", 5C", ", 2º dcha" (a comma, the floor, the door);
//   " 3o B", " 3º A" (no comma: the floor needs its ordinal mark);
//   " piso 5", ", escalera B", " pta. 2" (a floor, staircase or door by its
//   word, then its number or capital letter).
// Without an ordinal mark the door letter must end the address (a period,
// comma, semicolon, parenthesis, line break or the text's end after it):
// "Estadio 3, 2 A en la..." is a stage. The street's name is up to four
// capitalized words before the number, joined by "de", "la"...
// (StreetNameStart); one word that a dictionary lists ("Tipo 2, 3 A",
// "Estadio 3, 2 A") or a word that numbers something else ("Artículo 27",
// "Cama 12": NumbersNoStreet) makes it none. A number with no capitalized
// word before it is read alone ("1520 4o C").
#ifndef AMPARO_REDACTION_FLOOR_DOOR_ADDRESSES_H_
#define AMPARO_REDACTION_FLOOR_DOOR_ADDRESSES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/name_detector_lexicon.h"

namespace amparo::redaction {

// Adds to *found (the pattern detector's findings, sorted by begin) an
// address for each street so written, or widens the address already over
// part of it. *found stays sorted by begin. Linear in the text: one walk
// over its runs of digits.
void AddStreetsBeforeFloorAndDoor(std::string_view text, const NameLexicon& lexicon, std::vector<Finding>* found);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_FLOOR_DOOR_ADDRESSES_H_
