// Month names of Spanish, English and French, folded (lower case, accents
// stripped: "fevrier", "aout"). Used by the passes that tell a date's month
// from a name or a town ("12 de marzo", "(Anenecuilco, 8 de agosto de 1879").
// The name lexicon's month class is wider (weekdays, holidays, "Day").
#ifndef AMPARO_REDACTION_MONTH_NAMES_H_
#define AMPARO_REDACTION_MONTH_NAMES_H_

#include <string_view>

namespace amparo::redaction {

// True if `folded` is the full name of a month in es, en or fr.
bool IsMonthName(std::string_view folded);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_MONTH_NAMES_H_
