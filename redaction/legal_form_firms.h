// Firms named before their legal form, in any language: "Sobotka GmbH",
// "Kowalczyk Sp. z o.o.", "Halvorsen AS", "Bianchi S.p.A.", "Novák s.r.o.",
// "Virtanen Oyj", "Moreau SARL". A surname of the lists, or a word of none,
// reads as a person to the name detector; the legal form after it says a
// company, which no person's name is followed by. Legal advocates search
// testimonies for the employer; its name is no person of the testimony.
//
// Guarantees: a guessed person name (detector "names") is dropped when the
// legal form, written as the registers write it (case matters: "AS", not
// "as"), follows it after one space, or is its last word; and only when
//  - the name is no given name of the lists followed by another word
//    ("Marta Sobotka GmbH", the owner, stays redacted), and no title, kin
//    word or naming cue comes right before it ("Mr. Halvorsen AS");
//  - the name is no word in capitals ("MARIA AS A CHILD": a shouted line);
//  - the legal form ends at a word's end ("ASAP", "AGM" are none), and a
//    form of two letters ("AG", "AB", "AS", "NV", "Oy") ends the clause:
//    punctuation or the text's end after it, as initials stand before a
//    verb ("She said Sobotka AG was the one who hit her");
//  - no word of the name is a word of a person finding kept ("Bianchi
//    S.p.A. de Luis Bianchi": the firm would give the surname away beside
//    the person's placeholder); such a finding is cut to the name, the
//    legal form left in clear.
// Names listed at intake and every other finding are untouched. Linear in
// the number of findings.
#ifndef AMPARO_REDACTION_LEGAL_FORM_FIRMS_H_
#define AMPARO_REDACTION_LEGAL_FORM_FIRMS_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

// Removes such findings from *findings; order is kept.
void KeepFirmsBeforeLegalForms(std::string_view text, std::vector<Finding>* findings);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_LEGAL_FORM_FIRMS_H_
