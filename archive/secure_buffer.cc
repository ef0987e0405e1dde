#include "archive/secure_buffer.h"

#include <sodium.h>

#include <new>
#include <utility>

namespace amparo {

SecureBuffer::SecureBuffer(size_t size) : size_(size) {
  if (size == 0) return;
  // sodium_malloc needs an initialized library; sodium_init is idempotent.
  if (sodium_init() < 0) throw std::bad_alloc();
  data_ = static_cast<unsigned char*>(sodium_malloc(size));
  if (data_ == nullptr) throw std::bad_alloc();
  sodium_memzero(data_, size);
}

SecureBuffer::~SecureBuffer() {
  if (data_ != nullptr) sodium_free(data_);  // wipes before freeing
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept {
  if (this != &other) {
    if (data_ != nullptr) sodium_free(data_);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

namespace {
thread_local SecureBuffer t_lent;
thread_local bool t_lent_out = false;
}  // namespace

BorrowedSecureBuffer::BorrowedSecureBuffer(size_t size) {
  if (!t_lent_out) {
    if (t_lent.size() != size) t_lent = SecureBuffer(size);
    t_lent_out = true;
    borrowed_ = true;
    buffer_ = &t_lent;
  } else {
    own_ = SecureBuffer(size);
    buffer_ = &own_;
  }
}

BorrowedSecureBuffer::~BorrowedSecureBuffer() {
  if (!borrowed_) return;
  if (t_lent.size() > 0) sodium_memzero(t_lent.data(), t_lent.size());
  t_lent_out = false;
}

}  // namespace amparo
