// LoginThrottle limits password guessing: failed logins are counted per
// account and per client address (the socket's peer address, never a
// header) in a sliding window; once either count reaches its limit, further
// attempts are refused until the window has passed. Memory is bounded: the
// oldest keys are dropped when the table is full. Thread-safe.
#ifndef AMPARO_WEB_LOGIN_THROTTLE_H_
#define AMPARO_WEB_LOGIN_THROTTLE_H_

#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <string>

namespace amparo::web {

class LoginThrottle {
 public:
  using Clock = std::chrono::steady_clock;
  struct Limits {
    size_t per_account = 5;
    size_t per_address = 20;  // 0: off (behind a proxy every peer is the proxy)
    std::chrono::seconds window{15 * 60};
    size_t max_keys = 100000;
  };
  explicit LoginThrottle(const Limits& limits) : limits_(limits) {}

  // Returns 0 and counts the attempt as a failure in advance when it may
  // proceed, else the seconds to wait. Checking and counting happen under
  // one lock, so parallel guesses cannot all pass the check before any is
  // counted (the password hash takes ~0.1 s).
  long Acquire(const std::string& account, const std::string& address);
  // A successful login clears the account's failures (not the address's).
  void RecordSuccess(const std::string& account);

 private:
  long WaitLocked(const std::string& key, size_t limit, Clock::time_point now);
  void AddLocked(const std::string& key, Clock::time_point now);

  const Limits limits_;
  std::mutex mu_;
  std::map<std::string, std::deque<Clock::time_point>> failures_;
};

}  // namespace amparo::web

#endif  // AMPARO_WEB_LOGIN_THROTTLE_H_
