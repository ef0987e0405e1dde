// The server's own TLS (httplib::SSLServer under the hardened connection
// loop): HTTPS works, cookies are Secure, HSTS is sent, plain HTTP and
// stalled handshakes get nowhere.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/web/raw_http.h"
#include "tests/web/test_cert.h"
#include "tests/web/web_test_env.h"

namespace amparo::web::testing {
namespace {

class TlsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/amparo-tls-XXXXXX";
    dir_ = mkdtemp(tmpl);
    ASSERT_TRUE(WriteSelfSignedCert(dir_ + "/cert.pem", dir_ + "/key.pem"));
    WebServer::Options o = WebTestEnv::DefaultOptions();
    o.tls_cert_file = dir_ + "/cert.pem";
    o.tls_key_file = dir_ + "/key.pem";
    o.limits.header_deadline = std::chrono::milliseconds(1500);
    env_ = std::make_unique<WebTestEnv>(o);
  }
  void TearDown() override {
    env_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::unique_ptr<httplib::SSLClient> Client() {
    auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", env_->port());
    c->enable_server_certificate_verification(false);
    c->set_connection_timeout(5);
    c->set_read_timeout(20);
    return c;
  }
  std::string dir_;
  std::unique_ptr<WebTestEnv> env_;
};

TEST_F(TlsTest, HttpsServesWithSecureCookiesAndHsts) {
  auto c = Client();
  auto h = c->Get("/healthz");
  ASSERT_TRUE(h) << httplib::to_string(h.error());
  EXPECT_EQ(h->status, 200);
  EXPECT_NE(h->get_header_value("Strict-Transport-Security").find("max-age="), std::string::npos);
  auto r = c->Post("/api/login", {{"X-Amparo-CSRF", "1"}},
                  Json{{"user", "legal1"}, {"password", WebTestEnv::kPassword}}.dump(), "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  std::string cookie = r->get_header_value("Set-Cookie");
  EXPECT_NE(cookie.find("; Secure"), std::string::npos) << cookie;
  // Keep-alive over TLS: several requests on one connection.
  for (int i = 0; i < 3; i++) {
    auto s = c->Get("/api/session", {{"Cookie", cookie.substr(0, cookie.find(';'))}});
    ASSERT_TRUE(s);
    EXPECT_EQ(s->status, 200);
  }
}

TEST_F(TlsTest, PlainHttpAndStalledHandshakesGetNothing) {
  std::string r = Exchange(env_->port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 3000);
  EXPECT_EQ(r.find("\"ok\""), std::string::npos);
  // Connect and say nothing: the handshake deadline closes the socket.
  int fd = ConnectLoopback(env_->port());
  auto start = std::chrono::steady_clock::now();
  ReadResponse(fd, 5000);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(4));
  close(fd);
  auto c = Client();
  auto h = c->Get("/healthz");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->status, 200);
}

TEST(TlsConfigTest, BadCertificateIsAnError) {
  if (sodium_init() < 0) FAIL();
  char tmpl[] = "/tmp/amparo-tls-bad-XXXXXX";
  std::string dir = mkdtemp(tmpl);
  std::unique_ptr<Archive> archive;
  Archive::Options ao;
  ao.data_dir = dir + "/data";
  ao.create = true;
  ASSERT_TRUE(Archive::Open(ao, MasterKey::Generate(), &archive).ok());
  {
    std::ofstream(dir + "/cert.pem") << "not a certificate";
    WebServer::Options o = WebTestEnv::DefaultOptions();
    o.tls_cert_file = dir + "/cert.pem";
    o.tls_key_file = dir + "/cert.pem";
    WebServer server(*archive, o);
    Status s = server.Start();
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << s.ToString();
    o.tls_key_file = "";
    WebServer half(*archive, o);
    EXPECT_FALSE(half.Start().ok());
  }
  archive.reset();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace amparo::web::testing
