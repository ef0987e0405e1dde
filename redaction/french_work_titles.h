// Titles of works of fiction and the stage that French news writes with a
// person's words, which the name detector took for people: what comes right
// after "intitulé" when a play, a novel, a song... is what is entitled ("un
// drame en trois actes , intitulé Alain de Kermaria", "une chanson
// intitulée « Jeanne Le Goff »"). No person is entitled; a report, a letter
// or a book may bear a real person's name as its title ("un rapport
// intitulé Jean Kerbrat"), so only the nouns of fiction count.
//
// Newspapers too: a title of the period's French press that reads as a
// name, after its article ("le Figaro", "dans le Matin", "l'Intransigeant";
// a short list written by hand, no given name in it). "Figaro" alone, "M.
// Figaro" stay persons.
//
// Guarantees: only guessed names (detector "names") are dropped: the one
// right after "intitulé", "intitulée", "intitulés" or "intitulées" (an
// opening quote between them) with such a noun at most six words before in
// its sentence, and a name that follows a dropped one with
// only particles between ("Alain de Kermaria" found as two names). Names
// listed at intake and every other finding are untouched. Linear: a few
// tokens before each guessed name are read.
#ifndef AMPARO_REDACTION_FRENCH_WORK_TITLES_H_
#define AMPARO_REDACTION_FRENCH_WORK_TITLES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

// Removes from *findings the guessed names that are the title of a work or
// a newspaper as above. For French text; the order of the others is kept.
void DropFrenchWorkTitles(std::string_view text, std::vector<Finding>* findings);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_FRENCH_WORK_TITLES_H_
