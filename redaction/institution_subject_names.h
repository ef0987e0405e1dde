// A person named right after a school's or a hospital's head word, where
// the verb after takes the name as its subject: "À l'école Dorvilien
// frappait les enfants", "Lekòl la Dorvilien te konn bat timoun yo". The
// name detector reads a capitalized word after such a head as the
// institution's name ("l'école Jules Ferry") and flags nothing there; the
// institution pass (institution_head_words.h) keeps a name that acts only
// when something flagged it. A French institution's name is no subject of
// an imperfect verb of its own sentence, and in Kreyòl the determiner "la"
// closes the head's phrase: what follows is the clause's subject.
//
// Guarantees: adds a person finding (detector "names") for one capitalized
// word of three letters or more (letters and hyphens) when
//  - French: a head word in lower case (école, lycée, foyer, caserne,
//    hôpital, église, salle, orphelinat, pensionnat) right after "l'", "le",
//    "la", "au" or "du", then the word, then a verb in the imperfect
//    ("frappait", "battaient"; not before "lieu": "avait lieu") or an
//    object pronoun (nous, vous, me, m', te, t', lui, leur, les, l');
//  - Kreyòl: "lekòl", "legliz", "lopital" (capitalized too), the determiner
//    "la", "a" or "an", then the word, then "te", "t", "ap", "konn" or "pa";
// and the word is no dictionary word (unless a listed given name or surname:
// "À l'école Pierre nous frappait"), is flagged by no function, title,
// month, kin, organisation or institution list, is not followed by another
// capitalized word, and no gazetteer (small towns too) has it ("Lekòl la
// Okap te fèmen": a town). Frees nothing. Linear in the text: each head's
// occurrences are found with one scan, and a few words read around each.
#ifndef AMPARO_REDACTION_INSTITUTION_SUBJECT_NAMES_H_
#define AMPARO_REDACTION_INSTITUTION_SUBJECT_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

class PlaceGazetteer;

// Appends to *names the persons named as above that no finding of `others`
// or *names overlaps.
void AddNamesAfterInstitutionHeads(std::string_view text, const PlaceGazetteer& places,
                                   const std::vector<Finding>& others, std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_INSTITUTION_SUBJECT_NAMES_H_
