// amparo list / show / search / export: reading, scoped by role and consent.
#include <unistd.h>

#include <iostream>

#include "archive/cli/cli_context.h"
#include "archive/export_format.h"

namespace amparo::cli {

using nlohmann::json;

namespace {
std::string Join(const std::vector<std::string>& v, const char* sep = ",") {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
  return out;
}
}  // namespace

void AddReadCommands(CLI::App& app, CliContext& ctx) {
  auto* list = app.add_subcommand("list", "list approved testimonies with their consent state");
  list->callback([&ctx]() {
    std::unique_ptr<Archive> a;
    Status s = ctx.OpenArchive(&a);
    std::vector<TestimonySummary> items;
    if (s.ok()) s = a->List(ctx.CliActor(), &items);
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    if (ctx.json) {
      json arr = json::array();
      for (const auto& t : items) {
        arr.push_back({{"id", t.id}, {"pseudonym", t.pseudonym}, {"language", t.language},
                       {"recorded_on", t.recorded_on}, {"title", t.title}, {"scopes", t.scopes},
                       {"active_scopes", t.active_scopes}, {"expired", t.expired}});
      }
      ctx.PrintJson(arr);
      return;
    }
    for (const auto& t : items) {
      std::cout << t.id << "  " << t.recorded_on << "  " << t.language << "  " << t.pseudonym << "  "
                << t.title << "  [" << Join(t.scopes) << (t.expired ? " — EXPIRED" : "") << "]\n";
    }
    std::cout << items.size() << " testimon" << (items.size() == 1 ? "y" : "ies") << "\n";
  });

  auto id = std::make_shared<std::string>();
  auto* show = app.add_subcommand("show", "show one redacted testimony");
  show->add_option("id", *id, "testimony id")->required();
  show->callback([&ctx, id]() {
    std::unique_ptr<Archive> a;
    Status s = ctx.OpenArchive(&a);
    Testimony t;
    if (s.ok()) s = a->Show(ctx.CliActor(), *id, &t);
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    if (ctx.json) { ctx.PrintJson(TestimonyToJson(t)); return; }
    std::cout << t.title << "\n" << t.pseudonym << " · " << t.recorded_on << " · " << t.recorded_at
              << " · " << t.language << "\nConsent: " << Join(t.consent.scopes)
              << (t.consent.expires_on.empty() ? "" : " until " + t.consent.expires_on) << "\n";
    for (const auto& [facet, values] : t.tags) std::cout << facet << ": " << Join(values, ", ") << "\n";
    std::cout << "\n" << t.text << "\n";
  });

  struct SearchArgs { std::string query, role = "admin"; bool facets = false; size_t page = 1, page_size = 10; };
  auto sa = std::make_shared<SearchArgs>();
  auto* search = app.add_subcommand("search", "search the archive as a role (docs/search.md has the syntax)");
  search->add_option("query", sa->query, "query")->required();
  search->add_option("--role", sa->role, "admin, legal or comms: results are limited to its consent scope")
      ->check(CLI::IsMember({"admin", "legal", "comms", "reviewer"}));
  search->add_flag("--facets", sa->facets, "count results by violence, perpetrator, place, year, language");
  search->add_option("--page", sa->page, "page number, from 1");
  search->add_option("--page-size", sa->page_size, "hits per page (1-100)");
  search->callback([&ctx, sa]() {
    std::unique_ptr<Archive> a;
    Status s = ctx.OpenArchive(&a);
    Actor actor = ctx.CliActor();
    ParseRole(sa->role, &actor.role);
    ArchiveSearchRequest req{sa->query, sa->page, sa->page_size, sa->facets};
    ArchiveSearchResponse res;
    if (s.ok()) s = a->Search(actor, req, &res);
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    if (ctx.json) {
      json hits = json::array();
      for (const auto& h : res.hits) {
        hits.push_back({{"id", h.id}, {"pseudonym", h.pseudonym}, {"title", h.title},
                        {"recorded_on", h.recorded_on}, {"language", h.language}, {"tags", h.tags},
                        {"snippet", h.snippet}});
      }
      json facets = json::object();
      for (const auto& [name, values] : res.facets) {
        json f = json::array();
        for (const auto& v : values) f.push_back({{"value", v.value}, {"count", v.count}});
        facets[name] = f;
      }
      ctx.PrintJson({{"total", res.total}, {"page", res.page}, {"page_size", res.page_size},
                     {"hits", hits}, {"facets", facets}});
      return;
    }
    bool tty = isatty(STDOUT_FILENO);
    std::cout << res.total << " result(s), page " << res.page << "\n";
    for (const auto& h : res.hits) {
      std::string snippet = h.snippet;
      for (auto [from, to] : {std::pair<std::string, std::string>{"<mark>", tty ? "\033[1;33m" : "*"},
                              {"</mark>", tty ? "\033[0m" : "*"}, {"&amp;", "&"}, {"&lt;", "<"},
                              {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}}) {
        for (size_t p = snippet.find(from); p != std::string::npos; p = snippet.find(from, p + to.size())) {
          snippet.replace(p, from.size(), to);
        }
      }
      std::cout << "\n" << h.id << "  " << h.recorded_on << "  " << h.language << "  " << h.pseudonym
                << "  " << h.title << "\n  " << snippet << "\n";
    }
    for (const auto& [name, values] : res.facets) {
      std::cout << "\n" << name << ":";
      for (const auto& v : values) std::cout << "  " << v.value << " (" << v.count << ")";
      std::cout << "\n";
    }
  });

  struct ExportArgs { std::vector<std::string> ids; std::string format = "jsonl"; std::string role = "admin"; };
  auto ea = std::make_shared<ExportArgs>();
  auto* exp = app.add_subcommand("export", "export testimonies: JSON Lines, CSV, or a Markdown story card");
  exp->add_option("ids", ea->ids, "testimony ids")->required();
  exp->add_option("--format", ea->format, "jsonl, csv or card")->check(CLI::IsMember({"jsonl", "csv", "card"}));
  exp->add_option("--role", ea->role, "export as this role")->check(CLI::IsMember({"admin", "legal", "comms"}));
  exp->callback([&ctx, ea]() {
    std::unique_ptr<Archive> a;
    Status s = ctx.OpenArchive(&a);
    Actor actor = ctx.CliActor();
    ParseRole(ea->role, &actor.role);
    std::vector<Testimony> out;
    if (s.ok()) s = a->Export(actor, ea->ids, &out);
    if (!s.ok()) { ctx.exit_code = ctx.Fail(s); return; }
    if (ea->format == "csv") {
      std::cout << ExportCsvHeader();
      for (const auto& t : out) std::cout << ExportCsvRow(t);
    } else if (ea->format == "card") {
      for (const auto& t : out) std::cout << ExportStoryCard(t, TodayUtc()) << "\n";
    } else {
      for (const auto& t : out) std::cout << ExportJsonLine(t);
    }
    if (out.size() != ea->ids.size()) {
      std::cerr << "amparo: " << ea->ids.size() - out.size() << " id(s) not visible to this role were left out\n";
      ctx.exit_code = 4;
    }
  });
}

}  // namespace amparo::cli
