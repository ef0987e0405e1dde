// The place veto: a guessed person name that is exactly a known place
// ("Tapachula", "Lyon", "San Pedro Sula") is a place, kept for the legal
// advocates who follow a migration route, unless the text says it is a
// person.
//
// What says so (a strong person cue): a title, naming cue or kin word right
// before it ("Sr. Guerrero", "M. Lyon", "se llama Florence", "mi esposa
// Guadalupe"), a word that takes a person ("talked to Maurice", "con
// Guadalupe": person_context.h), or the same word inside a
// longer name found in the same text ("Juan Guerrero ... Guerrero dijo").
// A guessed name in no gazetteer is also a town where the text says so
// without a person cue: after a five-digit postal code ("28035 Getafe"), a
// place label ("Localidad: Tolosa") or a place noun ("la ciudad de Zacapa",
// "the town of Wrawby"), alone before a dateline ("Lens, 22 avril" at the
// start of a line or sentence), right after a street address and
// alone on its line or before a comma ("Dunajska 56, Studenec"), and the
// province after such a town ("Tolosa, Gipuzkoa"); in French news, a
// person's town of origin ("M. Valo, de Trédaniel"), a town's office or
// people ("maire de Montigny", "l'usine de Fivet", "l'évêque de Luçon"), the
// town after "à" and a word of residence or trade ("notaire à Pléneuf",
// "demeurant à Plouay"), a French place name joined by hyphens
// ("Roz-sur-Couesnon", "Château-Gontier"; not in a street's name), the
// town before a local item's headline in capitals ("Chantenay LES
// ELECTIONS"), the correspondent's town ("On nous écrit de Plouay"), a
// dwelling without "à" ("demeurant Plouay"), what befell a town or serves
// it ("l'incendie de X", "la garnison de X"), a commune after "au Grand"
// and the like, the direction a train or a crowd goes ("filait en
// direction de X") and a town of some gazetteer ending a headline that
// lost its period before a dateline ("dévouement Modane , 26 juillet .").
// World places (place_gazetteer.h) weigh less: one of several words is a
// place wherever; one of one word, or one that is also a given name, a
// surname or an ordinary word, only where the text says a place ("in
// Jackson", "viajé a Beirut", "Mesa, AZ"), and not inside a run of names
// ("Marek Konya", "Cyrano de Bergerac").
// Names listed at intake (detector "known") are never vetoed. Linear in the
// text, n log n in the number of findings (each name looks only at the
// addresses and names within a few bytes of it).
#ifndef AMPARO_REDACTION_PLACE_VETO_H_
#define AMPARO_REDACTION_PLACE_VETO_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// True if a dateline's date follows `end`: a comma, a day and a month
// ("Lens, 22 avril", "Tapachula, 12 de marzo de 2020", "Laredo, March 3").
bool FollowedByADate(std::string_view text, size_t end);

// Removes from *findings the person names the detector "names" guessed
// that are places as above. `others` are the other detectors' findings
// (addresses say where a town follows). Other findings are untouched; order
// is kept. `french` allows the lists of streets after "rues", "boulevards",
// "avenues", "quais" ("les rues Ducoin et Salberie").
void VetoPlacesNamedAsPersons(std::string_view text, const PlaceGazetteer& places,
                              const std::vector<Finding>& others, std::vector<Finding>* findings,
                              bool french);

// Where a pass dropped a guessed one-word name as a town (drop[i] set) and
// the word is no listed given name or surname, the text's other guessed
// one-word mentions of it that no person cue surrounds (a title or a word
// that takes a person before it, a verb of speech or a pronoun and a verb
// after it) are that town too and are dropped as well ("en Languidic ...
// se rendre d Languidic", "le maire de Kerlouan ... Kerlouan attend la
// pluie"): else the redactor would redact every mention again
// (consistent_person_names.h). A word the text names as a person elsewhere
// (in a longer name, with such a cue, or found by another detector) frees
// none. Linear in the number of findings.
void DropOtherMentionsOfTowns(std::string_view text, const std::vector<Finding>& findings, std::vector<char>* drop);

// Adds the folded form of each word of text[f.begin, f.end) (words split at
// spaces and line breaks) to *words: the words a person's finding names,
// which no town rule may free elsewhere in the text.
void AddFoldedWordsOf(std::string_view text, const Finding& f, std::unordered_set<std::string>* words);

// Removes from *findings those that `drop` marks (drop[i] for finding i),
// keeping the order of the rest, unless a person finding left unmarked names
// the marked finding's word: a word the text names as a person elsewhere
// stays that person here ("Le passeur Kaboré nous a frappés ... confiance en
// Kaboré", "I went with BigBoy ... the photos are in r/BigBoy").
void DropMarkedUnlessAPersonNamesThem(std::string_view text, const std::vector<char>& drop,
                                      std::vector<Finding>* findings);

// The other side of the veto: a capitalized month or place word written
// right next to a person's name, on its line with only spaces between, is
// part of that name ("Julio Mamani", "Rosa Arequipa", "casa de Durban
// Quispe"), so the name's findings grow over it (at most three words each
// side), where it opens or ends the run of capitalized words. Before a
// name, not after a preposition of place ("llegamos a
// Tijuana Pedro y yo") unless a person cue precedes ("casa de", "con", a
// kin word or title); after a name, not before a number ("Juan Julio 2019").
// A capitalized "Julio" or "Abril" listed with a name ("Rosa Mamani y
// Julio") is added as a name of its own. Findings may overlap after: the
// redactor merges them. Linear in the text. The redactor applies it to
// Spanish text, and with `after_only` (only the words after a name: "Pierre
// Lyon", "Jean Jacmel") to French and Haitian text, where a town before a
// name is more often where a news item or a list's entry comes from ("d'
// Afrique Le Gallois").
void ExtendNamesOverPlaceWords(std::string_view text, const PlaceGazetteer& places,
                               std::vector<Finding>* findings, bool after_only = false);

// A place named after a person ("Emiliano Zapata", "Benito Juárez", two
// words, the first a given name) right before a name that starts with a
// surname is that person's given name and first surname: "Emiliano Zapata
// Salazar (Anenecuilco, 1879 – ...)". The name's finding grows over it.
// The place alone ("la ciudad de Emiliano Zapata, en Tabasco") is left.
// After a name that ends with a given name or surname, a saint's place on
// its line is that person's surname ("José San Martín", "Joseph
// Saint-Louis", as many Spanish and Haitian surnames are): the finding
// grows over it.
void ExtendNamesOverNamesakePlaces(std::string_view text, const PlaceGazetteer& places,
                                   std::vector<Finding>* findings);

// A list of people whose items are listed given names or surnames, one of
// them a name found, after a verb that takes people as its subject or
// object ("Me acompañaron Santiago y Guerrero", "Ils étaient trois :
// Victoria, Florence et Trinidad", "vinieron Lima y Pedro"): every item is
// a person, though some are towns too, and is added as a name. A list
// after a preposition of place ("Pasamos por Santiago, Lima y Guerrero")
// has no such verb before it and is left. Linear in the text.
void AddPeopleListedWithAPerson(std::string_view text, std::vector<Finding>* findings);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_PLACE_VETO_H_
