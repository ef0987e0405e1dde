#include "search/term_sealer.h"

#include <sodium.h>

#include <atomic>
#include <cstring>
#include <stdexcept>

namespace amparo::search {

namespace {
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "amp-sidx";
constexpr uint64_t kHashSubkey = 1;
constexpr uint64_t kBoxSubkey = 2;
}  // namespace

TermSealer::TermSealer(std::string_view key) {
  static std::atomic<uint64_t> next_instance{1};
  instance_id_ = next_instance++;
  if (sodium_init() < 0) throw std::runtime_error("libsodium init failed");
  if (key.size() != kKeyBytes) throw std::invalid_argument("index key must be 32 bytes");
  const auto* master = reinterpret_cast<const unsigned char*>(key.data());
  crypto_kdf_derive_from_key(hash_key_, sizeof hash_key_, kHashSubkey, kKdfContext, master);
  crypto_kdf_derive_from_key(box_key_, sizeof box_key_, kBoxSubkey, kKdfContext, master);
}

TermSealer::~TermSealer() {
  sodium_memzero(hash_key_, sizeof hash_key_);
  sodium_memzero(box_key_, sizeof box_key_);
}

std::string TermSealer::Seal(TermKind kind, std::string_view term) const {
  // Hash input: kind byte, then the term. Short terms stay on the stack.
  unsigned char buf[256];
  std::string heap;
  const unsigned char* in;
  size_t n = term.size() + 1;
  if (n <= sizeof buf) {
    buf[0] = static_cast<unsigned char>(kind);
    std::memcpy(buf + 1, term.data(), term.size());
    in = buf;
  } else {
    heap.reserve(n);
    heap.push_back(static_cast<char>(kind));
    heap.append(term);
    in = reinterpret_cast<const unsigned char*>(heap.data());
  }
  unsigned char h[crypto_shorthash_siphashx24_BYTES];
  crypto_shorthash_siphashx24(h, in, n, hash_key_);
  size_t len = kind == TermKind::kId ? kIdHashBytes : kHashBytes;
  std::string out(1 + len, '\0');
  out[0] = static_cast<char>(kind);
  std::memcpy(out.data() + 1, h, len);
  return out;
}

std::string TermSealer::FacetId(std::string_view facet, std::string_view folded_value) const {
  std::string t(facet);
  t.push_back('\0');
  t.append(folded_value);
  return Seal(TermKind::kFacet, t).substr(1);
}

std::string TermSealer::Encrypt(std::string_view plain) const {
  std::string out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(out.data());
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                        reinterpret_cast<const unsigned char*>(plain.data()), plain.size(),
                        nonce, box_key_);
  return out;
}

std::optional<std::string> TermSealer::Decrypt(std::string_view sealed) const {
  if (sealed.size() < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) return std::nullopt;
  const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.data());
  size_t clen = sealed.size() - crypto_secretbox_NONCEBYTES;
  std::string out(clen - crypto_secretbox_MACBYTES, '\0');
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(out.data()),
                                 nonce + crypto_secretbox_NONCEBYTES, clen, nonce,
                                 box_key_) != 0) {
    return std::nullopt;
  }
  return out;
}

}  // namespace amparo::search
