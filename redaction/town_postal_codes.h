// A town before its postal code: "in Quinta de São Tiago 3610-114", "in
// Torres Vedras 2560-301", "in Santa Maria da Feira 4520-123". Where a
// preposition of place ("in", "en", "à", "from", "near") opens a run of
// capitalized words and particles ("de", "da", "do"...) that ends right
// before a postal code (Portugal's four digits, a hyphen and three, Poland's
// two and three, or five digits), the run is the town, whatever given names
// or surnames it holds: a person's name is not followed by a postal code
// after "in". The name detector's guessed person names inside such a run
// are dropped. A title in the run (it stops at "Mr." or "Dr."), a phone's
// shape after it ("555-1234"), an amount's five digits (a lower-case word
// of no function list, "$" or "€" after them: "from Juan Pérez 15000
// pesos"), a line break or no preposition before it leave the names.
// Linear in the number of findings: each reads at most five words either
// side.
#ifndef AMPARO_REDACTION_TOWN_POSTAL_CODES_H_
#define AMPARO_REDACTION_TOWN_POSTAL_CODES_H_

#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

// Removes from *findings the guessed person names (detector "names") that
// lie in a town's run before its postal code, as above. The order of the
// others is kept.
void DropTownsBeforePostalCodes(std::string_view text, std::vector<Finding>* findings);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_TOWN_POSTAL_CODES_H_
