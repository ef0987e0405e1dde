// The shipped nginx configuration (docs/nginx/amparo.conf) in front of a
// real server: nginx (Debian's package) runs as a normal child process with
// a temporary main config on loopback ports. The shipped file is used as it
// is except for ports, certificate and log paths, and shorter timeouts so
// the slow-client case stays fast. Skipped when nginx is not installed.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include "tests/web/raw_http.h"
#include "tests/web/test_cert.h"
#include "tests/web/web_test_env.h"

namespace amparo::web::testing {
namespace {

const char* FindNginx() {
  for (const char* p : {"/usr/sbin/nginx", "/usr/bin/nginx"})
    if (access(p, X_OK) == 0) return p;
  return nullptr;
}

int FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof(a));
  socklen_t len = sizeof(a);
  getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  close(fd);
  return ntohs(a.sin_port);
}

void Replace(std::string* s, const std::string& from, const std::string& to) {
  size_t at = s->find(from);
  ASSERT_NE(at, std::string::npos) << "the shipped config no longer contains: " << from;
  while (at != std::string::npos) {
    s->replace(at, from.size(), to);
    at = s->find(from, at + to.size());
  }
}

class NginxTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    nginx_ = FindNginx();
    if (!nginx_) return;
    env_ = new WebTestEnv();
    char tmpl[] = "/tmp/amparo-nginx-XXXXXX";
    dir_ = mkdtemp(tmpl);
    ASSERT_TRUE(WriteSelfSignedCert(dir_ + "/cert.pem", dir_ + "/key.pem"));
    std::ifstream in(std::string(AMPARO_SOURCE_DIR) + "/docs/nginx/amparo.conf");
    std::stringstream ss;
    ss << in.rdbuf();
    std::string conf = ss.str();
    port_ = FreePort();
    int http_port = FreePort();
    Replace(&conf, "listen 443 ssl http2;", "listen 127.0.0.1:" + std::to_string(port_) + " ssl http2;");
    Replace(&conf, "listen 80;", "listen 127.0.0.1:" + std::to_string(http_port) + ";");
    Replace(&conf, "server 127.0.0.1:8080;", "server 127.0.0.1:" + std::to_string(env_->port()) + ";");
    Replace(&conf, "/etc/ssl/amparo/fullchain.pem", dir_ + "/cert.pem");
    Replace(&conf, "/etc/ssl/amparo/privkey.pem", dir_ + "/key.pem");
    Replace(&conf, "/var/log/nginx/", dir_ + "/");
    Replace(&conf, "client_header_timeout 10s;", "client_header_timeout 2s;");
    Replace(&conf, "client_body_timeout 10s;", "client_body_timeout 2s;");
    std::ofstream(dir_ + "/amparo.conf") << conf;
    std::ofstream main(dir_ + "/nginx.conf");
    if (geteuid() == 0) main << "user root;\n";
    main << "daemon off;\nworker_processes 1;\npid " << dir_ << "/nginx.pid;\n"
         << "error_log " << dir_ << "/main-error.log crit;\n"
         << "events { worker_connections 512; }\n"
         << "http {\n  include /etc/nginx/mime.types;\n"
         << "  client_body_temp_path " << dir_ << "/body;\n  proxy_temp_path " << dir_ << "/proxy;\n"
         << "  fastcgi_temp_path " << dir_ << "/fcgi;\n  uwsgi_temp_path " << dir_ << "/uwsgi;\n"
         << "  scgi_temp_path " << dir_ << "/scgi;\n  include " << dir_ << "/amparo.conf;\n}\n";
    main.close();
    pid_ = fork();
    if (pid_ == 0) {
      execl(nginx_, nginx_, "-p", dir_.c_str(), "-c", (dir_ + "/nginx.conf").c_str(), nullptr);
      _exit(127);
    }
    for (int i = 0; i < 100; i++) {
      int fd = ConnectLoopback(port_);
      if (fd >= 0) {
        close(fd);
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ADD_FAILURE() << "nginx did not start";
  }
  static void TearDownTestSuite() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
    delete env_;
    env_ = nullptr;
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }
  void SetUp() override {
    if (!nginx_) GTEST_SKIP() << "nginx is not installed (apt-get install nginx); skipping the tests through nginx";
  }
  static std::unique_ptr<httplib::SSLClient> Client() {
    auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", port_);
    c->enable_server_certificate_verification(false);
    c->set_connection_timeout(5);
    c->set_read_timeout(20);
    return c;
  }
  static void ExpectJsonError(const httplib::Result& r, int status) {
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, status) << r->body;
    Json j = Json::parse(r->body, nullptr, false);
    EXPECT_TRUE(j.is_object() && j.contains("error")) << r->body;
  }
  static void ExpectStillServing() {
    auto r = Client()->Get("/healthz");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
  }
  // Raw bytes over TLS (for requests the client library will not send).
  static std::string RawTls(const std::string& request, int timeout_ms = 5000) {
    SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
    int fd = ConnectLoopback(port_);
    SSL* ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    std::string out;
    if (SSL_connect(ssl) == 1) {
      SSL_write(ssl, request.data(), static_cast<int>(request.size()));
      char buf[8192];
      for (;;) {
        pollfd p{fd, POLLIN, 0};
        if (SSL_pending(ssl) == 0 && poll(&p, 1, timeout_ms) <= 0) break;
        int n = SSL_read(ssl, buf, sizeof(buf));
        if (n <= 0) break;
        out.append(buf, n);
      }
    }
    SSL_free(ssl);
    close(fd);
    SSL_CTX_free(ctx);
    return out;
  }
  static const char* nginx_;
  static WebTestEnv* env_;
  static std::string dir_;
  static int port_;
  static pid_t pid_;
};
const char* NginxTest::nginx_ = nullptr;
WebTestEnv* NginxTest::env_ = nullptr;
std::string NginxTest::dir_;
int NginxTest::port_ = 0;
pid_t NginxTest::pid_ = -1;

TEST_F(NginxTest, LoginSearchAndHeadersThroughTheProxy) {
  std::string id = env_->Ingest({"legal"}, "cenzontle proxy", true);
  auto c = Client();
  auto r = c->Post("/api/login", {{"X-Amparo-CSRF", "1"}},
                   Json{{"user", "legal1"}, {"password", WebTestEnv::kPassword}}.dump(), "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  std::string cookie = r->get_header_value("Set-Cookie");
  cookie = cookie.substr(0, cookie.find(';'));
  auto s = c->Get("/api/search?q=cenzontle", {{"Cookie", cookie}});
  ASSERT_TRUE(s);
  ASSERT_EQ(s->status, 200);
  EXPECT_EQ(Json::parse(s->body)["hits"][0]["id"], id);
  EXPECT_NE(s->get_header_value("Content-Security-Policy").find("default-src 'self'"), std::string::npos);
  EXPECT_EQ(s->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(s->get_header_value("Cache-Control"), "no-store");
  EXPECT_NE(s->get_header_value("Strict-Transport-Security").find("max-age"), std::string::npos);
  EXPECT_EQ(s->get_header_value("Server"), "nginx");  // no version
  // The access log holds no query text.
  std::ifstream log(dir_ + "/amparo-access.log");
  std::stringstream all;
  all << log.rdbuf();
  EXPECT_NE(all.str().find("GET /api/search"), std::string::npos);
  EXPECT_EQ(all.str().find("cenzontle"), std::string::npos);
}

TEST_F(NginxTest, OversizedChunkedAndCompressedBodies) {
  auto c = Client();
  ExpectJsonError(c->Post("/api/login", {{"X-Amparo-CSRF", "1"}}, std::string(2 * 1024 * 1024, 'x'), "application/json"), 413);
  std::string chunked = RawTls("POST /api/login HTTP/1.1\r\nHost: x\r\nX-Amparo-CSRF: 1\r\n"
                               "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
  EXPECT_EQ(StatusOf(chunked), 411) << chunked;
  EXPECT_NE(chunked.find("length_required"), std::string::npos);
  ExpectJsonError(c->Post("/api/login", {{"X-Amparo-CSRF", "1"}, {"Content-Encoding", "gzip"}}, "abcd", "application/json"), 415);
  ExpectStillServing();
}

TEST_F(NginxTest, MalformedJsonUnknownRouteAndDotDot) {
  auto c = Client();
  auto r = c->Post("/api/login", {{"X-Amparo-CSRF", "1"}}, "{\"user\": ", "application/json");
  ExpectJsonError(r, 400);
  EXPECT_NE(r->body.find("malformed_json"), std::string::npos);
  ExpectJsonError(c->Get("/api/no/such/route"), 404);
  for (const char* path : {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd"}) {
    std::string raw = RawTls(std::string("GET ") + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    int status = StatusOf(raw);
    EXPECT_TRUE(status == 400 || status == 404) << path << ": " << raw.substr(0, 120);
    EXPECT_EQ(raw.find("root:"), std::string::npos);
  }
}

TEST_F(NginxTest, InvalidUtf8HugeQueryAndHeaderFlood) {
  WebSession legal;
  auto c = Client();
  auto login = c->Post("/api/login", {{"X-Amparo-CSRF", "1"}},
                       Json{{"user", "legal1"}, {"password", WebTestEnv::kPassword}}.dump(), "application/json");
  ASSERT_TRUE(login);
  std::string cookie = login->get_header_value("Set-Cookie");
  cookie = cookie.substr(0, cookie.find(';'));
  auto bad = c->Get("/api/search?q=%FF%FE", {{"Cookie", cookie}});
  ExpectJsonError(bad, 400);
  std::string huge = RawTls("GET /api/search?q=" + std::string(100 * 1024, 'a') + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  int status = StatusOf(huge);
  EXPECT_TRUE(status == 414 || status == 400) << huge.substr(0, 120);
  std::string flood = "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n";
  for (int i = 0; i < 2000; i++) flood += "X-Flood-" + std::to_string(i) + ": " + std::string(100, 'f') + "\r\n";
  std::string fr = RawTls(flood + "\r\n");
  int fstatus = StatusOf(fr);
  EXPECT_TRUE(fstatus == 0 || fstatus / 100 == 4) << fr.substr(0, 120);
  EXPECT_NE(fstatus, 200);
  ExpectStillServing();
}

TEST_F(NginxTest, SlowClientIsCutOffAndOthersAreServed) {
  SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
  int fd = ConnectLoopback(port_);
  SSL* ssl = SSL_new(ctx);
  SSL_set_fd(ssl, fd);
  ASSERT_EQ(SSL_connect(ssl), 1);
  std::string start = "GET /healthz HTTP/1.1\r\n";
  SSL_write(ssl, start.data(), static_cast<int>(start.size()));
  auto begin = std::chrono::steady_clock::now();
  ExpectStillServing();  // others are served while it dawdles
  bool cut = false;
  while (std::chrono::steady_clock::now() - begin < std::chrono::seconds(8)) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2500));  // slower than the header timeout
    std::string line = "X-Slow: 1\r\n";
    if (SSL_write(ssl, line.data(), static_cast<int>(line.size())) <= 0) { cut = true; break; }
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 10) > 0) {
      char b[512];
      if (SSL_read(ssl, b, sizeof(b)) <= 0 || true) { cut = true; break; }
    }
  }
  EXPECT_TRUE(cut) << "nginx kept a slow client's request open";
  SSL_free(ssl);
  close(fd);
  SSL_CTX_free(ctx);
  ExpectStillServing();
}

TEST_F(NginxTest, LoginRateLimitIgnoresForgedAddressHeaders) {
  // nginx limits logins per client address; changing forwarding headers on
  // every attempt must not give fresh budgets. (Runs last: it spends the
  // address's login budget.)
  auto c = Client();
  int limited = 0;
  for (int i = 0; i < 10; i++) {
    std::string ip = "10.1.2." + std::to_string(i);
    auto r = c->Post("/api/login",
                     {{"X-Amparo-CSRF", "1"}, {"X-Forwarded-For", ip}, {"X-Real-IP", ip}, {"REMOTE_ADDR", ip}},
                     Json{{"user", "nobody" + std::to_string(i)}, {"password", "wrong password"}}.dump(),
                     "application/json");
    ASSERT_TRUE(r);
    if (r->status == 429) {
      limited++;
      EXPECT_NE(r->body.find("too_many_requests"), std::string::npos) << r->body;
    } else {
      EXPECT_EQ(r->status, 401);
    }
  }
  EXPECT_GE(limited, 4);
  ExpectStillServing();
}

}  // namespace
}  // namespace amparo::web::testing
