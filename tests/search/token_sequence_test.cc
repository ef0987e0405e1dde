// Token sequences decide phrases and NEAR: exact order, field boundaries,
// Xapian's NEAR window (last - first < window, one distinct place per
// operand); the TokenStore's blocks answer the same, and its snapshots
// never change once published.
#include <gtest/gtest.h>
#include <xapian.h>

#include <set>
#include <string>
#include <vector>

#include "search/sealed_index.h"
#include "search/token_sequence.h"
#include "search/token_store.h"
#include "tests/search/index_fixture.h"

namespace amparo::search::testing {
namespace {

// Tokens are small numbers here; 0 is a field boundary.
std::string Sequence(const std::vector<uint32_t>& tokens) {
  std::string s;
  for (uint32_t t : tokens) {
    if (t == 0) {
      AppendFieldBoundary(&s);
    } else {
      AppendToken(t, &s);
    }
  }
  return s;
}

TEST(TokenSequenceTest, PhraseNeedsTheWordsInOrderAndAdjacent) {
  // 40 tokens so the block scan and its tail both run.
  std::vector<uint32_t> tokens;
  for (uint32_t i = 1; i <= 40; ++i) tokens.push_back(100 + i);
  tokens[33] = 7;
  tokens[34] = 8;
  const std::string s = Sequence(tokens);
  EXPECT_TRUE(ContainsPhrase(s, {{7}, {8}}));
  EXPECT_FALSE(ContainsPhrase(s, {{8}, {7}}));
  EXPECT_TRUE(ContainsPhrase(s, {{101}, {102}, {103}}));
  EXPECT_FALSE(ContainsPhrase(s, {{101}, {103}}));
  EXPECT_TRUE(ContainsPhrase(s, {{140}}));  // the very last token
  EXPECT_FALSE(ContainsPhrase(s, {{140}, {141}}));
  // A group: any of its tokens.
  EXPECT_TRUE(ContainsPhrase(s, {{5, 7}, {9, 8}}));
  EXPECT_FALSE(ContainsPhrase(s, {}));
  EXPECT_FALSE(ContainsPhrase("", {{7}}));
}

TEST(TokenSequenceTest, PhraseNeverSpansAFieldBoundary) {
  const std::string s = Sequence({5, 6, 0, 7, 8, 0, 9});
  EXPECT_TRUE(ContainsPhrase(s, {{5}, {6}}));
  EXPECT_FALSE(ContainsPhrase(s, {{6}, {7}}));
  EXPECT_FALSE(ContainsPhrase(s, {{8}, {9}}));
  EXPECT_TRUE(ContainsPhrase(s, {{7}, {8}}));
}

TEST(TokenSequenceTest, NearUsesXapiansWindow) {
  // 5 at position 1, 6 at 4: distance 3.
  const std::string s = Sequence({5, 1, 2, 6});
  EXPECT_TRUE(ContainsNear(s, {{5}, {6}}, 4));
  EXPECT_FALSE(ContainsNear(s, {{5}, {6}}, 3));
  EXPECT_TRUE(ContainsNear(s, {{6}, {5}}, 4));  // any order
  EXPECT_FALSE(ContainsNear(s, {{5}, {7}}, 10));
}

TEST(TokenSequenceTest, NearGivesEachOperandItsOwnPlace) {
  const std::string once = Sequence({5, 1, 1, 1});
  EXPECT_FALSE(ContainsNear(once, {{5}, {5}}, 10));
  const std::string twice = Sequence({5, 1, 5});
  EXPECT_TRUE(ContainsNear(twice, {{5}, {5}}, 3));
  EXPECT_FALSE(ContainsNear(twice, {{5}, {5}}, 2));
  // Overlapping groups: 5 may serve either operand, but not both.
  const std::string s = Sequence({5, 6});
  EXPECT_TRUE(ContainsNear(s, {{5, 6}, {5}}, 2));
  EXPECT_FALSE(ContainsNear(Sequence({5, 9}), {{5, 6}, {5}}, 2));
}

TEST(TokenSequenceTest, NearDoesNotReachAcrossAField) {
  const std::string s = Sequence({5, 0, 6});
  EXPECT_FALSE(ContainsNear(s, {{5}, {6}}, 100));
  EXPECT_TRUE(ContainsNear(s, {{5}, {6}}, 102));  // only past the boundary's width
}

std::set<Xapian::docid> Members(const DocBitmap& set) {
  std::set<Xapian::docid> ids;
  set.ForEach([&](Xapian::docid id) { ids.insert(id); });
  return ids;
}

std::set<Xapian::docid> TableMatches(const TokenTable& table, const TokenGroups& groups,
                                     uint32_t near_window = 0) {
  DocBitmap out(5000);
  table.Match(groups, near_window, &out);
  return Members(out);
}

TEST(TokenStoreTest, BlocksAnswerLikeTheSequencesAndSnapshotsNeverChange) {
  TempDir dir;
  Xapian::WritableDatabase db(dir.path() + "/db", Xapian::DB_CREATE_OR_OPEN);
  auto put = [&](Xapian::docid id, const std::vector<uint32_t>& tokens) {
    Xapian::Document doc;
    doc.add_value(kTokenSlot, Sequence(tokens));
    db.replace_document(id, doc);
  };
  // Documents on both sides of block boundaries.
  put(1, {5, 6, 7});
  put(1023, {7, 5, 6});
  put(1024, {5, 0, 6});
  put(2050, {9, 5, 6, 5, 6});
  db.commit();

  // Each building thread opens its own reader of the committed state.
  const auto reader = [&] { return Xapian::Database(dir.path() + "/db"); };
  TokenStore store;
  EXPECT_EQ(store.Current(), nullptr);
  store.LoadFrom(reader, kTokenSlot);
  auto first = store.Current();
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(TableMatches(*first, {{5}, {6}}), (std::set<Xapian::docid>{1, 1023, 2050}));
  EXPECT_EQ(TableMatches(*first, {{6}, {7}}), (std::set<Xapian::docid>{1}));
  EXPECT_EQ(TableMatches(*first, {{5}, {6}, {5}, {6}}), (std::set<Xapian::docid>{2050}));
  EXPECT_EQ(TableMatches(*first, {{9, 7}, {5}}), (std::set<Xapian::docid>{1023, 2050}));
  EXPECT_EQ(TableMatches(*first, {{6}, {5}}, 2), (std::set<Xapian::docid>{1, 1023, 2050}));
  EXPECT_EQ(TableMatches(*first, {{5}, {6}}, 100), (std::set<Xapian::docid>{1, 1023, 2050}));
  EXPECT_EQ(TableMatches(*first, {{5}, {6}}, 102), (std::set<Xapian::docid>{1, 1023, 1024, 2050}));
  EXPECT_EQ(TableMatches(*first, {{5}, {5}}, 3), (std::set<Xapian::docid>{2050}));
  EXPECT_EQ(TableMatches(*first, {{8}}), (std::set<Xapian::docid>{}));

  // A replaced document and a new block: only touched blocks change.
  put(1023, {1, 2});
  put(4000, {5, 6});
  db.commit();
  store.Touch(1023);
  store.Touch(4000);
  store.Publish(reader, kTokenSlot);
  auto second = store.Current();
  EXPECT_EQ(TableMatches(*second, {{5}, {6}}), (std::set<Xapian::docid>{1, 2050, 4000}));
  EXPECT_EQ(TableMatches(*first, {{5}, {6}}), (std::set<Xapian::docid>{1, 1023, 2050}));

  // A document longer than 16-bit positions: its block keeps 32-bit ones.
  std::vector<uint32_t> long_doc(70000, 3);
  long_doc[69990] = 11;
  long_doc[69991] = 12;
  long_doc[5] = 12;
  put(3001, long_doc);
  db.commit();
  store.Touch(3001);
  store.Publish(reader, kTokenSlot);
  EXPECT_EQ(TableMatches(*store.Current(), {{11}, {12}}), (std::set<Xapian::docid>{3001}));
  EXPECT_EQ(TableMatches(*store.Current(), {{12}, {11}}), (std::set<Xapian::docid>{}));
  EXPECT_EQ(TableMatches(*store.Current(), {{12}, {11}}, 3), (std::set<Xapian::docid>{3001}));
  EXPECT_EQ(TableMatches(*store.Current(), {{5}, {6}}), (std::set<Xapian::docid>{1, 2050, 4000}));

  store.Unload();
  EXPECT_EQ(store.Current(), nullptr);
  store.Touch(1);
  store.Publish(reader, kTokenSlot);  // nothing loaded: nothing built
  EXPECT_EQ(store.Current(), nullptr);
  EXPECT_EQ(TableMatches(*second, {{1}, {2}}), (std::set<Xapian::docid>{1023}));  // readers keep theirs
}

TEST(TokenStoreTest, LargeTablesMatchOnTwoThreadsAlike) {
  TempDir dir;
  Xapian::WritableDatabase db(dir.path() + "/db", Xapian::DB_CREATE_OR_OPEN);
  std::set<Xapian::docid> expected;
  for (Xapian::docid b = 0; b < 40; ++b) {  // one document in each of 40 blocks
    const Xapian::docid id = b * 1024 + 1 + b % 7;
    Xapian::Document doc;
    doc.add_value(kTokenSlot, Sequence(b % 3 == 0 ? std::vector<uint32_t>{5, 6} : std::vector<uint32_t>{6, 5}));
    db.replace_document(id, doc);
    if (b % 3 == 0) expected.insert(id);
  }
  db.commit();
  TokenStore store;
  store.LoadFrom([&] { return Xapian::Database(dir.path() + "/db"); }, kTokenSlot);
  DocBitmap out(db.get_lastdocid());
  store.Current()->Match({{5}, {6}}, 0, &out);
  EXPECT_EQ(Members(out), expected);
}

class PhraseIndexTest : public IndexTest {
 protected:
  uint64_t Count(const std::string& query) {
    SearchRequest req;
    req.query = query;
    req.use_result_cache = false;
    SearchResult res;
    std::string error;
    EXPECT_TRUE(index_->Search(req, &res, &error)) << error;
    return res.total;
  }
  void PutText(const std::string& id, const std::string& title, const std::string& text) {
    IndexedTestimony t;
    t.id = id;
    t.language = "es";
    t.title = title;
    t.text = text;
    Put(t);
  }
};

TEST_F(PhraseIndexTest, PhrasesHoldAcrossReopenReplacementAndCompaction) {
  PutText("a", "Noche", "la frontera norte de noche");
  PutText("b", "", "norte la frontera");
  PutText("c", "Frontera", "norte y sur");
  Commit(1);
  EXPECT_EQ(Count("\"la frontera norte\""), 1u);
  EXPECT_EQ(Count("\"la frontera\""), 2u);
  EXPECT_EQ(Count("\"frontera norte\""), 1u);  // not across title and text (c)
  EXPECT_EQ(Count("noche NEAR/2 de"), 1u);
  EXPECT_FALSE(index_->NeedsRebuild());

  // A replaced document answers with its new words only.
  PutText("b", "", "la frontera norte");
  Commit(2);
  EXPECT_EQ(Count("\"la frontera norte\""), 2u);
  EXPECT_EQ(Count("\"norte la\""), 0u);

  // Reopened: the table is loaded from the database.
  Reopen();
  EXPECT_EQ(Count("\"la frontera norte\""), 2u);
  EXPECT_EQ(Count("\"norte la\""), 0u);
  PutText("d", "", "por la frontera norte");
  Commit(3);
  EXPECT_EQ(Count("\"la frontera norte\""), 3u);

  std::string error;
  ASSERT_TRUE(index_->Remove("a", &error)) << error;
  ASSERT_TRUE(index_->Compact(&error)) << error;
  EXPECT_EQ(Count("\"la frontera norte\""), 2u);
  EXPECT_EQ(Count("\"de noche\""), 0u);
}

TEST_F(PhraseIndexTest, AWriteBeforeTheTableLoadsIsFoundAfterItsCommit) {
  PutText("a", "", "la frontera norte");
  Commit(1);
  Reopen();  // documents on disk: the table loads with the first phrase
  PutText("b", "", "por la frontera norte");  // not committed yet
  EXPECT_EQ(Count("\"la frontera norte\""), 1u);  // loads the committed state
  Commit(2);
  EXPECT_EQ(Count("\"la frontera norte\""), 2u);
  EXPECT_EQ(Count("\"por la frontera\""), 1u);
}

TEST_F(PhraseIndexTest, DocumentsWithoutSequencesAskForARebuild) {
  PutText("a", "", "la frontera norte");
  PutText("b", "", "la frontera norte");
  Commit(1);
  index_.reset();
  // A document as an earlier version wrote it: no token sequence.
  for (int seg = 0; seg < 2; ++seg) {
    Xapian::WritableDatabase db(db_dir() + "/seg-" + std::to_string(seg));
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
      Xapian::Document doc = db.get_document(*it);
      doc.remove_value(kTokenSlot);
      db.replace_document(*it, doc);
    }
    db.commit();
  }
  Reopen();
  EXPECT_TRUE(index_->NeedsRebuild());
  PutText("a", "", "la frontera norte");
  PutText("b", "", "la frontera norte");
  Commit(2);
  Reopen();
  EXPECT_FALSE(index_->NeedsRebuild());
  EXPECT_EQ(Count("\"la frontera norte\""), 2u);
}

}  // namespace
}  // namespace amparo::search::testing
