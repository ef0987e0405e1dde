#include "redaction/finding.h"

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

}  // namespace amparo::redaction
