// English companies, firms, banks and charities named after people: "Stevens
// Group", "Harper Logistics", "Parker & Sons", "Barnett, Cole and Ruiz LLP",
// "the Whitman Foundation", and a subject the sentence defines as one
// ("Holloway is a staffing agency that...", "Ross & Webb is a law firm"), and
// what a company became ("which later became Zillow in 2014").
// Legal advocates search testimonies for the employer, the bank or the
// charity; its name is no person of the testimony.
//
// Guarantees: only guessed names (detector "names") in English text are
// dropped, and only when the capitalized words they belong to, joined by
// nothing but spaces, '&', '-', "and" or a list's commas, end in a word that
// ends a company's name (Inc, LLC, Ltd, Group, Holdings, Bank, Foundation,
// Logistics...; not glued to a hyphen; "Sons" only after '&' or "and"), or when they open a
// sentence (or follow an opening phrase's comma) as its subject before "is
// a"/"was an", words that describe, and a noun of an organisation (company,
// firm, bank, agency, band, film...) that ends its phrase ("a bank teller",
// "a film and TV actor" keep the person), or come right after "which
// [later] became" with no possessive after them.
// A title, kin word or naming cue right before the words keeps them a person
// ("Mr. Parker & Sons"), and so does "Brothers" (a family). Also dropped: one
// word of no name list ending in a company word glued to it ("Citigroup",
// "Netosoft"), and a letterhead's line that holds only three surnames of the
// lists ("Owens, Duran and Oneal"; one may be a given name too, "Gordon,
// Webb and Lowe", not a given name alone, "Maria, Duran and Oneal"), when
// an address opens one of the next two lines and the line heads a letter
// (the text's first line, or its second after a greeting or a quoted name)
// or closes a signature block (a name's line, then a trade's, "Dana
// Whitfield" / "Claims adjuster", right above it); "I worked for Okonkwo",
// "Owens, Duran and Oneal beat us" and such a line further down a testimony
// under a sentence or a label keep their persons. A firm named after its
// partners with no company word ("Yates-Garner", "Sorensen & Lowe",
// "Barnett, Cole and Ruiz") is dropped where only a firm stands: after a
// job's "at", a person's name and "at"/"of"/"from" (not after "to"/"for"),
// a trade after "is a ... at", a post and "of", a firm's label, a noun of
// an organisation ending its clause, before "office" or "website"...;
// surnames that are given names too count ("Johnson-Smith"), a given name
// of no surname list or a compound given name ("Jean-Pierre") do not. Names listed at
// intake and every other finding are untouched. Each finding reads only the
// line around it, within a fixed reach, and only when the bytes after it can
// start such a phrase.
#ifndef AMPARO_REDACTION_COMPANY_NAMES_H_
#define AMPARO_REDACTION_COMPANY_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

// Removes such findings from *findings (English only; order is kept).
// `others`: the findings of the other detectors (the addresses a letterhead's
// firm stands above).
void KeepCompanyNames(std::string_view text, std::string_view language, const std::vector<Finding>& others,
                      std::vector<Finding>* findings);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_COMPANY_NAMES_H_
