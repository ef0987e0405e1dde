#include "archive/keyring.h"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <cstring>

#include "archive/sealing.h"

namespace amparo {

namespace {

constexpr char kMagic[8] = {'A', 'M', 'P', 'K', 'R', 'I', 'N', '1'};
constexpr size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
// payload: current epoch (8) | current KEK (32) | previous epoch (8) | previous KEK (32)
constexpr size_t kPayload = 8 + kKeySize + 8 + kKeySize;
constexpr size_t kHeader = sizeof kMagic + 8;  // magic | generation

void PutU64(unsigned char* p, uint64_t v) {
  for (int i = 0; i < 8; ++i) p[i] = static_cast<unsigned char>(v >> (56 - 8 * i));
}
uint64_t GetU64(const unsigned char* p) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | p[i];
  return v;
}

std::string DataKeyAd(const std::string& id, uint64_t epoch) {
  std::string ad = "amparo-datakey-v1";
  ad.push_back('\0');
  ad += id;
  ad.push_back('\0');
  ad += std::to_string(epoch);
  return ad;
}

}  // namespace

std::string Keyring::EncodeSlot(uint64_t generation) const {
  std::string slot(kSlotSize, '\0');
  auto* p = reinterpret_cast<unsigned char*>(slot.data());
  memcpy(p, kMagic, sizeof kMagic);
  PutU64(p + sizeof kMagic, generation);
  SecureBuffer payload(kPayload);
  PutU64(payload.data(), current_epoch_);
  memcpy(payload.data() + 8, current_kek_.data(), kKeySize);
  PutU64(payload.data() + 8 + kKeySize, previous_epoch_);
  if (previous_epoch_ != 0) memcpy(payload.data() + 16 + kKeySize, previous_kek_.data(), kKeySize);
  unsigned char* nonce = p + kHeader;
  randombytes_buf(nonce, kNonce);
  crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonce, nullptr, payload.data(), kPayload, p,
                                             kHeader, nullptr, nonce, keyring_key_.data());
  return slot;
}

Status Keyring::WriteSlot(int slot, const std::string& bytes) {
  int fd = open(path_.c_str(), O_WRONLY);
  if (fd < 0) return Status::IOError("cannot open keyring " + path_ + ": " + strerror(errno));
  size_t n = bytes.size();
  bool crash = false;
  if (crash_budget_ >= 0) {
    if (static_cast<int64_t>(n) > crash_budget_) {
      n = static_cast<size_t>(crash_budget_);
      crash = true;
    }
    crash_budget_ -= static_cast<int64_t>(n);
  }
  bool ok = pwrite(fd, bytes.data(), n, static_cast<off_t>(slot) * kSlotSize) ==
                static_cast<ssize_t>(n) &&
            fdatasync(fd) == 0;
  close(fd);
  if (crash) {
    crash_budget_ = 0;
    return Status::IOError("simulated crash while writing the keyring");
  }
  if (!ok) return Status::IOError("cannot write keyring " + path_ + ": " + strerror(errno));
  return Status::OK();
}

Status Keyring::WriteState() {
  // Older (or empty) slot first, then the other: one slot always holds a
  // complete, authenticated state.
  int first = newest_slot_ == 0 ? 1 : 0;
  uint64_t gen = generation_ + 1;
  AMPARO_RETURN_IF_ERROR(WriteSlot(first, EncodeSlot(gen)));
  newest_slot_ = first;
  generation_ = gen;
  AMPARO_RETURN_IF_ERROR(WriteSlot(1 - first, EncodeSlot(gen + 1)));
  newest_slot_ = 1 - first;
  generation_ = gen + 1;
  return Status::OK();
}

Status Keyring::Create(const std::string& path, const unsigned char* master,
                       std::unique_ptr<Keyring>* out) {
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0) return Status::AlreadyExists("cannot create keyring " + path + ": " + strerror(errno));
  std::string zeros(2 * kSlotSize, '\0');
  bool ok = write(fd, zeros.data(), zeros.size()) == static_cast<ssize_t>(zeros.size()) &&
            fsync(fd) == 0;
  close(fd);
  if (!ok) return Status::IOError("cannot initialize keyring " + path);
  std::unique_ptr<Keyring> k(new Keyring());
  k->path_ = path;
  k->keyring_key_ = DeriveKey(master, KeyPurpose::kKeyring);
  k->current_epoch_ = 1;
  k->current_kek_ = RandomKey();
  k->previous_kek_ = SecureBuffer(kKeySize);
  AMPARO_RETURN_IF_ERROR(k->WriteState());
  *out = std::move(k);
  return Status::OK();
}

Status Keyring::Open(const std::string& path, const unsigned char* master,
                     std::unique_ptr<Keyring>* out) {
  int fd = open(path.c_str(), O_RDONLY);
  if (fd < 0) return Status::NotFound("no keyring at " + path + ": not an Amparo archive?");
  std::string file(2 * kSlotSize, '\0');
  ssize_t got = pread(fd, file.data(), file.size(), 0);
  close(fd);
  if (got < 0) return Status::IOError("cannot read keyring " + path);
  std::unique_ptr<Keyring> k(new Keyring());
  k->path_ = path;
  k->keyring_key_ = DeriveKey(master, KeyPurpose::kKeyring);
  k->current_kek_ = SecureBuffer(kKeySize);
  k->previous_kek_ = SecureBuffer(kKeySize);
  bool any_formed = false;
  for (int slot = 0; slot < 2; ++slot) {
    if (static_cast<size_t>(got) < (slot + 1) * kSlotSize) continue;
    const auto* p = reinterpret_cast<const unsigned char*>(file.data()) + slot * kSlotSize;
    if (memcmp(p, kMagic, sizeof kMagic) != 0) continue;
    any_formed = true;
    uint64_t gen = GetU64(p + sizeof kMagic);
    SecureBuffer payload(kPayload);
    const unsigned char* nonce = p + kHeader;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(payload.data(), nullptr, nullptr, nonce + kNonce,
                                                   kPayload + kTag, p, kHeader, nonce,
                                                   k->keyring_key_.data()) != 0) {
      continue;
    }
    if (k->newest_slot_ >= 0 && gen <= k->generation_) continue;
    k->generation_ = gen;
    k->newest_slot_ = slot;
    k->current_epoch_ = GetU64(payload.data());
    memcpy(k->current_kek_.data(), payload.data() + 8, kKeySize);
    k->previous_epoch_ = GetU64(payload.data() + 8 + kKeySize);
    memcpy(k->previous_kek_.data(), payload.data() + 16 + kKeySize, kKeySize);
  }
  sodium_memzero(file.data(), file.size());
  if (k->newest_slot_ < 0) {
    if (any_formed) {
      return Status::Unauthenticated(
          "wrong master key: the keyring does not authenticate under it (nothing was changed)");
    }
    return Status::Corruption("the keyring " + path + " holds no valid slot");
  }
  *out = std::move(k);
  return Status::OK();
}

std::string Keyring::WrapDataKey(const std::string& id, const unsigned char* data_key) const {
  std::string out(8 + kNonce + kKeySize + kTag, '\0');
  auto* p = reinterpret_cast<unsigned char*>(out.data());
  PutU64(p, current_epoch_);
  randombytes_buf(p + 8, kNonce);
  std::string ad = DataKeyAd(id, current_epoch_);
  crypto_aead_xchacha20poly1305_ietf_encrypt(p + 8 + kNonce, nullptr, data_key, kKeySize,
                                             reinterpret_cast<const unsigned char*>(ad.data()),
                                             ad.size(), nullptr, p + 8, current_kek_.data());
  return out;
}

uint64_t Keyring::WrappedEpoch(std::string_view wrapped) {
  if (wrapped.size() != 8 + kNonce + kKeySize + kTag) return 0;
  return GetU64(reinterpret_cast<const unsigned char*>(wrapped.data()));
}

Status Keyring::UnwrapDataKey(const std::string& id, std::string_view wrapped,
                              SecureBuffer* key) const {
  uint64_t epoch = WrappedEpoch(wrapped);
  const unsigned char* kek = nullptr;
  if (epoch != 0 && epoch == current_epoch_) kek = current_kek_.data();
  if (epoch != 0 && epoch == previous_epoch_) kek = previous_kek_.data();
  if (kek == nullptr) {
    return Status::Corruption("data key of " + id + " is wrapped under epoch " +
                              std::to_string(epoch) + ", which this keyring no longer holds");
  }
  const auto* p = reinterpret_cast<const unsigned char*>(wrapped.data());
  std::string ad = DataKeyAd(id, epoch);
  // A buffer of the right size is reused (see BorrowedSecureBuffer).
  if (key->size() != kKeySize) *key = SecureBuffer(kKeySize);
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(key->data(), nullptr, nullptr, p + 8 + kNonce,
                                                 kKeySize + kTag,
                                                 reinterpret_cast<const unsigned char*>(ad.data()),
                                                 ad.size(), p + 8, kek) != 0) {
    sodium_memzero(key->data(), key->size());
    return Status::Corruption("data key of " + id + " failed authentication");
  }
  return Status::OK();
}

Status Keyring::BeginRotation() {
  if (rotation_pending()) return Status::FailedPrecondition("a key rotation is already pending");
  SecureBuffer fresh = RandomKey();
  memcpy(previous_kek_.data(), current_kek_.data(), kKeySize);
  previous_epoch_ = current_epoch_;
  current_kek_ = std::move(fresh);
  current_epoch_ += 1;
  return WriteState();
}

Status Keyring::FinishRotation() {
  if (!rotation_pending()) return Status::OK();
  previous_epoch_ = 0;
  sodium_memzero(previous_kek_.data(), kKeySize);
  return WriteState();
}

}  // namespace amparo
