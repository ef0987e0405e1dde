// CliContext: what every `amparo` command shares — where the archive is,
// how its master key is found, how results are printed (--json or text) and
// which exit code a Status maps to.
//
// Exit codes (documented in README): 0 success; 1 failure; 2 usage error;
// 3 bad input; 4 not found; 5 wrong key or credentials; 6 integrity error
// (tampering or damage detected); 7 refused (role, consent, precondition).
#ifndef AMPARO_ARCHIVE_CLI_CLI_CONTEXT_H_
#define AMPARO_ARCHIVE_CLI_CLI_CONTEXT_H_

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>

#include "archive/archive.h"

namespace amparo::cli {

struct CliContext {
  std::string data_dir;       // --data, default $AMPARO_DATA
  std::string key_file;       // --key-file, default $AMPARO_KEY_FILE or DIR.key
  std::string passphrase_file;
  bool json = false;          // --json
  bool yes = false;           // --yes: no confirmation prompt
  int exit_code = 0;

  Actor CliActor() const;  // the admin at this terminal: "cli:<user>"
  // Resolves the master key (env, passphrase file, key file) and opens.
  Status OpenArchive(std::unique_ptr<Archive>* out) const;
  // Prints the error (text or JSON) and returns its exit code.
  int Fail(const Status& s) const;
  void PrintJson(const nlohmann::json& j) const;
  // Asks to type `expected` on a terminal; refuses without --yes elsewhere.
  bool Confirm(const std::string& what, const std::string& expected) const;
};

int ExitCodeFor(const Status& s);
std::string ReadFileOrStdin(const std::string& path, Status* status);

// Registration of each command group on the app.
void AddInitCommand(CLI::App& app, CliContext& ctx);
void AddIngestCommand(CLI::App& app, CliContext& ctx);
void AddReadCommands(CLI::App& app, CliContext& ctx);     // list, show, search, export
void AddConsentCommands(CLI::App& app, CliContext& ctx);  // consent, withdraw, receipt
void AddReviewCommand(CLI::App& app, CliContext& ctx);
void AddAdminCommands(CLI::App& app, CliContext& ctx);    // verify, audit, reindex, user
void AddRedactCommand(CLI::App& app, CliContext& ctx);
// Adds the global options and every command above.
void AddArchiveCommands(CLI::App& app, CliContext& ctx);

nlohmann::json TestimonyToJson(const Testimony& t);

}  // namespace amparo::cli

#endif  // AMPARO_ARCHIVE_CLI_CLI_CONTEXT_H_
