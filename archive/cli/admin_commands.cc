// amparo verify / audit / reindex / user: the admin's integrity and access tools.
#include <termios.h>
#include <unistd.h>

#include <iostream>

#include "archive/cli/cli_context.h"

namespace amparo::cli {

using nlohmann::json;

namespace {

void ProgressBar(uint64_t done, uint64_t total) {
  if (!isatty(STDERR_FILENO) || total == 0) return;
  int width = 40, filled = static_cast<int>(width * done / total);
  std::cerr << "\r[" << std::string(filled, '#') << std::string(width - filled, ' ') << "] " << done << "/"
            << total << (done == total ? "\n" : "") << std::flush;
}

std::string ReadPassword(const std::string& file, Status* st) {
  *st = Status::OK();
  if (!file.empty()) {
    std::string p = ReadFileOrStdin(file, st);
    while (!p.empty() && (p.back() == '\n' || p.back() == '\r')) p.pop_back();
    return p;
  }
  if (!isatty(STDIN_FILENO)) {
    *st = Status::InvalidArgument("no terminal to ask for the password: give --password-file");
    return "";
  }
  termios old{};
  tcgetattr(STDIN_FILENO, &old);
  termios quiet = old;
  quiet.c_lflag &= ~ECHO;
  tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  std::string p1, p2;
  std::cerr << "Password: ";
  std::getline(std::cin, p1);
  std::cerr << "\nRepeat: ";
  std::getline(std::cin, p2);
  std::cerr << "\n";
  tcsetattr(STDIN_FILENO, TCSANOW, &old);
  if (p1 != p2) *st = Status::InvalidArgument("the passwords differ");
  return p1;
}

}  // namespace

void AddAdminCommands(CLI::App& app, CliContext& ctx) {
  app.add_subcommand("verify", "check that every record decrypts and authenticates, and the audit chain")
      ->callback([&ctx]() {
        std::unique_ptr<Archive> a;
        Status s = ctx.OpenArchive(&a);
        VerifyReport r;
        if (s.ok()) s = a->Verify(ctx.CliActor(), &r);
        if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
        if (ctx.json) {
          ctx.PrintJson({{"ok", r.problems.empty()}, {"testimonies", r.testimonies}, {"pending", r.pending},
                         {"tombstones", r.tombstones}, {"audit_entries", r.audit_entries}, {"problems", r.problems}});
        } else {
          std::cout << r.testimonies << " testimonies, " << r.pending << " pending, " << r.tombstones
                    << " tombstones, " << r.audit_entries << " audit entries\n";
          for (const auto& p : r.problems) std::cout << "PROBLEM: " << p << "\n";
          std::cout << (r.problems.empty() ? "OK: every record authenticates\n" : "INTEGRITY ERRORS FOUND\n");
        }
        if (!r.problems.empty()) ctx.exit_code = 6;
      });

  auto* audit = app.add_subcommand("audit", "read the audit trail (who did what to which id, when)");
  audit->callback([&ctx, audit]() {
    if (audit->get_subcommands().size() > 0) return;
    std::unique_ptr<Archive> a;
    Status s = ctx.OpenArchive(&a);
    std::vector<AuditEntry> entries;
    if (s.ok()) s = a->ReadAudit(ctx.CliActor(), &entries);
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    if (ctx.json) {
      json arr = json::array();
      for (const auto& e : entries) {
        arr.push_back({{"seq", e.seq}, {"time", e.time}, {"actor", e.actor}, {"action", e.action}, {"ids", e.ids}});
      }
      ctx.PrintJson(arr);
      return;
    }
    for (const auto& e : entries) {
      std::cout << e.seq << "  " << e.time << "  " << e.actor << "  " << e.action;
      for (const auto& id : e.ids) std::cout << " " << id;
      std::cout << "\n";
    }
  });
  audit->add_subcommand("verify", "detect edited, reordered or deleted audit entries")->callback([&ctx]() {
    std::unique_ptr<Archive> a;
    Status s = ctx.OpenArchive(&a);
    if (s.ok()) s = a->VerifyAudit(ctx.CliActor());
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    if (ctx.json) ctx.PrintJson({{"ok", true}});
    else std::cout << "OK: the audit chain is intact\n";
  });

  app.add_subcommand("reindex", "rebuild the sealed index from the store")->callback([&ctx]() {
    std::unique_ptr<Archive> a;
    Status s = ctx.OpenArchive(&a);
    if (s.ok()) s = a->Reindex(ctx.CliActor(), &ProgressBar);
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    if (ctx.json) ctx.PrintJson({{"ok", true}});
    else std::cout << "Reindexed\n";
  });

  app.add_subcommand("rotate-keys", "start a new key epoch: new KEK, data keys re-wrapped, old KEK destroyed")
      ->callback([&ctx]() {
        std::unique_ptr<Archive> a;
        Status s = ctx.OpenArchive(&a);
        uint64_t epoch = 0;
        if (s.ok()) s = a->RotateKeys(ctx.CliActor(), &epoch);
        if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
        if (ctx.json) ctx.PrintJson({{"epoch", epoch}});
        else std::cout << "Key epoch is now " << epoch << "\n";
      });

  auto* user = app.add_subcommand("user", "manage web users");
  user->require_subcommand(1);
  struct UserArgs { std::string name, role, password_file; };
  auto ua = std::make_shared<UserArgs>();
  auto* add = user->add_subcommand("add", "add a user (password from a prompt or --password-file)");
  add->add_option("name", ua->name, "user name")->required();
  add->add_option("--role", ua->role, "admin, reviewer, legal or comms")
      ->required()->check(CLI::IsMember({"admin", "reviewer", "legal", "comms"}));
  add->add_option("--password-file", ua->password_file, "file holding the password (- for stdin)");
  add->callback([&ctx, ua]() {
    Status s;
    std::string password = ReadPassword(ua->password_file, &s);
    std::unique_ptr<Archive> a;
    if (s.ok()) s = ctx.OpenArchive(&a);
    Role role;
    ParseRole(ua->role, &role);
    if (s.ok()) s = a->AddUser(ctx.CliActor(), ua->name, role, password);
    std::fill(password.begin(), password.end(), '\0');
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    if (ctx.json) ctx.PrintJson({{"name", ua->name}, {"role", ua->role}});
    else std::cout << "Added " << ua->name << " (" << ua->role << ")\n";
  });
  user->add_subcommand("list", "list users and roles")->callback([&ctx]() {
    std::unique_ptr<Archive> a;
    Status s = ctx.OpenArchive(&a);
    std::vector<UserInfo> users;
    if (s.ok()) s = a->ListUsers(ctx.CliActor(), &users);
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    json arr = json::array();
    for (const auto& u : users) {
      if (ctx.json) arr.push_back({{"name", u.name}, {"role", RoleName(u.role)}});
      else std::cout << u.name << "  " << RoleName(u.role) << "\n";
    }
    if (ctx.json) ctx.PrintJson(arr);
  });
  auto rname = std::make_shared<std::string>();
  auto* rm = user->add_subcommand("remove", "remove a user");
  rm->add_option("name", *rname, "user name")->required();
  rm->callback([&ctx, rname]() {
    if (!ctx.Confirm("This removes user " + *rname + ".", *rname)) { ctx.exit_code = 7; return; }
    std::unique_ptr<Archive> a;
    Status s = ctx.OpenArchive(&a);
    if (s.ok()) s = a->RemoveUser(ctx.CliActor(), *rname);
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    if (ctx.json) ctx.PrintJson({{"removed", *rname}});
    else std::cout << "Removed " << *rname << "\n";
  });
}

}  // namespace amparo::cli
