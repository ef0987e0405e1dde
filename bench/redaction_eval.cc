// redaction_eval scores the redaction pass on labeled text written by others
// (../shared/data): MEDDOCAN dev (es, clinical, BRAT), WNUT17 dev (en, social
// media, CoNLL), Europeana (fr, 1906 newspapers, BIO) and presidio-research
// synthetic sentences (en, JSON). For each set it prints person-name token
// and entity recall, precision of the person redactions, recall per
// identifier type and the share of place-name tokens kept, plus throughput.
//
// With a Redactor in the build (AMPARO_HAVE_REDACTOR) it scores the whole
// Redactor::Redact with empty KnownIdentifiers; otherwise, or with
// --names-only, the NameDetector alone.
//
// Presidio and Europeana have one file each: --train scores their even-numbered
// documents (the tuning half), the default their odd-numbered ones.
//
// --rules-only scores the name detector without its model (NameModel).
//
// --fold 0|1 (with --train) keeps only the even- (0) or odd-numbered (1)
// documents of each tuning set: two-fold cross-validation by document, where
// rules are written on the errors of one fold and the other is only scored.
//
// --part 0|1 (with --train) keeps only the first (0) or second (1) half of
// each tuning set's documents, in file order: rules are written on the errors
// of one part and the other shows whether they carry over. Unlike --fold, the
// two parts share no generator run of neighbouring documents.
//
// --genres scores the project's own hand-written sets instead
// (bench/genre_sets/*.txt: genres the shared data lacks; written by the
// project, so a check that rules carry over, not a held-out measure).
//
// Usage: redaction_eval [--names-only | --rules-only | --unlearned] [--train] [--show-errors N]
//                       [--only SET] [--fold 0|1] [--part 0|1] [--no-throughput] [--genres]
//                       [shared-data-dir]
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "bench/labeled_data.h"
#include "redaction/name_detector.h"
#include "redaction/name_detector_text.h"
#ifdef AMPARO_HAVE_REDACTOR
#include "redaction/redactor.h"
#endif

namespace fs = std::filesystem;
using namespace amparo::redaction;
using namespace amparo::bench;

namespace {

constexpr Label kScoredIdentifiers[] = {Label::kPhone,    Label::kEmail,  Label::kId,
                                        Label::kStreet,   Label::kPostal, Label::kDateFull,
                                        Label::kDatePartial};
const char* LabelName(Label l) {
  switch (l) {
    case Label::kPhone: return "phone";
    case Label::kEmail: return "e-mail";
    case Label::kId: return "ID";
    case Label::kStreet: return "street";
    case Label::kPostal: return "postal code";
    case Label::kDateFull: return "full date";
    case Label::kDatePartial: return "partial date";
    case Label::kPlace: return "place";
    case Label::kOtherId: return "other-id";
    case Label::kOrg: return "organisation";
    default: return "?";
  }
}

// CPU time of this thread: the machine may be shared, wall time would lie.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

struct Predicted {
  size_t begin, end;
  bool person;
  std::string type;  // "person", "address"... (IdentifierTypeName)
  std::string replacement;  // what stands in the redacted text
};

struct Counts {
  long person_tokens = 0, person_tokens_hit = 0;
  long person_entities = 0, person_entities_hit = 0;
  long flagged_tokens = 0, flagged_person = 0, flagged_any = 0;
  long place_tokens = 0, place_tokens_kept = 0;
  std::map<Label, std::pair<long, long>> ident;  // label -> (tokens, covered)
  std::map<std::string, long> places_lost_to;     // type of the span -> place tokens
  long org_tokens = 0, org_tokens_kept = 0;       // organisations (kept, like places)
  std::map<std::string, long> orgs_lost_to;       // type of the span -> organisation tokens
  long full_dates_shown = 0;  // full dates whose rendering still has all their numbers
  double seconds = 0;
  size_t bytes = 0;
};

struct Options {
  bool names_only = false;
  bool genres = false;      // the hand-written sets in bench/genre_sets
  bool rules_only = false;  // the name detector without its model (implies names_only)
  bool unlearned = false;   // rules only, without the word lists learned from train text
  bool train = false;  // score the train splits (for tuning) instead of dev
  int fold = -1;       // with train: only the documents of this parity (0 even, 1 odd)
  int part = -1;       // with train: only the first (0) or second (1) half of the documents
  int show_errors = 0;
  std::string only;         // score only the sets whose name contains this
  bool throughput = true;
};

// Prints a labeled span in context, with the redacted spans near it in {{ }}.
void ShowSpan(const Document& doc, size_t begin, size_t end, const char* what,
              const std::vector<Predicted>& pred) {
  const size_t b = begin >= 50 ? begin - 50 : 0;
  const size_t e = std::min(doc.text.size(), end + 50);
  std::string shown;
  for (size_t i = b; i <= e; ++i) {
    for (const Predicted& p : pred) {
      if (p.end == i && p.begin >= b) shown += "}}";
    }
    if (i == end) shown += ">>";
    for (const Predicted& p : pred) {
      if (p.begin == i && p.end <= e) shown += "{{";
    }
    if (i == begin) shown += "<<";
    if (i < e) shown.push_back(doc.text[i] == '\n' ? '|' : doc.text[i]);
  }
  std::fprintf(stderr, "%s %s\n", what, shown.c_str());
}

void Score(const Document& doc, const std::vector<Predicted>& pred, Counts* c,
           const Options& opt, int* misses_shown, int* fps_shown, int* ident_shown) {
  std::set<const GoldSpan*> shown_spans;
  text::Tokens tk;
  text::Tokenize(doc.text, &tk);
  std::vector<const GoldSpan*> gold_of(tk.tokens.size(), nullptr);
  for (size_t i = 0; i < tk.tokens.size(); ++i) {
    const auto& t = tk.tokens[i];
    for (const GoldSpan& g : doc.gold) {
      if (g.begin < t.end && t.begin < g.end) {
        if (gold_of[i] == nullptr || g.label == Label::kPerson) gold_of[i] = &g;
      }
    }
  }
  auto covered = [&](const text::Token& t, bool person_only) {
    for (const Predicted& p : pred) {
      if ((!person_only || p.person) && p.begin <= t.begin && t.end <= p.end) return true;
    }
    return false;
  };
  std::map<const GoldSpan*, bool> entity_hit;
  for (size_t i = 0; i < tk.tokens.size(); ++i) {
    const auto& t = tk.tokens[i];
    if (!t.word) continue;
    const GoldSpan* g = gold_of[i];
    const bool any = covered(t, false);
    const Label l = g ? g->label : Label::kNone;
    if (l == Label::kPerson) {
      ++c->person_tokens;
      if (any) ++c->person_tokens_hit;
      auto [it, inserted] = entity_hit.emplace(g, true);
      it->second = it->second && any;
      if (!any && *misses_shown < opt.show_errors) {
        ++*misses_shown;
        size_t b = g->begin >= 40 ? g->begin - 40 : 0;
        std::fprintf(stderr, "MISS [%.*s] %.*s  <<%.*s>>  %.*s\n",
                     (int)(t.end - t.begin), doc.text.data() + t.begin, (int)(g->begin - b),
                     doc.text.data() + b, (int)(g->end - g->begin), doc.text.data() + g->begin,
                     (int)std::min<size_t>(40, doc.text.size() - g->end), doc.text.data() + g->end);
      }
    } else if (l == Label::kPlace) {
      ++c->place_tokens;
      if (!any) {
        ++c->place_tokens_kept;
      } else {
        for (const Predicted& p : pred) {
          if (p.begin <= t.begin && t.end <= p.end) {
            ++c->places_lost_to[p.type];
            if (*ident_shown < opt.show_errors) {
              ++*ident_shown;
              ShowSpan(doc, g->begin, g->end, ("PLACE-LOST(" + p.type + ")").c_str(), pred);
            }
            break;
          }
        }
      }
    } else if (l == Label::kOrg) {
      ++c->org_tokens;
      if (!any) {
        ++c->org_tokens_kept;
      } else {
        for (const Predicted& p : pred) {
          if (p.begin <= t.begin && t.end <= p.end) {
            ++c->orgs_lost_to[p.type];
            if (*ident_shown < opt.show_errors) {
              ++*ident_shown;
              ShowSpan(doc, g->begin, g->end, ("ORG-LOST(" + p.type + ")").c_str(), pred);
            }
            break;
          }
        }
      }
    } else if (l != Label::kNone && l != Label::kOther && l != Label::kOtherId) {
      auto& [n, hit] = c->ident[l];
      ++n;
      if (any) ++hit;
      if (!any && l != Label::kDatePartial && *ident_shown < opt.show_errors &&
          shown_spans.insert(g).second) {
        ++*ident_shown;
        ShowSpan(doc, g->begin, g->end, (std::string("MISS-") + LabelName(l)).c_str(), pred);
      }
    }
    if (covered(t, true)) {
      ++c->flagged_tokens;
      if (l == Label::kPerson) ++c->flagged_person;
      if (l != Label::kNone && l != Label::kPlace && l != Label::kOther && l != Label::kOrg) {
        ++c->flagged_any;
      }
      if (l != Label::kPerson && *fps_shown < opt.show_errors) {
        // Plain false positives print as "FP"; a person span over another
        // identifier (a hospital, a street) as "FP-<label>".
        ++*fps_shown;
        size_t b = t.begin >= 40 ? t.begin - 40 : 0;
        const bool other_id =
            l != Label::kNone && l != Label::kPlace && l != Label::kOther && l != Label::kOrg;
        std::fprintf(stderr, "%s   %.*s  [[%.*s]]  %.*s\n",
                     other_id ? (std::string("FP-") + LabelName(l)).c_str() : "FP",
                     (int)(t.begin - b),
                     doc.text.data() + b, (int)(t.end - t.begin), doc.text.data() + t.begin,
                     (int)std::min<size_t>(40, doc.text.size() - t.end), doc.text.data() + t.end);
      }
    }
  }
  // A full date counts as recalled when covered; check that its rendering
  // really lost the day: the replacements over it must not hold all of its
  // numbers.
  for (const GoldSpan& g : doc.gold) {
    if (g.label != Label::kDateFull) continue;
    std::string shown;
    bool covered = false;
    for (const Predicted& p : pred) {
      if (p.begin < g.end && g.begin < p.end) {
        shown += " " + p.replacement + " ";
        covered = covered || (p.begin <= g.begin && g.end <= p.end);
      }
    }
    if (!covered || shown.empty()) continue;
    bool all = true;
    const std::string value = doc.text.substr(g.begin, g.end - g.begin);
    for (size_t i = 0; i < value.size();) {
      if (!std::isdigit(static_cast<unsigned char>(value[i]))) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < value.size() && std::isdigit(static_cast<unsigned char>(value[j]))) ++j;
      const std::string number = value.substr(i, j - i);
      bool found = false;
      for (size_t at = shown.find(number); at != std::string::npos; at = shown.find(number, at + 1)) {
        const bool left = at == 0 || !std::isdigit(static_cast<unsigned char>(shown[at - 1]));
        const bool right = at + number.size() >= shown.size() ||
                           !std::isdigit(static_cast<unsigned char>(shown[at + number.size()]));
        found = found || (left && right);
      }
      all = all && found;
      i = j;
    }
    if (all) ++c->full_dates_shown;
  }
  for (const auto& [g, hit] : entity_hit) {
    ++c->person_entities;
    if (hit) ++c->person_entities_hit;
  }
}

std::string Ratio(long num, long den) {
  if (den == 0) return "–";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", static_cast<double>(num) / den);
  return buf;
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  std::string dir;
  if (const char* env = std::getenv("AMPARO_SHARED_DATA")) dir = env;
#ifdef AMPARO_SHARED_DATA
  if (dir.empty()) dir = AMPARO_SHARED_DATA;
#endif
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--names-only") opt.names_only = true;
    else if (a == "--rules-only") opt.names_only = opt.rules_only = true;
    else if (a == "--unlearned") opt.names_only = opt.rules_only = opt.unlearned = true;
    else if (a == "--train") opt.train = true;
    else if (a == "--show-errors" && i + 1 < argc) opt.show_errors = std::atoi(argv[++i]);
    else if (a == "--only" && i + 1 < argc) opt.only = argv[++i];
    else if (a == "--fold" && i + 1 < argc) opt.fold = std::atoi(argv[++i]) != 0 ? 1 : 0;
    else if (a == "--part" && i + 1 < argc) opt.part = std::atoi(argv[++i]) != 0 ? 1 : 0;
    else if (a == "--no-throughput") opt.throughput = false;
    else if (a == "--genres") opt.genres = true;
    else if (a == "--help" || a == "-h") {
      std::printf("usage: %s [--names-only | --rules-only | --unlearned] [--train] [--show-errors N] [--only SET] [--fold 0|1] [--part 0|1] [--no-throughput] [--genres] [shared-data-dir]\n", argv[0]);
      return 0;
    } else dir = a;
  }
  const fs::path root(dir);
  if (!fs::exists(root / "meddocan-es")) {
    std::fprintf(stderr, "no labeled data in '%s' (pass the shared data dir)\n", dir.c_str());
    return 2;
  }

  std::string error;
  std::unique_ptr<NameDetector> detector = opt.rules_only
                                               ? NameDetector::CreateRulesOnly(nullptr, !opt.unlearned, &error)
                                               : NameDetector::Create(&error);
  if (!detector) {
    std::fprintf(stderr, "name detector: %s\n", error.c_str());
    return 1;
  }
#ifdef AMPARO_HAVE_REDACTOR
  std::unique_ptr<Redactor> redactor;
  if (!opt.names_only) {
    redactor = Redactor::Create(&error);
    if (!redactor) {
      std::fprintf(stderr, "redactor: %s\n", error.c_str());
      return 1;
    }
  }
  const bool whole = redactor != nullptr;
#else
  const bool whole = false;
#endif

  std::vector<DataSet> sets;
  const DataSet europeana = LoadBio(root / "europeana-fr" / "enp_FR.bnf.dev.bio",
                                    "Europeana (fr, 1906 news, OCR)", "fr", false, 300);
  const DataSet presidio = LoadPresidio(root / "presidio-research-synth" / "synth_dataset_v2.json");
  if (opt.genres) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(fs::path(AMPARO_SOURCE_DIR) / "bench" / "genre_sets")) {
      if (e.path().extension() == ".txt") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) sets.push_back(LoadInline(f));
  } else if (opt.train) {  // tuning only: the dev sets and odd halves below are for measuring
    sets.push_back(LoadMeddocan(root / "meddocan-es" / "train"));
    sets.back().name = "MEDDOCAN train (es, clinical)";
    sets.push_back(LoadBio(root / "wnut17-en" / "wnut17train.conll", "WNUT17 train (en, social)",
                           "en", true, 0));
    sets.push_back(Half(europeana, 0, "even half"));
    sets.push_back(Half(presidio, 0, "even half"));
    if (opt.fold >= 0) {
      for (DataSet& set : sets) set = Half(std::move(set), opt.fold, opt.fold == 0 ? "fold A" : "fold B");
    }
    if (opt.part >= 0) {
      for (DataSet& set : sets) set = Part(std::move(set), opt.part, opt.part == 0 ? "first part" : "second part");
    }
  } else {
    sets.push_back(LoadMeddocan(root / "meddocan-es" / "dev"));
    sets.push_back(LoadBio(root / "wnut17-en" / "emerging.dev.conll", "WNUT17 dev (en, social)",
                           "en", true, 0));
    sets.push_back(Half(europeana, 1, "odd half"));
    sets.push_back(Half(presidio, 1, "odd half"));
  }

  std::printf("Scoring %s on %s\n\n",
              whole            ? "Redactor::Redact (empty KnownIdentifiers)"
              : opt.unlearned  ? "NameDetector rules without the model or learned word lists (person names)"
              : opt.rules_only ? "NameDetector rules without the model (person names)"
                               : "NameDetector alone (person names)",
              dir.c_str());
  std::printf("| set | docs | person tok recall | person entity recall | precision (person) |"
              " precision (any id) | places kept | phones | e-mails | IDs | streets | postal codes |"
              " full dates | partial dates |\n");
  std::printf("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
  std::vector<std::string> losses;
  std::vector<std::string> org_lines;
  std::vector<std::string> date_checks;
  for (const DataSet& set : sets) {
    if (!opt.only.empty() && set.name.find(opt.only) == std::string::npos) continue;
    Counts c;
    int misses = 0, fps = 0, ident_misses = 0;
    if (opt.show_errors > 0) std::fprintf(stderr, "== %s\n", set.name.c_str());
    for (const Document& doc : set.docs) {
      std::vector<Predicted> pred;
      auto t0 = std::chrono::steady_clock::now();
      if (!whole) {
        for (const Finding& f : detector->Find(doc.text, set.language)) {
          pred.push_back({f.begin, f.end, true, "person", ""});
        }
      }
#ifdef AMPARO_HAVE_REDACTOR
      else {
        RedactionResult result;
        if (!redactor->Redact(doc.text, set.language, KnownIdentifiers{}, RedactionOptions{},
                              &result, &error)) {
          std::fprintf(stderr, "redact failed: %s\n", error.c_str());
          continue;
        }
        for (const RedactionSpan& s : result.report.spans) {
          pred.push_back({s.original_begin, s.original_end,
                          s.type == IdentifierType::kPersonName ||
                              s.type == IdentifierType::kSurvivorName,
                          std::string(IdentifierTypeName(s.type)), s.replacement});
        }
      }
#endif
      c.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      c.bytes += doc.text.size();
      Score(doc, pred, &c, opt, &misses, &fps, &ident_misses);
    }
    std::printf("| %s | %zu | %s (%ld) | %s (%ld) | %s | %s | %s (%ld) |", set.name.c_str(),
                set.docs.size(), Ratio(c.person_tokens_hit, c.person_tokens).c_str(),
                c.person_tokens, Ratio(c.person_entities_hit, c.person_entities).c_str(),
                c.person_entities, Ratio(c.flagged_person, c.flagged_tokens).c_str(),
                Ratio(c.flagged_any, c.flagged_tokens).c_str(),
                Ratio(c.place_tokens_kept, c.place_tokens).c_str(), c.place_tokens);
    for (Label l : kScoredIdentifiers) {
      auto it = c.ident.find(l);
      if (it == c.ident.end() || whole == false) {
        std::printf(" %s |", it == c.ident.end() ? "–" : "n/a");
      } else {
        std::printf(" %s (%ld) |", Ratio(it->second.second, it->second.first).c_str(),
                    it->second.first);
      }
      (void)LabelName;
    }
    std::printf("\n");
    std::fflush(stdout);
    std::string lost;
    for (const auto& [type, count] : c.places_lost_to) {
      lost += (lost.empty() ? "" : ", ") + type + " " + std::to_string(count);
    }
    if (!lost.empty()) losses.push_back(set.name + ": " + lost);
    if (c.org_tokens > 0) {
      std::string line = set.name + ": " + Ratio(c.org_tokens_kept, c.org_tokens) + " (" +
                         std::to_string(c.org_tokens) + ")";
      std::string by;
      for (const auto& [type, count] : c.orgs_lost_to) {
        by += (by.empty() ? "" : ", ") + type + " " + std::to_string(count);
      }
      org_lines.push_back(line + (by.empty() ? "" : "; redacted as " + by));
    }
    if (whole && c.ident.count(Label::kDateFull) != 0) {
      date_checks.push_back(set.name + ": " + std::to_string(c.full_dates_shown));
    }
  }
  if (!losses.empty()) {
    std::printf("\nPlace tokens redacted, by the type of the covering span:\n");
    for (const std::string& l : losses) std::printf("- %s\n", l.c_str());
  }
  if (!org_lines.empty()) {
    std::printf("\nOrganisation tokens kept (authorities, groups, shelters, shops; labeled ORG):\n");
    for (const std::string& l : org_lines) std::printf("- %s\n", l.c_str());
  }
  if (!date_checks.empty()) {
    std::printf("\nFull dates redacted whose rendering still shows all their numbers (should be 0):\n");
    for (const std::string& l : date_checks) std::printf("- %s\n", l.c_str());
  }
  // Throughput: every MEDDOCAN dev report (2-5 KB each, testimony-like
  // prose: Spanish, accents, names, numbers) redacted one call per report,
  // repeated to ~16 MB; best of 3 passes.
  if (opt.throughput) {
    const DataSet med = LoadMeddocan(root / "meddocan-es" / "dev");
    size_t per_pass = 0;
    for (const Document& d : med.docs) per_pass += d.text.size();
    const int repeat = static_cast<int>((16u << 20) / per_pass) + 1;
    double best = 1e9;
    size_t found = 0;
    for (int pass = 0; pass < 3; ++pass) {
      found = 0;
      const double t0 = ThreadCpuSeconds();
      for (int r = 0; r < repeat; ++r) {
        for (const Document& d : med.docs) {
#ifdef AMPARO_HAVE_REDACTOR
          if (whole) {
            RedactionResult result;
            redactor->Redact(d.text, "es", KnownIdentifiers{}, RedactionOptions{}, &result, &error);
            found += result.report.spans.size();
            continue;
          }
#endif
          found += detector->Find(d.text, "es").size();
        }
      }
      best = std::min(best, ThreadCpuSeconds() - t0);
    }
    const double mb = static_cast<double>(per_pass) * repeat / 1e6;
    std::printf("\nThroughput (%s, one core, thread CPU time, %.1f MB = MEDDOCAN dev x%d, one call "
                "per report, best of 3): %.1f MB/s (%zu spans per pass)\n",
                whole ? "Redactor::Redact" : "NameDetector::Find", mb, repeat, mb / best, found);
  }
  std::printf("\nToken = word token (letters/digits). Recall: a gold token counts if a redaction "
              "span covers it. Precision: share of tokens inside person redactions that are "
              "labeled person (or any identifier). Places kept: place tokens not redacted "
              "(postal codes apart). Full dates: dates naming a day; a covered one shows at most "
              "its month and year. Partial dates (years, months, weekdays) are kept by design: "
              "their column says how many were redacted anyway.\n");
  return 0;
}
