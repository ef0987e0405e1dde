// NameLexicon maps folded words to what the name detector knows about them:
// given name, surname, ordinary word, function word, title, cue, month...
//
// It is built once from the embedded data files (data/cues.tsv,
// data/given_names.txt, data/surnames.txt, data/common_words_*.txt) and is
// read-only afterwards, so lookups from many threads need no lock.
#ifndef AMPARO_REDACTION_NAME_DETECTOR_LEXICON_H_
#define AMPARO_REDACTION_NAME_DETECTOR_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "redaction/place_gazetteer_index.h"

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
};

class NameLexicon {
 public:
  // Loads every embedded list. False and *error if one is malformed.
  bool LoadEmbedded(std::string* error);

  uint32_t Flags(std::string_view folded) const {
    auto it = flags_.find(folded);
    return it == flags_.end() ? 0 : it->second;
  }
  // True if folded is an ordinary es/fr/en word (Bloom filter built from the
  // Hunspell dictionaries: ~0.3% false positives, no false negatives).
  bool IsDictionaryWord(std::string_view folded) const;
  size_t size() const { return flags_.size(); }

  // Adds flag to every folded word of a newline-separated list.
  void AddList(std::string_view list, uint32_t flag);
  // Parses common_words.bloom.txt. False and *error if malformed.
  bool LoadBloom(std::string_view text, std::string* error);
  // Parses cues.tsv ("class<TAB>w1|w2|..."). False on an unknown class.
  bool AddCues(std::string_view tsv, std::string* error);

 private:
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> flags_;
  std::vector<uint64_t> bloom_;  // bit i of the filter is bit i%64 of word i/64
  uint64_t bloom_bits_ = 0;
  int bloom_probes_ = 0;
};

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_NAME_DETECTOR_LEXICON_H_
