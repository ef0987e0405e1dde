// Names that act on someone: a run of given names and surnames right before
// an object pronoun and a verb in the past ("Guadalupe Hidalgo nos llevó",
// "Juárez le pegó", "Morelos se llevó las mochilas", "en arriaga juan nos
// dejó"; "Guadalupe and Pedro picked us up") is a person, whatever the
// place gazetteer says of its words and whatever word (a capitalized
// institution word: "en el Comedor Juan nos dijo") comes before it. A
// survivor's story says who did what to whom; a town does not take people
// away. The name detector and the place veto read most of these; this pass
// gives back the ones they leave, after the veto.
//
// What counts: the pronoun is Spanish "me", "te", "nos", "le", "les" before a
// Spanish verb in the past (a preterite or imperfect shape: "pegó",
// "recibieron", "llevaba", "decía", or an irregular one: "dio", "dijo"), or
// "se" before a verb of taking or fleeing ("se llevó", "se robó", "se quedó
// con"); or an English verb in the past before "me", "us", "him", "her",
// "them"; or, in French and Haitian text, "a", "m'a", "nous a", "s'est"
// before a participle of taking, fleeing or acting on someone ("a pris",
// "m'a dit", "s'est enfui"). The run is one to three capitalized words that
// are given names or surnames (two or more: opening with a given name; one:
// a given name, or a surname not after a capitalized word inside the
// sentence), or one lower-case given name, or one given name in capitals
// ("la ROSA me dijo": after "el"/"la" too); runs joined to it by "y", "e",
// "and", "et" or a comma ("Guadalupe y Pedro nos recibieron") are persons
// too. A word of no list is a person alone, when it is no ordinary word:
// capitalized before a verb of taking or violence ("Morelos se llevó las
// mochilas", "Morelos nos robó": a town takes nobody; a town's name that
// is a word too counts, "Matamoros"), or in capitals with two vowels, as a
// name is spoken and an acronym is spelled, before any Spanish act ("YEFRI
// me dijo"; not "el DIF nos llevó", not after another word in capitals).
// In Spanish, the subject after its verb too: one capitalized word after
// "el", after a pronoun and a verb of taking or violence in the singular,
// is a nickname though it is an everyday word ("Me violó el Gato", "nos
// robó el Zorro"; not a place, institution, title or trade word, nor one
// before another capitalized word: "nos detuvo el Ejército Mexicano").
// A listed name before ", que" or ", quien" and such a clause is the
// clause's subject ("en el Comedor Juan, que nos ayudó"). Not a run after
// an article, a preposition or a particle ("la rosa se...", "en Guadalupe
// nos...", "San Juan nos..."), nor one that the word before it makes a
// place ("Ciudad Victoria nos recibió"; a town alone after a preposition
// does not: "En Coatzacoalcos Matamoros se robó"), nor a word for God.
//
// Guarantees: only adds kPersonName findings (detector "names") for runs
// no finding overlaps; other findings are untouched. Linear in the text:
// the text is scanned once for the pronouns (or their list taken from the
// name detector's tokens), and the words before one are read only when the
// word right before it could be a name.
#ifndef AMPARO_REDACTION_ACTING_PERSON_NAMES_H_
#define AMPARO_REDACTION_ACTING_PERSON_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Appends to *names the runs above that neither *names nor `others` cover.
// French auxiliaries ("Morelos a pris", "m'a dit", "s'est enfui") are read
// when `language` is French or Haitian Creole. pronoun_starts, if set, is
// the name detector's list of the words that may be pronouns
// (WordsSeen::pronoun_starts of the same text): outside French only those
// are read, instead of every space of the text (same result).
void AddNamesActingOnSomeone(std::string_view text, std::string_view language, const PlaceGazetteer& places,
                             const std::vector<Finding>& others, std::vector<Finding>* names,
                             const std::vector<size_t>* pronoun_starts = nullptr);

// True if `word` (as written) has the shape of a Spanish verb in the past,
// third person: "pegó", "recibieron", "llevaba", "decía", "dio", "dijo".
bool IsSpanishPastVerb(std::string_view word);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_ACTING_PERSON_NAMES_H_
