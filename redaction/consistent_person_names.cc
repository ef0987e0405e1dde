#include "redaction/consistent_person_names.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>

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

bool IsPersonName(const Finding& f) {
  return f.type == IdentifierType::kPersonName || f.type == IdentifierType::kSurvivorName;
}

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

// A name to look for: its folded words and the finding it came from.
struct Source {
  std::vector<std::string> words;
  size_t finding;
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

  // Files the findings that propagate; false if none does.
  bool Collect() {
    std::unordered_set<std::string> seen;  // names of several words filed already
    std::vector<std::string> words;
    std::string key;
    for (size_t i = 0; i < names_.size(); ++i) {
      const Finding& f = names_[i];
      if (!IsPersonName(f) || f.confidence < kSourceConfidence || f.begin >= f.end || f.end > text_.size()) {
        continue;
      }
      words.clear();
      bool too_long = false;
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
        if (words.size() == kMaxNameWords) {
          too_long = true;
          break;
        }
        words.push_back(text::Fold(text_.substr(b, e - b)));
        b = e;
      }
      if (words.empty() || too_long) continue;
      if (words.size() == 1) {
        FileSingle(words[0], i, /*whole_finding=*/true, f.confidence);
        continue;
      }
      key.clear();
      for (const std::string& w : words) key.append(w).push_back(' ');
      if (!seen.insert(key).second) continue;
      std::vector<size_t>& at_first = multi_[text::FoldedHash(words[0])];
      if (at_first.size() < kMaxSourcesPerWord) {
        at_first.push_back(sources_.size());
        FileFirstLetter(words[0]);
        sources_.push_back(Source{words, i});
      }
      for (const std::string& w : words) FileSingle(w, i, /*whole_finding=*/false, f.confidence);
    }
    return !multi_.empty() || !singles_.empty();
  }

  // Appends to *added a finding for each mention no finding covers.
  void Find(const std::vector<Finding>& others, std::vector<Finding>* added) {
    std::vector<std::pair<size_t, size_t>> covered;  // [begin, end) of every finding
    covered.reserve(names_.size() + others.size());
    for (const auto* list : {&names_, &others}) {
      for (const Finding& f : *list) covered.emplace_back(f.begin, f.end);
    }
    std::sort(covered.begin(), covered.end());
    size_t next_covered = 0;
    size_t covered_to = 0;  // the farthest end of the findings that begin before the word
    std::string folded;
    ForEachWordRun(text_, [&](size_t b, size_t run_end) {
      if (!first_letter_[static_cast<unsigned char>(text_[b])] || !StartsWithCapital(text_, b)) return;
      const size_t e = LetterWordEnd(text_, b, run_end);
      if (e - b < 2 || (e < run_end && text_[e] != '\xE2')) return;  // "Juan2"
      if (b > 0 && (text_[b - 1] == '-' || text_[b - 1] == '\'')) return;  // "O'Juan", "Ruiz-Juan"
      folded.clear();
      text::AppendFolded(text_.substr(b, e - b), &folded);
      const uint64_t hash = text::FoldedHash(folded);
      size_t end = MatchWhole(hash, folded, e);
      bool single = false;
      auto it = singles_.end();
      if (end == 0) {
        it = singles_.find(hash);
        if (it == singles_.end()) return;
        if (!StandsAlone(b, e, it->second.ordinary)) return;
        end = e;
        single = true;
      }
      while (next_covered < covered.size() && covered[next_covered].first < end) {
        covered_to = std::max(covered_to, covered[next_covered].second);
        ++next_covered;
      }
      // Findings are few and short: any that begins before the mention ends
      // and reaches past its start covers part of it.
      if (covered_to > b) return;
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
  void FileFirstLetter(std::string_view folded) {
    const unsigned char c = static_cast<unsigned char>(folded[0]);
    if (c >= 'a' && c <= 'z') {
      first_letter_[c - 'a' + 'A'] = true;
      first_letter_[0xC3] = true;  // "Álvaro", "Óscar", "Ñuñez" fold to ASCII
    } else if (c >= 0x80) {
      first_letter_[c] = true;  // another script: its capitals fold to other bytes
      for (int k = 0xC0; k < 0x100; ++k) first_letter_[k] = true;
    }
  }

  void FileSingle(const std::string& w, size_t finding, bool whole_finding, float confidence) {
    if (w.size() < 3) return;
    const uint64_t hash = text::FoldedHash(w);
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
    const PlaceClass place = places_.ClassOf(w);
    if (!whole_finding && place != PlaceClass::kNone) return;
    // A town of the world found alone as a person ("catch Jupiter next")
    // on weak evidence: the route's towns ("Morelos se llevó") are read
    // with the veto's care, the world's are not.
    if (place != PlaceClass::kNone && place != PlaceClass::kListed && confidence < kOrdinarySourceConfidence) {
      return;
    }
    if (singles_.emplace(hash, Single{finding, ordinary}).second) FileFirstLetter(w);
  }

  // An everyday word of the lists, or a word of the dictionaries that no
  // name list has (the dictionaries hold "Israel", "Trinidad" too).
  bool IsOrdinaryWord(uint32_t flags, uint64_t hash) const {
    return (flags & (kCommonWord | kCommonName)) != 0 ||
           ((flags & (kGivenName | kSurname)) == 0 && lexicon_.IsDictionaryHash(hash));
  }

  // The end of the longest name of several words that starts with the
  // word (folded, ending at e) and continues in the text; 0 if none.
  size_t MatchWhole(uint64_t hash, std::string_view first, size_t e) {
    auto it = multi_.find(hash);
    if (it == multi_.end()) return 0;
    size_t best = 0;
    std::string folded;
    for (size_t s : it->second) {
      const Source& source = sources_[s];
      if (source.words[0] != first) continue;
      size_t at = e;
      bool match = true;
      for (size_t k = 1; k < source.words.size() && match; ++k) {
        const size_t b = NextNameWord(text_, at);
        if (b == std::string_view::npos) {
          match = false;
          break;
        }
        const size_t we = LetterWordEnd(text_, b, text_.size());
        if (we - b > 4 * source.words[k].size() + 4) {
          match = false;
          break;
        }
        folded.clear();
        text::AppendFolded(text_.substr(b, we - b), &folded);
        match = folded == source.words[k];
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
    if (word_before && StartsWithCapital(text_, pb)) return false;  // "San Martín", "Ciudad Juárez"
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
  size_t matched_finding_ = 0;
};

// The folded words of a name, one space between: "juan perez".
std::string FoldedName(std::string_view name) {
  std::string key;
  for (size_t b = 0; b < name.size();) {
    if (!IsLetterByte(static_cast<unsigned char>(name[b]))) {
      ++b;
      continue;
    }
    const size_t e = LetterWordEnd(name, b, name.size());
    if (e == b) {  // a typographic apostrophe
      b += 3;
      continue;
    }
    if (!key.empty()) key.push_back(' ');
    text::AppendFolded(name.substr(b, e - b), &key);
    b = e;
  }
  return key;
}

// One placeholder per person: a finding of no person group ("Juárez le
// pegó", found by the acts) joins the group of a finding of the same name,
// and a one-word finding ("Hidalgo") the group of the one name of several
// words it is part of ("Guadalupe Hidalgo"). Two groups sharing a word
// leave it as it was.
void ShareGroupsOfSameName(std::string_view text, std::vector<Finding>* names) {
  constexpr int kShared = -2;
  const auto file = [](std::unordered_map<std::string, int>* map, std::string key, int group) {
    auto [it, inserted] = map->emplace(std::move(key), group);
    if (!inserted && it->second != group) it->second = kShared;
  };
  std::vector<std::string> keys(names->size());
  std::unordered_map<std::string, int> whole;  // a grouped name -> its group
  std::unordered_map<std::string, int> part;   // a word of a name of several words -> its group
  bool one_word = false, ungrouped = false;
  for (size_t i = 0; i < names->size(); ++i) {
    const Finding& f = (*names)[i];
    if (!IsPersonName(f) || f.begin >= f.end || f.end > text.size()) continue;
    keys[i] = FoldedName(text.substr(f.begin, f.end - f.begin));
    const bool several = keys[i].find(' ') != std::string::npos;
    one_word = one_word || (!several && !keys[i].empty());
    ungrouped = ungrouped || f.person_group < 0;
    if (f.person_group >= 0) file(&whole, keys[i], f.person_group);
    if (!several) continue;
    for (size_t b = 0; b < keys[i].size();) {
      size_t e = keys[i].find(' ', b);
      if (e == std::string::npos) e = keys[i].size();
      if (e - b >= 3) file(&part, keys[i].substr(b, e - b), f.person_group);
      b = e + 1;
    }
  }
  if (!one_word && !ungrouped) return;
  for (size_t i = 0; i < names->size(); ++i) {
    Finding& f = (*names)[i];
    if (keys[i].empty()) continue;
    if (keys[i].find(' ') == std::string::npos) {
      auto it = part.find(keys[i]);
      // -1: the renderer joins it to the name of no group by its words.
      if (it != part.end() && it->second != kShared) {
        f.person_group = it->second;
        continue;
      }
    }
    if (f.person_group < 0) {
      auto it = whole.find(keys[i]);
      if (it != whole.end() && it->second >= 0) f.person_group = it->second;
    }
  }
}

}  // namespace

void AddEveryMentionOfFoundNames(std::string_view text, const PlaceGazetteer& places,
                                 const std::vector<Finding>& others, std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr || names->empty()) return;
  ShareGroupsOfSameName(text, names);
  NameMentions mentions(text, places, *lexicon, *names);
  if (!mentions.Collect()) return;
  std::vector<Finding> added;
  mentions.Find(others, &added);
  if (added.empty()) return;
  // "Cruz Roja" after "José Cruz": the organisation's.
  KeepOrganisationNames(text, &added);
  names->insert(names->end(), added.begin(), added.end());
}

}  // namespace amparo::redaction
