// A listed surname that is also a place or street word ("Park", "Hill",
// "Wood", "Banks") right after a given name found as a person is the
// person's surname: "My lawyer Daniel Park called me". The name detector
// ends a name before a word of its place and institution lists ("Central
// Park", "Lake Placid"), so "Daniel" went and "Park" stayed in clear.
//
// Guarantees: a guessed name (detector "names") whose last word is a listed
// given name, or a word of no list and no dictionary ("Jimin"), grows over
// the next word when one space lies between (or a sentence's period
// follows it: "The smuggler was Daniel Park."), the
// word is capitalized (in capitals only if the name is), is a listed
// surname that is no month, title, particle or function word and no place
// of the gazetteer, and it is not the name of a place or a street: no
// capitalized word follows it ("Daniel Park Road", "Grace Hill Avenue"),
// nor a street or place word, and no "the", "in", "at", "near", "through",
// "into", "to" after a verb of going ("took us to Jackson Park") nor a
// capitalized word stands before the given name ("in Lincoln Park",
// "Potbelly Lincoln Park"). Other findings are untouched.
// Linear in the number of findings.
#ifndef AMPARO_REDACTION_PLACE_WORD_SURNAMES_H_
#define AMPARO_REDACTION_PLACE_WORD_SURNAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Extends the findings of *names as above.
void ExtendGivenNamesOverPlaceWordSurnames(std::string_view text, const PlaceGazetteer& places,
                                           std::vector<Finding>* names);

// For the passes that read a subject before an act ("Jimin Park beat us",
// "Seo-yeon Park took our money"), where the name detector and the lists
// of organisation words leave it: if text[b, e) is a capitalized listed
// surname that is also an organisation's or an institution's word ("Park",
// "Church", "Sierra", "Plaza") and nothing else that refuses a name, and
// one space before it ends a first name, where that first name begins;
// else npos. A first name: capitalized, not in capitals, no function,
// title, cue or organisation word, and a listed given name or a word of no
// list and no dictionary ("Jimin"), or parts joined by hyphens whose first
// is one of those or any word ("Seo-yeon"); not a place of the gazetteer,
// nor the two words together.
size_t FirstNameBeforeOrganisationWordSurname(std::string_view text, const PlaceGazetteer& places, size_t b,
                                              size_t e);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_PLACE_WORD_SURNAMES_H_
