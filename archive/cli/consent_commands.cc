// amparo consent / withdraw / receipt verify.
#include <iostream>

#include "archive/cli/cli_context.h"
#include "archive/record_codec.h"

namespace amparo::cli {

using nlohmann::json;

void AddConsentCommands(CLI::App& app, CliContext& ctx) {
  struct ConsentArgs { std::string id, narrow; };
  auto ca = std::make_shared<ConsentArgs>();
  auto* consent = app.add_subcommand("consent", "view a testimony's consent, or narrow it (drop a scope)");
  consent->add_option("id", ca->id, "testimony id")->required();
  consent->add_option("--narrow", ca->narrow, "scope to drop: publication, legal or research");
  consent->callback([&ctx, ca]() {
    std::unique_ptr<Archive> a;
    Status s = ctx.OpenArchive(&a);
    if (s.ok() && !ca->narrow.empty()) s = a->NarrowConsent(ctx.CliActor(), ca->id, ca->narrow);
    ConsentRecord c;
    if (s.ok()) s = a->GetConsent(ctx.CliActor(), ca->id, &c);
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    std::string today = TodayUtc();
    if (ctx.json) {
      json j = c;
      j["id"] = ca->id;
      j["active_scopes"] = c.ActiveScopes(today);
      j["expired"] = c.IsExpired(today);
      ctx.PrintJson(j);
      return;
    }
    if (!ca->narrow.empty()) std::cout << "Dropped scope " << ca->narrow << " (search reflects it now)\n";
    std::cout << "Testimony " << ca->id << "\n  scopes:      ";
    for (const auto& sc : c.scopes) std::cout << sc << " ";
    std::cout << (c.IsExpired(today) ? "(EXPIRED: no scope is honoured)" : "") << "\n  given on:    " << c.given_on
              << " (" << c.method << ", recorded by " << c.recorded_by << ")\n  expires on:  "
              << (c.expires_on.empty() ? "never" : c.expires_on) << "\n";
  });

  struct WithdrawArgs { std::string id, case_code, reason = "consent-withdrawn"; };
  auto wa = std::make_shared<WithdrawArgs>();
  auto* withdraw = app.add_subcommand("withdraw", "withdraw consent: erase a testimony (or all of a case) for good");
  auto* id_opt = withdraw->add_option("id", wa->id, "testimony id");
  auto* case_opt = withdraw->add_option("--case", wa->case_code, "withdraw every testimony of this case code");
  auto case_file = std::make_shared<std::string>();
  auto* case_file_opt = withdraw->add_option("--case-file", *case_file,
                                             "read the case code from a file (- for stdin): keeps it out of ps and shell history");
  id_opt->excludes(case_opt);
  id_opt->excludes(case_file_opt);
  case_opt->excludes(case_file_opt);
  withdraw->add_option("--reason", wa->reason,
                       "consent-withdrawn, survivor-request, safety-risk, legal-order, duplicate, data-error");
  withdraw->footer("Prints a deletion receipt signed with the archive's Ed25519 key for each erased testimony; "
                   "check it with `amparo receipt verify FILE`.");
  withdraw->callback([&ctx, wa, case_file]() {
    if (!case_file->empty()) {
      Status st;
      wa->case_code = ReadFileOrStdin(*case_file, &st);
      if (!st.ok()) { ctx.exit_code = ctx.Fail(st); return; }
      while (!wa->case_code.empty() && isspace(static_cast<unsigned char>(wa->case_code.back()))) wa->case_code.pop_back();
    }
    if (wa->id.empty() == wa->case_code.empty()) {
      ctx.exit_code = ctx.Fail(Status::InvalidArgument("give a testimony id or --case CODE"));
      return;
    }
    std::string target = wa->id.empty() ? wa->case_code : wa->id;
    if (!ctx.Confirm(std::string("This erases ") + (wa->id.empty() ? "every testimony of case " : "testimony ") + target +
                         " for good.", target)) {
      ctx.exit_code = 7;
      return;
    }
    std::unique_ptr<Archive> a;
    Status s = ctx.OpenArchive(&a);
    std::vector<DeletionReceipt> receipts;
    if (s.ok()) {
      if (!wa->id.empty()) {
        DeletionReceipt r;
        s = a->Withdraw(ctx.CliActor(), wa->id, wa->reason, &r);
        if (s.ok()) receipts.push_back(r);
      } else {
        s = a->WithdrawByCase(ctx.CliActor(), wa->case_code, wa->reason, &receipts);
      }
    }
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    if (ctx.json) {
      json arr = json::array();
      for (const auto& r : receipts) {
        arr.push_back({{"testimony", r.testimony_id}, {"withdrawn_on", r.withdrawn_on}, {"reason", r.reason_code},
                       {"archive", r.archive_id}, {"signature", r.signature}, {"receipt", r.ToText()}});
      }
      ctx.PrintJson({{"withdrawn", arr}});
      return;
    }
    for (const auto& r : receipts) std::cout << r.ToText() << "\n";
  });

  auto receipt = app.add_subcommand("receipt", "deletion receipts");
  struct VerifyArgs { std::string file, archive_key; };
  auto va = std::make_shared<VerifyArgs>();
  auto* verify = receipt->add_subcommand("verify", "check a deletion receipt's signature against the archive's key");
  verify->add_option("file", va->file, "receipt file (- for stdin)")->required();
  verify->add_option("--archive-key", va->archive_key,
                     "the archive's public key (hex, printed by init); default: read from --data's amparo.json");
  receipt->require_subcommand(1);
  verify->callback([&ctx, va]() {
    Status st;
    std::string key = va->archive_key;
    if (key.empty()) {
      if (ctx.data_dir.empty()) {
        ctx.exit_code = ctx.Fail(Status::InvalidArgument("give --archive-key HEX or --data DIR to say which archive must have signed"));
        return;
      }
      st = Archive::ReadReceiptKey(ctx.data_dir, &key);
    }
    std::string text;
    if (st.ok()) text = ReadFileOrStdin(va->file, &st);
    DeletionReceipt r;
    if (st.ok()) st = VerifyReceiptText(text, key, &r);
    if (!st.ok()) { ctx.exit_code = ctx.Fail(st); return; }
    if (ctx.json) {
      ctx.PrintJson({{"valid", true}, {"testimony", r.testimony_id}, {"withdrawn_on", r.withdrawn_on}, {"archive", r.archive_id}});
    } else {
      std::cout << "Valid receipt: testimony " << r.testimony_id << " erased on " << r.withdrawn_on
                << " by archive " << r.archive_id.substr(0, 16) << "…\n";
    }
  });
}

}  // namespace amparo::cli
