// Person context: the words right before a name that say a person follows,
// not a place ("talked to Maurice", "con Guadalupe", "avec Lourdes", "I met
// Victoria", "vi a Florencia", "parlé à Maurice", "en casa de Guadalupe"). A
// given name that is also a town ("Florence", "Guadalupe", "Maurice") is
// read as a person there.
//
// The words are given folded (lower case, accents stripped: "à" -> "a",
// "hablé" -> "hable"). Only words that take a person and rarely a town are
// listed: "with" but not "in", "talked to" but not "went to", "vi a" but not
// "fui a".
#ifndef AMPARO_REDACTION_PERSON_CONTEXT_H_
#define AMPARO_REDACTION_PERSON_CONTEXT_H_

#include <string_view>

namespace amparo::redaction {

// True if `before` (the folded word right before a name) and `before_that`
// (the folded word before it, "" if none) say a person follows.
bool IsPersonContext(std::string_view before_that, std::string_view before);

// True if `after` (the folded word right after a given name that opens a
// sentence) is a Spanish object or reflexive pronoun, which with a verb
// after it makes the name the one who acted on someone: "Guadalupe nos dio
// comida", "Israel me ayudó", "Santiago se fue". The caller checks that a
// lower-case word follows. A town of the same name is rarely so.
bool IsPronounBeforeVerb(std::string_view after);

// True if the three folded lower-case words right after a one-word name
// ("" where there is none) say what only a person does or is: a verb of
// speaking ("dijo", "said", "dit"; Haitian "di" before a pronoun), what a
// body does ("lloró", "cried", "slept"), coming or going and how ("llegó
// tarde", "left early", "arrived alone"), or a copula, an optional "very"
// and a word of how a person was ("was kind", "fue muy buena", "était
// très gentille", "estaba embarazada"). A town neither speaks, cries nor
// comes late: "Guadalupe dijo que sí", "Florence left early" name a
// person; "Victoria fue peligrosa", "Florence was bombed" stay the town.
bool SaysWhatOnlyAPersonDoes(std::string_view first, std::string_view second, std::string_view third);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_PERSON_CONTEXT_H_
