// The API's handlers: each turns a request into one or a few Archive calls
// made as the session's user, and the result into JSON (docs/api.md).
#include <algorithm>
#include <sstream>

#include "archive/intake.h"
#include "archive/export_format.h"
#include "web/api.h"
#include "web/hardened_server.h"
#include "web/http_util.h"

namespace amparo::web {
namespace {

constexpr size_t kMaxExport = 1000;
constexpr size_t kMaxPageSize = 50;
const char* const kFilterFacets[] = {"violence", "perpetrator", "place", "year", "language"};

size_t ParamNumber(const httplib::Request& req, const char* name, size_t dflt, size_t max) {
  if (!req.has_param(name)) return dflt;
  const std::string v = req.get_param_value(name);
  if (v.empty() || v.size() > 6 || v.find_first_not_of("0123456789") != std::string::npos) return 0;
  size_t n = std::stoul(v);
  return std::min(n, max);
}

std::string StringField(const Json& j, const char* name) {
  auto it = j.find(name);
  if (it == j.end() || it->is_null()) return "";
  return it->get<std::string>();
}

// The `confirm` field must repeat the target exactly: a typed confirmation.
bool Confirmed(const Json& body, const std::string& target, httplib::Response& res) {
  if (StringField(body, "confirm") == target && !target.empty()) return true;
  SendError(res, 400, "confirmation_required",
            "repeat the id or case code in the \"confirm\" field to confirm");
  return false;
}



}  // namespace

void Api::Healthz(Call& c) { SendJson(c.res, 200, Json{{"status", "ok"}}); }

void Api::MetricsPage(Call& c) {
  // Counts (tombstones, per-route withdrawals) tell something about the
  // archive's activity: only a scraper on this machine (or nginx's
  // allow-listed /metrics) may read them. The peer comes from the socket.
  const std::string& peer = c.req.remote_addr;
  if (peer != "127.0.0.1" && peer != "::1" && peer.rfind("::ffff:127.", 0) != 0) {
    SendError(c.res, 403, "permission_denied", "metrics are served to loopback clients only");
    return;
  }
  Archive::Stats st = archive_.GetStats();
  std::string body = metrics_.Render({
      {"amparo_archive_testimonies", {"Approved testimonies in the archive.", double(st.testimonies)}},
      {"amparo_archive_pending", {"Testimonies waiting for review.", double(st.pending)}},
      {"amparo_archive_tombstones", {"Withdrawn testimonies (tombstones).", double(st.tombstones)}},
      {"amparo_archive_store_bytes", {"Size of the encrypted store on disk.", double(st.store_bytes)}},
      {"amparo_archive_index_bytes", {"Size of the sealed index on disk.", double(st.index_bytes)}},
      {"amparo_archive_index_memory_bytes",
       {"Memory the index holds for phrases and NEAR.", double(st.index_memory_bytes)}},
      {"amparo_web_sessions", {"Live web sessions.", double(sessions_.Size())}},
      {"amparo_http_connections_rejected", {"Connections refused with 503 because the queue was full.",
                                            double(BoundedTaskQueue::Rejected())}},
  });
  c.res.status = 200;
  c.res.set_content(body, "text/plain; version=0.0.4; charset=utf-8");
}

void Api::Login(Call& c) {
  // No session yet, so no CSRF token: the custom header alone still cannot
  // be sent cross-site without a CORS preflight, which this server refuses.
  if (c.req.get_header_value("X-Amparo-CSRF").empty()) {
    SendError(c.res, 403, "csrf", "missing X-Amparo-CSRF header");
    return;
  }
  Json body;
  if (!ParseJsonBody(c.req, c.res, &body)) return;
  std::string user = StringField(body, "user");
  std::string password = StringField(body, "password");
  if (user.empty() || password.empty() || user.size() > 128 || password.size() > 1024) {
    SendError(c.res, 400, "invalid_argument", "user and password are required");
    return;
  }
  const std::string& address = c.req.remote_addr;  // the socket's peer, never a header
  if (long wait = throttle_.Acquire(user, address); wait > 0) {
    c.res.set_header("Retry-After", std::to_string(wait));
    SendError(c.res, 429, "too_many_requests", "too many failed logins; try again later");
    return;
  }
  UserInfo info;
  Status s = archive_.Authenticate(user, password, &info);
  if (!s.ok()) {
    SendStatus(c.res, s.code() == Status::Code::kUnauthenticated
                          ? Status::Unauthenticated("unknown user or wrong password")
                          : s);
    return;
  }
  throttle_.RecordSuccess(user);
  if (!c.token.empty()) sessions_.Remove(c.token);
  Session session;
  std::string token = sessions_.Create(info.name, info.role, &session);
  c.res.set_header("Set-Cookie", SessionCookie(token, false));
  SendJson(c.res, 200, Json{{"user", info.name}, {"role", RoleName(info.role)}, {"csrf", session.csrf_token}});
}

void Api::Logout(Call& c) {
  sessions_.Remove(c.token);
  c.res.set_header("Set-Cookie", SessionCookie("", true));
  SendJson(c.res, 200, Json{{"logged_out", true}});
}

void Api::SessionInfo(Call& c) {
  SendJson(c.res, 200, Json{{"user", c.session.user},
                            {"role", RoleName(c.session.role)},
                            {"csrf", c.session.csrf_token}});
}

Status Api::BuildQuery(const httplib::Request& req, std::string* query) {
  std::string q = req.get_param_value("q");
  if (q.size() > options_.max_query_chars)
    return Status::InvalidArgument("query longer than " + std::to_string(options_.max_query_chars) +
                                   " characters");
  // Facet filters become query-language filters (docs/search.md): name:"value",
  // ANDed with the whole user query (parenthesized, so an OR in it stays inside).
  bool filtered = false;
  for (const char* facet : kFilterFacets) {
    size_t n = req.get_param_value_count(facet);
    if (n > 20) return Status::InvalidArgument("too many filters");
    for (size_t i = 0; i < n; i++) {
      std::string v = req.get_param_value(facet, i);
      if (v.empty() || v.size() > 100 || v.find('"') != std::string::npos)
        return Status::InvalidArgument(std::string("invalid filter value for ") + facet);
      if (!filtered && !q.empty()) q = "(" + q + ")";
      filtered = true;
      q += std::string(q.empty() ? "" : " ") + facet + ":\"" + v + "\"";
    }
  }
  *query = q;
  return Status::OK();
}

void Api::Search(Call& c) {
  ArchiveSearchRequest req;
  Status s = BuildQuery(c.req, &req.query);
  if (!s.ok()) return SendStatus(c.res, s);
  req.page = ParamNumber(c.req, "page", 1, 100000);
  req.page_size = ParamNumber(c.req, "page_size", 10, kMaxPageSize);
  if (req.page == 0 || req.page_size == 0) {
    SendError(c.res, 400, "invalid_argument", "page and page_size must be positive numbers");
    return;
  }
  req.facets = c.req.get_param_value("facets") != "0";
  ArchiveSearchResponse out;
  s = archive_.Search(c.actor, req, &out);
  if (!s.ok()) return SendStatus(c.res, s);
  Json hits = Json::array();
  for (auto& h : out.hits) {
    hits.push_back(Json{{"id", std::move(h.id)},
                        {"pseudonym", std::move(h.pseudonym)},
                        {"title", std::move(h.title)},
                        {"recorded_on", std::move(h.recorded_on)},
                        {"language", std::move(h.language)},
                        {"tags", TagsJson(h.tags)},
                        {"snippet_html", std::move(h.snippet)}});
  }
  Json facets = Json::object();
  for (const auto& [name, values] : out.facets) {
    Json list = Json::array();
    for (const auto& v : values) list.push_back(Json{{"value", v.value}, {"count", v.count}});
    facets[name] = list;
  }
  SendJson(c.res, 200, Json{{"total", out.total},
                            {"page", out.page},
                            {"page_size", out.page_size},
                            {"hits", hits},
                            {"facets", facets}});
}

void Api::ListTestimonies(Call& c) {
  std::vector<TestimonySummary> list;
  Status s = archive_.List(c.actor, &list);
  if (!s.ok()) return SendStatus(c.res, s);
  Json out = Json::array();
  for (const auto& t : list) {
    out.push_back(Json{{"id", t.id},
                       {"pseudonym", t.pseudonym},
                       {"language", t.language},
                       {"recorded_on", t.recorded_on},
                       {"title", t.title},
                       {"scopes", t.scopes},
                       {"active_scopes", t.active_scopes},
                       {"expired", t.expired}});
  }
  SendJson(c.res, 200, Json{{"testimonies", out}});
}

void Api::ShowTestimony(Call& c) {
  Testimony t;
  Status s = archive_.Show(c.actor, c.req.matches[1], &t);
  if (!s.ok()) return SendStatus(c.res, s);
  Json j = TestimonyJson(t);
  Json exports = Json::array();
  Role r = c.session.role;
  if (r == Role::kAdmin || r == Role::kLegal) exports.insert(exports.end(), {"jsonl", "csv"});
  if (r == Role::kAdmin || r == Role::kComms) exports.push_back("story-card");
  j["exports"] = exports;
  SendJson(c.res, 200, j);
}

void Api::StoryCard(Call& c) {
  std::vector<Testimony> list;
  Status s = archive_.Export(c.actor, {c.req.matches[1]}, &list);
  if (!s.ok()) return SendStatus(c.res, s);
  if (list.empty()) return SendError(c.res, 404, "not_found", "no such testimony");
  const Testimony& t = list[0];
  c.res.status = 200;
  c.res.set_header("Content-Disposition", "attachment; filename=\"story-card-" + t.id + ".md\"");
  c.res.set_content(ExportStoryCard(t, TodayUtc()), "text/markdown; charset=utf-8");
}

Status Api::ResultSetIds(Call& c, size_t limit, std::vector<std::string>* ids) {
  size_t n = c.req.get_param_value_count("id");
  if (n > 0) {
    if (n > limit) return Status::ResourceExhausted("too many ids");
    for (size_t i = 0; i < n; i++) ids->push_back(c.req.get_param_value("id", i));
    return Status::OK();
  }
  ArchiveSearchRequest req;
  AMPARO_RETURN_IF_ERROR(BuildQuery(c.req, &req.query));
  req.page_size = kMaxPageSize;
  for (req.page = 1; ids->size() < limit; req.page++) {
    ArchiveSearchResponse out;
    AMPARO_RETURN_IF_ERROR(archive_.Search(c.actor, req, &out));
    for (const auto& h : out.hits) {
      if (ids->size() < limit) ids->push_back(h.id);
    }
    if (out.hits.size() < req.page_size) break;
  }
  return Status::OK();
}

void Api::ExportResults(Call& c) {
  std::string format = c.req.get_param_value("format");
  if (format != "jsonl" && format != "csv")
    return SendError(c.res, 400, "invalid_argument", "format must be jsonl or csv");
  std::vector<std::string> ids;
  Status s = ResultSetIds(c, kMaxExport, &ids);
  if (!s.ok()) return SendStatus(c.res, s);
  std::vector<Testimony> list;
  if (!ids.empty()) {
    s = archive_.Export(c.actor, ids, &list);
    if (!s.ok()) return SendStatus(c.res, s);
  }
  std::string body;
  if (format == "jsonl") {
    for (const auto& t : list)
      body += TestimonyJson(t).dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
    c.res.set_header("Content-Disposition", "attachment; filename=\"amparo-export.jsonl\"");
    c.res.set_content(body, "application/x-ndjson; charset=utf-8");
  } else {
    body = ExportCsvHeader();
    for (const auto& t : list) body += ExportCsvRow(t);
    c.res.set_header("Content-Disposition", "attachment; filename=\"amparo-export.csv\"");
    c.res.set_content(body, "text/csv; charset=utf-8");
  }
  c.res.set_header("X-Amparo-Count", std::to_string(list.size()));
  c.res.status = 200;
}

void Api::Intake(Call& c) {
  IntakeRecord record;
  Status s = ParseIntakeJson(c.req.body, options_.limits.max_body_bytes, &record);
  if (!s.ok()) return SendStatus(c.res, s);
  bool auto_approve = c.req.get_param_value("auto_approve") == "1";
  if (auto_approve && c.session.role != Role::kAdmin)
    return SendError(c.res, 403, "permission_denied", "only admins may auto-approve");
  std::string id;
  s = archive_.Ingest(c.actor, record, auto_approve, &id);
  if (!s.ok()) return SendStatus(c.res, s);
  SendJson(c.res, 201, Json{{"id", id}, {"state", auto_approve ? "approved" : "pending"}});
}

void Api::ListReview(Call& c) {
  std::vector<PendingTestimony> list;
  Status s = archive_.ListPending(c.actor, &list);
  if (!s.ok()) return SendStatus(c.res, s);
  Json out = Json::array();
  for (const auto& p : list) out.push_back(PendingJson(p, false));
  SendJson(c.res, 200, Json{{"pending", out}});
}

void Api::ShowReview(Call& c) {
  PendingTestimony p;
  Status s = archive_.GetPending(c.actor, c.req.matches[1], &p);
  if (!s.ok()) return SendStatus(c.res, s);
  SendJson(c.res, 200, PendingJson(p, true));
}

void Api::EditReview(Call& c) {
  Json body;
  if (!ParseJsonBody(c.req, c.res, &body)) return;
  if (!body.contains("redactions") || !body["redactions"].is_array())
    return SendError(c.res, 400, "invalid_argument", "\"redactions\" must be an array");
  std::vector<ProposedRedaction> spans;
  for (const auto& r : body["redactions"]) {
    ProposedRedaction p;
    p.begin = r.at("begin").get<size_t>();
    p.end = r.at("end").get<size_t>();
    p.type = r.at("type").get<std::string>();
    p.detector = r.contains("detector") ? r["detector"].get<std::string>() : "reviewer";
    p.confidence = r.contains("confidence") ? r["confidence"].get<float>() : 1.0f;
    p.replacement = r.contains("replacement") ? r["replacement"].get<std::string>() : "";
    spans.push_back(std::move(p));
  }
  Tags tags;
  bool has_tags = body.contains("tags") && !body["tags"].is_null();
  if (has_tags) {
    for (const auto& [k, v] : body["tags"].items()) tags[k] = v.get<std::vector<std::string>>();
  }
  const std::string id = c.req.matches[1];
  Status s = archive_.EditPending(c.actor, id, spans, has_tags ? &tags : nullptr);
  if (!s.ok()) return SendStatus(c.res, s);
  PendingTestimony p;
  s = archive_.GetPending(c.actor, id, &p);
  if (!s.ok()) return SendStatus(c.res, s);
  SendJson(c.res, 200, PendingJson(p, true));
}

void Api::ApproveReview(Call& c) {
  Status s = archive_.Approve(c.actor, c.req.matches[1]);
  if (!s.ok()) return SendStatus(c.res, s);
  SendJson(c.res, 200, Json{{"id", c.req.matches[1].str()}, {"state", "approved"}});
}

void Api::RejectReview(Call& c) {
  Status s = archive_.Reject(c.actor, c.req.matches[1]);
  if (!s.ok()) return SendStatus(c.res, s);
  SendJson(c.res, 200, Json{{"id", c.req.matches[1].str()}, {"state", "rejected"}});
}

void Api::ShowConsent(Call& c) {
  ConsentRecord consent;
  Status s = archive_.GetConsent(c.actor, c.req.matches[1], &consent);
  if (!s.ok()) return SendStatus(c.res, s);
  SendJson(c.res, 200, Json{{"id", c.req.matches[1].str()}, {"consent", ConsentJson(consent)}});
}

void Api::NarrowConsent(Call& c) {
  Json body;
  if (!ParseJsonBody(c.req, c.res, &body)) return;
  const std::string id = c.req.matches[1];
  if (!Confirmed(body, id, c.res)) return;
  std::string scope = StringField(body, "scope");
  if (!IsKnownScope(scope)) return SendError(c.res, 400, "invalid_argument", "unknown consent scope");
  Status s = archive_.NarrowConsent(c.actor, id, scope);
  if (!s.ok()) return SendStatus(c.res, s);
  ConsentRecord consent;
  s = archive_.GetConsent(c.actor, id, &consent);
  if (!s.ok()) return SendStatus(c.res, s);
  SendJson(c.res, 200, Json{{"id", id}, {"consent", ConsentJson(consent)}});
}

void Api::WithdrawTestimony(Call& c) {
  Json body;
  if (!ParseJsonBody(c.req, c.res, &body)) return;
  const std::string id = c.req.matches[1];
  if (!Confirmed(body, id, c.res)) return;
  std::string reason = StringField(body, "reason");
  if (reason.empty()) reason = "consent-withdrawn";
  DeletionReceipt receipt;
  Status s = archive_.Withdraw(c.actor, id, reason, &receipt);
  if (!s.ok()) return SendStatus(c.res, s);
  SendJson(c.res, 200, Json{{"receipts", Json::array({ReceiptJson(receipt)})}});
}

void Api::WithdrawCase(Call& c) {
  Json body;
  if (!ParseJsonBody(c.req, c.res, &body)) return;
  std::string case_code = StringField(body, "case_code");
  if (case_code.empty()) return SendError(c.res, 400, "invalid_argument", "case_code is required");
  if (!Confirmed(body, case_code, c.res)) return;
  std::string reason = StringField(body, "reason");
  if (reason.empty()) reason = "consent-withdrawn";
  std::vector<DeletionReceipt> receipts;
  Status s = archive_.WithdrawByCase(c.actor, case_code, reason, &receipts);
  if (!s.ok()) return SendStatus(c.res, s);
  Json out = Json::array();
  for (const auto& r : receipts) out.push_back(ReceiptJson(r));
  SendJson(c.res, 200, Json{{"receipts", out}});
}

void Api::ListTombstones(Call& c) {
  std::vector<Tombstone> list;
  Status s = archive_.ListTombstones(c.actor, &list);
  if (!s.ok()) return SendStatus(c.res, s);
  Json out = Json::array();
  for (const auto& t : list)
    out.push_back(Json{{"id", t.id}, {"withdrawn_on", t.withdrawn_on}, {"reason_code", t.reason_code}});
  SendJson(c.res, 200, Json{{"tombstones", out}});
}

void Api::ListUsers(Call& c) {
  std::vector<UserInfo> list;
  Status s = archive_.ListUsers(c.actor, &list);
  if (!s.ok()) return SendStatus(c.res, s);
  Json out = Json::array();
  for (const auto& u : list) out.push_back(Json{{"name", u.name}, {"role", RoleName(u.role)}});
  SendJson(c.res, 200, Json{{"users", out}});
}

void Api::AddUser(Call& c) {
  Json body;
  if (!ParseJsonBody(c.req, c.res, &body)) return;
  std::string name = StringField(body, "name");
  std::string password = StringField(body, "password");
  Role role;
  if (!ParseRole(StringField(body, "role"), &role))
    return SendError(c.res, 400, "invalid_argument", "role must be admin, reviewer, legal or comms");
  Status s = archive_.AddUser(c.actor, name, role, password);
  if (!s.ok()) return SendStatus(c.res, s);
  SendJson(c.res, 201, Json{{"name", name}, {"role", RoleName(role)}});
}

void Api::RemoveUser(Call& c) {
  const std::string name = c.req.matches[1];
  Status s = archive_.RemoveUser(c.actor, name);
  if (!s.ok()) return SendStatus(c.res, s);
  sessions_.RemoveUser(name);
  SendJson(c.res, 200, Json{{"removed", name}});
}

void Api::ReadAudit(Call& c) {
  std::vector<AuditEntry> entries;
  Status s = archive_.ReadAudit(c.actor, &entries);
  if (!s.ok()) return SendStatus(c.res, s);
  // Newest first, one page at a time.
  size_t limit = ParamNumber(c.req, "limit", 100, 1000);
  size_t offset = ParamNumber(c.req, "offset", 0, 1u << 30);
  Json out = Json::array();
  for (size_t i = offset; i < entries.size() && out.size() < limit; i++) {
    const AuditEntry& e = entries[entries.size() - 1 - i];
    out.push_back(Json{{"seq", e.seq}, {"time", e.time}, {"actor", e.actor}, {"action", e.action}, {"ids", e.ids}});
  }
  SendJson(c.res, 200, Json{{"total", entries.size()}, {"offset", offset}, {"entries", out}});
}

void Api::VerifyAudit(Call& c) {
  Status s = archive_.VerifyAudit(c.actor);
  if (s.ok()) return SendJson(c.res, 200, Json{{"ok", true}});
  if (s.code() == Status::Code::kCorruption)
    return SendJson(c.res, 200, Json{{"ok", false}, {"problem", s.message()}});
  SendStatus(c.res, s);
}

}  // namespace amparo::web
