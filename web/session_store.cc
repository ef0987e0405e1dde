#include "web/session_store.h"

#include <sodium.h>

namespace amparo::web {

std::string RandomHex(size_t n) {
  std::string bytes(n, '\0');
  randombytes_buf(bytes.data(), n);
  std::string hex(2 * n + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(bytes.data()), n);
  sodium_memzero(bytes.data(), n);
  hex.resize(2 * n);
  return hex;
}

bool SecureEquals(const std::string& a, const std::string& b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

SessionStore::SessionStore(std::chrono::seconds idle_timeout, std::chrono::seconds absolute_timeout,
                           size_t max_sessions)
    : idle_timeout_(idle_timeout), absolute_timeout_(absolute_timeout), max_sessions_(max_sessions) {
  if (sodium_init() < 0) abort();
  randombytes_buf(hash_key_, sizeof(hash_key_));
}

std::string SessionStore::Key(const std::string& token) const {
  unsigned char out[32];
  crypto_generichash(out, sizeof(out), reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), hash_key_, sizeof(hash_key_));
  return std::string(reinterpret_cast<char*>(out), sizeof(out));
}

void SessionStore::PruneLocked(Clock::time_point now) {
  for (auto it = sessions_.begin(); it != sessions_.end();) {
    if (now - it->second.last_seen >= idle_timeout_ || now - it->second.created >= absolute_timeout_) {
      it = sessions_.erase(it);
    } else {
      ++it;
    }
  }
}

std::string SessionStore::Create(const std::string& user, Role role, Session* out) {
  std::string token = RandomHex(32);
  Entry e;
  e.session.user = user;
  e.session.role = role;
  e.session.csrf_token = RandomHex(16);
  e.created = e.last_seen = Clock::now();
  std::lock_guard<std::mutex> lock(mu_);
  if (sessions_.size() >= max_sessions_) PruneLocked(e.created);
  if (sessions_.size() >= max_sessions_) {
    // Still full: drop the least recently used session.
    auto oldest = sessions_.begin();
    for (auto it = sessions_.begin(); it != sessions_.end(); ++it)
      if (it->second.last_seen < oldest->second.last_seen) oldest = it;
    sessions_.erase(oldest);
  }
  if (out) *out = e.session;
  sessions_[Key(token)] = std::move(e);
  return token;
}

std::optional<Session> SessionStore::Find(const std::string& token) {
  if (token.size() != 64) return std::nullopt;
  std::string key = Key(token);
  auto now = Clock::now();
  std::lock_guard<std::mutex> lock(mu_);
  auto it = sessions_.find(key);
  if (it == sessions_.end()) return std::nullopt;
  if (now - it->second.last_seen >= idle_timeout_ || now - it->second.created >= absolute_timeout_) {
    sessions_.erase(it);
    return std::nullopt;
  }
  it->second.last_seen = now;
  return it->second.session;
}

void SessionStore::Remove(const std::string& token) {
  std::string key = Key(token);
  std::lock_guard<std::mutex> lock(mu_);
  sessions_.erase(key);
}

void SessionStore::RemoveUser(const std::string& user) {
  std::lock_guard<std::mutex> lock(mu_);
  for (auto it = sessions_.begin(); it != sessions_.end();) {
    if (it->second.session.user == user) it = sessions_.erase(it); else ++it;
  }
}

size_t SessionStore::Size() {
  std::lock_guard<std::mutex> lock(mu_);
  return sessions_.size();
}

}  // namespace amparo::web
