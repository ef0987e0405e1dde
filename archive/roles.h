// Role policy: which role may do what, and which consent scopes a role's
// searches and reads are limited to. One table, consulted by the archive
// for every call, so the web UI never decides access.
#ifndef AMPARO_ARCHIVE_ROLES_H_
#define AMPARO_ARCHIVE_ROLES_H_

#include <string>
#include <vector>

#include "archive/archive.h"

namespace amparo {

enum class Permission {
  kIntake,        // ingest, review queue (admin, reviewer)
  kRead,          // list, show, search, export within the role's scopes
  kManageConsent, // view/narrow/withdraw consent (admin)
  kManageUsers,   // (admin)
  kReadAudit,     // audit log, verify, reindex (admin)
};

bool RoleAllows(Role role, Permission p);
// Scopes a role may read; empty with all_scopes=true for admin.
std::vector<std::string> ReadableScopes(Role role, bool* all_scopes);
Status Require(const Actor& actor, Permission p);

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_ROLES_H_
