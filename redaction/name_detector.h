// NameDetector finds names of people nobody listed at intake.
//
// It works on Spanish, English, French and Haitian Creole text with given-name
// and surname gazetteers, context cues ("me llamo", "my name is",
// "je m'appelle", "X, a 42-year-old"), capitalization, and word lists that
// tell ordinary words from names. Place names (see PlaceGazetteer) are never
// reported as people. Its data ships in redaction/data/ and is loaded once;
// Find() is const and thread-safe. A long text is read in windows of about
// 64 KB cut between sentences, so its working memory stays bounded; the
// findings are the same as for the text read at once.
#ifndef AMPARO_REDACTION_NAME_DETECTOR_H_
#define AMPARO_REDACTION_NAME_DETECTOR_H_

#include <memory>
#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

class NameDetector {
 public:
  // Loads the shipped gazetteers (compiled into the binary or read from
  // the data directory configured at build time). Never fails silently:
  // returns nullptr and sets *error if the data cannot be loaded.
  static std::unique_ptr<NameDetector> Create(std::string* error);
  virtual ~NameDetector() = default;

  // language: "es", "en", "fr", "ht" or "" (unknown: try all).
  // Returns kPersonName findings; text must be valid UTF-8.
  virtual std::vector<Finding> Find(std::string_view text,
                                    std::string_view language) const = 0;
};

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_NAME_DETECTOR_H_
