// A real Amparo archive in a temporary directory, served by a real
// WebServer on 127.0.0.1 (a free port), with one user per role and helpers
// to call the API as each of them over HTTP.
#ifndef AMPARO_TESTS_WEB_WEB_TEST_ENV_H_
#define AMPARO_TESTS_WEB_WEB_TEST_ENV_H_

#include <httplib.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include <gtest/gtest.h>
#include <sodium.h>
#include <unistd.h>

#include <atomic>

#include "archive/archive.h"
#include "archive/intake.h"
#include "archive/master_key.h"
#include "web/server.h"

namespace amparo::web::testing {

using Json = nlohmann::json;

// A logged-in browser: its session cookie and CSRF token.
struct WebSession {
  std::string cookie;  // "amparo_session=..."
  std::string csrf;
  std::string role;
};

class WebTestEnv {
 public:
  static constexpr const char* kPassword = "correct horse battery";

  // Creates the archive and the users admin1, reviewer1, legal1, comms1.
  explicit WebTestEnv(WebServer::Options options = DefaultOptions());
  ~WebTestEnv();

  static WebServer::Options DefaultOptions();

  Archive& archive() { return *archive_; }
  int port() const { return server_->port(); }
  Actor admin() const { return Actor{"admin1", Role::kAdmin}; }
  httplib::Client Client() const;

  // Logs in over HTTP; fails the test if it does not succeed.
  WebSession Login(const std::string& user, const std::string& password = kPassword);

  httplib::Result Get(const WebSession* s, const std::string& path);
  httplib::Result Post(const WebSession* s, const std::string& path, const std::string& body);
  httplib::Result Put(const WebSession* s, const std::string& path, const std::string& body);
  httplib::Result Delete(const WebSession* s, const std::string& path);

  // An intake record as JSON (unique case code and text per call).
  static Json Record(const std::vector<std::string>& scopes, const std::string& words);
  // Ingests through the archive as admin1: approved or pending. Returns the id.
  std::string Ingest(const std::vector<std::string>& scopes, const std::string& words,
                     bool approve, std::string* case_code = nullptr);

 private:
  httplib::Headers HeadersFor(const WebSession* s) const;
  std::filesystem::path dir_;
  std::unique_ptr<Archive> archive_;
  std::unique_ptr<WebServer> server_;
};

// ---- implementation (header-only: tests/web/*_test.cc are the suite's only sources) ----


inline std::atomic<int> g_counter{0};

inline WebServer::Options WebTestEnv::DefaultOptions() {
  WebServer::Options o;
  o.host = "127.0.0.1";
  o.port = 0;
  o.static_dir = std::string(AMPARO_SOURCE_DIR) + "/web/static";
  o.access_log = false;
  o.threads = 8;
  o.login_limits.per_address = 1000;  // every test client shares 127.0.0.1
  return o;
}

inline WebTestEnv::WebTestEnv(WebServer::Options options) {
  if (sodium_init() < 0) ADD_FAILURE() << "sodium_init failed";
  char tmpl[] = "/tmp/amparo-web-test-XXXXXX";
  dir_ = mkdtemp(tmpl);
  Archive::Options ao;
  ao.data_dir = (dir_ / "data").string();
  ao.create = true;
  Status s = Archive::Open(ao, MasterKey::Generate(), &archive_);
  if (!s.ok()) {
    ADD_FAILURE() << s.ToString();
    return;
  }
  for (auto [name, role] : {std::pair{"admin1", Role::kAdmin}, {"reviewer1", Role::kReviewer},
                            {"legal1", Role::kLegal}, {"comms1", Role::kComms}}) {
    Status st = archive_->AddUser(admin(), name, role, kPassword);
    EXPECT_TRUE(st.ok()) << st.ToString();
  }
  server_ = std::make_unique<WebServer>(*archive_, options);
  s = server_->Start();
  EXPECT_TRUE(s.ok()) << s.ToString();
}

inline WebTestEnv::~WebTestEnv() {
  if (server_) server_->Stop();
  server_.reset();
  archive_.reset();
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

inline httplib::Client WebTestEnv::Client() const {
  httplib::Client c("127.0.0.1", port());
  c.set_connection_timeout(5);
  c.set_read_timeout(20);
  return c;
}

inline httplib::Headers WebTestEnv::HeadersFor(const WebSession* s) const {
  httplib::Headers h;
  if (s) {
    if (!s->cookie.empty()) h.emplace("Cookie", s->cookie);
    h.emplace("X-Amparo-CSRF", s->csrf);
  } else {
    h.emplace("X-Amparo-CSRF", "1");
  }
  return h;
}

inline WebSession WebTestEnv::Login(const std::string& user, const std::string& password) {
  auto c = Client();
  Json body{{"user", user}, {"password", password}};
  auto r = c.Post("/api/login", {{"X-Amparo-CSRF", "1"}}, body.dump(), "application/json");
  WebSession s;
  if (!r) {
    ADD_FAILURE() << "login: no response";
    return s;
  }
  EXPECT_EQ(r->status, 200) << r->body;
  if (r->status != 200) return s;
  std::string set_cookie = r->get_header_value("Set-Cookie");
  s.cookie = set_cookie.substr(0, set_cookie.find(';'));
  Json j = Json::parse(r->body);
  s.csrf = j["csrf"];
  s.role = j["role"];
  return s;
}

inline httplib::Result WebTestEnv::Get(const WebSession* s, const std::string& path) {
  return Client().Get(path, HeadersFor(s));
}
inline httplib::Result WebTestEnv::Post(const WebSession* s, const std::string& path, const std::string& body) {
  return Client().Post(path, HeadersFor(s), body, "application/json");
}
inline httplib::Result WebTestEnv::Put(const WebSession* s, const std::string& path, const std::string& body) {
  return Client().Put(path, HeadersFor(s), body, "application/json");
}
inline httplib::Result WebTestEnv::Delete(const WebSession* s, const std::string& path) {
  return Client().Delete(path, HeadersFor(s));
}

inline Json WebTestEnv::Record(const std::vector<std::string>& scopes, const std::string& words) {
  int n = ++g_counter;
  std::string code = "CAI-2025-" + std::to_string(1000 + n) + "-" + std::to_string(getpid());
  return Json{{"case_code", code},
              {"pseudonym", "Yahir*"},
              {"language", "es"},
              {"recorded_on", "2025-06"},
              {"recorded_at", "Ciudad de México"},
              {"title", "Testimonio " + std::to_string(n)},
              {"text", "Me llamo Yahir Mejía. Mi teléfono es +504 9876 5432. " + words +
                           " en Palenque, cuando cruzábamos."},
              {"known_identifiers", {{"names", {"Yahir Mejía"}}, {"phones", {"+504 9876 5432"}}}},
              {"tags", {{"violence", {"extortion"}}, {"perpetrator", {"gang"}}, {"places", {"Palenque"}}}},
              {"consent",
               {{"scopes", scopes},
                {"given_on", "2025-06-12"},
                {"method", "written"},
                {"recorded_by", "staff-17"},
                {"expires_on", "2030-06-12"}}}};
}

inline std::string WebTestEnv::Ingest(const std::vector<std::string>& scopes, const std::string& words,
                               bool approve, std::string* case_code) {
  Json j = Record(scopes, words);
  if (case_code) *case_code = j["case_code"];
  IntakeRecord r;
  Status s = ParseIntakeJson(j.dump(), 256 * 1024, &r);
  EXPECT_TRUE(s.ok()) << s.ToString();
  std::string id;
  s = archive_->Ingest(admin(), r, approve, &id);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return id;
}

}  // namespace amparo::web::testing

#endif  // AMPARO_TESTS_WEB_WEB_TEST_ENV_H_
