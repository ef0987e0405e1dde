// The `amparo serve` command: opens the archive and runs the web server
// until SIGTERM or SIGINT, then lets in-flight requests finish and closes
// the archive cleanly.
#ifndef AMPARO_WEB_SERVE_COMMAND_H_
#define AMPARO_WEB_SERVE_COMMAND_H_

#include <CLI/CLI.hpp>

#include <string>

#include "web/server.h"

namespace amparo::web {

struct ServeCommandOptions {
  std::string data_dir;   // --data (default $AMPARO_DATA)
  std::string key_file;   // --key-file (else $AMPARO_MASTER_KEY)
  std::string listen = "127.0.0.1:8080";
  WebServer::Options server;
};

// Registers `serve` on app. The callback runs the server and stores the
// process exit code in *exit_code (0 after a clean shutdown).
void AddServeCommand(CLI::App& app, int* exit_code);

// Runs the server with parsed options; returns the process exit code.
int RunServeCommand(const ServeCommandOptions& options);

}  // namespace amparo::web

#endif  // AMPARO_WEB_SERVE_COMMAND_H_
