// The JSON API's behaviour against a real archive: sessions, expiry, rate
// limits, search with facets and paging, review, consent, exports, metrics,
// audit, security headers and logs.
#include <gtest/gtest.h>

#include "archive/export_format.h"

#include <regex>
#include <thread>

#include "tests/web/web_test_env.h"
#include "web/http_util.h"

namespace amparo::web::testing {
namespace {

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { env_ = new WebTestEnv(); }
  static void TearDownTestSuite() {
    delete env_;
    env_ = nullptr;
  }
  static Json GetJson(const WebSession* s, const std::string& path, int expect = 200) {
    auto r = env_->Get(s, path);
    EXPECT_TRUE(r) << path;
    if (!r) return Json();
    EXPECT_EQ(r->status, expect) << path << ": " << r->body;
    return Json::parse(r->body, nullptr, false);
  }
  static WebTestEnv* env_;
};
WebTestEnv* ApiTest::env_ = nullptr;

TEST_F(ApiTest, SecurityHeadersOnEveryResponse) {
  WebSession legal = env_->Login("legal1");
  for (const std::string path : {"/", "/app.js", "/api/session", "/api/nothing", "/healthz"}) {
    for (const WebSession* s : std::vector<const WebSession*>{nullptr, &legal}) {
      auto r = env_->Get(s, path);
      ASSERT_TRUE(r);
      std::string csp = r->get_header_value("Content-Security-Policy");
      EXPECT_NE(csp.find("default-src 'self'"), std::string::npos) << path;
      EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << path;
      EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << path;
      EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff") << path;
      EXPECT_EQ(r->get_header_value("Referrer-Policy"), "no-referrer") << path;
      if (path.rfind("/api/", 0) == 0) {
        EXPECT_EQ(r->get_header_value("Cache-Control"), "no-store");
      }
    }
  }
}

TEST_F(ApiTest, LoginSetsAStrictHttpOnlyCookieAndLogoutEndsTheSession) {
  auto c = env_->Client();
  auto r = c.Post("/api/login", {{"X-Amparo-CSRF", "1"}},
                  Json{{"user", "comms1"}, {"password", WebTestEnv::kPassword}}.dump(), "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  std::string cookie = r->get_header_value("Set-Cookie");
  EXPECT_TRUE(std::regex_search(cookie, std::regex("^amparo_session=[0-9a-f]{64};")));
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos);  // plain HTTP here
  WebSession s{cookie.substr(0, cookie.find(';')), Json::parse(r->body)["csrf"], "comms"};
  EXPECT_EQ(GetJson(&s, "/api/session")["role"], "comms");
  auto out = env_->Post(&s, "/api/logout", "{}");
  ASSERT_TRUE(out);
  EXPECT_EQ(out->status, 200);
  EXPECT_NE(out->get_header_value("Set-Cookie").find("Max-Age=0"), std::string::npos);
  GetJson(&s, "/api/session", 401);

  // Login itself needs the custom header (no cross-site form posts).
  r = c.Post("/api/login", Json{{"user", "comms1"}, {"password", WebTestEnv::kPassword}}.dump(),
             "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  // Wrong password: 401, same message as an unknown user.
  auto bad1 = c.Post("/api/login", {{"X-Amparo-CSRF", "1"}},
                     Json{{"user", "comms1"}, {"password", "not the password"}}.dump(), "application/json");
  auto bad2 = c.Post("/api/login", {{"X-Amparo-CSRF", "1"}},
                     Json{{"user", "ghost"}, {"password", "not the password"}}.dump(), "application/json");
  ASSERT_TRUE(bad1 && bad2);
  EXPECT_EQ(bad1->status, 401);
  EXPECT_EQ(bad1->body, bad2->body);
}

TEST_F(ApiTest, SessionsExpireWhenIdleAndAfterTheirLifetime) {
  WebServer::Options o = WebTestEnv::DefaultOptions();
  o.session_idle = std::chrono::seconds(1);
  o.session_absolute = std::chrono::seconds(3);
  WebTestEnv env(o);
  WebSession idle = env.Login("legal1");
  std::this_thread::sleep_for(std::chrono::milliseconds(1300));
  auto r = env.Get(&idle, "/api/session");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401);

  WebSession busy = env.Login("legal1");
  auto start = std::chrono::steady_clock::now();
  int last = 200;
  while (std::chrono::steady_clock::now() - start < std::chrono::milliseconds(3600)) {
    auto x = env.Get(&busy, "/api/session");
    ASSERT_TRUE(x);
    last = x->status;
    if (std::chrono::steady_clock::now() - start < std::chrono::milliseconds(2500)) {
      EXPECT_EQ(last, 200);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
  }
  EXPECT_EQ(last, 401);  // active all along, yet past the absolute lifetime
}

TEST_F(ApiTest, LoginIsRateLimitedPerAccount) {
  WebServer::Options o = WebTestEnv::DefaultOptions();
  o.login_limits.per_account = 3;
  WebTestEnv env(o);
  auto c = env.Client();
  auto attempt = [&](const std::string& user, const std::string& pw) {
    auto r = c.Post("/api/login", {{"X-Amparo-CSRF", "1"}}, Json{{"user", user}, {"password", pw}}.dump(),
                    "application/json");
    return r ? r->status : 0;
  };
  for (int i = 0; i < 3; i++) EXPECT_EQ(attempt("reviewer1", "guess number " + std::to_string(i)), 401);
  EXPECT_EQ(attempt("reviewer1", WebTestEnv::kPassword), 429);  // locked even with the right password
  EXPECT_EQ(attempt("legal1", WebTestEnv::kPassword), 200);     // other accounts unaffected
}

TEST_F(ApiTest, SearchFacetsFiltersPagingAndConsentScopes) {
  std::string both = env_->Ingest({"legal", "publication"}, "zopilote extorsión", true);
  std::string legal_only = env_->Ingest({"legal"}, "zopilote secuestro", true);
  for (int i = 0; i < 3; i++) env_->Ingest({"legal", "publication"}, "zopilote relleno", true);
  WebSession legal = env_->Login("legal1"), comms = env_->Login("comms1");

  Json r = GetJson(&legal, "/api/search?q=zopilote&page_size=2&facets=1");
  EXPECT_EQ(r["total"], "5");
  EXPECT_EQ(r["hits"].size(), 2u);
  ASSERT_TRUE(r["facets"].is_object());
  EXPECT_FALSE(r["facets"].empty());
  std::string snippet = r["hits"][0]["snippet_html"];
  EXPECT_NE(snippet.find("<mark>"), std::string::npos) << snippet;
  Json page3 = GetJson(&legal, "/api/search?q=zopilote&page_size=2&page=3");
  EXPECT_EQ(page3["hits"].size(), 1u);

  // Comms sees only testimonies with publication consent.
  Json rc = GetJson(&comms, "/api/search?q=zopilote&page_size=50");
  EXPECT_EQ(rc["total"], "4");
  for (const auto& h : rc["hits"]) EXPECT_NE(h["id"], legal_only);
  GetJson(&comms, "/api/testimonies/" + legal_only, 404);
  Json t = GetJson(&comms, "/api/testimonies/" + both);
  EXPECT_EQ(t["id"], both);
  EXPECT_EQ(t["text"].get<std::string>().find("Yahir Mejía"), std::string::npos);
  EXPECT_EQ(t["text"].get<std::string>().find("9876"), std::string::npos);
  EXPECT_EQ(t["exports"], Json::array({"story-card"}));

  // A facet filter narrows the result set.
  Json filtered = GetJson(&legal, "/api/search?q=zopilote&violence=extortion&facets=1");
  EXPECT_EQ(filtered["total"], "5");  // all five carry the intake tag
  Json none = GetJson(&legal, "/api/search?q=zopilote&violence=no-such-violence");
  EXPECT_EQ(none["total"], "0");

  // Bad paging is a 400.
  GetJson(&legal, "/api/search?q=zopilote&page=0", 400);
  GetJson(&legal, "/api/search?q=zopilote&page_size=abc", 400);
}

TEST_F(ApiTest, IntakeReviewEditApprove) {
  WebSession reviewer = env_->Login("reviewer1");
  Json rec = WebTestEnv::Record({"legal"}, "albatros migrante");
  auto r = env_->Post(&reviewer, "/api/intake", rec.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 201) << r->body;
  std::string id = Json::parse(r->body)["id"];

  Json list = GetJson(&reviewer, "/api/review");
  bool listed = false;
  for (const auto& p : list["pending"]) listed |= p["id"] == id;
  EXPECT_TRUE(listed);
  EXPECT_FALSE(list["pending"][0].contains("original_text"));  // the list carries no text

  Json p = GetJson(&reviewer, "/api/review/" + id);
  std::string original = p["original_text"];
  EXPECT_NE(original.find("Yahir Mejía"), std::string::npos);
  EXPECT_EQ(p["redacted_text"].get<std::string>().find("Yahir Mejía"), std::string::npos);
  ASSERT_FALSE(p["redactions"].empty());
  // Segments put the original back together, redacted spans marked.
  std::string joined;
  int marked = 0;
  for (const auto& s : p["segments"]) {
    joined += s["text"].get<std::string>();
    marked += s.contains("redaction");
  }
  EXPECT_EQ(joined, original);
  EXPECT_EQ(marked, static_cast<int>(p["redactions"].size()));

  // Keep only the first proposed span (the reviewer rejects the others).
  Json keep = Json::array({p["redactions"][0]});
  auto e = env_->Put(&reviewer, "/api/review/" + id, Json{{"redactions", keep}}.dump());
  ASSERT_TRUE(e);
  ASSERT_EQ(e->status, 200) << e->body;
  EXPECT_EQ(Json::parse(e->body)["redactions"].size(), 1u);
  // Overlapping or out-of-range spans are refused.
  auto bad = env_->Put(&reviewer, "/api/review/" + id,
                       Json{{"redactions", {{{"begin", 0}, {"end", 100000}, {"type", "phone"}}}}}.dump());
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  // Restore the full proposal and approve.
  ASSERT_EQ(env_->Put(&reviewer, "/api/review/" + id, Json{{"redactions", p["redactions"]}}.dump())->status, 200);
  auto a = env_->Post(&reviewer, "/api/review/" + id + "/approve", "{}");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->status, 200) << a->body;
  GetJson(&reviewer, "/api/review/" + id, 404);
  WebSession legal = env_->Login("legal1");
  Json found = GetJson(&legal, "/api/search?q=albatros");
  ASSERT_EQ(found["hits"].size(), 1u);
  EXPECT_EQ(found["hits"][0]["id"], id);

  // No consent, no intake.
  Json no_consent = WebTestEnv::Record({"legal"}, "x");
  no_consent.erase("consent");
  auto nc = env_->Post(&reviewer, "/api/intake", no_consent.dump());
  ASSERT_TRUE(nc);
  EXPECT_EQ(nc->status, 400);
  EXPECT_NE(nc->body.find("consent"), std::string::npos);
}

TEST_F(ApiTest, WithdrawNeedsTypedConfirmationAndRemovesFromSearchAtOnce) {
  std::string code;
  std::string id = env_->Ingest({"legal", "publication"}, "quetzal desaparecido", true, &code);
  std::string id2 = env_->Ingest({"legal"}, "colibrí desaparecido", true);
  WebSession admin = env_->Login("admin1"), legal = env_->Login("legal1");
  EXPECT_EQ(GetJson(&legal, "/api/search?q=quetzal")["total"], "1");

  auto r = env_->Post(&admin, "/api/consent/" + id + "/withdraw", R"({"reason":"consent-withdrawn"})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(r->body.find("confirmation_required"), std::string::npos);
  r = env_->Post(&admin, "/api/consent/" + id + "/withdraw",
                 Json{{"reason", "consent-withdrawn"}, {"confirm", id2}}.dump());  // wrong id
  EXPECT_EQ(r->status, 400);
  EXPECT_EQ(GetJson(&legal, "/api/search?q=quetzal")["total"], "1");

  r = env_->Post(&admin, "/api/consent/" + id + "/withdraw", Json{{"reason", "consent-withdrawn"}, {"confirm", id}}.dump());
  ASSERT_EQ(r->status, 200) << r->body;
  Json receipt = Json::parse(r->body)["receipts"][0];
  EXPECT_EQ(receipt["testimony_id"], id);
  DeletionReceipt parsed;
  EXPECT_TRUE(VerifyReceiptText(receipt["text"], receipt["archive_id"], &parsed).ok()) << receipt.dump();
  EXPECT_EQ(GetJson(&legal, "/api/search?q=quetzal")["total"], "0");
  GetJson(&legal, "/api/testimonies/" + id, 404);
  bool tomb = false;
  Json tombs = GetJson(&admin, "/api/tombstones");
  for (const auto& t : tombs["tombstones"]) tomb |= t["id"] == id;
  EXPECT_TRUE(tomb) << tombs.dump();

  // By case code, with the code repeated.
  std::string other_code;
  std::string id3 = env_->Ingest({"legal"}, "tucán amenazado", true, &other_code);
  r = env_->Post(&admin, "/api/withdraw-case", Json{{"case_code", other_code}, {"confirm", "nope"}}.dump());
  EXPECT_EQ(r->status, 400);
  r = env_->Post(&admin, "/api/withdraw-case",
                 Json{{"case_code", other_code}, {"confirm", other_code}, {"reason", "safety-risk"}}.dump());
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(Json::parse(r->body)["receipts"][0]["testimony_id"], id3);
  EXPECT_EQ(GetJson(&legal, "/api/search?q=tucán")["total"], "0");
}

TEST_F(ApiTest, NarrowingConsentHidesFromThatRole) {
  std::string id = env_->Ingest({"legal", "publication"}, "guacamaya narrow", true);
  WebSession admin = env_->Login("admin1"), comms = env_->Login("comms1");
  EXPECT_EQ(GetJson(&comms, "/api/search?q=guacamaya")["total"], "1");
  auto r = env_->Post(&admin, "/api/consent/" + id + "/narrow", Json{{"scope", "publication"}, {"confirm", id}}.dump());
  ASSERT_EQ(r->status, 200) << r->body;
  EXPECT_EQ(Json::parse(r->body)["consent"]["scopes"], Json::array({"legal"}));
  EXPECT_EQ(GetJson(&comms, "/api/search?q=guacamaya")["total"], "0");
  GetJson(&comms, "/api/testimonies/" + id + "/story-card", 404);
}

TEST_F(ApiTest, ExportsAndStoryCard) {
  std::string a = env_->Ingest({"legal", "publication"}, "jaguar exportado", true);
  env_->Ingest({"legal"}, "jaguar exportado", true);
  WebSession legal = env_->Login("legal1"), comms = env_->Login("comms1");
  auto r = env_->Get(&legal, "/api/export?format=jsonl&q=jaguar");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("X-Amparo-Count"), "2");
  std::istringstream lines(r->body);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    Json j = Json::parse(line);
    EXPECT_EQ(j["text"].get<std::string>().find("Yahir Mejía"), std::string::npos);
    n++;
  }
  EXPECT_EQ(n, 2);
  r = env_->Get(&legal, "/api/export?format=csv&q=jaguar");
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(std::count(r->body.begin(), r->body.end(), '\n'), 3);  // header + 2 rows
  EXPECT_EQ(env_->Get(&legal, "/api/export?format=xml&q=jaguar")->status, 400);

  auto card = env_->Get(&comms, "/api/testimonies/" + a + "/story-card");
  ASSERT_EQ(card->status, 200);
  EXPECT_EQ(card->get_header_value("Content-Type"), "text/markdown; charset=utf-8");
  EXPECT_NE(card->body.find("legal, publication"), std::string::npos) << card->body;
  EXPECT_NE(card->body.find("2030-06-12"), std::string::npos);
  EXPECT_EQ(card->body.find("Yahir Mejía"), std::string::npos);
}

TEST(CsvFieldTest, QuotesAndDefusesFormulas) {
  EXPECT_EQ(CsvField("plain"), "\"plain\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(CsvField("+1"), "\"'+1\"");
  EXPECT_EQ(CsvField("@cmd"), "\"'@cmd\"");
}

TEST_F(ApiTest, UsersAdminAndRemovalEndsSessions) {
  WebSession admin = env_->Login("admin1");
  auto r = env_->Post(&admin, "/api/users", Json{{"name", "short-pw"}, {"role", "legal"}, {"password", "short"}}.dump());
  EXPECT_EQ(r->status, 400);
  r = env_->Post(&admin, "/api/users", Json{{"name", "temp-legal"}, {"role", "wizard"}, {"password", "long enough pass"}}.dump());
  EXPECT_EQ(r->status, 400);
  r = env_->Post(&admin, "/api/users", Json{{"name", "temp-legal"}, {"role", "legal"}, {"password", "long enough pass"}}.dump());
  ASSERT_EQ(r->status, 201) << r->body;
  EXPECT_EQ(env_->Post(&admin, "/api/users", Json{{"name", "temp-legal"}, {"role", "legal"}, {"password", "long enough pass"}}.dump())->status, 409);
  WebSession temp = env_->Login("temp-legal", "long enough pass");
  GetJson(&temp, "/api/session");
  ASSERT_EQ(env_->Delete(&admin, "/api/users/temp-legal")->status, 200);
  GetJson(&temp, "/api/session", 401);
  bool present = false;
  Json users = GetJson(&admin, "/api/users");
  for (const auto& u : users["users"]) present |= u["name"] == "temp-legal";
  EXPECT_FALSE(present);
}

TEST_F(ApiTest, MetricsAuditAndLogsHoldNoQueryText) {
  std::string id = env_->Ingest({"legal"}, "ocelote", true);
  WebSession legal = env_->Login("legal1"), admin = env_->Login("admin1");
  ::testing::internal::CaptureStderr();
  {
    WebServer::Options o = WebTestEnv::DefaultOptions();
    o.access_log = true;
    WebTestEnv logged(o);
    WebSession l = logged.Login("legal1");
    logged.Get(&l, "/api/search?q=palabrasecretaenlog");
  }
  std::string log = ::testing::internal::GetCapturedStderr();
  EXPECT_NE(log.find("GET /api/search 200"), std::string::npos) << log;
  EXPECT_EQ(log.find("palabrasecretaenlog"), std::string::npos);

  GetJson(&legal, "/api/search?q=metricasecreta");
  GetJson(&legal, "/api/testimonies/" + id);
  // Requests are counted by the access logger, after their response is
  // sent: give the last one a moment to be recorded.
  auto m = env_->Get(nullptr, "/metrics");
  for (int i = 0; i < 50 && m && m->body.find("route=\"/api/testimonies/:id\"") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    m = env_->Get(nullptr, "/metrics");
  }
  ASSERT_TRUE(m);
  ASSERT_EQ(m->status, 200);
  EXPECT_NE(m->get_header_value("Content-Type").find("text/plain"), std::string::npos);
  EXPECT_NE(m->body.find("amparo_http_requests_total{method=\"GET\",route=\"/api/search\",status=\"200\"}"),
            std::string::npos) << m->body;
  EXPECT_NE(m->body.find("route=\"/api/testimonies/:id\""), std::string::npos);
  EXPECT_NE(m->body.find("amparo_http_request_duration_seconds_bucket"), std::string::npos);
  EXPECT_EQ(m->body.find("metricasecreta"), std::string::npos);
  EXPECT_EQ(m->body.find(id), std::string::npos);  // route patterns, not paths
  std::smatch count;
  ASSERT_TRUE(std::regex_search(m->body, count, std::regex("\namparo_archive_testimonies (\\d+)\n")));
  EXPECT_EQ(std::stoull(count[1]), env_->archive().GetStats().testimonies);
  std::smatch memory;
  ASSERT_TRUE(std::regex_search(m->body, memory, std::regex("\namparo_archive_index_memory_bytes (\\d+)\n")));
  EXPECT_GT(std::stoull(memory[1]), 0u);  // the phrase index of what is indexed

  Json audit = GetJson(&admin, "/api/audit?limit=1000");
  bool shown = false;
  for (const auto& e : audit["entries"])
    if (e["action"] == "show" && e["actor"] == "legal1")
      for (const auto& i : e["ids"]) shown |= i == id;
  EXPECT_TRUE(shown);
  EXPECT_EQ(audit.dump().find("metricasecreta"), std::string::npos);
  EXPECT_EQ(GetJson(&admin, "/api/audit/verify")["ok"], true);
}

}  // namespace
}  // namespace amparo::web::testing
