#include "web/fair_semaphore.h"

namespace amparo::web {

FairSemaphore::FairSemaphore(size_t permits) : free_(permits == 0 ? 1 : permits) {}

void FairSemaphore::Acquire() {
  std::unique_lock<std::mutex> lock(mu_);
  if (free_ > 0 && waiters_.empty()) {
    --free_;
    return;
  }
  Waiter me;
  waiters_.push_back(&me);
  me.cv.wait(lock, [&me] { return me.granted; });
}

void FairSemaphore::Release() {
  std::lock_guard<std::mutex> lock(mu_);
  if (waiters_.empty()) {
    ++free_;
    return;
  }
  // The permit passes straight to the oldest waiter: no newcomer can take it
  // in between.
  Waiter* next = waiters_.front();
  waiters_.pop_front();
  next->granted = true;
  next->cv.notify_one();
}

size_t FairSemaphore::Waiting() {
  std::lock_guard<std::mutex> lock(mu_);
  return waiters_.size();
}

}  // namespace amparo::web
