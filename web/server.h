// WebServer is Amparo's HTTP front: the JSON API under /api/, the static web
// UI, /healthz and /metrics, bound to one open Archive.
//
// It adds nothing to what the archive allows: every API call is made as the
// session's user and role, and the archive checks roles and consent again.
// What it guarantees on its own: loopback by default, TLS when given a
// certificate, security headers on every response (CSP without inline
// script, nosniff, no-referrer, no-store), CSRF protection for every
// state-changing call (SameSite=Strict cookie AND a per-session token in
// the X-Amparo-CSRF header), bounded work per connection (see
// hardened_server.h), JSON errors for every failure, and logs that hold
// method, route pattern, status and latency only.
#ifndef AMPARO_WEB_SERVER_H_
#define AMPARO_WEB_SERVER_H_

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "archive/archive.h"
#include "archive/status.h"
#include "web/hardened_server.h"
#include "web/login_throttle.h"

namespace amparo::web {

class Api;

class WebServer {
 public:
  struct Options {
    std::string host = "127.0.0.1";
    int port = 8080;                // 0: pick a free port (see port())
    std::string tls_cert_file;      // both set: serve HTTPS
    std::string tls_key_file;
    std::string static_dir;         // "" = FindStaticDir()
    size_t threads = 32;            // connections served at once (kept-alive ones hold a worker)
    size_t queue_limit = 64;        // connections waiting for a worker
    // Requests computed at once; the others wait their turn in arrival order
    // (fair_semaphore.h). 0: twice the number of cores.
    size_t active_limit = 0;
    ConnectionLimits limits;        // bytes and deadlines per request
    size_t max_query_chars = 1000;  // the search text
    std::chrono::seconds session_idle{30 * 60};
    std::chrono::seconds session_absolute{12 * 60 * 60};
    LoginThrottle::Limits login_limits;
    bool secure_cookies = false;    // mark cookies Secure (TLS ends at a proxy)
    bool access_log = true;         // method, route, status, latency to stderr
  };

  WebServer(Archive& archive, Options options);
  ~WebServer();

  // Binds and starts serving on a background thread.
  Status Start();
  // Stops accepting, lets in-flight requests finish, joins the threads.
  void Stop();
  // Blocks until the server stops (after Stop() from another thread).
  // Safe to call from several threads.
  void Wait();
  int port() const { return port_; }
  bool tls() const;

 private:
  Archive& archive_;
  Options options_;
  std::unique_ptr<httplib::Server> http_;
  std::unique_ptr<Api> api_;
  std::thread thread_;
  std::once_flag join_once_;
  int port_ = 0;
};

// Parses "host:port", "[v6]:port" or ":port" (host stays as given).
bool ParseListenAddress(const std::string& s, std::string* host, int* port);

}  // namespace amparo::web

#endif  // AMPARO_WEB_SERVER_H_
