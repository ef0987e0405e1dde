// Puts from several threads land in different segments; searches run
// alongside; an id re-put from another thread still exists once.
#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

#include "tests/search/index_fixture.h"

namespace amparo::search::testing {
namespace {

IndexedTestimony Doc(int i, const std::string& word) {
  IndexedTestimony t;
  t.id = std::string("d").append(std::to_string(i));
  t.language = i % 2 ? "es" : "en";
  t.text = "texto comun " + word + " numero" + std::to_string(i);
  t.scopes = {"legal"};
  t.places = {i % 3 ? "Palenque" : "Tapachula"};
  return t;
}

class ConcurrencyTest : public IndexTest {};

TEST_F(ConcurrencyTest, ParallelPutsAndSearches) {
  std::atomic<bool> failed{false};
  std::atomic<bool> done{false};
  std::thread reader([&] {
    while (!done) {
      SearchRequest req;
      req.query = "comun";
      req.facets = true;
      SearchResult r;
      std::string error;
      if (!index_->Search(req, &r, &error)) failed = true;
    }
  });
  std::vector<std::thread> writers;
  for (int w = 0; w < 4; ++w) {
    writers.emplace_back([&, w] {
      std::string error;
      for (int i = w; i < 400; i += 4) {
        if (!index_->Put(Doc(i, "primero"), &error)) failed = true;
      }
    });
  }
  for (auto& t : writers) t.join();
  Commit(1);
  // Re-put every id from other threads with a new word: each stays unique.
  writers.clear();
  for (int w = 0; w < 4; ++w) {
    writers.emplace_back([&, w] {
      std::string error;
      for (int i = (w + 1) % 4; i < 400; i += 4) {
        if (!index_->Put(Doc(i, "segundo"), &error)) failed = true;
      }
    });
  }
  for (auto& t : writers) t.join();
  Commit(2);
  done = true;
  reader.join();
  EXPECT_FALSE(failed);
  EXPECT_EQ(index_->DocCount(), 400u);
  std::vector<std::string> ids = index_->AllIds();
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), 400u);
  EXPECT_EQ(Run("primero").total, 0u);
  EXPECT_EQ(Run("segundo").total, 400u);
  SearchResult r = Run("comun", {"legal"}, "2025-01-01", true);
  EXPECT_EQ(r.total, 400u);
  EXPECT_EQ(r.facets["place"]["Palenque"] + r.facets["place"]["Tapachula"], 400u);
  Reopen();
  EXPECT_EQ(index_->DocCount(), 400u);
  EXPECT_EQ(index_->CommittedSequence(), 2u);
}

}  // namespace
}  // namespace amparo::search::testing
