#include "web/login_throttle.h"

namespace amparo::web {

long LoginThrottle::WaitLocked(const std::string& key, size_t limit, Clock::time_point now) {
  auto it = failures_.find(key);
  if (it == failures_.end()) return 0;
  auto& times = it->second;
  while (!times.empty() && now - times.front() >= limits_.window) times.pop_front();
  if (times.empty()) {
    failures_.erase(it);
    return 0;
  }
  if (times.size() < limit) return 0;
  auto wait = std::chrono::duration_cast<std::chrono::seconds>(times.front() + limits_.window - now);
  return std::max<long>(1, wait.count());
}

long LoginThrottle::Acquire(const std::string& account, const std::string& address) {
  auto now = Clock::now();
  std::lock_guard<std::mutex> lock(mu_);
  long by_address = limits_.per_address ? WaitLocked("a:" + address, limits_.per_address, now) : 0;
  long wait = std::max(WaitLocked("u:" + account, limits_.per_account, now), by_address);
  if (wait > 0) return wait;
  AddLocked("u:" + account, now);
  if (limits_.per_address) AddLocked("a:" + address, now);
  return 0;
}

void LoginThrottle::AddLocked(const std::string& key, Clock::time_point now) {
  if (failures_.size() >= limits_.max_keys && !failures_.count(key)) {
    // Drop the key whose latest failure is oldest.
    auto victim = failures_.begin();
    for (auto it = failures_.begin(); it != failures_.end(); ++it)
      if (it->second.empty() || (!victim->second.empty() && it->second.back() < victim->second.back()))
        victim = it;
    failures_.erase(victim);
  }
  auto& times = failures_[key];
  times.push_back(now);
  if (times.size() > 1000) times.pop_front();
}

void LoginThrottle::RecordSuccess(const std::string& account) {
  std::lock_guard<std::mutex> lock(mu_);
  failures_.erase("u:" + account);
}

}  // namespace amparo::web
