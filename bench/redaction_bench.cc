// Speed of the whole redaction pass (known identifiers, patterns, names) on
// mixed-language testimony text, and of each detector alone. BM_Redact
// redacts with the same known identifiers every time (built once, as
// when a testimony is redacted again); BM_RedactNewKnown with new ones
// every call (a new testimony).
//
//   redaction_bench                       Google Benchmark table
//   redaction_bench --once=MB [--calls=N] [--patterns] [--one-line] [--openers] [--new-known]
//                                         redact one MB-sized text N times
//                                         (--bytes=N instead of --once: a
//                                         text of N bytes, for the cost of
//                                         a call on a small testimony; with
//                                         --new-known, each call with the
//                                         known identifiers of a testimony
//                                         not seen before, as in
//                                         BM_RedactNewKnown)
//                                         (default 1; no line breaks:
//                                         --one-line; made of the bytes where
//                                         nicknames and surname mentions may
//                                         start: --openers) and exit, for peak RSS
//                                         via /usr/bin/time -v, or for
//                                         callgrind (N=3 minus N=1 counts
//                                         two calls after the first, whose
//                                         RE2 warm-up is not steady state)
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "redaction/known_identifier_detector.h"
#include "redaction/name_detector.h"
#include "redaction/pattern_detector.h"
#include "redaction/place_gazetteer.h"
#include "redaction/redactor.h"
#include "bench/labeled_data.h"
#include "bench/testimony_text.h"

namespace {

using amparo::redaction::KnownIdentifiers;
using amparo::redaction::PatternDetector;
using amparo::redaction::RedactionOptions;
using amparo::redaction::RedactionResult;
using amparo::redaction::Redactor;

using amparo::bench::Testimony;

KnownIdentifiers Known() { return amparo::bench::TestimonyKnownIdentifiers(); }

const Redactor& SharedRedactor() {
  static const Redactor* redactor = [] {
    std::string error;
    auto r = Redactor::Create(&error);
    if (!r) {
      std::fprintf(stderr, "Redactor::Create: %s\n", error.c_str());
      std::exit(1);
    }
    return r.release();
  }();
  return *redactor;
}

// One timed call; false (and the benchmark skipped) on an error.
bool RedactOnce(benchmark::State& state, const Redactor& redactor, const std::string& text,
                const KnownIdentifiers& known, const RedactionOptions& options) {
  RedactionResult result;
  std::string error;
  if (!redactor.Redact(text, "es", known, options, &result, &error)) {
    state.SkipWithError(error.c_str());
    return false;
  }
  benchmark::DoNotOptimize(result.text.data());
  return true;
}

void BM_Redact(benchmark::State& state) {
  const std::string text = Testimony(static_cast<size_t>(state.range(0)));
  const KnownIdentifiers known = Known();
  RedactionOptions options;
  options.pseudonym = "Yahir*";
  const Redactor& redactor = SharedRedactor();  // loading is not timed
  for (auto _ : state) {
    if (!RedactOnce(state, redactor, text, known, options)) break;
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_Redact)->Arg(2 << 10)->Arg(4 << 10)->Arg(64 << 10)->Arg(1 << 20)->Arg(10 << 20)->Unit(benchmark::kMillisecond);

// The 2 KB text of BM_Redact/2048 written N times over: the same words in
// the same proportions, so against BM_Redact/2048 the time per byte tells
// what a call costs whatever its text (passes set up and run once each,
// their code and tables brought back into the caches) from what the words
// of those first paragraphs cost (they are the densest of the text).
void BM_RedactSmallRepeated(benchmark::State& state) {
  const std::string once = Testimony(2 << 10);
  std::string text;
  for (int64_t i = 0; i < state.range(0); ++i) text += once;
  const KnownIdentifiers known = Known();
  RedactionOptions options;
  options.pseudonym = "Yahir*";
  const Redactor& redactor = SharedRedactor();
  for (auto _ : state) {
    if (!RedactOnce(state, redactor, text, known, options)) break;
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_RedactSmallRepeated)->Arg(1)->Arg(32)->Unit(benchmark::kMillisecond);

// BM_Redact into one RedactionResult kept across calls, as a caller
// redacting text after text would: the redacted text and the report reuse
// its buffers (at 10 MB each is above jemalloc's oversize threshold, so a
// fresh result is returned to the system and faulted in again every call).
void BM_RedactReusingResult(benchmark::State& state) {
  const std::string text = Testimony(static_cast<size_t>(state.range(0)));
  const KnownIdentifiers known = Known();
  RedactionOptions options;
  options.pseudonym = "Yahir*";
  const Redactor& redactor = SharedRedactor();
  RedactionResult result;
  std::string error;
  for (auto _ : state) {
    if (!redactor.Redact(text, "es", known, options, &result, &error)) {
      state.SkipWithError(error.c_str());
      break;
    }
    benchmark::DoNotOptimize(result.text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_RedactReusingResult)->Arg(1 << 20)->Arg(10 << 20)->Unit(benchmark::kMillisecond);

// The project's hand-written sets (bench/genre_sets/*.txt, labels
// stripped): testimonies, letters, news, forms and chats in Spanish,
// English, French and Haitian Creole, ~1,300 documents of ~150 bytes, far
// denser in names, places and identifiers than BM_Redact's six paragraphs
// and with a vocabulary ~40 times larger, so neither the caches nor the
// passes' memory of words seen before flatter it. Each document is one
// call in its set's language, as intake redacts one testimony at a time
// (Arg 0), or each set's documents joined by blank lines are one call
// (Arg 1). Read at run time from the source tree: a bench, not the product.
void BM_RedactGenreSets(benchmark::State& state) {
  struct Call {
    std::string text;
    std::string language;
  };
  std::vector<Call> calls;
  size_t bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::filesystem::path(AMPARO_SOURCE_DIR) / "bench" / "genre_sets")) {
    if (entry.path().extension() != ".txt") continue;
    amparo::bench::DataSet set = amparo::bench::LoadInline(entry.path());
    if (state.range(0) == 0) {
      for (auto& doc : set.docs) calls.push_back({std::move(doc.text), set.language});
    } else {
      Call joined{std::string(), set.language};
      for (const auto& doc : set.docs) joined.text += doc.text + "\n\n";
      calls.push_back(std::move(joined));
    }
  }
  for (const Call& c : calls) bytes += c.text.size();
  if (calls.empty()) {
    state.SkipWithError("no bench/genre_sets/*.txt");
    return;
  }
  const KnownIdentifiers known = Known();
  RedactionOptions options;
  options.pseudonym = "Yahir*";
  const Redactor& redactor = SharedRedactor();
  RedactionResult result;
  std::string error;
  for (auto _ : state) {
    for (const Call& c : calls) {
      if (!redactor.Redact(c.text, c.language, known, options, &result, &error)) {
        state.SkipWithError(error.c_str());
        return;
      }
      benchmark::DoNotOptimize(result.text.data());
    }
  }
  state.counters["calls"] = static_cast<double>(calls.size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
}
BENCHMARK(BM_RedactGenreSets)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// 20 surnames, for lists of known identifiers the Redactor has not seen.
constexpr const char* kSurnames[] = {"Mejía", "López", "Ramírez", "Pérez", "Joseph", "Pierre",
                                     "Hernández", "Cruz", "Reyes", "Flores", "Morales",
                                     "Jiménez", "Castillo", "Ortiz", "Romero", "Vargas",
                                     "Guzmán", "Mendoza", "Aguilar", "Rojas"};

// Known() with the survivor renamed for the call-th new testimony: 20 x 20
// distinct names, more lists than the Redactor keeps.
KnownIdentifiers NewKnown(size_t call) {
  KnownIdentifiers known = Known();
  known.survivor_names[0] = std::string("Yahir ") + kSurnames[call % 20] + " " + kSurnames[(call / 20) % 20];
  return known;
}

// Every call with known identifiers the Redactor has not seen yet (a new
// testimony at intake): includes building their matchers.
void BM_RedactNewKnown(benchmark::State& state) {
  const std::string text = Testimony(static_cast<size_t>(state.range(0)));
  RedactionOptions options;
  options.pseudonym = "Yahir*";
  const Redactor& redactor = SharedRedactor();
  size_t call = 0;
  for (auto _ : state) {
    KnownIdentifiers known = NewKnown(call++);
    if (!RedactOnce(state, redactor, text, known, options)) break;
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_RedactNewKnown)->Arg(2 << 10)->Arg(4 << 10)->Unit(benchmark::kMillisecond);

// The known-identifier detector alone for a new testimony: built for
// identifiers it has not seen (three people, their variants and
// diminutives, a phone, a case code) and run once over the text.
void BM_KnownNewIdentifiers(benchmark::State& state) {
  const std::string text = Testimony(static_cast<size_t>(state.range(0)));
  size_t call = 0;
  size_t findings = 0;
  for (auto _ : state) {
    KnownIdentifiers known = NewKnown(call);
    known.other_names[1] = std::string("Jesús ") + kSurnames[(call + 7) % 20];
    ++call;
    std::string error;
    auto detector = amparo::redaction::KnownIdentifierDetector::Create(
        known, &amparo::redaction::PlaceGazetteer::Default(), &error);
    if (!detector) {
      state.SkipWithError(error.c_str());
      break;
    }
    findings += detector->Find(text).size();
  }
  benchmark::DoNotOptimize(findings);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_KnownNewIdentifiers)->Arg(4 << 10)->Unit(benchmark::kMicrosecond);

void BM_PatternsOnly(benchmark::State& state) {
  const std::string text = Testimony(static_cast<size_t>(state.range(0)));
  std::string error;
  auto detector = PatternDetector::Create(&error);
  for (auto _ : state) {
    auto findings = detector->Find(text, "es");
    benchmark::DoNotOptimize(findings.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_PatternsOnly)->Arg(64 << 10)->Arg(1 << 20)->Arg(10 << 20)->Unit(benchmark::kMillisecond);

// Each detector alone on 1 MB, to show where the time goes.
void BM_NamesOnly(benchmark::State& state) {
  const std::string text = Testimony(static_cast<size_t>(state.range(0)));
  std::string error;
  auto detector = amparo::redaction::NameDetector::Create(&error);
  for (auto _ : state) {
    auto findings = detector->Find(text, "es");
    benchmark::DoNotOptimize(findings.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_NamesOnly)->Arg(1 << 20)->Unit(benchmark::kMillisecond);

void BM_KnownOnly(benchmark::State& state) {
  const std::string text = Testimony(static_cast<size_t>(state.range(0)));
  const KnownIdentifiers known = Known();
  std::string error;
  for (auto _ : state) {
    auto detector = amparo::redaction::KnownIdentifierDetector::Create(
        known, &amparo::redaction::PlaceGazetteer::Default(), &error);
    auto findings = detector->Find(text);
    benchmark::DoNotOptimize(findings.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_KnownOnly)->Arg(1 << 20)->Unit(benchmark::kMillisecond);

// The known-identifier matchers compiled once (what the Redactor's cache gives).
void BM_KnownFindOnly(benchmark::State& state) {
  const std::string text = Testimony(static_cast<size_t>(state.range(0)));
  std::string error;
  auto detector = amparo::redaction::KnownIdentifierDetector::Create(
      Known(), &amparo::redaction::PlaceGazetteer::Default(), &error);
  for (auto _ : state) {
    auto findings = detector->Find(text);
    benchmark::DoNotOptimize(findings.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_KnownFindOnly)->Arg(1 << 20)->Unit(benchmark::kMillisecond);

// Redacts one text of `bytes` and prints its size: run under
// /usr/bin/time -v to read the peak RSS.
// A name, then "L J " to the end: every 'L' may open a nickname ("La ...")
// and every 'J' a later mention of the surname "Jiménez".
std::string Openers(size_t bytes) {
  std::string text = "Me llamo Juan Jiménez. ";
  while (text.size() < bytes) text += "L J ";
  return text;
}

int RunOnce(size_t bytes, int calls, bool patterns_only, bool one_line, bool openers,
            bool new_known) {
  std::string text = openers ? Openers(bytes) : Testimony(bytes);
  if (one_line) std::replace(text.begin(), text.end(), '\n', ' ');
  if (patterns_only) {
    std::string error;
    auto detector = PatternDetector::Create(&error);
    std::printf("%zu bytes, %zu findings\n", text.size(), detector->Find(text, "es").size());
    return 0;
  }
  RedactionResult result;
  std::string error;
  RedactionOptions options;
  for (int call = 0; call < calls; ++call) {
    const KnownIdentifiers known = new_known ? NewKnown(static_cast<size_t>(call)) : Known();
    if (!SharedRedactor().Redact(text, "es", known, options, &result, &error)) {
      std::fprintf(stderr, "%s\n", error.c_str());
      return 1;
    }
  }
  std::printf("%zu bytes, %zu spans\n", text.size(), result.report.spans.size());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  bool patterns_only = false, one_line = false, openers = false, new_known = false;
  double once = 0;
  long bytes = 0;
  int calls = 1;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--once=", 7) == 0) once = std::atof(argv[i] + 7);
    if (std::strncmp(argv[i], "--bytes=", 8) == 0) bytes = std::atol(argv[i] + 8);
    if (std::strncmp(argv[i], "--calls=", 8) == 0) calls = std::max(1, std::atoi(argv[i] + 8));
    if (std::strcmp(argv[i], "--patterns") == 0) patterns_only = true;
    if (std::strcmp(argv[i], "--one-line") == 0) one_line = true;
    if (std::strcmp(argv[i], "--openers") == 0) openers = true;
    if (std::strcmp(argv[i], "--new-known") == 0) new_known = true;
  }
  if (bytes > 0) return RunOnce(static_cast<size_t>(bytes), calls, patterns_only, one_line, openers, new_known);
  if (once > 0) {
    return RunOnce(static_cast<size_t>(once * (1 << 20)), calls, patterns_only, one_line, openers, new_known);
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
