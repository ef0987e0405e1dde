// The `amparo` program: every archive command, plus `serve` from web/.
#include <CLI/CLI.hpp>
#include <sodium.h>

#include <iostream>

#include "archive/cli/cli_context.h"
#include "web/serve_command.h"

int main(int argc, char** argv) {
  if (sodium_init() < 0) {
    std::cerr << "amparo: libsodium failed to initialize\n";
    return 1;
  }
  CLI::App app{"Amparo: a secure, anonymized archive of survivor testimonies"};
  app.require_subcommand(1);
  app.fallthrough();
  amparo::cli::CliContext ctx;
  amparo::cli::AddArchiveCommands(app, ctx);
  amparo::web::AddServeCommand(app, ctx);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return ctx.exit_code;
}
