// Nicknames an encyclopedia gives a person after a naming cue: «el Divo de
// Juárez» after "conocido como", « Roi-Soleil » after "dit le", "Queen of
// Salsa" after "known as the". They are made of ordinary words the name
// detector rightly passes over ("Loca", "Libertador", "Vert-Galant"), yet
// they point at one person as surely as a name does.
//
// Guarantees: only words inside quotes (or, unquoted, a capitalized Spanish
// article and the capitalized words after it: "known as El Libertador")
// right after the cue, or after the cue's first name and "o", "or", "ou"
// ("conocido como san Óscar Romero o «San Romero de América»"), are added;
// the article before the nickname is left;
// a quoted place of the gazetteer is left (unless a cue of nicknames or a
// noun of a person comes before it: "alias «Chihuahua»", "un hombre
// conocido como «el Tigre»"), and so is what a noun of a place or a thing
// before the cue names ("un lugar conocido como «La Arrocera»").
// Linear in the text.
#ifndef AMPARO_REDACTION_NICKNAME_NAMES_H_
#define AMPARO_REDACTION_NICKNAME_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Appends to *names a person-name finding (detector "names") for each
// nickname cued as above that no finding covers already.
// Also grows a name over the epithet after it: "Felipe el Hermoso", "Louis
// the Great", "Philippe le Bel", and in English text "Anne of Austria", in
// French "Anne d'Autriche" (a given name alone, then "of" or "d'" and one
// capitalized word).
void AddCuedNicknames(std::string_view text, std::string_view language, const PlaceGazetteer& places,
                      std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_NICKNAME_NAMES_H_
