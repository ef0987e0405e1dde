// Shared fixture for the search tests: a real sealed index in a temp dir.
#ifndef AMPARO_TESTS_SEARCH_INDEX_FIXTURE_H_
#define AMPARO_TESTS_SEARCH_INDEX_FIXTURE_H_

#include <gtest/gtest.h>
#include <xapian.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "search/sealed_index.h"

namespace amparo::search::testing {

inline std::string TestKey(char fill = 'k') {
  std::string key(32, fill);
  for (size_t i = 0; i < key.size(); ++i) key[i] = static_cast<char>(fill + i);
  return key;
}

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "amparo-search-XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Concatenated bytes of every file under dir.
inline std::string ReadAllFiles(const std::string& dir) {
  std::string all;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return all;
}

// Every segment database of the index in dir, as one Xapian database.
inline Xapian::Database OpenSegments(const std::string& dir) {
  Xapian::Database db;
  for (int i = 0; std::filesystem::exists(dir + "/seg-" + std::to_string(i)); ++i) {
    db.add_database(Xapian::Database(dir + "/seg-" + std::to_string(i)));
  }
  return db;
}

class IndexTest : public ::testing::Test {
 protected:
  void SetUp() override { Reopen(); }

  void Reopen() {
    index_.reset();
    std::string error;
    index_ = SealedIndex::Open(db_dir(), TestKey(), &error);
    ASSERT_TRUE(index_) << error;
  }

  std::string db_dir() const { return dir_.path() + "/index"; }

  void Put(const IndexedTestimony& t) {
    std::string error;
    ASSERT_TRUE(index_->Put(t, &error)) << error;
  }
  void Commit(uint64_t seq = 1) {
    std::string error;
    ASSERT_TRUE(index_->Commit(seq, &error)) << error;
  }

  SearchResult Run(const std::string& query, std::vector<std::string> scopes = {},
                   std::string today = "2025-06-01", bool facets = false, size_t offset = 0,
                   size_t limit = 100) {
    SearchRequest req;
    req.query = query;
    req.scopes = std::move(scopes);
    req.today = std::move(today);
    req.facets = facets;
    req.offset = offset;
    req.limit = limit;
    SearchResult result;
    std::string error;
    EXPECT_TRUE(index_->Search(req, &result, &error)) << query << ": " << error;
    return result;
  }

  // Sorted ids matching query (admin view).
  std::vector<std::string> Find(const std::string& query) {
    SearchResult r = Run(query);
    std::vector<std::string> ids;
    for (const auto& h : r.hits) ids.push_back(h.id);
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(r.total, ids.size()) << query;
    return ids;
  }

  std::string SyntaxError(const std::string& query) {
    SearchRequest req;
    req.query = query;
    SearchResult result;
    std::string error;
    EXPECT_FALSE(index_->Search(req, &result, &error)) << query;
    return error;
  }

  TempDir dir_;
  std::unique_ptr<SealedIndex> index_;
};

using Ids = std::vector<std::string>;

}  // namespace amparo::search::testing

#endif  // AMPARO_TESTS_SEARCH_INDEX_FIXTURE_H_
