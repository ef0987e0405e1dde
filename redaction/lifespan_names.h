// An encyclopedia opens a biography with the full name and the lifespan in
// brackets: "Lázaro Cárdenas del Río (Jiquilpan, 21 de mayo de 1895 –
// Ciudad de México, 19 de octubre de 1970)", "Anna May Wong (January 3,
// 1905 – February 3, 1961)". The name detector may pass over such a name
// when its words are also places or ordinary words ("Lázaro Cárdenas" is a
// town, "Río" a word); the brackets say it is a person.
//
// Guarantees: the brackets must hold a year and a dash between two dates,
// or a day, a month and a year; the name is the run of capitalized words
// (and the particles between them: "de", "del", "y", "van", "d'") right
// before the "(", two to eight words, opening a line or a sentence. A run
// the place gazetteer lists whole ("Ciudad de México (1950–2000)") or that
// an article opens ("La Guerra de Reforma (1858–1861)") is left. A memorial's
// "(Guadalupe, 1990 – 2019)", the name inside the brackets before a comma
// and two years joined by a dash, is a name too when no capitalized word
// comes right before the bracket (an encyclopedia's "Lázaro Cárdenas
// (Jiquilpan, 1895 – 1970)" names a birthplace there) and its first word is
// a given name. Linear in the text.
#ifndef AMPARO_REDACTION_LIFESPAN_NAMES_H_
#define AMPARO_REDACTION_LIFESPAN_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Appends to *names a finding for each such name (in the person group of a
// name found inside it, if any).
void AddNamesBeforeLifespans(std::string_view text, const PlaceGazetteer& places,
                             std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_LIFESPAN_NAMES_H_
