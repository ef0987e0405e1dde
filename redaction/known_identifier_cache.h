// KnownIdentifierCache keeps the last few KnownIdentifierDetectors built.
//
// Building one for a testimony's known identifiers (every name variant and
// diminutive, filed for KeyMatcher) costs some tens of microseconds; the
// same identifiers come back when a testimony is redacted again (a
// reviewer's edit, a re-render, a new version), so the Redactor asks this
// cache first. Entries are keyed by the full contents of the lists (never by
// a hash alone: a collision would apply one person's identifiers to
// another's testimony) and live only in memory. Thread-safe; a detector
// handed out stays valid after eviction.
#ifndef AMPARO_REDACTION_KNOWN_IDENTIFIER_CACHE_H_
#define AMPARO_REDACTION_KNOWN_IDENTIFIER_CACHE_H_

#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "redaction/known_identifier_detector.h"
#include "redaction/place_gazetteer.h"
#include "redaction/redactor.h"

namespace amparo::redaction {

class KnownIdentifierCache {
 public:
  // places as for KnownIdentifierDetector::Create; capacity >= 1 entries.
  KnownIdentifierCache(const PlaceGazetteer* places, size_t capacity);

  KnownIdentifierCache(const KnownIdentifierCache&) = delete;
  KnownIdentifierCache& operator=(const KnownIdentifierCache&) = delete;

  // The detector for known, built now or earlier; nullptr and *error if
  // it cannot be built.
  std::shared_ptr<const KnownIdentifierDetector> Get(const KnownIdentifiers& known,
                                                     std::string* error);

 private:
  using Entry = std::pair<std::string, std::shared_ptr<const KnownIdentifierDetector>>;

  const PlaceGazetteer* const places_;
  const size_t capacity_;
  std::mutex mu_;
  std::list<Entry> entries_;  // most recently used first
};

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_KNOWN_IDENTIFIER_CACHE_H_
