// amparo review: the queue of testimonies waiting for a reviewer to check
// the proposed redaction, edit it, and approve.
#include <unistd.h>

#include <iostream>

#include "archive/cli/cli_context.h"
#include "archive/record_codec.h"

namespace amparo::cli {

using nlohmann::json;

namespace {

// wdiff-style view: [-original-]{+replacement+}, coloured on a terminal.
std::string ProposalDiff(const PendingTestimony& p, bool color) {
  std::string out;
  size_t pos = 0;
  for (size_t i = 0; i < p.redactions.size(); ++i) {
    const auto& r = p.redactions[i];
    if (r.begin < pos || r.end > p.original_text.size()) continue;
    out += p.original_text.substr(pos, r.begin - pos);
    std::string orig = p.original_text.substr(r.begin, r.end - r.begin);
    out += color ? "\033[31m[-" + orig + "-]\033[0m\033[32m{+" + r.replacement + "+}\033[0m"
                 : "[-" + orig + "-]{+" + r.replacement + "+}";
    out += "#" + std::to_string(i + 1);
    pos = r.end;
  }
  out += p.original_text.substr(pos);
  return out;
}

}  // namespace

void AddReviewCommand(CLI::App& app, CliContext& ctx) {
  auto* review = app.add_subcommand("review", "check, edit and approve proposed redactions");
  review->require_subcommand(1);

  review->add_subcommand("list", "testimonies waiting for review")->callback([&ctx]() {
    std::unique_ptr<Archive> a;
    Status s = ctx.OpenArchive(&a);
    std::vector<PendingTestimony> items;
    if (s.ok()) s = a->ListPending(ctx.CliActor(), &items);
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    if (ctx.json) {
      json arr = json::array();
      for (const auto& p : items) {
        arr.push_back({{"id", p.id}, {"pseudonym", p.pseudonym}, {"language", p.language},
                       {"recorded_on", p.recorded_on}, {"received_at", p.received_at},
                       {"redactions", p.redactions.size()}});
      }
      ctx.PrintJson(arr);
      return;
    }
    for (const auto& p : items) {
      std::cout << p.id << "  " << p.received_at << "  " << p.language << "  " << p.pseudonym << "  "
                << p.redactions.size() << " proposed redaction(s)\n";
    }
    std::cout << items.size() << " waiting\n";
  });

  auto id = std::make_shared<std::string>();
  auto* show = review->add_subcommand("show", "show the original with the proposed redactions");
  show->add_option("id", *id, "testimony id")->required();
  show->callback([&ctx, id]() {
    std::unique_ptr<Archive> a;
    Status s = ctx.OpenArchive(&a);
    PendingTestimony p;
    if (s.ok()) s = a->GetPending(ctx.CliActor(), *id, &p);
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    if (ctx.json) { ctx.PrintJson(json(p)); return; }
    std::cout << p.id << " · " << p.pseudonym << " · " << p.language << " · " << p.recorded_on << "\n\n"
              << ProposalDiff(p, isatty(STDOUT_FILENO)) << "\n\nProposed redactions:\n";
    for (size_t i = 0; i < p.redactions.size(); ++i) {
      const auto& r = p.redactions[i];
      std::cout << "  #" << i + 1 << "  bytes " << r.begin << "-" << r.end << "  " << r.type << " -> "
                << r.replacement << "  (" << r.detector << ", " << r.confidence << ")\n";
    }
    std::cout << "Tags:";
    for (const auto& [facet, values] : p.tags) {
      std::cout << "  " << facet << "=";
      for (size_t i = 0; i < values.size(); ++i) std::cout << (i ? "," : "") << values[i];
    }
    std::cout << "\n";
  });

  struct EditArgs { std::string id; std::vector<size_t> remove; std::vector<std::string> add, tags; };
  auto ea = std::make_shared<EditArgs>();
  auto* edit = review->add_subcommand("edit", "remove proposed redactions (#N) or add new ones");
  edit->add_option("id", ea->id, "testimony id")->required();
  edit->add_option("--remove", ea->remove, "number of a proposed redaction to drop (from review show)");
  edit->add_option("--add", ea->add, "BEGIN:END:TYPE byte range of the original to redact (type: person, phone, ...)");
  edit->add_option("--tags", ea->tags, "FACET=v1,v2 replaces a facet's tags (violence, perpetrator, places); repeatable");
  edit->callback([&ctx, ea]() {
    std::unique_ptr<Archive> a;
    Status s = ctx.OpenArchive(&a);
    PendingTestimony p;
    if (s.ok()) s = a->GetPending(ctx.CliActor(), ea->id, &p);
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    std::vector<ProposedRedaction> kept;
    for (size_t i = 0; i < p.redactions.size(); ++i) {
      if (std::find(ea->remove.begin(), ea->remove.end(), i + 1) == ea->remove.end()) kept.push_back(p.redactions[i]);
    }
    for (const auto& spec : ea->add) {
      ProposedRedaction r;
      size_t c1 = spec.find(':'), c2 = spec.find(':', c1 == std::string::npos ? 0 : c1 + 1);
      if (c1 == std::string::npos || c2 == std::string::npos) {
        ctx.exit_code = ctx.Fail(Status::InvalidArgument("--add takes BEGIN:END:TYPE"));
        return;
      }
      try {
        r.begin = std::stoul(spec.substr(0, c1));
        r.end = std::stoul(spec.substr(c1 + 1, c2 - c1 - 1));
      } catch (const std::exception&) {
        ctx.exit_code = ctx.Fail(Status::InvalidArgument("--add takes BEGIN:END:TYPE with byte numbers"));
        return;
      }
      r.type = spec.substr(c2 + 1);
      r.detector = "reviewer";
      kept.push_back(r);
    }
    std::sort(kept.begin(), kept.end(), [](auto& x, auto& y) { return x.begin < y.begin; });
    Tags tags = p.tags;
    for (const auto& spec : ea->tags) {
      size_t eq = spec.find('=');
      if (eq == std::string::npos) {
        ctx.exit_code = ctx.Fail(Status::InvalidArgument("--tags takes FACET=v1,v2"));
        return;
      }
      std::vector<std::string> values;
      std::string rest = spec.substr(eq + 1);
      for (size_t start = 0; start <= rest.size();) {
        size_t comma = rest.find(',', start);
        std::string v = rest.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!v.empty()) values.push_back(v);
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
      tags[spec.substr(0, eq)] = values;
    }
    s = a->EditPending(ctx.CliActor(), ea->id, kept, ea->tags.empty() ? nullptr : &tags);
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    if (ctx.json) ctx.PrintJson({{"id", ea->id}, {"redactions", kept.size()}});
    else std::cout << "Updated the proposal for " << ea->id << " (" << kept.size() << " redactions)\n";
  });

  auto aid = std::make_shared<std::string>();
  auto* approve = review->add_subcommand("approve", "approve the redaction: store, index, destroy the original");
  approve->add_option("id", *aid, "testimony id")->required();
  approve->callback([&ctx, aid]() {
    std::unique_ptr<Archive> a;
    Status s = ctx.OpenArchive(&a);
    if (s.ok()) s = a->Approve(ctx.CliActor(), *aid);
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    if (ctx.json) ctx.PrintJson({{"id", *aid}, {"state", "approved"}});
    else std::cout << "Approved " << *aid << ": it is searchable now; the original was destroyed.\n";
  });

  auto rid = std::make_shared<std::string>();
  auto* reject = review->add_subcommand("reject", "reject an intake: erase it entirely");
  reject->add_option("id", *rid, "testimony id")->required();
  reject->callback([&ctx, rid]() {
    if (!ctx.Confirm("This erases the pending testimony " + *rid + ".", *rid)) { ctx.exit_code = 7; return; }
    std::unique_ptr<Archive> a;
    Status s = ctx.OpenArchive(&a);
    if (s.ok()) s = a->Reject(ctx.CliActor(), *rid);
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    if (ctx.json) ctx.PrintJson({{"id", *rid}, {"state", "rejected"}});
    else std::cout << "Rejected and erased " << *rid << "\n";
  });
}

}  // namespace amparo::cli
