#include "web/http_util.h"

#include <algorithm>

namespace amparo::web {

int HttpStatusOf(const Status& s) {
  switch (s.code()) {
    case Status::Code::kOk: return 200;
    case Status::Code::kInvalidArgument: return 400;
    case Status::Code::kNotFound: return 404;
    case Status::Code::kPermissionDenied: return 403;
    case Status::Code::kUnauthenticated: return 401;
    case Status::Code::kResourceExhausted: return 413;
    case Status::Code::kFailedPrecondition:
    case Status::Code::kAlreadyExists: return 409;
    default: return 500;
  }
}

void SendJson(httplib::Response& res, int status, const Json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n",
                  "application/json");
}

void SendError(httplib::Response& res, int status, const std::string& code,
               const std::string& message) {
  SendJson(res, status, Json{{"error", {{"code", code}, {"message", message}}}});
}

void SendStatus(httplib::Response& res, const Status& s) {
  int http = HttpStatusOf(s);
  // Internal failures keep their details in the server, not in the response.
  std::string message = http == 500 ? "internal error" : s.message();
  SendError(res, http, s.CodeName(), message);
}

std::string ErrorCodeForHttp(int status) {
  switch (status) {
    case 400: return "bad_request";
    case 401: return "unauthenticated";
    case 403: return "permission_denied";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 408: return "timeout";
    case 411: return "length_required";
    case 413: return "payload_too_large";
    case 414: return "uri_too_long";
    case 415: return "unsupported_media_type";
    case 416: return "range_not_satisfiable";
    case 429: return "too_many_requests";
    case 431: return "headers_too_large";
    case 503: return "unavailable";
    default: return status >= 500 ? "internal" : "bad_request";
  }
}

bool ParseJsonBody(const httplib::Request& req, httplib::Response& res, Json* out) {
  Json j;
  try {
    j = Json::parse(req.body);
  } catch (const Json::parse_error& e) {
    // The byte offset only: the library's message can quote the content.
    SendError(res, 400, "malformed_json",
              "request body is not valid JSON (error at byte " + std::to_string(e.byte) + ")");
    return false;
  } catch (const Json::exception&) {
    // out_of_range: a number too large for a double ("1e999").
    SendError(res, 400, "malformed_json", "request body holds a number out of range");
    return false;
  }
  if (!j.is_object()) {
    SendError(res, 400, "malformed_json", "request body must be a JSON object");
    return false;
  }
  *out = std::move(j);
  return true;
}

Json TagsJson(const Tags& tags) {
  Json j = Json::object();
  for (const auto& [k, v] : tags) j[k] = v;
  return j;
}

Json ConsentJson(const ConsentRecord& c) {
  std::string today = TodayUtc();
  return Json{{"scopes", c.scopes},
              {"active_scopes", c.ActiveScopes(today)},
              {"expired", c.IsExpired(today)},
              {"given_on", c.given_on},
              {"method", c.method},
              {"recorded_by", c.recorded_by},
              {"expires_on", c.expires_on}};
}

Json TestimonyJson(const Testimony& t) {
  return Json{{"id", t.id},
              {"pseudonym", t.pseudonym},
              {"language", t.language},
              {"recorded_on", t.recorded_on},
              {"recorded_at", t.recorded_at},
              {"title", t.title},
              {"text", t.text},
              {"tags", TagsJson(t.tags)},
              {"consent", ConsentJson(t.consent)},
              {"approved_at", t.approved_at}};
}

Json RedactionJson(const ProposedRedaction& r) {
  return Json{{"begin", r.begin},   {"end", r.end},
              {"type", r.type},     {"detector", r.detector},
              {"confidence", r.confidence}, {"replacement", r.replacement}};
}

Json PendingJson(const PendingTestimony& p, bool with_text) {
  Json j{{"id", p.id},
         {"pseudonym", p.pseudonym},
         {"language", p.language},
         {"recorded_on", p.recorded_on},
         {"recorded_at", p.recorded_at},
         {"title", p.title},
         {"tags", TagsJson(p.tags)},
         {"consent", ConsentJson(p.consent)},
         {"received_at", p.received_at}};
  if (!with_text) return j;
  j["original_text"] = p.original_text;
  j["redacted_text"] = p.redacted_text;
  Json spans = Json::array();
  for (const auto& r : p.redactions) spans.push_back(RedactionJson(r));
  j["redactions"] = spans;
  // The original cut into plain and redacted segments, so the UI needs no
  // byte-offset arithmetic on UTF-16 strings.
  Json segments = Json::array();
  size_t pos = 0;
  const std::string& text = p.original_text;
  std::vector<size_t> order(p.redactions.size());
  for (size_t i = 0; i < order.size(); i++) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return p.redactions[a].begin < p.redactions[b].begin;
  });
  for (size_t i : order) {
    const auto& r = p.redactions[i];
    if (r.begin < pos || r.end < r.begin || r.end > text.size()) continue;  // overlapping or bad
    if (r.begin > pos) segments.push_back(Json{{"text", text.substr(pos, r.begin - pos)}});
    segments.push_back(Json{{"text", text.substr(r.begin, r.end - r.begin)}, {"redaction", i}});
    pos = r.end;
  }
  if (pos < text.size()) segments.push_back(Json{{"text", text.substr(pos)}});
  j["segments"] = segments;
  return j;
}

Json ReceiptJson(const DeletionReceipt& r) {
  return Json{{"testimony_id", r.testimony_id}, {"withdrawn_on", r.withdrawn_on},
              {"reason_code", r.reason_code},   {"archive_id", r.archive_id},
              {"signature", r.signature},       {"text", r.ToText()}};
}


}  // namespace amparo::web
