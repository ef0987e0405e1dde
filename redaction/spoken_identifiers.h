// E-mail addresses and phone numbers spoken aloud and typed as heard: staff
// transcribe interviews, and a survivor dictates "juan punto perez arroba
// hotmail punto com" or "cinco cinco, dos tres, cuatro cinco...". The
// pattern rules read only the written forms.
//
// E-mail: words joined by "punto", "dot", "point", "guion"... before
// "arroba", "arobase" or "at", then the domain's words joined the same way;
// letters spelled one by one before it ("jota u a ene arroba...") with it.
// After "arroba" or "arobase" that is enough; after English "at" the domain
// must end in a top-level domain or be a mail provider's ("at gmail dot
// com"), so "we met at church" stays.
// Phone: a run of numbers written in words (Spanish, English, French,
// Haitian Creole: "cinco cinco", "cincuenta y cinco", "fifty five",
// "soixante-dix-huit", "senk senk de twa"), with digit groups among them,
// separated by spaces, commas, dots or hyphens, that spells seven to
// fifteen digits in at least three groups of words. "cincuenta y cinco" is
// two digits, "cinco" one. Fewer digits ("éramos cinco, dos niños y tres
// mujeres") are no phone. Haitian words are read in Haitian and French
// text; "de" (2) and "en" (1) count only in a run that has a number word of
// Haitian only, or right before one.
// A phone typed glued to a name ("Pedro5512345678", "rosa_5512345678"):
// eight to thirteen digits at one end of a word, letters (one in lower
// case) at the other; the finding covers both.
//
// Guarantees: findings (detector "pattern", type kEmail or kPhone) start and
// end on word boundaries. Linear in the text (RE2).
#ifndef AMPARO_REDACTION_SPOKEN_IDENTIFIERS_H_
#define AMPARO_REDACTION_SPOKEN_IDENTIFIERS_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

// Appends to *findings the spoken e-mails and phones of text. Haitian
// number words are read when `language` is Haitian Creole or French.
void AddSpokenIdentifiers(std::string_view text, std::vector<Finding>* findings, std::string_view language = "");

// The two halves, apart (for benchmarks).
void AddSpokenEmails(std::string_view text, std::vector<Finding>* findings);
void AddSpokenPhones(std::string_view text, std::vector<Finding>* findings, std::string_view language = "");

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_SPOKEN_IDENTIFIERS_H_
