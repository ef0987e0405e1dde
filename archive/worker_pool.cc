#include "archive/worker_pool.h"

#include <algorithm>
#include <atomic>

namespace amparo {

struct WorkerPool::Loop {
  size_t n = 0;
  const std::function<void(size_t)>* fn = nullptr;
  std::atomic<size_t> next{0};      // next index to hand out
  std::atomic<size_t> finished{0};  // calls returned
  std::mutex mu;
  std::condition_variable all_done;
};

WorkerPool::WorkerPool(size_t threads) {
  if (threads == 0) {
    const size_t cores = std::max(1u, std::thread::hardware_concurrency());
    threads = cores > 1 ? cores - 1 : 1;
  }
  for (size_t t = 0; t < threads; ++t) threads_.emplace_back([this] { Work(); });
}

WorkerPool::~WorkerPool() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& t : threads_) t.join();
}

void WorkerPool::RunShare(Loop& loop) {
  for (size_t i = loop.next++; i < loop.n; i = loop.next++) {
    (*loop.fn)(i);
    if (loop.finished.fetch_add(1) + 1 == loop.n) {
      std::lock_guard lock(loop.mu);
      loop.all_done.notify_all();
    }
  }
}

void WorkerPool::Work() {
  for (;;) {
    std::shared_ptr<Loop> loop;
    {
      std::unique_lock lock(mu_);
      wake_.wait(lock, [&] { return stopping_ || !loops_.empty(); });
      if (loops_.empty()) return;  // stopping, nothing left
      loop = loops_.front();
      // Every index is handed out: later workers go to the next loop.
      if (loop->next.load() >= loop->n) {
        loops_.pop_front();
        continue;
      }
    }
    RunShare(*loop);
  }
}

void WorkerPool::ParallelFor(size_t n, const std::function<void(size_t)>& fn) {
  if (n == 0) return;
  auto loop = std::make_shared<Loop>();
  loop->n = n;
  loop->fn = &fn;
  {
    std::lock_guard lock(mu_);
    loops_.push_back(loop);
  }
  wake_.notify_all();
  RunShare(*loop);
  std::unique_lock lock(loop->mu);
  loop->all_done.wait(lock, [&] { return loop->finished.load() == n; });
  // The loop may still sit in the queue (nothing left to hand out); the
  // next worker to look drops it. fn is not called again: next >= n.
}

}  // namespace amparo
