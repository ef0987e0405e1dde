// HardenedServer wraps cpp-httplib's Server (or SSLServer) so that one
// connection can cost only a bounded amount of memory and time, whatever the
// client sends. cpp-httplib 0.11.4 reads request lines and headers without a
// total limit and lets a client that trickles bytes keep a worker forever;
// the fixes upstream came later. Here every connection reads through
// LimitedStream, which enforces a byte budget and a wall-clock deadline per
// request (headers first, then body), and the worker pool has a bounded
// queue: when it is full, new connections get an immediate 503 and close.
//
// Guarantees: at most `threads` requests run at once and at most
// `queue_limit` connections wait; a request's headers must arrive within
// header_deadline and max_header_bytes, its body within body_deadline and
// max_header_bytes + max_body_bytes; a handler may ask for the connection to
// close after its response (CloseConnectionAfterResponse), used when a body
// is refused before it is read.
#ifndef AMPARO_WEB_HARDENED_SERVER_H_
#define AMPARO_WEB_HARDENED_SERVER_H_

#include <httplib.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace amparo::web {

struct ConnectionLimits {
  size_t max_header_bytes = 16 * 1024;  // request line + headers
  size_t max_body_bytes = 1024 * 1024;
  std::chrono::milliseconds header_deadline{10000};
  std::chrono::milliseconds body_deadline{30000};
  std::chrono::milliseconds keep_alive_idle{5000};
  size_t keep_alive_max_requests = 1000;
};

// A fixed pool of workers with a bounded queue of waiting connections.
class BoundedTaskQueue : public httplib::TaskQueue {
 public:
  BoundedTaskQueue(size_t threads, size_t queue_limit);
  ~BoundedTaskQueue() override;
  void enqueue(std::function<void()> fn) override;
  void shutdown() override;

  // Connections turned away because the queue was full (for /metrics).
  static uint64_t Rejected();

 private:
  void Work();
  const size_t queue_limit_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::thread> threads_;
  bool shutdown_ = false;
};

// When the current request on this thread began (its first byte awaited).
std::chrono::steady_clock::time_point CurrentRequestStart();

// Called from a handler (same thread as the connection): the connection is
// closed after the current response instead of being kept alive.
void CloseConnectionAfterResponse();

// Serves one connection with the limits above. Implemented for the plain
// and the TLS server.
bool ServeLimitedConnection(httplib::Server& server, socket_t sock, SSL_CTX* tls,
                            const ConnectionLimits& limits,
                            const std::atomic<socket_t>& listen_socket,
                            const std::function<bool(httplib::Stream&, bool, bool&,
                                                     const std::function<void(httplib::Request&)>&)>&
                                process);

// cpp-httplib 0.11.4 (built into Debian's shared library) listens with a
// backlog of 5: under load, connections beyond it wait for SYN retries
// (1 s, 3 s...). The backlog can be raised on the bound socket.
class ListenBacklog {
 public:
  virtual ~ListenBacklog() = default;
  // Call after bind, before or while listening.
  virtual bool RaiseListenBacklog(int backlog) = 0;
};

template <class Base>
class HardenedServer : public Base, public ListenBacklog {
 public:
  template <class... Args>
  explicit HardenedServer(const ConnectionLimits& limits, Args&&... args)
      : Base(std::forward<Args>(args)...), limits_(limits) {}

  bool RaiseListenBacklog(int backlog) override {
    return this->svr_sock_ != INVALID_SOCKET && ::listen(this->svr_sock_, backlog) == 0;
  }

 private:
  bool process_and_close_socket(socket_t sock) override {
    SSL_CTX* tls = nullptr;
    if constexpr (std::is_base_of_v<httplib::SSLServer, Base>) tls = this->ssl_context();
    return ServeLimitedConnection(
        *this, sock, tls, limits_, this->svr_sock_,
        [this](httplib::Stream& strm, bool close, bool& closed,
               const std::function<void(httplib::Request&)>& setup) {
          return this->process_request(strm, close, closed, setup);
        });
  }
  ConnectionLimits limits_;
};

}  // namespace amparo::web

#endif  // AMPARO_WEB_HARDENED_SERVER_H_
