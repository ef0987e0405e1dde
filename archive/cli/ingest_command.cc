// amparo ingest FILE: JSON Lines intake, atomic by default.
#include <algorithm>
#include <iostream>
#include <sstream>

#include "archive/cli/cli_context.h"
#include "archive/ingest_pipeline.h"
#include "archive/intake.h"

namespace amparo::cli {

namespace {
struct IngestArgs {
  std::string file;
  bool auto_approve = false;
  bool keep_going = false;
  size_t max_text_bytes = 256 * 1024;
};
}  // namespace

void AddIngestCommand(CLI::App& app, CliContext& ctx) {
  auto args = std::make_shared<IngestArgs>();
  auto* cmd = app.add_subcommand("ingest", "take in testimonies from a JSON Lines file (- for stdin)");
  cmd->add_option("file", args->file, "JSON Lines file, one testimony per line")->required();
  cmd->add_flag("--auto-approve", args->auto_approve,
                "store the proposed redaction without review (bulk imports)");
  cmd->add_flag("--keep-going", args->keep_going,
                "store every valid line and list the bad ones (default: all or nothing)");
  cmd->add_option("--max-text-bytes", args->max_text_bytes, "size limit of one testimony's text");
  cmd->footer("Outcome: without --keep-going, one bad line stores nothing and exits 3. "
              "With it, valid lines are stored, bad ones listed, exit 3 if any was bad.");
  cmd->callback([&ctx, args]() {
    Status st;
    std::string content = ReadFileOrStdin(args->file, &st);
    if (!st.ok()) { ctx.exit_code = ctx.Fail(st); return; }
    std::vector<IntakeRecord> records;
    std::vector<size_t> record_lines;
    nlohmann::json errors = nlohmann::json::array();
    std::istringstream in(content);
    std::string line;
    size_t lineno = 0;
    while (std::getline(in, line)) {
      ++lineno;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      IntakeRecord r;
      Status s = ParseIntakeJson(line, args->max_text_bytes, &r);
      if (!s.ok()) {
        errors.push_back({{"line", lineno}, {"error", s.message()}});
        continue;
      }
      records.push_back(std::move(r));
      record_lines.push_back(lineno);
    }
    std::fill(content.begin(), content.end(), '\0');
    auto report_errors = [&]() {
      if (ctx.json) return;
      for (const auto& e : errors) {
        std::cerr << args->file << ":" << e["line"].get<size_t>() << ": " << e["error"].get<std::string>() << "\n";
      }
    };
    if (!errors.empty() && !args->keep_going) {
      report_errors();
      if (ctx.json) ctx.PrintJson({{"stored", 0}, {"errors", errors}});
      else std::cerr << "amparo: nothing was stored (" << errors.size() << " bad line(s)); fix them or use --keep-going\n";
      ctx.exit_code = 3;
      return;
    }
    if (records.empty()) {
      report_errors();
      ctx.exit_code = ctx.Fail(Status::InvalidArgument("no testimony to ingest in " + args->file));
      if (!errors.empty()) ctx.exit_code = 3;
      return;
    }
    std::unique_ptr<Archive> archive;
    Status s = ctx.OpenArchive(&archive);
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    std::vector<std::string> ids;
    if (!args->keep_going) {
      s = archive->IngestBatch(ctx.CliActor(), records, args->auto_approve, &ids);
      if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    } else {
      // Batches of up to 1,000 (one index commit each, redacted on every
      // core, two in flight); a batch that fails stores nothing and is
      // retried one testimony at a time, so only the failing lines are
      // skipped.
      constexpr size_t kChunk = 1000;
      const size_t chunks = (records.size() + kChunk - 1) / kChunk;
      auto chunk_range = [&](size_t c) {
        return std::pair{c * kChunk, std::min(records.size(), (c + 1) * kChunk)};
      };
      std::vector<BatchOutcome> outcomes = IngestBatches(
          archive.get(), ctx.CliActor(), chunks,
          [&](size_t c) {
            auto [start, end] = chunk_range(c);
            return std::vector<IntakeRecord>(records.begin() + static_cast<std::ptrdiff_t>(start),
                                             records.begin() + static_cast<std::ptrdiff_t>(end));
          },
          args->auto_approve);
      for (size_t c = 0; c < chunks; ++c) {
        if (outcomes[c].status.ok()) {
          ids.insert(ids.end(), outcomes[c].ids.begin(), outcomes[c].ids.end());
          continue;
        }
        auto [start, end] = chunk_range(c);
        // Only a batch refused as invalid stored nothing for sure; after
        // any other failure (the store or the index) retrying its lines
        // could store them twice.
        if (outcomes[c].status.code() != Status::Code::kInvalidArgument) {
          for (size_t i = start; i < end; ++i) {
            errors.push_back({{"line", record_lines[i]},
                              {"error", "batch failed, not retried: " + outcomes[c].status.message()}});
          }
          continue;
        }
        for (size_t i = start; i < end; ++i) {
          std::string id;
          Status r = archive->Ingest(ctx.CliActor(), records[i], args->auto_approve, &id);
          if (r.ok()) ids.push_back(id);
          else errors.push_back({{"line", record_lines[i]}, {"error", r.message()}});
        }
      }
    }
    report_errors();
    if (ctx.json) {
      ctx.PrintJson({{"stored", ids.size()}, {"ids", ids}, {"errors", errors},
                     {"state", args->auto_approve ? "approved" : "pending-review"}});
    } else {
      std::cout << "Stored " << ids.size() << " testimon" << (ids.size() == 1 ? "y" : "ies")
                << (args->auto_approve ? " (approved)" : " (waiting for review: amparo review list)") << "\n";
      for (const auto& id : ids) std::cout << "  " << id << "\n";
      if (!errors.empty()) std::cout << errors.size() << " bad line(s) skipped\n";
    }
    ctx.exit_code = errors.empty() ? 0 : 3;
  });
}

}  // namespace amparo::cli
