#include "redaction/consistent_person_names.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <functional>
#include <array>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "redaction/covered_bytes.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/organisation_names.h"
#include "redaction/person_context.h"
#include "redaction/text_utf8.h"
#include "redaction/word_runs.h"

namespace amparo::redaction {
namespace {

constexpr float kSourceConfidence = 0.7f;
// A one-word finding that a dictionary has ("Paz", "Luz") propagates only
// from a finding this sure.
constexpr float kOrdinarySourceConfidence = 0.9f;
// Names of several words compared at one first word; more are ignored.
constexpr size_t kMaxSourcesPerWord = 8;
// Words of a name compared; a longer finding is not propagated whole.
constexpr size_t kMaxNameWords = 8;

// Words that are never a name's word alone, whatever found them.
constexpr uint32_t kNeverAlone = kStopWord | kMonth | kTitle | kNameCue | kKinCue | kSpeechCue |
                                 kPlacePrep | kConnector | kOrgWord | kOrgSuffix | kInstitution |
                                 kHonorific | kDemonym | kPlaceSuffix | kRoleCue | kPostCue |
                                 kEponymCue | kNicknameCue | kVesselCue;

// The end of the letter word that starts at b: a run of IsLetterByte bytes,
// cut before a typographic apostrophe ("Pedro’s").
size_t LetterWordEnd(std::string_view text, size_t b, size_t limit) {
  size_t e = b;
  while (e < limit && IsLetterByte(static_cast<unsigned char>(text[e]))) {
    if (text[e] == '\xE2' && e + 2 < text.size() && text[e + 1] == '\x80' && text[e + 2] == '\x99') break;
    ++e;
  }
  return e;
}

// The start of the next letter word after `at` on its line if only name
// separators lie between (spaces, a hyphen, an apostrophe, a period:
// "Jean-Pierre", "O'Brien", "J. Pérez"), else npos.
size_t NextNameWord(std::string_view text, size_t at) {
  size_t k = at;
  int marks = 0;
  while (k < text.size()) {
    const char c = text[k];
    if (c == ' ' || c == '\t') {
      ++k;
    } else if ((c == '-' || c == '\'' || c == '.') && marks == 0) {
      ++marks;
      ++k;
    } else if (c == '\xE2' && k + 2 < text.size() && text[k + 1] == '\x80' && text[k + 2] == '\x99' &&
               marks == 0) {
      ++marks;
      k += 3;
    } else {
      break;
    }
    if (k - at > 4) return std::string_view::npos;
  }
  if (k == at || k >= text.size() || !IsLetterByte(static_cast<unsigned char>(text[k]))) {
    return std::string_view::npos;
  }
  return k;
}

// The word before position at on its line, spaces skipped: [*b, *e), empty
// if a mark or a line break comes first.
void WordBefore(std::string_view text, size_t at, size_t* b, size_t* e) {
  size_t k = at;
  while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t')) --k;
  *e = k;
  while (k > 0 && IsLetterByte(static_cast<unsigned char>(text[k - 1]))) --k;
  *b = k;
}

bool IsAsciiDigitByte(char c) { return c >= '0' && c <= '9'; }

bool IsAllCaps(std::string_view word) {
  int upper = 0;
  for (size_t k = 0; k < word.size(); ++k) {
    const unsigned char c = static_cast<unsigned char>(word[k]);
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++upper;
    // Latin-1 lower case: U+00DF..U+00FF.
    if (c == 0xC3 && k + 1 < word.size() && static_cast<unsigned char>(word[k + 1]) >= 0x9F) return false;
  }
  return upper >= 2;
}

// The hash of the folded word text[b, e) (text::FoldedHash(text::Fold())):
// ASCII words are folded on the fly, others through *scratch.
uint64_t FoldedWordHash(std::string_view text, size_t b, size_t e, std::string* scratch) {
  uint64_t h = text::kFnvOffset;
  for (size_t k = b; k < e; ++k) {
    unsigned char c = static_cast<unsigned char>(text[k]);
    if (c >= 0x80) {
      scratch->clear();
      text::AppendFolded(text.substr(b, e - b), scratch);
      return text::FoldedHash(*scratch);
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    h ^= c;
    h *= text::kFnvPrime;
  }
  return h;
}

// The words of a finding: hashes of their folded forms, at most
// kMaxNameWords + 1 (more: too long to compare).
size_t NameWordHashes(std::string_view text, const Finding& f, uint64_t* hashes, std::string* scratch) {
  size_t count = 0;
  for (size_t b = f.begin; b < f.end && count <= kMaxNameWords;) {
    if (!IsLetterByte(static_cast<unsigned char>(text[b]))) {
      ++b;
      continue;
    }
    const size_t e = LetterWordEnd(text, b, f.end);
    if (e == b) {  // a typographic apostrophe
      b += 3;
      continue;
    }
    hashes[count++] = FoldedWordHash(text, b, e, scratch);
    b = e;
  }
  return count;
}

// One hash for a name of several words, from its words' hashes.
uint64_t NameHash(const uint64_t* hashes, size_t count) {
  uint64_t h = text::kFnvOffset;
  for (size_t k = 0; k < count; ++k) h = (h ^ hashes[k]) * text::kFnvPrime + k;
  return h;
}

// A name to look for: its words (folded hashes) and the finding it came from.
struct Source {
  std::array<uint64_t, kMaxNameWords> words;
  size_t count;
  size_t finding;
};

// Group of each folded-name hash, open addressing with no allocation per
// key (a text of a MB has thousands of findings): kShared when two groups
// have the key.
class GroupTable {
 public:
  static constexpr int kShared = -2;
  static constexpr int kAbsent = -3;
  explicit GroupTable(size_t keys) {
    size_t size = 16;
    while (size < 2 * keys) size *= 2;
    slots_.assign(size, Slot{});
  }
  void File(uint64_t key, int group) {
    Slot& s = Find(key);
    if (s.key == 0) {
      s.key = key;
      s.group = group;
    } else if (s.group != group) {
      s.group = kShared;
    }
  }
  int Group(uint64_t key) const {
    const Slot& s = const_cast<GroupTable*>(this)->Find(key);
    return s.key == 0 ? kAbsent : s.group;
  }

 private:
  struct Slot {
    uint64_t key = 0;  // 0: empty (a folded hash is never 0)
    int group = 0;
  };
  Slot& Find(uint64_t key) {
    const size_t mask = slots_.size() - 1;
    for (size_t i = (key ^ (key >> 29)) & mask;; i = (i + 1) & mask) {
      if (slots_[i].key == key || slots_[i].key == 0) return slots_[i];
    }
  }
  std::vector<Slot> slots_;
};

// A word to look for alone.
struct Single {
  size_t finding;
  bool ordinary;  // a dictionary word, from a one-word finding
};

class NameMentions {
 public:
  NameMentions(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon,
               const std::vector<Finding>& names)
      : text_(text), places_(places), lexicon_(lexicon), names_(names) {}

  // Files the findings that propagate; false if none does. Gives findings
  // of one name one person group on the way (ShareGroupsOfSameName).
  bool Collect(std::vector<Finding>* names) {
    // A text writes the same names again and again: each spelling is read
    // once (its words folded and hashed) and filed once as a source.
    struct Spelling {
      std::array<uint64_t, kMaxNameWords> words;
      uint64_t name_hash = 0;
      size_t count = 0;
      int whole_group = GroupTable::kAbsent;  // the last group filed for it
      int part_group = GroupTable::kAbsent;
      float filed = -1;  // the confidence it was filed as a source with
    };
    std::vector<Spelling> spellings;
    GroupTable spelling_of(names->size());  // hash of the bytes -> index in spellings
    GroupTable seen(names->size());  // names of several words filed as sources
    std::string scratch;
    std::vector<uint32_t> spelling(names->size(), UINT32_MAX);  // UINT32_MAX: no name to look at
    GroupTable whole(names->size());  // a grouped name -> its group
    size_t part_words = 0;
    bool share = false;
    uint64_t words[kMaxNameWords + 1];
    for (size_t i = 0; i < names->size(); ++i) {
      const Finding& f = (*names)[i];
      if (!IsPersonFinding(f) || f.begin >= f.end || f.end > text_.size()) continue;
      const std::string_view bytes = text_.substr(f.begin, f.end - f.begin);
      const uint64_t raw = std::hash<std::string_view>{}(bytes) | 1;
      int index = spelling_of.Group(raw);
      if (index == GroupTable::kAbsent) {
        const size_t count = NameWordHashes(text_, f, words, &scratch);
        if (count == 0 || count > kMaxNameWords) continue;
        Spelling sp;
        std::copy(words, words + count, sp.words.begin());
        sp.count = count;
        sp.name_hash = count == 1 ? words[0] : NameHash(words, count);
        index = static_cast<int>(spellings.size());
        spellings.push_back(sp);
        spelling_of.File(raw, index);
        if (count > 1) part_words += count;
      }
      Spelling& sp = spellings[index];
      spelling[i] = static_cast<uint32_t>(index);
      share = share || sp.count == 1 || f.person_group < 0;
      if (f.person_group >= 0 && sp.whole_group != f.person_group) {
        whole.File(sp.name_hash, f.person_group);
        sp.whole_group = f.person_group;
      }
      // Filed again only by a surer finding ("Paz" at 0.7, then at 0.9).
      if (f.confidence < kSourceConfidence || f.confidence <= sp.filed) continue;
      sp.filed = f.confidence;
      if (sp.count == 1) {
        FileWords(f, i, /*whole_finding=*/true);
        continue;
      }
      if (seen.Group(sp.name_hash) != GroupTable::kAbsent) continue;
      seen.File(sp.name_hash, 0);
      std::vector<size_t>& at_first = multi_[sp.words[0]];
      if (at_first.size() < kMaxSourcesPerWord) {
        at_first.push_back(sources_.size());
        sources_.push_back(Source{sp.words, sp.count, i});
        FileFirstLetter(f.begin);
      }
      FileWords(f, i, /*whole_finding=*/false);
    }
    // One placeholder per person: a finding of no person group ("Juárez le
    // pegó", found by the acts) joins the group of a finding of the same
    // name, and a one-word finding ("Hidalgo") the group of the one name of
    // several words it is part of ("Guadalupe Hidalgo"; -1 if that name
    // has none: the renderer joins them by their words). Two groups
    // sharing a word leave it as it was.
    if (share) {
      GroupTable part(part_words + 1);  // a word of a name of several words -> its group
      for (size_t i = 0; i < names->size(); ++i) {
        if (spelling[i] == UINT32_MAX) continue;
        Spelling& sp = spellings[spelling[i]];
        const int group = (*names)[i].person_group;
        if (sp.count < 2 || sp.part_group == group) continue;
        for (size_t k = 0; k < sp.count; ++k) part.File(sp.words[k], group);
        sp.part_group = group;
      }
      for (size_t i = 0; i < names->size(); ++i) {
        if (spelling[i] == UINT32_MAX) continue;
        Finding& f = (*names)[i];
        const Spelling& sp = spellings[spelling[i]];
        if (sp.count == 1) {
          const int group = part.Group(sp.name_hash);
          if (group != GroupTable::kShared && group != GroupTable::kAbsent) {
            f.person_group = group;
            continue;
          }
        }
        if (f.person_group < 0) {
          const int group = whole.Group(sp.name_hash);
          if (group >= 0) f.person_group = group;
        }
      }
    }
    return !multi_.empty() || !singles_.empty();
  }

  // Appends to *added a finding for each mention no finding covers.
  void Find(const std::vector<Finding>& others, std::vector<Finding>* added) {
    CoveredBytes covered(text_.size());
    for (const auto* list : {&names_, &others}) {
      for (const Finding& f : *list) covered.Mark(f.begin, std::min(f.end, text_.size()));
    }
    const auto covers = [&](size_t b, size_t e) { return covered.Any(b, e); };
    std::string scratch;
    ForEachCapitalWordStart(text_, [&](size_t b) {
      const unsigned char c = static_cast<unsigned char>(text_[b]);
      if (!first_letter_[c] || !MayStartAName(b)) return;
      if (c == 0xC3 && static_cast<unsigned char>(text_[b + 1]) == 0x97) return;  // "×"
      const size_t e = LetterWordEnd(text_, b, text_.size());
      // "Juan2": glued to a digit (a typographic apostrophe ends the word).
      if (e - b < 2 || (e < text_.size() && IsWordRunByte(static_cast<unsigned char>(text_[e])) &&
                        text_[e] != '\xE2')) {
        return;
      }
      if (b > 0 && (text_[b - 1] == '-' || text_[b - 1] == '\'')) return;  // "O'Juan", "Ruiz-Juan"
      // Most capitalized words of a text with names are those names, found.
      // Unless a name of several words was found whole elsewhere and here
      // only its first word, the rest kept as a place or an ordinary word
      // ("The smuggler was Daniel Park. We stayed at Daniel Park"): the
      // mention grows over the rest. Looked at only when a capitalized word
      // that no finding covers follows.
      if (covers(b, e)) {
        if (e + 2 >= text_.size() || text_[e] != ' ' || !StartsWithCapital(text_, e + 1) ||
            covers(e + 1, e + 2)) {
          return;
        }
        const size_t end = MatchWhole(FoldedWordHash(text_, b, e, &scratch), e, &scratch);
        if (end == 0 || covers(e + 1, end)) return;
        if (places_.ClassOf(text_.substr(b, end - b)) != PlaceClass::kNone && IsPlaceHere(b, end)) return;
        Finding f = names_[matched_finding_];
        f.begin = b;
        f.end = end;
        f.confidence = std::min(f.confidence, 0.7f);
        added->push_back(f);
        return;
      }
      const uint64_t hash = FoldedWordHash(text_, b, e, &scratch);
      size_t end = MatchWhole(hash, e, &scratch);
      bool single = false;
      auto it = singles_.end();
      if (end == 0) {
        it = singles_.find(hash);
        if (it == singles_.end()) return;
        if (!StandsAlone(b, e, it->second.ordinary)) return;
        end = e;
        single = true;
      } else if (covers(b, end)) {
        return;
      }
      if (single && IsPlaceHere(b, e)) return;
      if (!single && places_.ClassOf(text_.substr(b, end - b)) != PlaceClass::kNone && IsPlaceHere(b, end)) return;
      Finding f = names_[single ? it->second.finding : matched_finding_];
      f.begin = b;
      f.end = end;
      f.confidence = std::min(f.confidence, 0.7f);
      added->push_back(f);
    });
  }

 private:
  // The first byte of the word at text[at] and of its other spellings in
  // capitals ("Álvaro" -> 'A' and 0xC3) join the bytes a mention may start
  // with, and its first two letters folded ("al") the pairs a mention
  // written in ASCII may start with.
  void FileFirstLetter(size_t at) {
    const size_t e = LetterWordEnd(text_, at, std::min(text_.size(), at + 8));
    const std::string folded = text::Fold(text_.substr(at, e - at));
    const unsigned char f = folded.empty() ? 0 : static_cast<unsigned char>(folded[0]);
    if (f >= 'a' && f <= 'z') {
      first_letter_[f - 'a' + 'A'] = true;
      first_letter_[0xC3] = true;  // "Alvaro" written "Álvaro"
    } else {
      for (int k = 0xC0; k < 0x100; ++k) first_letter_[k] = true;  // another script
    }
    const unsigned char s = folded.size() < 2 ? 0 : static_cast<unsigned char>(folded[1]);
    if (f >= 'a' && f <= 'z' && s >= 'a' && s <= 'z') {
      const unsigned pair = f << 8 | s;
      first_pairs_[pair / 64] |= uint64_t{1} << (pair % 64);
    } else {
      any_pair_ = true;
    }
  }

  // False if the word at b, in ASCII, starts with two letters no name to
  // look for starts with.
  bool MayStartAName(size_t b) const {
    if (any_pair_ || b + 1 >= text_.size()) return true;
    const unsigned char c0 = static_cast<unsigned char>(text_[b]) | 0x20;
    const unsigned char c1 = static_cast<unsigned char>(text_[b + 1]) | 0x20;
    if (c0 < 'a' || c0 > 'z' || c1 < 'a' || c1 > 'z') return true;  // "Álvaro", "O'Brien"
    const unsigned pair = c0 << 8 | c1;
    return first_pairs_[pair / 64] >> (pair % 64) & 1;
  }

  // Files the words of finding i to look for alone (FileSingle).
  void FileWords(const Finding& f, size_t i, bool whole_finding) {
    std::string scratch;
    for (size_t b = f.begin; b < f.end;) {
      if (!IsLetterByte(static_cast<unsigned char>(text_[b]))) {
        ++b;
        continue;
      }
      const size_t e = LetterWordEnd(text_, b, f.end);
      if (e == b) {  // a typographic apostrophe
        b += 3;
        continue;
      }
      FileSingle(b, e, FoldedWordHash(text_, b, e, &scratch), i, whole_finding, f.confidence);
      b = e;
    }
  }

  void FileSingle(size_t b, size_t e, uint64_t hash, size_t finding, bool whole_finding, float confidence) {
    if (e - b < 3 || singles_.count(hash) != 0) return;
    const uint32_t flags = lexicon_.FlagsOfHash(hash);
    // "Trinidad", "Florence": a demonym or a country's name that a name
    // list has is a name alone too.
    if ((flags & kNeverAlone) && !((flags & kNeverAlone) == kDemonym && (flags & (kGivenName | kSurname)))) {
      return;
    }
    const bool ordinary = IsOrdinaryWord(flags, hash);
    if (ordinary && (!whole_finding || confidence < kOrdinarySourceConfidence)) return;
    // A place inside a longer name ("George Washington", "Guadalupe
    // Hidalgo") is the place alone, unless found alone as a person.
    const PlaceClass place = places_.ClassOf(text_.substr(b, e - b));
    if (!whole_finding && place != PlaceClass::kNone) return;
    // A town of the world found alone as a person ("catch Jupiter next")
    // on weak evidence: the route's towns ("Morelos se llevó") are read
    // with the veto's care, the world's are not.
    if (place != PlaceClass::kNone && place != PlaceClass::kListed && confidence < kOrdinarySourceConfidence) {
      return;
    }
    if (singles_.emplace(hash, Single{finding, ordinary}).second) FileFirstLetter(b);
  }

  // An everyday word of the lists, or a word of the dictionaries that no
  // name list has (the dictionaries hold "Israel", "Trinidad" too).
  bool IsOrdinaryWord(uint32_t flags, uint64_t hash) const {
    return (flags & (kCommonWord | kCommonName)) != 0 ||
           ((flags & (kGivenName | kSurname)) == 0 && lexicon_.IsDictionaryHash(hash));
  }

  // The end of the longest name of several words that starts with the
  // word (folded hash `hash`, ending at e) and continues in the text; 0 if
  // none.
  size_t MatchWhole(uint64_t hash, size_t e, std::string* scratch) {
    auto it = multi_.find(hash);
    if (it == multi_.end()) return 0;
    size_t best = 0;
    for (size_t s : it->second) {
      const Source& source = sources_[s];
      size_t at = e;
      bool match = true;
      for (size_t k = 1; k < source.count && match; ++k) {
        const size_t b = NextNameWord(text_, at);
        if (b == std::string_view::npos) {
          match = false;
          break;
        }
        const size_t we = LetterWordEnd(text_, b, text_.size());
        if (we - b > 64) {
          match = false;
          break;
        }
        match = FoldedWordHash(text_, b, we, scratch) == source.words[k];
        at = we;
      }
      if (match && at > best) {
        best = at;
        matched_finding_ = source.finding;
      }
    }
    return best;
  }

  // A word alone: no capitalized word next to it on its line (the word
  // before may close a sentence), and for an ordinary word, mid-sentence
  // after no article or preposition and not in capitals.
  bool StandsAlone(size_t b, size_t e, bool ordinary) const {
    const std::string_view word = text_.substr(b, e - b);
    const bool all_caps = IsAllCaps(word);
    if (all_caps && ordinary) return false;
    size_t pb, pe;
    WordBefore(text_, b, &pb, &pe);
    const bool word_before = pe > pb && pe < b;  // with a space between
    // In capitals, only in a line of capitals: "(EVA, 7-8)" after "la
    // paciente Eva" is the scale.
    if (all_caps) {
      size_t offset;
      const std::string_view line = LineAround(text_, b, e, 60, 60, &offset);
      for (char c : line) {
        if (c >= 'a' && c <= 'z') return false;
      }
    }
    if (BeforeCompanyWord(e)) return false;
    // "IgA", "HbA": an abbreviation, not a name.
    if (!all_caps && e - b <= 4) {
      for (size_t k = b + 1; k < e; ++k) {
        if (text_[k] >= 'A' && text_[k] <= 'Z') return false;
      }
    }
    // "Arsenal 2 Chelsea 1": a score's team.
    size_t after = e;
    while (after < text_.size() && text_[after] == ' ') ++after;
    if ((after < text_.size() && after > e && IsAsciiDigitByte(text_[after])) ||
        (b >= 2 && text_[b - 1] == ' ' && IsAsciiDigitByte(text_[b - 2]))) {
      return false;
    }
    if (word_before) {
      const uint32_t flags = lexicon_.Flags(text::Fold(text_.substr(pb, pe - pb)));
      if (flags & kEponymCue) return false;  // "test Rorschach"
      if (flags & (kStopWord | kConnector)) {
        // "San Cristóbal de las Casas", "el test de Rorschach", ", de
        // Lochrist" (where someone is from): a longer name's word, an
        // eponym, a place.
        size_t qb = pb, qe = pe;
        for (int back = 0; back < 2; ++back) {
          size_t b2, e2;
          WordBefore(text_, qb, &b2, &e2);
          if (e2 <= b2 || e2 == qb) {
            size_t k = qb;
            while (k > 0 && text_[k - 1] == ' ') --k;
            if (back == 0 && k > 0 && text_[k - 1] == ',' && text::Fold(text_.substr(pb, pe - pb)) == "de") {
              return false;
            }
            break;
          }
          if (StartsWithCapital(text_, b2)) return false;
          const uint32_t f2 = lexicon_.Flags(text::Fold(text_.substr(b2, e2 - b2)));
          if (f2 & kEponymCue) return false;
          if (!(f2 & (kStopWord | kConnector))) break;
          qb = b2;
          qe = e2;
        }
        (void)qe;
      }
    }
    // "San Martín", "Ciudad Juárez": a longer name's word; but "Ayer
    // Morelos nos ayudó" has a sentence's first word that is an everyday
    // word and no place with it.
    if (word_before && StartsWithCapital(text_, pb) && !AfterSentenceOpener(pb, pe, e)) return false;
    const size_t next = NextNameWord(text_, e);
    if (next != std::string_view::npos && text_[e] == ' ' && StartsWithCapital(text_, next)) {
      return false;  // "Lincoln Park", "Juárez García"
    }
    if (ordinary) {
      if (!word_before) return false;  // a sentence's or line's first word
      const uint32_t flags = lexicon_.Flags(text::Fold(text_.substr(pb, pe - pb)));
      if (flags & (kStopWord | kPlacePrep | kConnector)) return false;  // "la Paz", "de Luz"
    }
    return true;
  }

  // True if text[pb, pe), right before a word ending at e, opens its
  // sentence or line, is an everyday word (an adverb, a conjunction: "Ayer",
  // "Luego", "Then") and makes no place with the word ("Ciudad Juárez").
  bool AfterSentenceOpener(size_t pb, size_t pe, size_t e) const {
    size_t k = pb;
    while (k > 0 && (text_[k - 1] == ' ' || text_[k - 1] == '\t')) --k;
    if (k > 0 && text_[k - 1] != '\n' && text_[k - 1] != '.' && text_[k - 1] != '!' && text_[k - 1] != '?' &&
        text_[k - 1] != '"' && text_[k - 1] != ':') {
      return false;
    }
    std::string scratch;
    const uint64_t hash = FoldedWordHash(text_, pb, pe, &scratch);
    const uint32_t flags = lexicon_.FlagsOfHash(hash);
    if (flags & (kGivenName | kSurname | kTitle | kHonorific | kOrgWord | kInstitution | kKinCue)) return false;
    if (!(flags & (kStopWord | kCommonWord)) && !lexicon_.IsDictionaryHash(hash)) return false;
    return places_.ClassOf(text_.substr(pb, e - pb)) == PlaceClass::kNone;
  }

  // True if the words around text[b, e) say a place there: after a
  // preposition that rarely takes a person ("en Asís", "born in Assisi",
  // "desde Tecún"), whatever the word; for a place of the gazetteer also
  // after one that may ("a Juárez", "de Morelos"; not "vi a Juárez": a
  // word that takes a person comes before), after a place noun ("la
  // ciudad de Morelos"), or before a comma and a place ("Jackson,
  // Mississippi").
  bool IsPlaceHere(size_t b, size_t e) const {
    const bool place = places_.ClassOf(text_.substr(b, e - b)) != PlaceClass::kNone;
    size_t pb, pe;
    WordBefore(text_, b, &pb, &pe);
    if (pe > pb && pe < b) {
      const std::string before = text::Fold(text_.substr(pb, pe - pb));
      static const std::unordered_set<std::string_view> kAlwaysPlace = {
          "en", "in", "dans", "nan", "lan", "desde", "hasta", "hacia", "from", "near", "into", "au",
          "aux", "vers"};
      static const std::unordered_set<std::string_view> kPlaceWords = {
          "a", "de", "del", "para", "por", "to", "of", "at", "d", "ciudad", "estado", "municipio",
          "pueblo", "colonia", "city", "state", "town", "village", "county", "ville", "commune"};
      if (kAlwaysPlace.count(before) != 0 ||
          (place && (kPlaceWords.count(before) != 0 || (lexicon_.Flags(before) & kPlacePrep)))) {
        size_t ppb, ppe;
        WordBefore(text_, pb, &ppb, &ppe);
        const std::string before_that =
            ppe > ppb && ppe < pb ? text::Fold(text_.substr(ppb, ppe - ppb)) : std::string();
        if (!IsPersonContext(before_that, before)) return true;
      }
    }
    if (place && e + 2 < text_.size() && text_[e] == ',' && text_[e + 1] == ' ' && StartsWithCapital(text_, e + 2)) {
      const size_t we = LetterWordEnd(text_, e + 2, text_.size());
      if (places_.ClassOf(text_.substr(e + 2, we - e - 2)) != PlaceClass::kNone) return true;
    }
    return false;
  }

  // True if a company word ends the capitalized words, commas, "&" and
  // "and" after e on its line ("Cole and Ruiz LLP", "Parker & Sons"):
  // the firm's name, which the advocates need, keeps its partners' names.
  bool BeforeCompanyWord(size_t e) const {
    size_t k = e;
    for (int words = 0; words < 5 && k < text_.size();) {
      const char c = text_[k];
      if (c == '&') {  // "Parker & Sons", "Simon & Schuster": a firm
        size_t next = k + 1;
        while (next < text_.size() && text_[next] == ' ') ++next;
        if (StartsWithCapital(text_, next)) return true;
      }
      if (c == ' ' || c == ',' || c == '&') {
        ++k;
        continue;
      }
      if (!IsLetterByte(static_cast<unsigned char>(c))) return false;
      const size_t we = LetterWordEnd(text_, k, text_.size());
      if (we == k) return false;
      const std::string w = text::Fold(text_.substr(k, we - k));
      if (StartsWithCapital(text_, k)) {
        if (lexicon_.Flags(w) & kOrgSuffix) return true;
      } else if (w != "and" && w != "y" && w != "et") {
        return false;
      }
      ++words;
      k = we;
    }
    return false;
  }

  std::string_view text_;
  const PlaceGazetteer& places_;
  const NameLexicon& lexicon_;
  const std::vector<Finding>& names_;
  std::vector<Source> sources_;
  std::unordered_map<uint64_t, std::vector<size_t>> multi_;  // first word's hash -> sources
  std::unordered_map<uint64_t, Single> singles_;
  std::array<bool, 256> first_letter_{};
  std::array<uint64_t, 65536 / 64> first_pairs_{};  // folded first two letters of the names
  bool any_pair_ = false;  // a name that starts otherwise
  size_t matched_finding_ = 0;
};

}  // namespace

void AddEveryMentionOfFoundNames(std::string_view text, const PlaceGazetteer& places,
                                 const std::vector<Finding>& others, std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr || names->empty()) return;
  NameMentions mentions(text, places, *lexicon, *names);
  if (!mentions.Collect(names)) return;
  std::vector<Finding> added;
  mentions.Find(others, &added);
  if (added.empty()) return;
  // "Cruz Roja" after "José Cruz": the organisation's.
  KeepOrganisationNames(text, &added);
  names->insert(names->end(), added.begin(), added.end());
}

}  // namespace amparo::redaction
