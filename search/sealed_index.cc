#include "search/sealed_index.h"

#include <xapian.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>
#include <utility>

#include "search/document_builder.h"
#include "search/facet_spy.h"
#include "search/indexed_terms.h"
#include "search/query_parser.h"
#include "search/term_sealer.h"

namespace amparo::search {

namespace {

namespace fs = std::filesystem;

// Metadata keys. Values are numbers or ciphertext, never plaintext content.
constexpr char kSeqKey[] = "amparo.seq";
constexpr char kKeyCheckKey[] = "amparo.keycheck";
constexpr char kKeyCheckPlain[] = "amparo-sealed-index-v1";
constexpr char kFacetDictPrefix[] = "f";  // + 8-byte facet id -> Encrypt(facet \0 plain)

constexpr size_t kMaxLimit = 10000;

struct DictEntry {
  std::string facet;
  std::string plain;
};

class XapianSealedIndex final : public SealedIndex {
 public:
  XapianSealedIndex(std::string dir, std::string_view key) : dir_(std::move(dir)), sealer_(key) {}

  ~XapianSealedIndex() override {
    std::lock_guard lock(write_mu_);
    try {
      if (writer_ && in_transaction_) writer_->cancel_transaction();
    } catch (const Xapian::Error&) {
    }
  }

  bool Init(std::string* error) {
    try {
      RecoverInterruptedCompaction();
      writer_ = std::make_unique<Xapian::WritableDatabase>(
          dir_, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS);
      std::string check = writer_->get_metadata(kKeyCheckKey);
      if (check.empty()) {
        writer_->set_metadata(kKeyCheckKey, sealer_.Encrypt(kKeyCheckPlain));
        writer_->commit();
      } else {
        auto plain = sealer_.Decrypt(check);
        if (!plain || *plain != kKeyCheckPlain) {
          *error = "the index key does not match this index";
          return false;
        }
      }
      std::string seq = writer_->get_metadata(kSeqKey);
      committed_seq_ = seq.empty() ? 0 : std::stoull(seq);
      for (auto it = writer_->metadata_keys_begin(kFacetDictPrefix);
           it != writer_->metadata_keys_end(kFacetDictPrefix); ++it) {
        std::string key = *it;
        auto plain = sealer_.Decrypt(writer_->get_metadata(key));
        size_t nul = plain ? plain->find('\0') : std::string::npos;
        if (nul == std::string::npos) continue;
        dict_[FacetIdKey(key.substr(1))] = {plain->substr(0, nul), plain->substr(nul + 1)};
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
    if (!BuildDocument(sealer_, t, &built, error)) return false;
    std::lock_guard lock(write_mu_);
    return Write(error, [&] {
      // replace_document(term) makes glass flush pending postings to look
      // the term up; get_termfreq counts pending changes without flushing.
      if (writer_->get_termfreq(built.id_term) == 0) {
        writer_->add_document(built.doc);
      } else {
        writer_->replace_document(built.id_term, built.doc);
      }
      RememberFacets(built.facets);
    });
  }

  bool Remove(const std::string& id, std::string* error) override {
    std::lock_guard lock(write_mu_);
    return Write(error, [&] { writer_->delete_document(sealer_.Seal(TermKind::kId, id)); });
  }

  bool Commit(uint64_t seq, std::string* error) override {
    std::lock_guard lock(write_mu_);
    return CommitLocked(seq, error);
  }

  uint64_t CommittedSequence() const override { return committed_seq_; }

  std::vector<std::string> AllIds() const override {
    std::vector<std::string> ids;
    WithReader([&](Xapian::Database& db) {
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
    WithReader([&](Xapian::Database& db) { n = db.get_doccount(); });
    return n;
  }

  bool Search(const SearchRequest& req, SearchResult* out, std::string* error) const override {
    ParsedQuery parsed;
    if (!ParseQuery(req.query, sealer_, &parsed, error)) return false;
    Xapian::Query query = parsed.query;
    if (!req.scopes.empty()) {
      Xapian::Query consent;
      if (!ConsentFilter(req.scopes, req.today, &consent, error)) return false;
      query = Xapian::Query(Xapian::Query::OP_FILTER, query, consent);
    }
    *out = SearchResult();
    out->highlight_terms = std::move(parsed.highlight_terms);
    std::string failure;
    bool ok = WithReader([&](Xapian::Database& db) {
      Xapian::Enquire enquire(db);
      enquire.set_query(query);
      FacetSpy spy;
      if (req.facets) enquire.add_matchspy(&spy);
      Xapian::doccount all = db.get_doccount();
      Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(req.offset),
                                           static_cast<Xapian::doccount>(std::min(req.limit, kMaxLimit)),
                                           all);
      out->total = mset.get_matches_estimated();
      out->hits.clear();
      for (auto it = mset.begin(); it != mset.end(); ++it) {
        out->hits.push_back({it.get_document().get_data(), it.get_weight()});
      }
      out->facets.clear();
      if (req.facets) NameFacets(spy, &out->facets);
    }, &failure);
    if (!ok) *error = failure;
    return ok;
  }

  bool Compact(std::string* error) override {
    std::lock_guard lock(write_mu_);
    try {
      if (!CommitLocked(committed_seq_, error)) return false;
      PruneFacetDictionary();
      writer_->commit();
      writer_->close();
      writer_.reset();
      const std::string fresh = dir_ + ".compact-new", old = dir_ + ".compact-old";
      fs::remove_all(fresh);
      fs::remove_all(old);
      Xapian::Database(dir_).compact(fresh);
      fs::rename(dir_, old);
      fs::rename(fresh, dir_);
      fs::remove_all(old);
      ++layout_generation_;
      ++generation_;
      writer_ = std::make_unique<Xapian::WritableDatabase>(dir_, Xapian::DB_OPEN);
      return true;
    } catch (const Xapian::Error& e) {
      *error = "index compaction failed: " + e.get_msg();
    } catch (const std::exception& e) {
      *error = std::string("index compaction failed: ") + e.what();
    }
    try {
      if (!writer_) writer_ = std::make_unique<Xapian::WritableDatabase>(dir_, Xapian::DB_OPEN);
    } catch (const Xapian::Error&) {
    }
    return false;
  }

 private:
  struct Reader {
    uint64_t generation = 0;
    uint64_t layout_generation = 0;
    std::unique_ptr<Xapian::Database> db;
  };

  // A crash between the two renames of Compact leaves the new copy aside.
  void RecoverInterruptedCompaction() {
    const std::string fresh = dir_ + ".compact-new", old = dir_ + ".compact-old";
    if (!fs::exists(dir_) && fs::exists(fresh)) fs::rename(fresh, dir_);
    if (!fs::exists(dir_) && fs::exists(old)) fs::rename(old, dir_);
    fs::remove_all(fresh);
    fs::remove_all(old);
  }

  template <typename F>
  bool Write(std::string* error, F&& f) {
    try {
      if (!writer_) {
        *error = "the index is not open";
        return false;
      }
      if (!in_transaction_) {
        // Nothing becomes visible or durable before Commit.
        writer_->begin_transaction(true);
        in_transaction_ = true;
      }
      f();
      return true;
    } catch (const Xapian::Error& e) {
      *error = "index write failed: " + e.get_msg();
    }
    return false;
  }

  bool CommitLocked(uint64_t seq, std::string* error) {
    try {
      if (!in_transaction_) {
        writer_->begin_transaction(true);
        in_transaction_ = true;
      }
      writer_->set_metadata(kSeqKey, std::to_string(seq));
      writer_->commit_transaction();
      in_transaction_ = false;
      committed_seq_ = seq;
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
      std::string plain = f.facet;
      plain.push_back('\0');
      plain += f.plain;
      writer_->set_metadata(kFacetDictPrefix + f.id, sealer_.Encrypt(plain));
      std::unique_lock lock(dict_mu_);
      dict_[key] = {f.facet, f.plain};
    }
  }

  // Drops dictionary entries no document uses any more (after withdrawals),
  // so a withdrawn testimony's unique place does not stay even encrypted.
  void PruneFacetDictionary() {
    std::vector<std::string> unused;
    for (auto it = writer_->metadata_keys_begin(kFacetDictPrefix);
         it != writer_->metadata_keys_end(kFacetDictPrefix); ++it) {
      std::string key = *it;
      std::string term = static_cast<char>(TermKind::kFacet) + key.substr(1);
      if (writer_->get_termfreq(term) == 0) unused.push_back(key);
    }
    std::unique_lock lock(dict_mu_);
    for (const std::string& key : unused) {
      writer_->set_metadata(key, "");
      dict_.erase(FacetIdKey(key.substr(1)));
    }
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
    std::vector<std::string> valid = {ExpiryNeverTerm(sealer_)};
    for (int year = y + 1; year <= y + kExpiryHorizonYears; ++year) {
      valid.push_back(ExpiryYearTerm(sealer_, year));
    }
    for (int month = m + 1; month <= 12; ++month) valid.push_back(ExpiryMonthTerm(sealer_, y, month));
    for (int day = d; day <= 31; ++day) valid.push_back(ExpiryDayTerm(sealer_, y, m, day));
    *out = Xapian::Query(Xapian::Query::OP_AND,
                         Xapian::Query(Xapian::Query::OP_OR, scope_terms.begin(), scope_terms.end()),
                         Xapian::Query(Xapian::Query::OP_OR, valid.begin(), valid.end()));
    return true;
  }

  void NameFacets(const FacetSpy& spy, FacetCounts* out) const {
    std::shared_lock lock(dict_mu_);
    for (const auto& [key, count] : spy.counts()) {
      auto it = dict_.find(key);
      if (it == dict_.end()) continue;  // written by another process since Open
      (*out)[it->second.facet][it->second.plain] += count;
    }
  }

  // Runs f on a reader of the committed state; retries once if the writer
  // moved the database under it.
  template <typename F>
  bool WithReader(F&& f, std::string* failure = nullptr) const {
    for (int attempt = 0; attempt < 3; ++attempt) {
      Reader reader = AcquireReader();
      try {
        f(*reader.db);
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

  Reader AcquireReader() const {
    {
      std::lock_guard lock(pool_mu_);
      while (!pool_.empty()) {
        Reader r = std::move(pool_.back());
        pool_.pop_back();
        if (r.layout_generation != layout_generation_) continue;
        if (r.generation != generation_) {
          r.generation = generation_;
          r.db->reopen();
        }
        return r;
      }
    }
    Reader r;
    r.generation = generation_;
    r.layout_generation = layout_generation_;
    r.db = std::make_unique<Xapian::Database>(dir_);
    return r;
  }

  void ReleaseReader(Reader r) const {
    std::lock_guard lock(pool_mu_);
    if (pool_.size() < 16) pool_.push_back(std::move(r));
  }

  const std::string dir_;
  TermSealer sealer_;

  std::mutex write_mu_;
  std::unique_ptr<Xapian::WritableDatabase> writer_;
  bool in_transaction_ = false;
  std::atomic<uint64_t> committed_seq_{0};
  std::atomic<uint64_t> generation_{1};         // bumped by every commit
  std::atomic<uint64_t> layout_generation_{1};  // bumped when Compact swaps files

  mutable std::mutex pool_mu_;
  mutable std::vector<Reader> pool_;

  mutable std::shared_mutex dict_mu_;
  std::unordered_map<uint64_t, DictEntry> dict_;
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
