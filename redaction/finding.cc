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

void AddPersonsOverlappingNothing(const std::vector<std::pair<size_t, size_t>>& added,
                                  const std::vector<Finding>& others, std::vector<Finding>* names) {
  if (added.empty()) return;
  size_t longest = 0;
  for (const auto& [begin, end] : added) longest = std::max(longest, end - begin);
  std::vector<char> overlapped(added.size(), 0);
  // A filter before the search: one bit for each 64 bytes that an added
  // span touches (an empty one, the bytes on both sides of it), up to the
  // furthest end. A finding that shares a byte with an added span touches
  // a marked block; most findings touch none and are not searched for.
  size_t limit = 0;
  bool filter = true;  // an inverted span turns the filter off
  for (const auto& [begin, end] : added) {
    limit = std::max(limit, end);
    filter = filter && begin <= end;
  }
  std::vector<uint64_t> blocks(limit / (64 * 64) + 1, 0);
  for (const auto& [begin, end] : added) {
    const size_t last = std::min(std::max(end, begin + 1), limit) / 64;
    for (size_t k = (begin > 0 ? begin - 1 : 0) / 64; k <= last; ++k) blocks[k / 64] |= uint64_t{1} << (k % 64);
  }
  auto may_overlap = [&](const Finding& f) {
    if (!filter || f.begin >= f.end) return true;  // empty or inverted: searched as before
    if (f.begin > limit) return false;   // every added span ends before it
    const size_t last = std::min(f.end - 1, limit) / 64;
    for (size_t k = f.begin / 64; k <= last; ++k) {
      if ((blocks[k / 64] >> (k % 64)) & 1) return true;
    }
    return false;
  };
  for (const std::vector<Finding>* list : {static_cast<const std::vector<Finding>*>(names), &others}) {
    for (const Finding& f : *list) {
      if (!may_overlap(f)) continue;
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
