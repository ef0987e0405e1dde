// SessionStore keeps the web sessions of logged-in users, in memory only.
//
// A session is identified by a random 32-byte token (libsodium randombytes)
// that the browser holds in an HttpOnly cookie; the store keeps only a keyed
// hash of it, so a memory dump or a timing leak of the map does not give
// usable tokens. Each session has its own CSRF token, which state-changing
// requests must echo in a header. Sessions expire after an idle period and
// after an absolute lifetime, whichever comes first; restarting the server
// logs everyone out. Thread-safe.
#ifndef AMPARO_WEB_SESSION_STORE_H_
#define AMPARO_WEB_SESSION_STORE_H_

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "archive/archive.h"

namespace amparo::web {

struct Session {
  std::string user;
  Role role = Role::kComms;
  std::string csrf_token;  // hex, compared in constant time
};

class SessionStore {
 public:
  using Clock = std::chrono::steady_clock;

  SessionStore(std::chrono::seconds idle_timeout, std::chrono::seconds absolute_timeout,
               size_t max_sessions = 10000);

  // Creates a session and returns its token (64 hex characters).
  std::string Create(const std::string& user, Role role, Session* out);
  // Finds a live session and refreshes its idle timer.
  std::optional<Session> Find(const std::string& token);
  void Remove(const std::string& token);
  // Ends every session of a user (after the user is removed).
  void RemoveUser(const std::string& user);
  size_t Size();

 private:
  struct Entry {
    Session session;
    Clock::time_point created;
    Clock::time_point last_seen;
  };
  std::string Key(const std::string& token) const;
  void PruneLocked(Clock::time_point now);

  const std::chrono::seconds idle_timeout_;
  const std::chrono::seconds absolute_timeout_;
  const size_t max_sessions_;
  unsigned char hash_key_[32];
  std::mutex mu_;
  std::map<std::string, Entry> sessions_;  // keyed hash of token -> session
};

// Constant-time comparison of two strings of equal length.
bool SecureEquals(const std::string& a, const std::string& b);
// n random bytes as lowercase hex.
std::string RandomHex(size_t n);

}  // namespace amparo::web

#endif  // AMPARO_WEB_SESSION_STORE_H_
