// SealedIndex is the full-text index of the archive, kept in a Xapian
// database that holds no plaintext.
//
// Every term written (word, facet, consent and expiry filter terms) is a
// keyed hash of the term under the index key; each document's words are also
// kept in order as keyed 32-bit tokens, so phrase and NEAR queries work
// (token_sequence.h); document data holds only the opaque testimony id.
// Queries are parsed in memory, expanded with the thesaurus, folded, stemmed
// and sealed the same way before they touch the database. Consent is part of
// every query: the caller passes the scopes it may see and the date that
// decides expiry, and the index ANDs them in. Snippets are not made here from
// stored text (there is none): Highlighter marks matches in text the caller
// has decrypted.
#ifndef AMPARO_SEARCH_SEALED_INDEX_H_
#define AMPARO_SEARCH_SEALED_INDEX_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace amparo::search {

// What the index needs to know about one testimony. Text is the redacted
// text; nothing here is written to disk in clear.
struct IndexedTestimony {
  std::string id;          // opaque id, stored as document data
  std::string language;    // "es", "en", "fr", "ht": chooses the stemmer
  std::string title;
  std::string text;        // redacted text
  std::string pseudonym;
  int year = 0;            // recorded month
  int month = 0;
  std::vector<std::string> places;       // canonical place tags
  std::vector<std::string> violence;     // canonical violence types
  std::vector<std::string> perpetrator;  // canonical perpetrator types
  std::vector<std::string> scopes;       // consent scopes granted
  std::string consent_expires_on;        // "YYYY-MM-DD" or "" (never)
};

struct SearchRequest {
  std::string query;                  // the query language (docs/search.md)
  std::vector<std::string> scopes;    // hits must hold one of these; empty = all (admin)
  std::string today;                  // "YYYY-MM-DD": consents expired before it do not count
  size_t offset = 0;
  size_t limit = 10;
  bool facets = false;
  // Answers may come from (and go to) the cache of recent results of this
  // index revision; false computes afresh (benchmarks of the engine).
  bool use_result_cache = true;
};

struct SearchHit {
  std::string id;
  double weight = 0;
};

// Facet name ("violence", "perpetrator", "place", "year", "language") ->
// value -> count, exact over the whole result set.
using FacetCounts = std::map<std::string, std::map<std::string, uint64_t>>;

struct SearchResult {
  uint64_t total = 0;           // exact number of matching testimonies
  std::vector<SearchHit> hits;  // the requested page, best first
  FacetCounts facets;
  // What to highlight, for MakeSnippet; memory only, never logged. Entries
  // are folded: "word" (matches by stem too), "=word" (exact word, from a
  // quoted phrase) or "w1 w2" (a phrase).
  std::vector<std::string> highlight_terms;
};

// Thread safety: Search, AllIds and DocCount may run concurrently with each
// other and with writes. Put and Remove may be called from several threads
// at once (each thread writes its own segment, so indexing uses every
// core), but not for the same id at the same time. Commit and Compact
// should not overlap a Put: a crash could otherwise keep a document whose
// stem links were not yet written (its exact words stay searchable).
class SealedIndex {
 public:
  // Opens (creating if needed) the index in directory dir (which holds one
  // Xapian database per segment); key is the 32-byte index sealing key, and
  // a different key than the one that created the index is refused.
  // Returns nullptr and sets *error on failure.
  static std::unique_ptr<SealedIndex> Open(const std::string& dir,
                                           const std::string& key,
                                           std::string* error);
  virtual ~SealedIndex() = default;

  // Adds or replaces the testimony with this id. Not visible to Search until
  // Commit() (Search on the same object sees committed state); dropped if
  // the process ends before Commit().
  virtual bool Put(const IndexedTestimony& t, std::string* error) = 0;
  virtual bool Remove(const std::string& id, std::string* error) = 0;
  // Durable commit; records seq as the last applied archive sequence number.
  virtual bool Commit(uint64_t seq, std::string* error) = 0;
  virtual uint64_t CommittedSequence() const = 0;
  // True when the index holds documents written by an earlier version,
  // without token sequences (phrases and NEAR would not find them): put
  // every testimony again (the archive does so when it opens).
  virtual bool NeedsRebuild() const = 0;
  // Ids of every indexed testimony (for reconciliation at startup).
  virtual std::vector<std::string> AllIds() const = 0;
  virtual uint64_t DocCount() const = 0;
  // Memory held for phrases and NEAR (the in-memory positional index of
  // the committed revision; 0 until it is built).
  virtual uint64_t PhraseMemoryBytes() const = 0;

  // Returns false and a user-facing message on a syntax error. Totals and
  // facet counts are exact and count only documents the scopes allow.
  virtual bool Search(const SearchRequest& req, SearchResult* out,
                      std::string* error) const = 0;

  // Compacts into a fresh directory so freed blocks holding removed
  // documents' sealed terms are gone (used after withdrawal).
  virtual bool Compact(std::string* error) = 0;
};

// Marks query matches in decrypted text and cuts a snippet around the best
// window: Snippet returns text with matches wrapped as <mark>..</mark> (the
// rest HTML-escaped) of at most max_chars characters (plus an ellipsis at a
// cut end). highlight_terms as in SearchResult; words may also be given as
// typed (they are folded again). Prepared once per query, used for each hit;
// const methods may run concurrently.
class Highlighter {
 public:
  explicit Highlighter(const std::vector<std::string>& highlight_terms);
  ~Highlighter();
  Highlighter(const Highlighter&) = delete;
  Highlighter& operator=(const Highlighter&) = delete;

  std::string Snippet(std::string_view text, std::string_view language,
                      size_t max_chars = 240) const;

 private:
  struct Prepared;
  std::unique_ptr<Prepared> prepared_;
};

// One-off form of Highlighter(highlight_terms).Snippet(text, language, max_chars).
std::string MakeSnippet(std::string_view text, std::string_view language,
                        const std::vector<std::string>& highlight_terms,
                        size_t max_chars = 240);

// Suggests canonical violence and perpetrator tags for a text from the
// thesaurus (intake tagging); places come from redaction's gazetteer.
struct TagSuggestions {
  std::vector<std::string> violence;
  std::vector<std::string> perpetrator;
};
TagSuggestions SuggestTags(std::string_view text, std::string_view language);

}  // namespace amparo::search

#endif  // AMPARO_SEARCH_SEALED_INDEX_H_
