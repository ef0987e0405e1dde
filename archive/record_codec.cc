#include "archive/record_codec.h"

namespace amparo {

using nlohmann::json;

void to_json(json& j, const ConsentRecord& c) {
  j = json{{"scopes", c.scopes}, {"given_on", c.given_on}, {"method", c.method},
           {"recorded_by", c.recorded_by}};
  if (!c.expires_on.empty()) j["expires_on"] = c.expires_on;
}
void from_json(const json& j, ConsentRecord& c) {
  c.scopes = j.at("scopes").get<std::vector<std::string>>();
  c.given_on = j.value("given_on", "");
  c.method = j.value("method", "");
  c.recorded_by = j.value("recorded_by", "");
  c.expires_on = j.value("expires_on", "");
}

void to_json(json& j, const ProposedRedaction& r) {
  j = json{{"begin", r.begin},           {"end", r.end},
           {"type", r.type},             {"detector", r.detector},
           {"confidence", r.confidence}, {"replacement", r.replacement}};
}
void from_json(const json& j, ProposedRedaction& r) {
  r.begin = j.at("begin").get<size_t>();
  r.end = j.at("end").get<size_t>();
  r.type = j.value("type", "");
  r.detector = j.value("detector", "");
  r.confidence = j.value("confidence", 1.0f);
  r.replacement = j.value("replacement", "");
}

void to_json(json& j, const KnownIdentifierList& k) {
  j = json{{"names", k.names}, {"nicknames", k.nicknames}, {"phones", k.phones},
           {"emails", k.emails}, {"other", k.other}};
}
void from_json(const json& j, KnownIdentifierList& k) {
  k.names = j.value("names", std::vector<std::string>{});
  k.nicknames = j.value("nicknames", std::vector<std::string>{});
  k.phones = j.value("phones", std::vector<std::string>{});
  k.emails = j.value("emails", std::vector<std::string>{});
  k.other = j.value("other", std::vector<std::string>{});
}

void to_json(json& j, const Testimony& t) {
  j = json{{"id", t.id},       {"pseudonym", t.pseudonym},     {"language", t.language},
           {"recorded_on", t.recorded_on}, {"recorded_at", t.recorded_at}, {"title", t.title},
           {"text", t.text},   {"tags", t.tags},               {"consent", t.consent},
           {"approved_at", t.approved_at}};
}
void from_json(const json& j, Testimony& t) {
  t.id = j.at("id").get<std::string>();
  t.pseudonym = j.value("pseudonym", "");
  t.language = j.value("language", "");
  t.recorded_on = j.value("recorded_on", "");
  t.recorded_at = j.value("recorded_at", "");
  t.title = j.value("title", "");
  t.text = j.value("text", "");
  t.tags = j.value("tags", Tags{});
  if (j.contains("consent")) t.consent = j["consent"].get<ConsentRecord>();
  t.approved_at = j.value("approved_at", "");
}

void to_json(json& j, const PendingTestimony& p) {
  j = json{{"id", p.id},
           {"pseudonym", p.pseudonym},
           {"language", p.language},
           {"recorded_on", p.recorded_on},
           {"recorded_at", p.recorded_at},
           {"title", p.title},
           {"original_text", p.original_text},
           {"redacted_text", p.redacted_text},
           {"redactions", p.redactions},
           {"tags", p.tags},
           {"consent", p.consent},
           {"received_at", p.received_at},
           {"known_identifiers", p.known_identifiers},
           {"case_code", p.case_code}};
}
void from_json(const json& j, PendingTestimony& p) {
  p.id = j.at("id").get<std::string>();
  p.pseudonym = j.value("pseudonym", "");
  p.language = j.value("language", "");
  p.recorded_on = j.value("recorded_on", "");
  p.recorded_at = j.value("recorded_at", "");
  p.title = j.value("title", "");
  p.original_text = j.value("original_text", "");
  p.redacted_text = j.value("redacted_text", "");
  p.redactions = j.value("redactions", std::vector<ProposedRedaction>{});
  p.tags = j.value("tags", Tags{});
  if (j.contains("consent")) p.consent = j["consent"].get<ConsentRecord>();
  p.received_at = j.value("received_at", "");
  if (j.contains("known_identifiers")) p.known_identifiers = j["known_identifiers"].get<KnownIdentifierList>();
  p.case_code = j.value("case_code", "");
}

void to_json(json& j, const Tombstone& t) {
  j = json{{"id", t.id}, {"withdrawn_on", t.withdrawn_on}, {"reason_code", t.reason_code}};
}
void from_json(const json& j, Tombstone& t) {
  t.id = j.at("id").get<std::string>();
  t.withdrawn_on = j.value("withdrawn_on", "");
  t.reason_code = j.value("reason_code", "");
}

}  // namespace amparo
