#include "redaction/finding.h"

#include <algorithm>
#include <cstdint>

namespace amparo::redaction {

std::string_view IdentifierTypeName(IdentifierType type) {
  switch (type) {
    case IdentifierType::kSurvivorName: return "survivor";
    case IdentifierType::kPersonName: return "person";
    case IdentifierType::kPhone: return "phone";
    case IdentifierType::kEmail: return "email";
    case IdentifierType::kIdNumber: return "id-number";
    case IdentifierType::kPaymentCard: return "payment-card";
    case IdentifierType::kIban: return "iban";
    case IdentifierType::kIpAddress: return "ip-address";
    case IdentifierType::kUrl: return "url";
    case IdentifierType::kSocialHandle: return "social-handle";
    case IdentifierType::kAddress: return "address";
    case IdentifierType::kVehiclePlate: return "vehicle-plate";
    case IdentifierType::kDateOfBirth: return "date";
    case IdentifierType::kAge: return "age";
    case IdentifierType::kGpsCoordinates: return "gps";
    case IdentifierType::kOther: return "other";
  }
  return "unknown";
}

void SortFindingsByPlace(std::vector<Finding>* findings) {
  auto by_place = [](const Finding& a, const Finding& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  };
  bool fits = true;
  for (const Finding& f : *findings) fits = fits && f.begin <= UINT32_MAX && f.end <= UINT32_MAX;
  if (!fits) {
    std::sort(findings->begin(), findings->end(), by_place);
    return;
  }
  // begin, then UINT32_MAX - end: one integer compares as by_place does.
  // Sorting these 16-byte keys instead of the 40-byte findings halves the
  // cost of merging a long text's findings.
  struct Key {
    uint64_t place;
    uint32_t index;
  };
  std::vector<Key> keys(findings->size());
  for (size_t i = 0; i < keys.size(); ++i) {
    const Finding& f = (*findings)[i];
    keys[i] = {(static_cast<uint64_t>(f.begin) << 32) | (UINT32_MAX - static_cast<uint64_t>(f.end)),
               static_cast<uint32_t>(i)};
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) { return a.place < b.place; });
  std::vector<Finding> sorted;
  sorted.reserve(keys.size());
  for (const Key& k : keys) sorted.push_back((*findings)[k.index]);
  *findings = std::move(sorted);
}

}  // namespace amparo::redaction
