// A relative named in lower case as the last word of a line after "is",
// "es" or "est": "el papa del bebe que es deivi", "my cousin is brayner",
// "the baby's dad who is jonaiker". Voice notes and chats are transcribed
// in lower case, and a name of no list there has no capital or cue the name
// detector reads; the kin word before the copula says a person is named.
//
// Guarantees: adds kPersonName findings (detector "names") for a word in
// lower case of three letters or more, right after "is", "es" or "est",
// that ends its line or the text (a period, '!', '?', ',', a quote or a
// closing parenthesis may follow it), when a kin word of the lexicon
// (kKinCue: mother, cousin, papá, tía, esposo...) stands within six words
// before the copula on the same line, with no '.', '!', '?', ';' or ':'
// between. The word is a listed given name that is no everyday word, or a
// word no dictionary, function, title, month, kin, organisation or demonym
// list has and no gazetteer lists as a place ("my cousin is sick", "mi tía
// que es enfermera", "my uncle is tapachula" stay). Frees nothing. Linear
// in the text: each line's last word is read once, and at most six words
// before it.
#ifndef AMPARO_REDACTION_KIN_COPULA_NAMES_H_
#define AMPARO_REDACTION_KIN_COPULA_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

class PlaceGazetteer;

// Appends to *names the relatives named as above; `others` are the
// findings of the other detectors, which such a word must not overlap.
void AddRelativesNamedAfterACopula(std::string_view text, const PlaceGazetteer& places,
                                   const std::vector<Finding>& others, std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_KIN_COPULA_NAMES_H_
