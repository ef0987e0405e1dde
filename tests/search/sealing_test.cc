// The index holds no plaintext: every word, stem, tag, place, pseudonym and
// scope of the corpus is absent from the database files, and what the
// Xapian API shows is only sealed terms, sealed facet ids and opaque ids.
#include <gtest/gtest.h>
#include <xapian.h>

#include <cstring>
#include <set>

#include "search/indexed_terms.h"
#include "search/stemming.h"
#include "search/term_sealer.h"
#include "search/token_sequence.h"
#include "search/text_folding.h"
#include "tests/search/index_fixture.h"

namespace amparo::search::testing {
namespace {

std::vector<IndexedTestimony> MarkerCorpus() {
  std::vector<IndexedTestimony> corpus;
  IndexedTestimony a;
  a.id = "t-0001";
  a.language = "es";
  a.title = "Zarzamora violeta";
  a.text = "Quetzalcoatlina nos contó que en Tlacotalpan los halcones cobraban la renta. "
           "Secuestraron a su esposo Marcelino; la extorsión duró meses. Llamó al pollero.";
  a.pseudonym = "Xochiquetzal*";
  a.year = 2024;
  a.month = 5;
  a.places = {"Tlacotalpan", "Ciudad Juárez"};
  a.violence = {"kidnapping", "extortion", "zorglubcide"};
  a.perpetrator = {"criminal-group", "mercenarios"};
  a.scopes = {"legal", "publication"};
  a.consent_expires_on = "2027-03-04";
  corpus.push_back(a);
  IndexedTestimony b;
  b.id = "t-0002";
  b.language = "en";
  b.title = "Crossing the river";
  b.text = "Wolfgangus was threatened by soldiers at Tenosique; the smugglers demanded money.";
  b.pseudonym = "Perseverance*";
  b.year = 2023;
  b.month = 12;
  b.places = {"Tenosique"};
  b.violence = {"threats"};
  b.perpetrator = {"military", "smuggler"};
  b.scopes = {"research"};
  corpus.push_back(b);
  IndexedTestimony c;
  c.id = "t-0003";
  c.language = "fr";
  c.title = "Le départ";
  c.text = "Mirabellina raconte son enlèvement près de Tapachula par des passeurs armés.";
  c.pseudonym = "Clementine*";
  c.year = 2022;
  c.month = 2;
  c.places = {"Tapachula"};
  c.violence = {"kidnapping"};
  c.perpetrator = {"smuggler"};
  c.scopes = {"legal"};
  corpus.push_back(c);
  return corpus;
}

// Every plaintext string of four or more letters the corpus could leak.
std::set<std::string> Secrets(const std::vector<IndexedTestimony>& corpus) {
  std::set<std::string> secrets;
  auto add = [&](const std::string& s, const std::string& lang) {
    for (const WordSpan& w : SplitWords(s)) {
      std::string word = s.substr(w.begin, w.end - w.begin);
      std::string folded = FoldWord(word);
      if (folded.size() < 4) continue;
      secrets.insert(word);
      secrets.insert(folded);
      std::string stem = Stem(StemLanguageOf(lang), folded);
      if (stem.size() >= 4) secrets.insert(stem);
    }
  };
  for (const auto& t : corpus) {
    add(t.title, t.language);
    add(t.text, t.language);
    add(t.pseudonym, t.language);
    for (const auto* list : {&t.places, &t.violence, &t.perpetrator, &t.scopes}) {
      for (const auto& v : *list) {
        add(v, t.language);
        if (v.size() >= 4) secrets.insert(v);
      }
    }
  }
  return secrets;
}

std::vector<std::string> Found(const std::string& bytes, const std::set<std::string>& secrets) {
  std::vector<std::string> found;
  for (const auto& s : secrets) {
    if (bytes.find(s) != std::string::npos) found.push_back(s);
  }
  return found;
}

class SealingTest : public IndexTest {};

TEST_F(SealingTest, IndexFilesHoldNoPlaintext) {
  auto corpus = MarkerCorpus();
  for (const auto& t : corpus) Put(t);
  Commit(3);
  // Removed and replaced documents must not leave plaintext either.
  IndexedTestimony extra = corpus[2];
  extra.id = "t-0004";
  Put(extra);
  Commit(4);
  std::string error;
  ASSERT_TRUE(index_->Remove("t-0004", &error)) << error;
  Commit(5);
  // Sanity: the index works, so it does hold the words (sealed).
  EXPECT_EQ(Find("quetzalcoatlina"), (Ids{"t-0001"}));
  EXPECT_EQ(Find("place:tlacotalpan"), (Ids{"t-0001"}));
  index_.reset();

  auto secrets = Secrets(corpus);
  ASSERT_GT(secrets.size(), 60u);
  EXPECT_EQ(Found(ReadAllFiles(db_dir()), secrets), std::vector<std::string>{});

  // Control: the same scan finds the words in a plain Xapian index.
  TempDir plain_dir;
  {
    Xapian::WritableDatabase plain(plain_dir.path() + "/db", Xapian::DB_CREATE_OR_OPEN);
    Xapian::TermGenerator tg;
    for (const auto& t : corpus) {
      Xapian::Document doc;
      tg.set_document(doc);
      tg.index_text(t.text);
      plain.add_document(doc);
    }
    plain.commit();
  }
  EXPECT_GT(Found(ReadAllFiles(plain_dir.path()), secrets).size(), 20u);
}

TEST_F(SealingTest, XapianSeesOnlySealedTermsValuesAndMetadata) {
  auto corpus = MarkerCorpus();
  for (const auto& t : corpus) Put(t);
  Commit(9);
  index_.reset();
  Xapian::Database db = OpenSegments(db_dir());
  const std::string kinds = "WFCXQ";
  size_t terms = 0;
  for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it, ++terms) {
    std::string term = *it;
    ASSERT_NE(kinds.find(term[0]), std::string::npos);
    ASSERT_EQ(term.size(), term[0] == 'Q' ? 1 + TermSealer::kIdHashBytes : 1 + TermSealer::kHashBytes);
  }
  EXPECT_GT(terms, 50u);
  std::set<std::string> ids;
  for (const auto& t : corpus) ids.insert(t.id);
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    Xapian::Document doc = db.get_document(*it);
    EXPECT_EQ(ids.count(doc.get_data()), 1u);
    // Values: the facet ids (8 bytes each) and the token sequence, whose
    // every token is one of the document's own sealed words (or one of the
    // two field boundaries), one per word written.
    std::set<uint32_t> word_tokens;
    Xapian::termcount words = 0;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      if ((*t)[0] != 'W') continue;
      word_tokens.insert(TokenOf(*t));
      words += t.get_wdf();
    }
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v) {
      const std::string value = *v;
      if (v.get_valueno() == kFacetSlot) {
        EXPECT_EQ(value.size() % 8, 0u);
        continue;
      }
      ASSERT_EQ(v.get_valueno(), kTokenSlot);
      ASSERT_EQ(value.size() % 4, 0u);
      size_t boundaries = 0;
      for (size_t i = 0; i < value.size(); i += 4) {
        uint32_t token;
        std::memcpy(&token, value.data() + i, 4);
        if (token == 0) {
          ++boundaries;
        } else {
          EXPECT_EQ(word_tokens.count(token), 1u);
        }
      }
      EXPECT_EQ(boundaries, 2u);
      EXPECT_EQ(value.size() / 4 - boundaries, words);
    }
  }
  // Metadata: the sequence number, and ciphertext under hashed keys.
  size_t facet_entries = 0, stem_entries = 0;
  for (int seg = 0; seg < 2; ++seg) {
    Xapian::Database s(db_dir() + "/seg-" + std::to_string(seg));
    for (auto it = s.metadata_keys_begin(); it != s.metadata_keys_end(); ++it) {
      std::string key = *it;
      if (key == "amparo.seq") {
        EXPECT_EQ(s.get_metadata(key), "9");
      } else if (key[0] == 'f' || key[0] == 's') {
        EXPECT_EQ(seg, 0);
        EXPECT_EQ(key.size(), 1 + TermSealer::kHashBytes);
        (key[0] == 'f' ? facet_entries : stem_entries)++;
      } else {
        EXPECT_EQ(key, "amparo.keycheck");
      }
    }
  }
  EXPECT_GT(facet_entries, 10u);
  EXPECT_GT(stem_entries, 20u);
}

TEST_F(SealingTest, WrongKeyIsRefused) {
  Put(MarkerCorpus()[0]);
  Commit();
  index_.reset();
  std::string error;
  EXPECT_EQ(SealedIndex::Open(db_dir(), TestKey('z'), &error), nullptr);
  EXPECT_NE(error.find("key"), std::string::npos);
  EXPECT_EQ(SealedIndex::Open(db_dir(), "short", &error), nullptr);
}

}  // namespace
}  // namespace amparo::search::testing
