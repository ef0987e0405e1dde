#include "archive/intake.h"

#include <nlohmann/json.hpp>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <set>

namespace amparo {

using nlohmann::json;

bool IsValidUtf8(std::string_view s, size_t* bad_offset) {
  size_t i = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  while (i < s.size()) {
    unsigned char c = p[i];
    size_t n = 0;
    uint32_t cp = 0;
    if (c < 0x80) { ++i; continue; }
    if ((c & 0xE0) == 0xC0) { n = 1; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { n = 2; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { n = 3; cp = c & 0x07; }
    else { if (bad_offset) *bad_offset = i; return false; }
    for (size_t k = 1; k <= n; ++k) {
      if (i + k >= s.size() || (p[i + k] & 0xC0) != 0x80) { if (bad_offset) *bad_offset = i; return false; }
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    bool overlong = (n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    i += n + 1;
  }
  return true;
}

std::string NormalizeCaseCode(std::string_view case_code) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
  std::string folded;
  if (U_SUCCESS(err)) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(case_code.data(), case_code.size()));
    icu::UnicodeString n = nfkc->normalize(u, err);
    if (U_SUCCESS(err)) n.toUTF8String(folded);
  }
  if (!U_SUCCESS(err)) folded.assign(case_code);
  std::string out;
  for (char c : folded) {
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) out.push_back(c);
    else if (c >= 'a' && c <= 'z') out.push_back(static_cast<char>(c - 'a' + 'A'));
  }
  return out;
}

namespace {

// A misspelt field name is worth showing ("pseudonim"); anything else in a
// key's place is content and is not repeated back.
bool LooksLikeFieldName(const std::string& key) {
  if (key.empty() || key.size() > 32) return false;
  for (char c : key) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

Status CheckKeys(const json& obj, const std::string& where, const std::set<std::string>& allowed) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    if (!allowed.count(it.key())) {
      return Status::InvalidArgument(
          where + (LooksLikeFieldName(it.key()) ? "unknown field \"" + it.key() + "\""
                                                 : std::string("unknown field")));
    }
  }
  return Status::OK();
}

Status GetString(const json& obj, const char* key, const std::string& where, bool required,
                 std::string* out) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) {
    if (required) return Status::InvalidArgument("missing field \"" + where + key + "\"");
    return Status::OK();
  }
  if (!it->is_string()) return Status::InvalidArgument("field \"" + where + key + "\" must be a string");
  *out = it->get<std::string>();
  if (required && out->empty()) return Status::InvalidArgument("field \"" + where + key + "\" is empty");
  return Status::OK();
}

Status GetStringList(const json& obj, const char* key, const std::string& where,
                     std::vector<std::string>* out) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return Status::OK();
  if (!it->is_array()) return Status::InvalidArgument("field \"" + where + key + "\" must be a list of strings");
  for (const auto& v : *it) {
    if (!v.is_string()) return Status::InvalidArgument("field \"" + where + key + "\" must be a list of strings");
    if (!v.get<std::string>().empty()) out->push_back(v.get<std::string>());
  }
  return Status::OK();
}

}  // namespace

Status ParseIntakeJson(std::string_view text, size_t max_text_bytes, IntakeRecord* out) {
  size_t bad = 0;
  if (!IsValidUtf8(text, &bad)) {
    return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(bad));
  }
  json j;
  try {
    j = json::parse(text);
  } catch (const json::parse_error& e) {
    // e.byte is a position; the message never quotes content.
    return Status::InvalidArgument("malformed JSON at byte " + std::to_string(e.byte));
  } catch (const json::exception&) {
    // out_of_range: a number too large for a double ("1e999").
    return Status::InvalidArgument("malformed JSON: a number is out of range");
  }
  if (!j.is_object()) return Status::InvalidArgument("a testimony must be a JSON object");
  AMPARO_RETURN_IF_ERROR(CheckKeys(j, "", {"case_code", "pseudonym", "language", "recorded_on",
                                           "recorded_at", "title", "text", "known_identifiers",
                                           "tags", "consent"}));
  IntakeRecord r;
  if (!j.contains("consent") || j["consent"].is_null()) {
    return Status::InvalidArgument("missing consent record: no consent, no intake");
  }
  AMPARO_RETURN_IF_ERROR(GetString(j, "case_code", "", true, &r.case_code));
  AMPARO_RETURN_IF_ERROR(GetString(j, "pseudonym", "", true, &r.pseudonym));
  AMPARO_RETURN_IF_ERROR(GetString(j, "language", "", true, &r.language));
  AMPARO_RETURN_IF_ERROR(GetString(j, "recorded_on", "", true, &r.recorded_on));
  AMPARO_RETURN_IF_ERROR(GetString(j, "recorded_at", "", false, &r.recorded_at));
  AMPARO_RETURN_IF_ERROR(GetString(j, "title", "", false, &r.title));
  AMPARO_RETURN_IF_ERROR(GetString(j, "text", "", true, &r.text));

  if (auto it = j.find("known_identifiers"); it != j.end() && !it->is_null()) {
    if (!it->is_object()) return Status::InvalidArgument("field \"known_identifiers\" must be an object");
    AMPARO_RETURN_IF_ERROR(CheckKeys(*it, "known_identifiers: ",
                                     {"names", "nicknames", "phones", "emails", "other"}));
    auto& k = r.known_identifiers;
    AMPARO_RETURN_IF_ERROR(GetStringList(*it, "names", "known_identifiers.", &k.names));
    AMPARO_RETURN_IF_ERROR(GetStringList(*it, "nicknames", "known_identifiers.", &k.nicknames));
    AMPARO_RETURN_IF_ERROR(GetStringList(*it, "phones", "known_identifiers.", &k.phones));
    AMPARO_RETURN_IF_ERROR(GetStringList(*it, "emails", "known_identifiers.", &k.emails));
    AMPARO_RETURN_IF_ERROR(GetStringList(*it, "other", "known_identifiers.", &k.other));
  }
  if (auto it = j.find("tags"); it != j.end() && !it->is_null()) {
    if (!it->is_object()) return Status::InvalidArgument("field \"tags\" must be an object");
    AMPARO_RETURN_IF_ERROR(CheckKeys(*it, "tags: ", {"violence", "perpetrator", "places"}));
    for (const char* facet : {"violence", "perpetrator", "places"}) {
      std::vector<std::string> values;
      AMPARO_RETURN_IF_ERROR(GetStringList(*it, facet, "tags.", &values));
      if (!values.empty()) r.tags[facet] = values;
    }
  }
  const json& c = j["consent"];
  if (!c.is_object()) return Status::InvalidArgument("field \"consent\" must be an object");
  AMPARO_RETURN_IF_ERROR(CheckKeys(c, "consent: ", {"scopes", "given_on", "method", "recorded_by",
                                                    "expires_on"}));
  AMPARO_RETURN_IF_ERROR(GetStringList(c, "scopes", "consent.", &r.consent.scopes));
  AMPARO_RETURN_IF_ERROR(GetString(c, "given_on", "consent.", true, &r.consent.given_on));
  AMPARO_RETURN_IF_ERROR(GetString(c, "method", "consent.", true, &r.consent.method));
  AMPARO_RETURN_IF_ERROR(GetString(c, "recorded_by", "consent.", true, &r.consent.recorded_by));
  AMPARO_RETURN_IF_ERROR(GetString(c, "expires_on", "consent.", false, &r.consent.expires_on));
  std::sort(r.consent.scopes.begin(), r.consent.scopes.end());
  r.consent.scopes.erase(std::unique(r.consent.scopes.begin(), r.consent.scopes.end()),
                         r.consent.scopes.end());
  AMPARO_RETURN_IF_ERROR(ValidateIntake(r, max_text_bytes));
  *out = std::move(r);
  return Status::OK();
}

Status ValidateIntake(const IntakeRecord& r, size_t max_text_bytes) {
  static const std::set<std::string> kLanguages = {"es", "en", "fr", "ht"};
  if (r.case_code.empty()) return Status::InvalidArgument("missing field \"case_code\"");
  if (NormalizeCaseCode(r.case_code).size() < 4) {
    return Status::InvalidArgument("field \"case_code\" needs at least 4 letters or digits");
  }
  if (r.pseudonym.empty()) return Status::InvalidArgument("missing field \"pseudonym\"");
  if (!kLanguages.count(r.language)) {
    return Status::InvalidArgument("field \"language\" must be one of es, en, fr, ht");
  }
  if (!IsValidMonth(r.recorded_on)) {
    return Status::InvalidArgument("field \"recorded_on\" must be a month YYYY-MM");
  }
  if (r.text.empty()) return Status::InvalidArgument("field \"text\" is empty");
  if (r.text.size() > max_text_bytes) {
    return Status::ResourceExhausted("field \"text\" is " + std::to_string(r.text.size()) +
                                     " bytes, above the limit of " + std::to_string(max_text_bytes));
  }
  for (const std::string* s : {&r.case_code, &r.pseudonym, &r.recorded_at, &r.title, &r.text}) {
    size_t bad = 0;
    if (!IsValidUtf8(*s, &bad)) return Status::InvalidArgument("invalid UTF-8 in a text field");
  }
  Status c = r.consent.Validate();
  if (!c.ok()) return c;
  return Status::OK();
}

}  // namespace amparo
