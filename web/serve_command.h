// The `amparo serve` command: opens the archive and runs the web server
// until SIGTERM or SIGINT, then lets in-flight requests finish and closes
// the archive cleanly.
#ifndef AMPARO_WEB_SERVE_COMMAND_H_
#define AMPARO_WEB_SERVE_COMMAND_H_

#include <CLI/CLI.hpp>

#include <string>

#include "archive/cli/cli_context.h"
#include "web/server.h"

namespace amparo::web {

// The archive (--data, the master key) comes from the program's global
// options in cli::CliContext.
struct ServeCommandOptions {
  std::string listen = "127.0.0.1:8080";
  bool behind_proxy = false;  // TLS and per-address limits are nginx's
  WebServer::Options server;
};

// Registers `serve` on app. Its callback opens the archive through ctx,
// runs the server and stores the exit code in ctx.exit_code (0 after a
// clean shutdown).
void AddServeCommand(CLI::App& app, cli::CliContext& ctx);

// Runs the server with parsed options; returns the process exit code.
int RunServeCommand(const ServeCommandOptions& options, const cli::CliContext& ctx);

}  // namespace amparo::web

#endif  // AMPARO_WEB_SERVE_COMMAND_H_
