// Venues one meets at, in English posts: a bar, club or hall named by a
// word of no name list ("Betta be at Elements tonight", "Catch us at the
// Shadowbox this Friday"), which the name detector reads as a person.
// Only "at" (or "at the") after a word of meeting or being somewhere stands
// before it: "be", "us", "you", "me", "im", with at most one word of time
// between ("see you tonight at"); a person stands there only as a home,
// written with a possessive ("be at Kevin's"), which keeps the name. After
// it come a word of time, "for", or the sentence's end. A run holding a
// given name or surname of the lists stays a person ("be at Jessica
// tonight", "see you at Morgan Le Fays", "meet me at Gomez tonight": posts
// drop the possessive of a home); when in doubt, redact.
//
// Guarantees: only guessed names (detector "names") on one line are
// dropped; names listed at intake and every other finding are untouched.
// Linear in the number of findings.
#ifndef AMPARO_REDACTION_VENUE_NAMES_H_
#define AMPARO_REDACTION_VENUE_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

// Removes from *findings the guessed names that are such venues; order is
// kept. For English text.
void KeepVenuesOneMeetsAt(std::string_view text, std::vector<Finding>* findings);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_VENUE_NAMES_H_
