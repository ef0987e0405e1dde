// The `amparo` program: every archive command, plus `serve` from web/.
#include <CLI/CLI.hpp>
#include <sodium.h>

#include <malloc.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#include <iostream>

#include "archive/cli/cli_context.h"
#include "web/serve_command.h"

int main(int argc, char** argv) {
  if (sodium_init() < 0) {
    std::cerr << "amparo: libsodium failed to initialize\n";
    return 1;
  }
  // A core dump would hold keys and decrypted testimonies: none are written.
  struct rlimit no_core = {0, 0};
  setrlimit(RLIMIT_CORE, &no_core);
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#ifndef AMPARO_JEMALLOC
  // Sanitizer builds use glibc's allocator: every thread (server workers,
  // intake's redaction and indexing threads) gets its own malloc arena, and
  // with the default trim threshold an arena shrinks and regrows around every
  // request or batch, each shrink (mprotect) interrupting every core to flush
  // TLBs (~5% of a search under load). Freed memory is kept for reuse instead.
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
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
