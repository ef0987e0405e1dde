// Names opening a line before a town and a date, as a letter, a note or a
// transcribed testimony is signed: "Yubelkis Tapachula, 12 de marzo",
// "Yubelkis, 12 de marzo". The name detector reads a capitalized word of
// no list at a line's start before a town as the start of a dateline and
// keeps it; a word that no gazetteer, dictionary or organisation list
// knows, there, is the person who wrote or told the text.
//
// What counts: the first word of the text or of a line (spaces before
// it), capitalized and not in capitals, of three letters or more, that no
// list of the lexicon marks but the name lists, no dictionary holds, no
// gazetteer lists and no organisation is named by; then either a comma
// and a date with its day ("Yubelkis, 12 de marzo"), or a place of a
// gazetteer of one to three words and such a date ("Yubelkis Tapachula,
// 12 de marzo"). Only the word is redacted: the town is the dateline's.
//
// Guarantees: only adds kPersonName findings (detector "names") for words
// no finding overlaps. Linear in the text: only the first word of each
// line is read.
#ifndef AMPARO_REDACTION_DATELINE_NAMES_H_
#define AMPARO_REDACTION_DATELINE_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Appends to *names the words above that neither *names nor `others` cover.
void AddNamesOpeningADateline(std::string_view text, const PlaceGazetteer& places,
                              const std::vector<Finding>& others, std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_DATELINE_NAMES_H_
