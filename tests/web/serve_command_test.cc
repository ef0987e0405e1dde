// `amparo serve` as a process: SIGTERM lets a request already in flight
// finish, the process exits 0, and the archive reopens cleanly afterwards.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include "tests/web/raw_http.h"
#include "tests/web/web_test_env.h"

namespace amparo::web::testing {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int RunQuiet(const std::string& cmd) { return system((cmd + " >/dev/null 2>&1").c_str()); }

TEST(ServeCommandTest, SigtermFinishesInFlightRequestsAndClosesTheArchive) {
  const std::string amparo = std::string(AMPARO_BINARY_DIR) + "/amparo";
  if (access(amparo.c_str(), X_OK) != 0) GTEST_SKIP() << "build the amparo program first (" << amparo << ")";
  char tmpl[] = "/tmp/amparo-serve-XXXXXX";
  const std::string dir = mkdtemp(tmpl);
  const std::string data = dir + "/data";
  setenv("AMPARO_MASTER_KEY", "3f1c9a7e5b2d4f6081a3c5e7092b4d6f8a1c3e5f7092b4d6f8a1c3e5f7092b4d", 1);
  ASSERT_EQ(RunQuiet(amparo + " --data " + data + " --yes init"), 0);
  ASSERT_EQ(RunQuiet("printf 'a long password\\n' | " + amparo + " --data " + data +
                     " user add ops --role admin --password-file -"), 0);

  const std::string log = dir + "/serve.log";
  pid_t pid = fork();
  if (pid == 0) {
    freopen(log.c_str(), "w", stderr);
    execl(amparo.c_str(), amparo.c_str(), "--data", data.c_str(), "serve", "--listen", "127.0.0.1:0", nullptr);
    _exit(127);
  }
  int port = 0;
  for (int i = 0; i < 200 && port == 0; i++) {
    std::smatch m;
    std::string text = Slurp(log);
    if (std::regex_search(text, m, std::regex("listening on http://127\\.0\\.0\\.1:(\\d+)"))) port = std::stoi(m[1]);
    else std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_GT(port, 0) << Slurp(log);

  // A login whose body is only half sent when SIGTERM arrives.
  std::string body = Json{{"user", "ops"}, {"password", "a long password"}}.dump();
  int fd = ConnectLoopback(port);
  ASSERT_GE(fd, 0);
  SendAll(fd, "POST /api/login HTTP/1.1\r\nHost: x\r\nX-Amparo-CSRF: 1\r\nContent-Type: application/json\r\n"
              "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body.substr(0, 10));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  kill(pid, SIGTERM);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  // New connections are no longer accepted...
  EXPECT_EQ(StatusOf(Exchange(port, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 1000)), 0);
  // ...but the request in flight completes.
  SendAll(fd, body.substr(10));
  std::string r = ReadResponse(fd, 10000);
  close(fd);
  EXPECT_EQ(StatusOf(r), 200) << r;

  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << Slurp(log);
  std::string text = Slurp(log);
  EXPECT_NE(text.find("SIGTERM received"), std::string::npos) << text;
  EXPECT_NE(text.find("amparo serve: stopped"), std::string::npos) << text;
  EXPECT_EQ(text.find("a long password"), std::string::npos);
  // The archive closed cleanly: it opens and verifies.
  EXPECT_EQ(RunQuiet(amparo + " --data " + data + " verify"), 0);
  unsetenv("AMPARO_MASTER_KEY");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace amparo::web::testing
