// PlaceIndex is the lookup structure behind PlaceGazetteer, shared with the
// name detector so that both match places on the same tokens.
//
// Keys are place names as folded words joined by one space ("ciudad juarez"),
// stored as 64-bit hashes; a second set holds every proper word prefix of a
// key, so matching at a token stops as soon as no longer key can follow. Matching is linear in the
// number of tokens times the longest key (a handful of words).
#ifndef AMPARO_REDACTION_PLACE_GAZETTEER_INDEX_H_
#define AMPARO_REDACTION_PLACE_GAZETTEER_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "redaction/name_detector_text.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct PlaceEntry {
  std::string canonical;
  std::string kind;
  bool needs_capital = false;  // matches only when its first word is capitalized
  PlaceClass place_class = PlaceClass::kListed;
};

class PlaceIndex {
 public:
  // Parses places.tsv text (see redaction/data/places.tsv), its entries of
  // class `cls`. Files loaded first win where two name the same key. False
  // and *error on a malformed line.
  bool Load(std::string_view tsv, std::string* error, PlaceClass cls = PlaceClass::kListed);

  // If a place starts at word token i, returns the index one past its last
  // token and sets *entry; else returns i. Tokens between the words of a
  // place may only be '.', '-' or '\'' without surrounding line breaks.
  // Ambiguous places (kWorldAmbiguous) are never matched here: only the
  // text around a guessed name can say it is the place.
  size_t MatchAt(const text::Tokens& tokens, size_t i, const PlaceEntry** entry) const;

  // The entry for a folded key ("ciudad juarez"), ambiguous ones included,
  // or nullptr.
  const PlaceEntry* Lookup(std::string_view key) const;

  size_t size() const { return entries_.size(); }

 private:
  // What MatchAt() asks of a hash of folded words: the place it names, if
  // any, and whether a longer key starts with them. keys_ and prefixes_
  // answer both in one probe of a flat table (open addressing, linear
  // probing), rebuilt after each Load().
  struct Slot {
    uint64_t hash = 0;
    int32_t entry = -1;  // index into entries_, -1: no key
    bool prefix = false;
    bool used = false;
  };
  const Slot* FindSlot(uint64_t hash) const {
    for (size_t at = SlotOf(hash);; at = (at + 1) & slot_mask_) {
      const Slot& s = slots_[at];
      if (!s.used) return nullptr;
      if (s.hash == hash) return &s;
    }
  }
  size_t SlotOf(uint64_t hash) const { return (hash * 0x9E3779B97F4A7C15ull) >> slot_shift_; }
  void BuildSlots();

  std::vector<PlaceEntry> entries_;
  // Keys and their proper word prefixes, by text::FoldedHash of the folded
  // words joined by one space (computed word by word while matching).
  std::unordered_map<uint64_t, size_t> keys_;
  std::unordered_map<uint64_t, size_t> ambiguous_keys_;  // Lookup() only
  std::unordered_set<uint64_t> prefixes_;
  // Hash bits of every first word of a key: most capitalized words of a
  // text start no place and are answered here.
  std::vector<uint64_t> first_words_ = std::vector<uint64_t>(1024, 0);
  std::vector<Slot> slots_ = std::vector<Slot>(2);  // a power of two, at most half used
  size_t slot_mask_ = 1;
  int slot_shift_ = 63;
};

// The shipped index (data/places.tsv, then data/world_places.tsv and
// data/world_places_ambiguous.tsv), loaded once; nullptr and *error if the
// embedded data is malformed.
const PlaceIndex* DefaultPlaceIndex(std::string* error);

// The small towns of data/small_towns.tsv, apart from the index above
// (PlaceGazetteer::IsSmallTown says why); loaded once, never freed, or
// nullptr with *error set.
const PlaceIndex* SmallTownIndex(std::string* error);

// Folded key of a phrase: its word tokens folded and joined by one space.
std::string PlaceKey(std::string_view phrase);

// PlaceKey() without its ASCII shortcut: the word tokens of Tokenize(),
// folded and joined by one space (what PlaceKey() must equal on any text).
std::string PlaceKeyFromTokens(std::string_view phrase);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_PLACE_GAZETTEER_INDEX_H_
