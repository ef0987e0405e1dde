// End-to-end benchmark of the archive: bulk intake through redaction,
// per-testimony encryption, the RocksDB store and the sealed index, then
// searches through the Archive facade (consent filter, exact facets,
// decryption of the page and snippets), as each role.
//
//   archive_ingest_bench [N=20000] [batch=500] [queries=200]
// Prints one table (Markdown). Corpus: bench/corpus_generator.h, seeded.
// With BENCH_ARCHIVE_DIR set (and the master key in AMPARO_MASTER_KEY, 64
// hex) the archive is made there and kept, for bench/web_load.sh.
#include <sodium.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "archive/archive.h"
#include "archive/ingest_pipeline.h"
#include "bench/corpus_generator.h"
#include "bench/generated_intake.h"

using namespace amparo;
using Clock = std::chrono::steady_clock;

namespace {

double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

// User + system CPU seconds of the whole process so far (every thread).
double CpuSeconds() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  auto secs = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  return secs(ru.ru_utime) + secs(ru.ru_stime);
}

uint64_t DirBytes(const std::string& dir) {
  uint64_t total = 0;
  for (auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.is_regular_file()) total += e.file_size();
  return total;
}

struct Latency { double p50, p99; };

Latency Percentiles(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 99 / 100)]};
}

}  // namespace

int main(int argc, char** argv) {
  size_t n = argc > 1 ? std::stoul(argv[1]) : 20000;
  size_t batch = argc > 2 ? std::stoul(argv[2]) : 500;
  size_t queries = argc > 3 ? std::stoul(argv[3]) : 200;
  if (sodium_init() < 0) return 1;
  const char* keep_dir = std::getenv("BENCH_ARCHIVE_DIR");
  std::string dir = keep_dir != nullptr
                        ? std::string(keep_dir)
                        : (std::filesystem::temp_directory_path() / ("amparo-bench-" + std::to_string(getpid()))).string();
  std::filesystem::remove_all(dir);
  Archive::Options o;
  o.data_dir = dir;
  o.create = true;
  o.key_source = "env";
  MasterKey key = MasterKey::Generate();
  if (keep_dir != nullptr) {
    const char* hex = std::getenv("AMPARO_MASTER_KEY");
    Status ks = MasterKey::FromHex(hex != nullptr ? hex : "", &key);
    if (!ks.ok()) { fprintf(stderr, "AMPARO_MASTER_KEY: %s\n", ks.ToString().c_str()); return 1; }
  }
  std::unique_ptr<Archive> archive;
  Status s = Archive::Open(o, key, &archive);
  if (!s.ok()) { fprintf(stderr, "%s\n", s.ToString().c_str()); return 1; }
  Actor admin{"bench", Role::kAdmin};

  // The intake records are made first (on every core), so only ingest is timed.
  bench::CorpusGenerator gen;
  std::vector<IntakeRecord> all(n);
  {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < 2; ++t) {
      pool.emplace_back([&, t] {
        for (size_t i = t; i < n; i += 2) all[i] = bench::ToIntake(gen.Make(i), i);
      });
    }
    for (auto& th : pool) th.join();
  }
  uint64_t text_bytes = 0;
  for (const IntakeRecord& r : all) text_bytes += r.text.size();
  const size_t batches = (n + batch - 1) / batch;
  const double cpu0 = CpuSeconds();
  auto t0 = Clock::now();
  std::vector<BatchOutcome> outcomes = IngestBatches(
      archive.get(), admin, batches,
      [&](size_t b) {
        return std::vector<IntakeRecord>(all.begin() + static_cast<std::ptrdiff_t>(b * batch),
                                         all.begin() + static_cast<std::ptrdiff_t>(std::min(n, (b + 1) * batch)));
      },
      /*auto_approve=*/true, [&](size_t done) { fprintf(stderr, "\r%zu/%zu", std::min(n, done * batch), n); });
  Clock::duration ingest_time = Clock::now() - t0;
  const double ingest_cpu = CpuSeconds() - cpu0;
  for (const BatchOutcome& o : outcomes) {
    if (!o.status.ok()) { fprintf(stderr, "ingest: %s\n", o.status.ToString().c_str()); return 1; }
  }
  all.clear();
  fprintf(stderr, "\n");
  double secs = Ms(ingest_time) / 1000;

  struct Kind { const char* name; std::vector<std::string> qs; bool facets; };
  std::vector<Kind> kinds = {
      {"word", {"secuestro", "extortion", "enlèvement", "policía", "frontera", "train"}, false},
      {"phrase", {"\"cobro de piso\"", "\"war tax\"", "\"la police\"", "\"crossed the river\""}, false},
      {"boolean + filters", {"secuestro AND lang:es", "kidnapping place:Tapachula", "extortion NOT homicide year:2024",
                             "violence:torture AND perpetrator:police"}, false},
      {"faceted", {"secuestro", "extortion", "migración"}, true},
  };
  printf("| archive end-to-end (N=%zu, %.1f MB of text) | value |\n|---|---|\n", n, text_bytes / 1e6);
  printf("| ingest: redaction + sealing + store + sealed index | %.0f testimonies/s (%.2f MB/s) |\n", n / secs,
         text_bytes / 1e6 / secs);
  printf("| ingest CPU (all threads) | %.3f ms per testimony, %.2f cores busy |\n", ingest_cpu * 1000 / n,
         ingest_cpu / secs);
  Archive::Stats st = archive->GetStats();
  printf("| data directory on disk | %.1f MB (store %.1f MB, index %.1f MB) |\n", DirBytes(dir) / 1e6,
         st.store_bytes / 1e6, st.index_bytes / 1e6);
  for (auto [role, rname] : {std::pair{Role::kAdmin, "admin"}, std::pair{Role::kLegal, "legal"}}) {
    for (const auto& k : kinds) {
      if (queries == 0) break;
      std::vector<double> lat;
      for (size_t q = 0; q < queries; ++q) {
        ArchiveSearchRequest req{k.qs[q % k.qs.size()], 1, 10, k.facets};
        ArchiveSearchResponse res;
        auto t0 = Clock::now();
        Status ss = archive->Search(Actor{"bench", role}, req, &res);
        lat.push_back(Ms(Clock::now() - t0));
        if (!ss.ok()) { fprintf(stderr, "%s: %s\n", req.query.c_str(), ss.ToString().c_str()); return 1; }
      }
      Latency l = Percentiles(lat);
      printf("| search as %s, %s (10 hits, snippets%s) | p50 %.2f ms, p99 %.2f ms |\n", rname, k.name,
             k.facets ? ", exact facets" : "", l.p50, l.p99);
    }
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  printf("| peak RSS | %.0f MB |\n", ru.ru_maxrss / 1024.0);
  archive.reset();
  if (keep_dir == nullptr) std::filesystem::remove_all(dir);
  return 0;
}
