#include "archive/sealing.h"

#include <sodium.h>

#include <vector>

namespace amparo {

namespace {
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "amparo01";

std::string AssociatedData(std::string_view id, std::string_view kind) {
  std::string ad = "amparo-record-v1";
  ad.push_back('\0');
  ad.append(kind);
  ad.push_back('\0');
  ad.append(id);
  return ad;
}
}  // namespace

SecureBuffer DeriveKey(const unsigned char* master, KeyPurpose purpose) {
  SecureBuffer k(kKeySize);
  crypto_kdf_derive_from_key(k.data(), kKeySize, static_cast<uint64_t>(purpose), kKdfContext,
                             master);
  return k;
}

SecureBuffer RandomKey() {
  SecureBuffer k(kKeySize);
  randombytes_buf(k.data(), kKeySize);
  return k;
}

std::string SealRecord(const unsigned char* key, std::string_view id, std::string_view kind,
                       std::string_view plaintext) {
  const size_t pad_block = kPadBlock;
  std::vector<unsigned char> padded(plaintext.size() + pad_block);
  std::copy(plaintext.begin(), plaintext.end(), padded.begin());
  size_t padded_len = 0;
  sodium_pad(&padded_len, padded.data(), plaintext.size(), pad_block, padded.size());
  std::string ad = AssociatedData(id, kind);
  std::string out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + padded_len +
                      crypto_aead_xchacha20poly1305_ietf_ABYTES,
                  '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(out.data());
  randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  unsigned long long clen = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &clen, padded.data(), padded_len,
      reinterpret_cast<const unsigned char*>(ad.data()), ad.size(), nullptr, nonce, key);
  sodium_memzero(padded.data(), padded.size());
  out.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + clen);
  return out;
}

Status OpenRecord(const unsigned char* key, std::string_view id, std::string_view kind,
                  std::string_view sealed, std::string* plaintext) {
  constexpr size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  constexpr size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
  if (sealed.size() < kNonce + kTag) {
    return Status::Corruption("record " + std::string(kind) + "/" + std::string(id) + " is truncated");
  }
  std::string ad = AssociatedData(id, kind);
  std::string out;
  out.reserve(sealed.size() - kNonce - kTag + kPlaintextSlack);
  out.resize(sealed.size() - kNonce - kTag);
  unsigned long long mlen = 0;
  const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.data());
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          reinterpret_cast<unsigned char*>(out.data()), &mlen, nullptr, nonce + kNonce,
          sealed.size() - kNonce, reinterpret_cast<const unsigned char*>(ad.data()), ad.size(),
          nonce, key) != 0) {
    return Status::Corruption("record " + std::string(kind) + "/" + std::string(id) +
                              " failed authentication (tampered, damaged or erased)");
  }
  size_t unpadded = 0;
  if (sodium_unpad(&unpadded, reinterpret_cast<unsigned char*>(out.data()), mlen, kPadBlock) != 0) {
    return Status::Corruption("record " + std::string(kind) + "/" + std::string(id) +
                              " has invalid padding");
  }
  out.resize(unpadded);
  *plaintext = std::move(out);
  return Status::OK();
}

std::string ToHex(std::string_view bytes) {
  std::string hex(bytes.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                 bytes.size());
  hex.pop_back();
  return hex;
}

std::string KeyedHashHex(const unsigned char* key, std::string_view data) {
  unsigned char h[32];
  crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(data.data()), data.size(),
                     key, kKeySize);
  return ToHex(std::string_view(reinterpret_cast<char*>(h), sizeof h));
}

}  // namespace amparo
