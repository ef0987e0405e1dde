// Common Spanish, English and French diminutives and hypocorisms of given
// names (Jesús -> Chuy, José -> Pepe, Guadalupe -> Lupita...), so that a
// known name is also removed where the testimony uses the familiar form.
//
// Source: compiled by hand for this project from general knowledge of
// hypocorisms in Mexican and Central American Spanish (cf. the lists in
// es.wikipedia.org "Hipocorístico" and en.wikipedia.org "Hypocorism");
// it is a short list of the common forms, not an exhaustive dictionary.
#ifndef AMPARO_REDACTION_DIMINUTIVES_H_
#define AMPARO_REDACTION_DIMINUTIVES_H_

#include <string>
#include <string_view>
#include <vector>

namespace amparo::redaction {

// Other forms of a given name, folded (lower case, no accents): for a full
// name its diminutives, for a diminutive its full names, plus the regular
// Spanish -ito/-ita forms when `with_suffixes`. Does not include
// `folded_name` itself.
std::vector<std::string> NameVariants(std::string_view folded_name,
                                      bool with_suffixes = true);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_DIMINUTIVES_H_
