#include "web/hardened_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

namespace amparo::web {
namespace {

using Clock = std::chrono::steady_clock;

std::atomic<uint64_t> g_rejected{0};
thread_local bool t_rejecting = false;
thread_local bool t_close_after_response = false;
thread_local Clock::time_point t_request_start = Clock::now();

std::string AddressOf(const sockaddr_storage& addr, int* port) {
  char buf[INET6_ADDRSTRLEN] = {0};
  if (addr.ss_family == AF_INET) {
    auto* a = reinterpret_cast<const sockaddr_in*>(&addr);
    inet_ntop(AF_INET, &a->sin_addr, buf, sizeof(buf));
    *port = ntohs(a->sin_port);
  } else if (addr.ss_family == AF_INET6) {
    auto* a = reinterpret_cast<const sockaddr_in6*>(&addr);
    inet_ntop(AF_INET6, &a->sin6_addr, buf, sizeof(buf));
    *port = ntohs(a->sin6_port);
  }
  return buf;
}

// A socket stream (plain or TLS) with a per-request byte budget and deadline.
class LimitedStream : public httplib::Stream {
 public:
  LimitedStream(socket_t sock, SSL* ssl, const ConnectionLimits& limits)
      : sock_(sock), ssl_(ssl), limits_(limits) {}
  // The buffer held request lines (query strings): wiped, not just dropped.
  ~LimitedStream() override { explicit_bzero(buf_, sizeof(buf_)); }

  // Starts a new request: headers must fit in the header budget and arrive
  // before the header deadline.
  void BeginRequest() {
    used_ = 0;
    written_ = 0;
    exhausted_ = false;
    timed_out_ = false;
    in_body_ = false;
    budget_ = limits_.max_header_bytes;
    deadline_ = Clock::now() + limits_.header_deadline;
  }
  // Headers are parsed: the body may now be read.
  void BeginBody() {
    in_body_ = true;
    budget_ = used_ + limits_.max_body_bytes;
    deadline_ = Clock::now() + limits_.body_deadline;
  }

  bool is_readable() const override {
    if (buffered() > 0) return true;
    if (ssl_ && SSL_pending(ssl_) > 0) return true;
    return Wait(POLLIN);
  }
  bool is_writable() const override { return Wait(POLLOUT); }

  // cpp-httplib reads request lines and headers one byte at a time: bytes
  // come from a small buffer filled by one recv, never one syscall per byte.
  // The budget counts the bytes handed to the library, so read-ahead never
  // lets a request grow past its limits.
  ssize_t read(char* ptr, size_t size) override {
    if (used_ >= budget_) {
      exhausted_ = true;
      return -1;
    }
    size = std::min(size, budget_ - used_);
    if (buffered() == 0) {
      // A large read (a body) goes straight into the caller's memory.
      if (size >= sizeof(buf_)) {
        ssize_t n = Receive(ptr, size);
        if (n > 0) used_ += static_cast<size_t>(n);
        return n;
      }
      ssize_t n = Receive(buf_, sizeof(buf_));
      if (n <= 0) return n;
      buf_begin_ = 0;
      buf_end_ = static_cast<size_t>(n);
    }
    size_t n = std::min(size, buffered());
    memcpy(ptr, buf_ + buf_begin_, n);
    buf_begin_ += n;
    used_ += n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, size_t size) override {
    if (ssl_) {
      if (!Wait(POLLOUT, /*writing=*/true)) return -1;
      written_ += size;
      return SSL_write(ssl_, ptr, static_cast<int>(std::min<size_t>(size, INT32_MAX)));
    }
    // Try first, wait only when the socket's buffer is full: one syscall per
    // write in the common case. A partial send is finished by the caller.
    ssize_t n;
    do {
      n = send(sock_, ptr, size, MSG_NOSIGNAL | MSG_DONTWAIT);
    } while (n < 0 && errno == EINTR);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      if (!Wait(POLLOUT, /*writing=*/true)) return -1;
      do {
        n = send(sock_, ptr, size, MSG_NOSIGNAL);
      } while (n < 0 && errno == EINTR);
    }
    if (n > 0) written_ += static_cast<size_t>(n);
    return n;
  }

  // Bytes received but not yet read (the start of a pipelined request).
  size_t buffered() const { return buf_end_ - buf_begin_; }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage addr{};
    socklen_t len = sizeof(addr);
    if (getpeername(sock_, reinterpret_cast<sockaddr*>(&addr), &len) == 0) ip = AddressOf(addr, &port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage addr{};
    socklen_t len = sizeof(addr);
    if (getsockname(sock_, reinterpret_cast<sockaddr*>(&addr), &len) == 0) ip = AddressOf(addr, &port);
  }
  socket_t socket() const override { return sock_; }

  // Why the last request failed without a response, if it did.
  bool exhausted() const { return exhausted_; }
  bool timed_out() const { return timed_out_; }
  bool answered() const { return written_ > 0; }
  bool in_body() const { return in_body_; }

 private:
  // Waits for the socket until the request deadline (reads) or the write
  // timeout (writes).
  bool Wait(short events, bool writing = false) const {
    int timeout_ms;
    if (writing) {
      timeout_ms = 10000;
    } else {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - Clock::now());
      if (left.count() <= 0) return false;
      timeout_ms = static_cast<int>(left.count());
    }
    pollfd p{sock_, events, 0};
    int r;
    do {
      r = poll(&p, 1, timeout_ms);
    } while (r < 0 && errno == EINTR);
    return r > 0 && (p.revents & (events | POLLHUP | POLLERR));
  }

  // One recv (or SSL_read) into ptr within the request's deadline; a plain
  // socket is tried before it is polled.
  ssize_t Receive(char* ptr, size_t size) {
    ssize_t n;
    if (ssl_) {
      if (!is_readable()) {
        timed_out_ = Clock::now() >= deadline_;
        return -1;
      }
      return SSL_read(ssl_, ptr, static_cast<int>(std::min<size_t>(size, INT32_MAX)));
    }
    do {
      n = recv(sock_, ptr, size, MSG_DONTWAIT);
    } while (n < 0 && errno == EINTR);
    if (n >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK)) return n;
    if (!Wait(POLLIN)) {
      timed_out_ = Clock::now() >= deadline_;
      return -1;
    }
    do {
      n = recv(sock_, ptr, size, 0);
    } while (n < 0 && errno == EINTR);
    return n;
  }

  socket_t sock_;
  SSL* ssl_;
  const ConnectionLimits& limits_;
  char buf_[4096];
  size_t buf_begin_ = 0;
  size_t buf_end_ = 0;
  size_t used_ = 0;
  size_t budget_ = 0;
  size_t written_ = 0;
  bool exhausted_ = false;
  bool timed_out_ = false;
  bool in_body_ = false;
  Clock::time_point deadline_ = Clock::now();
};

void WriteCanned(httplib::Stream& strm, int status, const char* code, const char* message) {
  std::string body = std::string("{\"error\":{\"code\":\"") + code + "\",\"message\":\"" + message + "\"}}";
  std::string head = "HTTP/1.1 " + std::to_string(status) + " " +
                     (status == 431 ? "Request Header Fields Too Large" : "Request Timeout") +
                     "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                     "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
                     "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  std::string all = head + body;
  strm.write(all.data(), all.size());
}

bool WaitReadable(socket_t sock, std::chrono::milliseconds timeout) {
  pollfd p{sock, POLLIN, 0};
  int r;
  do {
    r = poll(&p, 1, static_cast<int>(timeout.count()));
  } while (r < 0 && errno == EINTR);
  return r > 0;
}

void RejectBusy(socket_t sock) {
  static const char kBusy[] =
      "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
      "Connection: close\r\nRetry-After: 1\r\nCache-Control: no-store\r\nContent-Length: 71\r\n\r\n"
      "{\"error\":{\"code\":\"unavailable\",\"message\":\"server busy, retry shortly\"}}";
  static_assert(sizeof("{\"error\":{\"code\":\"unavailable\",\"message\":\"server busy, retry shortly\"}}") - 1 == 71);
  (void)!send(sock, kBusy, sizeof(kBusy) - 1, MSG_DONTWAIT | MSG_NOSIGNAL);
  shutdown(sock, SHUT_RDWR);
  close(sock);
}

}  // namespace

BoundedTaskQueue::BoundedTaskQueue(size_t threads, size_t queue_limit) : queue_limit_(queue_limit) {
  for (size_t i = 0; i < threads; i++) threads_.emplace_back([this] { Work(); });
}

BoundedTaskQueue::~BoundedTaskQueue() { shutdown(); }

void BoundedTaskQueue::enqueue(std::function<void()> fn) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (jobs_.size() < queue_limit_ && !shutdown_) {
      jobs_.push_back(std::move(fn));
      cv_.notify_one();
      return;
    }
  }
  // Full: run the job on the accepting thread in "reject" mode, which only
  // answers 503 without blocking and closes the socket (the job owns it).
  g_rejected++;
  t_rejecting = true;
  fn();
  t_rejecting = false;
}

void BoundedTaskQueue::shutdown() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (shutdown_ && threads_.empty()) return;
    shutdown_ = true;
  }
  cv_.notify_all();
  for (auto& t : threads_) t.join();
  threads_.clear();
}

uint64_t BoundedTaskQueue::Rejected() { return g_rejected.load(); }

void BoundedTaskQueue::Work() {
  for (;;) {
    std::function<void()> fn;
    {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait(lock, [this] { return shutdown_ || !jobs_.empty(); });
      if (jobs_.empty()) return;  // shutdown with nothing left to serve
      fn = std::move(jobs_.front());
      jobs_.pop_front();
    }
    fn();
  }
}

void CloseConnectionAfterResponse() { t_close_after_response = true; }

std::chrono::steady_clock::time_point CurrentRequestStart() { return t_request_start; }

bool ServeLimitedConnection(
    httplib::Server& /*server*/, socket_t sock, SSL_CTX* tls, const ConnectionLimits& limits,
    const std::atomic<socket_t>& listen_socket,
    const std::function<bool(httplib::Stream&, bool, bool&,
                             const std::function<void(httplib::Request&)>&)>& process) {
  if (t_rejecting) {
    RejectBusy(sock);
    return false;
  }
  SSL* ssl = nullptr;
  if (tls) {
    // The handshake counts against the header deadline (SO_RCVTIMEO is set
    // by the server on accepted sockets, so a silent client cannot stall it).
    if (!WaitReadable(sock, limits.header_deadline)) {
      close(sock);
      return false;
    }
    ssl = SSL_new(tls);
    if (!ssl || SSL_set_fd(ssl, sock) != 1 || SSL_accept(ssl) != 1) {
      if (ssl) SSL_free(ssl);
      ERR_clear_error();
      close(sock);
      return false;
    }
  }
  LimitedStream strm(sock, ssl, limits);
  bool ret = false;
  size_t remaining = limits.keep_alive_max_requests;
  bool first = true;
  while (remaining > 0 && listen_socket != INVALID_SOCKET) {
    // Between requests, wait for the next one no longer than the idle limit.
    if (!first && strm.buffered() == 0 && !(ssl && SSL_pending(ssl) > 0) &&
        !WaitReadable(sock, limits.keep_alive_idle))
      break;
    first = false;
    strm.BeginRequest();
    t_request_start = Clock::now();
    t_close_after_response = false;
    bool closed = false;
    remaining--;
    ret = process(strm, remaining == 0 || listen_socket == INVALID_SOCKET, closed,
                  [&strm](httplib::Request&) { strm.BeginBody(); });
    if (!ret && !strm.answered() && (strm.exhausted() || strm.timed_out())) {
      // The library gives up silently; tell the client why.
      if (strm.exhausted() && !strm.in_body())
        WriteCanned(strm, 431, "headers_too_large", "request line or headers too large");
      else if (strm.timed_out())
        WriteCanned(strm, 408, "timeout", "request not received in time");
    }
    if (!ret || closed || t_close_after_response) break;
  }
  t_close_after_response = false;
  if (ssl) {
    SSL_shutdown(ssl);
    SSL_free(ssl);
    ERR_clear_error();
  }
  shutdown(sock, SHUT_RDWR);
  close(sock);
  return ret;
}

}  // namespace amparo::web
