// Korean names written surname first, the given name's two syllables joined
// by a hyphen ("Ban Ki-moon", "Yoo Soon-taek", "Moon Jae-in"), as news and
// encyclopedias print them. The surname is often an English word ("Ban",
// "Moon", "Park") and a syllable is one too ("moon", "Soon"), so the name
// detector left both words in clear or the given name alone.
//
// Guarantees: a person finding (detector "names") is added over a common
// Korean surname (a short list in the code: Kim, Lee, Park, Choi, Moon,
// Ban...) that opens a word on its own and the word one space after it when
// that word is a capitalized syllable of two to five ASCII letters, a hyphen
// and a lower-case syllable of two to five letters ending the word (or
// before "'s"), and the first syllable is not the head of an English compound
// ("Park Well-known", "Moon Long-term" add nothing: a short list in the
// code). Linear in the length of the text: each hyphen is read once.
#ifndef AMPARO_REDACTION_KOREAN_NAMES_H_
#define AMPARO_REDACTION_KOREAN_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

// Adds to *names the Korean names described above.
void AddKoreanNamesSurnameFirst(std::string_view text, std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_KOREAN_NAMES_H_
