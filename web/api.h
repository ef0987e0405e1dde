// Api registers Amparo's HTTP routes on a cpp-httplib server: the JSON API
// under /api/ (docs/api.md), /healthz, /metrics and the static UI, plus the
// checks that run before any handler: refusing chunked and compressed
// bodies and oversized ones before they are read, sessions, CSRF and roles.
// Handlers call the Archive as the session's user; the archive decides what
// that user may see.
#ifndef AMPARO_WEB_API_H_
#define AMPARO_WEB_API_H_

#include <httplib.h>

#include <functional>
#include <optional>
#include <string>

#include "archive/archive.h"
#include "web/fair_semaphore.h"
#include "web/login_throttle.h"
#include "web/metrics.h"
#include "web/server.h"
#include "web/session_store.h"
#include "web/static_files.h"

namespace amparo::web {

// Which roles may call a route (bit mask); kPublic needs no session.
enum RoleMask : unsigned {
  kAdminOnly = 1u << 0,
  kReviewerRole = 1u << 1,
  kLegalRole = 1u << 2,
  kCommsRole = 1u << 3,
  kAnyRole = kAdminOnly | kReviewerRole | kLegalRole | kCommsRole,
  kPublic = 1u << 4,
};

class Api {
 public:
  Api(Archive& archive, const WebServer::Options& options, bool tls);
  Status Register(httplib::Server& server);

 private:
  struct Call {
    const httplib::Request& req;
    httplib::Response& res;
    Session session;
    std::string token;
    Actor actor;
  };
  using Handler = std::function<void(Call&)>;

  void Route(httplib::Server& server, const std::string& method, const std::string& pattern,
             const std::string& route_name, unsigned roles, Handler handler);
  httplib::Server::HandlerResponse PreRouting(const httplib::Request& req, httplib::Response& res);
  std::optional<std::pair<std::string, Session>> SessionOf(const httplib::Request& req);
  std::string SessionCookie(const std::string& token, bool clear) const;

  // Handlers (api_handlers.cc).
  void Login(Call& c);
  void Logout(Call& c);
  void SessionInfo(Call& c);
  void Search(Call& c);
  void ListTestimonies(Call& c);
  void ShowTestimony(Call& c);
  void StoryCard(Call& c);
  void ExportResults(Call& c);
  void Intake(Call& c);
  void ListReview(Call& c);
  void ShowReview(Call& c);
  void EditReview(Call& c);
  void ApproveReview(Call& c);
  void RejectReview(Call& c);
  void ShowConsent(Call& c);
  void NarrowConsent(Call& c);
  void WithdrawTestimony(Call& c);
  void WithdrawCase(Call& c);
  void ListTombstones(Call& c);
  void ListUsers(Call& c);
  void AddUser(Call& c);
  void RemoveUser(Call& c);
  void ReadAudit(Call& c);
  void VerifyAudit(Call& c);
  void Healthz(Call& c);
  void MetricsPage(Call& c);

  // Runs the search and returns up to `limit` ids of the result set.
  Status ResultSetIds(Call& c, size_t limit, std::vector<std::string>* ids);
  Status BuildQuery(const httplib::Request& req, std::string* query);

  Archive& archive_;
  const WebServer::Options options_;
  const bool tls_;
  SessionStore sessions_;
  LoginThrottle throttle_;
  Metrics metrics_;
  // Handlers computing at once (WebServer::Options::active_limit).
  FairSemaphore active_;
  StaticFiles static_files_;
};

}  // namespace amparo::web

#endif  // AMPARO_WEB_API_H_
