// WorkerPool runs loops on a fixed set of threads that live as long as the
// pool. Intake's redaction, tagging and indexing keep per-thread caches
// (stems, sealed words, tag meanings); threads made afresh for every batch
// started each batch with those caches empty.
//
// Guarantees: ParallelFor returns once fn has returned for every index; the
// caller's thread takes part, so a busy pool never stalls it; several
// threads may call ParallelFor at once.
#ifndef AMPARO_ARCHIVE_WORKER_POOL_H_
#define AMPARO_ARCHIVE_WORKER_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace amparo {

class WorkerPool {
 public:
  // threads == 0: one per core, less the caller's.
  explicit WorkerPool(size_t threads = 0);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Calls fn(i) for every i in [0, n), on the pool's threads and the
  // caller's. fn must not throw.
  void ParallelFor(size_t n, const std::function<void(size_t)>& fn);

 private:
  struct Loop;
  static void RunShare(Loop& loop);
  void Work();

  std::mutex mu_;
  std::condition_variable wake_;
  std::deque<std::shared_ptr<Loop>> loops_;  // with indices left to hand out
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_WORKER_POOL_H_
