// Shared helpers of the place-veto tests: a guessed person name over a word
// of a text, and the words still guessed as names once the veto has run.
#ifndef AMPARO_TESTS_REDACTION_PLACE_VETO_SUPPORT_H_
#define AMPARO_TESTS_REDACTION_PLACE_VETO_SUPPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"
#include "redaction/place_veto.h"

namespace amparo::redaction {

// The name detector's guess over the first `word` at or after `from`.
inline Finding Guess(std::string_view text, std::string_view word, size_t from = 0,
                     const char* detector = "names") {
  Finding f;
  f.begin = text.find(word, from);
  f.end = f.begin + word.size();
  f.type = IdentifierType::kPersonName;
  f.detector = detector;
  return f;
}

// The words of text that are still person findings after the veto, which
// sees `others` (addresses, listed names) beside them.
inline std::vector<std::string> Kept(std::string_view text, std::vector<Finding> findings,
                                     const std::vector<Finding>& others = {}) {
  VetoPlacesNamedAsPersons(text, PlaceGazetteer::Default(), others, &findings, /*french=*/false);
  std::vector<std::string> out;
  for (const Finding& f : findings) out.emplace_back(text.substr(f.begin, f.end - f.begin));
  return out;
}

}  // namespace amparo::redaction

#endif  // AMPARO_TESTS_REDACTION_PLACE_VETO_SUPPORT_H_
