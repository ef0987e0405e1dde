// SecureBuffer holds secret bytes (keys) in sodium_malloc'd memory: guarded
// pages, locked against swapping, wiped on destruction. Move-only.
#ifndef AMPARO_ARCHIVE_SECURE_BUFFER_H_
#define AMPARO_ARCHIVE_SECURE_BUFFER_H_

#include <cstddef>

namespace amparo {

class SecureBuffer {
 public:
  SecureBuffer() = default;
  explicit SecureBuffer(size_t size);  // zero-filled
  ~SecureBuffer();
  SecureBuffer(SecureBuffer&& other) noexcept;
  SecureBuffer& operator=(SecureBuffer&& other) noexcept;
  SecureBuffer(const SecureBuffer&) = delete;
  SecureBuffer& operator=(const SecureBuffer&) = delete;

  unsigned char* data() { return data_; }
  const unsigned char* data() const { return data_; }
  size_t size() const { return size_; }

 private:
  unsigned char* data_ = nullptr;
  size_t size_ = 0;
};

// A secret needed for the length of one call (a data key while a record is
// opened), in sodium memory that the thread keeps for reuse: sodium_malloc
// maps, guards and locks fresh pages, five syscalls and a TLB flush on every
// core, which cost more than the read itself. The memory is wiped when the
// borrow ends; a nested borrow on the same thread gets a buffer of its own.
class BorrowedSecureBuffer {
 public:
  explicit BorrowedSecureBuffer(size_t size);
  ~BorrowedSecureBuffer();
  BorrowedSecureBuffer(const BorrowedSecureBuffer&) = delete;
  BorrowedSecureBuffer& operator=(const BorrowedSecureBuffer&) = delete;

  SecureBuffer& get() { return *buffer_; }

 private:
  SecureBuffer* buffer_;
  SecureBuffer own_;  // used when this thread's buffer is already lent
  bool borrowed_ = false;
};

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_SECURE_BUFFER_H_
