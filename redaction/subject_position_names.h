// Names in positions only a person fills, whose word is also an ordinary
// word, a brand or a dictionary's proper noun, so that the name detector
// keeps it: "Me golpeó Zelle en la frontera", "Nos llevó Arduino hasta
// Tapachula", "M'a volé Twitch", "Imo nos llevó a Tapachula", "Vojtech beat
// us." A survivor's story says who did what to whom; a brand, a town or an
// ordinary word does not beat, rob, help or sell anyone.
//
// What counts:
//  - Spanish verb-subject order: an object pronoun ("me", "te", "nos",
//    "lo", "la", "los", "las", "le", "les"), a verb in the past of violence,
//    taking, helping, selling, receiving, finding or giving ("golpeó",
//    "robaron", "llevó", "ayudaba", "vendió", "recibió", "encontró", "dio",
//    "vio", "habló"), then at once one or two capitalized words: the subject.
//  - Spanish "le" or "les" before a verb of paying, giving or telling
//    (or joined to its end: "pagarle") and, within three words, "a" and a
//    capitalized word: the one reached ("Le pagamos a Zelle", "Le dimos
//    el dinero a Zelle").
//    French: "m'", "t'", "l'", "nous", "vous", "lui", "leur", "les", then
//    "a" or "ont", a participle of the same acts ("frappés", "volé",
//    "pris"), then the capitalized words.
//  - A word of no list (no dictionary, no lexicon list but the name lists,
//    no gazetteer, no organisation) opening a sentence before an object
//    pronoun and such a verb ("Imo nos llevó"), or in English before such a
//    verb and "us", "me", "him", "her", "them" ("Vojtech beat us"); a word
//    or brand too after a sentence's end or at the text's or a line's start
//    ("Zelle me golpeó.", "Twitch took my phone"), but no plural noun ("Ladrones
//    nos robaron", "Thieves robbed us") nor what hurts or takes people and
//    is no one ("Hunger hurt us", "Everything hurt my legs"). In English, a word of no list in lower case
//    opening a sentence or a clause ("and", "then", "when", "because"...)
//    before such a verb and an object or a possessive ("I went home and
//    kwesi took our money"), or after "that" before the verb alone ("the
//    money that kwesi took"); a word of the dictionary too, which holds
//    Spanish and French forms ("and tunde took our bags"), unless it is
//    plural, an adverb, a form in -ed or -ing, or a mass or group noun an
//    English subject takes bare ("and police took", "and hunger hurt us");
//    never one after "that", a determiner too ("that man took"). The first
//    of a pair so written is one too ("kwesi and tunde beat us").
//  - The items of a list of such subjects: after the verb ("Me golpearon
//    Zelle y Twitch") or a pair opening the sentence ("Zelle y Twitch nos
//    golpearon", "Zelle and Twitch beat us"); no plural noun. After a
//    word in lower case or a sentence's first word, the capitalized second
//    item of the pair alone ("Ladrones y Zelle nos robaron"). Before a
//    possessive and a kin word, the capitalized item that has the kin
//    ("Zelle y su primo nos robaron", "Zelle and his brother beat us",
//    "Zelle et son frère nous ont volé").
//  - A capitalized word beside a role of the people who move migrants
//    ("el coyote Zelle", "Zelle, el coyote,", "The smuggler, Twitch,", "our
//    guide Twitch", "Zelle, le passeur").
//  - French families and hosts: one to three capitalized words after
//    "chez" or "chez les" ("chez les Saint-Fleur", "chez Dorvil"), and a
//    saint's compound after "les" that no gazetteer lists ("les
//    Saint-Fleur nous ont aidés": a town takes no plural article); not a
//    plural noun after "les" ("chez les Jésuites").
//  - A word or brand opening a French sentence before an object pronoun,
//    an auxiliary and such a participle ("Zelle m'a frappé"), or a Haitian
//    one before a verb of acting on someone (after "te") and a lower-case
//    word ("Zelle te bat nou"); not a Creole word of the lexicon's list
//    ("Bandi te bat nou").
//  - Haitian nicknames of "Ti" ("little") in any language: "Ti-" and a
//    capitalized word ("Ti-Jan", "Ti-Paul"), or "Ti", a space and a listed
//    given name ("Ti Jan"); not a place, nor a Haitian town so named ("Ti
//    Gwav").
//  - A particle of Arabic names or an epithet of a nickname of a short
//    list ("Abu", "Umm", "Ibn", "Big", "Lil", "Negro", "Flaco"...),
//    capitalized, right before a person found: the finding grows over it
//    ("Abu Karim", "Big Mike", "El Negro Julián").
//  - In English, a capitalized word before "'s" and a kin word ("Osei's
//    brother took us", "Zelle's sister's house").
// Not a subject: a word in capitals (an acronym: "Nos ayudó ACNUR"), a place
// of the hand-written or world gazetteers ("Me deportó México"; a world
// place that is also a given name, "Florence", is a person here), an
// organisation of data/organisations.tsv or brands.txt, a word of an
// authority, armed group or institution ("Me detuvo Migración", "Nos detuvo
// Guardia Nacional"), a function word, month, title, demonym or kin word
// ("Me llevó Papá"), or a word for God ("Nos ayudó Dios"). A word after an article is never read ("Nos
// llevó la Cruz Roja").
//
// Guarantees: only adds kPersonName findings (detector "names") for runs no
// finding overlaps; other findings are untouched. Linear in the text: one
// loop over the bytes visits the words after a space whose first byte may
// open a pattern, and the lists are read only after a pronoun and a verb
// (or an English verb and object) matched.
#ifndef AMPARO_REDACTION_SUBJECT_POSITION_NAMES_H_
#define AMPARO_REDACTION_SUBJECT_POSITION_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Appends to *names the subjects above that neither *names nor `others`
// cover. Spanish rules in Spanish text, French ones in French and Haitian
// text, English ones in English text.
void AddNamesInSubjectPositions(std::string_view text, std::string_view language, const PlaceGazetteer& places,
                                const std::vector<Finding>& others, std::vector<Finding>* names);

// True if what follows a word ending at `end` is a comma and a relative
// clause that only a person heads: ", who ...", ", quien ...", or ", que",
// ", qui", ", ki" before an object pronoun and an act on someone (", que
// nos golpeaba", ", qui nous a frappés", ", ki te bat nou"). A town after
// an address is read so only when this is false.
bool PersonRelativeClauseAfter(std::string_view text, size_t end);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_SUBJECT_POSITION_NAMES_H_
