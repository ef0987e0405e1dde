// Every endpoint x every role x no session, with the status each must get.
// Rows that change state build a fresh target for every call, so each
// caller meets the same situation.
#include <gtest/gtest.h>

#include <functional>

#include "tests/web/web_test_env.h"

namespace amparo::web::testing {
namespace {

struct Row {
  std::string method;
  // Returns the path (and fills body) for one call; may create fixtures.
  std::function<std::string(WebTestEnv&, std::string* body)> target;
  // Expected status for: no session, admin, reviewer, legal, comms.
  std::array<int, 5> expected;
  bool fresh_session = false;  // e.g. logout ends the session it uses
};

std::function<std::string(WebTestEnv&, std::string*)> Path(std::string p, std::string body = "") {
  return [p, body](WebTestEnv&, std::string* b) {
    *b = body;
    return p;
  };
}

class RoleTableTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    env_ = new WebTestEnv();
    both_id_ = env_->Ingest({"legal", "publication"}, "nos extorsionaron", true);
    pending_id_ = env_->Ingest({"legal"}, "nos secuestraron", false);
  }
  static void TearDownTestSuite() {
    delete env_;
    env_ = nullptr;
  }
  static WebTestEnv* env_;
  static std::string both_id_, pending_id_;
};
WebTestEnv* RoleTableTest::env_ = nullptr;
std::string RoleTableTest::both_id_, RoleTableTest::pending_id_;

TEST_F(RoleTableTest, EveryEndpointEveryRole) {
  WebTestEnv& env = *env_;
  const std::string both = both_id_, pending = pending_id_;
  int counter = 0;
  auto fresh_pending = [&counter](const std::string& suffix) {
    return [suffix, &counter](WebTestEnv& e, std::string* body) {
      *body = "{}";
      return "/api/review/" + e.Ingest({"legal"}, "caso " + std::to_string(++counter), false) + suffix;
    };
  };
  auto fresh_approved = [&counter](const std::string& suffix, const std::string& json_extra) {
    return [suffix, json_extra, &counter](WebTestEnv& e, std::string* body) {
      std::string id = e.Ingest({"legal", "publication"}, "caso " + std::to_string(++counter), true);
      Json b = Json::parse(json_extra);
      b["confirm"] = id;
      *body = b.dump();
      return "/api/consent/" + id + suffix;
    };
  };
  const int U = 401, F = 403;
  std::vector<Row> rows = {
      {"GET", Path("/healthz"), {200, 200, 200, 200, 200}},
      {"GET", Path("/metrics"), {200, 200, 200, 200, 200}},
      {"GET", Path("/"), {200, 200, 200, 200, 200}},
      {"GET", Path("/api/no-such-route"), {404, 404, 404, 404, 404}},
      {"POST", Path("/api/login", R"({"user":"nobody-table","password":"wrong password!"})"),
       {401, 401, 401, 401, 401}},
      {"GET", Path("/api/session"), {U, 200, 200, 200, 200}},
      {"POST", Path("/api/logout", "{}"), {U, 200, 200, 200, 200}, true},
      {"GET", Path("/api/search?q=extorsionaron"), {U, 200, F, 200, 200}},
      {"GET", Path("/api/testimonies"), {U, 200, F, 200, 200}},
      {"GET", Path("/api/testimonies/" + both), {U, 200, F, 200, 200}},
      {"GET", Path("/api/testimonies/" + both + "/story-card"), {U, 200, F, F, 200}},
      {"GET", Path("/api/export?format=csv&q=extorsionaron"), {U, 200, F, 200, F}},
      {"GET", Path("/api/export?format=jsonl&id=" + both), {U, 200, F, 200, F}},
      {"POST",
       [](WebTestEnv&, std::string* b) {
         *b = WebTestEnv::Record({"legal"}, "intake por la web").dump();
         return std::string("/api/intake");
       },
       {U, 201, 201, F, F}},
      {"GET", Path("/api/review"), {U, 200, 200, F, F}},
      {"GET", Path("/api/review/" + pending), {U, 200, 200, F, F}},
      {"PUT", fresh_pending(""), {U, 400, 400, F, F}},  // body lacks "redactions"
      {"PUT",
       [&counter](WebTestEnv& e, std::string* b) {
         *b = R"({"redactions": []})";
         return "/api/review/" + e.Ingest({"legal"}, "editar " + std::to_string(++counter), false);
       },
       {U, 200, 200, F, F}},
      {"POST", fresh_pending("/approve"), {U, 200, 200, F, F}},
      {"POST", fresh_pending("/reject"), {U, 200, 200, F, F}},
      {"GET", Path("/api/consent/" + both), {U, 200, F, F, F}},
      {"POST", fresh_approved("/narrow", R"({"scope":"legal"})"), {U, 200, F, F, F}},
      {"POST", fresh_approved("/withdraw", R"({"reason":"consent-withdrawn"})"), {U, 200, F, F, F}},
      {"POST",
       [&counter](WebTestEnv& e, std::string* b) {
         std::string code;
         e.Ingest({"legal"}, "por caso " + std::to_string(++counter), true, &code);
         *b = Json{{"case_code", code}, {"confirm", code}, {"reason", "survivor-request"}}.dump();
         return std::string("/api/withdraw-case");
       },
       {U, 200, F, F, F}},
      {"GET", Path("/api/tombstones"), {U, 200, F, F, F}},
      {"GET", Path("/api/users"), {U, 200, F, F, F}},
      {"POST",
       [&counter](WebTestEnv&, std::string* b) {
         *b = Json{{"name", "new-user-" + std::to_string(++counter)}, {"role", "comms"},
                   {"password", "a long enough password"}}.dump();
         return std::string("/api/users");
       },
       {U, 201, F, F, F}},
      {"DELETE",
       [&counter](WebTestEnv& e, std::string* b) {
         b->clear();
         std::string name = "doomed-" + std::to_string(++counter);
         EXPECT_TRUE(e.archive().AddUser(e.admin(), name, Role::kComms, "a long enough password").ok());
         return "/api/users/" + name;
       },
       {U, 200, F, F, F}},
      {"GET", Path("/api/audit"), {U, 200, F, F, F}},
      {"GET", Path("/api/audit/verify"), {U, 200, F, F, F}},
  };

  const char* kCallers[] = {"none", "admin1", "reviewer1", "legal1", "comms1"};
  std::array<WebSession, 5> sessions;
  for (int i = 1; i < 5; i++) sessions[i] = env.Login(kCallers[i]);

  for (const Row& row : rows) {
    for (int who = 0; who < 5; who++) {
      WebSession fresh;
      const WebSession* s = nullptr;
      if (who > 0) {
        if (row.fresh_session) fresh = env.Login(kCallers[who]);
        s = row.fresh_session ? &fresh : &sessions[who];
      }
      std::string body;
      std::string path = row.target(env, &body);
      httplib::Result r = row.method == "GET"    ? env.Get(s, path)
                          : row.method == "POST" ? env.Post(s, path, body)
                          : row.method == "PUT"  ? env.Put(s, path, body)
                                                 : env.Delete(s, path);
      ASSERT_TRUE(r) << row.method << " " << path;
      EXPECT_EQ(r->status, row.expected[who])
          << row.method << " " << path << " as " << kCallers[who] << ": " << r->body;
      if (r->status >= 400) {
        // Every error is JSON with a code and a message.
        Json j = Json::parse(r->body, nullptr, false);
        EXPECT_TRUE(j.contains("error") && j["error"].contains("code") && j["error"].contains("message"))
            << row.method << " " << path << ": " << r->body;
      }
    }
  }
}

TEST_F(RoleTableTest, StateChangesNeedTheSessionsCsrfToken) {
  WebSession admin = env_->Login("admin1");
  WebSession forged = admin;
  forged.csrf = "1";
  auto r = env_->Post(&forged, "/api/users",
                      Json{{"name", "csrf-victim"}, {"role", "admin"}, {"password", "a long enough password"}}.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  EXPECT_NE(r->body.find("csrf"), std::string::npos);
  // Without the header at all.
  auto c = env_->Client();
  r = c.Post("/api/users", {{"Cookie", admin.cookie}},
             Json{{"name", "csrf-victim"}, {"role", "admin"}, {"password", "a long enough password"}}.dump(),
             "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 403);
  std::vector<UserInfo> users;
  ASSERT_TRUE(env_->archive().ListUsers(env_->admin(), &users).ok());
  for (const auto& u : users) EXPECT_NE(u.name, "csrf-victim");
}

}  // namespace
}  // namespace amparo::web::testing
