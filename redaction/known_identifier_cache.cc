#include "redaction/known_identifier_cache.h"

namespace amparo::redaction {
namespace {

// Every list with every string length-prefixed: two different sets of
// lists never give the same key.
std::string CacheKey(const KnownIdentifiers& known) {
  std::string key;
  for (const auto* list : {&known.survivor_names, &known.other_names, &known.phones,
                           &known.emails, &known.case_codes, &known.other}) {
    key += std::to_string(list->size());
    key.push_back(';');
    for (const std::string& item : *list) {
      key += std::to_string(item.size());
      key.push_back(':');
      key += item;
    }
  }
  return key;
}

}  // namespace

KnownIdentifierCache::KnownIdentifierCache(const PlaceGazetteer* places, size_t capacity)
    : places_(places), capacity_(capacity > 0 ? capacity : 1) {}

std::shared_ptr<const KnownIdentifierDetector> KnownIdentifierCache::Get(
    const KnownIdentifiers& known, std::string* error) {
  std::string key = CacheKey(known);
  {
    std::lock_guard<std::mutex> lock(mu_);
    for (auto it = entries_.begin(); it != entries_.end(); ++it) {
      if (it->first == key) {
        entries_.splice(entries_.begin(), entries_, it);
        return entries_.front().second;
      }
    }
  }
  // Compiled outside the lock: other threads keep redacting meanwhile. Two
  // threads may compile the same lists at once; both results are equal.
  std::shared_ptr<const KnownIdentifierDetector> detector =
      KnownIdentifierDetector::Create(known, places_, error);
  if (!detector) return nullptr;
  std::lock_guard<std::mutex> lock(mu_);
  entries_.emplace_front(std::move(key), detector);
  while (entries_.size() > capacity_) entries_.pop_back();
  return detector;
}

}  // namespace amparo::redaction
