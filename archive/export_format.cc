#include "archive/export_format.h"

#include <nlohmann/json.hpp>

#include "archive/record_codec.h"

namespace amparo {

namespace {

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
  return out;
}

std::string CsvField(const std::string& s) {
  std::string out = "\"";
  if (!s.empty() && std::string("=+-@\t\r").find(s[0]) != std::string::npos) out += "'";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string Tag(const Testimony& t, const char* facet) {
  auto it = t.tags.find(facet);
  return it == t.tags.end() ? std::string() : Join(it->second, ";");
}

}  // namespace

std::string ExportJsonLine(const Testimony& t) { return nlohmann::json(t).dump() + "\n"; }

std::string ExportCsvHeader() {
  return "id,pseudonym,recorded_on,recorded_at,language,title,violence,perpetrator,places,consent_scopes,text\n";
}

std::string ExportCsvRow(const Testimony& t) {
  std::string row;
  for (const std::string& cell :
       {t.id, t.pseudonym, t.recorded_on, t.recorded_at, t.language, t.title, Tag(t, "violence"),
        Tag(t, "perpetrator"), Tag(t, "places"), Join(t.consent.scopes, ";"), t.text}) {
    row += (row.empty() ? "" : ",") + CsvField(cell);
  }
  return row + "\n";
}

std::string ExportStoryCard(const Testimony& t) {
  std::string card = "# " + (t.title.empty() ? std::string("Testimony") : t.title) + "\n\n";
  card += "*" + t.pseudonym + "* · " + t.recorded_on + (t.recorded_at.empty() ? "" : " · " + t.recorded_at) + "\n\n";
  card += t.text + "\n\n---\n\n";
  card += "**Consent:** " + Join(t.consent.scopes, ", ") + " — given " + t.consent.given_on + " (" +
          t.consent.method + ")";
  card += t.consent.expires_on.empty() ? ", no expiry" : ", expires " + t.consent.expires_on;
  card += ".  \nNames are pseudonyms and identifiers were removed. Reference: " + t.id + "\n";
  return card;
}

}  // namespace amparo
