// Fuzzes the strict intake parser shared by `amparo ingest` and
// POST /api/intake.
//
// Properties checked on every input:
//  - a refusal carries a message, and the message never quotes the input's
//    content (seeds carry the marker "Xq7" in their values: no message may
//    hold it);
//  - an accepted record passes validation again, its text is valid UTF-8 and
//    within the size limit.
#include <cstdint>
#include <string>
#include <string_view>

#include "archive/intake.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  constexpr size_t kMaxText = 4096;
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  amparo::IntakeRecord record;
  amparo::Status s = amparo::ParseIntakeJson(json, kMaxText, &record);
  if (!s.ok()) {
    const std::string message = s.ToString();
    FUZZ_CHECK(!message.empty());
    FUZZ_CHECK(message.find("Xq7") == std::string::npos);
    return 0;
  }
  FUZZ_CHECK(amparo::ValidateIntake(record, kMaxText).ok());
  FUZZ_CHECK(amparo::IsValidUtf8(record.text));
  FUZZ_CHECK(record.text.size() <= kMaxText);
  return 0;
}
