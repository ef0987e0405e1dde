#include "archive/roles.h"

namespace amparo {

const char* RoleName(Role r) {
  switch (r) {
    case Role::kAdmin: return "admin";
    case Role::kReviewer: return "reviewer";
    case Role::kLegal: return "legal";
    case Role::kComms: return "comms";
  }
  return "unknown";
}

bool ParseRole(std::string_view s, Role* r) {
  for (Role c : {Role::kAdmin, Role::kReviewer, Role::kLegal, Role::kComms}) {
    if (s == RoleName(c)) {
      *r = c;
      return true;
    }
  }
  return false;
}

bool RoleAllows(Role role, Permission p) {
  switch (p) {
    case Permission::kIntake: return role == Role::kAdmin || role == Role::kReviewer;
    case Permission::kRead: return role != Role::kReviewer;
    case Permission::kManageConsent:
    case Permission::kManageUsers:
    case Permission::kReadAudit: return role == Role::kAdmin;
  }
  return false;
}

std::vector<std::string> ReadableScopes(Role role, bool* all_scopes) {
  *all_scopes = role == Role::kAdmin;
  switch (role) {
    case Role::kLegal: return {"legal"};
    case Role::kComms: return {"publication"};
    default: return {};
  }
}

Status Require(const Actor& actor, Permission p) {
  if (RoleAllows(actor.role, p)) return Status::OK();
  return Status::PermissionDenied(std::string("the ") + RoleName(actor.role) +
                                  " role may not do this");
}

}  // namespace amparo
