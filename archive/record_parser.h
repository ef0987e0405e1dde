// Reading the stored JSON of testimony and consent records fast: the records
// record_codec.h writes with nlohmann-json are parsed back with simdjson,
// which reads a multi-kilobyte testimony about twenty times faster (search
// answers decrypt and parse ten of them per request).
//
// Guarantee: for well-formed JSON, ParseTestimonyJson gives the Testimony
// that json::parse(text).get<Testimony>() gives, or fails (Corruption) where
// that throws: wrong types, missing "id", not an object; likewise
// ParseConsentJson for ConsentRecord. Unknown fields are ignored; a repeated
// field keeps its last value (only that one is read). Malformed JSON fails,
// except that a syntax error inside an unknown field's value, which is
// skipped, may go unnoticed. One difference on well-formed JSON: an integer
// too long for 64 bits anywhere fails here (simdjson) and is read as a
// double by the codec. Records read here are authenticated and written by
// record_codec, with no unknown field and no number, so neither can occur
// (tests/fuzz/record_fuzz checks the rest). The parser's buffers live only
// for the call.
#ifndef AMPARO_ARCHIVE_RECORD_PARSER_H_
#define AMPARO_ARCHIVE_RECORD_PARSER_H_

#include <string>

#include "archive/status.h"
#include "archive/testimony.h"

namespace amparo {

// `json` is read in place when its capacity leaves kPlaintextSlack bytes
// after its end (as OpenRecord's plaintexts do); otherwise from a padded copy,
// wiped afterwards.
Status ParseTestimonyJson(const std::string& json, Testimony* out);
Status ParseConsentJson(const std::string& json, ConsentRecord* out);

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_RECORD_PARSER_H_
