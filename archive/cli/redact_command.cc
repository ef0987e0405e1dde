// amparo redact: try the redaction pass on a text without any archive.
#include <iostream>

#include "archive/cli/cli_context.h"
#include "archive/intake.h"
#include "redaction/redactor.h"

namespace amparo::cli {

using nlohmann::json;

void AddRedactCommand(CLI::App& app, CliContext& ctx) {
  struct RedactArgs {
    std::string lang = "es", pseudonym = "[SURVIVOR]";
    std::vector<std::string> names, others, phones;
    bool keep_ages = false, keep_dates = false;
  };
  auto ra = std::make_shared<RedactArgs>();
  auto* cmd = app.add_subcommand("redact", "redact text from stdin and print it (touches no archive)");
  cmd->add_option("--lang", ra->lang, "language of the text: es, en, fr, ht")
      ->check(CLI::IsMember({"es", "en", "fr", "ht"}));
  cmd->add_option("--name", ra->names, "the survivor's name or nickname (repeatable)");
  cmd->add_option("--other-name", ra->others, "another known person's name (repeatable)");
  cmd->add_option("--phone", ra->phones, "a known phone number (repeatable)");
  cmd->add_option("--pseudonym", ra->pseudonym, "what the survivor's names become");
  cmd->add_flag("--keep-ages", ra->keep_ages, "do not generalize exact ages");
  cmd->add_flag("--keep-dates", ra->keep_dates, "do not generalize full dates");
  cmd->footer("With --json: {text, spans:[{begin,end,redacted_begin,redacted_end,type,detector,confidence,replacement}]}, "
              "offsets in bytes of the input.");
  cmd->callback([&ctx, ra]() {
    Status st;
    std::string text = ReadFileOrStdin("-", &st);
    size_t bad = 0;
    if (!IsValidUtf8(text, &bad)) {
      ctx.exit_code = ctx.Fail(Status::InvalidArgument("input is not valid UTF-8 (byte " + std::to_string(bad) + ")"));
      return;
    }
    std::string error;
    auto redactor = redaction::Redactor::Create(&error);
    if (!redactor) { ctx.exit_code = ctx.Fail(Status::Internal(error)); return; }
    redaction::KnownIdentifiers known;
    known.survivor_names = ra->names;
    known.other_names = ra->others;
    known.phones = ra->phones;
    redaction::RedactionOptions opts;
    opts.pseudonym = ra->pseudonym;
    opts.generalize_ages = !ra->keep_ages;
    opts.generalize_dates = !ra->keep_dates;
    redaction::RedactionResult result;
    if (!redactor->Redact(text, ra->lang, known, opts, &result, &error)) {
      ctx.exit_code = ctx.Fail(Status::InvalidArgument(error));
      return;
    }
    if (!ctx.json) {
      std::cout << result.text;
      if (!result.text.empty() && result.text.back() != '\n') std::cout << "\n";
      return;
    }
    json spans = json::array();
    for (const auto& s : result.report.spans) {
      spans.push_back({{"begin", s.original_begin}, {"end", s.original_end}, {"redacted_begin", s.redacted_begin},
                       {"redacted_end", s.redacted_end}, {"type", redaction::IdentifierTypeName(s.type)},
                       {"detector", s.detector}, {"confidence", s.confidence}, {"replacement", s.replacement}});
    }
    std::cout << json{{"text", result.text}, {"spans", spans}}.dump() << "\n";
  });
}

}  // namespace amparo::cli
