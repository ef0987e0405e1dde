// Fuzzes the query language end to end on a real sealed index: parsing,
// the match-set engine, consent scopes, facets and snippets.
//
// Input fields (0-separated): query, text to highlight, language, options.
// Properties checked on every input:
//  - a query is accepted or refused the same way whatever the caller's
//    scopes, and a refusal carries a message;
//  - a scoped caller sees only testimonies its scopes and the consent expiry
//    allow, never more of them than an admin, and facet counts never exceed
//    the total;
//  - a snippet is valid UTF-8, its <mark> tags are balanced, and no other
//    markup gets through.
#include <stdlib.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "redaction/text_utf8.h"
#include "search/sealed_index.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using namespace amparo::search;

constexpr const char* kToday = "2025-06-15";

struct Corpus {
  std::string dir;
  std::unique_ptr<SealedIndex> index;
  std::vector<IndexedTestimony> docs;
  ~Corpus() {
    index.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
};

bool Visible(const IndexedTestimony& t, const std::vector<std::string>& scopes) {
  if (scopes.empty()) return true;  // admin
  if (!t.consent_expires_on.empty() && t.consent_expires_on < kToday) return false;
  for (const auto& s : scopes) {
    for (const auto& g : t.scopes) {
      if (g == s) return true;
    }
  }
  return false;
}

// 48 testimonies in four languages with thesaurus words, phrases, places and
// every mix of scopes and expiry, so most queries hit something.
Corpus* MakeCorpus() {
  auto* c = new Corpus;
  char tmpl[] = "/tmp/amparo-query-fuzz-XXXXXX";
  FUZZ_CHECK(mkdtemp(tmpl) != nullptr);
  c->dir = tmpl;
  std::string error;
  c->index = SealedIndex::Open(c->dir, std::string(32, '\x5a'), &error);
  FUZZ_CHECK(c->index != nullptr);
  const std::vector<std::string> texts = {
      "Nos levantaron cerca de Ciudad Juárez; el cártel cobraba cuota y cobro de piso en la frontera norte.",
      "They kidnapped my brother near the freight train; the gang asked for a war tax, the police did nothing.",
      "Ils ont enlevé mon fils à la frontière; la police municipale a demandé de l'argent, extorsion.",
      "Yo te di lajan; yo te menase nou, nou te kouri kite Ayiti pou Tapachula ak timoun yo.",
      "El pollero nos dejó en el albergue de migrantes; el halcón vigilaba la casa de migrantes día y noche."};
  const std::vector<std::vector<std::string>> scope_sets = {
      {}, {"legal"}, {"publication"}, {"legal", "publication"}};
  const std::vector<std::string> expiries = {"", "2024-12-31", "2025-06-15", "2031-01-01"};
  const std::vector<std::string> langs = {"es", "en", "fr", "ht"};
  const std::vector<std::string> places = {"Ciudad Juárez", "Tapachula", "Tenosique"};
  int n = 0;
  for (const auto& scopes : scope_sets) {
    for (const auto& expiry : expiries) {
      for (int k = 0; k < 3; ++k, ++n) {
        IndexedTestimony t;
        t.id = "t" + std::to_string(n);
        t.language = langs[n % 4];
        t.title = "Testimonio " + std::to_string(n);
        t.text = texts[n % texts.size()] + " " + texts[(n + 2) % texts.size()];
        t.pseudonym = n % 2 ? "Yahir*" : "Rosa*";
        t.year = 2018 + n % 7;
        t.month = 1 + n % 12;
        t.places = {places[n % 3]};
        t.violence = {n % 2 ? "kidnapping" : "extortion"};
        t.perpetrator = {n % 3 ? "criminal group" : "police"};
        t.scopes = scopes;
        t.consent_expires_on = expiry;
        FUZZ_CHECK(c->index->Put(t, &error));
        c->docs.push_back(t);
      }
    }
  }
  FUZZ_CHECK(c->index->Commit(1, &error));
  return c;
}

const Corpus& TheCorpus() {
  static std::unique_ptr<Corpus> corpus(MakeCorpus());
  return *corpus;
}

void CheckSnippet(const std::string& snippet) {
  FUZZ_CHECK(amparo::redaction::IsValidUtf8(snippet, nullptr));
  size_t depth = 0;
  for (size_t i = 0; i < snippet.size(); ++i) {
    if (snippet[i] != '<') continue;
    if (snippet.compare(i, 6, "<mark>") == 0) {
      FUZZ_CHECK(depth == 0);
      ++depth;
    } else if (snippet.compare(i, 7, "</mark>") == 0) {
      FUZZ_CHECK(depth == 1);
      --depth;
    } else {
      FUZZ_CHECK(false && "unescaped '<' in a snippet");
    }
  }
  FUZZ_CHECK(depth == 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Corpus& corpus = TheCorpus();
  auto fields = amparo::fuzz::SplitFields(data, size, 4);
  const std::string_view options = fields[3];
  const uint8_t flags = options.empty() ? 0 : static_cast<uint8_t>(options[0]);

  const std::vector<std::vector<std::string>> callers = {{}, {"legal"}, {"publication"}};
  SearchResult admin;
  bool admin_ok = false;
  std::string admin_error;
  for (size_t c = 0; c < callers.size(); ++c) {
    SearchRequest req;
    req.query = std::string(fields[0]);
    req.scopes = callers[c];
    req.today = kToday;
    req.offset = flags & 0x0f;
    req.limit = 1 + (flags >> 4);
    req.facets = true;
    SearchResult res;
    std::string error;
    const bool ok = corpus.index->Search(req, &res, &error);
    if (c == 0) {
      admin_ok = ok;
      admin = res;
      admin_error = error;
      if (!ok) FUZZ_CHECK(!error.empty());
    }
    FUZZ_CHECK(ok == admin_ok);
    if (!ok) {
      FUZZ_CHECK(error == admin_error);
      continue;
    }
    FUZZ_CHECK(res.hits.size() <= req.limit);
    FUZZ_CHECK(res.total <= corpus.docs.size());
    FUZZ_CHECK(res.total <= admin.total);
    FUZZ_CHECK(res.hits.size() + req.offset <= res.total || res.hits.empty());
    std::set<std::string> seen;
    for (const SearchHit& h : res.hits) {
      FUZZ_CHECK(seen.insert(h.id).second);
      const IndexedTestimony* doc = nullptr;
      for (const auto& d : corpus.docs) {
        if (d.id == h.id) doc = &d;
      }
      FUZZ_CHECK(doc != nullptr);
      FUZZ_CHECK(Visible(*doc, callers[c]));
    }
    for (const auto& [facet, values] : res.facets) {
      for (const auto& [value, count] : values) FUZZ_CHECK(count <= res.total);
    }
  }
  if (!admin_ok) return 0;

  // Snippets of a decrypted text for this query's highlights.
  const std::string text(fields[1]);
  if (!amparo::redaction::IsValidUtf8(text, nullptr)) return 0;
  const std::string language(fields[2].substr(0, 8));
  Highlighter highlighter(admin.highlight_terms);
  CheckSnippet(highlighter.Snippet(text, language, 1 + (flags & 0x7f) * 4));
  CheckSnippet(MakeSnippet(text, language, admin.highlight_terms));
  return 0;
}
