// A person named once is named everywhere. When the redactor, after every
// keep-rule, still redacts a span of words as a person, each other mention
// of the same name in the text is that person too, even where a keep-rule
// read it as an organisation, a company, a park, a place or an ordinary
// word ("The coyote was Daniel Park ... We stayed at Daniel Park", "Morelos
// se llevó las mochilas ... Morelos nos ayudó", "my son, which later became
// Pedro" after "Pedro Gómez"): a name left in clear next to its placeholder
// undoes the redaction of every other mention.
//
// What propagates: person findings of the name detector's passes with
// confidence 0.7 or more (a cue, a name list, an act, the model); names
// listed at intake need nothing (their detector finds every variant). A
// one-word finding that is an ordinary word ("Paz me dijo") needs 0.9.
//
// Where:
//  - the same words, case and accents folded, whole and in the same order,
//    of a finding of two words or more, written with a capital: everywhere
//    (the person wins over "Daniel Park" the park);
//  - one word alone: a given name or surname of such a finding, or the
//    word of a one-word finding, capitalized (in capitals only a word no
//    dictionary has), standing alone (no capitalized word next to it on
//    its line: "San Martín de Porres", "Lincoln Park" are other names), no
//    function, cue, title, month, organisation or institution word, and no
//    ordinary word unless it was a one-word finding, and then only
//    mid-sentence and after no article or preposition ("se fue la luz",
//    "Luz del Mundo", "la Paz" stay); a place of the gazetteer
//    ("Juárez", "Morelos") not where the words before it say a place
//    ("en Juárez", "la ciudad de Morelos", "Jackson, Mississippi").
// Lower-case words are the name detector's (its echo reads them with
// ordinary_word_echoes.h). An added finding copies its source's type and
// group, so the renderer gives it the same placeholder; a finding inside a
// listed organisation's name is dropped as KeepOrganisationNames drops it.
//
// Guarantees: one pass over the text's word runs (only capitalized words
// whose first letter starts a name are folded), a hash look-up per such
// word and at most kMaxSourcesPerWord names compared there; linear in the
// text. Nothing when no finding propagates.
#ifndef AMPARO_REDACTION_CONSISTENT_PERSON_NAMES_H_
#define AMPARO_REDACTION_CONSISTENT_PERSON_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Appends to *names a finding for each mention above that no finding of
// *names or `others` covers. *names are the person findings left after
// the keep-rules; `others` the other detectors' findings.
void AddEveryMentionOfFoundNames(std::string_view text, const PlaceGazetteer& places,
                                 const std::vector<Finding>& others, std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_CONSISTENT_PERSON_NAMES_H_
