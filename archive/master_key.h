// MasterKey is the 32-byte secret that unlocks one archive. It lives in
// locked, guarded memory (sodium_malloc) and is wiped when destroyed.
//
// It comes from a key file created by `amparo init` (mode 0600, outside the
// data directory by default), from a passphrase stretched with Argon2id
// (the salt lives in the data directory), or from AMPARO_MASTER_KEY
// (64 hex characters). It never touches the data directory in clear.
#ifndef AMPARO_ARCHIVE_MASTER_KEY_H_
#define AMPARO_ARCHIVE_MASTER_KEY_H_

#include <memory>
#include <string>

#include "archive/secure_buffer.h"
#include "archive/status.h"

namespace amparo {

class MasterKey {
 public:
  static constexpr size_t kSize = 32;
  MasterKey();  // uninitialized (all zero); valid() == false

  static MasterKey Generate();
  static Status FromHex(const std::string& hex, MasterKey* out);
  static Status FromKeyFile(const std::string& path, MasterKey* out);
  // Argon2id (moderate limits) over the passphrase with a 16-byte salt.
  static Status FromPassphrase(const std::string& passphrase, const std::string& salt,
                               MasterKey* out);
  // Writes a new key file (hex, mode 0600); fails if it exists.
  Status WriteKeyFile(const std::string& path) const;

  bool valid() const { return valid_; }
  const unsigned char* data() const { return bytes_.data(); }

 private:
  SecureBuffer bytes_;
  bool valid_ = false;
};

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_MASTER_KEY_H_
