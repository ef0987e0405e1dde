// Export formats shared by the CLI and the web API, so both produce the same
// bytes: JSON Lines and CSV of a result set (legal advocates), and a Markdown
// story card with its consent terms (communications).
#ifndef AMPARO_ARCHIVE_EXPORT_FORMAT_H_
#define AMPARO_ARCHIVE_EXPORT_FORMAT_H_

#include <string>
#include <vector>

#include "archive/testimony.h"

namespace amparo {

std::string ExportJsonLine(const Testimony& t);  // one line, '\n' ended
std::string ExportCsvHeader();                   // CRLF ended
// RFC 4180 quoting and line ends; cells that a spreadsheet would run as a
// formula are prefixed with an apostrophe.
std::string ExportCsvRow(const Testimony& t);
std::string CsvField(const std::string& cell);
// Markdown, with the consent terms and the scopes honoured on `today`.
std::string ExportStoryCard(const Testimony& t, const std::string& today);

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_EXPORT_FORMAT_H_
