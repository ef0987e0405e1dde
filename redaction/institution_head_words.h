// Institutions named after a person, written after a lower-case word that
// says what they are: "el comedor San Martín de Porres", "la parroquia San
// Judas Tadeo", "la escuela Benito Juárez", "el albergue Hermanos en el
// Camino". Legal advocates search testimonies for shelters, parishes and
// schools, and the story stays readable; the name detector reads such a
// head word as an institution only when it is capitalized ("Colegio Benito
// Juárez").
//
// What counts: a head word (comedor, albergue, casa, parroquia, escuela,
// colegio, hospital, clínica, iglesia, capilla, refugio, parque, plaza,
// mercado, shelter...) in lower case after an article, a preposition or a
// possessive ("el", "la", "en", "al", "del", "mi"), then at once (no "de":
// "la casa de Juan" is Juan's) a run of capitalized words and the particles
// between them; a capitalized head word with only particles before the name
// ("La Casa del Migrante Juan Diego"); an English head that ends the run
// after the name ("the Jackson Memorial Hospital", "Lincoln Park" where the
// gazetteer knows the pair: "Grace Park", "Grace Church" may be a person's
// name).
//
// Guarantees: a guessed name (detector "names") wholly inside that run is
// dropped, unless the words after the run say a person acts ("en el comedor
// Juan nos dijo", "Juan dijo", "Juan y yo", "Lincoln Park beat us") or the
// words after the head are given names only ("la casa Pedro"); where the
// head and its article open the sentence the verb after is theirs ("La
// escuela Miguel Hidalgo estaba cerrada"). Names listed at intake and every
// other finding are untouched. Linear in the text: only a few words around
// each guessed name are read.
#ifndef AMPARO_REDACTION_INSTITUTION_HEAD_WORDS_H_
#define AMPARO_REDACTION_INSTITUTION_HEAD_WORDS_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Removes from *findings the guessed names inside such an institution's
// name; `places` says which pairs with "Park" or "Church" are places.
// Order is kept.
void KeepInstitutionsAfterHeadWords(std::string_view text, const PlaceGazetteer& places,
                                    std::vector<Finding>* findings);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_INSTITUTION_HEAD_WORDS_H_
