// Teams named after their town in English posts and news: a town of some
// gazetteer, then a capitalized plural of no name list ("Chicago
// Blackhawks", "Boston Celtics", "New York Knicks"). The name detector
// reads the plural, or the town and the plural, as a person; a person's
// surname is a plural of the same shape only when the lists hold it or its
// singular ("Austin Roberts", "Jackson Rivers", "Cleveland Browns" stay
// redacted: when in doubt, redact), and a plural ending in "is", "as", "os"
// or "us" is read as a surname ("Boston Tsakalidis", "Memphis Cuevas").
//
// Guarantees: only guessed names (detector "names") of one line are
// dropped, and only those made of the plural alone or of the town and the
// plural; a title or naming cue before keeps them; names listed at intake
// and every other finding are untouched. Linear in the number of findings.
#ifndef AMPARO_REDACTION_TEAM_NAMES_H_
#define AMPARO_REDACTION_TEAM_NAMES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Removes from *findings the guessed names that are such teams; order is
// kept.
void KeepTeamsNamedAfterTowns(std::string_view text, const PlaceGazetteer& places, std::vector<Finding>* findings);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_TEAM_NAMES_H_
