// Sealing: the archive's symmetric primitives, in one place so that every
// record is protected the same way.
//
// SealRecord pads the plaintext to a size bucket (sodium_pad) and encrypts it
// with XChaCha20-Poly1305 under a 32-byte key, binding the testimony id and
// the record kind as associated data: a record moved to another id or kind
// fails to open. Purpose keys are derived from the master key with
// crypto_kdf so that no two uses share a key.
#ifndef AMPARO_ARCHIVE_SEALING_H_
#define AMPARO_ARCHIVE_SEALING_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "archive/secure_buffer.h"
#include "archive/status.h"

namespace amparo {

inline constexpr size_t kKeySize = 32;

// Subkey ids for crypto_kdf_derive_from_key (context "amparo01").
enum class KeyPurpose : uint64_t {
  kKeyring = 1,     // encrypts the keyring slots
  kIndex = 2,       // seals index terms
  kAudit = 3,       // MACs audit entries
  kLookup = 4,      // keyed hash of case codes
  kSigningSeed = 5, // Ed25519 seed for deletion receipts
};

SecureBuffer DeriveKey(const unsigned char* master, KeyPurpose purpose);
SecureBuffer RandomKey();

// Plaintext is padded to a multiple of kPadBlock bytes before encryption so
// ciphertext sizes reveal only a bucket.
inline constexpr size_t kPadBlock = 512;

std::string SealRecord(const unsigned char* key, std::string_view id, std::string_view kind,
                       std::string_view plaintext);
// Corruption if the record fails authentication (tampered, wrong key, wrong
// id or kind). The plaintext's capacity leaves kPlaintextSlack bytes after
// its end, so a parser that reads ahead (record_parser.h) needs no copy.
inline constexpr size_t kPlaintextSlack = 64;
Status OpenRecord(const unsigned char* key, std::string_view id, std::string_view kind,
                  std::string_view sealed, std::string* plaintext);

// Keyed BLAKE2b-256, hex encoded.
std::string KeyedHashHex(const unsigned char* key, std::string_view data);
std::string ToHex(std::string_view bytes);

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_SEALING_H_
