// TermSealer turns every index term into a keyed hash so the Xapian files
// hold no plaintext word, tag or pseudonym.
//
// A sealed term is one ASCII kind byte followed by a truncated SipHash-128
// (libsodium crypto_shorthash_siphashx24) of the kind and the term under a
// key derived from the index key. The kind byte keeps the families apart
// (a word can never collide with a consent scope term); it reveals only the
// family. Facet values are also given 8-byte sealed ids; the plain value of
// an id is kept in the database metadata encrypted (XSalsa20-Poly1305) so the
// index can name facet values after a reopen without plaintext on disk.
#ifndef AMPARO_SEARCH_TERM_SEALER_H_
#define AMPARO_SEARCH_TERM_SEALER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace amparo::search {

// Term families. Each is one byte written before the hash.
enum class TermKind : char {
  kWord = 'W',      // folded unstemmed word (its places: token_sequence.h)
  kStem = 'S',      // language + stem: StemMap keys only, never a posting
  kFacet = 'F',     // facet value filter (place, violence, lang, year...)
  kScope = 'C',     // consent scope granted
  kExpiry = 'X',    // consent expiry, dyadic day blocks (indexed_terms.h)
  kId = 'Q',        // unique id term for replace/delete
};

class TermSealer {
 public:
  static constexpr size_t kKeyBytes = 32;
  static constexpr size_t kHashBytes = 8;     // per term (64-bit, per family)
  static constexpr size_t kIdHashBytes = 16;  // id terms: full 128 bits

  // key must be kKeyBytes long (checked by the caller).
  explicit TermSealer(std::string_view key);
  ~TermSealer();
  TermSealer(const TermSealer&) = delete;
  TermSealer& operator=(const TermSealer&) = delete;

  // kind byte + hash of (kind, term).
  std::string Seal(TermKind kind, std::string_view term) const;
  // 8-byte id of a facet value ("violence", "kidnapping").
  std::string FacetId(std::string_view facet, std::string_view folded_value) const;

  // Authenticated encryption for the facet dictionary kept in metadata.
  std::string Encrypt(std::string_view plain) const;
  std::optional<std::string> Decrypt(std::string_view sealed) const;

  // Distinct for every sealer ever made in this process (cache keys).
  uint64_t instance_id() const { return instance_id_; }

 private:
  unsigned char hash_key_[16];
  unsigned char box_key_[32];
  uint64_t instance_id_;
};

}  // namespace amparo::search

#endif  // AMPARO_SEARCH_TERM_SEALER_H_
