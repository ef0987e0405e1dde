// End-to-end tests of the `amparo` program: exit codes, messages, atomic
// ingest, confirmation, receipts.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "test_util.h"

namespace amparo {
namespace {

struct Result {
  int code = -1;
  std::string out, err;
};

class CliTest : public ::testing::Test {
 protected:
  Result Run(const std::string& args, const std::string& env = "") {
    std::string err_file = dir_.sub("stderr.txt");
    std::string cmd = env + " " AMPARO_BINARY_DIR "/amparo --data " + data_ + " " + args + " 2>" + err_file + " </dev/null";
    Result r;
    FILE* p = popen(cmd.c_str(), "r");
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
    int status = pclose(p);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.err = testing::ReadAll(err_file);
    return r;
  }
  void Write(const std::string& name, const std::string& content) { std::ofstream(dir_.sub(name)) << content; }
  size_t Count() {
    Result r = Run("--json list");
    EXPECT_EQ(r.code, 0) << r.err;
    return nlohmann::json::parse(r.out).size();
  }
  void SetUp() override {
    Result r = Run("init");
    ASSERT_EQ(r.code, 0) << r.err;
  }
  std::string Line(const std::string& marker, const std::string& scopes = "[\"legal\"]") {
    return R"({"case_code":"CAI-1-)" + marker + R"(","pseudonym":"Ana*","language":"en","recorded_on":"2025-01",)"
           R"("text":"My name is Ana Pérez and )" + marker + R"( happened in Tapachula.",)"
           R"("known_identifiers":{"names":["Ana Pérez"]},"consent":{"scopes":)" + scopes +
           R"(,"given_on":"2025-01-02","method":"written","recorded_by":"staff-1"}})";
  }

  testing::TempDir dir_;
  std::string data_ = dir_.sub("data");
};

TEST_F(CliTest, InitWritesAPrivateKeyFileOutsideTheData) {
  struct stat st;
  ASSERT_EQ(stat((data_ + ".key").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  Result again = Run("init");
  EXPECT_NE(again.code, 0);
  EXPECT_NE(again.err.find("already exists"), std::string::npos) << again.err;
}

TEST_F(CliTest, IngestIsAtomicByDefault) {
  Write("good.jsonl", Line("GOODONE") + "\n" + Line("GOODTWO") + "\n");
  ASSERT_EQ(Run("ingest --auto-approve " + dir_.sub("good.jsonl")).code, 0);
  ASSERT_EQ(Count(), 2u);
  Write("bad.jsonl", Line("NEWONE") + "\n{not json\n" + Line("NEWTWO", "[\"gossip\"]") + "\n" +
                         "{\"case_code\":\"x\",\"surprise\":1}\n" + Line("NEWTHREE") + "\n");
  Result r = Run("ingest --auto-approve " + dir_.sub("bad.jsonl"));
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("bad.jsonl:2: malformed JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("bad.jsonl:3: consent.scopes: unknown scope"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("gossip"), std::string::npos) << "messages never repeat what was sent: " << r.err;
  EXPECT_NE(r.err.find("bad.jsonl:4: unknown field \"surprise\""), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("nothing was stored"), std::string::npos) << r.err;
  EXPECT_EQ(Count(), 2u) << "nothing stored, nothing lost";

  Result k = Run("--json ingest --auto-approve --keep-going " + dir_.sub("bad.jsonl"));
  EXPECT_EQ(k.code, 3);
  auto j = nlohmann::json::parse(k.out);
  EXPECT_EQ(j["stored"], 2);
  EXPECT_EQ(j["errors"].size(), 3u);
  EXPECT_EQ(Count(), 4u);
}

TEST_F(CliTest, InvalidUtf8AndOversizedText) {
  Write("utf.jsonl", Line("X").replace(Line("X").find("Tapachula"), 1, "\xc3\x28") + "\n");
  Result r = Run("ingest " + dir_.sub("utf.jsonl"));
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("UTF-8"), std::string::npos) << r.err;
  std::string big = Line("BIG");
  big.replace(big.find("happened"), 8, std::string(300000, 'a'));
  Write("big.jsonl", big + "\n");
  r = Run("ingest " + dir_.sub("big.jsonl"));
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("limit"), std::string::npos) << r.err;
}

TEST_F(CliTest, WrongKeyIsRefusedClearly) {
  Result r = Run("list", "AMPARO_MASTER_KEY=" + std::string(64, 'a'));
  EXPECT_EQ(r.code, 5);
  EXPECT_NE(r.err.find("wrong master key"), std::string::npos) << r.err;
}

TEST_F(CliTest, WithdrawNeedsConfirmationAndPrintsAVerifiableReceipt) {
  Write("one.jsonl", Line("WITHDRAWME") + "\n");
  Result in = Run("--json ingest --auto-approve " + dir_.sub("one.jsonl"));
  ASSERT_EQ(in.code, 0) << in.err;
  std::string id = nlohmann::json::parse(in.out)["ids"][0];
  Result refused = Run("withdraw " + id);
  EXPECT_EQ(refused.code, 7);
  EXPECT_NE(refused.err.find("--yes"), std::string::npos);
  EXPECT_EQ(Count(), 1u);
  Result w = Run("withdraw --yes " + id);
  ASSERT_EQ(w.code, 0) << w.err;
  EXPECT_NE(w.out.find("Amparo deletion receipt"), std::string::npos);
  EXPECT_EQ(Count(), 0u);
  Write("receipt.txt", w.out);
  EXPECT_EQ(Run("receipt verify " + dir_.sub("receipt.txt")).code, 0);
  std::string forged = w.out;
  forged.replace(forged.find("consent-withdrawn"), 17, "duplicate-record!");
  Write("forged.txt", forged);
  EXPECT_EQ(Run("receipt verify " + dir_.sub("forged.txt")).code, 6);
  EXPECT_EQ(Run("show " + id).code, 4);
  Result rot = Run("--json rotate-keys");
  ASSERT_EQ(rot.code, 0) << rot.err;
  EXPECT_GE(nlohmann::json::parse(rot.out)["epoch"].get<int>(), 3) << "withdrawal rotated once already";
  Result audit = Run("audit verify");
  EXPECT_EQ(audit.code, 0) << audit.err;
}

TEST_F(CliTest, PassphraseArchives) {
  std::string other = dir_.sub("pp");
  Write("pass.txt", "a long and secret passphrase\n");
  Write("wrong.txt", "a long and wrong passphrase\n");
  auto run = [&](const std::string& args) {
    std::string saved = data_;
    data_ = other;
    Result r = Run(args);
    data_ = saved;
    return r;
  };
  ASSERT_EQ(run("--passphrase-file " + dir_.sub("pass.txt") + " init").code, 0);
  EXPECT_FALSE(std::filesystem::exists(other + ".key")) << "no key file for a passphrase archive";
  EXPECT_EQ(run("--passphrase-file " + dir_.sub("pass.txt") + " list").code, 0);
  Result wrong = run("--passphrase-file " + dir_.sub("wrong.txt") + " list");
  EXPECT_EQ(wrong.code, 5);
  EXPECT_NE(wrong.err.find("wrong master key"), std::string::npos) << wrong.err;
  Result missing = run("list");
  EXPECT_EQ(missing.code, 3);
  EXPECT_NE(missing.err.find("--passphrase-file"), std::string::npos) << missing.err;
}

TEST_F(CliTest, EveryCommandHasHelp) {
  for (const char* cmd : {"init", "ingest", "list", "show", "search", "export", "consent", "withdraw", "receipt",
                          "verify", "audit", "reindex", "rotate-keys", "user", "review", "redact"}) {
    Result r = Run(std::string(cmd) + " --help");
    EXPECT_EQ(r.code, 0) << cmd;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << cmd;
  }
  EXPECT_EQ(Run("no-such-command").code, 2);
}

TEST_F(CliTest, RedactNeedsNoArchive) {
  std::string cmd = "echo 'Me llamo Juan Pérez, mi teléfono es 55 1234 5678.' | " AMPARO_BINARY_DIR
                    "/amparo redact --lang es --name 'Juan Pérez' --pseudonym 'J*' --json";
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  ASSERT_EQ(pclose(p), 0);
  auto j = nlohmann::json::parse(out);
  std::string text = j["text"];
  EXPECT_EQ(text.find("Juan"), std::string::npos) << text;
  EXPECT_EQ(text.find("1234"), std::string::npos) << text;
  EXPECT_NE(text.find("J*"), std::string::npos) << text;
  EXPECT_GE(j["spans"].size(), 2u);
}

}  // namespace
}  // namespace amparo
