// Single words the name detector may take for a person that are none in a
// testimony: a word for God ("May God bless you", "gracias a Dios", "Bondye
// beni ou") and an acronym in capitals before a score or a measure ("con EVA
// de 8", "EVA 7/10", "ANA 1:160": a pain scale, a lab test). A name is never
// followed by a score; a survivor who writes a name in capitals ("fui con
// YESICA") writes no number after it. Nor is one preceded by a count: a
// plural unit of time after a number is the unit ("in 2 Weeks"), and a
// season after a word that sets a time is the season ("this Summer"). A
// kin word after a possessive ("Mi Mamá: ya llegué") names a role, and so
// does a royal style of a title and its role word ("the Princess Royal",
// "the Queen Mother", "the Prince Regent"). A nationality that is a given
// name too, after an article or a describing word and before a noun ("a
// German engineer", "this nice new German place"), is the adjective. A
// sport's name after a word names a team ("Bradley Soccer", "Seahawk
// football"), a saint's name before its possessive a church or a hospital
// ("St. Luke's"), and "RT" before a handle is a retweet's mark, cut off the
// name before it. The word after
// a battle's, a siege's or a treaty's "of" is a field or a town ("the
// Battle of Hastings", "la bataille de Verdun"), unless the lists have it
// as a given name or surname or a possessive follows it ("la batalla de
// María por sus hijos", "the battle at Kevin's"). A title opening a guessed
// name is left out of it ("Officer Briggs" -> "Officer [PERSON-1]", as
// "Dr. [PERSON-1]"), and so is a
// conjunction, preposition or possessive that capitals made look like a
// name ("Brenda AND Tomasz", "Dines With Ruben Castillo", "MARCEL ET
// LOUISE": the names around it stay redacted, apart).
//
// Guarantees: only guessed names (detector "names") are dropped: of exactly
// one such word, or of a team's or a saint's form above ("Bradley Soccer",
// "Saint Jude's"); "RT" is cut off only before " @"; only a joining word that is no given name or surname of
// the lists is cut out of one ("Will", "Les" stay); names listed at intake
// and every other finding are untouched.
// Linear in the number of findings.
#ifndef AMPARO_REDACTION_NON_PERSON_WORDS_H_
#define AMPARO_REDACTION_NON_PERSON_WORDS_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

// Removes such findings from *findings, trims the titles and cuts the
// joining words out; order is kept. `haitian`: the text is in Haitian
// Creole, where "Jan" opening a sentence before a subject pronoun is the
// word "manner" ("Jan yo te trete nou an").
void DropNonPersonWords(std::string_view text, std::vector<Finding>* findings, bool haitian = false);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_NON_PERSON_WORDS_H_
