#include "search/sealed_index.h"

#include <xapian.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <thread>
#include <unordered_map>
#include <utility>

#include "search/document_builder.h"
#include "search/doc_bitmap.h"
#include "search/facet_table.h"
#include "search/indexed_terms.h"
#include "search/match_set.h"
#include "search/revision_cache.h"
#include "search/query_parser.h"
#include "search/stem_map.h"
#include "search/term_sealer.h"
#include "search/token_sequence.h"
#include "search/token_store.h"

namespace amparo::search {

namespace {

namespace fs = std::filesystem;

// Metadata keys. Values are numbers or ciphertext, never plaintext content.
// Segment 0 holds the key check, the facet dictionary and the stem map;
// every segment holds its own sequence number.
constexpr char kSeqKey[] = "amparo.seq";
constexpr char kKeyCheckKey[] = "amparo.keycheck";
constexpr char kKeyCheckPlain[] = "amparo-sealed-index-v1";
constexpr char kFacetDictPrefix[] = "f";  // + 8-byte facet id -> Encrypt(facet \0 plain)

// Writers put documents into separate segment databases so that indexing
// runs on every core; searches read all segments as one database.
constexpr int kDefaultSegments = 2;
constexpr int kMaxSegments = 16;
constexpr size_t kMaxLimit = 10000;
// Results are ranked at least this deep, so the next pages come from the cache.
constexpr size_t kRankWindow = 100;
constexpr size_t kMaxPooledReaders = 128;

std::atomic<uint64_t> next_cache_tag{1};

// Xapian keeps this many changed documents of a database in memory before
// writing them to its tables (XAPIAN_FLUSH_THRESHOLD, default 10,000). That
// buffer is a tree per term; at 10,000 testimonies of ~3 KB it no longer fits
// in cache and every posting added walks cold memory. At 1,000 the sealed
// index ingests about 1.8 times faster (bench/search_bench.sh). Xapian reads
// the variable when a database opens for writing and has no other way to set
// it; an operator's own setting wins.
constexpr char kFlushThreshold[] = "1000";
void SetFlushThreshold() {
  static std::once_flag once;
  std::call_once(once, [] { setenv("XAPIAN_FLUSH_THRESHOLD", kFlushThreshold, /*overwrite=*/0); });
}

struct DictEntry {
  std::string facet;
  std::string plain;
};

struct Segment {
  std::string dir;
  std::mutex mu;
  std::unique_ptr<Xapian::WritableDatabase> db;
  bool in_transaction = false;
  uint64_t seq = 0;
};

class XapianSealedIndex final : public SealedIndex {
 public:
  XapianSealedIndex(std::string dir, std::string_view key) : dir_(std::move(dir)), sealer_(key) {}

  ~XapianSealedIndex() override {
    for (auto& seg : segments_) {
      std::lock_guard lock(seg->mu);
      try {
        if (seg->db && seg->in_transaction) seg->db->cancel_transaction();
      } catch (const Xapian::Error&) {
      }
    }
  }

  bool Init(std::string* error) {
    SetFlushThreshold();
    try {
      fs::create_directories(dir_);
      int count = 0;
      while (count < kMaxSegments && (fs::exists(SegmentDir(count)) ||
                                      fs::exists(SegmentDir(count) + ".compact-new"))) {
        ++count;
      }
      if (count == 0) count = kDefaultSegments;
      for (int i = 0; i < count; ++i) {
        auto seg = std::make_unique<Segment>();
        seg->dir = SegmentDir(i);
        RecoverInterruptedCompaction(seg->dir);
        seg->db = std::make_unique<Xapian::WritableDatabase>(
            seg->dir, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
        std::string seq = seg->db->get_metadata(kSeqKey);
        seg->seq = seq.empty() ? 0 : std::stoull(seq);
        segments_.push_back(std::move(seg));
      }
      Xapian::WritableDatabase& meta = *segments_[0]->db;
      std::string check = meta.get_metadata(kKeyCheckKey);
      if (check.empty()) {
        meta.set_metadata(kKeyCheckKey, sealer_.Encrypt(kKeyCheckPlain));
        meta.commit();
      } else {
        auto plain = sealer_.Decrypt(check);
        if (!plain || *plain != kKeyCheckPlain) {
          *error = "the index key does not match this index";
          return false;
        }
      }
      for (size_t i = 0; i < segments_.size(); ++i) {
        const Xapian::WritableDatabase& db = *segments_[i]->db;
        const std::string prefix(1, static_cast<char>(TermKind::kId));
        for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
          id_segment_[*t] = i;
        }
      }
      Xapian::doccount docs = 0;
      for (auto& seg : segments_) docs += seg->db->get_doccount();
      if (docs == 0) tokens_.StartEmpty();
      uint64_t seq = UINT64_MAX;
      for (auto& seg : segments_) seq = std::min(seq, seg->seq);
      committed_seq_ = seq;
      for (auto it = meta.metadata_keys_begin(kFacetDictPrefix);
           it != meta.metadata_keys_end(kFacetDictPrefix); ++it) {
        std::string key = *it;
        auto plain = sealer_.Decrypt(meta.get_metadata(key));
        size_t nul = plain ? plain->find('\0') : std::string::npos;
        if (nul == std::string::npos) continue;
        dict_[FacetIdKey(key.substr(1))] = {plain->substr(0, nul), plain->substr(nul + 1)};
      }
      if (!stem_map_.Load(meta, sealer_)) {
        *error = "the index stem map does not decrypt";
        return false;
      }
      return true;
    } catch (const Xapian::Error& e) {
      *error = "cannot open the index: " + e.get_msg();
    } catch (const std::exception& e) {
      *error = std::string("cannot open the index: ") + e.what();
    }
    return false;
  }

  bool Put(const IndexedTestimony& t, std::string* error) override {
    BuiltDocument built;
    if (!BuildDocument(sealer_, cache_tag_, t, &built, error)) return false;
    stem_map_.Add(built.stem_links);
    size_t target = PickSegment();
    try {
      // An id lives in one segment. Where, is known from memory: asking
      // the other segment would wait for its writer (a whole add_document).
      std::optional<size_t> home = SegmentOf(built.id_term);
      if (home && *home != target) {
        Segment& seg = *segments_[*home];
        std::lock_guard lock(seg.mu);
        Begin(seg);
        seg.db->delete_document(built.id_term);
      }
      Segment& seg = *segments_[target];
      std::lock_guard lock(seg.mu);
      Begin(seg);
      // replace_document(term) makes glass flush pending postings to look
      // the term up: a new id is simply added.
      const Xapian::docid local = home == target
                                      ? seg.db->replace_document(built.id_term, built.doc)
                                      : seg.db->add_document(built.doc);
      SetSegmentOf(built.id_term, target);
      // Searches read the segments as one database, which interleaves their
      // document ids.
      tokens_.Touch((local - 1) * static_cast<Xapian::docid>(segments_.size()) +
                    static_cast<Xapian::docid>(target) + 1);
    } catch (const Xapian::Error& e) {
      *error = "index write failed: " + e.get_msg();
      return false;
    }
    RememberFacets(built.facets);
    return true;
  }

  bool Remove(const std::string& id, std::string* error) override {
    const std::string term = sealer_.Seal(TermKind::kId, id);
    try {
      for (auto& seg : segments_) {
        std::lock_guard lock(seg->mu);
        Begin(*seg);
        seg->db->delete_document(term);
      }
      ForgetSegmentOf(term);
      return true;
    } catch (const Xapian::Error& e) {
      *error = "index write failed: " + e.get_msg();
    }
    return false;
  }

  bool Commit(uint64_t seq, std::string* error) override {
    std::lock_guard commit_lock(commit_mu_);
    return CommitLocked(seq, error);
  }

  uint64_t CommittedSequence() const override { return committed_seq_; }
  uint64_t PhraseMemoryBytes() const override {
    auto table = tokens_.Current();
    return table ? table->bytes() : 0;
  }

  bool NeedsRebuild() const override {
    bool missing = false;
    WithReader([&](Reader& reader) {
      missing = reader.db->get_value_freq(kTokenSlot) < reader.db->get_doccount();
    });
    return missing;
  }

  std::vector<std::string> AllIds() const override {
    std::vector<std::string> ids;
    WithReader([&](Reader& reader) {
      Xapian::Database& db = *reader.db;
      ids.clear();
      ids.reserve(db.get_doccount());
      for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        ids.push_back(db.get_document(*it, Xapian::DOC_ASSUME_VALID).get_data());
      }
    });
    return ids;
  }

  uint64_t DocCount() const override {
    uint64_t n = 0;
    WithReader([&](Reader& reader) { n = reader.db->get_doccount(); });
    return n;
  }

  bool Search(const SearchRequest& req, SearchResult* out, std::string* error) const override {
    ParsedQuery parsed;
    if (!ParseQuery(req.query, sealer_, stem_map_, &parsed, error)) return false;
    Xapian::Query consent;
    if (!req.scopes.empty() && !ConsentFilter(req.scopes, req.today, &consent, error)) return false;
    *out = SearchResult();
    out->highlight_terms = std::move(parsed.highlight_terms);
    std::string consent_key;
    if (!req.scopes.empty()) {
      for (const auto& s : req.scopes) consent_key += s + '\n';
      consent_key += req.today;
    }
    try {
      LoadTokensIfNeeded(parsed.query);
    } catch (const Xapian::Error& e) {
      *error = "search failed: " + e.get_msg();
      return false;
    }
    std::string failure;
    bool ok = WithReader([&](Reader& reader) {
      Xapian::Database& db = *reader.db;
      RevisionCache& cache = *reader.cache;
      const size_t limit = std::min(req.limit, kMaxLimit);
      const size_t wanted = req.offset + limit;
      // Results are shared by every search of this revision with the same
      // sealed query, scopes and day.
      std::string key = parsed.query.serialise();
      key.push_back('\0');
      key.append(consent_key);
      std::shared_ptr<const CachedResult> result =
          req.use_result_cache ? cache.Result(key) : nullptr;
      if (!result || (req.facets && !result->has_facets) ||
          (!result->complete && result->ranked.size() < wanted)) {
        auto fresh = std::make_shared<CachedResult>();
        MatchSetEvaluator evaluator(db, &cache, reader.tokens.get());
        // The exact result set, consent applied, as a bitmap: totals and
        // facets count every match the caller may see and nothing else.
        // The ranking weights are added up in the same pass.
        ScoreSheet scores(evaluator.last_docid());
        std::shared_ptr<const DocBitmap> allowed;
        if (!req.scopes.empty()) allowed = evaluator.EvaluateCached(consent_key, consent);
        DocBitmap matched = evaluator.Evaluate(parsed.query, allowed.get(), &scores);
        fresh->total = matched.Count();
        if (req.facets || (result && result->has_facets)) {
          fresh->facets = cache.Facets(db).Count(matched);
          fresh->has_facets = true;
        }
        fresh->ranked =
            MatchSetEvaluator::Rank(matched, scores, 0, std::max(wanted, kRankWindow));
        fresh->complete = fresh->ranked.size() == fresh->total;
        if (req.use_result_cache) cache.StoreResult(key, fresh);
        result = std::move(fresh);
      }
      out->total = result->total;
      out->hits.clear();
      out->facets.clear();
      if (req.facets) NameFacets(result->facets, &out->facets);
      std::lock_guard ids_lock(result->ids_mu);
      for (size_t i = req.offset; i < wanted && i < result->ranked.size(); ++i) {
        const auto& [docid, weight] = result->ranked[i];
        auto id = result->ids.find(docid);
        if (id == result->ids.end())
          id = result->ids.emplace(docid, db.get_document(docid, Xapian::DOC_ASSUME_VALID).get_data()).first;
        out->hits.push_back({id->second, weight});
      }
    }, &failure);
    if (!ok) *error = failure;
    return ok;
  }

  bool Compact(std::string* error) override {
    std::lock_guard commit_lock(commit_mu_);
    try {
      if (!CommitLocked(committed_seq_, error)) return false;
      std::unique_lock revision(revision_mu_);
      std::vector<std::unique_lock<std::mutex>> locks;
      for (auto& seg : segments_) locks.emplace_back(seg->mu);
      PruneDictionaries();
      for (auto& seg : segments_) {
        seg->db->commit();
        seg->db->close();
        seg->db.reset();
        const std::string fresh = seg->dir + ".compact-new", old = seg->dir + ".compact-old";
        fs::remove_all(fresh);
        fs::remove_all(old);
        Xapian::Database(seg->dir).compact(fresh);
        fs::rename(seg->dir, old);
        fs::rename(fresh, seg->dir);
        fs::remove_all(old);
        seg->db = std::make_unique<Xapian::WritableDatabase>(seg->dir, Xapian::DB_OPEN);
      }
      // Compaction may number documents afresh: a loaded table is built
      // again now rather than stalling the next phrase.
      const bool had_tokens = tokens_.loaded();
      tokens_.Unload();
      try {
        if (had_tokens) tokens_.LoadFrom([this] { return SegmentsAsOne(); }, kTokenSlot);
      } catch (const Xapian::Error&) {
        tokens_.Unload();  // the next phrase loads it
      }
      ++layout_generation_;
      ++generation_;
      return true;
    } catch (const Xapian::Error& e) {
      *error = "index compaction failed: " + e.get_msg();
    } catch (const std::exception& e) {
      *error = std::string("index compaction failed: ") + e.what();
    }
    tokens_.Unload();  // some segments may be numbered afresh
    for (auto& seg : segments_) {
      try {
        if (!seg->db) seg->db = std::make_unique<Xapian::WritableDatabase>(seg->dir, Xapian::DB_OPEN);
      } catch (const Xapian::Error&) {
      }
    }
    return false;
  }

 private:
  struct Reader {
    uint64_t generation = 0;
    uint64_t layout_generation = 0;
    std::unique_ptr<Xapian::Database> db;
    std::shared_ptr<RevisionCache> cache;  // of the revision db reads
    std::shared_ptr<const TokenTable> tokens;  // of the revision db reads, if loaded
  };


  std::string SegmentDir(int i) const { return dir_ + "/seg-" + std::to_string(i); }

  // A crash between the two renames of Compact leaves the new copy aside.
  static void RecoverInterruptedCompaction(const std::string& dir) {
    const std::string fresh = dir + ".compact-new", old = dir + ".compact-old";
    if (!fs::exists(dir) && fs::exists(fresh)) fs::rename(fresh, dir);
    if (!fs::exists(dir) && fs::exists(old)) fs::rename(old, dir);
    fs::remove_all(fresh);
    fs::remove_all(old);
  }

  std::optional<size_t> SegmentOf(const std::string& id_term) const {
    std::lock_guard lock(ids_mu_);
    auto it = id_segment_.find(id_term);
    if (it == id_segment_.end()) return std::nullopt;
    return it->second;
  }
  void SetSegmentOf(const std::string& id_term, size_t segment) {
    std::lock_guard lock(ids_mu_);
    id_segment_[id_term] = segment;
  }
  void ForgetSegmentOf(const std::string& id_term) {
    std::lock_guard lock(ids_mu_);
    id_segment_.erase(id_term);
  }

  // Each thread keeps to one segment; a busy segment sends it to a free one.
  size_t PickSegment() {
    thread_local size_t preferred = next_thread_slot_++;
    size_t n = segments_.size();
    for (size_t k = 0; k < n; ++k) {
      size_t i = (preferred + k) % n;
      if (segments_[i]->mu.try_lock()) {
        segments_[i]->mu.unlock();
        return i;
      }
    }
    return preferred % n;
  }

  // Nothing becomes visible or durable before Commit.
  static void Begin(Segment& seg) {
    if (seg.in_transaction) return;
    seg.db->begin_transaction(true);
    seg.in_transaction = true;
  }

  bool CommitLocked(uint64_t seq, std::string* error) {
    try {
      {
        Segment& meta = *segments_[0];
        std::lock_guard lock(meta.mu);
        Begin(meta);
        WritePendingFacets(meta.db.get());
        stem_map_.Save(meta.db.get(), sealer_);
      }
      std::unique_lock revision(revision_mu_);
      // Segments are separate databases: each writes its buffered changes
      // and syncs on its own thread (one after the other, a commit kept a
      // core idle and searches waiting twice as long).
      std::vector<std::string> failures(segments_.size());
      auto commit_segment = [&](size_t i) {
        Segment& seg = *segments_[i];
        try {
          std::lock_guard lock(seg.mu);
          Begin(seg);
          seg.db->set_metadata(kSeqKey, std::to_string(seq));
          seg.db->commit_transaction();
          seg.in_transaction = false;
          seg.seq = seq;
        } catch (const Xapian::Error& e) {
          failures[i] = e.get_msg();
        }
      };
      std::vector<std::thread> others;
      for (size_t i = 1; i < segments_.size(); ++i) others.emplace_back(commit_segment, i);
      commit_segment(0);
      for (auto& t : others) t.join();
      for (const std::string& f : failures) {
        if (!f.empty()) {
          *error = "index commit failed: " + f;
          return false;
        }
      }
      committed_seq_ = seq;
      try {
        if (tokens_.loaded()) tokens_.Publish([this] { return SegmentsAsOne(); }, kTokenSlot);
      } catch (const Xapian::Error&) {
        tokens_.Unload();  // the next phrase loads it again
      }
      ++generation_;
      return true;
    } catch (const Xapian::Error& e) {
      *error = "index commit failed: " + e.get_msg();
    }
    return false;
  }

  void RememberFacets(const std::vector<FacetEntry>& facets) {
    for (const FacetEntry& f : facets) {
      uint64_t key = FacetIdKey(f.id);
      {
        std::shared_lock lock(dict_mu_);
        if (dict_.count(key)) continue;
      }
      std::unique_lock lock(dict_mu_);
      if (dict_.emplace(key, DictEntry{f.facet, f.plain}).second) pending_facets_.push_back(f);
    }
  }

  void WritePendingFacets(Xapian::WritableDatabase* db) {
    std::vector<FacetEntry> pending;
    {
      std::unique_lock lock(dict_mu_);
      pending.swap(pending_facets_);
    }
    for (const FacetEntry& f : pending) {
      std::string plain = f.facet;
      plain.push_back('\0');
      plain += f.plain;
      db->set_metadata(kFacetDictPrefix + f.id, sealer_.Encrypt(plain));
    }
  }

  Xapian::doccount TermFreqAll(const std::string& term) const {
    Xapian::doccount n = 0;
    for (auto& seg : segments_) n += seg->db->get_termfreq(term);
    return n;
  }

  // Drops facet values and stem links no document uses any more (after
  // withdrawals), so a withdrawn testimony's unique words and places do not
  // stay behind, even encrypted. Caller holds every segment lock.
  void PruneDictionaries() {
    Xapian::WritableDatabase& meta = *segments_[0]->db;
    std::vector<std::string> unused;
    for (auto it = meta.metadata_keys_begin(kFacetDictPrefix);
         it != meta.metadata_keys_end(kFacetDictPrefix); ++it) {
      std::string key = *it;
      if (TermFreqAll(static_cast<char>(TermKind::kFacet) + key.substr(1)) == 0) {
        unused.push_back(key);
      }
    }
    {
      std::unique_lock lock(dict_mu_);
      for (const std::string& key : unused) {
        meta.set_metadata(key, "");
        dict_.erase(FacetIdKey(key.substr(1)));
      }
    }
    stem_map_.Prune([&](uint64_t word) { return TermFreqAll(WordTermOfHash(word)) == 0; }, &meta,
                    sealer_);
    // Threads must report links again for words they cached before the prune.
    cache_tag_ = next_cache_tag++;
    for (auto& seg : segments_) seg->db->commit();
  }

  bool ConsentFilter(const std::vector<std::string>& scopes, const std::string& today,
                     Xapian::Query* out, std::string* error) const {
    int y = 0, m = 0, d = 0;
    if (!ParseDay(today, &y, &m, &d)) {
      *error = "today must be a YYYY-MM-DD date when scopes are given";
      return false;
    }
    std::vector<std::string> scope_terms;
    for (const auto& s : scopes) scope_terms.push_back(ScopeTerm(sealer_, s));
    // Subtract the expired consents: a handful of dyadic range terms.
    std::vector<std::string> expired = ExpiredBeforeTerms(sealer_, DayNumber(y, m, d));
    if (expired.empty()) {
      *out = Xapian::Query(Xapian::Query::OP_OR, scope_terms.begin(), scope_terms.end());
      return true;
    }
    *out = Xapian::Query(Xapian::Query::OP_AND_NOT,
                         Xapian::Query(Xapian::Query::OP_OR, scope_terms.begin(), scope_terms.end()),
                         Xapian::Query(Xapian::Query::OP_OR, expired.begin(), expired.end()));
    return true;
  }

  void NameFacets(const std::unordered_map<uint64_t, uint64_t>& counts, FacetCounts* out) const {
    std::shared_lock lock(dict_mu_);
    for (const auto& [key, count] : counts) {
      auto it = dict_.find(key);
      if (it == dict_.end()) continue;  // written by another process since Open
      (*out)[it->second.facet][it->second.plain] += count;
    }
  }

  // Runs f on a reader of the committed state of all segments; retries if
  // a commit moved the database under it.
  template <typename F>
  bool WithReader(F&& f, std::string* failure = nullptr) const {
    for (int attempt = 0; attempt < 3; ++attempt) {
      try {
        Reader reader = AcquireReader();
        f(reader);
        ReleaseReader(std::move(reader));
        return true;
      } catch (const Xapian::DatabaseModifiedError&) {
        continue;  // reader dropped; a fresh one sees the new revision
      } catch (const Xapian::Error& e) {
        if (failure) *failure = "search failed: " + e.get_msg();
        return false;
      }
    }
    if (failure) *failure = "search failed: the index kept changing";
    return false;
  }

  // Opening or reopening under the shared revision lock makes the reader's
  // generation its exact revision, so it can share that revision's cache.
  Reader AcquireReader() const {
    std::shared_lock revision(revision_mu_);
    {
      std::lock_guard lock(pool_mu_);
      while (!pool_.empty()) {
        Reader r = std::move(pool_.back());
        pool_.pop_back();
        if (r.layout_generation != layout_generation_) continue;
        if (r.generation != generation_) {
          r.generation = generation_;
          r.db->reopen();
          r.cache = CacheOf(r.generation);
        }
        r.tokens = tokens_.Current();
        return r;
      }
    }
    Reader r;
    r.generation = generation_;
    r.layout_generation = layout_generation_;
    r.db = std::make_unique<Xapian::Database>();
    *r.db = SegmentsAsOne();
    r.cache = CacheOf(r.generation);
    r.tokens = tokens_.Current();
    return r;
  }

  // Loads the token table when a phrase or NEAR first needs it, with the
  // revision lock held so that no commit lands in between.
  void LoadTokensIfNeeded(const Xapian::Query& q) const {
    if (tokens_.loaded() || !IsPositional(q)) return;
    std::unique_lock revision(revision_mu_);
    if (tokens_.loaded()) return;
    tokens_.LoadFrom([this] { return SegmentsAsOne(); }, kTokenSlot);
  }

  // Every segment's committed state, as searches read it.
  Xapian::Database SegmentsAsOne() const {
    Xapian::Database db;
    for (const auto& seg : segments_) db.add_database(Xapian::Database(seg->dir));
    return db;
  }

  static bool IsPositional(const Xapian::Query& q) {
    if (q.get_type() == Xapian::Query::OP_PHRASE || q.get_type() == Xapian::Query::OP_NEAR) {
      return true;
    }
    for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
      if (IsPositional(q.get_subquery(i))) return true;
    }
    return false;
  }

  std::shared_ptr<RevisionCache> CacheOf(uint64_t generation) const {
    std::lock_guard lock(cache_mu_);
    if (!cache_ || cache_->generation() != generation) {
      cache_ = std::make_shared<RevisionCache>(generation);
    }
    return cache_;
  }

  void ReleaseReader(Reader r) const {
    std::lock_guard lock(pool_mu_);
    if (pool_.size() < kMaxPooledReaders) pool_.push_back(std::move(r));
  }

  const std::string dir_;
  TermSealer sealer_;
  std::vector<std::unique_ptr<Segment>> segments_;
  std::atomic<size_t> next_thread_slot_{0};
  std::atomic<uint64_t> cache_tag_{next_cache_tag++};

  // Sealed id term -> the segment holding it (loaded at open, kept by Put
  // and Remove).
  mutable std::mutex ids_mu_;
  std::unordered_map<std::string, size_t> id_segment_;

  std::mutex commit_mu_;  // Commit and Compact
  std::atomic<uint64_t> committed_seq_{0};
  std::atomic<uint64_t> generation_{1};         // bumped by every commit
  std::atomic<uint64_t> layout_generation_{1};  // bumped when Compact swaps files

  // Held shared while a reader opens, exclusively while a commit or a
  // compaction changes the files and the generation.
  mutable std::shared_mutex revision_mu_;
  mutable std::mutex pool_mu_;
  mutable std::vector<Reader> pool_;
  mutable std::mutex cache_mu_;
  mutable std::shared_ptr<RevisionCache> cache_;  // of the newest generation read

  mutable std::shared_mutex dict_mu_;
  std::unordered_map<uint64_t, DictEntry> dict_;
  std::vector<FacetEntry> pending_facets_;

  StemMap stem_map_;
  // Token sequences of the committed documents (phrases, NEAR).
  mutable TokenStore tokens_;
};

}  // namespace

std::unique_ptr<SealedIndex> SealedIndex::Open(const std::string& dir, const std::string& key,
                                               std::string* error) {
  if (key.size() != TermSealer::kKeyBytes) {
    *error = "the index key must be 32 bytes";
    return nullptr;
  }
  auto index = std::make_unique<XapianSealedIndex>(dir, key);
  if (!index->Init(error)) return nullptr;
  return index;
}

}  // namespace amparo::search
