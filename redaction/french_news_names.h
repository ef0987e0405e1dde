// Forms of naming people in French news and civil records that the name
// detector leaves in part, read by their shape around the names it found:
//
// - a listed given name, then "Le" or "La" and a capitalized word: the
//   Breton surnames of civil records ("Yvonne Le Sergent", "Marie Le
//   Parque"), whose last word is also a rank or a word, so the detector
//   stopped at the given name or passed over all three. Not when "Le X" is
//   a gazetteer's place ("Jean Le Havre" reads as a town) or X a function
//   word, month or title, nor after a hyphen ("Sainte-Marie La Réunion");
// - the items of a list after a plural title, "MM." (messieurs), "Mes"
//   (maîtres), "Mmes": "MM. DURAND, MARTIN et PETIT", "Mes Démange,
//   Landowski et Maizé", "MM. F. Trochu, P. Manière". Each item is a run
//   of capitalized words (capitals too), hyphens and particles, after
//   optional initials, joined by a comma or "et"; the list stops at the
//   first other shape, and at an item made of a particle and a gazetteer's
//   place ("MM. Kerbrat, de Lannion, et Le Goff": where each comes from);
// - an initial joined by a hyphen before a name found: "J.-B. Dupont";
// - "Le" or "La" right before a person found, after a word in lower case:
//   the surname's article ("la dame Le Roux", "le sieur La Mézière");
//   opening a sentence it is left to the detector;
// - a surname before given names in brackets, as courts and registers
//   write them ("Allanet (Emile-Yves), 20 ans", "Olry (Henry)"): the first
//   word in the bracket a listed given name and no place ("Lannion
//   (Côtes-du-Nord)" stays), the surname no word of other lists and no
//   place unless a surname list has it; a list item's bracket ("MM. F.
//   Trochu (Chantepie), Rédier") is passed over;
// - an initial before a surname in capitals, "A. MARTIN": not a heading
//   (capitals go on after it: "II. PARIS SOUS LA NEIGE"), not a numeral
//   "I.", "V.", "X." unless it stands in a sentence, not an ordinary word
//   or a place of no surname list; after "M." the surname alone;
// - OCR's "NI." for "M." before a capitalized word that is a town too
//   ("NI. Limon, député"), which the place veto gave back;
// - a rank, "général", "colonel", "capitaine", "lieutenant", "amiral",
//   then "de" and a capitalized word of no other list: an officer's name
//   though a town's ("le général de Saint-Germain"); a post and "de" name
//   its place ("le maire de Saint-Germain") and are left;
// - a listed given name and a Roman numeral of two letters or more:
//   "Léon XIII", "Louis XIV".
//
// French text only. Cost: one look at each person found, and a search for
// " Le ", " La ", "(", ". ", "NI", the ranks, the plural titles and the
// spaces before a numeral over the text.
#ifndef AMPARO_REDACTION_FRENCH_NEWS_NAMES_H_
#define AMPARO_REDACTION_FRENCH_NEWS_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Widens and appends person findings in *names, as above.
void AddFrenchNewsNameForms(std::string_view text, const PlaceGazetteer& places, std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_FRENCH_NEWS_NAMES_H_
