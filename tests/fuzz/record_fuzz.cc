// Differential fuzzing of the fast record parser (simdjson) against the
// codec it must agree with (nlohmann-json), as record_parser.h promises:
// for well-formed JSON, ParseTestimonyJson and ParseConsentJson succeed
// exactly when the codec does, with the same record. The one difference the
// header documents, integers beyond 64 bits, is left out.
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "archive/record_codec.h"
#include "archive/record_parser.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

template <typename Record>
void Compare(const std::string& text, amparo::Status (*fast)(const std::string&, Record*)) {
  nlohmann::json parsed = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  Record fast_record;
  const amparo::Status s = fast(text, &fast_record);
  if (parsed.is_discarded()) return;  // malformed: only "no crash" is promised
  Record codec_record;
  bool codec_ok = true;
  try {
    codec_record = parsed.get<Record>();
  } catch (const nlohmann::json::exception&) {
    codec_ok = false;
  }
  if (s.ok() != codec_ok) {
    std::fprintf(stderr, "fast parser %s, codec %s\n", s.ok() ? "accepts" : "refuses",
                 codec_ok ? "accepts" : "refuses");
  }
  FUZZ_CHECK(s.ok() == codec_ok);
  if (!codec_ok) return;
  nlohmann::json a = fast_record, b = codec_record;
  FUZZ_CHECK(a == b);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  // nlohmann's lexer takes a 0 byte for the end of the input, simdjson
  // refuses it; records as stored never hold one.
  if (text.find('\0') != std::string::npos) return 0;
  size_t digits = 0;
  for (char c : text) {
    digits = (c >= '0' && c <= '9') ? digits + 1 : 0;
    if (digits >= 19) return 0;  // may not fit 64 bits: see record_parser.h
  }
  Compare<amparo::Testimony>(text, &amparo::ParseTestimonyJson);
  Compare<amparo::ConsentRecord>(text, &amparo::ParseConsentJson);
  return 0;
}
