// A given name reached by a debt, a gift or words: "Je dois de l'argent à
// Mercedes", "I owe money to Mercedes", "Le presté dinero a Florencia". The
// place passes read a name that is also a town after "à", "a" or "to" as
// where one went, and free it; IsPersonContext (person_context.h) reads
// only a verb right before the preposition ("J'ai raconté à Mercedes"),
// while a verb of owing, lending, giving, paying or telling takes its
// object first. What one owes or tells, one owes or tells to someone.
//
// Guarantees: adds kPersonName findings (detector "names") for a
// capitalized word, not in capitals, that a given-name list has and no
// list of other things (function word, month, title, organisation or
// institution word, kin word, demonym), right after "a", "à" or "to",
// when such a verb stands within six words before the preposition in the
// same clause (no punctuation, line break or conjunction between), and no
// finding covers the word. Frees nothing. Linear in the text: only the
// capitalized words after a blank, "a", "o" or "à" and a blank are
// visited (sixteen bytes tested at a time), the bytes before them first,
// the words before only after a preposition and a given name.
#ifndef AMPARO_REDACTION_OWED_NAMES_H_
#define AMPARO_REDACTION_OWED_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

class PlaceGazetteer;

// Appends to *names the given names reached as above.
void AddGivenNamesOwedOrTold(std::string_view text, const std::vector<Finding>& others,
                             std::vector<Finding>* names);

// Appends to *names a one-word name one got, took or borrowed something
// from, in English: "We got the money from Okonkwo", "The coyote took the
// money from Okonkwo and left". "from" reads as where one came from to the place passes,
// and an unlisted name there was read by none. The word is capitalized,
// not in capitals, a listed given name or surname or a word of no list and
// no dictionary, no town of `places`, not followed by another capitalized
// word; a verb of getting, taking or borrowing stands within six words
// before "from" in the same clause (not "came from", "fled from"). A listed
// given name that is a town of `places` too is read only after what a
// person sends or gives: a call, a message, a letter, money ("a call from
// Mercedes", "money from Florence"; "the bus from Mercedes" is left to the
// place passes). Frees nothing; linear in the text as above.
void AddNamesGotFrom(std::string_view text, const PlaceGazetteer& places, const std::vector<Finding>& others,
                     std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_OWED_NAMES_H_
