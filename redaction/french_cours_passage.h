// French streets named "cours" and "passage" ("cours Mirabeau", "passage
// Choiseul", "cours de Vincennes"): both are ordinary words too ("au cours
// de", "le passage du Roi"), so the street-keyword rules read "passage"
// only with an article after it and "cours" not at all, and the name after
// the word was taken for a person's.
//
// Read here, in French text: the word in lower case, then up to three
// capitalized words (joined by "de", "la", "du"...) and a house number if
// one follows (", no 12"). "cours" with an article after it ("cours de
// Vincennes") is a street only when no article, preposition or possessive
// comes before it ("au cours de Pâques" is during, "le cours du Rhône" a
// river's); "passage" with an article is left to the rules. A month or a
// holiday after the word is never a street's name.
#ifndef AMPARO_REDACTION_FRENCH_COURS_PASSAGE_H_
#define AMPARO_REDACTION_FRENCH_COURS_PASSAGE_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/name_detector_lexicon.h"

namespace amparo::redaction {

// Adds to *found (the pattern detector's findings, sorted by begin) an
// address for each such street, or widens the address already over part of
// it. *found stays sorted by begin. Linear in the text.
void AddFrenchCoursAndPassageStreets(std::string_view text, const NameLexicon& lexicon, std::vector<Finding>* found);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_FRENCH_COURS_PASSAGE_H_
