// NameLexicon maps folded words to what the name detector knows about them:
// given name, surname, ordinary word, function word, title, cue, month...
//
// It is built once from the embedded data files (data/cues.tsv,
// data/given_names.txt, data/surnames.txt, data/common_words_*.txt,
// data/demonyms.txt...) and is read-only afterwards, so lookups from many
// threads need no lock.
#ifndef AMPARO_REDACTION_NAME_DETECTOR_LEXICON_H_
#define AMPARO_REDACTION_NAME_DETECTOR_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/name_detector_text.h"

namespace amparo::redaction {

enum LexiconFlag : uint32_t {
  kGivenName = 1u << 0,
  kSurname = 1u << 1,
  kCommonWord = 1u << 2,   // an ordinary word of es/en/fr/ht (dictionary)
  kStopWord = 1u << 3,     // function word, pronoun, determiner
  kMonth = 1u << 4,        // month, weekday, holiday
  kTitle = 1u << 5,        // Sr., Dr., Mme, Msye...
  kNameCue = 1u << 6,      // me llamo, je m'appelle, mwen rele, named
  kKinCue = 1u << 7,       // mi hermano, my friend...
  kSpeechCue = 1u << 8,    // dijo, said, a dit
  kPlacePrep = 1u << 9,    // en, a, desde, in, from, à, nan
  kConnector = 1u << 10,   // de, del, van, von, da, du
  kOrgWord = 1u << 11,     // Hospital, Calle, Universidad...
  kNameWord = 1u << 12,    // seen as a person token in training text more
                           // often than as anything else
  kNotNameWord = 1u << 13, // capitalized in training text but never a person
  kEponymCue = 1u << 14,   // síndrome (de), test (de), tipo: an eponym follows
  kOrgSuffix = 1u << 15,   // Inc, Ltd, Technologies, Orchestra: ends a company's name
  kInstitution = 1u << 16, // Hospital, Fundación, Colegio: the words after it name
                           // the institution (after someone not in the text)
  kHonorific = 1u << 17,   // Pope, Lady, Coach, DJ: part of the name before a name
  kDemonym = 1u << 18,     // English, Honduran, Japanese: a nationality or language
  kRoleCue = 1u << 19,     // notaire, cultivateur, abogado: a person's trade after ", "
  kEponymWord = 1u << 20,  // Doppler, Gleason, Romberg: a clinical eponym used as a word
  kPlaceSuffix = 1u << 21, // County, Airport, Lounge: ends the name of a place in English
  kCommonName = 1u << 22,  // Ever, Said, Baby, Frank: a given name that is a most common
                           // English word; capitalized, it is an ordinary word's evidence
  kVesselCue = 1u << 23,   // navire, vapeur, goélette, steamer: a ship's name follows
  kPostCue = 1u << 24,     // ministro, portavoz, spokesman, entraîneur: a post whose holder
                           // is named after it ("el ministro de Economía, Rodrigo Rato")
  kNickname = 1u << 25,    // güero, flaca, chino: capitalized after an article, a nickname
  kNicknameCue = 1u << 26, // decían, conocido, called: with the words around them, a
                           // nickname follows ("le decían X", "conocido como X")
  kRouteName = 1u << 27,   // a given name or nickname the project listed for people on the
                           // route (given_names_extra.txt: Memo, Toño, Chela, Wislande);
                           // in lower case a name even where a dictionary has the word
  kObjectPronoun = 1u << 28, // me, te, nos, le, les, se, us, him, her, them: the pronouns
                             // AddNamesActingOnSomeone() reads (kObjectPronouns below)
};

// The object pronouns the names-acting-on-someone pass reads outside French
// (acting_person_names.cc); the lexicon flags them kObjectPronoun so that the
// name detector can list where they are (WordsSeen).
inline constexpr const char* kObjectPronouns[] = {"me", "te", "nos", "le", "les", "se", "us", "him", "her", "them"};

class NameLexicon {
 public:
  // The shipped lexicon, loaded once and shared (thread-safe, never freed);
  // nullptr and *error if the embedded data is malformed. Without
  // learned_lists, as LoadEmbedded.
  static const NameLexicon* Default(std::string* error, bool learned_lists = true);

  // Loads every embedded list. False and *error if one is malformed.
  // Without learned_lists, name_words.txt and not_name_words.txt (learned
  // from the train splits) are left out: for training the name model.
  bool LoadEmbedded(std::string* error, bool learned_lists = true);

  // Flags of a word by the hash of its folded form (text::FoldedHash). Keys
  // are hashes (index bits + 32-bit tag): with ~20k words a false hit is
  // vanishingly unlikely.
  uint32_t FlagsOfHash(uint64_t hash) const {
    // Most words of a text are in no list: a 16 KB filter that stays in the
    // L1 cache answers for most of them without touching the table.
    const uint64_t b1 = (hash >> 24) & kFilterMask, b2 = (hash >> 41) & kFilterMask;
    if (!(filter_[b1 / 64] >> (b1 % 64) & 1) || !(filter_[b2 / 64] >> (b2 % 64) & 1)) return 0;
    if (slots_.empty()) return 0;
    const uint32_t tag = Tag(hash);
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].tag == tag) return slots_[i].flags;
      if (slots_[i].tag == 0) return 0;
    }
  }
  uint32_t Flags(std::string_view folded) const { return FlagsOfHash(text::FoldedHash(folded)); }

  // True if the word is an ordinary es/fr/en word (Bloom filter built from
  // the Hunspell dictionaries: ~0.3% false positives, no false negatives).
  bool IsDictionaryHash(uint64_t hash) const;
  bool IsDictionaryWord(std::string_view folded) const {
    return IsDictionaryHash(text::FoldedHash(folded));
  }
  size_t size() const { return count_; }

  // Adds flag to every folded word of a newline-separated list, except to
  // the words that already carry a flag of `unless`.
  void AddList(std::string_view list, uint32_t flag, uint32_t unless = 0);
  // Parses cues.tsv ("class<TAB>w1|w2|..."). False on an unknown class.
  bool AddCues(std::string_view tsv, std::string* error);
  // Parses common_words.bloom.txt. False and *error if malformed.
  bool LoadBloom(std::string_view text, std::string* error);

 private:
  // 8-byte slots keep the table (~20k words) within the L2 cache. The tag
  // is the high half of the hash, the slot index comes from the low bits.
  struct Slot {
    uint32_t tag = 0;  // 0: empty
    uint32_t flags = 0;
  };
  static uint32_t Tag(uint64_t hash) {
    const uint32_t tag = static_cast<uint32_t>(hash >> 32);
    return tag == 0 ? 1 : tag;
  }
  void Add(std::string_view folded, uint32_t flag);

  static constexpr uint64_t kFilterBits = 1u << 17;
  static constexpr uint64_t kFilterMask = kFilterBits - 1;
  std::vector<uint64_t> filter_ = std::vector<uint64_t>(kFilterBits / 64, 0);
  std::vector<Slot> slots_;  // open addressing, linear probing, power of two
  std::vector<uint64_t> hashes_;  // full hash per slot, only to grow the table
  size_t mask_ = 0;
  size_t count_ = 0;
  std::vector<uint64_t> bloom_;  // bit i of the filter is bit i%64 of word i/64
  uint64_t bloom_bits_ = 0;
  int bloom_probes_ = 0;
};

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_NAME_DETECTOR_LEXICON_H_
