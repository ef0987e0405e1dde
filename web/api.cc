#include "web/api.h"

#include <algorithm>
#include <cstdio>
#include <thread>

#include "archive/intake.h"
#include "web/hardened_server.h"
#include "web/http_util.h"

namespace amparo::web {
namespace {

constexpr char kCookieName[] = "amparo_session";
constexpr char kCsrfHeader[] = "X-Amparo-CSRF";

// The route pattern of the request being handled on this thread, for
// metrics and the access log.
thread_local std::string t_route;

unsigned MaskOf(Role r) {
  switch (r) {
    case Role::kAdmin: return kAdminOnly;
    case Role::kReviewer: return kReviewerRole;
    case Role::kLegal: return kLegalRole;
    case Role::kComms: return kCommsRole;
  }
  return 0;
}

bool IsStateChanging(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

}  // namespace

Api::Api(Archive& archive, const WebServer::Options& options, bool tls)
    : archive_(archive),
      options_(options),
      tls_(tls),
      sessions_(options.session_idle, options.session_absolute),
      throttle_(options.login_limits),
      active_(options.active_limit > 0 ? options.active_limit
                                       : 2 * std::max(1u, std::thread::hardware_concurrency())) {}

std::string Api::SessionCookie(const std::string& token, bool clear) const {
  std::string c = std::string(kCookieName) + "=" + (clear ? "" : token) +
                  "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
                  (clear ? "0" : std::to_string(options_.session_absolute.count()));
  if (tls_ || options_.secure_cookies) c += "; Secure";
  return c;
}

std::optional<std::pair<std::string, Session>> Api::SessionOf(const httplib::Request& req) {
  size_t n = req.get_header_value_count("Cookie");
  for (size_t i = 0; i < n && i < 8; i++) {
    std::string header = req.get_header_value("Cookie", i);
    size_t pos = 0;
    while (pos < header.size()) {
      size_t end = header.find(';', pos);
      if (end == std::string::npos) end = header.size();
      std::string part = header.substr(pos, end - pos);
      pos = end + 1;
      size_t b = part.find_first_not_of(' ');
      if (b == std::string::npos) continue;
      part = part.substr(b);
      std::string prefix = std::string(kCookieName) + "=";
      if (part.rfind(prefix, 0) != 0) continue;
      std::string token = part.substr(prefix.size());
      if (auto s = sessions_.Find(token)) return std::make_pair(token, *s);
    }
  }
  return std::nullopt;
}

void Api::Route(httplib::Server& server, const std::string& method, const std::string& pattern,
                const std::string& route_name, unsigned roles, Handler handler) {
  auto wrapped = [this, route_name, roles, handler = std::move(handler)](
                     const httplib::Request& req, httplib::Response& res) {
    t_route = route_name;
    FairSemaphore::Turn turn(active_);
    Call call{req, res, {}, {}, {}};
    if (!(roles & kPublic)) {
      auto found = SessionOf(req);
      if (!found) {
        SendError(res, 401, "unauthenticated", "log in first");
        return;
      }
      call.token = found->first;
      call.session = found->second;
      call.actor = Actor{call.session.user, call.session.role};
      if (IsStateChanging(req.method) &&
          !SecureEquals(req.get_header_value(kCsrfHeader), call.session.csrf_token)) {
        SendError(res, 403, "csrf", "missing or wrong " + std::string(kCsrfHeader) + " header");
        return;
      }
      if (!(roles & MaskOf(call.session.role))) {
        SendError(res, 403, "permission_denied", "your role may not do this");
        return;
      }
    }
    try {
      handler(call);
    } catch (const Json::exception& e) {
      // Wrong JSON types: the message names the type, never the content.
      SendError(res, 400, "invalid_argument", "unexpected JSON field type or value");
    }
  };
  if (method == "GET") server.Get(pattern, wrapped);
  else if (method == "POST") server.Post(pattern, wrapped);
  else if (method == "PUT") server.Put(pattern, wrapped);
  else if (method == "DELETE") server.Delete(pattern, wrapped);
}

httplib::Server::HandlerResponse Api::PreRouting(const httplib::Request& req,
                                                 httplib::Response& res) {
  using HR = httplib::Server::HandlerResponse;
  t_route = "unmatched";
  auto refuse = [&](int status, const std::string& code, const std::string& message) {
    SendError(res, status, code, message);
    res.set_header("Connection", "close");
    CloseConnectionAfterResponse();  // the unread body must not be parsed as a request
    return HR::Handled;
  };
  // Bodies are refused before they are read: no chunked framing (its size is
  // unknown up front), no compression (a small body can inflate to gigabytes).
  if (req.has_header("Transfer-Encoding"))
    return refuse(411, "length_required", "chunked request bodies are not accepted; send Content-Length");
  if (req.has_header("Content-Encoding")) {
    std::string ce = req.get_header_value("Content-Encoding");
    if (ce != "identity") return refuse(415, "unsupported_media_type", "compressed request bodies are not accepted");
  }
  if (req.has_header("Content-Length")) {
    const std::string cl = req.get_header_value("Content-Length");
    if (cl.empty() || cl.size() > 19 || cl.find_first_not_of("0123456789") != std::string::npos ||
        req.get_header_value_count("Content-Length") > 1)
      return refuse(400, "bad_request", "invalid Content-Length");
    if (std::stoull(cl) > options_.limits.max_body_bytes)
      return refuse(413, "payload_too_large",
                    "request body larger than " + std::to_string(options_.limits.max_body_bytes) + " bytes");
    // cpp-httplib reads no body for these methods: a body would be parsed as
    // a second request on the connection (request smuggling past nginx).
    bool takes_body = req.method == "POST" || req.method == "PUT" || req.method == "PATCH" || req.method == "DELETE";
    if (!takes_body && std::stoull(cl) != 0) return refuse(400, "bad_request", "this method takes no body");
  }
  if (!IsValidUtf8(req.path)) return refuse(400, "bad_request", "request path is not valid UTF-8");
  for (const auto& [k, v] : req.params) {
    if (!IsValidUtf8(k) || !IsValidUtf8(v))
      return refuse(400, "bad_request", "query string is not valid UTF-8");
  }
  return HR::Unhandled;
}

Status Api::Register(httplib::Server& server) {
  Status s = static_files_.Load(FindStaticDir(options_.static_dir));
  if (!s.ok()) return s;

  httplib::Headers headers = {
      {"Content-Security-Policy",
       "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Cross-Origin-Opener-Policy", "same-origin"},
      {"Cross-Origin-Resource-Policy", "same-origin"},
      {"Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"},
      // Testimony content must not linger in browser or proxy caches.
      {"Cache-Control", "no-store"},
  };
  if (tls_) headers.emplace("Strict-Transport-Security", "max-age=31536000");
  server.set_default_headers(headers);

  server.set_pre_routing_handler(
      [this](const httplib::Request& req, httplib::Response& res) { return PreRouting(req, res); });
  server.set_error_handler(httplib::Server::HandlerWithResponse(
      [](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        SendError(res, res.status, ErrorCodeForHttp(res.status),
                  res.status == 404 ? "no such route" : "request refused");
        return httplib::Server::HandlerResponse::Handled;
      }));
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    SendError(res, 500, "internal", "internal error");
  });
  server.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                                   CurrentRequestStart()).count();
    std::string route = t_route.empty() ? "unparsed" : t_route;
    // Unknown methods would make unbounded label sets.
    static const char* kMethods[] = {"GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH"};
    std::string method = "OTHER";
    for (const char* m : kMethods) if (req.method == m) method = m;
    metrics_.Record(method, route, res.status, seconds);
    if (options_.access_log)
      fprintf(stderr, "amparo-web %s %s %d %.1fms\n", method.c_str(), route.c_str(), res.status,
              seconds * 1000);
    t_route.clear();
  });

  const std::string id = R"(([A-Za-z0-9_.:-]{1,128}))";
  auto bind = [this](void (Api::*m)(Call&)) { return [this, m](Call& c) { (this->*m)(c); }; };
  Route(server, "GET", "/healthz", "/healthz", kPublic, bind(&Api::Healthz));
  Route(server, "GET", "/metrics", "/metrics", kPublic, bind(&Api::MetricsPage));
  Route(server, "POST", "/api/login", "/api/login", kPublic, bind(&Api::Login));
  Route(server, "POST", "/api/logout", "/api/logout", kAnyRole, bind(&Api::Logout));
  Route(server, "GET", "/api/session", "/api/session", kAnyRole, bind(&Api::SessionInfo));
  Route(server, "GET", "/api/search", "/api/search", kAdminOnly | kLegalRole | kCommsRole,
        bind(&Api::Search));
  Route(server, "GET", "/api/testimonies", "/api/testimonies", kAdminOnly | kLegalRole | kCommsRole,
        bind(&Api::ListTestimonies));
  Route(server, "GET", "/api/testimonies/" + id, "/api/testimonies/:id",
        kAdminOnly | kLegalRole | kCommsRole, bind(&Api::ShowTestimony));
  Route(server, "GET", "/api/testimonies/" + id + "/story-card", "/api/testimonies/:id/story-card",
        kAdminOnly | kCommsRole, bind(&Api::StoryCard));
  Route(server, "GET", "/api/export", "/api/export", kAdminOnly | kLegalRole, bind(&Api::ExportResults));
  Route(server, "POST", "/api/intake", "/api/intake", kAdminOnly | kReviewerRole, bind(&Api::Intake));
  Route(server, "GET", "/api/review", "/api/review", kAdminOnly | kReviewerRole, bind(&Api::ListReview));
  Route(server, "GET", "/api/review/" + id, "/api/review/:id", kAdminOnly | kReviewerRole,
        bind(&Api::ShowReview));
  Route(server, "PUT", "/api/review/" + id, "/api/review/:id", kAdminOnly | kReviewerRole,
        bind(&Api::EditReview));
  Route(server, "POST", "/api/review/" + id + "/approve", "/api/review/:id/approve",
        kAdminOnly | kReviewerRole, bind(&Api::ApproveReview));
  Route(server, "POST", "/api/review/" + id + "/reject", "/api/review/:id/reject",
        kAdminOnly | kReviewerRole, bind(&Api::RejectReview));
  Route(server, "GET", "/api/consent/" + id, "/api/consent/:id", kAdminOnly, bind(&Api::ShowConsent));
  Route(server, "POST", "/api/consent/" + id + "/narrow", "/api/consent/:id/narrow", kAdminOnly,
        bind(&Api::NarrowConsent));
  Route(server, "POST", "/api/consent/" + id + "/withdraw", "/api/consent/:id/withdraw", kAdminOnly,
        bind(&Api::WithdrawTestimony));
  Route(server, "POST", "/api/withdraw-case", "/api/withdraw-case", kAdminOnly, bind(&Api::WithdrawCase));
  Route(server, "GET", "/api/tombstones", "/api/tombstones", kAdminOnly, bind(&Api::ListTombstones));
  Route(server, "GET", "/api/users", "/api/users", kAdminOnly, bind(&Api::ListUsers));
  Route(server, "POST", "/api/users", "/api/users", kAdminOnly, bind(&Api::AddUser));
  Route(server, "DELETE", "/api/users/" + id, "/api/users/:name", kAdminOnly, bind(&Api::RemoveUser));
  Route(server, "GET", "/api/audit", "/api/audit", kAdminOnly, bind(&Api::ReadAudit));
  Route(server, "GET", "/api/audit/verify", "/api/audit/verify", kAdminOnly, bind(&Api::VerifyAudit));

  // Everything else under /api/ is a JSON 404; other GETs look up the UI.
  server.Get(R"(/(.*))", [this](const httplib::Request& req, httplib::Response& res) {
    t_route = "static";
    if (req.path.rfind("/api/", 0) == 0) {
      t_route = "unmatched";
      SendError(res, 404, "not_found", "no such route");
      return;
    }
    const StaticFiles::File* f = static_files_.Find(req.path);
    if (!f) {
      SendError(res, 404, "not_found", "no such file");
      return;
    }
    res.set_content(f->content, f->mime.c_str());
  });
  return Status::OK();
}

}  // namespace amparo::web
