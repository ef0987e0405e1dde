// FairSemaphore: never more holders than permits, and waiters are admitted
// in the order they arrived.
#include "web/fair_semaphore.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

namespace amparo::web {
namespace {

TEST(FairSemaphoreTest, NeverMoreHoldersThanPermits) {
  FairSemaphore gate(3);
  std::atomic<int> inside{0}, most{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 12; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        FairSemaphore::Turn turn(gate);
        int now = ++inside;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::yield();
        --inside;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_LE(most.load(), 3);
  EXPECT_GE(most.load(), 2);  // the permits were actually shared
  EXPECT_EQ(gate.Waiting(), 0u);
}

TEST(FairSemaphoreTest, WaitersAreAdmittedInArrivalOrder) {
  FairSemaphore gate(1);
  gate.Acquire();  // held: every thread below must wait
  std::mutex mu;
  std::vector<int> order;
  std::vector<std::thread> threads;
  for (int i = 0; i < 6; ++i) {
    threads.emplace_back([&, i] {
      FairSemaphore::Turn turn(gate);
      std::lock_guard<std::mutex> lock(mu);
      order.push_back(i);
    });
    // The next thread starts only once this one is queued.
    while (gate.Waiting() != static_cast<size_t>(i + 1)) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  gate.Release();
  for (auto& t : threads) t.join();
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4, 5}));
}

TEST(FairSemaphoreTest, ZeroPermitsMeansOne) {
  FairSemaphore gate(0);
  gate.Acquire();  // would block forever with no permit at all
  EXPECT_EQ(gate.Waiting(), 0u);
  gate.Release();
}

}  // namespace
}  // namespace amparo::web
