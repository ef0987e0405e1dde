// Keyring holds the key-encryption keys (KEKs) that wrap every testimony's
// data key, in one small file encrypted under the master key.
//
// Crash safety: the file has two fixed-size slots, each holding a whole
// keyring state with a generation number and an authentication tag (like a
// double-buffered superblock). A state is written into the older slot,
// fsynced, then into the other slot, fsynced; Open takes the newest slot
// that authenticates. A torn write damages at most one slot.
//
// Rotation (after a withdrawal) happens in two states: BeginRotation adds a
// new epoch while keeping the previous KEK so data keys can be re-wrapped;
// FinishRotation drops the previous KEK from both slots. Once it returns, no
// copy of the old KEK exists in the file, so data keys wrapped under it —
// including those of the withdrawn testimony in stale SST/WAL files — are
// undecryptable. An interrupted rotation is visible as rotation_pending()
// on the next open and is finished by the archive.
#ifndef AMPARO_ARCHIVE_KEYRING_H_
#define AMPARO_ARCHIVE_KEYRING_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "archive/secure_buffer.h"
#include "archive/status.h"

namespace amparo {

class Keyring {
 public:
  static constexpr size_t kSlotSize = 512;

  // Creates a new keyring file with epoch 1; fails if the file exists.
  static Status Create(const std::string& path, const unsigned char* master,
                       std::unique_ptr<Keyring>* out);
  // Unauthenticated when no slot authenticates under this master key.
  static Status Open(const std::string& path, const unsigned char* master,
                     std::unique_ptr<Keyring>* out);

  uint64_t current_epoch() const { return current_epoch_; }
  bool rotation_pending() const { return previous_epoch_ != 0; }
  uint64_t previous_epoch() const { return previous_epoch_; }

  // Wraps a 32-byte data key under the current KEK, bound to the id.
  std::string WrapDataKey(const std::string& id, const unsigned char* data_key) const;
  // Unwraps with whichever KEK (current or previous) the blob names, into
  // *key (its memory is reused when it already holds a 32-byte buffer).
  Status UnwrapDataKey(const std::string& id, std::string_view wrapped, SecureBuffer* key) const;
  // Epoch a wrapped blob was made under (0 if malformed).
  static uint64_t WrappedEpoch(std::string_view wrapped);

  Status BeginRotation();
  Status FinishRotation();

  // Test hook: simulate a crash after this many bytes have been written to
  // the file (the write is cut there and every later write fails).
  void SetCrashAfterBytesForTesting(int64_t bytes) { crash_budget_ = bytes; }

 private:
  Keyring() = default;
  Status WriteState();  // writes the in-memory state to both slots, in order
  Status WriteSlot(int slot, const std::string& bytes);
  std::string EncodeSlot(uint64_t generation) const;

  std::string path_;
  SecureBuffer keyring_key_;
  uint64_t generation_ = 0;
  int newest_slot_ = -1;  // slot holding generation_, -1 if none yet
  uint64_t current_epoch_ = 0;
  SecureBuffer current_kek_;
  uint64_t previous_epoch_ = 0;
  SecureBuffer previous_kek_;
  int64_t crash_budget_ = -1;
};

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_KEYRING_H_
