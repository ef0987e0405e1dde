// Lines of another language in English text: posts quote or answer in
// Dutch, Indonesian, Tagalog, German ("Ik arriveerde toen 5 kilo. Gelukkig
// viel ik er..."). The name detector takes a capitalized word that no
// dictionary has for a name, and on such a line nearly every capitalized
// word is one: on WNUT17 train, of 197 capitalized words of no list on such
// lines one was a person's.
//
// Guarantees (English text only; other languages are left as they are):
//  - a line is foreign when, of its lower-case words of three letters or
//    more, at least three and at least half are in no dictionary and no word
//    list of the lexicon (the Spanish and French dictionaries count: those
//    lines are read as the words they are), nor English all the same: a
//    form whose stem a dictionary has ("releasing", "playin"), a letter
//    written three times ("sooo"), laughter ("hahah");
//  - a guessed person name (detector "names") on a foreign line is dropped
//    when none of its words is in a name list (given names, surnames, words
//    seen in names) or marked by a cue the lexicon knows;
//  - names listed at intake and every other finding are untouched.
// Linear in the text; memory grows with its lines, not its words.
#ifndef AMPARO_REDACTION_FOREIGN_LINES_H_
#define AMPARO_REDACTION_FOREIGN_LINES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

// Removes such findings from *names; order is kept.
void DropNamesInForeignLines(std::string_view text, std::string_view language,
                             std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_FOREIGN_LINES_H_
