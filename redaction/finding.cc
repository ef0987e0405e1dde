#include "redaction/finding.h"

#include <algorithm>

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

void AddPersonsOverlappingNothing(const std::vector<std::pair<size_t, size_t>>& added,
                                  const std::vector<Finding>& others, std::vector<Finding>* names) {
  if (added.empty()) return;
  size_t longest = 0;
  for (const auto& [begin, end] : added) longest = std::max(longest, end - begin);
  std::vector<char> overlapped(added.size(), 0);
  for (const std::vector<Finding>* list : {static_cast<const std::vector<Finding>*>(names), &others}) {
    for (const Finding& f : *list) {
      // The added spans that begin before f ends, back to those that begin
      // too early to reach past f's begin.
      size_t k = static_cast<size_t>(
          std::lower_bound(added.begin(), added.end(), std::make_pair(f.end, size_t{0})) - added.begin());
      while (k > 0 && added[k - 1].first + longest > f.begin) {
        --k;
        if (added[k].second > f.begin) overlapped[k] = 1;
      }
    }
  }
  for (size_t k = 0; k < added.size(); ++k) {
    if (!overlapped[k]) names->push_back(PersonFinding(added[k].first, added[k].second));
  }
}

}  // namespace amparo::redaction
