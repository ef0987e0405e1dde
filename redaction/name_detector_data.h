// Access to the word lists and gazetteers the redaction module ships
// (redaction/data/, see data/SOURCES.md). They are compiled into the binary
// at build time, so the installed program needs no data directory.
#ifndef AMPARO_REDACTION_NAME_DETECTOR_DATA_H_
#define AMPARO_REDACTION_NAME_DETECTOR_DATA_H_

#include <string_view>

namespace amparo::redaction::data {

// The contents of redaction/data/<name> (e.g. "places.tsv"), or an empty
// view if no such file was embedded. The view lives as long as the program.
std::string_view EmbeddedFile(std::string_view name);

}  // namespace amparo::redaction::data

#endif  // AMPARO_REDACTION_NAME_DETECTOR_DATA_H_
