// Parsing and validating intake records (JSON), shared by `amparo ingest`
// and POST /api/intake so that files, the CLI and the API agree.
//
// Strict: unknown fields, missing required fields, wrong types, invalid
// UTF-8, an unknown consent scope, a missing consent record or text above
// the size limit are errors with a message naming the field. Messages never
// quote the offending content.
#ifndef AMPARO_ARCHIVE_INTAKE_H_
#define AMPARO_ARCHIVE_INTAKE_H_

#include <string>
#include <string_view>

#include "archive/status.h"
#include "archive/testimony.h"

namespace amparo {

Status ParseIntakeJson(std::string_view json, size_t max_text_bytes, IntakeRecord* out);
Status ValidateIntake(const IntakeRecord& record, size_t max_text_bytes);
bool IsValidUtf8(std::string_view s, size_t* bad_offset = nullptr);
// The form of a case code that is hashed for look-up: Unicode NFKC, then
// only ASCII letters and digits, upper-cased ("cai–2025 0999" and
// "CAI-2025-0999" are the same case). Empty if nothing is left.
std::string NormalizeCaseCode(std::string_view case_code);

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_INTAKE_H_
