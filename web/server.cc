#include "web/server.h"

#include <openssl/ssl.h>

#include "web/api.h"

namespace amparo::web {

bool ParseListenAddress(const std::string& s, std::string* host, int* port) {
  size_t colon = s.rfind(':');
  if (colon == std::string::npos) return false;
  std::string h = s.substr(0, colon);
  std::string p = s.substr(colon + 1);
  if (p.empty() || p.size() > 5 || p.find_first_not_of("0123456789") != std::string::npos) return false;
  int n = std::stoi(p);
  if (n > 65535) return false;
  if (h.size() >= 2 && h.front() == '[' && h.back() == ']') h = h.substr(1, h.size() - 2);
  *host = h.empty() ? "127.0.0.1" : h;
  *port = n;
  return true;
}

WebServer::WebServer(Archive& archive, Options options)
    : archive_(archive), options_(std::move(options)) {}

WebServer::~WebServer() { Stop(); }

bool WebServer::tls() const { return !options_.tls_cert_file.empty(); }

Status WebServer::Start() {
  if (options_.tls_cert_file.empty() != options_.tls_key_file.empty())
    return Status::InvalidArgument("--tls-cert and --tls-key go together");
  if (tls()) {
    auto server = std::make_unique<HardenedServer<httplib::SSLServer>>(
        options_.limits, options_.tls_cert_file.c_str(), options_.tls_key_file.c_str());
    if (!server->is_valid())
      return Status::InvalidArgument("cannot load the TLS certificate or key");
    SSL_CTX_set_min_proto_version(server->ssl_context(), TLS1_2_VERSION);
    http_ = std::move(server);
  } else {
    http_ = std::make_unique<HardenedServer<httplib::Server>>(options_.limits);
  }
  const size_t threads = std::max<size_t>(1, options_.threads);
  const size_t queue_limit = options_.queue_limit;
  http_->new_task_queue = [threads, queue_limit] { return new BoundedTaskQueue(threads, queue_limit); };
  // Explicit limits (the library's defaults are unlimited bodies and 5 s).
  auto secs = [](std::chrono::milliseconds ms) { return static_cast<time_t>((ms.count() + 999) / 1000); };
  http_->set_payload_max_length(options_.limits.max_body_bytes);
  http_->set_read_timeout(secs(options_.limits.header_deadline));
  http_->set_write_timeout(10);
  http_->set_keep_alive_timeout(secs(options_.limits.keep_alive_idle));
  http_->set_keep_alive_max_count(options_.limits.keep_alive_max_requests);
  http_->set_tcp_nodelay(true);

  api_ = std::make_unique<Api>(archive_, options_, tls());
  AMPARO_RETURN_IF_ERROR(api_->Register(*http_));

  if (options_.port == 0) {
    port_ = http_->bind_to_any_port(options_.host);
    if (port_ <= 0) return Status::IOError("cannot bind to " + options_.host);
  } else {
    if (!http_->bind_to_port(options_.host, options_.port))
      return Status::IOError("cannot bind to " + options_.host + ":" + std::to_string(options_.port));
    port_ = options_.port;
  }
  if (auto* backlog = dynamic_cast<ListenBacklog*>(http_.get())) backlog->RaiseListenBacklog(1024);
  thread_ = std::thread([this] { http_->listen_after_bind(); });
  // stop() is a no-op until the loop runs: wait for it so Stop() always works.
  for (int i = 0; i < 5000 && !http_->is_running(); i++)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return Status::OK();
}

void WebServer::Stop() {
  if (http_) http_->stop();
  Wait();
}

void WebServer::Wait() {
  std::call_once(join_once_, [this] {
    if (thread_.joinable()) thread_.join();
  });
}

}  // namespace amparo::web
