// amparo init: creates an archive and its master key.
#include <sodium.h>

#include <filesystem>
#include <iostream>

#include "archive/cli/cli_context.h"
#include "archive/sealing.h"

namespace amparo::cli {

void AddInitCommand(CLI::App& app, CliContext& ctx) {
  auto* cmd = app.add_subcommand("init", "create a new archive and its master key");
  cmd->footer(
      "The master key comes from (first that applies): $AMPARO_MASTER_KEY (64 hex), "
      "--passphrase-file (Argon2id), or a new key file written with mode 0600 at --key-file "
      "(default DIR.key, outside the data directory). Keep the key apart from the data.");
  cmd->callback([&ctx]() {
    if (ctx.data_dir.empty()) {
      ctx.exit_code = ctx.Fail(Status::InvalidArgument("give --data DIR (or set AMPARO_DATA)"));
      return;
    }
    Archive::Options options;
    options.data_dir = ctx.data_dir;
    options.create = true;
    MasterKey key;
    std::string key_path;
    if (const char* env = std::getenv("AMPARO_MASTER_KEY"); env != nullptr && *env != '\0') {
      Status s = MasterKey::FromHex(env, &key);
      if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
      options.key_source = "env";
    } else if (!ctx.passphrase_file.empty()) {
      Status st;
      std::string pass = ReadFileOrStdin(ctx.passphrase_file, &st);
      if (!st.ok()) { ctx.exit_code = ctx.Fail(st); return; }
      while (!pass.empty() && (pass.back() == '\n' || pass.back() == '\r')) pass.pop_back();
      if (pass.size() < 12) {
        ctx.exit_code = ctx.Fail(Status::InvalidArgument("a passphrase needs at least 12 characters"));
        return;
      }
      std::string salt(crypto_pwhash_SALTBYTES, '\0');
      randombytes_buf(salt.data(), salt.size());
      Status s = MasterKey::FromPassphrase(pass, salt, &key);
      sodium_memzero(pass.data(), pass.size());
      if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
      options.key_source = "passphrase";
      options.salt_hex = ToHex(salt);
    } else {
      key_path = ctx.key_file.empty() ? ctx.data_dir + ".key" : ctx.key_file;
      std::error_code ec;
      auto data_abs = std::filesystem::weakly_canonical(ctx.data_dir, ec).string();
      auto key_abs = std::filesystem::weakly_canonical(key_path, ec).string();
      if (key_abs.rfind(data_abs + "/", 0) == 0) {
        ctx.exit_code = ctx.Fail(Status::InvalidArgument(
            "the key file must live outside the data directory"));
        return;
      }
      key = MasterKey::Generate();
      Status s = key.WriteKeyFile(key_path);
      if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
      options.key_source = "keyfile";
    }
    std::unique_ptr<Archive> archive;
    Status s = Archive::Open(options, key, &archive);
    if (!s.ok()) {
      if (!key_path.empty()) std::filesystem::remove(key_path);
      ctx.exit_code = ctx.Fail(s);
      return;
    }
    std::string receipt_key;
    Archive::ReadReceiptKey(ctx.data_dir, &receipt_key);
    if (ctx.json) {
      ctx.PrintJson({{"data", ctx.data_dir}, {"key_source", options.key_source}, {"key_file", key_path},
                     {"receipt_key", receipt_key}});
    } else {
      std::cout << "Created archive " << ctx.data_dir << "\n";
      std::cout << "Deletion receipts are signed with " << receipt_key << " (publish it so receipts can be checked)\n";
      if (!key_path.empty()) std::cout << "Master key written to " << key_path << " (mode 0600): keep it apart from the data.\n";
    }
  });
}

}  // namespace amparo::cli
