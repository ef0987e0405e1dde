#include "archive/cli/cli_context.h"

#include <sodium.h>
#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

#include "archive/record_codec.h"

namespace amparo::cli {

using nlohmann::json;

int ExitCodeFor(const Status& s) {
  switch (s.code()) {
    case Status::Code::kOk: return 0;
    case Status::Code::kInvalidArgument:
    case Status::Code::kResourceExhausted: return 3;
    case Status::Code::kNotFound: return 4;
    case Status::Code::kUnauthenticated: return 5;
    case Status::Code::kCorruption: return 6;
    case Status::Code::kPermissionDenied:
    case Status::Code::kFailedPrecondition:
    case Status::Code::kAlreadyExists: return 7;
    default: return 1;
  }
}

Actor CliContext::CliActor() const {
  // The Unix account at the terminal: whoever holds the master key is admin.
  const struct passwd* pw = getpwuid(geteuid());
  return Actor{std::string("cli:") + (pw != nullptr ? pw->pw_name : std::to_string(geteuid())), Role::kAdmin};
}

std::string ReadFileOrStdin(const std::string& path, Status* status) {
  *status = Status::OK();
  if (path == "-" || path.empty()) {
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *status = Status::NotFound("cannot read " + path);
    return "";
  }
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

Status CliContext::OpenArchive(std::unique_ptr<Archive>* out) const {
  std::string key_source, salt_hex;
  AMPARO_RETURN_IF_ERROR(Archive::ReadKeySource(data_dir, &key_source, &salt_hex));
  MasterKey key;
  if (char* env = std::getenv("AMPARO_MASTER_KEY"); env != nullptr && *env != '\0') {
    Status s = MasterKey::FromHex(env, &key);
    // The key is in locked memory now; the environment copy goes.
    sodium_memzero(env, strlen(env));
    unsetenv("AMPARO_MASTER_KEY");
    if (!s.ok()) return Status::InvalidArgument("AMPARO_MASTER_KEY: " + s.message());
  } else if (key_source == "passphrase" || !passphrase_file.empty()) {
    if (passphrase_file.empty()) {
      return Status::InvalidArgument("this archive is unlocked by a passphrase: give --passphrase-file");
    }
    Status st;
    std::string pass = ReadFileOrStdin(passphrase_file, &st);
    AMPARO_RETURN_IF_ERROR(st);
    while (!pass.empty() && (pass.back() == '\n' || pass.back() == '\r')) pass.pop_back();
    std::string salt(crypto_pwhash_SALTBYTES, '\0');
    size_t len = 0;
    if (sodium_hex2bin(reinterpret_cast<unsigned char*>(salt.data()), salt.size(), salt_hex.data(),
                       salt_hex.size(), nullptr, &len, nullptr) != 0 || len != salt.size()) {
      return Status::Corruption("the archive's passphrase salt is malformed");
    }
    Status s = MasterKey::FromPassphrase(pass, salt, &key);
    sodium_memzero(pass.data(), pass.size());
    AMPARO_RETURN_IF_ERROR(s);
  } else {
    std::string path = key_file;
    if (path.empty()) {
      const char* env = std::getenv("AMPARO_KEY_FILE");
      path = env != nullptr && *env != '\0' ? env : data_dir + ".key";
    }
    AMPARO_RETURN_IF_ERROR(MasterKey::FromKeyFile(path, &key));
  }
  Archive::Options options;
  options.data_dir = data_dir;
  return Archive::Open(options, key, out);
}

int CliContext::Fail(const Status& s) const {
  if (json) {
    std::cout << nlohmann::json{{"error", {{"code", s.CodeName()}, {"message", s.message()}}}}.dump() << "\n";
  } else {
    std::cerr << "amparo: " << s.ToString() << "\n";
  }
  return ExitCodeFor(s);
}

void CliContext::PrintJson(const nlohmann::json& j) const { std::cout << j.dump(2) << "\n"; }

bool CliContext::Confirm(const std::string& what, const std::string& expected) const {
  if (yes) return true;
  if (!isatty(STDIN_FILENO)) {
    std::cerr << "amparo: " << what << " needs confirmation: pass --yes in scripts\n";
    return false;
  }
  std::cerr << what << "\nType " << expected << " to confirm: ";
  std::string answer;
  std::getline(std::cin, answer);
  return answer == expected;
}

nlohmann::json TestimonyToJson(const Testimony& t) {
  nlohmann::json j = t;
  return j;
}

void AddArchiveCommands(CLI::App& app, CliContext& ctx) {
  if (const char* env = std::getenv("AMPARO_DATA")) ctx.data_dir = env;
  app.add_option("--data", ctx.data_dir, "archive directory (default: $AMPARO_DATA)");
  app.add_option("--key-file", ctx.key_file, "master key file (default: $AMPARO_KEY_FILE or DIR.key)");
  app.add_option("--passphrase-file", ctx.passphrase_file, "file holding the passphrase (- for stdin)");
  app.add_flag("--json", ctx.json, "machine-readable output");
  app.add_flag("--yes,-y", ctx.yes, "do not ask for confirmation (scripts)");
  AddInitCommand(app, ctx);
  AddIngestCommand(app, ctx);
  AddReviewCommand(app, ctx);
  AddReadCommands(app, ctx);
  AddConsentCommands(app, ctx);
  AddAdminCommands(app, ctx);
  AddRedactCommand(app, ctx);
}

}  // namespace amparo::cli
