// When a word written in lower case that equals a name found elsewhere in
// the text is the ordinary word and not that person again: "ROSA me dijo
// ... una camisa rosa", "Me llamo Alba ... salimos al alba", "ROBIN told
// me ... the robin". The name detector echoes a name flagged on strong
// evidence into its lower-case forms (survivors write names in lower case);
// for a word the dictionary has, the echo needs a place where a name
// stands.
//
// What counts as the word: right after an article, a demonstrative or a
// quantifier ("una margarita", "al alba", "the robin", "l'aurore"), or after
// one and the lower-case noun it describes ("un suéter celeste"); not when
// an object pronoun and a verb, a verb of speech or a Spanish verb in the
// past follow ("la margarita me dijo", "la margarita llegó tarde": Spanish
// puts an article before a name in speech). After a
// preposition, a conjunction, a verb or a kin word the echo stays a name
// ("con perla", "y celeste lloraba", "mi amiga perla").
//
// Guarantees: reads at most three tokens before and two after `i`; no
// allocation.
#ifndef AMPARO_REDACTION_ORDINARY_WORD_ECHOES_H_
#define AMPARO_REDACTION_ORDINARY_WORD_ECHOES_H_

#include <cstddef>
#include <string_view>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"

namespace amparo::redaction {

// True if the lower-case word token tk.tokens[i] of text is used as an
// ordinary word by the words around it (above). The caller checks that a
// dictionary has the word. `language` ("es", "en"...) says whether "a" and
// "le" are articles ("a robin", "le rosier") or take a person ("golpeó a
// celeste", "le pegaron").
bool ReadsAsOrdinaryWord(std::string_view text, std::string_view language, const text::Tokens& tk,
                         const NameLexicon& lexicon, size_t i);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_ORDINARY_WORD_ECHOES_H_
