#include "archive/master_key.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <sstream>

namespace amparo {

MasterKey::MasterKey() : bytes_(kSize) {}

MasterKey MasterKey::Generate() {
  MasterKey k;
  randombytes_buf(k.bytes_.data(), kSize);
  k.valid_ = true;
  return k;
}

Status MasterKey::FromHex(const std::string& hex, MasterKey* out) {
  std::string trimmed = hex;
  while (!trimmed.empty() && isspace(static_cast<unsigned char>(trimmed.back()))) trimmed.pop_back();
  size_t len = 0;
  MasterKey k;
  if (trimmed.size() != 2 * kSize ||
      sodium_hex2bin(k.bytes_.data(), kSize, trimmed.data(), trimmed.size(), nullptr, &len,
                     nullptr) != 0 ||
      len != kSize) {
    sodium_memzero(trimmed.data(), trimmed.size());
    return Status::InvalidArgument("a master key must be 64 hexadecimal characters");
  }
  sodium_memzero(trimmed.data(), trimmed.size());
  k.valid_ = true;
  *out = std::move(k);
  return Status::OK();
}

Status MasterKey::FromKeyFile(const std::string& path, MasterKey* out) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return Status::NotFound("key file not found: " + path);
  if ((st.st_mode & 077) != 0) {
    return Status::PermissionDenied("key file " + path +
                                    " is readable by group or others; run: chmod 600 " + path);
  }
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot read key file " + path);
  std::string hex((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Status s = FromHex(hex, out);
  sodium_memzero(hex.data(), hex.size());
  if (!s.ok()) return Status::InvalidArgument("key file " + path + " is malformed: " + s.message());
  return Status::OK();
}

Status MasterKey::FromPassphrase(const std::string& passphrase, const std::string& salt,
                                 MasterKey* out) {
  if (salt.size() != crypto_pwhash_SALTBYTES) return Status::Corruption("passphrase salt has the wrong size");
  if (passphrase.empty()) return Status::InvalidArgument("the passphrase is empty");
  MasterKey k;
  if (crypto_pwhash(k.bytes_.data(), kSize, passphrase.data(), passphrase.size(),
                    reinterpret_cast<const unsigned char*>(salt.data()),
                    crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE,
                    crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Status::ResourceExhausted("Argon2id ran out of memory deriving the master key");
  }
  k.valid_ = true;
  *out = std::move(k);
  return Status::OK();
}

Status MasterKey::WriteKeyFile(const std::string& path) const {
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0) return Status::AlreadyExists("cannot create key file " + path + ": " + strerror(errno));
  char hex[2 * kSize + 2];
  sodium_bin2hex(hex, sizeof hex, bytes_.data(), kSize);
  size_t n = strlen(hex);
  hex[n] = '\n';
  bool ok = write(fd, hex, n + 1) == static_cast<ssize_t>(n + 1) && fsync(fd) == 0;
  sodium_memzero(hex, sizeof hex);
  close(fd);
  if (!ok) return Status::IOError("cannot write key file " + path);
  return Status::OK();
}

}  // namespace amparo
