// WorkerPool: every index exactly once, from several callers at once, on
// threads that outlive each loop.
#include "archive/worker_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace amparo {
namespace {

TEST(WorkerPoolTest, CallsEveryIndexExactlyOnce) {
  WorkerPool pool(3);
  for (size_t n : {size_t{0}, size_t{1}, size_t{7}, size_t{1000}}) {
    std::vector<std::atomic<int>> calls(n);
    pool.ParallelFor(n, [&](size_t i) { calls[i]++; });
    for (size_t i = 0; i < n; ++i) EXPECT_EQ(calls[i].load(), 1) << "n=" << n << " i=" << i;
  }
}

TEST(WorkerPoolTest, ReturnsOnlyWhenEveryCallHasReturned) {
  WorkerPool pool(2);
  std::atomic<int> running{0}, done{0};
  pool.ParallelFor(16, [&](size_t) {
    running++;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    done++;
    running--;
  });
  EXPECT_EQ(done.load(), 16);
  EXPECT_EQ(running.load(), 0);
}

TEST(WorkerPoolTest, SeveralCallersAtOnce) {
  WorkerPool pool(2);
  constexpr size_t kCallers = 4, kN = 500;
  std::vector<std::vector<std::atomic<int>>> calls(kCallers);
  for (auto& c : calls) c = std::vector<std::atomic<int>>(kN);
  std::vector<std::thread> callers;
  for (size_t c = 0; c < kCallers; ++c) {
    callers.emplace_back([&, c] {
      for (int round = 0; round < 20; ++round) pool.ParallelFor(kN, [&](size_t i) { calls[c][i]++; });
    });
  }
  for (auto& t : callers) t.join();
  for (size_t c = 0; c < kCallers; ++c) {
    for (size_t i = 0; i < kN; ++i) ASSERT_EQ(calls[c][i].load(), 20) << c << "/" << i;
  }
}

TEST(WorkerPoolTest, ThreadsOutliveEachLoop) {
  WorkerPool pool(2);
  std::mutex mu;
  std::set<std::thread::id> seen;
  for (int round = 0; round < 50; ++round) {
    pool.ParallelFor(64, [&](size_t) {
      std::this_thread::sleep_for(std::chrono::microseconds(50));
      std::lock_guard lock(mu);
      seen.insert(std::this_thread::get_id());
    });
  }
  // The pool's two threads and the caller, not new threads per loop.
  EXPECT_LE(seen.size(), 3u);
  EXPECT_GE(seen.size(), 2u) << "the pool's threads take part";
}

}  // namespace
}  // namespace amparo
