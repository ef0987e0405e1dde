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

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_SECURE_BUFFER_H_
