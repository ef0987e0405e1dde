// A first name written as syllables joined by a hyphen ("Seo-jun", "Ji-ho",
// "Mei-ling") that no list holds, right before a name found as a person, is
// that person's first name: "The man who hit my brother was Seo-jun Lee"
// left "Seo-jun" in clear, for the name detector reads neither syllable as
// a name ("jun" is even June's abbreviation) and ends the run at the hyphen.
//
// Guarantees: a guessed name (detector "names") that begins with a capital
// one space after such a word grows back over it when the word has two or
// three parts of 2-12 letters, the first capitalized, none in capitals,
// each a listed given name or a word of no list and no dictionary (a later
// part may be a month's abbreviation), no part a function word, title,
// particle or cue, and neither the word nor its first part a place of the
// gazetteer ("well-known", "Mexico-Guatemala" stay); in English the first
// part may be a short word only the learned list calls no name ("Soo-ah
// Lim") when a lower-case syllable follows it. A guessed name ending on a
// capitalized word of two to four letters right before a hyphen grows over
// the lower-case syllable of two to five letters that ends the word ("Mr.
// Jae-won Park": "won" is an English word), not over a function word or a
// word of kind ("Kim-style", "Anna-like"). Other findings are untouched.
// Linear in the number of findings.
#ifndef AMPARO_REDACTION_HYPHENATED_GIVEN_NAMES_H_
#define AMPARO_REDACTION_HYPHENATED_GIVEN_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Extends the findings of *names as above.
void ExtendNamesOverHyphenatedGivenNames(std::string_view text, const PlaceGazetteer& places, bool english,
                                         std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_HYPHENATED_GIVEN_NAMES_H_
