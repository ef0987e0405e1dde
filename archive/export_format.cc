#include "archive/export_format.h"

#include <nlohmann/json.hpp>

#include "archive/record_codec.h"

namespace amparo {

namespace {

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += sep;
    out += v[i];
  }
  return out;
}

}  // namespace

std::string CsvField(const std::string& s) {
  std::string out = "\"";
  if (!s.empty() && std::string("=+-@\t\r").find(s[0]) != std::string::npos) out += "'";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

namespace {

std::string Tag(const Testimony& t, const char* facet) {
  auto it = t.tags.find(facet);
  return it == t.tags.end() ? std::string() : Join(it->second, ";");
}

}  // namespace

std::string ExportJsonLine(const Testimony& t) { return nlohmann::json(t).dump() + "\n"; }

std::string ExportCsvHeader() {
  return "id,pseudonym,title,language,recorded_on,recorded_at,violence,perpetrator,places,"
         "consent_scopes,consent_expires_on,text\r\n";
}

std::string ExportCsvRow(const Testimony& t) {
  std::string row;
  for (const std::string& cell :
       {t.id, t.pseudonym, t.title, t.language, t.recorded_on, t.recorded_at, Tag(t, "violence"),
        Tag(t, "perpetrator"), Tag(t, "places"), Join(t.consent.scopes, " "), t.consent.expires_on, t.text}) {
    if (!row.empty()) row += ',';
    row += CsvField(cell);
  }
  return row + "\r\n";  // RFC 4180 line ends
}

std::string ExportStoryCard(const Testimony& t, const std::string& today) {
  // Appends rather than chained operator+: GCC 12 warns falsely (-Wrestrict) on the latter.
  std::string card;
  for (const std::string& piece :
       {std::string("# "), t.title, std::string("\n\n*"), t.pseudonym, std::string("* — "), t.recorded_at,
        std::string(", "), t.recorded_on, std::string(" ("), t.language, std::string(")\n\n"), t.text,
        std::string("\n\n---\n\n**Consent / Consentimiento**\n\n- Scopes granted: "), Join(t.consent.scopes, ", "),
        std::string("\n- Scopes honoured today ("), today, std::string("): "),
        Join(t.consent.ActiveScopes(today), ", "), std::string("\n- Given on: "), t.consent.given_on,
        std::string(" ("), t.consent.method, std::string(")\n- Expires on: "),
        t.consent.expires_on.empty() ? std::string("no expiry") : t.consent.expires_on,
        std::string("\n- Testimony id: "), t.id,
        std::string("\n\nNames and identifiers have been replaced. Check the consent terms before each use; "
                    "consent can be withdrawn at any time.\n")}) {
    card += piece;
  }
  return card;
}

}  // namespace amparo
