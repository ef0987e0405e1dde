// Street names written in lower case, told from ordinary words.
//
// People writing by hand often skip the capitals: "vivía en la calle
// morelos", "il habite rue victor hugo", "we met on main street". These
// functions read the words after a street keyword (or before an English
// street type) and say whether they name a street, with the name detector's
// lexicon: a word no Spanish, French or English dictionary lists ("morelos",
// "hugo") names something; a dictionary word names a street only when it is
// also a given name or surname ("hidalgo", "mayor") and does not read as an
// adjective agreeing with the keyword ("la calle sola", "rue principale");
// function words end the name ("en la calle de enfrente", "in the street").
// Only the text around one keyword is read: linear in the input.
#ifndef AMPARO_REDACTION_STREET_NAME_WORDS_H_
#define AMPARO_REDACTION_STREET_NAME_WORDS_H_

#include <cstddef>
#include <string_view>

#include "redaction/name_detector_lexicon.h"

namespace amparo::redaction {

// text[keyword_begin] starts a street keyword ("calle", "av.", "rue")
// followed by lower-case words. Returns where the street's name after it
// ends ("calle morelos| y", "rue victor hugo|,"), or keyword_begin when the
// words are ordinary ("calle principal", "calle de enfrente").
size_t LowerCaseStreetNameEnd(std::string_view text, size_t keyword_begin, const NameLexicon& lexicon);

// text[keyword_begin] starts Italian "via" in lower case, which English and
// Spanish use as a word ("sent via whatsapp"): where the street ends when
// one to three words that name something (no dictionary word, or a given
// name or surname: "via roma", "via dante", "via della spiga") and a house
// number follow, and the number ends a clause or comes before "and", "in",
// "near" ("via roma 45, palermo"); keyword_begin otherwise ("via email",
// "via zoom 3 times").
size_t LowerCaseNumberedStreetEnd(std::string_view text, size_t keyword_begin, const NameLexicon& lexicon);

// text[type_begin] starts an English street type in lower case ("street",
// "ave", "road"). Returns where the street's name before it starts, when a
// preposition comes right before the name ("on |main street", "at |elm st"),
// or type_begin ("in the street", "on my street", "down the road"). With
// needs_name (roads: "on dirt road" is no address), the name needs a word
// that is no dictionary word or is a given name or surname.
size_t LowerCaseTypeLastStart(std::string_view text, size_t type_begin, bool needs_name,
                              const NameLexicon& lexicon);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_STREET_NAME_WORDS_H_
