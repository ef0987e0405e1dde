// search_bench: the sealed index against raw Xapian and SQLite FTS5 on the
// same reproducible corpus (bench/corpus_generator.h) and the same queries.
// Prints one table: ingest rate, index size, and p50/p99 latency for a word,
// a phrase, a boolean query with filters, and a faceted query with exact
// facet counts and snippets of the 10 best hits.
//
//   search_bench [N=100000] [work_dir=/tmp/amparo-search-bench] [queries=200]
#include <sodium.h>
#include <sqlite3.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "archive/archive.h"
#include "archive/ingest_pipeline.h"
#include "bench/corpus_generator.h"
#include "bench/generated_intake.h"
#include "search/sealed_index.h"

namespace {

namespace fs = std::filesystem;
using amparo::bench::CorpusGenerator;
using amparo::bench::GeneratedTestimony;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

uint64_t DirBytes(const std::string& path) {
  uint64_t n = 0;
  if (fs::is_regular_file(path)) return fs::file_size(path);
  for (const auto& e : fs::recursive_directory_iterator(path)) {
    if (e.is_regular_file()) n += e.file_size();
  }
  return n;
}

struct Latency {
  double p50 = 0, p99 = 0;
};

Latency Measure(size_t count, const std::function<void(size_t)>& run) {
  for (size_t i = 0; i < std::min<size_t>(count, 20); ++i) run(i);  // warm-up
  std::vector<double> ms;
  for (size_t i = 0; i < count; ++i) {
    auto a = Clock::now();
    run(i);
    ms.push_back(Seconds(a, Clock::now()) * 1000);
  }
  std::sort(ms.begin(), ms.end());
  return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 99 / 100)]};
}

// The archive keeps texts encrypted; the sealed index's snippets decrypt them.
struct EncryptedTexts {
  unsigned char key[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
  std::vector<std::string> sealed;
  std::string Decrypt(size_t i) const {
    const std::string& c = sealed[i];
    const auto* nonce = reinterpret_cast<const unsigned char*>(c.data());
    size_t clen = c.size() - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    std::string out(clen - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    unsigned long long n = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(out.data()), &n, nullptr,
            nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, clen, nullptr, 0, nonce,
            key) != 0) {
      std::abort();
    }
    return out;
  }
};

size_t IndexOfId(const std::string& id) { return std::stoul(id.substr(1)) - 1; }

struct Queries {
  std::vector<std::string> word, phrase;
  struct Boolean {
    std::string a, b, c, place;
    int from, to;
  };
  std::vector<Boolean> boolean;
  std::vector<std::string> facet_word;
};

Queries MakeQueries(const CorpusGenerator& gen, size_t n) {
  Queries q;
  std::mt19937_64 rng(99);
  for (size_t i = 0; i < n; ++i) {
    int l = static_cast<int>(rng() % 3);
    const auto& common = gen.CommonWords(l);
    auto mid = [&] { return common[40 + rng() % (common.size() - 40)]; };
    q.word.push_back(mid());
    const auto& col = gen.Collocations(l);
    q.phrase.push_back(col[rng() % col.size()]);
    int from = 2018 + static_cast<int>(rng() % 6);
    q.boolean.push_back({mid(), mid(), mid(), CorpusGenerator::kPlaces[rng() % 6], from,
                         from + 2});
    q.facet_word.push_back(mid());
  }
  return q;
}

// "(a OR b) NOT c place:"P" year:Y1..Y2" in the query language.
std::string BooleanQuery(const Queries::Boolean& b) {
  return "(" + b.a + " OR " + b.b + ") NOT " + b.c + " place:\"" + b.place + "\" year:" +
         std::to_string(b.from) + ".." + std::to_string(b.to);
}

// ---------------------------------------------------------------- sealed
struct SealedRun {
  double ingest_rate = 0;
  uint64_t bytes = 0;
  uint64_t phrase_memory = 0;  // in-memory positional index (sealed index only)
  Latency word, phrase, boolean, faceted;
};

amparo::search::IndexedTestimony ToIndexed(const GeneratedTestimony& g) {
  amparo::search::IndexedTestimony t;
  t.id = g.id;
  t.language = g.language;
  t.title = g.title;
  t.text = g.text;
  t.pseudonym = g.pseudonym;
  t.year = g.year;
  t.month = g.month;
  t.places = g.places;
  t.violence = g.violence;
  t.perpetrator = g.perpetrator;
  t.scopes = g.scopes;
  t.consent_expires_on = g.consent_expires_on;
  return t;
}

SealedRun RunSealed(const std::vector<GeneratedTestimony>& corpus, const EncryptedTexts& texts,
                    const Queries& q, const std::string& dir, size_t nq) {
  SealedRun r;
  std::string error;
  std::string key(32, '\0');
  // BENCH_KEEP_INDEX reuses an index built by an earlier run (fixed key):
  // for profiling queries without re-ingesting.
  const bool keep = getenv("BENCH_KEEP_INDEX") != nullptr;
  const bool reuse = keep && fs::exists(dir);
  if (!keep) randombytes_buf(key.data(), key.size());
  auto index = amparo::search::SealedIndex::Open(dir, key, &error);
  if (!index) {
    std::fprintf(stderr, "open: %s\n", error.c_str());
    std::exit(1);
  }
  const size_t batch = 20000;
  const unsigned threads = getenv("BENCH_THREADS") ? static_cast<unsigned>(std::stoul(getenv("BENCH_THREADS")))
                                                 : std::max(2u, std::thread::hardware_concurrency());
  auto start = Clock::now();
  auto batch_start = start;
  double put_s = 0, commit_s = 0;
  for (size_t b = 0; b < (reuse ? 0 : corpus.size()); b += batch) {
    size_t end = std::min(corpus.size(), b + batch);
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        std::string err;
        for (size_t i = b + t; i < end; i += threads) {
          if (!index->Put(ToIndexed(corpus[i]), &err)) std::fprintf(stderr, "put: %s\n", err.c_str());
        }
      });
    }
    for (auto& th : pool) th.join();
    auto put_done = Clock::now();
    if (!index->Commit(end, &error)) std::fprintf(stderr, "commit: %s\n", error.c_str());
    put_s += Seconds(batch_start, put_done);
    commit_s += Seconds(put_done, Clock::now());
    batch_start = Clock::now();
  }
  std::fprintf(stderr, "sealed ingest: put %.1f s, commit %.1f s\n", put_s, commit_s);
  r.ingest_rate = corpus.size() / Seconds(start, Clock::now());
  r.bytes = DirBytes(dir);
  r.phrase_memory = index->PhraseMemoryBytes();

  auto search = [&](const std::string& query, bool facets, bool snippets) {
    amparo::search::SearchRequest req;
    req.query = query;
    if (!getenv("BENCH_ADMIN")) req.scopes = {"legal"};
    req.today = "2025-06-01";
    req.limit = 10;
    req.facets = facets;
    // The engine itself: no answers from the cache of recent results (sets
    // of filter terms and phrases stay cached, as in a running archive).
    req.use_result_cache = false;
    amparo::search::SearchResult res;
    if (!index->Search(req, &res, &error)) {
      std::fprintf(stderr, "search '%s': %s\n", query.c_str(), error.c_str());
      std::exit(1);
    }
    if (snippets) {
      const amparo::search::Highlighter highlighter(res.highlight_terms);
      for (const auto& hit : res.hits) {
        size_t i = IndexOfId(hit.id);
        std::string s = highlighter.Snippet(texts.Decrypt(i), corpus[i].language);
        if (s.empty()) std::abort();
      }
    }
    return res.total;
  };
  // BENCH_ONLY=word|phrase|boolean|faceted measures one kind (profiling).
  const char* only = getenv("BENCH_ONLY");
  auto wanted = [&](const char* kind) { return only == nullptr || std::strcmp(only, kind) == 0; };
  if (wanted("word")) r.word = Measure(nq, [&](size_t i) { search(q.word[i], false, false); });
  if (wanted("phrase")) {
    r.phrase = Measure(nq, [&](size_t i) { search("\"" + q.phrase[i] + "\"", false, false); });
  }
  if (wanted("boolean")) {
    r.boolean = Measure(nq, [&](size_t i) { search(BooleanQuery(q.boolean[i]), false, false); });
  }
  if (wanted("faceted")) {
    r.faceted = Measure(nq, [&](size_t i) { search(q.facet_word[i], true, true); });
  }
  return r;
}

// ---------------------------------------------------------------- raw Xapian
// Plain terms via TermGenerator with default settings, text stored as data.
class RawFacetSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double) override {
    std::string v = doc.get_value(0);
    size_t at = 0;
    while (at < v.size()) {
      size_t end = v.find('\n', at);
      if (end == std::string::npos) end = v.size();
      ++counts[v.substr(at, end - at)];
      at = end + 1;
    }
  }
  std::unordered_map<std::string, uint64_t> counts;
};

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

SealedRun RunRawXapian(const std::vector<GeneratedTestimony>& corpus, const Queries& q,
                       const std::string& dir, size_t nq) {
  SealedRun r;
  // Default settings: the sealed index (opened earlier in this process) set
  // Xapian's flush threshold to its own value; the baseline keeps Xapian's.
  const char* sealed_threshold = std::getenv("XAPIAN_FLUSH_THRESHOLD");
  const std::string restore = sealed_threshold != nullptr ? sealed_threshold : "";
  setenv("XAPIAN_FLUSH_THRESHOLD", "10000", 1);
  auto start = Clock::now();
  {
    Xapian::WritableDatabase db(dir, Xapian::DB_CREATE_OR_OPEN);
    if (restore.empty()) unsetenv("XAPIAN_FLUSH_THRESHOLD");
    else setenv("XAPIAN_FLUSH_THRESHOLD", restore.c_str(), 1);
    Xapian::TermGenerator tg;
    for (const auto& t : corpus) {
      Xapian::Document doc;
      tg.set_document(doc);
      tg.index_text(t.title);
      tg.increase_termpos(100);
      tg.index_text(t.text);
      doc.set_data(t.text);
      std::string facets;
      for (const auto& p : t.places) {
        doc.add_boolean_term("XP" + Lower(p));
        facets += "place:" + p + "\n";
      }
      for (const auto& v : t.violence) facets += "violence:" + v + "\n";
      for (const auto& v : t.perpetrator) facets += "perpetrator:" + v + "\n";
      facets += "year:" + std::to_string(t.year) + "\nlanguage:" + t.language;
      doc.add_boolean_term("XY" + std::to_string(t.year));
      doc.add_boolean_term("XL" + t.language);
      doc.add_value(0, facets);
      doc.add_boolean_term("Q" + t.id);
      db.add_document(doc);
    }
    db.commit();
  }
  r.ingest_rate = corpus.size() / Seconds(start, Clock::now());
  r.bytes = DirBytes(dir);

  Xapian::Database db(dir);
  Xapian::QueryParser qp;
  qp.set_database(db);
  auto run = [&](const Xapian::Query& query, bool facets) {
    Xapian::Enquire enq(db);
    enq.set_query(query);
    RawFacetSpy spy;
    if (facets) enq.add_matchspy(&spy);
    Xapian::MSet m = enq.get_mset(0, 10, facets ? db.get_doccount() : 0);
    if (facets) {
      for (auto it = m.begin(); it != m.end(); ++it) {
        std::string s = m.snippet(it.get_document().get_data(), 240);
        if (s.empty()) std::abort();
      }
    }
    return m.get_matches_estimated();
  };
  r.word = Measure(nq, [&](size_t i) { run(Xapian::Query(Lower(q.word[i])), false); });
  r.phrase = Measure(nq, [&](size_t i) {
    run(qp.parse_query("\"" + q.phrase[i] + "\"", Xapian::QueryParser::FLAG_PHRASE), false);
  });
  r.boolean = Measure(nq, [&](size_t i) {
    const auto& b = q.boolean[i];
    Xapian::Query text(Xapian::Query::OP_AND_NOT,
                       Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(Lower(b.a)),
                                     Xapian::Query(Lower(b.b))),
                       Xapian::Query(Lower(b.c)));
    std::vector<Xapian::Query> years;
    for (int y = b.from; y <= b.to; ++y) years.emplace_back("XY" + std::to_string(y));
    Xapian::Query filter(Xapian::Query::OP_AND, Xapian::Query("XP" + Lower(b.place)),
                         Xapian::Query(Xapian::Query::OP_OR, years.begin(), years.end()));
    run(Xapian::Query(Xapian::Query::OP_FILTER, text, filter), false);
  });
  r.faceted = Measure(nq, [&](size_t i) { run(Xapian::Query(Lower(q.facet_word[i])), true); });
  return r;
}

// ---------------------------------------------------------------- SQLite FTS5
void Exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::fprintf(stderr, "sqlite: %s\n", err);
    std::exit(1);
  }
}

sqlite3_stmt* Prepare(sqlite3* db, const char* sql) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
    std::fprintf(stderr, "sqlite prepare: %s\n", sqlite3_errmsg(db));
    std::exit(1);
  }
  return st;
}

std::string FtsPhrase(const std::string& p) {
  std::string out = "\"";
  for (char c : p) {
    if (c == '"') continue;
    out += (c == '\'' ? ' ' : c);
  }
  return out + "\"";
}

// "Ciudad Juárez" -> "ciudadjuarez": one FTS5 token.
std::string FtsTag(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c)) out.push_back(static_cast<char>(std::tolower(c)));
    else if (c >= 0x80) out.push_back(static_cast<char>(c));
  }
  return out;
}

SealedRun RunFts5(const std::vector<GeneratedTestimony>& corpus, const Queries& q,
                  const std::string& path, size_t nq) {
  SealedRun r;
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  Exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
  Exec(db,
       "CREATE VIRTUAL TABLE docs USING fts5(title, text, tags, tokenize='unicode61 remove_diacritics 2');"
       "CREATE TABLE meta(rowid INTEGER PRIMARY KEY, lang TEXT, year INT, month INT);"
       "CREATE TABLE facet(rowid INT, facet TEXT, value TEXT);");
  auto start = Clock::now();
  // Filters go into an indexed tags column (the FTS5 way: one MATCH), facet
  // values into a plain table for GROUP BY counts.
  sqlite3_stmt* ins = Prepare(db, "INSERT INTO docs(rowid, title, text, tags) VALUES(?,?,?,?)");
  sqlite3_stmt* meta = Prepare(db, "INSERT INTO meta VALUES(?,?,?,?)");
  sqlite3_stmt* fac = Prepare(db, "INSERT INTO facet VALUES(?,?,?)");
  Exec(db, "BEGIN");
  for (size_t i = 0; i < corpus.size(); ++i) {
    const auto& t = corpus[i];
    sqlite3_int64 row = static_cast<sqlite3_int64>(i + 1);
    sqlite3_bind_int64(ins, 1, row);
    sqlite3_bind_text(ins, 2, t.title.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_text(ins, 3, t.text.c_str(), -1, SQLITE_STATIC);
    std::string tags = "y" + std::to_string(t.year) + " l" + t.language;
    for (const auto& p : t.places) tags += " p" + FtsTag(p);
    sqlite3_bind_text(ins, 4, tags.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_step(ins);
    sqlite3_reset(ins);
    sqlite3_bind_int64(meta, 1, row);
    sqlite3_bind_text(meta, 2, t.language.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_int(meta, 3, t.year);
    sqlite3_bind_int(meta, 4, t.month);
    sqlite3_step(meta);
    sqlite3_reset(meta);
    auto add = [&](const char* f, const std::string& v) {
      sqlite3_bind_int64(fac, 1, row);
      sqlite3_bind_text(fac, 2, f, -1, SQLITE_STATIC);
      sqlite3_bind_text(fac, 3, v.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_step(fac);
      sqlite3_reset(fac);
    };
    for (const auto& p : t.places) add("place", p);
    for (const auto& v : t.violence) add("violence", v);
    for (const auto& v : t.perpetrator) add("perpetrator", v);
    add("year", std::to_string(t.year));
    add("language", t.language);
    if ((i + 1) % 10000 == 0) Exec(db, "COMMIT; BEGIN");
  }
  Exec(db, "COMMIT");
  Exec(db, "CREATE INDEX facet_by_value ON facet(facet, value, rowid);"
           "CREATE INDEX facet_by_row ON facet(rowid);");
  r.ingest_rate = corpus.size() / Seconds(start, Clock::now());
  sqlite3_finalize(ins);
  sqlite3_finalize(meta);
  sqlite3_finalize(fac);
  Exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
  r.bytes = DirBytes(path);

  sqlite3_stmt* top = Prepare(db, "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10");
  sqlite3_stmt* filtered = top;
  sqlite3_stmt* facets = Prepare(
      db,
      "SELECT facet, value, count(*) FROM facet WHERE rowid IN (SELECT rowid FROM docs WHERE docs "
      "MATCH ?) GROUP BY facet, value");
  sqlite3_stmt* snip = Prepare(
      db,
      "SELECT rowid, snippet(docs, 1, '<mark>', '</mark>', '...', 32) FROM docs WHERE docs MATCH ? "
      "ORDER BY rank LIMIT 10");
  auto drain = [](sqlite3_stmt* st) {
    int rows = 0;
    while (sqlite3_step(st) == SQLITE_ROW) ++rows;
    sqlite3_reset(st);
    return rows;
  };
  auto one = [&](sqlite3_stmt* st, const std::string& m) {
    sqlite3_bind_text(st, 1, m.c_str(), -1, SQLITE_TRANSIENT);
    int rows = drain(st);
    if (sqlite3_errcode(db) != SQLITE_OK && sqlite3_errcode(db) != SQLITE_DONE &&
        sqlite3_errcode(db) != SQLITE_ROW) {
      std::fprintf(stderr, "fts5 '%s': %s\n", m.c_str(), sqlite3_errmsg(db));
      std::exit(1);
    }
    return rows;
  };
  r.word = Measure(nq, [&](size_t i) { one(top, FtsPhrase(q.word[i])); });
  r.phrase = Measure(nq, [&](size_t i) { one(top, FtsPhrase(q.phrase[i])); });
  r.boolean = Measure(nq, [&](size_t i) {
    const auto& b = q.boolean[i];
    std::string years;
    for (int y = b.from; y <= b.to; ++y) years += (years.empty() ? "" : " OR ") + ("y" + std::to_string(y));
    std::string m = "((" + FtsPhrase(b.a) + " OR " + FtsPhrase(b.b) + ") NOT " + FtsPhrase(b.c) +
                    ") AND tags:p" + FtsTag(b.place) + " AND tags:(" + years + ")";
    one(filtered, m);
  });
  r.faceted = Measure(nq, [&](size_t i) {
    one(facets, FtsPhrase(q.facet_word[i]));
    one(snip, FtsPhrase(q.facet_word[i]));
  });
  sqlite3_finalize(top);
  sqlite3_finalize(facets);
  sqlite3_finalize(snip);
  sqlite3_close(db);
  return r;
}

// ---------------------------------------------------------------- archive
// The whole intake (redaction, per-testimony encryption, RocksDB, sealed
// index) and searches through the Archive facade as a legal advocate:
// consent filter, exact totals, the page decrypted, snippets, an audit entry.
struct ArchiveRun : SealedRun {
  uint64_t store_bytes = 0;
};

ArchiveRun RunArchive(const std::vector<GeneratedTestimony>& corpus, const Queries& q,
                      const std::string& dir, size_t nq) {
  using namespace amparo;
  ArchiveRun r;
  Archive::Options o;
  o.data_dir = dir;
  o.create = true;
  o.key_source = "env";
  std::unique_ptr<Archive> archive;
  Status s = Archive::Open(o, MasterKey::Generate(), &archive);
  if (!s.ok()) {
    std::fprintf(stderr, "archive: %s\n", s.ToString().c_str());
    std::exit(1);
  }
  const Actor admin{"bench", Role::kAdmin}, legal{"bench", Role::kLegal};
  const size_t batch = 1000;
  auto start = Clock::now();
  std::vector<BatchOutcome> outcomes = IngestBatches(
      archive.get(), admin, (corpus.size() + batch - 1) / batch,
      [&](size_t b) {
        std::vector<IntakeRecord> records;
        for (size_t i = b * batch; i < std::min(corpus.size(), (b + 1) * batch); ++i) {
          records.push_back(amparo::bench::ToIntake(corpus[i], i));
        }
        return records;
      },
      /*auto_approve=*/true);
  for (const BatchOutcome& o : outcomes) {
    if (!o.status.ok()) {
      std::fprintf(stderr, "ingest: %s\n", o.status.ToString().c_str());
      std::exit(1);
    }
  }
  r.ingest_rate = corpus.size() / Seconds(start, Clock::now());
  Archive::Stats st = archive->GetStats();
  r.bytes = st.index_bytes;
  r.store_bytes = st.store_bytes;
  r.phrase_memory = st.index_memory_bytes;
  auto search = [&](const std::string& query, bool facets) {
    ArchiveSearchRequest req;
    req.query = query;
    req.facets = facets;
    req.use_result_cache = false;  // the engine, as for the sealed index
    ArchiveSearchResponse res;
    Status ss = archive->Search(legal, req, &res);
    if (!ss.ok()) {
      std::fprintf(stderr, "search '%s': %s\n", query.c_str(), ss.ToString().c_str());
      std::exit(1);
    }
  };
  r.word = Measure(nq, [&](size_t i) { search(q.word[i], false); });
  r.phrase = Measure(nq, [&](size_t i) { search("\"" + q.phrase[i] + "\"", false); });
  r.boolean = Measure(nq, [&](size_t i) { search(BooleanQuery(q.boolean[i]), false); });
  r.faceted = Measure(nq, [&](size_t i) { search(q.facet_word[i], true); });
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  size_t n = argc > 1 ? std::stoul(argv[1]) : 100000;
  std::string work = argc > 2 ? argv[2] : "/tmp/amparo-search-bench";
  size_t nq = argc > 3 ? std::stoul(argv[3]) : 200;
  if (sodium_init() < 0) return 1;
  if (!getenv("BENCH_KEEP_INDEX")) fs::remove_all(work);
  fs::create_directories(work);

  std::fprintf(stderr, "generating %zu testimonies...\n", n);
  CorpusGenerator gen;
  std::vector<GeneratedTestimony> corpus(n);
  {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < 2; ++t) {
      pool.emplace_back([&, t] {
        for (size_t i = t; i < n; i += 2) corpus[i] = gen.Make(i);
      });
    }
    for (auto& th : pool) th.join();
  }
  size_t text_bytes = 0;
  for (const auto& t : corpus) text_bytes += t.text.size() + t.title.size();
  EncryptedTexts texts;
  crypto_aead_xchacha20poly1305_ietf_keygen(texts.key);
  for (const auto& t : corpus) {
    std::string c(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + t.text.size() +
                      crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    auto* nonce = reinterpret_cast<unsigned char*>(c.data());
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long clen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &clen,
        reinterpret_cast<const unsigned char*>(t.text.data()), t.text.size(), nullptr, 0, nullptr,
        nonce, texts.key);
    texts.sealed.push_back(std::move(c));
  }
  Queries q = MakeQueries(gen, nq);

  std::fprintf(stderr, "sealed index...\n");
  // Each column starts with the previous column's files written out, so
  // none pays for another's dirty pages.
  ::sync();
  SealedRun sealed = RunSealed(corpus, texts, q, work + "/sealed", nq);
  if (getenv("BENCH_SEALED_ONLY")) {
    std::printf("sealed: %.0f/s %.0f MB word %.2f/%.2f phrase %.2f/%.2f bool %.2f/%.2f facet %.2f/%.2f\n",
                sealed.ingest_rate, sealed.bytes / 1e6, sealed.word.p50, sealed.word.p99,
                sealed.phrase.p50, sealed.phrase.p99, sealed.boolean.p50, sealed.boolean.p99,
                sealed.faceted.p50, sealed.faceted.p99);
    return 0;
  }
  std::fprintf(stderr, "raw xapian...\n");
  ::sync();
  SealedRun raw = RunRawXapian(corpus, q, work + "/xapian", nq);
  std::fprintf(stderr, "sqlite fts5...\n");
  ::sync();
  SealedRun fts = RunFts5(corpus, q, work + "/fts5.sqlite", nq);
  std::fprintf(stderr, "archive end to end...\n");
  ::sync();
  ArchiveRun archive = RunArchive(corpus, q, work + "/archive", nq);

  std::printf("search_bench: %zu testimonies (%.0f MB of text, es/en/fr), %zu queries per kind, "
              "%u cores\n\n", n, text_bytes / 1e6, nq, std::thread::hardware_concurrency());
  auto num = [](double v, const char* fmt) {
    char b[48];
    std::snprintf(b, sizeof b, fmt, v);
    return std::string(b);
  };
  auto lat = [](const Latency& l) {
    char b[48];
    std::snprintf(b, sizeof b, "%.2f / %.2f", l.p50, l.p99);
    return std::string(b);
  };
  auto row = [](const char* name, const std::string& a, const std::string& b, const std::string& c,
                const std::string& d) {
    std::printf("| %-40s | %18s | %18s | %18s | %18s |\n", name, a.c_str(), b.c_str(), c.c_str(),
                d.c_str());
  };
  row("metric", "amparo archive", "sealed index", "raw Xapian", "SQLite FTS5");
  std::printf("|%s|%s|%s|%s|%s|\n", std::string(42, '-').c_str(), std::string(20, '-').c_str(),
              std::string(20, '-').c_str(), std::string(20, '-').c_str(), std::string(20, '-').c_str());
  const std::vector<const SealedRun*> runs = {&archive, &sealed, &raw, &fts};
  auto each = [&](const char* name, const std::function<std::string(const SealedRun&)>& f) {
    row(name, f(*runs[0]), f(*runs[1]), f(*runs[2]), f(*runs[3]));
  };
  each("ingest (testimonies/s)", [&](const SealedRun& r) { return num(r.ingest_rate, "%.0f"); });
  each("ingest / raw Xapian's", [&](const SealedRun& r) { return num(r.ingest_rate / raw.ingest_rate, "%.2f"); });
  each("ingest / SQLite FTS5's", [&](const SealedRun& r) { return num(r.ingest_rate / fts.ingest_rate, "%.2f"); });
  each("index size (MB)", [&](const SealedRun& r) { return num(r.bytes / 1e6, "%.0f"); });
  row("index memory for phrases (MB)", num(archive.phrase_memory / 1e6, "%.0f"),
      num(sealed.phrase_memory / 1e6, "%.0f"), "-", "-");
  row("store size (MB)", num(archive.store_bytes / 1e6, "%.0f"), "-", "(text in index)", "(text in index)");
  each("word p50 / p99 (ms)", [&](const SealedRun& r) { return lat(r.word); });
  each("phrase p50 / p99 (ms)", [&](const SealedRun& r) { return lat(r.phrase); });
  each("boolean + filters p50 / p99 (ms)", [&](const SealedRun& r) { return lat(r.boolean); });
  each("facets + 10 snippets p50 / p99 (ms)", [&](const SealedRun& r) { return lat(r.faceted); });
  std::printf("\namparo archive: redaction, encryption, RocksDB and the sealed index, batches of "
              "1,000, two in flight; searches as a legal advocate through the Archive facade (consent filter, "
              "exact totals, 10 hits decrypted with snippets, audit entry; facets where named).\n"
              "sealed index: SealedIndex alone, scope 'legal'. Latencies computed afresh (no "
              "result cache); sets of filter terms and phrases stay cached per index revision.\n");
  if (!getenv("BENCH_KEEP_INDEX")) fs::remove_all(work);
  return 0;
}
