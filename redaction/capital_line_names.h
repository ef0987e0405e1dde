// Given names on a line written all in capitals: "PEDRO NOS GOLPEÓ", "THEN
// MARCUS HIT ME", "JAN TE BAT NOU". Survivors shout a line, or a form's
// field comes out in capitals; there a capital says nothing, and the name
// detector, which reads a word in capitals inside such a line as an
// acronym or a heading, left every name in clear.
//
// On a line with no lower-case letter and three words of two letters or
// more, the words are read by their folded form, as the lists have them:
//  - a listed given name that no list of everyday words (nor the words
//    training text learned as no name) and no list of other things has
//    (function word, month, title, cue, organisation or institution
//    word, kin word, demonym), no gazetteer lists as a place and no
//    organisation list holds, is a person ("PEDRO", "MARCUS");
//  - a given name that is also an ordinary word or a month ("JAN", "ROSA")
//    is a person only before what a person does to someone: an object
//    pronoun ("ROSA NOS AYUDÓ"), a word and an English object pronoun
//    ("JOY HIT ME"), or Haitian "TE"/"T", a word and "NOU", "MWEN", "LI",
//    "YO" ("JAN TE BAT NOU"); "NO HAY PAZ NI LUZ", "IN JUNE" stay;
//  - a listed surname right after a name so found, no everyday word nor
//    place, goes with it ("PEDRO RAMÍREZ").
// Not a word joined by a hyphen or an apostrophe ("SAINT-DENIS"), nor one
// after a street, organisation or institution word ("CALLE PEDRO MORENO",
// "RUE VICTOR HUGO"), nor one any finding already covers.
//
// A name the detector found on such a line that ends with an object pronoun
// or a dictionary word of no name list ("PEDRO NOS" of "PEDRO NOS GOLPEÓ EN
// LA ESTACIÓN", "OMAR STAYED") ends before it; one that opens with a kin
// word after a possessive ("MARI JACQUES" of "MON MARI JACQUES") begins
// after it. A word of no list and no dictionary right after a kin word
// (maybe with Haitian "M": "MANMAN M ROSELÈNE") is a person too.
//
// Guarantees: adds kPersonName findings (detector "names"), and shortens
// only such "names" findings; other findings are untouched. Linear in the text: a line is given up at its
// first lower-case letter, and the lists are read only on lines in
// capitals.
#ifndef AMPARO_REDACTION_CAPITAL_LINE_NAMES_H_
#define AMPARO_REDACTION_CAPITAL_LINE_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Appends to *names the persons above that neither *names nor `others`
// cover.
void AddNamesOnLinesInCapitals(std::string_view text, const PlaceGazetteer& places,
                               const std::vector<Finding>& others, std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_CAPITAL_LINE_NAMES_H_
