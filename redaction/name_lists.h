// The name detector lexicon's lists of names as one mask, for the passes
// that add a name no list holds: a word that no list but these marks (no
// function word, month, title, place word, organisation word...) may be
// someone's ("Imo nos llevó", "Atte. Kwesi Boateng", "Vojtech, 3 de mayo").
#ifndef AMPARO_REDACTION_NAME_LISTS_H_
#define AMPARO_REDACTION_NAME_LISTS_H_

#include <cstdint>

#include "redaction/name_detector_lexicon.h"

namespace amparo::redaction {

// Given names, surnames, words seen as persons' tokens, and the names the
// project listed for people on the route.
inline constexpr uint32_t kNameLists = kGivenName | kSurname | kNameWord | kRouteName;

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_NAME_LISTS_H_
