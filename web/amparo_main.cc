// The `amparo` program: every command of the archive, and `serve`.
#include <CLI/CLI.hpp>

#include "web/serve_command.h"

int main(int argc, char** argv) {
  CLI::App app{"Amparo: a secure, anonymized archive of testimonies"};
  app.require_subcommand(1);
  int exit_code = 0;
  amparo::web::AddServeCommand(app, &exit_code);
  CLI11_PARSE(app, argc, argv);
  return exit_code;
}
