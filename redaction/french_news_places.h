// Places and ships of French news that the name detector took for people,
// told by French grammar where no gazetteer lists the word (small communes,
// OCR-damaged towns, ships):
//
// - a town after "en" ("cultivateur à Kerlann, en Plouvénec", "maison à
//   vendre en Pléneuf"): French puts no person's name there, but a given
//   name or a listed surname may follow ("confiance en Huguette") and stays
//   a person;
// - a town after an "à" that OCR damaged into "il", "i", "ù", "ë", "è", "â"
//   after a word in lower case ("demeurant il Pontivy", "transporté ë
//   Quimper"), only in a text that reads as OCR'd news (a shipping column,
//   a dateline, or two marks of OCR damage elsewhere: "avrtl l908", "»•»")
//   and only for a town of the gazetteer that is no listed given name or
//   surname and is followed by no verb: spoken French says "il" and "i"
//   before people ("On a payé i Kaboré", "je crois il Ouédraogo nous
//   attendait"). A commune of no gazetteer there stays redacted. "A" and
//   "&" are left alone ("payer A Diabaté" is "à" without its accent, "ma
//   sœur & Kaboré" joins people), and so is a bare "a": hurried writing
//   drops the accent of "à" before people too ("j'ai parlé a Kerbrat").
//   After such a damaged "à", in the same texts, a town of the gazetteer
//   opening a name of three words before a given name gives its word back
//   ("débitante , il Pontivy Ludovic Platet" keeps "Pontivy"; "Le passeur
//   il Kaboré Jean Paul nous a frappés" is a person); so does a town's
//   compound ("Pont-Croix", "Château-Gontier"; not a saint's) in any text,
//   and after the register's comma a bare "a" counts as such an "à"
//   (", couturière , a Pont-Croix Auguste Guilloteau");
// - in a shipping column (three entries or more with a captain after "c."
//   or a port after "p.", "Héloïse, c. Kerbrat, de Cardiff", within 1000
//   bytes of the name: marks scattered over a long page make none), a name
//   followed by its captain, its port, its date or its route is a ship,
//   and a name after "p." is a port; a name after a preposition and before
//   the entry's date is a port too ("p. Lorient de Cardiff , le 20",
//   "Partis De Llanelly , le 22", "de Leith & Falmouth , le 24"), and so
//   is every name inside a ship's quoted name of a few words before the
//   entry's route ("le 21 , « Thérèse et Marie » , du Havre à Marseille",
//   OCR's "le 23 , Il Ville de Cette » , d' Alger"). The
//   captain after "c." stays a person, and is added as one where the name
//   detector left it ("c. Bernadac ." reads as a sentence of one word); the
//   same shapes outside such a column are left to the other rules;
// - a word of no given-name list right after "habiter" ("il habite
//   Loudéac"; not after "qu'", "que", "où": "la ferme qu'habitait Kerbrat"
//   puts the subject after its verb) or after "pour" and a verb or noun of
//   leaving ("il partit pour Loudéac", "le départ pour Brest"; "pour" alone
//   takes people), ending its phrase and before no verb;
// - a name of at most three words right after a determiner and a ship's
//   noun ("le croiseur Sully", "à bord du paquebot Amiral Courbet"; not
//   across a mark, "le capitaine du navire , Kerbrat", nor before an object
//   pronoun, "le remorqueur Kerbrat nous a pris");
// - "Ier" or "ler" before a month: OCR's "1er" ("Béthune , Ier janvier");
// - a gazetteer's town or a saint's compound ending a longer name before a
//   dateline that ends its sentence gives its word back ("M. Kerhervé
//   Brest , 26 juillet .": OCR lost the headline's period), unless the
//   word is a listed given name or surname ("Entretien avec Ana Mendoza,
//   12 mars 2024.", so "M. Clemenceau Paris" stays whole too). A name of
//   one word there is left alone: "Nous attendions Kaboré , 3 juin ." names
//   a person as "Nombreux actes de dévouement Modane , 26 juillet ." names
//   a town.
//
// Only guessed names (detector "names") are dropped or trimmed; listed
// names never are. A trimmed name joins the group of the same name found
// elsewhere. Linear in the text: each rule reads a few words around a name,
// and the shipping entries are found once.
#ifndef AMPARO_REDACTION_FRENCH_NEWS_PLACES_H_
#define AMPARO_REDACTION_FRENCH_NEWS_PLACES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Removes from *findings the guessed person names that are places or ships
// as above, and adds a shipping column's captains that no finding covers
// (at the end). For French text only; the order of the others is kept.
void DropFrenchNewsPlaces(std::string_view text, const PlaceGazetteer& places, std::vector<Finding>* findings);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_FRENCH_NEWS_PLACES_H_
