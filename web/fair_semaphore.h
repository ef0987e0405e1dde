// FairSemaphore lets at most `permits` threads run a section at once and
// admits the others in the order they arrived (FIFO hand-off).
//
// Why: the server keeps one worker thread per kept-alive connection (see
// hardened_server.h), so under load dozens of threads want the CPU at once.
// On a machine with few cores that means constant context switches, a
// scheduler that serves threads in no particular order (long latency tails)
// and little CPU left for the proxy in front. Letting a few requests compute
// at a time, the rest waiting their turn asleep, keeps the cores busy with
// the same total work and the waiting time in arrival order.
#ifndef AMPARO_WEB_FAIR_SEMAPHORE_H_
#define AMPARO_WEB_FAIR_SEMAPHORE_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>

namespace amparo::web {

class FairSemaphore {
 public:
  explicit FairSemaphore(size_t permits);
  FairSemaphore(const FairSemaphore&) = delete;
  FairSemaphore& operator=(const FairSemaphore&) = delete;

  void Acquire();  // blocks until this caller's turn
  void Release();  // hands the permit to the longest waiter, if any
  size_t Waiting();  // callers blocked in Acquire now

  // Holds a permit for the lifetime of the guard.
  class Turn {
   public:
    explicit Turn(FairSemaphore& s) : s_(s) { s_.Acquire(); }
    ~Turn() { s_.Release(); }
    Turn(const Turn&) = delete;
    Turn& operator=(const Turn&) = delete;

   private:
    FairSemaphore& s_;
  };

 private:
  struct Waiter {
    std::condition_variable cv;
    bool granted = false;
  };
  std::mutex mu_;
  size_t free_;
  std::deque<Waiter*> waiters_;
};

}  // namespace amparo::web

#endif  // AMPARO_WEB_FAIR_SEMAPHORE_H_
