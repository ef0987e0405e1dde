#include "web/serve_command.h"

#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "archive/archive.h"

namespace amparo::web {

int RunServeCommand(const ServeCommandOptions& options, const cli::CliContext& ctx) {
  // Block the stop signals before any thread starts (RocksDB's, the
  // server's), so that only sigwait below receives them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  WebServer::Options server_options = options.server;
  if (options.behind_proxy) {
    server_options.secure_cookies = true;
    server_options.login_limits.per_address = 0;
  }
  if (!ParseListenAddress(options.listen, &server_options.host, &server_options.port)) {
    fprintf(stderr, "amparo serve: --listen must be HOST:PORT\n");
    return 2;
  }
  bool loopback = server_options.host == "127.0.0.1" || server_options.host == "::1" ||
                  server_options.host == "localhost";
  if (!loopback && server_options.tls_cert_file.empty())
    fprintf(stderr, "amparo serve: warning: listening on %s without TLS; put nginx with TLS in front\n",
            server_options.host.c_str());

  if (ctx.data_dir.empty()) {
    fprintf(stderr, "amparo serve: --data DIR (or AMPARO_DATA) is required\n");
    return 2;
  }
  std::unique_ptr<Archive> archive;
  Status s = ctx.OpenArchive(&archive);
  if (!s.ok()) return ctx.Fail(s);

  int code = 0;
  {
    WebServer server(*archive, server_options);
    s = server.Start();
    if (!s.ok()) {
      fprintf(stderr, "amparo serve: %s\n", s.ToString().c_str());
      return 1;
    }
    fprintf(stderr, "amparo serve: listening on %s://%s:%d\n", server.tls() ? "https" : "http",
            server_options.host.c_str(), server.port());
    int sig = 0;
    sigwait(&stop_signals, &sig);
    fprintf(stderr, "amparo serve: %s received, finishing requests\n", sig == SIGTERM ? "SIGTERM" : "SIGINT");
    server.Stop();  // stops accepting; in-flight requests complete
  }
  archive.reset();  // closes the store and index cleanly
  fprintf(stderr, "amparo serve: stopped\n");
  return code;
}

void AddServeCommand(CLI::App& app, cli::CliContext& ctx) {
  auto options = std::make_shared<ServeCommandOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Run the web server (JSON API and web UI)");
  cmd->add_option("--listen", options->listen, "HOST:PORT to listen on (default 127.0.0.1:8080)");
  cmd->add_option("--tls-cert", options->server.tls_cert_file, "TLS certificate (PEM) to serve HTTPS")
      ->check(CLI::ExistingFile);
  cmd->add_option("--tls-key", options->server.tls_key_file, "TLS private key (PEM)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--static-dir", options->server.static_dir, "Directory of the web UI files");
  cmd->add_option("--threads", options->server.threads, "Worker threads (concurrent requests)");
  cmd->add_option("--queue", options->server.queue_limit, "Connections that may wait for a worker");
  cmd->add_option("--active", options->server.active_limit,
                  "Requests computed at once, the others wait in arrival order (default: 2 per core)");
  cmd->add_option("--max-body", options->server.limits.max_body_bytes, "Largest request body in bytes");
  cmd->add_flag("--secure-cookies", options->server.secure_cookies,
                "Mark cookies Secure (when TLS ends at a proxy such as nginx)");
  cmd->add_flag("--behind-proxy", options->behind_proxy,
                "Running behind nginx: cookies Secure, per-address login limits left to nginx "
                "(every peer address is the proxy's)");
  cmd->add_flag("!--no-access-log", options->server.access_log, "Do not log requests");
  cmd->callback([options, &ctx] { ctx.exit_code = RunServeCommand(*options, ctx); });
}

}  // namespace amparo::web
