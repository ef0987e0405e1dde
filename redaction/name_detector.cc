// The shipped NameDetector: gazetteers, word classes and context, then a
// small trained model (name_model.h) with the last word on some candidates.
//
// One call makes a few linear passes over the tokens of the text:
//  1. tokenize and fold (each word hashed once), look every word up in the
//     lexicon, mark sentence starts, title-case sentences, @handles, names
//     written in lower case, and places (the place gazetteer);
//  2. give each capitalized word its own evidence (given name or surname,
//     ordinary word, unknown word, blocked: month, title, institution);
//  3. group capitalized words into runs ("María de los Ángeles Torres") and
//     judge each run from its words and its context: a cue before it (title,
//     "me llamo", "mi hermano"), an age or speech verb after it, a place
//     preposition, article, postal code or eponym noun before it;
//  4. flag the words after a name cue even in lower case, and every other
//     capitalized mention of a word flagged once;
//  5. let the model drop flagged words or add capitalized ones, where its
//     guards allow;
//  6. turn consecutive flagged words of a run into Findings with a person
//     group per distinct name.
// Recall is favoured: a capitalized word that no dictionary knows, in the
// middle of a sentence, is taken for a name. Texts over 64 KB go through
// these passes window by window (see NextCut() and Find()).
#include "redaction/name_detector.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "redaction/acting_person_names.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/name_model.h"
#include "redaction/name_tagger.h"
#include "redaction/ordinary_word_echoes.h"
#include "redaction/person_context.h"
#include "redaction/place_gazetteer_index.h"

namespace amparo::redaction {
namespace {

// Equality with a string literal, compared inline. In FindInWindow, GCC
// calls string_view::compare out of line for `==`, and its rules compare a
// candidate's neighbours with a dozen short words each (~85,000 calls per MB
// of text); a size test and a memcmp of constant length cost a few loads.
template <size_t N>
inline bool WordIs(std::string_view w, const char (&literal)[N]) {
  return w.size() == N - 1 && std::memcmp(w.data(), literal, N - 1) == 0;
}

using text::Token;

// True if the folded word has the shape of one Mandarin syllable in pinyin
// without tones ("na", "ping", "xiao", "zhuang"): an initial, then a final.
// A Chinese given name after "Li" is read by this shape, not by a list.
bool PinyinSyllable(std::string_view w) {
  static constexpr std::string_view kInitials[] = {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g",
                                                   "k",  "h",  "j",  "q", "x", "r", "z", "c", "s", "y", "w", ""};
  static constexpr std::string_view kFinals[] = {
      "a",  "o",   "e",    "i",   "u",   "ai",  "ei",  "ao",  "ou",   "an",  "en",   "ang", "eng", "ong",
      "ia", "ie",  "iao",  "iu",  "ian", "in",  "iang", "ing", "iong", "ua",  "uo",   "uai", "ui",  "uan",
      "un", "uang", "ue",  "er",  "v",   "ve"};
  if (w.size() < 2 || w.size() > 6) return false;
  for (std::string_view initial : kInitials) {
    if (w.substr(0, initial.size()) != initial) continue;
    const std::string_view rest = w.substr(initial.size());
    for (std::string_view final : kFinals) {
      if (rest == final) return true;
    }
  }
  return false;
}

// How much a capitalized word on its own looks like part of a person's name.
enum Evidence : int8_t {
  kBlocked = -1,   // month, title, institution word: never a name token
  kWord = 0,       // an ordinary word
  kAmbiguous = 1,  // a name that is also an ordinary word (Rosa, Blanco, Will)
  kUnknown = 2,    // in no list: foreign words, brands... and rare names
  kStrong = 3,     // a given name or surname that is no ordinary word
};

// A day or a moment, folded, as it follows "je t'appelle", "te llamo",
// "m ap rele w" when the verb is a phone call ("je t'appelle demain").
bool IsMomentAfterACall(std::string_view w) {
  static constexpr std::string_view kMoments[] = {
      "demain", "bientot", "maintenant", "tantot", "ensuite", "apres", "tard", "manana", "luego", "ahorita",
      "ahora", "despues", "pronto", "tarde", "temprano", "demen", "apre", "kounye", "tomorrow", "later", "tonight"};
  for (std::string_view m : kMoments) {
    if (w == m) return true;
  }
  return false;
}

bool IsSentenceEnd(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == ':' || c == 0x2026 || c == ';' || c == '|';
}

// Endings of technical words (drugs, diseases, procedures) that names lack.
bool HasWordSuffix(std::string_view w) {
  static constexpr std::string_view kSuffixes[] = {
      "oma", "omas", "itis", "osis", "emia", "ismo", "azol", "micina", "cilina", "taxel",
      "platino", "mab", "ologia", "grafia", "scopia", "ectomia", "plastia", "tomia", "algia",
      "patia", "cina", "ato", "ivo", "iva", "mente", "cion",
      "ciones", "tion", "tions", "ness", "ment", "ism", "ology", "itis", "idad", "ilidad",
      // Drugs and germs: Talidomida, Prednisona, Midazolam, Atenolol,
      // Tacrolimus, Meropenem, Moxifloxacino, Streptokinasa, Enterobacter.
      "mida", "olona", "isona", "idona", "ctona", "zolam", "zepam", "zapam", "olol", "limus",
      "penem", "acino", "ciclina", "statina", "sartan", "tinib", "kinasa", "quinasa", "coccus",
      "ococo", "bacter", "bacterium", "monas", "pril", "prim", "cepam", "pride", "porfin",
      "dipino", "dipina", "mib", "triptan", "xona", "navir", "ciclovir", "fovir"};
  // Filed by their last letter: a word is compared with the few suffixes
  // ending like it, each from the end (a memcmp call per suffix cost more
  // than the rest of this pass).
  static const std::array<std::vector<std::string_view>, 256> kByLast = [] {
    std::array<std::vector<std::string_view>, 256> by_last;
    for (std::string_view s : kSuffixes) by_last[static_cast<unsigned char>(s.back())].push_back(s);
    return by_last;
  }();
  if (w.empty()) return false;
  for (std::string_view s : kByLast[static_cast<unsigned char>(w.back())]) {
    if (w.size() < s.size() + 2) continue;
    size_t k = 1;
    while (k <= s.size() && w[w.size() - k] == s[s.size() - k]) ++k;
    if (k > s.size()) return true;
  }
  // Long words in "-ina" of no name list: Citarabina, Bendamustina,
  // Inmunoglobulina (the given names, Valentina or Guillermina, are listed).
  return w.size() >= 9 && w[w.size() - 1] == 'a' && w[w.size() - 2] == 'n' &&
         w[w.size() - 3] == 'i';
}

// Street and floor words that open the address on an institution's line
// ("Hospital Pablo Tobón Uribe Calle 78b", "Hospital Juan Canalejo Planta
// 11").
bool IsStreetWordOfAnAddressLine(std::string_view folded) {
  static constexpr std::string_view kWords[] = {"calle", "carrera", "avenida", "av", "avda", "paseo",
                                                "calzada", "diagonal", "transversal", "rua", "street",
                                                "avenue", "road", "rue", "boulevard", "planta", "piso",
                                                "floor"};
  return std::ranges::find(kWords, folded) != std::end(kWords);
}

// "IgG", "QTc", "HbA": short words with a capital after the first letter.
bool MixedCaseAbbreviation(std::string_view text, const Token& t) {
  if (t.end - t.begin > 4) return false;
  for (size_t k = t.begin + 1; k < t.end; ++k) {
    if (text[k] >= 'A' && text[k] <= 'Z') return true;
  }
  return false;
}

// "MetroPCS", "GOwCLQJ", "VFtaf", "CityTV": two capitals side by side in a
// word that has lower case too make a brand, a link's code or OCR noise; a
// name has its capitals apart ("McDonald", "DeAndre", "PewDiePie").
bool AdjacentCapitals(std::string_view text, const Token& t) {
  bool lower = false, pair = false;
  for (size_t k = t.begin; k < t.end; ++k) {
    const char c = text[k];
    if (c >= 'a' && c <= 'z') lower = true;
    if (k > t.begin && c >= 'A' && c <= 'Z' && text[k - 1] >= 'A' && text[k - 1] <= 'Z') {
      pair = true;
    }
  }
  return lower && pair;
}

// "35e", "12th", "1st", "90º": an ordinal of one or two digits, as match
// reports write a goal's minute in parentheses after the scorer.
bool IsMinuteOrdinal(const text::Tokens& tk, const Token& t) {
  if (!t.word || !t.has_digit || !t.has_letter) return false;
  const std::string_view w = tk.Folded(t);
  size_t d = 0;
  while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
  if (d == 0 || d > 3) return false;
  const std::string_view suffix = w.substr(d);
  return suffix == "e" || suffix == "eme" || suffix == "th" || suffix == "st" || suffix == "nd" ||
         suffix == "rd" || suffix == "o";
}

// "min. 51: Kiko", "minuto 88: Morientes", "51': Raúl": token p is the
// minute of a goal and a ':' lies between it and the run at `first`.
bool ScorerMinuteBefore(const text::Tokens& tk, long p, size_t first) {
  const auto& ts = tk.tokens;
  if (p < 1 || !ts[p].has_digit || ts[p].has_letter || ts[p].end - ts[p].begin > 3) return false;
  bool colon = false;
  for (size_t k = static_cast<size_t>(p) + 1; k < first; ++k) colon = colon || ts[k].first == ':';
  if (!colon) return false;
  long q = p - 1;
  if (!ts[q].word && ts[q].first == '.') --q;
  if (q < 0 || !ts[q].word) return false;
  const std::string_view w = tk.Folded(ts[q]);
  return w == "min" || w == "minuto" || w == "minute" || w == "mn";
}

// English cricket scoreboards: "c Croft b Harris", "lbw b Waqar Younis",
// "st Healy b Warne": token p is the lone lower-case "b", "c" or "st" of a
// dismissal, after a name or "lbw", or opening it.
bool CricketDismissalBefore(const text::Tokens& tk, long p) {
  const auto& ts = tk.tokens;
  if (p < 1 || !ts[p].word || ts[p].capitalized) return false;
  const std::string_view w = tk.Folded(ts[p]);
  if (w != "b" && w != "c" && w != "st") return false;
  const Token& before = ts[p - 1];
  if (!before.word) return false;
  return before.capitalized || tk.Folded(before) == "lbw";
}

// Function words of Spanish or French that are English given names too:
// in English text, capitalized before a name, they open it.
bool ForeignFunctionWordName(std::string_view folded) {
  return folded == "les" || folded == "ella" || folded == "elle" || folded == "del";
}

bool IsJoiner(char32_t c) { return c == '-' || c == '\'' || c == 0x2019 || c == 0x2010; }

// (word hash, best score of the word where it was flagged), sorted by
// hash, one entry per word.
using WordScores = std::vector<std::pair<uint64_t, float>>;

// The best score of the word with this hash, or 0 if it was never flagged.
float ScoreOf(const WordScores& scores, uint64_t hash) {
  auto it = std::lower_bound(scores.begin(), scores.end(), std::make_pair(hash, 0.0f),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
  return it != scores.end() && it->first == hash ? it->second : 0.0f;
}

// What one window of text yields; offsets are relative to the window.
struct WindowResult {
  std::vector<Finding> findings;  // person_group not set yet
  std::vector<std::string> keys;  // the folded name of each finding
  WordScores seen;                // words pass 3 propagates
  // Words pass 3 left unflagged here but would flag if the text-wide
  // score were higher than this window's (hashes, sorted, unique).
  std::vector<uint64_t> candidates;
  // The lower-case words of the window that pass 3 would flag if a name of
  // theirs were flagged elsewhere ("pedro" after "Pedro Ramírez"): a filter
  // of their hashes (LowerWordBit), set only with candidates.
  std::vector<uint64_t> lower_words;
  // WordsSeen::pronoun_starts of the window (offsets in the window), if asked.
  std::vector<uint32_t> pronoun_starts;
  // The window's tokens, with pronoun_starts (WordsSeen::tokens).
  text::Tokens tokens;
};

// The bit of a word's hash in a filter of 2^13 bits (WindowResult::lower_words
// and pass 3's filter of flagged words): false positives only cost a lookup.
constexpr size_t kLowerWordBits = 1 << 13;
inline size_t LowerWordBit(uint64_t hash) { return (hash >> 17) & (kLowerWordBits - 1); }
inline bool TestBit(const std::vector<uint64_t>& bits, size_t b) { return (bits[b >> 6] >> (b & 63)) & 1; }
inline void SetBit(std::vector<uint64_t>* bits, size_t b) { (*bits)[b >> 6] |= uint64_t{1} << (b & 63); }
// A name flagged with at least this score makes its lower-case echoes names.
constexpr float kLowerCaseEcho = 0.6f;
// Words whose lower-case form is never an echo of a name: function and cue
// words, ordinary words that are names too, nationalities, words of places
// and institutions.
constexpr uint32_t kNeverLowerCaseEcho =
    kStopWord | kConnector | kMonth | kTitle | kNameCue | kKinCue | kSpeechCue | kPlacePrep |
    kOrgWord | kCommonWord | kCommonName | kDemonym | kNotNameWord | kEponymCue | kOrgSuffix |
    kInstitution | kHonorific | kRoleCue | kEponymWord | kPlaceSuffix | kVesselCue | kPostCue;
// In capitals, a given name that is an ordinary word too ("ROSA ES MI
// NOMBRE" after "Me llamo Rosa Pérez") may echo a name flagged on strong
// evidence (pass 3); in lower case it never does ("color rosa").
constexpr uint32_t kNeverCapsEcho = kNeverLowerCaseEcho & ~(kCommonWord | kCommonName);

class GazetteerNameDetector final : public NameDetector {
 public:
  GazetteerNameDetector(const NameLexicon* lexicon, const PlaceIndex* places,
                        const NameModel* model, CandidateObserver observer,
                        const NameTagger* tagger = nullptr, CandidateObserver tagger_observer = nullptr)
      : lexicon_(lexicon), places_(places), model_(model), observer_(std::move(observer)),
        tagger_(tagger), tagger_observer_(std::move(tagger_observer)) {}

  using NameDetector::Find;
  std::vector<Finding> Find(std::string_view text, std::string_view language,
                            WordsSeen* words) const override;

 private:
  // Passes 1 to 4 on one window of the text (see Find()). seen_in_text:
  // the best score of each word flagged anywhere in the text, for pass 3;
  // null: the window's own. with_candidates: fill out->candidates (the
  // text has other windows and their scores are not known yet).
  // with_pronouns: fill out->pronoun_starts (WordsSeen).
  void FindInWindow(std::string_view text, std::string_view language,
                    const WordScores* seen_in_text, bool with_candidates,
                    WindowResult* out, bool with_pronouns = false) const;

  // A camel-case hashtag that mourns, wishes or defends someone by name:
  // "#RIPKobe", "#JusticeForTamika", "#PrayForDeshawn", "#FreeBritney",
  // "#HappyBirthdayJaquan" (raw: the hashtag's word, without '#').
  bool MournsWishesOrDefendsSomeone(std::string_view raw) const;

  const NameLexicon* lexicon_;
  const PlaceIndex* places_;
  const NameModel* model_;       // nullptr: the rules alone decide
  CandidateObserver observer_;  // training only
  const NameTagger* tagger_;     // nullptr: no proposals of the tagger
  CandidateObserver tagger_observer_;  // training of the tagger only
};

bool GazetteerNameDetector::MournsWishesOrDefendsSomeone(std::string_view raw) const {
  // What such hashtags open with, in lower case; the name follows at a
  // capital ("RIP" + "Kobe"), not inside a word ("#FreebieFriday").
  // Some name towns and countries as often ("#PrayForParis", "#FreeTibet");
  // after the others a given name that is a town too is the person
  // ("#RIPKobe", "#JusticeForAustin").
  struct Cue {
    std::string_view text;
    bool places_too;
  };
  static constexpr Cue kCues[] = {
      {"rip", false},          {"restinpeace", false}, {"longlive", true},   {"prayfor", true},
      {"prayersfor", true},    {"justicefor", false},  {"free", true},       {"happybirthday", false},
      {"happybday", false},    {"hbd", false},         {"istandwith", true}, {"standwith", true},
      {"bringback", true},     {"findmy", true},       {"missing", true}};
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  const std::string folded = text::Fold(raw);
  for (const Cue& entry : kCues) {
    // Named copies, not a structured binding: clang 14 (the fuzz build)
    // cannot capture a binding in the lambda below.
    const std::string_view cue = entry.text;
    const bool places_too = entry.places_too;
    if (folded.size() < cue.size() + 3 || folded.compare(0, cue.size(), cue) != 0 ||
        !upper(raw[cue.size()]) || !lower(raw[cue.size() + 1])) {
      continue;
    }
    // The rest: one or two words, each a capital and lower-case letters
    // ("Kobe", "GeorgeFloyd"), that are no place ("#PrayForParis"), no
    // function word ("#PrayForTheWorld") and no everyday word unless a
    // name list has it and no dictionary says it is ordinary ("#PrayForPeace",
    // "#FreeHugs", "#RIPVine"). Words training text saw outside names count:
    // "Kobe" is a town and a beef too.
    const std::string_view rest = raw.substr(cue.size());
    auto place = [&](const std::string& folded_words, uint32_t flags) {
      return places_->Lookup(folded_words) != nullptr && (places_too || !(flags & kGivenName));
    };
    const std::string rest_folded = text::Fold(rest);
    if (place(rest_folded, lexicon_->Flags(rest_folded))) return false;
    size_t words = 0;
    for (size_t b = 0; b < rest.size();) {
      size_t e = b + 1;
      while (e < rest.size() && lower(rest[e])) ++e;
      if (e < rest.size() && !upper(rest[e])) return false;  // a digit or a mark
      if (e - b < 2 || ++words > 2) return false;
      const std::string word = text::Fold(rest.substr(b, e - b));
      const uint64_t hash = text::FoldedHash(word);
      const uint32_t f = lexicon_->FlagsOfHash(hash);
      if ((f & (kStopWord | kConnector | kMonth | kPlacePrep | kDemonym | kTitle | kKinCue)) ||
          place(word, f)) {
        return false;
      }
      const bool listed = (f & (kGivenName | kSurname)) && !(f & (kCommonWord | kCommonName));
      if (!listed && lexicon_->IsDictionaryHash(hash)) return false;
      b = e;
    }
    return words > 0;
  }
  return false;
}

// Per-call working state; one pass builds it, the next passes read it.
struct TokenInfo {
  uint32_t flags = 0;
  uint8_t place = 0;  // 1: inside a multi-word place, 2: a one-word place
  bool sentence_start = false;
  bool name_shape = false;  // capitalized word with letters, no digits
  Evidence evidence = kWord;
  float score = 0;  // > 0: flagged as part of a name, with this confidence
  int run = -1;     // index of the capitalized run holding the token
  bool lower_case_name = false;  // a gazetteer name written in lower case
  bool shouted = false;          // in a sentence written in capitals
};

// A post names its holder (cues.tsv `post`): right before the run at
// `first`, in lower case ("the spokesman Nikolaus van der Pas", "el tenista
// Carlos Moyá"), or ending a phrase of up to ten words closed by a comma
// before it ("el ministro de Economía, Rodrigo Rato, dijo", "le porte-parole
// du gouvernement, Daniel Vaillant."). In apposition the run must hold a
// word that may be a name and end at a comma, a parenthesis, a speech verb or
// the sentence's end: "el ministro de Economía, Hacienda y Comercio" names
// departments.
bool PostBefore(const text::Tokens& tk, const std::vector<TokenInfo>& info, long p,
                size_t first, std::span<const size_t> words) {
  const auto& ts = tk.tokens;
  if (p < 0 || words.empty()) return false;
  auto post = [&](size_t k) {
    return (info[k].flags & kPostCue) && !ts[k].capitalized;
  };
  if (static_cast<size_t>(p) + 1 == first) return post(p);
  bool comma = false;
  for (size_t k = static_cast<size_t>(p) + 1; k < first; ++k) {
    if (ts[k].word || ts[k].first != ',') return false;
    comma = true;
  }
  if (!comma) return false;
  bool nameish = false;
  for (size_t w : words) nameish = nameish || (info[w].evidence >= kAmbiguous && info[w].place == 0);
  if (!nameish) return false;
  const size_t after = words.back() + 1;
  if (after < ts.size() && !ts[after].newline_before) {
    const Token& a = ts[after];
    const bool ends = a.word ? (info[after].flags & kSpeechCue) != 0
                             : (a.first == ',' || a.first == '(' || a.first == '.' || a.first == ';');
    if (!ends) return false;
  }
  for (long k = p, seen = 0; k >= 0 && seen < 10; --k) {
    if (!ts[k].word) {
      if (ts[k].first == '-' || ts[k].first == '\'' || ts[k].first == 0x2019) continue;
      return false;
    }
    ++seen;
    if (post(static_cast<size_t>(k))) return true;
    if (ts[k].newline_before) return false;
  }
  return false;
}

// Token k on the name's line is a number ("10", "3.5", "10.30", "20,00")
// or a code opening with a capital ("B4521", "C12": a badge, a cell, a
// plate) and a word in lower case follows it there: "Yefri 10.30 at night
// came back", "Kowalczyk B4521 took my papers", not "Kubuntu 20.04." nor
// "Route 66 East". A product before its code is product_names.cc's.
bool LowerWordAfterNumber(const std::vector<Token>& ts, size_t k) {
  const size_t n = ts.size();
  if (k >= n || !ts[k].word || !ts[k].has_digit || !ts[k].space_before || ts[k].newline_before) return false;
  if (ts[k].has_letter) {
    return ts[k].capitalized && ts[k].end - ts[k].begin <= 8 && k + 1 < n && ts[k + 1].word &&
           !ts[k + 1].capitalized && ts[k + 1].has_letter && !ts[k + 1].has_digit && ts[k + 1].space_before &&
           !ts[k + 1].newline_before;
  }
  ++k;
  if (k + 1 < n && !ts[k].word && (ts[k].first == '.' || ts[k].first == ',' || ts[k].first == ':') &&
      !ts[k].space_before && ts[k + 1].word && ts[k + 1].has_digit && !ts[k + 1].has_letter &&
      !ts[k + 1].space_before) {
    k += 2;
  }
  return k < n && ts[k].word && !ts[k].capitalized && ts[k].has_letter && !ts[k].has_digit &&
         ts[k].space_before && !ts[k].newline_before;
}

// Tokens k and k + 1 on the name's line are words in capitals, one of them
// an object pronoun: a verb shouted at the speaker ("HIT ME", "ME PEGÓ",
// "NOS QUITÓ", "M'A FRAPPÉ"), not "Tapachula ESTADO DE CHIAPAS".
bool CapsActAfter(const text::Tokens& tk, const std::vector<Token>& ts, size_t k) {
  const size_t n = ts.size();
  int pronouns = 0;
  for (size_t j = k; j < k + 2; ++j) {
    if (j >= n || !ts[j].word || !ts[j].all_caps || ts[j].has_digit || ts[j].newline_before) {
      return false;
    }
    const std::string_view w = tk.Folded(ts[j]);
    pronouns += w == "me" || w == "nos" || w == "te" || w == "us" || w == "him" || w == "her" ||
                w == "them" || w == "m" || w == "nou" || w == "mwen" || w == "li";
    // French "M'A FRAPPÉ" is one token for "M" and the apostrophe after it.
    if (j + 1 < n && !ts[j + 1].word && !ts[j + 1].space_before) ++j;
  }
  return pronouns > 0;
}

// Token k is a time of day: hours and minutes ("7.45", "10:30", "19h30" is
// not read) or hours before "am", "pm", "h", "hrs" ("9 pm").
bool TimeAt(const text::Tokens& tk, const std::vector<Token>& ts, size_t k) {
  const size_t n = ts.size();
  auto digits = [&](size_t j, int* value) {
    if (j >= n || !ts[j].word || ts[j].has_letter || ts[j].end - ts[j].begin > 2) return false;
    const std::string_view d = tk.Folded(ts[j]);
    *value = 0;
    for (char c : d) {
      if (c < '0' || c > '9') return false;
      *value = *value * 10 + (c - '0');
    }
    return true;
  };
  int hours = 0, minutes = 0;
  if (!digits(k, &hours) || hours > 24) return false;
  if (k + 2 < n && !ts[k + 1].word && (ts[k + 1].first == '.' || ts[k + 1].first == ':') &&
      !ts[k + 1].space_before && !ts[k + 2].space_before && ts[k + 2].end - ts[k + 2].begin == 2 &&
      digits(k + 2, &minutes) && minutes < 60) {
    return true;
  }
  if (k + 1 >= n || !ts[k + 1].word) return false;
  const std::string_view unit = tk.Folded(ts[k + 1]);
  return unit == "am" || unit == "pm" || unit == "h" || unit == "hrs";
}

// Token k is a word alone between two periods on its line, a period before
// it and a sentence about a person after it, opened by a pronoun: "parti.
// Kerbrat . Il nous a laissés", "el coyote. Chiquiya. Así le decían". A
// survivor names who it was, then tells of them; OCR leaves lone words
// between periods too, but a pronoun seldom follows them.
bool LoneBetweenPeriods(const text::Tokens& tk, const std::vector<Token>& ts, size_t k) {
  const size_t n = ts.size();
  if (k == 0 || ts[k - 1].word || ts[k - 1].first != '.' || ts[k].newline_before) return false;
  if (k + 2 >= n || ts[k + 1].word || ts[k + 1].first != '.' || ts[k + 1].newline_before) return false;
  if (!ts[k + 2].word || !ts[k + 2].capitalized || ts[k + 2].newline_before) return false;
  static const std::unordered_set<std::string_view> kPronouns = {
      "il", "elle", "lui", "c", "ce", "he", "she", "him", "that", "el", "él", "ella", "ese", "esa",
      "asi", "así", "li", "se", "le", "les", "lo", "la", "me", "nos", "nou", "m"};
  return kPronouns.count(tk.Folded(ts[k + 2])) != 0;
}

// Token k is joined to the word before it by a hyphen, no space between
// ("Lyon-Kerbrat").
bool HyphenedToWordBefore(const std::vector<Token>& ts, size_t k) {
  return k >= 2 && !ts[k].space_before && !ts[k - 1].word && !ts[k - 1].space_before &&
         (ts[k - 1].first == '-' || ts[k - 1].first == 0x2010) && ts[k - 2].word;
}

bool NameShape(const Token& t) {
  // Capitals first: most words have none, and pass 1 asks this of each.
  return t.capitalized && t.has_letter && !t.has_digit && t.word;
}

// Punctuation OCR leaves between a French title and its name ("M* ANDRE",
// "M» CHEVALLIER", "M° HERPIN"); '.' is the printed one.
bool TitleMark(char32_t c) {
  return c == '.' || c == '*' || c == 0xBB || c == 0xB0;
}

// The first token of a name whose first flagged word is token i: the
// particles between a title and the name belong to it ("M. de Mauroy",
// "M. Le Bars", "M. d'Estournelles", "Sr. de la Fuente"), else i. A
// lower-case article after the title introduces a role ("M. le Maire").
size_t TitledParticles(const text::Tokens& tk, const std::vector<TokenInfo>& info, size_t i) {
  const std::vector<Token>& ts = tk.tokens;
  size_t first = i;
  for (int taken = 0; taken < 2 && first >= 2 && !ts[first].newline_before; ++taken) {
    size_t p = first - 1;
    if (!ts[p].word && (ts[p].first == '\'' || ts[p].first == 0x2019) && !ts[p].space_before) {
      --p;  // "d'"
      if (!ts[p].word || tk.Folded(ts[p]) != "d") break;
    } else if (!ts[p].word || !(info[p].flags & kConnector) || info[p].score > 0) {
      break;
    }
    if (ts[p].newline_before || p == 0) break;
    size_t q = p - 1;
    if (!ts[q].word && TitleMark(ts[q].first) && q > 0 && !ts[q].newline_before) --q;
    if (ts[q].word && ts[q].capitalized && (info[q].flags & kTitle)) {
      const std::string_view w = tk.Folded(ts[p]);
      const bool article = !ts[p].capitalized && (w == "le" || w == "la" || w == "les");
      return article ? i : p;
    }
    first = p;
  }
  return i;
}

// French text only: marks as titles (kTitle) the forms of "Monsieur" and
// "Maître" that the lexicon cannot know because OCR or a run of capitals
// hides them. candidates: the capitalized words and words with digits.
void MarkFrenchTitles(std::string_view text, const text::Tokens& tk,
                      const std::vector<uint32_t>& candidates, std::vector<TokenInfo>* info) {
  const std::vector<Token>& ts = tk.tokens;
  const size_t n = ts.size();
  // A name starts at k: a capitalized word, or a particle before one
  // ("M. de Mauroy"), on the same line.
  auto name_at = [&](size_t k) {
    if (k >= n || !ts[k].word || ts[k].newline_before || !ts[k].has_letter || ts[k].has_digit) {
      return false;
    }
    if (ts[k].capitalized) return true;
    size_t m = k + 1;
    const bool elided = m < n && !ts[m].word && (ts[m].first == '\'' || ts[m].first == 0x2019);
    const std::string_view w = tk.Folded(ts[k]);
    // Not "M. le Maire", "M. le docteur": a role, not a name.
    if (w == "le" || w == "la" || w == "les" || w == "l") return false;
    if (!((*info)[k].flags & kConnector) && !(elided && w == "d")) return false;
    if (elided) ++m;
    return m < n && ts[m].word && ts[m].capitalized && !ts[m].newline_before;
  };
  for (const uint32_t i : candidates) {
    const Token& t = ts[i];
    if (i + 1 >= n || !t.capitalized) continue;
    const std::string_view raw = text.substr(t.begin, t.end - t.begin);
    const Token& next = ts[i + 1];
    bool title = false;
    if (raw == "M" && !next.word &&
        (TitleMark(next.first) || next.first == '\'' || next.first == 0x2019 ||
         next.first == '"' || next.first == 0xAB)) {
      // Not an initial among initials ("J. M. Dupont") or after a given name.
      const bool initial = i >= 2 && !ts[i - 1].word && ts[i - 1].first == '.' &&
                           ts[i - 2].word && ts[i - 2].end - ts[i - 2].begin == 1;
      const bool after_given = i >= 1 && ts[i - 1].word && ts[i - 1].capitalized &&
                               ((*info)[i - 1].flags & kGivenName);
      title = !initial && !after_given && name_at(i + 2);
    } else if ((raw == "NI" || raw == "Ni") && !next.word &&
               (next.first == '.' || next.first == '*' || next.first == '-')) {
      title = name_at(i + 2);
    } else if (raw == "Me" || raw == "Mw" || raw == "M0" || raw == "Mo") {
      title = next.word && name_at(i + 1) && !((*info)[i + 1].flags & kStopWord);
    }
    if (title) {
      (*info)[i].flags = ((*info)[i].flags & ~(kStopWord | kGivenName | kSurname | kNameWord)) |
                         kTitle;
    }
  }
}

// "Jan", "Mar", "Jun": a month's abbreviation that a given-name list has too.
bool IsMonthAbbreviation(std::string_view folded) {
  return folded == "jan" || folded == "feb" || folded == "mar" || folded == "apr" || folded == "jun" ||
         folded == "jul" || folded == "aug" || folded == "sep" || folded == "sept" || folded == "oct" ||
         folded == "nov" || folded == "dec";
}

// True if the abbreviation ts[i] is said as a month: a number next to it
// ("Jan 2020", "12 Jan", "Jan. 5", "12-Jan-2020"), "of" or "de" and a number
// after it, another month next to it ("Jan-Feb", "Jan to Mar"), or in
// English a word of time before it ("in Jan", "since Jan", "last Jan").
// Elsewhere a capitalized "Jan" is the given name ("Jan came with us", the
// Haitian "Jan te bat nou"), where the name is the safer reading too.
bool MonthAbbreviationInDate(const text::Tokens& tk, const NameLexicon& lexicon, size_t i, bool english) {
  const std::vector<Token>& ts = tk.tokens;
  const size_t n = ts.size();
  const auto date_mark = [&](size_t k) {
    return !ts[k].word && (ts[k].first == '.' || ts[k].first == '-' || ts[k].first == '/' || ts[k].first == ',');
  };
  // The word before and after, across one mark of a date.
  size_t p = n, q = n;
  if (i > 0) {
    p = i - 1;
    if (!ts[p].word) p = date_mark(p) && p > 0 && ts[p - 1].word ? p - 1 : n;
  }
  if (i + 1 < n) {
    q = i + 1;
    if (!ts[q].word) q = date_mark(q) && q + 1 < n && ts[q + 1].word && !ts[q + 1].newline_before ? q + 1 : n;
    if (q < n && ts[q].newline_before) q = n;
  }
  const auto month = [&](size_t k) { return k < n && ts[k].word && (lexicon.FlagsOfHash(ts[k].hash) & kMonth); };
  if ((p < n && ts[p].has_digit) || (q < n && ts[q].has_digit) || month(p) || month(q)) return true;
  if (q < n && q + 1 < n) {
    const std::string_view w = tk.Folded(ts[q]);
    if ((w == "of" || w == "de" || w == "del") && ts[q + 1].word && ts[q + 1].has_digit) return true;
    if ((w == "to" || w == "and" || w == "through" || w == "a" || w == "al" || w == "au" || w == "y" ||
         w == "et") &&
        month(q + 1)) {
      return true;
    }
  }
  if (p < n && p > 0) {
    const std::string_view w = tk.Folded(ts[p]);
    if ((w == "to" || w == "and" || w == "through" || w == "a" || w == "al" || w == "au" || w == "y" ||
         w == "et") &&
        month(p - 1)) {
      return true;
    }
  }
  if (english && p < n && p + 1 == i) {
    const std::string_view w = tk.Folded(ts[p]);
    return w == "in" || w == "since" || w == "until" || w == "till" || w == "last" || w == "next" ||
           w == "early" || w == "late" || w == "mid" || w == "during" || w == "this" || w == "through";
  }
  return false;
}

}  // namespace

namespace {

// Windows of about this size keep the per-token state of the name detector
// (tens of bytes per byte of text) bounded whatever the size of the text.
constexpr size_t kWindowBytes = 64 << 10;

// The first place at or after `from` where a window may end, or text.size().
//
// Where it cuts, a window gives exactly the findings the whole text would
// give, because every rule of the detector looks at its neighbours only
// within a sentence or a line:
//  - a cut right after a line break that follows '.', '!' or '?': runs of
//    names, cue words, lists, initials and places all stop at a line break,
//    and the only rule that reaches back over one (a cue ending in ':',
//    "Médico:\nJuan Pérez") cannot see past the '.';
//  - in text without such line breaks (one huge line), before a capital
//    after ". " when the word before the '.' has six or more lower-case
//    letters: a sentence starts there, the '.' ends every run, and a word of
//    that shape is no title ("Dr."), initial ("J.") or abbreviation that
//    could join the words across the '.'.
//  - in text with neither for kMaxUncutBytes, after a space or anywhere
//    (a name cut in two there is still found as its two halves).
// What a name found in one window means for the others (pass 3, the person
// groups) is settled afterwards, across all windows.
constexpr size_t kMaxUncutBytes = 4 * kWindowBytes;
size_t NextCut(std::string_view text, size_t from) {
  const size_t n = text.size();
  for (size_t lo = from; lo < n; lo += kWindowBytes) {
    // Text with no sentence to cut at (one huge line of handles, numbers
    // or words) is cut anyway after kMaxUncutBytes, after a space if one
    // comes soon, else on a code point boundary: the tokens of a window
    // take tens of bytes per byte of text, so an uncut window would make
    // memory grow with the input instead of staying flat.
    if (lo - from >= kMaxUncutBytes) {
      const size_t limit = std::min(n, lo + 256);
      for (size_t k = lo; k < limit; ++k) {
        if (text[k] == ' ' || text[k] == '\t') return k + 1;
      }
      while (lo < n && (static_cast<unsigned char>(text[lo]) & 0xC0) == 0x80) ++lo;
      return lo;
    }
    const size_t hi = std::min(n, lo + kWindowBytes);
    for (size_t pos = lo; pos < hi;) {
      const void* hit = std::memchr(text.data() + pos, '\n', hi - pos);
      if (hit == nullptr) break;
      const size_t nl = static_cast<size_t>(static_cast<const char*>(hit) - text.data());
      size_t b = nl;
      while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '\r')) --b;
      if (b > 0 && (text[b - 1] == '.' || text[b - 1] == '!' || text[b - 1] == '?')) return nl + 1;
      pos = nl + 1;
    }
    for (size_t pos = lo; pos < hi && pos + 2 < n; ++pos) {
      if (text[pos] != '.' || text[pos + 1] != ' ' || text[pos + 2] < 'A' || text[pos + 2] > 'Z') {
        continue;
      }
      size_t b = pos;
      while (b > 0 && text[b - 1] >= 'a' && text[b - 1] <= 'z') --b;
      const bool whole_word = b == 0 || (static_cast<unsigned char>(text[b - 1]) < 0x80 &&
                                         !std::isalnum(static_cast<unsigned char>(text[b - 1])));
      if (pos - b >= 6 && whole_word) return pos + 2;
    }
  }
  return n;
}

// Person groups: one per distinct folded name, numbered by first finding;
// a one-word mention joins the group of the only longer name holding it.
void AssignGroups(std::string_view text, const std::vector<std::string>& keys,
                  std::vector<Finding>* findings) {
  std::unordered_map<std::string_view, int> groups;
  for (size_t i = 0; i < findings->size(); ++i) {
    auto [it, inserted] = groups.emplace(keys[i], static_cast<int>(groups.size()));
    (*findings)[i].person_group = it->second;
  }
  std::unordered_map<std::string_view, int> word_group;  // -2: several
  for (const auto& [k, g] : groups) {
    if (k.find(' ') == std::string::npos) continue;
    std::string_view rest = k;
    while (!rest.empty()) {
      size_t sp = rest.find(' ');
      auto [it, inserted] = word_group.emplace(rest.substr(0, sp), g);
      if (!inserted && it->second != g) it->second = -2;
      if (sp == std::string_view::npos) break;
      rest.remove_prefix(sp + 1);
    }
  }
  for (Finding& f : *findings) {
    std::string_view span = text.substr(f.begin, f.end - f.begin);
    if (span.find(' ') != std::string_view::npos) continue;
    auto it = word_group.find(text::Fold(span));
    if (it != word_group.end() && it->second >= 0) f.person_group = it->second;
  }
}

// True if pass 3 with the text-wide scores would flag a word this window
// left alone (or flag it with another score).
bool NeedsTextScores(const WindowResult& window, const WordScores& text_seen) {
  for (uint64_t hash : window.candidates) {
    const float text_score = ScoreOf(text_seen, hash);
    if (text_score <= 0) continue;
    if (std::min(text_score, 0.8f) != std::min(ScoreOf(window.seen, hash), 0.8f)) return true;
  }
  // A name flagged in another window that may be written in lower case here.
  if (!window.lower_words.empty()) {
    for (const auto& [hash, score] : text_seen) {
      if (score >= kLowerCaseEcho && TestBit(window.lower_words, LowerWordBit(hash)) &&
          ScoreOf(window.seen, hash) < kLowerCaseEcho) {
        return true;
      }
    }
  }
  return false;
}

// "Tía Rosa:", "Abuela Chela dijo", "Tante Marie :": a capitalized family
// word right before a capitalized word on its line is what the speaker
// calls that person, a title: it stays out of the name and cues it (as
// "Doña Rosa"). Not in English, where a title without its period belongs to
// the name ("Mr Ehrlich") and "Tia" and "Mama" are given names ("Tia
// Johnson"); "Aunt" and "Uncle" are no names there anyway.
// Out of line: inlined, it made FindInWindow ~3 M instructions per MB slower
// (register pressure) for a loop that costs ~0.5 M.
[[gnu::noinline]] void MarkFamilyTitles(const text::Tokens& tk, const std::vector<uint32_t>& candidates,
                                        std::vector<TokenInfo>* info) {
  const auto& ts = tk.tokens;
  static const std::unordered_set<std::string_view> kFamily = {
      "tia",     "tio",      "mama", "papa",  "abuela",  "abuelo",  "prima", "primo", "madrina", "padrino",
      "comadre", "compadre", "tante", "oncle", "tonton",  "matant"};
  for (const uint32_t i : candidates) {
    TokenInfo& in = (*info)[i];
    if (!(in.flags & kKinCue)) continue;  // most capitalized words
    if (i + 1 >= ts.size() || !ts[i].word || !ts[i].capitalized || ts[i].all_caps ||
        !ts[i + 1].word || !ts[i + 1].space_before || ts[i + 1].newline_before || !ts[i + 1].capitalized ||
        ts[i + 1].has_digit || ((*info)[i + 1].flags & (kStopWord | kConnector | kTitle)) ||
        kFamily.count(tk.Folded(ts[i])) == 0) {
      continue;
    }
    in.flags = (in.flags & ~(kStopWord | kGivenName | kSurname | kNameWord)) | kTitle;
  }
}

// True if the word t may be one of the object pronouns of
// AddNamesActingOnSomeone() (WordsSeen::pronoun_starts): that pass reads
// two to four lower-case ASCII letters after a space, followed by no letter,
// so the word is the pronoun alone or the pronoun and digits ("me2").
bool MayBeActingPronoun(std::string_view text, const Token& t) {
  if (!t.word || t.capitalized || text[t.begin] < 'a' || text[t.begin] > 'z') return false;
  size_t e = t.begin;
  if (t.has_digit) {
    while (e < t.end && text[e] >= 'a' && text[e] <= 'z') ++e;
    if (e == t.end || text[e] < '0' || text[e] > '9') return false;
  } else {
    e = t.end;
  }
  const std::string_view w = text.substr(t.begin, e - t.begin);
  for (const char* pronoun : kObjectPronouns) {
    if (w == pronoun) return true;
  }
  return false;
}

}  // namespace

std::vector<Finding> GazetteerNameDetector::Find(std::string_view text, std::string_view language,
                                                 WordsSeen* words) const {
  const bool with_pronouns = words != nullptr;
  if (with_pronouns) {
    words->pronoun_starts.clear();
    words->tokens = text::Tokens();  // a text of several windows leaves none
  }
  if (text.size() <= kWindowBytes) {
    WindowResult result;
    FindInWindow(text, language, nullptr, /*with_candidates=*/false, &result, with_pronouns);
    if (with_pronouns) {
      words->pronoun_starts.assign(result.pronoun_starts.begin(), result.pronoun_starts.end());
      words->tokens = std::move(result.tokens);
    }
    AssignGroups(text, result.keys, &result.findings);
    return std::move(result.findings);
  }
  // Each window alone, keeping only its findings and word scores.
  std::vector<size_t> starts;
  std::vector<WindowResult> windows;
  for (size_t start = 0; start < text.size();) {
    const size_t end = NextCut(text, start + kWindowBytes);
    starts.push_back(start);
    WindowResult& window = windows.emplace_back();
    FindInWindow(text.substr(start, end - start), language, nullptr, /*with_candidates=*/true,
                 &window, with_pronouns);
    window.tokens = text::Tokens();  // memory stays flat
    if (with_pronouns) {
      for (uint32_t b : window.pronoun_starts) words->pronoun_starts.push_back(start + b);
      window.pronoun_starts = std::vector<uint32_t>();
    }
    start = end;
  }
  starts.push_back(text.size());
  // A word flagged in one window is flagged in every other (pass 3): the
  // few windows where that changes something are run again.
  WordScores text_seen;
  for (const WindowResult& w : windows) text_seen.insert(text_seen.end(), w.seen.begin(), w.seen.end());
  std::sort(text_seen.begin(), text_seen.end());
  size_t kept = 0;  // keep the last (best) score of each word
  for (size_t i = 0; i < text_seen.size(); ++i) {
    if (i + 1 < text_seen.size() && text_seen[i + 1].first == text_seen[i].first) continue;
    text_seen[kept++] = text_seen[i];
  }
  text_seen.resize(kept);
  std::vector<Finding> out;
  std::vector<std::string> keys;
  for (size_t w = 0; w < windows.size(); ++w) {
    if (NeedsTextScores(windows[w], text_seen)) {
      WindowResult again;
      FindInWindow(text.substr(starts[w], starts[w + 1] - starts[w]), language, &text_seen,
                   /*with_candidates=*/false, &again);
      windows[w] = std::move(again);
    }
    for (size_t i = 0; i < windows[w].findings.size(); ++i) {
      Finding f = windows[w].findings[i];
      f.begin += starts[w];
      f.end += starts[w];
      out.push_back(f);
      keys.push_back(std::move(windows[w].keys[i]));
    }
    windows[w] = WindowResult{};
  }
  AssignGroups(text, keys, &out);
  return out;
}

void GazetteerNameDetector::FindInWindow(std::string_view text, std::string_view language,
                                         const WordScores* seen_in_text,
                                         bool with_candidates, WindowResult* result,
                                         bool with_pronouns) const {
  const bool english = language.substr(0, 2) == "en";
  const bool french = language.substr(0, 2) == "fr";
  text::Tokens tk;
  text::Tokenize(text, &tk);
  const std::vector<Token>& ts = tk.tokens;
  const size_t n = ts.size();
  // WordsSeen::pronoun_starts: the window's first and last words (a cut may
  // have split them), and its pronouns (pass 1).
  if (with_pronouns) {
    for (const Token& t : ts) {
      if (t.word) {
        result->pronoun_starts.push_back(t.begin);
        break;
      }
    }
  }
  std::vector<TokenInfo> info(n);

  // Pass 1: lexicon flags, sentence starts, handles. A sentence in title
  // case ("Santa Is So Awesome") says nothing through capitals: its words
  // are treated like sentence starts.
  bool at_start = true;
  size_t segment = 0;
  int stops = 0, capital_stops = 0;
  int caps_stops = 0;  // stop words in capitals: "I REMEMBER WHEN PRISCILLA RAN UP TO ME"
  auto close_segment = [&](size_t end) {
    if (capital_stops > 0 && capital_stops * 2 >= stops) {
      for (size_t k = segment; k < end; ++k) info[k].sentence_start = ts[k].word;
    }
    if (caps_stops >= 2 && caps_stops * 2 >= stops) {
      for (size_t k = segment; k < end; ++k) info[k].shouted = true;
    }
    segment = end;
    stops = capital_stops = caps_stops = 0;
  };
  // Later passes visit only these tokens (most tokens are lower-case words).
  std::vector<uint32_t> shaped;        // capitalized words and lower-case names
  std::vector<uint32_t> place_starts;  // capitalized words and numbers
  std::vector<uint32_t> cue_words;     // "llamo", "rele", "name"...
  std::vector<uint32_t> nickname_cues; // "decían", "conocido", "called"...
  std::vector<uint32_t> hashtags;      // words right after '#'
  std::vector<uint32_t> nickname_words_lower;  // "güero", "flaca" in lower case
  std::vector<uint32_t> lower_given;   // given names written in lower case
  std::vector<uint32_t> trade_marks;   // '®' and '™'
  std::vector<uint32_t> lower_titles;  // "señora", "don", "doctor" in lower case
  std::vector<uint32_t> lower_words;   // lower-case and all-caps words that may echo a name (pass 3)
  std::vector<uint32_t> line_starts;   // the first token and each token after a line break
  shaped.reserve(n / 4 + 4);
  place_starts.reserve(n / 4 + 4);
  // Inside a handle or a link: until the next space (a handle: until a
  // punctuation mark other than '_').
  enum { kGlueNone, kGlueHandle, kGlueLink } glued = kGlueNone;
  // 1024 slots (16 KB): 1.1 M fewer instructions per MB of the bench's
  // text than 512; 2048 saved 0.25 M more but fills a 32 KB L1 data cache.
  constexpr size_t kRecentFlags = 1024;
  std::vector<std::pair<uint64_t, uint32_t>> recent_flags(kRecentFlags, {0, 0});  // hash 0: none
  for (size_t i = 0; i < n; ++i) {
    const Token& t = ts[i];
    TokenInfo& in = info[i];
    if (t.newline_before || i == 0) line_starts.push_back(static_cast<uint32_t>(i));
    if (t.newline_before) {
      close_segment(i);
      at_start = true;
    }
    if (!t.word) {
      // A link ends where the pattern detector's does: at a bracket or a quote.
      if (t.space_before || (glued == kGlueHandle && t.first != '_') ||
          (glued == kGlueLink && t.first < 0x80 &&
           std::string_view("<>\"'(){}[]").find(static_cast<char>(t.first)) != std::string_view::npos)) {
        glued = kGlueNone;
      }
      if (IsSentenceEnd(t.first)) {
        close_segment(i + 1);
        at_start = true;
      } else if (t.first == 0xAE || t.first == 0x2122) {
        trade_marks.push_back(static_cast<uint32_t>(i));
      }
      continue;
    }
    in.sentence_start = at_start;
    // The most frequent words (de, la, que, the...) are in the lexicon:
    // a small table of the last lookups answers them from the L1 cache.
    {
      auto& [hash, flags] = recent_flags[t.hash % kRecentFlags];
      if (hash != t.hash) {
        hash = t.hash;
        flags = lexicon_->FlagsOfHash(t.hash);
      }
      in.flags = flags;
    }
    // @handles are the pattern detector's business, with the words an
    // underscore joins to them ("@Carito_Schmidt"); so are the words of a
    // link ("http://t.co/KvCGbcKRbQ", ".../rainn-wilson"). A #hashtag stays
    // in the text: only its first word is no name ("#Florida"), a name
    // joined after it is ("#Justicia_para_Maria_Lopez").
    if (t.space_before) glued = kGlueNone;
    const bool after_mark = !t.space_before && i > 0 && !ts[i - 1].word;
    if (glued == kGlueNone && after_mark && ts[i - 1].first == '@') glued = kGlueHandle;
    // (The first letter first: few words open with h or w.)
    if ((t.first == 'h' || t.first == 'w') && t.end - t.begin <= 5 && t.end - t.begin >= 3) {
      const std::string_view w = tk.Folded(t);
      if (w == "http" || w == "https" || w == "www") glued = kGlueLink;
    }
    const bool handle = glued != kGlueNone || (after_mark && ts[i - 1].first == '#');
    if (glued == kGlueNone && after_mark && ts[i - 1].first == '#' && t.end - t.begin >= 6) {
      hashtags.push_back(static_cast<uint32_t>(i));
    }
    in.name_shape = NameShape(t) && !handle;
    // "Simon, Tillat, Le Pannetier, Dubourg": a capitalized particle opening
    // an item of a list is part of a name, not a sign of a title-case line.
    const bool list_particle = t.capitalized && (in.flags & kConnector) && i > 0 && i + 1 < n &&
                               !ts[i - 1].word && ts[i - 1].first == ',' && ts[i + 1].word &&
                               ts[i + 1].capitalized && ts[i + 1].space_before;
    if (!at_start && (in.flags & kStopWord) && t.has_letter && !list_particle) {
      ++stops;
      if (t.capitalized) ++capital_stops;
      if (t.all_caps) ++caps_stops;
    }
    // A reply's handles and a retweet's mark open no sentence: the word
    // after them does ("@kay_22 Thnx, I'm glad", "RT @dj: Wheeee").
    const bool retweet_mark = at_start && t.end - t.begin == 2 && text.substr(t.begin, 2) == "RT" &&
                              i + 1 < n && !ts[i + 1].word && ts[i + 1].first == '@';
    if (!(at_start && glued == kGlueHandle) && !retweet_mark) at_start = false;
    // A name written in lower case ("with sarah and brittany") when it is no
    // ordinary word at all.
    if (!handle && !t.capitalized && t.has_letter && !t.has_digit && t.end - t.begin >= 3 &&
        (in.flags & (kGivenName | kSurname | kNameWord)) &&
        !(in.flags & (kCommonWord | kCommonName | kStopWord | kNotNameWord | kConnector | kMonth |
                      kTitle | kOrgWord | kNameCue | kKinCue | kSpeechCue | kPlacePrep)) &&
        !lexicon_->IsDictionaryHash(t.hash)) {
      in.name_shape = true;
      in.lower_case_name = true;
    }
    if (in.name_shape) shaped.push_back(static_cast<uint32_t>(i));
    // Words glued to their neighbours by '.', '@' or '_' are parts of an
    // address or a handle ("raquel.garcia@...").
    // (Asked only of the words the cheaper tests leave.)
    const auto glued_after = [&] {
      return i + 1 < n && !ts[i + 1].word && !ts[i + 1].space_before &&
             (ts[i + 1].first == '.' || ts[i + 1].first == '@' || ts[i + 1].first == '_') &&
             i + 2 < n && ts[i + 2].word && !ts[i + 2].space_before;
    };
    const auto glued_before = [&] {
      return after_mark && i >= 2 && ts[i - 2].word && !ts[i - 1].space_before &&
             (ts[i - 1].first == '.' || ts[i - 1].first == '@' || ts[i - 1].first == '_');
    };
    // (In capitals an ordinary word that is a name too, "ROSA", may echo:
    // see pass 3.)
    if (!handle && (!t.capitalized || t.all_caps) && t.has_letter && !t.has_digit &&
        t.end - t.begin >= 3 && !(in.flags & (t.all_caps ? kNeverCapsEcho : kNeverLowerCaseEcho)) &&
        !glued_before() && !glued_after()) {
      lower_words.push_back(static_cast<uint32_t>(i));
    }
    if (t.capitalized || t.has_digit) {
      place_starts.push_back(static_cast<uint32_t>(i));
      // A word with digits may hold a pronoun as the acting pass reads it:
      // "me2" is "me" there.
      if (with_pronouns && t.has_digit && MayBeActingPronoun(text, t)) result->pronoun_starts.push_back(t.begin);
    }
    // Most words carry none of these flags: one test for all.
    if (in.flags & (kNameCue | kNicknameCue | kNickname | kGivenName | kTitle | kObjectPronoun)) {
      if ((in.flags & kObjectPronoun) && with_pronouns && MayBeActingPronoun(text, t)) {
        result->pronoun_starts.push_back(t.begin);
      }
      if (in.flags & kNameCue) cue_words.push_back(static_cast<uint32_t>(i));
      if (in.flags & kNicknameCue) nickname_cues.push_back(static_cast<uint32_t>(i));
      if ((in.flags & kNickname) && !t.capitalized) nickname_words_lower.push_back(static_cast<uint32_t>(i));
      if ((in.flags & kGivenName) && !t.capitalized) lower_given.push_back(static_cast<uint32_t>(i));
      if ((in.flags & kTitle) && !t.capitalized) lower_titles.push_back(static_cast<uint32_t>(i));
    }
  }
  close_segment(n);
  if (with_pronouns) {
    for (size_t k = n; k-- > 0;) {
      if (ts[k].word) {
        result->pronoun_starts.push_back(ts[k].begin);
        break;
      }
    }
  }
  // A capitalized month abbreviation that is a given name too is a month
  // only in a date (MonthAbbreviationInDate); elsewhere it is read as the
  // name, and every later pass sees it so. Not one that is an everyday word
  // too (ambiguous_names.txt: "el Mar Caribe"): the word is likelier.
  for (uint32_t i : shaped) {
    TokenInfo& in = info[i];
    if ((in.flags & (kMonth | kGivenName)) == (kMonth | kGivenName) && ts[i].capitalized &&
        ts[i].end - ts[i].begin <= 4 && IsMonthAbbreviation(tk.Folded(ts[i])) &&
        !(in.flags & kCommonWord) && !MonthAbbreviationInDate(tk, *lexicon_, i, english)) {
      in.flags &= ~kMonth;
    }
  }
  size_t place_free = 0;  // first token not inside a place found already
  for (uint32_t i : place_starts) {
    if (i < place_free) continue;
    const PlaceEntry* entry = nullptr;
    size_t end = places_->MatchAt(tk, i, &entry);
    if (end == i) continue;
    const bool one_word = end == i + 1;
    // A world town of one word is no evidence against a name here ("Kanye
    // West", "Amadeo Vitorović"); the place veto weighs it after.
    if (one_word && entry->place_class != PlaceClass::kListed) continue;
    // A world place that opens with a given name, right after a word of kin
    // or of a role, is a person ("mi tío Francisco Morazán", "el coyote
    // Santiago Atitlán"); the place veto keeps it so too.
    if (entry->place_class != PlaceClass::kListed && i > 0 && (info[i].flags & kGivenName) &&
        ts[i - 1].word && !ts[i - 1].capitalized && (info[i - 1].flags & kKinCue) &&
        !ts[i].newline_before) {
      continue;
    }
    for (size_t k = i; k < end; ++k) info[k].place = one_word ? 2 : 1;
    place_free = end;
  }

  // French titles as printed and as OCR reads them: "M. Combes" inside a
  // run of capitals ("à MONTFORT M. Gaillard"), "M* ANDRE", "M' HOMET",
  // "M» CHEVALLIER", "NI . Limon", "Me COTTIN" (Maître), "M0 HERPIN".
  if (french) MarkFrenchTitles(text, tk, place_starts, &info);
  if (!english) MarkFamilyTitles(tk, place_starts, &info);

  // "DRAlberto": a title glued to a given name is still a name.
  auto EndsWithGivenName = [&](std::string_view txt, const Token& t) {
    size_t k = t.end;
    while (k > t.begin + 1 && !(txt[k - 1] >= 'A' && txt[k - 1] <= 'Z')) --k;
    if (k <= t.begin + 1 || t.end - (k - 1) < 3) return false;
    return (lexicon_->Flags(text::Fold(txt.substr(k - 1, t.end - (k - 1)))) & kGivenName) != 0;
  };
  // Evidence of each capitalized word on its own.
  for (uint32_t i : shaped) {
    TokenInfo& in = info[i];
    // "Don't forget", "DON'T KNOW WHAT TO PRESS": a contraction, not the
    // title or the name "Don".
    if (i + 2 < n && !ts[i + 1].word && !ts[i + 1].space_before &&
        (ts[i + 1].first == '\'' || ts[i + 1].first == 0x2019) && tk.Folded(ts[i + 2]) == "t") {
      in.flags &= ~(kTitle | kGivenName | kSurname | kNameWord);
      in.flags |= kCommonWord;
    }
    // "C/ Irunlarrea, 3": the Spanish abbreviation of "calle", no initial.
    if (i + 1 < n && !ts[i + 1].word && ts[i + 1].first == '/' && !ts[i + 1].space_before &&
        ts[i].end - ts[i].begin == 1) {
      in.evidence = kBlocked;
      continue;
    }
    // "E-mail:" after a name is no initial of it.
    if (i + 2 < n && !ts[i + 1].word && ts[i + 1].first == '-' && !ts[i + 1].space_before &&
        ts[i].end - ts[i].begin == 1 && tk.Folded(ts[i + 2]) == "mail") {
      in.evidence = kBlocked;
      continue;
    }
    // English text: a Spanish or French function word that is an English
    // given name ("Les Ferdinand", "Ella Bradford", "Elle Jansen", "Del
    // Shannon") opens a name before a listed given name or surname, or a
    // word of no dictionary; the stop list is shared by the languages, so
    // the lexicon calls it a word. A speaker's label counts too ("Ella: What
    // a wife."). And a month that is a given name too ("June", "April")
    // before a surname or word of no dictionary opens a name, not after a
    // preposition or a word of time ("her sister June Fairchild", not "in
    // June Fairchild opened").
    if (english && (in.flags & (kStopWord | kMonth)) && !ts[i].all_caps) {
      const bool name_next =
          i + 1 < n && ts[i + 1].word && ts[i + 1].space_before && !ts[i + 1].newline_before &&
          info[i + 1].name_shape && !ts[i + 1].all_caps && info[i + 1].place == 0 &&
          !(info[i + 1].flags & (kStopWord | kConnector | kMonth | kTitle | kOrgWord | kDemonym)) &&
          ((info[i + 1].flags & (kGivenName | kSurname | kNameWord)) ||
           (!lexicon_->IsDictionaryHash(ts[i + 1].hash) &&
            !(info[i + 1].flags & (kNotNameWord | kCommonWord))));
      const bool label = i + 2 < n && (i == 0 || ts[i].newline_before) && !ts[i + 1].word &&
                         ts[i + 1].first == ':' && !ts[i + 2].newline_before;
      if ((in.flags & kStopWord) && ForeignFunctionWordName(tk.Folded(ts[i])) && (name_next || label)) {
        in.flags = (in.flags & ~(kStopWord | kConnector | kCommonWord | kCommonName | kNotNameWord)) |
                   kGivenName;
      }
      // "Li", Haitian's "he", is a surname of millions after a given name or
      // a title ("our founders: Tom Reyes and Ann Li", "Dr. Li said").
      if ((in.flags & kStopWord) && (in.flags & kSurname) && i > 0 && ts[i].capitalized && !ts[i].newline_before &&
          tk.Folded(ts[i]) == "li") {
        size_t p = i - 1;
        if (!ts[p].word && ts[p].first == '.' && !ts[p].space_before && p > 0) --p;
        if (ts[p].word && ts[p].capitalized && !ts[p].newline_before && (info[p].flags & (kGivenName | kTitle)) &&
            !(info[p].flags & kStopWord)) {
          in.flags = (in.flags & ~(kStopWord | kConnector | kCommonWord | kCommonName | kNotNameWord)) | kSurname;
        }
      }
      if ((in.flags & kMonth) && (in.flags & kGivenName) && name_next &&
          !(info[i + 1].flags & kGivenName) && !lexicon_->IsDictionaryHash(ts[i + 1].hash) &&
          !(i + 2 < n && ts[i + 2].word && ts[i + 2].has_digit)) {
        bool time_before = false;
        if (i > 0 && ts[i - 1].word && !ts[i - 1].newline_before) {
          const std::string_view w = tk.Folded(ts[i - 1]);
          time_before = (info[i - 1].flags & (kPlacePrep | kStopWord | kMonth)) || ts[i - 1].has_digit ||
                        w == "since" || w == "until" || w == "till" || w == "last" || w == "next" ||
                        w == "early" || w == "late" || w == "mid" || w == "during" || w == "this";
        }
        const bool cue_before = i > 0 && ts[i - 1].word && (info[i - 1].flags & (kKinCue | kTitle));
        if (!time_before || cue_before) in.flags &= ~kMonth;
      }
    }
    const uint32_t f = in.flags;
    const bool name = f & (kGivenName | kSurname | kNameWord);
    // A common-word given name ("More Free Tickets", "Dancing Queen") is an
    // ordinary word inside a sentence; at its start it stays a name ("Frank
    // is here"), as capitals say nothing there.
    const bool common = (f & (kCommonWord | kStopWord | kNotNameWord | kConnector)) ||
                        ((f & kCommonName) && !in.sentence_start);
    if (f & (kMonth | kTitle | kOrgWord)) {
      in.evidence = kBlocked;
    } else if (name && (f & kStopWord) && ts[i].end - ts[i].begin <= 3) {
      in.evidence = kWord;  // "Le", "El", "Del" are listed as surnames too
    } else if (!english && (f & kEponymWord) && !(f & kGivenName) &&
               !(i > 0 && ts[i - 1].word && ts[i - 1].capitalized &&
                 (info[i - 1].flags & kGivenName))) {
      // "ecografía Doppler", "Gleason 7", "Romberg positivo": a clinical
      // eponym used as a word (a title before it still makes it a name).
      in.evidence = kWord;
    } else if (english && (f & kDemonym) &&
               !(i > 0 && ts[i - 1].word && ts[i - 1].capitalized &&
                 (info[i - 1].flags & kGivenName))) {
      // "studying English", "a French place": a language or nationality
      // though a surname list has it, except after a given name ("Dawn
      // French").
      in.evidence = kWord;
    } else if (name) {
      // At a sentence start, a name that is also a dictionary word ("Diez",
      // "Pedro" is one too) needs support from its neighbours.
      const bool weak_capital = in.sentence_start || ts[i].all_caps;
      // Given names that are everyday words are listed in ambiguous_names.txt;
      // the dictionary (which lists many names in lower case) only judges
      // surnames ("Diez meses...", "Long story").
      const bool word_too = common || (weak_capital && !(f & (kNameWord | kGivenName)) &&
                                       lexicon_->IsDictionaryHash(ts[i].hash));
      // "Paulo from Mendes & Clarke called": a listed given name that only
      // the learned list calls no name (it saw "São Paulo"), no everyday
      // word (ambiguous_names.txt lists those), before "from" says where
      // someone comes from: a person. ("News from home", "Help from Okafor"
      // open with everyday words.)
      const bool from_next = english && (f & kGivenName) && !in.lower_case_name &&
                             !(f & (kCommonWord | kCommonName | kStopWord | kConnector)) &&
                             i + 1 < n && ts[i + 1].word &&
                             !ts[i + 1].newline_before && tk.Folded(ts[i + 1]) == "from";
      in.evidence = (word_too || in.lower_case_name) && !from_next ? kAmbiguous : kStrong;
    } else if (common || lexicon_->IsDictionaryHash(ts[i].hash)) {
      in.evidence = kWord;
    } else if (ts[i].all_caps || ts[i].end - ts[i].begin <= 2 || MixedCaseAbbreviation(text, ts[i])) {
      in.evidence = kWord;  // acronyms and lone letters (initials count next to names)
    } else if (AdjacentCapitals(text, ts[i]) && !EndsWithGivenName(text, ts[i])) {
      in.evidence = kWord;
    } else if (HasWordSuffix(tk.Folded(ts[i]))) {
      in.evidence = kWord;  // Docetaxel, Amiloidosis, Neuroblastoma
    } else {
      in.evidence = kUnknown;
    }
  }

  // "Humira®", "(Zovirax®, Glaxo Smith Kline)", "(Mentor®, Johnson & Johnson,
  // New Jersey)": a word right before a trade mark names a product, and the
  // capitalized words in the parentheses around a trade mark name products,
  // makers and their towns.
  for (const uint32_t m : trade_marks) {
    auto block = [&](size_t k) {
      if (ts[k].word && info[k].name_shape) info[k].evidence = kBlocked;
    };
    if (m > 0 && !ts[m].space_before) {
      // The product's name, hyphenated parts included ("Mozo-Grau®").
      for (size_t k = m; k-- > 0;) {
        if (ts[k].word) {
          block(k);
        } else if (!IsJoiner(ts[k].first)) {
          break;
        }
        if (ts[k].space_before) break;
      }
    }
    size_t open = m;  // the '(' before the mark on its line, if any
    for (size_t k = m; k-- > 0 && m - k <= 16;) {
      if (ts[k + 1].newline_before || (!ts[k].word && ts[k].first == ')')) break;
      if (!ts[k].word && ts[k].first == '(') {
        open = k;
        break;
      }
    }
    if (open == m) continue;
    size_t close = m;
    for (size_t k = m + 1; k < n && k - m <= 16 && !ts[k].newline_before; ++k) {
      if (!ts[k].word && (ts[k].first == ')' || ts[k].first == '(')) {
        if (ts[k].first == ')') close = k;
        break;
      }
    }
    if (close == m) continue;
    for (size_t k = open + 1; k < close; ++k) block(k);
  }

  // Pass 2: runs of capitalized words (joined by spaces, hyphens,
  // apostrophes and name particles) and the cues around them.
  std::vector<size_t> run_words;  // name-shaped tokens of all runs, in order
  run_words.reserve(n / 4 + 4);
  struct Run {
    size_t begin = 0, end = 0;  // range of run_words
    size_t first = 0, last = 0; // token range, inclusive
  };
  std::vector<Run> runs;
  size_t run_free = 0;  // first token after the last run
  for (uint32_t start : shaped) {
    if (start < run_free) continue;
    const size_t i = start;
    Run run;
    run.first = i;
    run.begin = run_words.size();
    run_words.push_back(i);
    size_t j = i;
    // A given name among the run's words so far, kept up as it grows (one
    // look at each word: a run of thousands of "Cyrano de" stays linear).
    bool after_given = false;
    size_t given_seen = run.begin;
    while (true) {
      size_t k = j + 1;
      if (k >= n) break;
      if (ts[k].newline_before) break;
      if (ts[k].word && info[k].name_shape && ts[k].space_before) {
        run_words.push_back(k);
        j = k;
        continue;
      }
      if (!ts[k].word && IsJoiner(ts[k].first) && !ts[k].space_before && k + 1 < n &&
          info[k + 1].name_shape && !ts[k + 1].space_before) {
        run_words.push_back(k + 1);
        j = k + 1;
        continue;
      }
      // A particle between two hyphens inside a composed given name:
      // "Marie-des-Neiges", "Jean-de-Dieu", "María-de-la-Luz" (one or two
      // particles, nothing in between).
      {
        size_t q = k;
        int particles = 0;
        while (q + 2 < n && !ts[q].word && ts[q].first == '-' && !ts[q].space_before &&
               ts[q + 1].word && !ts[q + 1].capitalized && !ts[q + 1].space_before &&
               (info[q + 1].flags & kConnector) && particles < 2) {
          q += 2;
          ++particles;
        }
        if (particles > 0 && q + 1 < n && !ts[q].word && ts[q].first == '-' && !ts[q].space_before &&
            info[q + 1].name_shape && !ts[q + 1].space_before) {
          run_words.push_back(q + 1);
          j = q + 1;
          continue;
        }
      }
      // An initial: "J. Smith", "George N. Parks".
      if (!ts[k].word && ts[k].first == '.' && ts[j].end - ts[j].begin == 1 && k + 1 < n &&
          info[k + 1].name_shape && !ts[k + 1].newline_before) {
        run_words.push_back(k + 1);
        j = k + 1;
        continue;
      }
      // An elided particle after a given name: "Jeanne d'Arc", "Valéry
      // Giscard d'Estaing" (French, where "d'" glues to the surname).
      if (french && ts[k].word && !ts[k].capitalized && ts[k].space_before &&
          ts[k].end - ts[k].begin == 1 && text[ts[k].begin] == 'd' && k + 2 < n && !ts[k + 1].word &&
          IsJoiner(ts[k + 1].first) && !ts[k + 1].space_before && info[k + 2].name_shape &&
          !ts[k + 2].space_before && !ts[k + 2].newline_before) {
        for (; given_seen < run_words.size(); ++given_seen) {
          after_given = after_given || (info[run_words[given_seen]].flags & kGivenName);
        }
        if (after_given && !(info[j].flags & (kOrgWord | kMonth))) {
          run_words.push_back(k + 2);
          j = k + 2;
          continue;
        }
      }
      // Lower-case particles: "María de los Ángeles", "Ludwig van Beethoven".
      size_t m = k;
      while (m < n && m < k + 2 && ts[m].word && !ts[m].capitalized &&
             (info[m].flags & kConnector) && ts[m].space_before && !ts[m].newline_before) {
        ++m;
      }
      if (info[j].flags & (kOrgWord | kMonth)) break;  // "Servicio de Urología"
      for (; given_seen < run_words.size(); ++given_seen) {
        after_given = after_given || (info[run_words[given_seen]].flags & kGivenName);
      }
      // "Nikolaus van der Pas", "Carl von Weizsäcker": after these particles
      // a capitalized word is a surname, though a dictionary word.
      bool germanic = false;
      for (size_t c = k; c < m; ++c) {
        const std::string_view cw = tk.Folded(ts[c]);
        germanic = germanic || cw == "van" || cw == "von" || cw == "der" || cw == "den" ||
                   cw == "ter" || cw == "ten" || cw == "zu" || cw == "vom";
      }
      if (m > k && m < n && info[m].name_shape && ts[m].space_before && !ts[m].newline_before &&
          (info[m].evidence >= kAmbiguous ||
           (germanic && info[m].evidence == kWord && info[j].evidence >= kAmbiguous) ||
           (after_given &&
            (info[m].evidence == kWord ||
             (info[m].flags & (kOrgWord | kMonth | kTitle)) == kOrgWord)))) {
        run_words.push_back(m);
        j = m;
        continue;
      }
      break;
    }
    run.last = j;
    run.end = run_words.size();
    runs.push_back(run);
    run_free = j + 1;
  }

  // The word before token i that may cue it: punctuation in between may be
  // ',', ':', quotes, the '.' of an abbreviated title ("Dr. Pérez") or the
  // '?' of a question for a name ("¿Cómo te llamas? Widline"); a line
  // break only after ':' ("Médico:\nJuan Pérez").
  auto prev_word = [&](size_t i) -> long {
    bool line_break = ts[i].newline_before;
    for (long k = static_cast<long>(i) - 1; k >= 0; --k) {
      if (ts[k].word) {
        if (line_break) return -1;
        return k;
      }
      char32_t c = ts[k].first;
      if (c == ':' ) {
        line_break = false;
      } else if (c == '?' && !line_break && k > 0 && ts[k - 1].word &&
                 (info[k - 1].flags & kNameCue)) {
        // An answer on the same line: "What's your last name? Magnusson".
      } else if (TitleMark(c)) {  // "Dr. Pérez", OCR's "M* ANDRE"
        if (line_break || k == 0 || !ts[k - 1].word || !(info[k - 1].flags & kTitle) ||
            ts[k - 1].end - ts[k - 1].begin > 5) {
          return -1;
        }
      } else if (c != ',' && c != '\'' && c != 0x2019 && c != '"' && c != 0x201C && c != 0xAB) {
        return -1;
      }
      if (ts[k].newline_before) line_break = true;
    }
    return -1;
  };

  // True if word p ends the words that announce a nickname: "everyone calls
  // me", "they called him", "le dicen", "lo apodaban", "nos decían",
  // "conocido como", "known as", "connu comme".
  auto nickname_cue_ends = [&](long p) {
    if (p <= 0 || !ts[p].word) return false;
    const std::string_view pw = tk.Folded(ts[p]);
    const long q = prev_word(static_cast<size_t>(p));
    if (q < 0) return false;
    const std::string_view qw = tk.Folded(ts[q]);
    // "the coyote called himself el Flaco": the reflexive too.
    if (pw == "me" || pw == "le" || pw == "him" || pw == "her" || pw == "lo" || pw == "la" ||
        pw == "them" || pw == "himself" || pw == "herself" || pw == "myself" || pw == "themselves") {
      return qw == "call" || qw == "calls" || qw == "called" || qw == "dicen" || qw == "decian" ||
             qw == "llaman" || qw == "llamaban" || qw == "apodan";
    }
    // "a man they called Shorty", "everyone calls Flaco".
    if ((pw == "called" || pw == "call" || pw == "calls") &&
        (qw == "they" || qw == "we" || qw == "everyone" || qw == "everybody" || qw == "people" ||
         qw == "i" || qw == "you")) {
      return true;
    }
    if (pw == "by") {  // "the smuggler went by Tigre"
      return qw == "went" || qw == "goes" || qw == "go" || qw == "going";
    }
    if (pw == "como" || pw == "as" || pw == "comme") {
      if (!(qw == "conocido" || qw == "conocida" || qw == "conocidos" || qw == "conocidas" ||
            qw == "known" || qw == "connu" || qw == "connue" || qw == "connus")) {
        return false;
      }
      // Of a person: "era conocido como", "un tipo conocido como", "a man
      // known as", "better known as"; not "un período conocido como el
      // Porfiriato", "a group known as the Inklings", "Known as Paso del
      // Norte until 1888".
      const long r = prev_word(static_cast<size_t>(q));
      if (r < 0) return false;
      static const std::unordered_set<std::string_view> kPersonBefore = {
          "era", "fue", "es", "eran", "son", "estaba", "hombre", "mujer", "senor", "senora", "tipo",
          "sujeto", "muchacho", "muchacha", "joven", "chavo", "mejor", "tambien", "pollero", "coyote",
          "jefe", "was", "is", "were", "he", "she", "man", "woman", "guy", "someone", "person",
          "better", "also", "smuggler", "boss", "etait", "est", "homme", "femme", "type", "mieux",
          "aussi", "passeur", "chef"};
      return kPersonBefore.count(tk.Folded(ts[r])) != 0;
    }
    // The Spanish verbs of the class, after their pronoun (for "conocido",
    // "known", "called" the word after them says it).
    if ((info[p].flags & kNicknameCue) && pw != "known" && pw != "called" && pw != "calls" &&
        pw != "call" && pw.substr(0, 5) != "conoc" && pw.substr(0, 4) != "conn") {
      return qw == "me" || qw == "le" || qw == "les" || qw == "lo" || qw == "la" || qw == "nos" ||
             qw == "te" || qw == "los" || qw == "las";
    }
    return false;
  };

  // Runs that hold an institution word or its namesake ("Hospital General",
  // "Gregorio Marañón" after it): see Namesake() below.
  std::vector<char> institution_runs(runs.size(), 0);
  // True if run r continues the name of the institution in run r - 1: only
  // quotes, one or two lower-case particles ("de", "y") or the period of a
  // title at the end of r - 1 lie between them, on one line ("Hospital
  // Universitario 'Saturnino Lara Torres'", "Centro de Salud Las Calesas",
  // "Hospital Central Dr. Ignacio Morones Prieto", "Hospital Ramón y Cajal").
  auto continues_institution = [&](size_t r) {
    if (r == 0 || !institution_runs[r - 1]) return false;
    const Run& prev = runs[r - 1];
    const size_t first = runs[r].first;
    if (first > prev.last + 3 || ts[first].newline_before) return false;
    int particles = 0;
    for (size_t k = prev.last + 1; k < first; ++k) {
      if (ts[k].newline_before) return false;
      if (ts[k].word) {
        const std::string_view w = tk.Folded(ts[k]);
        if (ts[k].capitalized || !((info[k].flags & kConnector) || w == "y" || w == "i") ||
            ++particles > 2) {
          return false;
        }
      } else if (ts[k].first == '.') {
        if (k != prev.last + 1 || !(info[prev.last].flags & kTitle)) return false;
      } else if (ts[k].first != '\'' && ts[k].first != '"' && ts[k].first != 0x2018 &&
                 ts[k].first != 0x2019 && ts[k].first != 0x201C && ts[k].first != 0x201D &&
                 ts[k].first != 0xAB && ts[k].first != 0xBB) {
        return false;
      }
    }
    return true;
  };

  // The verb right after token k says where a person lives or works, in the
  // third person singular ("vive", "lives", "travaille").
  auto LifeVerbAfter = [&](size_t k) {
    if (k + 1 >= n || !ts[k + 1].word || !ts[k + 1].space_before || ts[k + 1].newline_before) return false;
    const std::string_view v = tk.Folded(ts[k + 1]);
    static constexpr std::string_view kVerbs[] = {
        "vive", "vivia", "trabaja", "trabajaba", "lives", "lived", "works", "worked",
        "habite", "habitait", "travaille", "travaillait", "rete", "travay"};
    for (std::string_view verb : kVerbs) {
      if (v.size() == verb.size() && std::memcmp(v.data(), verb.data(), v.size()) == 0) return true;
    }
    return false;
  };
  // A capitalized dictionary word that may be a surname: no function word,
  // month, title, institution, nationality or place.
  auto OrdinaryNameWord = [&](size_t k) {
    return ts[k].end - ts[k].begin >= 3 && info[k].place == 0 &&
           !(info[k].flags & (kStopWord | kConnector | kMonth | kTitle | kOrgWord | kDemonym |
                              kPlacePrep | kSpeechCue | kNameCue | kKinCue));
  };
  // Names in capitals outside a shouted sentence ("SCOTT WEILAND Announces
  // Memoir"): a given name that is no ordinary word, and the word of no list
  // right after it (space between, same line).
  auto caps_given = [&](size_t k) {
    return ts[k].word && ts[k].all_caps && !info[k].shouted && info[k].place == 0 &&
           ts[k].end - ts[k].begin >= 3 && info[k].evidence == kStrong &&
           (info[k].flags & kGivenName) && !lexicon_->IsDictionaryHash(ts[k].hash);
  };
  auto caps_unlisted = [&](size_t k) {
    return ts[k].word && ts[k].all_caps && !ts[k].has_digit && ts[k].space_before &&
           !ts[k].newline_before && !info[k].shouted && info[k].place == 0 &&
           ts[k].end - ts[k].begin >= 3 && info[k].evidence == kWord &&
           !(info[k].flags & (kStopWord | kConnector | kCommonWord | kCommonName | kNotNameWord |
                              kMonth | kTitle | kOrgWord | kDemonym | kGivenName | kSurname)) &&
           !lexicon_->IsDictionaryHash(ts[k].hash);
  };
  // Whether the words right after token k, on its line, are what a person
  // does: 1 for a speech verb in lower case ("dijo"), 2 for "y yo", "and
  // I", "et moi", "ak mwen" (someone the speaker went with), 0 for neither.
  auto person_acts_after = [&](size_t k) -> int {
    if (k + 1 >= n || !ts[k + 1].word || ts[k + 1].newline_before || ts[k + 1].capitalized) return 0;
    if (info[k + 1].flags & kSpeechCue) return 1;
    if (k + 2 >= n || !ts[k + 2].word || ts[k + 2].newline_before) return 0;
    const std::string_view joiner = tk.Folded(ts[k + 1]);
    if (joiner != "y" && joiner != "e" && joiner != "and" && joiner != "et" && joiner != "ak") return 0;
    const std::string_view self = tk.Folded(ts[k + 2]);
    return self == "yo" || self == "i" || self == "moi" || self == "mwen" ? 2 : 0;
  };
  // A word in capitals of no list, spoken like a name (two vowels: "YEFRI",
  // not "IMSS"), before what a person does, in lower-case text: not after an
  // article ("el DIF dijo") or another word in capitals.
  auto caps_unlisted_spoken = [&](size_t k) {
    if (!ts[k].word || !ts[k].all_caps || ts[k].has_digit || info[k].shouted || info[k].place != 0 ||
        ts[k].end - ts[k].begin < 4 || (info[k].flags & ~kNameWord) != 0 ||
        lexicon_->IsDictionaryHash(ts[k].hash)) {
      return false;
    }
    int vowels = 0;
    for (size_t b = ts[k].begin; b < ts[k].end; ++b) {
      const char c = text[b];
      vowels += c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || c == 'Y';
    }
    return vowels >= 2;
  };
  auto caps_unlisted_acts = [&](size_t k) {
    if (!caps_unlisted_spoken(k) || person_acts_after(k) == 0) return false;
    if (k > 0 && ts[k - 1].word && !ts[k].newline_before) {
      if (ts[k - 1].all_caps) return false;
      const std::string_view before = tk.Folded(ts[k - 1]);
      if (before == "el" || before == "la" || before == "los" || before == "las" || before == "un" ||
          before == "una" || before == "del" || before == "al" || before == "the" || before == "le" ||
          before == "les" || before == "du" || before == "des") {
        return false;
      }
    }
    return true;
  };
  // An acronym (capitals, no given name) within 25 words of token k,
  // across lines.
  auto acronym_near = [&](size_t k) {
    auto acronym = [&](size_t j) {
      return ts[j].word && ts[j].all_caps && !ts[j].has_digit && !(info[j].flags & kGivenName);
    };
    for (size_t j = k, seen = 0; j > 0 && seen < 25; --j) {
      if (acronym(j - 1)) return true;
      if (ts[j - 1].word) ++seen;
    }
    for (size_t j = k + 1, seen = 0; j < n && seen < 25; ++j) {
      if (acronym(j)) return true;
      if (ts[j].word) ++seen;
    }
    return false;
  };
  // A given name in capitals that a survivor stresses in lower-case text:
  // on its line, within six words either side, at least two words in lower
  // case and no other word in capitals but given names (a heading, an
  // all-caps document or a list of acronyms is no stress).
  // True if token k stands in lower-case text: at least two lower-case
  // words within six words each way on its line, and no word in capitals
  // there but given names of at least min_caps_name bytes that are no
  // place (a heading or a line of acronyms is no such text).
  auto lower_case_around = [&](size_t k, size_t min_caps_name) {
    int lower = 0;
    auto look = [&](size_t j) {  // false: a word in capitals that is no given name
      const Token& t = ts[j];
      if (!t.word) return true;
      if (t.all_caps) {
        return (info[j].flags & kGivenName) && !t.has_digit && t.end - t.begin >= min_caps_name &&
               info[j].place == 0;
      }
      if (t.has_letter && !t.capitalized) ++lower;
      return true;
    };
    for (size_t j = k, seen = 0; j > 0 && seen < 6 && !ts[j].newline_before; --j) {
      if (!look(j - 1)) return false;
      if (ts[j - 1].word) ++seen;
    }
    for (size_t j = k + 1, seen = 0; j < n && seen < 6 && !ts[j].newline_before; ++j) {
      if (!look(j)) return false;
      if (ts[j].word) ++seen;
    }
    return lower >= 2;
  };
  auto caps_emphasis = [&](size_t k) {
    if (!ts[k].word || !ts[k].all_caps || ts[k].has_digit || info[k].shouted || info[k].place != 0 ||
        ts[k].end - ts[k].begin < 3 || !(info[k].flags & kGivenName) ||
        (info[k].flags & (kStopWord | kConnector | kMonth | kTitle | kOrgWord | kDemonym | kPlacePrep |
                          kInstitution | kKinCue))) {
      return false;
    }
    // Three or four capitals are an acronym more often than a name ("NED",
    // "ELA", "AMIR"), unless the name is mostly a person in training text or
    // one of the route ("ANA", "JUAN", "LUIS").
    if (ts[k].end - ts[k].begin <= 4 && !(info[k].flags & (kNameWord | kRouteName))) return false;
    // "ART. 10": an abbreviation before a number.
    if (k + 2 < n && !ts[k + 1].word && ts[k + 1].first == '.' && ts[k + 2].has_digit) return false;
    // What a person does right after it ("el INM, JUAN y yo corrimos", "la
    // ROSA dijo") says the name is someone's, whatever is around it.
    // (In English capitals stress ordinary words too, "you never EVER
    // said", but not before "and I".)
    if (const int acts = person_acts_after(k); acts != 0) {
      return acts == 2 || !(english && lexicon_->IsDictionaryHash(ts[k].hash));
    }
    // An acronym glossed in parentheses or glued to a mark ("dolor (EVA,
    // 7-8)", "5-ASA", "anti-ANA"), or after an article ("la PIO", "una EDA",
    // "the NED"): a name in capitals stands alone.
    if (k > 0 && (!ts[k - 1].word && (ts[k - 1].first == '(' || !ts[k].space_before))) return false;
    if (k + 1 < n && !ts[k + 1].word && !ts[k + 1].space_before &&
        (ts[k + 1].first == ')' || ts[k + 1].first == '-' || ts[k + 1].first == '/')) {
      return false;
    }
    if (k > 0 && ts[k - 1].word) {
      const std::string_view before = tk.Folded(ts[k - 1]);
      if (before == "la" || before == "el" || before == "un" || before == "una" || before == "los" ||
          before == "las" || before == "del" || before == "al" || before == "the" || before == "an" ||
          before == "le" || before == "les" || before == "du" || before == "des") {
        return false;
      }
    }
    if (!lower_case_around(k, 3)) return false;
    // Clinical notes and official letters are full of acronyms ("probable
    // ELA", "con NED"): none may be near, across lines too.
    if (acronym_near(k)) return false;
    // In English capitals stress ordinary words too ("you never EVER").
    return !(english && lexicon_->IsDictionaryHash(ts[k].hash));
  };
  // A given name in capitals that is an ordinary word too ("PAZ", "LUZ",
  // "SOL", "FE", "JOY"), in lower-case text (two lower-case words
  // within six on its line, no capitals there but given names), not glued
  // to a mark, is a person where the words around it say one: after a
  // speech verb and before "que" ("Me dijo LUZ que..."), before "y yo" /
  // "and I" at a clause's start ("..., PAZ y yo nos escondimos"), or before
  // a verb in the past with no article or preposition before it and no
  // acronym near ("JOY stayed with me", "Al otro día PAZ llegó"). "LA PAZ",
  // "NO HAY PAZ", "SIN LUZ" (capitals around), "la LUZ volvió" stay.
  auto caps_common_acts = [&](size_t k) {
    if (!ts[k].word || !ts[k].all_caps || ts[k].has_digit || info[k].shouted || ts[k].end - ts[k].begin < 2 ||
        (info[k].flags & (kStopWord | kConnector | kMonth | kTitle | kOrgWord | kDemonym | kPlacePrep |
                          kInstitution | kKinCue))) {
      return false;
    }
    if (k > 0 && !ts[k - 1].word && (ts[k - 1].first == '(' || !ts[k].space_before)) return false;
    if (k + 1 >= n || !ts[k + 1].word || !ts[k + 1].space_before || ts[k + 1].newline_before ||
        ts[k + 1].capitalized) {
      return false;
    }
    const bool line_start = k == 0 || ts[k].newline_before;
    const bool word_before = !line_start && ts[k - 1].word;
    // After a speech verb and before "que" the word is who spoke, though
    // no list has it as a name ("Me dijo FE que"); an acronym of no
    // dictionary ("CNDH") is left.
    const bool speaker = word_before && !ts[k - 1].capitalized && (info[k - 1].flags & kSpeechCue) &&
                         tk.Folded(ts[k + 1]) == "que" &&
                         (info[k].place == 0 || (info[k].flags & kGivenName)) &&  // "Me dijo LEÓN que"
                         (info[k].flags & (kGivenName | kSurname | kNameWord | kCommonWord));
    if (!speaker && (info[k].place != 0 || !(info[k].flags & kGivenName))) return false;
    const std::string_view next = tk.Folded(ts[k + 1]);
    bool acts = false;
    if (speaker) {
      acts = true;  // "Me dijo LUZ que"
    } else if (person_acts_after(k) == 2) {
      acts = line_start || info[k].sentence_start ||
             (!word_before && (ts[k - 1].first == ',' || ts[k - 1].first == ';' || ts[k - 1].first == ':'));
    } else if (!(word_before && (info[k - 1].flags & (kStopWord | kPlacePrep | kConnector)))) {
      if (english) {
        static constexpr std::string_view kPast[] = {"went", "came", "left", "took", "told", "said", "ran",
                                                     "hid",  "got",  "gave", "was",  "saw",  "knew", "found"};
        const bool regular = next.size() >= 5 && next.ends_with("ed") && !(info[k + 1].flags & kStopWord);
        // And what a person does now ("JOY comes on Sundays"), not "is".
        static constexpr std::string_view kPresent[] = {"comes", "says",  "knows", "lives", "works",
                                                        "wants", "cries", "calls", "helps", "sleeps"};
        acts = regular || std::ranges::find(kPast, next) != std::end(kPast) ||
               std::ranges::find(kPresent, next) != std::end(kPresent);
      } else {
        // Or in the present, verbs a person does and a noun does not:
        // "PAZ viene mañana", "LUZ dice que" ("la LUZ viene" has its
        // article; "es", "está", "hay" are left).
        static constexpr std::string_view kPresent[] = {
            "viene", "llega",  "dice",  "sabe",  "quiere", "trabaja", "vive",   "anda",
            "tiene", "habla",  "llora", "cuida", "manda",  "piensa",  "conoce", "duerme"};
        acts = (IsSpanishPastVerb(text.substr(ts[k + 1].begin, ts[k + 1].end - ts[k + 1].begin)) ||
                std::ranges::find(kPresent, next) != std::end(kPresent)) &&
               !(info[k + 1].flags & (kStopWord | kConnector | kPlacePrep));
      }
      if (acts && acronym_near(k)) acts = false;
    }
    if (!acts) return false;
    return lower_case_around(k, 0);
  };
  // Match results: "Arsenal 2 Chelsea 1", "Barnsley 2 Wolves 0" on a line of
  // their own (or before ',' or ';'): the two runs are teams.
  std::vector<char> score_line(runs.size(), 0);
  auto goals = [&](size_t k) {
    return k < n && ts[k].word && ts[k].has_digit && !ts[k].has_letter && ts[k].end - ts[k].begin <= 2 &&
           ts[k].space_before && !ts[k].newline_before;
  };
  for (size_t r = 0; r + 1 < runs.size(); ++r) {
    const Run& home = runs[r];
    const Run& away = runs[r + 1];
    const size_t g1 = home.last + 1, g2 = away.last + 1;
    if (!goals(g1) || away.first != g1 + 1 || ts[away.first].newline_before || !goals(g2)) continue;
    const bool line_start = home.first == 0 || ts[home.first].newline_before ||
                            (!ts[home.first - 1].word && (ts[home.first - 1].first == ',' ||
                                                          ts[home.first - 1].first == ';'));
    const bool line_end = g2 + 1 >= n || ts[g2 + 1].newline_before ||
                          (!ts[g2 + 1].word && (ts[g2 + 1].first == ',' || ts[g2 + 1].first == ';' ||
                                                ts[g2 + 1].first == '.'));
    if (line_start && line_end) score_line[r] = score_line[r + 1] = 1;
  }
  // Words of no list opening a sentence that the rules may have left: see
  // the list of people after the model.
  std::vector<size_t> list_heads;
  for (size_t r = 0; r < runs.size(); ++r) {
    Run& run = runs[r];
    if (score_line[r]) {
      for (size_t k = run.begin; k < run.end; ++k) {
        info[run_words[k]].evidence = kBlocked;
        info[run_words[k]].run = static_cast<int>(r);
      }
      continue;
    }
    const std::span<const size_t> words(run_words.data() + run.begin, run.end - run.begin);
    // "Hospital Gregorio Marañón", "Fundación Jiménez Díaz", "Colegio Benito
    // Juárez": the words after an institution word name the institution
    // after someone who is not in the text; they are no name here (nor in
    // pass 3 or for the model: blocked). The words before it are judged as
    // usual ("Dr. Juan Pérez Hospital General").
    {
      size_t namesake_from = words.size();
      if (continues_institution(r)) {
        namesake_from = 0;
      } else {
        for (size_t x = 0; x < words.size(); ++x) {
          // Not a surname after a particle ("Juan de la Iglesia Pérez").
          const size_t w = words[x];
          const bool after_particle = x > 0 && ts[w - 1].word && !ts[w - 1].capitalized &&
                                      (info[w - 1].flags & kConnector);
          if ((info[w].flags & kInstitution) && !ts[w].all_caps && !after_particle) {
            namesake_from = x + 1;
            institution_runs[r] = 1;
            break;
          }
        }
      }
      // A run that a number follows ends with a street ("Hospital Dr. Luis
      // Sánchez Bulnes Vicente García Torres, 46", "Instituto de Oftalmología
      // Conde de Valenciana Chimalpopoca 14"): judged as usual.
      size_t after = run.last + 1;
      if (after < n && !ts[after].word && ts[after].first == ',') ++after;
      const bool number_follows = after < n && ts[after].word && ts[after].has_digit &&
                                  !ts[after].newline_before;
      if (namesake_from < words.size() && !number_follows) {
        institution_runs[r] = 1;
        for (size_t x = namesake_from; x < words.size(); ++x) info[words[x]].evidence = kBlocked;
      } else if (namesake_from < words.size()) {
        // "Hospital Pablo Tobón Uribe Calle 78b": a street word before the
        // number opens the street; the namesake ends before it. At most
        // three words of a name and no title: "Hospital San Juan de Dios
        // Pedro Gómez Calle 12" may hold a person after the namesake, and
        // is judged as usual.
        size_t street = namesake_from + 1;
        while (street < words.size() && !IsStreetWordOfAnAddressLine(tk.Folded(ts[words[street]]))) ++street;
        int name_words = 0;
        bool title = false;
        for (size_t x = namesake_from; x < street && x < words.size(); ++x) {
          if (!(info[words[x]].flags & kConnector)) ++name_words;
          if (info[words[x]].flags & kTitle) title = true;
        }
        if (street < words.size() && name_words <= 3 && !title) {
          for (size_t x = namesake_from; x < street; ++x) info[words[x]].evidence = kBlocked;
        }
      }
    }
    // "Síndrome de Marfan", "Enfermedad de Castleman", "Test de Hess-Lancaster":
    // a capitalized eponym noun and its particle inside the run; what follows
    // names a disease or a test (as after a lower-case one, below).
    for (size_t x = 0; x + 1 < words.size(); ++x) {
      const size_t w = words[x];
      if ((info[w].flags & (kEponymCue | kGivenName | kSurname)) != kEponymCue ||
          ts[w].all_caps || words[x + 1] == w + 1 ||
          !(info[w + 1].flags & kConnector) || ts[w + 1].capitalized) {
        continue;
      }
      for (size_t y = x + 1; y < words.size(); ++y) info[words[y]].evidence = kBlocked;
      break;
    }
    // Context before the run.
    bool strong_cue = false, medium_cue = false, place_prep = false, eponym = false;
    bool kin_cue = false;  // a kin or role word right before: "mi esposa Guadalupe"
    bool speech_before = false;  // "dijo Rato", "said Young": a speaker after a speech verb
    bool minute_after = false;   // "Shearer ( 8th )": a scorer and the minute of the goal
    bool person_context = false;  // "talked to", "con", "avec": see person_context.h
    bool verb_before_context = false;  // "me fui con", "hablé con": a verb before it
    bool verb_takes_person = false;    // person_context from a verb ("vi a", "payé"), not "con"
    bool after_prep = false;      // a preposition right before ("from", "to"), no article
    bool family_article = false;  // "les", "des", "los": a family may follow
    bool french_family_article = false;  // "aux", "des" in French
    long p = prev_word(run.first);
    if (p >= 0) {
      uint32_t pf = info[p].flags;
      // "my name is X", "mi nombre es X", "il s'appelle X": skip the copula.
      std::string_view pw = tk.Folded(ts[p]);
      family_article = !ts[p].capitalized && (pw == "les" || pw == "des" || pw == "aux" || pw == "los" ||
                                              pw == "las" || pw == "the");
      french_family_article = french && !ts[p].capitalized && (pw == "aux" || pw == "des");
      if ((pw == "d" || pw == "l") && !ts[p].capitalized && run.first > 0 && !ts[run.first - 1].word &&
          (ts[run.first - 1].first == '\'' || ts[run.first - 1].first == 0x2019)) {
        place_prep = true;  // "d'Italie", "l'Espagne"
      }
      if ((pw == "is" || pw == "es" || pw == "est" || pw == "was" || pw == "era" || pw == "se") &&
          p > 0) {
        long q = prev_word(static_cast<size_t>(p));
        if (q >= 0 && (info[q].flags & kNameCue)) pf |= kNameCue;
      }
      // "everyone calls me Ján", "le dicen El Flaco", "they called him Koko",
      // "lo apodaban El Negro", "conocido como El Mencho".
      if (nickname_cue_ends(p)) pf |= kNameCue;
      // The article of a nickname after its cue: "alias el Flaco", "apodado
      // «la Tía»", "le decían el Güero", "surnommé le Gros" (not a place:
      // "un pueblo llamado el Ceibo").
      bool cue_then_article = false;
      // "the" only after "called him", "known as" ("they called him the
      // Butcher"; not "to name the VP Richard Hawk").
      if ((pw == "el" || pw == "la" || pw == "los" || pw == "las" || pw == "le" || pw == "les" ||
           pw == "the" || pw == "l") &&
          !ts[p].capitalized && p > 0) {
        const long q = prev_word(static_cast<size_t>(p));
        bool place_in_run = false;
        for (size_t w : words) place_in_run = place_in_run || info[w].place != 0;
        cue_then_article = q >= 0 && !place_in_run &&
                           (((info[q].flags & kNameCue) && !ts[q].capitalized && pw != "the") ||
                            nickname_cue_ends(q));
        if (cue_then_article) pf |= kNameCue;
      }
      // "le decían el Chino", "alias el Flaco", "apodado la Güera": a
      // nickname's lower-case article after a naming word; the word after
      // it may be an ordinary one.
      bool nickname_article = false;
      if ((pw == "el" || pw == "la") && !ts[p].capitalized && p > 0) {
        const long q = prev_word(static_cast<size_t>(p));
        if (q >= 0) {
          const std::string_view qw = tk.Folded(ts[q]);
          if (qw == "alias" || qw == "apodado" || qw == "apodada" || qw == "apodo") {
            nickname_article = true;
          } else if ((qw == "dicen" || qw == "decian" || qw == "decia" || qw == "dice" ||
                      qw == "llaman" || qw == "llamaban" || qw == "apodan" || qw == "apodaban" ||
                      qw == "apodaron") && q > 0) {
            const long r = prev_word(static_cast<size_t>(q));
            if (r >= 0) {
              const std::string_view rw = tk.Folded(ts[r]);
              nickname_article = rw == "me" || rw == "le" || rw == "les" || rw == "lo" ||
                                 rw == "la" || rw == "nos" || rw == "te" || rw == "los" || rw == "las";
            }
          } else if ((info[q].flags & kKinCue) && !(info[q].flags & kStopWord) && !ts[q].capitalized && q > 0) {
            // "mi compa el Gato", "su prima la Flaca": a relative or a
            // friend named by the nickname they go by, after a possessive.
            const long r = prev_word(static_cast<size_t>(q));
            if (r >= 0 && !ts[r].capitalized) {
              const std::string_view rw = tk.Folded(ts[r]);
              nickname_article = rw == "mi" || rw == "mis" || rw == "su" || rw == "sus" || rw == "tu" ||
                                 rw == "tus" || rw == "nuestro" || rw == "nuestra";
            }
          }
        }
        if (nickname_article) pf |= kNameCue;
      }
      // "la Sra. de León", "el señor de la Cruz": a form of address, its
      // lower-case particles and a surname or given name (not a word: "el
      // licenciado de la Fiscalía").
      bool titled_particle = false;
      if ((info[p].flags & kConnector) && !ts[p].capitalized && !ts[p].newline_before) {
        long q = prev_word(static_cast<size_t>(p));
        if (q >= 0 && (info[q].flags & kConnector) && !ts[q].capitalized) {
          q = prev_word(static_cast<size_t>(q));
        }
        const uint32_t first_flags = info[run.first].flags;
        if (q >= 0 && (info[q].flags & kTitle) && (first_flags & (kGivenName | kSurname)) &&
            !(first_flags & (kOrgWord | kMonth | kStopWord | kDemonym)) &&
            (!lexicon_->IsDictionaryHash(ts[run.first].hash) || (first_flags & kSurname))) {
          // Forms of address only: a post and "de" name its place ("la
          // alcaldesa de Sevilla", "el gobernador de Chiapas").
          const std::string_view qw = tk.Folded(ts[q]);
          titled_particle = qw == "sr" || qw == "sra" || qw == "srta" || qw == "senor" ||
                            qw == "senora" || qw == "senorita" || qw == "don" || qw == "dona" ||
                            qw == "dr" || qw == "dra" || qw == "lic" || qw == "licenciado" ||
                            qw == "licenciada" || qw == "ing" || qw == "mr" || qw == "mrs" ||
                            qw == "ms" || qw == "mme" || qw == "monsieur" || qw == "madame";
        }
        if (titled_particle) pf |= kTitle;
      }
      // "a man called El Flaco", "a guy named La Güera": a Spanish nickname
      // with its article after "called" (not a town: "a town called El Ceibo").
      if ((pw == "called" || pw == "named") && !ts[p].capitalized) {
        const std::string_view a = tk.Folded(ts[run.first]);
        bool place_in_run = false;
        for (size_t w : words) place_in_run = place_in_run || info[w].place != 0;
        if ((a == "el" || a == "la") && words.size() > 1 && !place_in_run) pf |= kNameCue;
      }
      // "the smuggler everyone called Shorty", "a man called Rocky": in
      // English a nickname after "called", though a dictionary word, when no
      // thing or place is called so ("a song called Hello", "a town called
      // Hope", "a company called Apex").
      if (english && pw == "called" && !ts[p].capitalized && words.size() <= 2 && p > 0) {
        bool place_in_run = false;
        for (size_t w : words) place_in_run = place_in_run || info[w].place != 0;
        const long q = prev_word(static_cast<size_t>(p));
        bool thing = q < 0;
        if (q >= 0) {
          static constexpr std::string_view kThings[] = {
              "song", "songs", "book", "film", "movie", "show", "album", "game", "app", "company",
              "band", "place", "village", "thing", "something", "brand", "store", "shop", "website",
              "site", "program", "programme", "series", "novel", "play", "magazine", "newspaper",
              "organization", "organisation", "ship", "boat", "area", "neighborhood",
              "neighbourhood", "mountain", "drink", "dish", "disease", "condition", "process",
              "project", "operation", "campaign", "movement", "party", "firm", "product", "tool",
              "software", "system", "station", "channel", "podcast", "blog", "page", "account",
              "restaurant", "bar", "cafe", "hotel", "camp", "farm", "ranch", "building", "street"};
          const std::string_view qw = tk.Folded(ts[q]);
          thing = (info[q].flags & (kOrgWord | kPlacePrep | kPlaceSuffix | kOrgSuffix | kInstitution)) != 0;
          for (std::string_view t : kThings) thing = thing || qw == t;
          // "a man called Caborca", "my cousin called Nogales": after a
          // noun of a person, the name is a person's though a town is so
          // named too (many surnames of the route are: "a town called
          // Caborca" stays a place).
          static constexpr std::string_view kPersonNouns[] = {
              "man", "woman", "guy", "lady", "boy", "girl", "person", "smuggler", "coyote", "driver",
              "guide", "dude", "fellow", "gentleman", "kid", "officer", "agent", "soldier", "guard"};
          bool person_noun = !thing && !ts[q].capitalized &&
                             (info[q].flags & (kKinCue | kStopWord)) == kKinCue;
          for (std::string_view t : kPersonNouns) person_noun = person_noun || (!thing && qw == t);
          if (person_noun) place_in_run = false;
        }
        if (!place_in_run && !thing) pf |= kNameCue;
      }
      // "50 mm Hg": lower-case "mm" is millimetres, not "MM." (messieurs);
      // "will miss Sunday 's game": a verb.
      if ((pf & kTitle) && (pw == "mm" || (english && (pw == "miss" || pw == "sir" || pw == "madam"))) &&
          !ts[p].capitalized) {
        pf &= ~kTitle;
      }
      // "Signé : Carlos Mendoza": French "signé" folds to the eponym noun
      // "signe" ("signe de Babinski"), but the verb signs a letter or a
      // statement, and a person follows; and a label's colon or a comma is
      // never between an eponym and its noun.
      if (pf & kEponymCue) {
        const std::string_view raw = text.substr(ts[p].begin, ts[p].end - ts[p].begin);
        bool mark = false;
        for (size_t k = static_cast<size_t>(p) + 1; k < run.first; ++k) {
          mark = mark || (!ts[k].word && (ts[k].first == ':' || ts[k].first == ','));
        }
        if (mark) pf &= ~kEponymCue;
        if (raw == "sign\xC3\xA9" || raw == "Sign\xC3\xA9" || raw == "SIGN\xC3\x89") {
          pf = (pf & ~kEponymCue) | kNameCue;
        }
      }
      if (pf & (kTitle | kNameCue)) strong_cue = true;
      if (pf & (kKinCue | kSpeechCue)) medium_cue = true;
      if ((pf & kSpeechCue) && !ts[p].capitalized) speech_before = true;
      // Not a function word that is a kin word elsewhere: French "son"
      // (his), Spanish "son" (are), "se".
      if ((pf & kKinCue) && !ts[p].capitalized && (english || !(pf & kStopWord))) kin_cue = true;
      if ((pf & kPlacePrep) && !ts[p].capitalized) place_prep = after_prep = true;
      // French "à Lyon" (the accent folds away, so read the raw word).
      const std::string_view raw = text.substr(ts[p].begin, ts[p].end - ts[p].begin);
      if (raw == "\xC3\xA0" || raw == "\xC3\x80") place_prep = true;
      // And as OCR and hurried typing write it: "cultivateur a Ponligo".
      if (french && raw == "a") place_prep = true;
      // "rue Lafayette", "calle Hidalgo": a street is named, not a person.
      if (pf & kOrgWord) place_prep = true;
      // Articles: "la France", "le Havre", "the Hague", "l'Allemagne". A strong
      // name still counts ("la Lupe").
      if ((pw == "la" || pw == "le" || pw == "les" || pw == "el" || pw == "los" || pw == "las" ||
           pw == "the" || pw == "du" || pw == "des" || pw == "au" || pw == "aux") &&
          !nickname_article && !titled_particle && !cue_then_article) {
        place_prep = true;
      }
      // "Servicio de Urología", "Hospital del Mar": an institution's name.
      // "síndrome de Down", "escala de Glasgow", "tipo Blake": an eponym.
      if ((pf & kConnector) && !ts[p].capitalized) {
        long q = prev_word(static_cast<size_t>(p));
        if (q >= 0 && (info[q].flags & kOrgWord)) place_prep = true;
        if (q >= 0 && (info[q].flags & kEponymCue)) eponym = true;
      }
      // "M. de Mauroy", "M. d'Estournelles": an abbreviated title (not "14
      // mm de Hg", the role in "M. le Maire", nor a rank or a see named by a
      // town: "l'évêque de Vannes", "le comte de Chambord").
      if (((pf & kConnector) || (pw == "d" && place_prep)) && !ts[p].capitalized && pw != "le" &&
          pw != "la" && pw != "les" && pw != "l" && info[run.first].place == 0) {
        const long q = prev_word(static_cast<size_t>(p));
        if (q >= 0 && (info[q].flags & kTitle) && ts[q].capitalized && ts[q].end - ts[q].begin <= 4) {
          strong_cue = true;
        }
      }
      if (pf & kEponymCue) eponym = true;
      // "le voilier Louise-Anna", "la goélette « Joséphine »", "the steamer
      // Victoria": a ship's name, though it is a person's name too. Not
      // across a comma ("le capitaine du navire, Durand, a dit").
      if (pf & kVesselCue) {
        bool comma = false;
        for (size_t k = static_cast<size_t>(p) + 1; k < run.first; ++k) comma = comma || ts[k].first == ',';
        if (!comma) eponym = true;
      }
      // "talked to Maurice", "con Guadalupe", "parlé à Maurice": a person
      // follows, not a place.
      {
        const long q = prev_word(static_cast<size_t>(p));
        person_context = IsPersonContext(q >= 0 ? tk.Folded(ts[q]) : std::string_view(), pw);
        // "me fui con", "hablé con", "salimos con": a verb before the words
        // that take a person (not "tratamiento con", "aceptables con").
        if (person_context && q >= 0 && !ts[q].capitalized) {
          const std::string_view raw = text.substr(ts[q].begin, ts[q].end - ts[q].begin);
          const std::string_view fq = tk.Folded(ts[q]);
          auto ends = [](std::string_view w, std::string_view e) {
            return w.size() > e.size() && w.substr(w.size() - e.size()) == e;
          };
          verb_before_context = IsSpanishPastVerb(raw) || ends(raw, "\xC3\xA9") || ends(raw, "\xC3\xAD") ||
                                ends(fq, "amos") || ends(fq, "imos") || fq == "fui" || fq == "iba" ||
                                fq == "vine" || fq == "estuve" || fq == "anduve" || fq == "voy" || fq == "estoy";
        }
        // Haitian "pou Jinet ki rete Okap": after "pou" (for, to), a word
        // that "ki" and what a person does follow is whom a thing is for,
        // not a town one leaves for ("pou Tapachula ki se yon gwo vil").
        if (!person_context && pw == "pou" && !ts[p].capitalized && run.last + 2 < n &&
            ts[run.last + 1].word && tk.Folded(ts[run.last + 1]) == "ki" && ts[run.last + 2].word) {
          static const std::unordered_set<std::string_view> kPersonActs = {
              "rete", "di", "ede", "travay", "konnen", "voye", "pran", "renmen", "malad", "mouri",
              "ansent", "kriye", "pale", "vin", "vini"};
          size_t v = run.last + 2;  // past the tense marker: "ki te malad"
          if (tk.Folded(ts[v]) == "te" && v + 1 < n && ts[v + 1].word) ++v;
          person_context = kPersonActs.count(tk.Folded(ts[v])) != 0;
        }
        if (person_context) place_prep = false;
        verb_takes_person = person_context && pw != "con" && pw != "avec" && pw != "with" && pw != "ak" &&
                            pw != "de" && pw != "del";
      }
      // "28035 Madrid", "38760 Los Llanos de Aridane": a postal code.
      if (ts[p].has_digit && !ts[p].has_letter && ts[p].end - ts[p].begin >= 4) place_prep = true;
      // A goal's minute before its scorer: "min. 51: Kiko", "minuto 88: Morientes".
      if (ScorerMinuteBefore(tk, p, run.first)) strong_cue = true;
      // A post and its holder: "the spokesman Nikolaus van der Pas", "el
      // tenista Carlos Moyá"; or the holder in apposition, "el entrenador del
      // Atlético de Madrid, Radomir Antic, dijo".
      if (PostBefore(tk, info, p, run.first, words)) strong_cue = true;

      // Cricket's dismissals: "c Croft b Harris", "lbw b Waqar Younis".
      if (english && CricketDismissalBefore(tk, p)) strong_cue = true;
    }
    // Results tables: "(España/Banesto)", "(ITA/Mercatone Uno)": after a
    // country or its code and '/' in parentheses, a team.
    if (const size_t f = run.first;
        f >= 3 && !ts[f - 1].word && ts[f - 1].first == '/' && !ts[f - 1].space_before &&
        !ts[f].space_before && ts[f - 2].word && !ts[f - 3].word && ts[f - 3].first == '(' &&
        (info[f - 2].place != 0 || (ts[f - 2].all_caps && ts[f - 2].end - ts[f - 2].begin <= 4))) {
      eponym = true;
      for (size_t w : words) info[w].evidence = kBlocked;  // nor the model's to add
    }
    // "con JOSÉ y MARÍA": a run in capitals joined by a conjunction to a name
    // in capitals flagged just before it.
    bool caps_partner = false;
    if (run.first >= 2 && ts[run.first].all_caps && ts[run.first - 1].word &&
        !ts[run.first - 1].newline_before && ts[run.first - 2].word && ts[run.first - 2].all_caps &&
        info[run.first - 2].score > 0) {
      const std::string_view c = tk.Folded(ts[run.first - 1]);
      caps_partner = c == "y" || c == "e" || c == "and" || c == "et" || c == "ak";
    }
    // Context after: "X dijo", "X, 42 años", "X, a 42-year-old", "X (42)".
    bool role_after = false;
    // What a person does, after a name that is also a word or a town
    // ("Rosa me llevó", "Guadalupe nos ayudó", "Victoria y yo llegamos",
    // "Ángel y Jesús se quedaron", "Soledad, mi hija, ..."): outside English,
    // an object pronoun and a verb, "y yo", a given name joined by "y", or
    // a possessive and a kin word after a comma.
    bool person_after = false;
    size_t a = run.last + 1;
    if (a + 1 < n && !english && !ts[a].newline_before && !ts[a + 1].newline_before) {
      const auto folded = [&](size_t k) { return ts[k].word ? tk.Folded(ts[k]) : std::string_view(); };
      const std::string_view x = folded(a), y = folded(a + 1);
      if (ts[a].word && !ts[a].capitalized && ts[a + 1].word && !ts[a + 1].capitalized &&
          (WordIs(x, "me") || WordIs(x, "te") || WordIs(x, "nos") || WordIs(x, "le") ||
           WordIs(x, "les") || WordIs(x, "lo") || WordIs(x, "se") || WordIs(x, "m") ||
           WordIs(x, "nous") || WordIs(x, "mwen") || WordIs(x, "nou")) &&
          !(info[a + 1].flags & (kStopWord | kConnector | kPlacePrep)) && !ts[a + 1].has_digit) {
        person_after = true;
      }
      if ((WordIs(x, "y") || WordIs(x, "e") || WordIs(x, "et") || WordIs(x, "ak")) &&
          !ts[a].capitalized &&
          (WordIs(y, "yo") || WordIs(y, "moi") || WordIs(y, "mwen") ||
           (ts[a + 1].capitalized && !ts[a + 1].all_caps && info[a + 1].evidence == kStrong &&
            (info[a + 1].flags & kGivenName) && info[a + 1].place == 0) ||
           // "Pierre et Florence nous ont aidés": a given name of any
           // evidence (a town too) before an object pronoun and a verb.
           (ts[a + 1].capitalized && !ts[a + 1].all_caps && (info[a + 1].flags & kGivenName) &&
            a + 3 < n && ts[a + 2].word && !ts[a + 2].capitalized && ts[a + 3].word &&
            !ts[a + 3].capitalized && !ts[a + 2].newline_before && !ts[a + 3].newline_before &&
            (WordIs(folded(a + 2), "nous") || WordIs(folded(a + 2), "nos") || WordIs(folded(a + 2), "nou")) &&
            !(info[a + 3].flags & (kConnector | kPlacePrep))))) {
        person_after = true;
      }
      if (!ts[a].word && ts[a].first == ',' && a + 2 < n && ts[a + 2].word && !ts[a + 2].capitalized &&
          (info[a + 2].flags & kKinCue) && !(info[a + 2].flags & kStopWord) &&
          (y == "mi" || y == "su" || y == "ma" || y == "mon" || y == "sa" || y == "son" || y == "nuestra" ||
           y == "nuestro")) {
        person_after = true;
      }
      // "Me dijo León que nos fuéramos", "m'a dit Lourdes qu'il fallait
      // partir": after a verb of speaking in lower case, a name before
      // "que" is who spoke.
      const bool speaker = run.first > 0 && ts[run.first - 1].word && !ts[run.first - 1].capitalized &&
                           !ts[run.first].newline_before && (info[run.first - 1].flags & kSpeechCue) &&
                           ts[a].word && !ts[a].capitalized && (x == "que" || x == "qu");
      if (speaker) person_after = true;
      // Not an acronym in capitals ("la PIO se mantuvo"), unless a given
      // name speaks ("Me dijo LEÓN que").
      if (ts[run.last].all_caps && !(speaker && (info[run.last].flags & kGivenName))) person_after = false;
      // Nor a pronoun that is a given name elsewhere ("Ella me contó").
      if (words.size() == 1 && (info[words[0]].flags & kStopWord)) person_after = false;
      if (person_after) medium_cue = true;
    }
    // "Guadalupe dijo que sí", "Florence said we could stay", "Victoria fue
    // muy buena con nosotros": a one-word name right before a verb of
    // speaking or a word that says how a person was. A town neither speaks
    // nor is kind, so a given name that is also a town is who spoke (in any
    // language: the rule above reads no English).
    // Asked only of a town that is a given name (below).
    const auto says_a_person = [&] {
      std::string_view after[3];
      // In lower case, or shouted in capitals ("Marie EST VENUE"), not the
      // two mixed (the capitals of a title after it: "Florence Nightingale").
      const bool shouted = a < n && ts[a].all_caps;
      for (size_t k = 0; k < 3 && a + k < n && ts[a + k].word && ts[a + k].all_caps == shouted &&
                         (shouted || !ts[a + k].capitalized) && !ts[a + k].newline_before;
           ++k) {
        after[k] = tk.Folded(ts[a + k]);
      }
      return SaysWhatOnlyAPersonDoes(after[0], after[1], after[2]);
    };
    // The same said by the words in capitals that follow the run's first
    // word inside its run ("Marie EST VENUE"; asked of a given name only).
    const auto caps_act_in_run = [&] {
      const size_t g = words[0];
      if (words.size() < 3 || words[1] != g + 1 || words[2] != g + 2 || !ts[g + 1].all_caps ||
          !ts[g + 2].all_caps) {
        return false;
      }
      const bool third = words.size() >= 4 && words[3] == g + 3 && ts[g + 3].all_caps;
      return SaysWhatOnlyAPersonDoes(tk.Folded(ts[g + 1]), tk.Folded(ts[g + 2]),
                                     third ? tk.Folded(ts[g + 3]) : std::string_view());
    };
    if (a < n) {
      if (ts[a].word && (info[a].flags & kSpeechCue)) medium_cue = true;
      if (!ts[a].word && (ts[a].first == ',' || ts[a].first == '(')) {
        size_t b = a + 1;
        if (b < n && ts[b].word && !ts[b].has_digit &&
            (info[b].flags & (kStopWord | kConnector | kSpeechCue)) && tk.Folded(ts[b]).size() <= 3) {
          if (info[b].flags & kSpeechCue) medium_cue = true;
          ++b;
        }
        // Not a range or a score ("(EVA, 7-8)", "(VAS, 3/10)").
        const bool range = b + 2 < n && !ts[b + 1].word && !ts[b + 1].space_before &&
                           (ts[b + 1].first == '-' || ts[b + 1].first == '/') &&
                           ts[b + 2].has_digit && !ts[b + 2].space_before;
        if (b < n && ts[b].word && ts[b].has_digit && !ts[b].has_letter && ts[b].end - ts[b].begin <= 3 &&
            !range) {
          medium_cue = true;
        }
        // "A man from the cartel, LUIS, told us": a speech verb after the
        // comma that closes an apposition.
        if (ts[a].first == ',' && a + 1 < n && ts[a + 1].word && !ts[a + 1].capitalized &&
            (info[a + 1].flags & kSpeechCue)) {
          medium_cue = true;
        }
        // A scorer and the minute of the goal: "Zidane (35e)", "Ian Wright ( 12th minute )".
        if (ts[a].first == '(' && b == a + 1 && b < n && IsMinuteOrdinal(tk, ts[b])) {
          medium_cue = true;
          minute_after = true;
        }
        // "TROUSSEL , notaires", "Marie Le Parque , cultivatrice": a trade.
        if (ts[a].first == ',' && a + 1 < n && ts[a + 1].word && !ts[a + 1].capitalized &&
            (info[a + 1].flags & kRoleCue)) {
          medium_cue = true;
          role_after = true;
        }
      }
    }

    // "Crohn's disease", "Down syndrome".
    {
      size_t a2 = run.last + 1;
      if (a2 + 2 < n && !ts[a2].word && (ts[a2].first == '\'' || ts[a2].first == 0x2019) &&
          ts[a2 + 1].word && tk.Folded(ts[a2 + 1]) == "s") {
        a2 += 2;
      }
      if (a2 < n && ts[a2].word && !ts[a2].capitalized && (info[a2].flags & kEponymCue)) eponym = true;
    }
    // "Russell Investments", "Shepherd Ltd.", "Clark Orchestra": a company.
    bool company = false;
    for (size_t x = 1; x < words.size() && !company; ++x) {
      company = info[words[x]].flags & kOrgSuffix;
      // English: "Fayette County", "Luna Lounge", "Glover Park": a place or
      // venue (not "Jimin Park": a word that is a surname too names no place).
      company = company ||
                (english && x + 1 == words.size() &&
                 (info[words[x]].flags & (kPlaceSuffix | kGivenName | kSurname)) == kPlaceSuffix);
    }
    if (company && !strong_cue && r > 0) {
      // And the partners listed before it: "Clark, Romero and Hall Orchestra".
      size_t k = run.first;
      for (size_t r2 = r; r2-- > 0;) {
        const Run& prev = runs[r2];
        if (prev.last + 1 >= k || prev.last + 3 < k) break;
        bool joined = true;  // only ',', '&' or "and" between the two
        for (size_t m = prev.last + 1; m < k && joined; ++m) {
          joined = (!ts[m].word && (ts[m].first == ',' || ts[m].first == '&')) ||
                   (ts[m].word && !ts[m].capitalized &&
                    (tk.Folded(ts[m]) == "and" || tk.Folded(ts[m]) == "y" ||
                     tk.Folded(ts[m]) == "et"));
        }
        // One-word partners only, after an article at most ("The Jones,
        // Smith and Davis Orchestra").
        const bool article = prev.end - prev.begin == 2 &&
                             (info[run_words[prev.begin]].flags & kStopWord) &&
                             !(info[run_words[prev.begin]].flags & kConnector);
        if (!joined || (prev.last != prev.first && !article)) break;
        info[prev.last].score = 0;
        info[prev.last].evidence = kBlocked;  // nor the model's to add back
        k = prev.first;
        if (article) break;
      }
    }
    eponym = eponym || company;
    if (eponym && !strong_cue) {
      for (size_t w : words) info[w].run = static_cast<int>(r);
      continue;  // nothing in this run is a person
    }
    // "de Saint-Symphorien Agnès Kermabon", "à Cocanquis Yvonne Le Sergent":
    // after a place preposition, words of no given-name list right before a
    // given name that is no ordinary word are the person's town (lists of
    // births and deaths, their commas lost to OCR); the name starts at the
    // given name.
    // French and English only: Spanish writes surnames first after a
    // preposition ("atendido por Blanco María").
    // In Spanish and Haitian only a town of the gazetteer ("En Tapachula
    // Wilmer consiguió trabajo", "Desde Tenosique Marvin me llamó").
    if (place_prep && !strong_cue && !person_context && words.size() >= 2) {
      size_t k = 1;
      while (k < words.size() && !((info[words[k]].flags & kGivenName) &&
                                   info[words[k]].evidence == kStrong && !ts[words[k]].all_caps &&
                                   info[words[k]].place == 0)) {
        ++k;
      }
      bool town = k < words.size() && k <= 3;
      for (size_t x = 0; town && x < k; ++x) {
        const TokenInfo& in = info[words[x]];
        town = (french || english)
                   ? !(in.flags & (kGivenName | kTitle | kHonorific)) && in.evidence != kStrong
                   : in.place != 0 && !(in.flags & (kTitle | kHonorific));
      }
      if (town) {
        for (size_t x = 0; x < k; ++x) info[words[x]].evidence = kBlocked;
      }
    }
    // Evidence inside the run. An ordinary capitalized word in the run
    // ("Mothers Day", "Good Love") makes it a title or phrase unless a
    // strong name is there too.
    int strong = 0, nameish = 0, ordinary = 0;
    for (size_t w : words) {
      const TokenInfo& in = info[w];
      if (in.place == 1) continue;
      if (in.evidence == kStrong && in.place == 0) ++strong;
      if (in.evidence >= kAmbiguous) ++nameish;
      if (in.evidence == kWord && ts[w].end - ts[w].begin > 1 && !(in.flags & kConnector) &&
          !(w == words[0] && in.sentence_start)) {
        ++ordinary;
      }
    }

    bool cued_by_title = strong_cue;
    size_t cue_from = 0;  // the cue covers words[cue_from..]
    int flagged_in_run = 0;
    // "Saint-Denis", "San-Juan": a saint's name makes a place or a church;
    // so does "Notre-Dame".
    const bool notre_dame = words.size() > 1 && tk.Folded(ts[words[0]]) == "notre" &&
                            tk.Folded(ts[words[1]]) == "dame";
    if (((info[words[0]].flags & kConnector) || notre_dame) && words.size() > 1 &&
        words[1] == words[0] + 2 && ts[words[0] + 1].first == '-') {
      // "Saint-Fleur m'a frappé", "Saint-Vil te bat mwen": a saint's compound
      // of two words in no gazetteer, with no place word before it, as the
      // subject of a verb (a lower-case word follows on its line) is a
      // surname, as many Haitian surnames are ("Saint-Juste", "Saint-Vil").
      if (!place_prep && !notre_dame && words.size() == 2 && info[words[0]].place == 0 &&
          info[words[1]].place == 0 && !ts[words[1]].all_caps) {
        const std::string_view saint = tk.Folded(ts[words[0]]);
        const size_t after = words[1] + 1;
        const std::string_view next = after < n && ts[after].word ? tk.Folded(ts[after]) : "";
        const bool verb_after = after < n && !ts[after].newline_before && ts[after].word &&
                                !ts[after].capitalized && ts[after].has_letter &&
                                !(info[after].flags & (kConnector | kPlacePrep)) && next != "et" &&
                                next != "ou" && next != "y" && next != "e" && next != "o" &&
                                next != "and" && next != "or" && next != "ak" && next != "dans";
        // Not "de Saint-Thégonnec", "rues Saint-Placide et Dupin".
        const long before = prev_word(run.first);
        const bool particle_before = before >= 0 && (info[before].flags & kConnector);
        const PlaceEntry* entry = nullptr;
        if ((saint == "saint" || saint == "sainte") && verb_after && !particle_before &&
            places_->MatchAt(tk, words[0], &entry) == words[0] &&
            places_->MatchAt(tk, words[1], &entry) == words[1]) {
          for (size_t w : words) {
            info[w].run = static_cast<int>(r);
            info[w].score = 0.9f;  // the model may not cut it in two
          }
          continue;
        }
      }
      place_prep = true;
      // "à Saint-Malo", "rue Saint-Vincent": the compound alone names no
      // person, nor with its town ("Saint-Nicolas de Coutances", "Notre-Dame
      // de Brennilis").
      bool compound = true;
      size_t x = 1;
      for (; x < words.size() && compound; ++x) {
        compound = words[x] == words[x - 1] + 2 && ts[words[x - 1] + 1].first == '-';
      }
      if (!compound && x >= 3) {
        // The town after a lower-case "de", "du", "la": run_words hold the
        // capitalized words only.
        const size_t after = words[x - 2] + 1;
        compound = after < n && ts[after].word && !ts[after].capitalized &&
                   (info[after].flags & kConnector);
      }
      if (compound && !strong_cue) {
        for (size_t w : words) info[w].run = static_cast<int>(r);
        continue;
      }
      // "Saint-Broladre TOMBE D'UN CERISIER": the town before a local item's
      // headline in capitals; the headline is judged as usual.
      // Not a given name before capitals that say what only a person does
      // ("Marie EST VENUE": Marie is a commune too, but no town comes).
      const size_t g = words[0];
      const bool person_acts =
          x >= 3 && (info[g].flags & kGivenName) && !ts[g].all_caps && words[1] == g + 1 && words[2] == g + 2 &&
          ts[g + 1].all_caps && ts[g + 2].all_caps &&
          SaysWhatOnlyAPersonDoes(tk.Folded(ts[g + 1]), tk.Folded(ts[g + 2]),
                                  x >= 4 && words[3] == g + 3 && ts[g + 3].all_caps ? tk.Folded(ts[g + 3])
                                                                                    : std::string_view());
      if (!compound && x >= 3 && !strong_cue && ts[words[x - 1]].all_caps && !person_acts &&
          ts[words[x - 1]].end - ts[words[x - 1]].begin >= 2 && !ts[words[x - 2]].all_caps) {
        for (size_t y = 0; y + 1 < x; ++y) info[words[y]].evidence = kBlocked;
      }
    }
    // "Hospital General", "Policía Federal": an institution's name.
    if (info[words[0]].flags & kOrgWord) {
      ++ordinary;
      place_prep = true;
    }
    // Ordinary words that end the run right before ':' form a heading
    // ("Dr. Pérez Correo Electrónico: ..."), not a surname.
    size_t heading_from = words.size();
    if (run.last + 1 < n && !ts[run.last + 1].word && ts[run.last + 1].first == ':') {
      while (heading_from > 0 && info[words[heading_from - 1]].evidence == kWord) --heading_from;
    }
    // "Ana Arillo Crespo": a given name followed by more capitalized words
    // is a full name even when its parts are also words.
    size_t lead = 0;
    // Skip titles and a sentence's first ordinary word ("Firmó Victoria ...").
    while (lead < words.size() &&
           ((info[words[lead]].flags & kTitle) ||
            (lead == 0 && info[words[0]].sentence_start && info[words[0]].evidence == kWord))) {
      ++lead;
    }
    if (lead + 1 < words.size()) {
      const TokenInfo& g = info[words[lead]];
      // "Marie Le Gal", "Jean De Souza": judge the word after a capitalized particle.
      size_t nx = lead + 1;
      if (nx + 1 < words.size() && (info[words[nx]].flags & kConnector) &&
          words[nx + 1] == words[nx] + 1) {
        ++nx;
      }
      const TokenInfo& next = info[words[nx]];
      // A place may sit inside the name if more of the name follows it
      // ("Paula San Miguel Fraile").
      size_t after_place = lead + 1;
      while (after_place < words.size() && info[words[after_place]].place == 1) ++after_place;
      const bool place_ok = next.place != 1 || after_place < words.size();
      if ((g.flags & kGivenName) && g.place == 0 && !ts[words[lead]].all_caps &&
          !(g.flags & (kStopWord | kConnector | kOrgWord | kMonth)) &&
          (g.evidence >= kAmbiguous) && next.evidence >= kWord && place_ok &&
          !(next.flags & (kStopWord | kOrgWord | kMonth))) {
        if (!cued_by_title) cue_from = lead;
        cued_by_title = true;
      }
      // English: an initial with its period opens a name as a given name
      // does ("M. Night", "M. Atherton"); in French and Spanish "M." may be
      // Monsieur or María (below).
      const size_t w0 = words[lead];
      if (english && lead == 0 && ts[w0].end - ts[w0].begin == 1 && w0 + 1 < n &&
          !ts[w0 + 1].word && ts[w0 + 1].first == '.' && words[nx] == w0 + 2 && next.place == 0 &&
          next.evidence >= kWord && !(next.flags & (kStopWord | kOrgWord | kMonth | kTitle)) &&
          !ts[words[nx]].all_caps && ts[words[nx]].end - ts[words[nx]].begin >= 3) {
        if (!cued_by_title) cue_from = lead;
        cued_by_title = true;
      }
    }
    // "casa de Durban Reyes", "con Durban Reyes", "mi cuñado Durban Reyes":
    // outside English, a one-word town opening a run right after a person
    // cue, before a surname, is the person's first name; both are flagged
    // (after the rules below, which may flag them already).
    bool town_before_surname = false;
    if (!english && words.size() >= 2 && words[1] == words[0] + 1 &&
        (kin_cue || strong_cue || person_context)) {
      const size_t w0 = words[0], w1 = words[1];
      const PlaceEntry* entry = nullptr;
      town_before_surname = !ts[w0].all_caps && !ts[w1].all_caps &&
                            places_->MatchAt(tk, w0, &entry) == w0 + 1 &&
                            !(info[w0].flags & (kTitle | kMonth | kStopWord | kConnector)) &&
                            (info[w1].flags & kSurname) && info[w1].evidence >= kAmbiguous &&
                            info[w1].place == 0;
    }
    // The place part after a family's word of no list ("les Kerbrat-Lyon").
    size_t family_part = SIZE_MAX;
    for (size_t idx = 0; idx < words.size(); ++idx) {
      size_t w = words[idx];
      TokenInfo& in = info[w];
      in.run = static_cast<int>(r);
      // French "M. Combes" (Monsieur): a lone "M." opening a run is a title.
      const bool monsieur = idx == 0 && words.size() > 1 && ts[w].end - ts[w].begin == 1 &&
                            text[ts[w].begin] == 'M' && w + 1 < n && !ts[w + 1].word &&
                            ts[w + 1].first == '.' &&
                            // "M. Carmen": María; in English "M." is an initial ("M. Atherton").
                            !english && (french || !(info[words[1]].flags & kGivenName));
      if (((in.flags & kTitle) || monsieur) && flagged_in_run == 0) {  // "Señor Pérez", "Doña Rosa"
        if (monsieur) in.evidence = kBlocked;  // not an initial of the name
        cued_by_title = true;
        continue;
      }
      // "del Barrio", "de la Iglesia": an institution word after a particle
      // inside a name is a surname.
      const bool after_particle = w > 0 && ts[w - 1].word && !ts[w - 1].capitalized &&
                                  (info[w - 1].flags & kConnector);
      if (in.evidence == kBlocked && after_particle && flagged_in_run > 0 &&
          (in.flags & (kOrgWord | kMonth | kTitle)) == kOrgWord) {
        in.score = 0.6f;
        ++flagged_in_run;
        continue;
      }
      // "Nombre: Julio.", "Apellidos: López San Cristóbal": right after a name
      // cue a month or a place is part of the name.
      const bool after_title = idx > 0 && (info[words[idx - 1]].flags & kTitle);  // "M. Janvier"
      if ((strong_cue || after_title) && cued_by_title &&
          (in.place == 1 || (in.flags & (kMonth | kOrgWord | kTitle)) == kMonth)) {
        in.score = 0.8f;
        ++flagged_in_run;
        continue;
      }
      // "María Sierra", "Ana Plaza": outside English, a place or institution
      // word that is a surname too, right after a given name of the name, is
      // its surname (not before a number: "Juan Calle 5"; in English "X
      // Park" is mostly a place: "Lincoln Park").
      // So is one that is a given name too, between a given name and a
      // surname or given name ("Luz Marina Reyes": "Marina" is the navy).
      auto given_between = [&] {
        return (in.flags & kGivenName) && idx + 1 < words.size() && words[idx + 1] == w + 1 &&
               (info[w + 1].flags & (kSurname | kGivenName)) &&
               !(info[w + 1].flags & (kOrgWord | kStopWord | kMonth | kTitle)) && !ts[w + 1].all_caps;
      };
      // In English, such a word before "'s" and a home or kin word is the
      // surname too ("We stayed at Daniel Park's house"): a park has no
      // house nor brother.
      auto owner_of_a_home = [&] {
        if (!english || w + 3 >= n || ts[w + 1].word || ts[w + 1].space_before ||
            (ts[w + 1].first != '\'' && ts[w + 1].first != 0x2019) || !ts[w + 2].word ||
            tk.Folded(ts[w + 2]) != "s" || !ts[w + 3].word) {
          return false;
        }
        static const std::unordered_set<std::string_view> kHomeOrKin = {
            "house", "home", "place", "apartment", "flat", "room", "family", "wife", "husband", "mother",
            "father", "mom", "dad", "brother", "sister", "son", "daughter", "kids", "children", "cousin",
            "uncle", "aunt", "friend", "car", "truck", "phone", "number", "girlfriend", "boyfriend"};
        return kHomeOrKin.count(tk.Folded(ts[w + 3])) != 0;
      };
      // Nor has a park a copula after a person: "The smuggler was Jimin
      // Park", "the man who hit me was Jimin Park" name him as "his name was"
      // does; the subject is a person noun after an article or possessive
      // that opens the sentence, the surname ends the clause.
      // In Spanish too: "El guía era Jimin Park", "El que nos robó fue
      // Jimin Park" ("el que", "la que": the one who).
      const bool spanish = language.substr(0, 2) == "es";
      auto after_a_persons_copula = [&] {
        if (!(english || spanish) || idx != 1 || p < 1) return false;
        const std::string_view cop = tk.Folded(ts[p]);
        if (english ? (cop != "was" && cop != "is") : (cop != "fue" && cop != "era" && cop != "es")) return false;
        if (w + 1 < n && !(!ts[w + 1].word && (ts[w + 1].first == '.' || ts[w + 1].first == ',' ||
                                                ts[w + 1].first == ';' || ts[w + 1].first == '\n'))) {
          return false;
        }
        static const std::unordered_set<std::string_view> kPersonNouns = {
            "smuggler", "coyote", "driver", "guide", "man", "woman", "guy", "boss", "officer", "agent",
            "guard", "one", "person", "leader", "owner", "trafficker", "soldier", "policeman"};
        static const std::unordered_set<std::string_view> kPersonNounsEs = {
            "coyote", "pollero", "guia", "chofer", "conductor", "hombre", "mujer", "tipo", "senor", "senora",
            "jefe", "jefa", "patron", "oficial", "agente", "guardia", "policia", "soldado", "militar", "lider",
            "dueno", "duena", "traficante", "encargado", "encargada", "que"};
        static const std::unordered_set<std::string_view> kOpeners = {
            "the", "our", "my", "their", "his", "her", "that", "this"};
        static const std::unordered_set<std::string_view> kOpenersEs = {
            "el", "la", "los", "las", "nuestro", "nuestra", "mi", "su", "ese", "esa", "este", "esta", "aquel"};
        const auto& person_nouns = english ? kPersonNouns : kPersonNounsEs;
        const auto& openers = english ? kOpeners : kOpenersEs;
        long k = static_cast<long>(p) - 1;
        for (int steps = 0; k >= 0 && steps < 12; --k, ++steps) {
          if (!ts[k].word) {
            if (ts[k].first == '.' || ts[k].first == '\n' || ts[k].first == '!' || ts[k].first == '?') return false;
            continue;
          }
          if (person_nouns.count(tk.Folded(ts[k])) == 0) continue;
          const long a = prev_word(static_cast<size_t>(k));
          if (a < 0 || openers.count(tk.Folded(ts[a])) == 0) continue;
          const long b = prev_word(static_cast<size_t>(a));
          if (b < 0) return true;
          for (size_t j = static_cast<size_t>(b) + 1; j < static_cast<size_t>(a); ++j) {
            if (!ts[j].word && (ts[j].first == '.' || ts[j].first == '\n' || ts[j].first == '!' || ts[j].first == '?')) return true;
          }
          return false;
        }
        return false;
      };
      const bool persons_copula = (in.flags & kOrgWord) && after_a_persons_copula();
      if ((!english || strong_cue || persons_copula || owner_of_a_home()) && (in.flags & kOrgWord) &&
          ((in.flags & (kOrgWord | kSurname | kTitle | kMonth | kInstitution)) == (kOrgWord | kSurname) ||
           ((in.flags & (kOrgWord | kTitle | kMonth | kInstitution)) == kOrgWord && given_between())) &&
          idx > 0 && words[idx - 1] + 1 == w && info[w - 1].score > 0 &&
          ((info[w - 1].flags & kGivenName) || strong_cue || persons_copula) && !ts[w].all_caps &&
          !ts[w - 1].all_caps &&
          !(w + 1 < n && ts[w + 1].word && ts[w + 1].has_digit)) {
        in.score = 0.7f;
        ++flagged_in_run;
        continue;
      }
      // "Daniel Calle nos golpeó", "Daniel Calle beat us": a street or place
      // word of no surname list right after a listed given name, before an
      // object pronoun (or, in English, a verb and one), is the surname:
      // a street does not beat anyone.
      auto street_word_before_an_act = [&] {
        if (w + 2 >= n || !ts[w + 1].word || ts[w + 1].capitalized || !ts[w + 1].space_before ||
            ts[w + 1].newline_before) {
          return false;
        }
        if (info[w + 1].flags & kObjectPronoun) return !english;
        return english && ts[w + 2].word && !ts[w + 2].capitalized && !ts[w + 2].newline_before &&
               (info[w + 2].flags & kObjectPronoun) && !(info[w + 1].flags & (kStopWord | kPlacePrep | kConnector));
      };
      if ((in.flags & (kOrgWord | kSurname | kTitle | kMonth | kInstitution | kGivenName)) == kOrgWord &&
          idx > 0 && words[idx - 1] + 1 == w && info[w - 1].score > 0 && (info[w - 1].flags & kGivenName) &&
          !ts[w].all_caps && !ts[w - 1].all_caps && street_word_before_an_act()) {
        in.score = 0.7f;
        ++flagged_in_run;
        continue;
      }
      // "mi prima Sierra Morales", "Sr. Plaza López": such a word opening a
      // name after a kin word or a title, before more of the name.
      if (!english && idx == 0 && (kin_cue || strong_cue) &&
          (in.flags & (kOrgWord | kTitle | kMonth | kInstitution)) == kOrgWord &&
          (in.flags & (kSurname | kGivenName)) && !ts[w].all_caps && words.size() > 1 &&
          words[1] == w + 1 && info[words[1]].evidence >= kAmbiguous &&
          info[words[1]].place == 0) {
        in.score = 0.7f;
        ++flagged_in_run;
        continue;
      }
      // "Juan Abril", "Doris Day": a month that is a surname, right after a
      // given name of the name, ends it.
      if ((in.flags & (kMonth | kSurname | kTitle | kOrgWord)) == (kMonth | kSurname) && idx > 0 &&
          words[idx - 1] + 1 == w && info[w - 1].score > 0 && (info[w - 1].flags & kGivenName) &&
          !ts[w].all_caps && !ts[w - 1].all_caps) {
        in.score = 0.7f;
        ++flagged_in_run;
        continue;
      }
      if (in.evidence == kBlocked && flagged_in_run > 0) cued_by_title = false;
      if (in.evidence == kBlocked || in.place == 1) continue;
      const bool first = idx == 0;
      float score = 0;
      if (cued_by_title && idx >= cue_from) {
        // "Dr. Antonio García Morúa Correo electrónico": an ordinary word that
        // starts a lower-case phrase.
        const bool phrase = w + 1 < n && ts[w + 1].word && !ts[w + 1].capitalized &&
                            ts[w + 1].has_letter && !(info[w + 1].flags & kConnector);
        if (in.place == 2 && flagged_in_run > 0 &&
            !(in.flags & (kGivenName | kSurname | kNameWord))) {
          cued_by_title = false;  // "... Pamplona España"
          continue;
        }
        if (in.evidence == kWord && flagged_in_run > 0 &&
            (flagged_in_run >= 4 || idx >= heading_from || (flagged_in_run >= 2 && phrase) ||
             // "John Weiland Announces Memoir": in English a headline goes
             // on after a name that no title opened.
             (english && !strong_cue && flagged_in_run >= 2 && !ts[w].all_caps &&
              !(in.flags & (kGivenName | kSurname | kNameWord))))) {
          cued_by_title = false;  // "Dr. Pérez Correo Electrónico:": the name ended
        } else if (in.evidence >= kWord &&
                   (!(in.flags & kStopWord) ||
                    // "Mme L. jouissait": an initial, though "l" is a word.
                    (ts[w].end - ts[w].begin == 1 && w + 1 < n && !ts[w + 1].word &&
                     ts[w + 1].first == '.' && !ts[w + 1].space_before))) {
          score = 0.95f;
        }
      } else if (in.place == 2) {
        // A one-word place ("Guerrero", "Juárez") is a surname only next to
        // a name that is no place; a town of no name list before a given
        // name is where the person is ("a Reynosa Pedro y yo").
        // ("En Tapachula Wilmer...": the sentence's capitalized preposition
        // opens the run.)
        const bool sentence_prep = idx == 1 && info[words[0]].sentence_start &&
                                   ((info[words[0]].flags & kPlacePrep) || tk.Folded(ts[words[0]]) == "de");
        const bool before_title = idx + 1 < words.size() && words[idx + 1] == w + 1 &&
                                  (info[words[idx + 1]].flags & kTitle);
        const bool town_before_given = (idx == 0 || sentence_prep) && idx + 1 < words.size() &&
                                       words[idx + 1] == w + 1 &&
                                       !(in.flags & (kSurname | kGivenName | kNameWord)) &&
                                       (info[words[idx + 1]].flags & kGivenName);
        // "de Arriaga Don Chepe": a title after the town opens the name.
        if (before_title) continue;
        if (strong > 0 && !place_prep && in.evidence >= kAmbiguous && !town_before_given) score = 0.7f;
        // A given name that is also a town, right after a kin word: "mi
        // esposa Guadalupe", "my wife Florence".
        // Or after words that take a person: "talked to Maurice", "con Lourdes".
        if (first && (kin_cue || person_context || ((person_after || says_a_person()) && words.size() == 1 && !place_prep)) &&
            !ts[w].all_caps && (in.flags & (kGivenName | kNameWord))) {
          score = 0.8f;
        }
        // "Florence EST VENUE": a given name that is a town too, then
        // words in capitals of its run that say what only a person does.
        if (first && idx == 0 && !ts[w].all_caps && (in.flags & kGivenName) && caps_act_in_run()) score = 0.8f;
        // "Pierre et Florence nous ont aidés": joined by "et" to a given
        // name before it, before "nous" and a verb in lower case.
        if (first && words.size() == 1 && !ts[w].all_caps && (in.flags & kGivenName) && w >= 2 && w + 2 < n &&
            ts[w - 1].word && WordIs(tk.Folded(ts[w - 1]), "et") && ts[w - 2].word && ts[w - 2].capitalized &&
            (info[w - 2].flags & kGivenName) && ts[w + 1].word && !ts[w + 1].capitalized &&
            WordIs(tk.Folded(ts[w + 1]), "nous") && ts[w + 2].word && !ts[w + 2].capitalized &&
            !ts[w + 1].newline_before && !ts[w + 2].newline_before) {
          score = 0.8f;
        }
        // "Then Florence told us to wait", "Luego Guadalupe dijo que no": an
        // ordinary word opening the sentence before the name.
        if (idx == 1 && words.size() == 2 && w == words[1] && info[words[0]].sentence_start &&
            info[words[0]].evidence == kWord && !(info[words[0]].flags & kPlacePrep) &&
            !place_prep && !ts[w].all_caps && (in.flags & kGivenName) && says_a_person()) {
          score = 0.8f;
        }
        // A surname that is a town, alone after a verb that takes a person
        // ("vi a Lima", "le pagamos a Lima"): one sees or pays a person
        // there ("con Lima" may join the town to another).
        if (first && verb_takes_person && words.size() == 1 && !ts[w].all_caps && (in.flags & kSurname)) {
          score = 0.8f;
        }
      } else if ((first && in.sentence_start) || ts[w].all_caps) {
        switch (in.evidence) {
          case kStrong:
            // "EVA", "ELISA": a lone all-caps word is more often an acronym,
            // but not in a shouted sentence, where a given name that is no
            // word is a name; nor before a surname of no list ("SCOTT WEILAND").
            score = (ts[w].all_caps && nameish < 2 && !medium_cue && !person_context && !caps_partner &&
                     !(in.shouted && !place_prep && (in.flags & kGivenName) &&
                       !lexicon_->IsDictionaryHash(ts[w].hash)) &&
                     !(caps_given(w) && w + 1 < n && caps_unlisted(w + 1)) &&
                     // English: "RACHELLE im gonna kill you", a given name
                     // that is no word, in capitals before lower case.
                     !(english && caps_given(w) && ts[w].end - ts[w].begin >= 4 &&
                       (in.flags & (kCommonWord | kCommonName | kSurname)) == 0 &&
                       w + 1 < n && ts[w + 1].word && !ts[w + 1].capitalized &&
                       ts[w + 1].has_letter && !ts[w + 1].newline_before))
                        ? 0
                        : 0.9f;
            break;
          case kUnknown:
            if (nameish >= 2 || medium_cue) {
              score = 0.7f;
            } else if (words.size() == 1 && !ts[w].all_caps && !ts[w].has_digit && ts[w].end - ts[w].begin >= 3 &&
                       w >= 1 && !ts[w - 1].word && !ts[w].space_before &&
                       (ts[w - 1].first == '"' || ts[w - 1].first == 0xAB || ts[w - 1].first == 0x201C) &&
                       (w == 1 || ts[w - 1].space_before || ts[w - 1].newline_before) && w + 1 < n &&
                       ts[w + 1].word && !ts[w + 1].capitalized && ts[w + 1].has_letter &&
                       !ts[w + 1].newline_before) {
              // «"Yubi ya llegamos a Tapachula"»: a quoted message opens
              // with whom it is written to or who writes, and a word of no
              // list there before the message in lower case is that person
              // (round 20); the model, read on news and posts, drops it in
              // Spanish.
              score = 0.9f;
            } else if (words.size() == 1 && !ts[w].all_caps && w + 1 < n && ts[w + 1].word &&
                       !ts[w + 1].capitalized && ts[w + 1].has_letter) {
              score = 0.5f;  // "Zuzana is from...", "Wizlande te di...": no dictionary word
            } else if (words.size() == 1 && !ts[w].all_caps && LowerWordAfterNumber(ts, w + 1)) {
              // "Yefri 10.30 at night came back", "Okonkwo 3.5 km later":
              // an amount or a time between the name and its sentence.
              // A time there ("7.45 pm", "10:30", "9 am") the model reads as
              // the name's end and drops it: not its to drop.
              score = TimeAt(tk, ts, w + 1) ? 0.9f : 0.5f;
            } else if (words.size() == 1 && !ts[w].all_caps && LoneBetweenPeriods(tk, ts, w)) {
              // "Le capitaine est parti. Kerbrat . Il nous a laissés": a
              // name said alone, as a survivor answers who it was.
              score = 0.9f;
            } else if (first && !ts[w].all_caps && CapsActAfter(tk, ts, w + 1) &&
                       (words.size() == 1 || ts[words[1]].all_caps)) {
              // "Okafor HIT ME", "Chiquiya ME PEGÓ DURO": a word of no list
              // before a verb and its object pronoun in capitals (which the
              // run of capitalized words takes in).
              score = 0.9f;
            }
            // Read again after the model, as a list's first item (below).
            if (first && in.sentence_start && !ts[w].all_caps && score < 0.9f) list_heads.push_back(w);
            break;
          case kWord:
            // "Scorers : Shearer ( 8th )": a scorer whose name is a word too.
            if (minute_after && words.size() <= 2 && !ts[w].all_caps && OrdinaryNameWord(w)) score = 0.6f;
            // "CUNY et SAINT-MLEUX , avoués": a surname in capitals that is
            // no dictionary word, before a trade; "le policier DUPONT", "con
            // RAMÍREZ": after a kin or role word or words that take a person.
            if ((role_after || (first && (kin_cue || person_context || caps_partner))) &&
                ts[w].all_caps && !in.shouted && ts[w].end - ts[w].begin >= 3 &&
                !(in.flags & (kStopWord | kConnector | kCommonWord | kNotNameWord)) &&
                !lexicon_->IsDictionaryHash(ts[w].hash)) {
              score = 0.7f;
            }
            // "SCOTT WEILAND", "DEMI LOVATO": in capitals, a word of no list
            // right after a given name that is no word is its surname.
            if (w > 0 && caps_given(w - 1) && caps_unlisted(w)) score = 0.7f;
            // "en la noche YEFRI dijo que corriéramos", "me fui con KEYLOR":
            // a name no list has, before what a person does, after a kin
            // word, or after a verb and words that take a person with no
            // acronym near (not "tratamiento con LEOC", "aceptables con
            // IECAS" in clinical notes).
            if (words.size() == 1 &&
                (caps_unlisted_acts(w) ||
                 (first && caps_unlisted_spoken(w) &&
                  (kin_cue || (person_context && verb_before_context && !acronym_near(w)))))) {
              score = 0.9f;
            }
            // "Timotea vive en Tapachula", "Trivo lives on...": a word alone
            // opening a sentence before a verb of where a person lives or
            // works is that person, though it is a dictionary word too
            // ("timotea" is a grass). Not a plural ("Officials work...").
            if (words.size() == 1 && !ts[w].all_caps && LifeVerbAfter(w) &&
                !(in.flags & (kStopWord | kConnector | kCommonWord | kCommonName | kNotNameWord |
                              kDemonym | kOrgWord | kTitle | kMonth | kKinCue | kPlacePrep |
                              kInstitution | kEponymWord))) {
              score = 0.7f;
            }
            break;
          case kAmbiguous:
            // "avec MARIE et JOSEPH": a given name in capitals after words
            // that take a person or joined to one.
            // A particle opening a sentence is the name's only when the word
            // after it is ("De Miguel Rivera", below; not "De Tapachula Juan").
            if ((in.flags & kConnector) && first && in.sentence_start && !ts[w].all_caps &&
                idx + 1 < words.size() && info[words[idx + 1]].place == 2 &&
                !(info[words[idx + 1]].flags & (kGivenName | kSurname | kNameWord))) {
              break;
            }
            if (strong > 0 || medium_cue ||
                (ts[w].all_caps && first && (in.flags & kGivenName) && (person_context || caps_partner)) ||
                // "Victoria fue muy buena con nosotros", "Dolores estaba
                // embarazada": what only a person is.
                (first && words.size() == 1 && !ts[w].all_caps && (in.flags & kGivenName) && says_a_person()) ||
                (first && idx == 0 && !ts[w].all_caps && (in.flags & kGivenName) && caps_act_in_run())) {
              // "Rosa me llevó": what a person does after a given name at a
              // sentence start is sure; the model may not drop it.
              score = person_after && first && (in.flags & kGivenName) ? 0.9f : 0.7f;
            } else if (words.size() == 1 && (in.flags & kGivenName) && !ts[w].all_caps &&
                       !(in.flags & (kStopWord | kConnector)) &&
                       w + 1 < n && ts[w + 1].word && !ts[w + 1].capitalized &&
                       ts[w + 1].has_letter &&
                       !(info[w + 1].flags & (kStopWord | kConnector | kPlacePrep))) {
              score = 0.5f;  // "Esperanza tenía miedo" (but "Esperanza es lo último...")
            }
            break;
          default: break;
        }
      } else {
        switch (in.evidence) {
          case kStrong: score = 0.9f; break;
          case kUnknown:
            // "chez les Lyon-Kerbrat", "donde los Cobán-Okonkwo": after a
            // plural article, a word of no list hyphened to a place names
            // a family, not a place.
            // The whole compound goes: its place part is the family's too.
            if (place_prep && nameish < 2 && family_article) {
              const bool joined_before = HyphenedToWordBefore(ts, w) && idx > 0 && words[idx - 1] == w - 2;
              const bool joined_after = w + 2 < n && HyphenedToWordBefore(ts, w + 2) && idx + 1 < words.size() &&
                                        words[idx + 1] == w + 2;
              if (joined_before || joined_after) {
                if (joined_before) info[w - 2].score = 0.9f;
                if (joined_after) family_part = w + 2;
                score = 0.6f;
                break;
              }
            }
            score = (place_prep && nameish < 2) ? 0 : 0.6f;
            // "aux Kerbrat", "la ferme des Kerbrat": a French surname takes
            // no plural, so a word of no list without the plural's "s" or
            // "x" after "aux" or "des" is a family ("aux Antilles", "des
            // Vosges", "aux Baux" are plural); the place veto still frees
            // a town of some gazetteer there.
            if (score == 0 && french_family_article && words.size() == 1 && !ts[w].all_caps &&
                in.place == 0) {
              const std::string_view word = tk.Folded(ts[w]);
              if (word.size() >= 3 && word.back() != 's' && word.back() != 'x') score = 0.6f;
            }
            break;
          case kAmbiguous:
            // A common-word given name is ordinary only among ordinary
            // words ("Dancing Queen"): after "from" or "to" it is a person
            // (not after an article: "the King of Spain").
            if (((place_prep && !(after_prep && (in.flags & kCommonName))) || ordinary > 0) &&
                strong == 0) {
              break;
            }
            score = in.lower_case_name ? 0.5f : 0.7f;
            break;
          default: break;
        }
        if (in.evidence == kWord && medium_cue && nameish > 0) score = 0;
        // "dijo Rato", "said Young", "Shearer ( 8th )": a surname alone that is
        // a word too, after a speech verb or before a goal's minute.
        if (in.evidence == kWord && (speech_before || minute_after) && words.size() == 1 &&
            OrdinaryNameWord(w)) {
          score = 0.6f;
        }
      }
      // "Me acompañaba ROSA de 12", "JUAN: 3 hombres nos pararon", "con
      // ANA, LUIS y mi esposa": a survivor stresses a given name in
      // capitals amid lower case; at 0.9 the model may not drop it (scores
      // like "un EVA de 9" are dropped later, in non_person_words.cc).
      if (score < 0.9f && words.size() == 1 && (caps_emphasis(w) || caps_common_acts(w))) score = 0.9f;
      if (w == family_part && score <= 0) score = 0.9f;
      in.score = score;
      if (score > 0) ++flagged_in_run;
    }
    // The town and the surname that the rules above left unflagged.
    if (town_before_surname) {
      for (size_t idx = 0; idx < 2; ++idx) {
        if (info[words[idx]].score <= 0) info[words[idx]].score = 0.7f;
      }
    }
    // "Dr. Juan Delgado Pérez Jefe de la Unidad...", "Rincón Mayans
    // Departament de Urología", "Martín-Navarro Sección de Nefrología": an
    // ordinary word that opens a "de" phrase after two words of a name
    // names a post or a department; the name ended before it.
    for (size_t idx = 2; idx < words.size(); ++idx) {
      const size_t w = words[idx];
      if (info[w].evidence != kWord || ts[w].all_caps || ts[w].end - ts[w].begin < 3 ||
          (info[w].flags & (kConnector | kStopWord)) || info[words[idx - 1]].score <= 0 ||
          info[words[idx - 2]].score <= 0 || w + 1 >= n || words[idx - 1] + 1 != w ||
          !ts[w + 1].word || ts[w + 1].capitalized || !(info[w + 1].flags & kConnector) ||
          !ts[w + 1].space_before) {
        continue;
      }
      for (size_t y = idx; y < words.size(); ++y) {
        info[words[y]].score = 0;
        info[words[y]].evidence = kBlocked;
      }
      break;
    }
    // "Léon Trotski", "Florence Nightingale": a given name that is also a
    // town, opening the run right before a flagged surname, is the
    // person's given name (not after a place preposition: "à Nancy
    // Dupont" may be a town and a name).
    if (words.size() >= 2 && !place_prep) {
      const size_t g = words[0], s = words[1];
      TokenInfo& gi = info[g];
      if (gi.place == 2 && gi.score <= 0 && (gi.flags & kGivenName) && s == g + 1 && info[s].score > 0 &&
          info[s].place == 0 && !ts[g].all_caps && !gi.sentence_start && gi.evidence != kBlocked) {
        gi.score = 0.7f;
      }
    }
    // "Henar Heras Mulero": ordinary words right after a name that has two
    // parts already or a cue are its surnames, up to four words, unless a
    // heading (':') or a lower-case phrase follows.
    {
      int flagged = 0;
      for (size_t idx = 0; idx < words.size(); ++idx) {
        const size_t w = words[idx];
        if (info[w].score > 0) {
          ++flagged;
          continue;
        }
        if (flagged == 0 || flagged >= 4 || info[words[idx - 1]].score <= 0) continue;
        if (info[w].evidence != kWord || idx >= heading_from || info[w].place != 0) continue;
        // Not a function word ("Miley Cyrus Has A Stalker", "Emma Watson
        // Proved She May...").
        if (info[w].flags & kStopWord) continue;
        const bool phrase = w + 1 < n && ts[w + 1].word && !ts[w + 1].capitalized &&
                            ts[w + 1].has_letter && !(info[w + 1].flags & kConnector);
        if (phrase || ts[w].all_caps || ts[w].end - ts[w].begin <= 2) continue;
        // A lifespan or a birth date in brackets after the word ends a
        // biography's full name: "Eleanor Whitcombe Harte (1874–1951)".
        const bool lifespan = idx + 1 == words.size() && w + 2 < n && !ts[w + 1].word &&
                              ts[w + 1].first == '(' && ts[w + 2].has_digit;
        // English names have one surname: an ordinary word after two parts
        // starts a headline ("John Weiland Announces Memoir"), unless a cue
        // says a name is there.
        if (english && !strong_cue && !medium_cue && !lifespan) continue;
        if (flagged >= 2 || medium_cue || strong_cue) {
          info[w].score = 0.6f;
          ++flagged;
        }
      }
    }
    // "Paula [San Miguel] Fraile", "Victoria Fuentelsaz [del] Barrio": words
    // between two flagged words of one run belong to the name.
    {
      long last_flagged = -1;
      for (size_t idx = 0; idx < words.size(); ++idx) {
        if (info[words[idx]].score <= 0) continue;
        if (last_flagged >= 0 && idx > static_cast<size_t>(last_flagged) + 1) {
          for (size_t b = last_flagged + 1; b < idx; ++b) {
            TokenInfo& bi = info[words[b]];
            if (!(bi.flags & (kMonth | kOrgWord))) bi.score = 0.6f;
          }
        }
        last_flagged = static_cast<long>(idx);
      }
    }
    // Hyphenated names: "Sanz-Gallén", "Fils-Aimé", "Marie-des-Neiges".
    for (size_t idx = 1; idx < words.size(); ++idx) {
      const size_t a = words[idx - 1], b = words[idx];
      bool joined = b > a + 1 && (b - a) % 2 == 0 && b - a <= 6 && !ts[b].space_before;
      for (size_t k = a + 1; joined && k < b; ++k) {
        joined = !ts[k].space_before &&
                 ((k - a) % 2 == 1 ? !ts[k].word && ts[k].first == '-'
                                   : ts[k].word && !ts[k].capitalized && (info[k].flags & kConnector));
      }
      if (!joined) continue;
      if (info[a].score > 0 && info[b].score <= 0 && info[b].evidence >= kWord) info[b].score = info[a].score;
      if (info[b].score > 0 && info[a].score <= 0 && info[a].evidence >= kWord) info[a].score = info[b].score;
    }
    // "Tosh Olsen", "Yulan Peres", "Jan Brewer": the word right before a
    // surname that is no given name opens the name even when it is an
    // ordinary word or a month.
    for (size_t idx = 1; idx < words.size(); ++idx) {
      const size_t w = words[idx - 1], s = words[idx];
      const TokenInfo& sn = info[s];
      TokenInfo& in = info[w];
      const bool month_name = (in.flags & (kMonth | kGivenName)) == (kMonth | kGivenName);
      // A month that is a given name ("Jan Jílek") opens any flagged name.
      // "Cendrillon Coudert": a surname in no list counts too, but a word
      // only at the end of a two-word run ("Producer Palerma" is not).
      const bool surname_after = (sn.evidence == kStrong &&
                                  (sn.flags & (kSurname | kGivenName)) == kSurname) ||
                                 (sn.evidence == kUnknown && idx + 1 == words.size() &&
                                  ts[w].capitalized && !(in.flags & kSurname));
      if (in.score > 0 || sn.score <= 0 || !(surname_after || (month_name && sn.evidence >= kUnknown)) ||
          ts[w].all_caps || ts[w].end - ts[w].begin < 3 || in.place != 0 || s != w + 1) {
        continue;
      }
      const uint32_t blocking = kStopWord | kConnector | kOrgWord | kTitle | kPlacePrep |
                                kSpeechCue | kKinCue | kNameCue | kNotNameWord;
      if ((in.flags & blocking) || ((in.flags & kMonth) && !month_name)) continue;
      if (in.evidence == kWord || in.evidence == kUnknown || month_name) in.score = 0.6f;
    }
    // "Me ayudó Julio.", "nos cuidaba Abril": Spanish writes months in lower
    // case, so a month that is also a given name, alone and capitalized
    // inside a sentence, is a person unless a date is around it ("Julio de
    // 2019", "3 de Julio", "Julio 2019").
    if (!english && !french && words.size() == 1) {
      const size_t w = words[0];
      TokenInfo& in = info[w];
      const auto is_digit_word = [&](size_t k) {
        return ts[k].word && ts[k].first >= '0' && ts[k].first <= '9';
      };
      if (in.score <= 0 && (in.flags & (kMonth | kGivenName)) == (kMonth | kGivenName) &&
          !in.sentence_start && ts[w].capitalized && !ts[w].all_caps && in.place == 0) {
        size_t next = w + 1;
        while (next < n && !ts[next].word && !ts[next].newline_before && ts[next].first == ' ') ++next;
        const bool date_after =
            next < n && ts[next].word && (is_digit_word(next) || tk.Folded(ts[next]) == "de");
        const bool date_before =
            w >= 1 && ts[w - 1].word &&
            (is_digit_word(w - 1) || (tk.Folded(ts[w - 1]) == "de" && w >= 2 && is_digit_word(w - 2)));
        if (!date_after && !date_before) in.score = 0.6f;
      }
    }
    // "Ayer Julio Arequipa nos llevó", "nos ayudó Abril Guerrero": such a
    // month, capitalized inside a sentence, right before a capitalized town
    // or surname and with no date around, opens a name whose surname is the
    // town (not after a place word: "en Julio Arequipa").
    if (!english && !french && !place_prep) {
      for (size_t idx = 0; idx + 1 < words.size(); ++idx) {
        const size_t w = words[idx], s = words[idx + 1];
        const TokenInfo& in = info[w];
        const TokenInfo& sn = info[s];
        if (s != w + 1 || in.score > 0 || sn.score > 0 || in.sentence_start || ts[w].all_caps ||
            ts[s].all_caps || (in.flags & (kMonth | kGivenName)) != (kMonth | kGivenName) ||
            (idx > 0 && !(idx == 1 && info[words[0]].sentence_start && info[words[0]].evidence == kWord)) ||
            (idx + 2 < words.size() && words[idx + 2] == s + 1) || sn.place == 1 ||
            (sn.flags & (kMonth | kStopWord | kConnector | kTitle)) ||
            !(sn.place == 2 || (sn.flags & kSurname) || sn.evidence == kUnknown)) {
          continue;
        }
        const bool date_before = w >= 1 && ts[w - 1].word &&
                                 ts[w - 1].first >= '0' && ts[w - 1].first <= '9';
        const bool date_after = s + 1 < n && ts[s + 1].word &&
                                ((ts[s + 1].first >= '0' && ts[s + 1].first <= '9') ||
                                 tk.Folded(ts[s + 1]) == "de");
        if (date_before || date_after) continue;
        info[w].score = info[s].score = 0.9f;  // the model may not cut it in two
        break;
      }
    }
    // In a line written in capitals the whole line is one run: "AYÚDENME, MI
    // HIJO KEVIN SIGUE SECUESTRADO". A given name or surname right after a
    // kin word, a title or a naming cue inside the run is a name, and so is
    // the next one ("MI ESPOSO JOSE RAMIREZ").
    for (size_t idx = 1; idx < words.size(); ++idx) {
      const size_t w = words[idx], c = words[idx - 1];
      if (c + 1 != w || !ts[w].all_caps || !ts[c].all_caps || info[w].score > 0 || info[w].place != 0 ||
          !(info[c].flags & (kKinCue | kTitle | kNameCue)) || (info[c].flags & kStopWord) ||
          !(info[w].flags & (kGivenName | kSurname)) || info[w].evidence < kAmbiguous ||
          (info[w].flags & (kStopWord | kConnector | kMonth | kOrgWord | kTitle))) {
        continue;
      }
      info[w].score = 0.9f;
      if (idx + 1 < words.size() && words[idx + 1] == w + 1) {
        const TokenInfo& nx = info[w + 1];
        if (nx.score <= 0 && nx.place == 0 && (nx.flags & (kGivenName | kSurname)) &&
            nx.evidence >= kAmbiguous && !(nx.flags & (kStopWord | kConnector | kMonth | kOrgWord))) {
          info[w + 1].score = 0.9f;
        }
      }
    }
    // Haitian "Ti Jak", "Ti Pyè", "Ti Jean" (little Jak): "Ti" before a
    // capitalized word on the same line is a nickname, whatever the word.
    if (!english && language.substr(0, 2) != "es") {
      for (size_t idx = 0; idx + 1 < words.size(); ++idx) {
        const size_t w = words[idx], x = words[idx + 1];
        const bool hyphen = x == w + 2 && !ts[w + 1].word && ts[w + 1].first == '-' &&  // "Ti-Jo"
                            !ts[w + 1].space_before && !ts[x].space_before;
        if ((x != w + 1 && !hyphen) || ts[w].all_caps || ts[x].all_caps || tk.Folded(ts[w]) != "ti" ||
            info[x].place != 0 || (info[x].flags & (kStopWord | kConnector | kMonth | kOrgWord))) {
          continue;
        }
        info[w].score = std::max(info[w].score, 0.9f);
        info[x].score = std::max(info[x].score, 0.9f);
      }
    }
    // Arabic surnames with a joined article ("Ibrahim Al-Zoubi", "Omar
    // al-Hassan", "Dr. El-Amin", "Abdel-Rahman"): the hyphenated word is one
    // name, so when its article is a name's or follows one the part after
    // the hyphen goes too ("Ibrahim Al" alone left "-Zoubi" in Spanish,
    // where "al" is a word and the model cut the compound in two).
    for (size_t idx = 0; idx + 1 < words.size(); ++idx) {
      const size_t w = words[idx], x = words[idx + 1];
      if (x != w + 2 || ts[w + 1].word || ts[w + 1].first != '-' || ts[w + 1].space_before ||
          ts[x].space_before || ts[x].all_caps || info[x].place != 0) {
        continue;
      }
      const std::string_view article = tk.Folded(ts[w]);
      if (article != "al" && article != "el" && article != "abdel" && article != "abdul") continue;
      const bool after_name = idx > 0 && words[idx - 1] + 1 == w && info[words[idx - 1]].score > 0;
      if (info[w].score <= 0 && !after_name) continue;
      info[w].score = std::max(info[w].score, 0.9f);
      info[x].score = std::max(info[x].score, 0.9f);
    }
    // Irish surnames ("Brendan O'Neill", "Sean O’Brien"): the letter, its
    // apostrophe and the capitalized word glued to it are one surname, so
    // when the letter is a name's or follows one the word goes too (the
    // model, reading the next line's words, cut "Brendan O'Neill" above
    // "Card issued by" after the "O" and left "'Neill").
    for (size_t idx = 0; idx + 1 < words.size(); ++idx) {
      const size_t w = words[idx], x = words[idx + 1];
      if (x != w + 2 || ts[w].end - ts[w].begin != 1 || text[ts[w].begin] != 'O' || ts[w + 1].word ||
          (ts[w + 1].first != '\'' && ts[w + 1].first != 0x2019) || ts[w + 1].space_before ||
          ts[x].space_before || !ts[x].capitalized || info[x].place != 0) {
        continue;
      }
      const bool after_name = idx > 0 && words[idx - 1] + 1 == w && info[words[idx - 1]].score > 0;
      if (info[w].score <= 0 && !after_name) continue;
      info[w].score = std::max(info[w].score, 0.9f);
      info[x].score = std::max(info[x].score, 0.9f);
    }
    // French "le Grand Pierre", "au Petit Louis", "Gros Jean": an epithet
    // in title case right before a listed given name on its line is a
    // nickname's, and the given name is that person's. A commune of that
    // shape ("au Grand Fougeray", "Petit-Quevilly") has no given name there
    // or is a place of the gazetteer.
    if (french || language.substr(0, 2) == "ht") {
      for (size_t idx = 0; idx + 1 < words.size(); ++idx) {
        const size_t w = words[idx], x = words[idx + 1];
        if (x != w + 1 || ts[w].all_caps || ts[x].all_caps || info[x].score > 0 || info[w].place != 0 ||
            info[x].place != 0 || !(info[x].flags & kGivenName) ||
            (info[x].flags & (kStopWord | kConnector | kMonth | kOrgWord | kTitle))) {
          continue;
        }
        const std::string_view epithet = tk.Folded(ts[w]);
        if (epithet != "grand" && epithet != "petit" && epithet != "gros" && epithet != "gran") continue;
        info[x].score = 0.9f;
      }
    }
    // "Después llegó la Yoyis", "Après est arrivée la Yoyis": after a verb
    // of arriving whose subject follows it and the article in lower case,
    // a word of no list and no dictionary is who arrived (round 21), as
    // after "con" below. A place there takes "a"/"à" ("llegó a la
    // Rumorosa"), and a dictionary word stays ("llegó la Migra", "est
    // arrivée la Police").
    const auto arrived_before = [&](bool article, size_t w) {
      if (!article || w < 2 || !ts[w - 2].word || ts[w - 1].newline_before) return false;
      static constexpr std::string_view kArrived[] = {
          "llego", "llegaron", "aparecio", "aparecieron", "regreso", "volvio", "arrive", "arrivee", "arrives",
          "arrivees", "arriva", "venu", "venue", "revenu", "revenue", "apparu", "apparue", "debarque",
          "debarquee"};
      const std::string_view verb = tk.Folded(ts[w - 2]);
      for (std::string_view v : kArrived) {
        if (verb == v) return true;
      }
      return false;
    };
    if (french && words.size() == 1) {
      const size_t w = words[0];
      const bool article_before = w > 0 && ts[w - 1].word && !ts[w - 1].capitalized &&
                                  (WordIs(tk.Folded(ts[w - 1]), "la") || WordIs(tk.Folded(ts[w - 1]), "le"));
      if (arrived_before(article_before, w) && info[w].evidence == kUnknown && info[w].score <= 0 &&
          info[w].place == 0 && !ts[w].all_caps && !ts[w].has_digit && !ts[w].newline_before &&
          ts[w].space_before && ts[w].end - ts[w].begin >= 3) {
        info[w].score = 0.9f;
      }
    }
    // "la Flaca y el Chino", "con Pedro, Luis y la Güera": a word of the
    // nickname list, capitalized right after "el" or "la" (or after "El",
    // "La" opening the sentence), alone in its run, is someone's nickname
    // ("la China", a place, is kept by the gazetteer). Spanish nicknames,
    // also in English text; French "la" names a firm or a stock ("La
    // Chino finit à 206").
    if (!french) {
      const size_t w = words.back();
      const bool opening_article =
          words.size() == 2 && words[1] == words[0] + 1 && info[words[0]].sentence_start &&
          (WordIs(tk.Folded(ts[words[0]]), "el") || WordIs(tk.Folded(ts[words[0]]), "la"));
      const bool article_before = words.size() == 1 && w > 0 && ts[w - 1].word &&
                                  !ts[w - 1].capitalized &&
                                  (WordIs(tk.Folded(ts[w - 1]), "el") || WordIs(tk.Folded(ts[w - 1]), "la"));
      // "un tal «Chino»": after "tal", with or without quotes.
      const long before_w = prev_word(w);
      const bool after_tal =
          words.size() == 1 && before_w >= 0 && WordIs(tk.Folded(ts[before_w]), "tal");
      if ((opening_article || article_before || after_tal) && (info[w].flags & kNickname) && info[w].score <= 0 &&
          info[w].place == 0 && !ts[w].all_caps && !ts[w].newline_before &&
          (ts[w].space_before || after_tal)) {
        info[w].score = 0.9f;  // an ordinary word too: the model may not drop it
      }
      // "Vine con la Yoyis", "I came with el Chejo": one comes with a
      // person, and a word of no list and no dictionary after "con", "with"
      // or "avec" and the article is one's nickname, as a listed one is
      // (round 20). A place of the gazetteer there stays ("la frontera con
      // la Mesilla"), and so does a dictionary word ("con la Bestia").
      // Since round 20 too after a verb that takes a person and "a" ("vimos
      // a la Yoyis"; "llegamos a la Rumorosa" takes a place: no such verb).
      const bool with_before =
          article_before && w >= 2 && ts[w - 2].word && !ts[w - 1].newline_before &&
          (WordIs(tk.Folded(ts[w - 2]), "con") || WordIs(tk.Folded(ts[w - 2]), "with") ||
           WordIs(tk.Folded(ts[w - 2]), "avec") ||
           (WordIs(tk.Folded(ts[w - 2]), "a") && w >= 3 && ts[w - 3].word && !ts[w - 2].newline_before &&
            IsPersonContext(tk.Folded(ts[w - 3]), "a")));
      if ((with_before || arrived_before(article_before, w)) && info[w].evidence == kUnknown && info[w].score <= 0 && info[w].place == 0 &&
          !ts[w].all_caps && !ts[w].has_digit && !ts[w].newline_before && ts[w].space_before &&
          ts[w].end - ts[w].begin >= 3) {
        info[w].score = 0.9f;
      }
      // In quotes after the article, a word of no dictionary or a given
      // name: "la 'Chilindrina'", "el «Chucky»" (not "la 'Bestia'").
      const auto quote = [&](size_t k) {
        const char32_t c = ts[k].first;
        return !ts[k].word && (c == '\'' || c == '"' || c == 0xAB || c == 0x201C || c == 0x2018);
      };
      const size_t first = words[0];
      const bool quoted_after_article =
          words.size() == 1 && w >= 2 && quote(w - 1) && !ts[w].space_before && ts[w - 2].word &&
          (tk.Folded(ts[w - 2]) == "el" || tk.Folded(ts[w - 2]) == "la") && first == w;
      if (quoted_after_article && info[w].score <= 0 && info[w].place == 0 && !ts[w].all_caps &&
          (info[w].evidence == kUnknown || (info[w].flags & (kGivenName | kNickname)))) {
        info[w].score = 0.9f;
      }
    }
    // "Le gérant F. HAMONO", "Pour extrait A. CUNY": an initial with its
    // period before a surname in capitals that is no word of a dictionary
    // (outside a shouted line, where capitals say nothing).
    for (size_t idx = 0; idx + 1 < words.size(); ++idx) {
      const size_t i0 = words[idx], s = words[idx + 1];
      if (s != i0 + 2 || ts[i0].end - ts[i0].begin != 1 || !ts[i0].capitalized ||
          ts[i0 + 1].word || ts[i0 + 1].first != '.' || ts[i0 + 1].space_before ||
          !ts[s].all_caps || ts[s].end - ts[s].begin < 3 || info[s].shouted ||
          info[s].score > 0 || info[s].place != 0 || info[s].evidence == kBlocked ||
          (info[s].flags & (kStopWord | kConnector | kMonth | kTitle | kOrgWord | kCommonWord |
                            kNotNameWord)) ||
          (info[i0].flags & kTitle) || lexicon_->IsDictionaryHash(ts[s].hash)) {
        continue;
      }
      info[s].score = 0.6f;
    }
    // Initials next to a flagged word: "Jack L.", "O'Donnell", "J. Smith";
    // from the last word back, so that a chain of them reaches the name
    // ("J. R. R. Tolkien").
    for (size_t back = words.size(); back-- > 0;) {
      const size_t idx = back;
      const size_t w = words[idx];
      if (info[w].score > 0 || ts[w].end - ts[w].begin != 1 || !ts[w].capitalized ||
          info[w].evidence == kBlocked) {
        continue;
      }
      if (w + 1 >= n || ts[w + 1].word || ts[w + 1].space_before ||
          !(ts[w + 1].first == '.' || IsJoiner(ts[w + 1].first))) {
        continue;  // "J." or "O'" only, not "I" or "A"
      }
      const bool before = idx + 1 < words.size() && info[words[idx + 1]].score > 0;
      const bool after = idx > 0 && info[words[idx - 1]].score > 0;
      if (before || after) info[w].score = 0.6f;
      // An initial takes the score of the name it opens, so that a chain of
      // them stays with it.
      if (before && words[idx + 1] == w + 2) {
        info[w].score = std::max(info[w].score, info[words[idx + 1]].score);
      }
    }
    // A surname's initial ending the name: "Deborah L", "Patricia M #Care".
    if (words.size() >= 2) {
      const size_t w = words.back(), g = words[words.size() - 2];
      const char c = text[ts[w].begin];
      const bool apart = w + 1 >= n || ts[w + 1].space_before;  // not "Nº", "A-3"
      if (ts[w].end - ts[w].begin == 1 && ts[w].capitalized && w == g + 1 && apart &&
          info[w].score <= 0 && info[g].score > 0 && (info[g].flags & kGivenName) &&
          !ts[g].all_caps && c != 'I' && c != 'A' && c != 'O' && c != 'Y' && c != 'E' &&
          c != 'U') {
        info[w].score = 0.6f;
      }
    }
    // A middle initial without its period: "Kate M Begum", "Csanád P Gere".
    // The words around it are a name when either is a known name. With its
    // period ("to Valida K. Ibragimov") when the last is no ordinary word.
    for (size_t idx = 1; idx + 1 < words.size(); ++idx) {
      const size_t a = words[idx - 1], m = words[idx], b = words[idx + 1];
      const bool period = b == m + 2 && !ts[m + 1].word && ts[m + 1].first == '.' &&
                          !ts[m + 1].space_before;
      if (m != a + 1 || !(b == m + 1 || period) || ts[m].end - ts[m].begin != 1 ||
          !ts[m].capitalized) {
        continue;
      }
      // After a given name the last may be an ordinary word too: "Francisco
      // I. Madero", "John J. Pershing".
      const bool given_first = (info[a].flags & kGivenName) && !ts[a].all_caps && !ts[b].all_caps;
      if (period && ((info[b].evidence == kWord && !given_first) || ts[a].end - ts[a].begin < 2 ||
                     ts[b].end - ts[b].begin < 2 || info[a].place != 0 || info[b].place != 0)) {
        continue;
      }
      const TokenInfo& ai = info[a];
      const TokenInfo& bi = info[b];
      auto part = [&](const TokenInfo& x) {
        return x.evidence >= kWord && x.place != 1 &&
               !(x.flags & (kStopWord | kConnector | kOrgWord | kMonth | kTitle));
      };
      const uint32_t names = kGivenName | kSurname | kNameWord;
      if (!part(ai) || !part(bi) || ts[a].all_caps || ts[b].all_caps ||
          !(period || ai.score > 0 || bi.score > 0 || (ai.flags & names) || (bi.flags & names))) {
        continue;
      }
      for (size_t k : {a, m, b}) {
        if (info[k].score <= 0 || (given_first && period)) info[k].score = std::max(info[k].score, given_first && period ? 0.8f : 0.6f);
      }
    }
    // A monarch's or a pope's number after the name: "Charles I", "Paul
    // VI", "Felipe II", "Napoléon Ier". English "I" is a pronoun before a
    // lower-case word ("when Maria I went"): not there.
    for (size_t idx = 1; idx < words.size(); ++idx) {
      const size_t g = words[idx - 1], w = words[idx];
      if (w != g + 1 || info[g].score <= 0 || !(info[g].flags & kGivenName) || ts[g].all_caps ||
          info[w].score >= 0.9f) {
        continue;
      }
      std::string_view numeral = text.substr(ts[w].begin, ts[w].end - ts[w].begin);
      if (numeral.size() >= 3 && (numeral.substr(numeral.size() - 2) == "er" ||
                                  numeral.substr(numeral.size() - 2) == "re")) {
        numeral.remove_suffix(2);  // "Ier", "Ire"
      }
      if (numeral.empty() || numeral.size() > 6 ||
          numeral.find_first_not_of("IVXLC") != std::string_view::npos) {
        continue;
      }
      if (english && numeral == "I" && w + 1 < n && ts[w + 1].word && !ts[w + 1].capitalized) continue;
      info[w].score = 0.9f;
    }
    // "Lady Gaga", "Pope Benedict", "Coach Germano": an honorific that opens
    // a name is part of it, when the word after it is no ordinary word.
    for (size_t idx = 0; idx + 1 < words.size(); ++idx) {
      const size_t h = words[idx], w = words[idx + 1];
      TokenInfo& hi = info[h];
      const TokenInfo& wi = info[w];
      if (!(hi.flags & kHonorific) || w != h + 1 || ts[h].all_caps != ts[w].all_caps ||
          hi.shouted || wi.evidence < kAmbiguous || wi.place == 1 ||
          (wi.flags & (kStopWord | kConnector | kOrgWord | kMonth | kTitle | kHonorific))) {
        continue;
      }
      // Capitals on both only as initials ("DJ Khaled", not "DJ STRATEGY").
      if (ts[w].all_caps) continue;
      hi.score = std::max(hi.score, 0.8f);
      for (size_t y = idx + 1; y < words.size() && info[words[y]].evidence >= kAmbiguous &&
                               info[words[y]].place != 1 && words[y] == words[y - 1] + 1;
           ++y) {
        info[words[y]].score = std::max(info[words[y]].score, 0.8f);
      }
      break;
    }
    // A capitalized particle between or before flagged words: "De Miguel Rivera".
    for (size_t idx = 0; idx + 1 < words.size(); ++idx) {
      TokenInfo& in = info[words[idx]];
      if ((in.flags & kConnector) && in.score <= 0 && info[words[idx + 1]].score > 0 &&
          (idx == 0 || info[words[idx - 1]].score > 0 || in.sentence_start == false)) {
        in.score = info[words[idx + 1]].score;
      }
    }
  }

  // "my name is borna jerković", "me llamo juan": after a name cue, words in
  // lower case are the name while they are names or no dictionary word.
  for (uint32_t i : cue_words) {
    const std::string_view cue = tk.Folded(ts[i]);
    const bool appointed = cue == "nomme" || cue == "nommee" || cue == "nommes";
    size_t k = i + 1;
    // Skip the copula and ':' of "my name is", "mi nombre es:", "je m'appelle".
    while (k < n && (!ts[k].word ? (ts[k].first == ':' || ts[k].first == '\'') :
                     (tk.Folded(ts[k]) == "is" || tk.Folded(ts[k]) == "es" ||
                      tk.Folded(ts[k]) == "est" || tk.Folded(ts[k]) == "se" ||
                      tk.Folded(ts[k]) == "was" || tk.Folded(ts[k]) == "era" ||
                      tk.Folded(ts[k]) == "etait"))) {
      ++k;
    }
    // "je t'appelle demain", "te llamo mañana": a verb of calling with an
    // object is a phone call too, and a day or a moment after it is when,
    // not who.
    if (k < n && ts[k].word && !ts[k].capitalized && IsMomentAfterACall(tk.Folded(ts[k]))) continue;
    for (int taken = 0; k < n && taken < 4; ++k, ++taken) {
      const Token& t = ts[k];
      if (!t.word || t.newline_before || !t.has_letter || t.has_digit || t.capitalized) break;
      const uint32_t f = info[k].flags;
      const bool name = f & (kGivenName | kSurname | kNameWord);
      if (f & (kStopWord | kConnector | kMonth | kTitle | kOrgWord)) break;
      // An everyday word of no name list ends it: Haitian "rele" is "to
      // call" too ("rele sou telefòn", "rele nan pòt la").
      if (!name && (f & kCommonWord)) break;
      if (!name && lexicon_->IsDictionaryHash(t.hash)) {
        // A word of some dictionary may still open the name when a word
        // that is no dictionary word follows ("borna jerkovic").
        const bool surname_follows =
            taken == 0 && k + 1 < n && ts[k + 1].word && !ts[k + 1].capitalized &&
            ts[k + 1].has_letter && !ts[k + 1].has_digit &&
            !(info[k + 1].flags & (kStopWord | kConnector)) &&
            ((info[k + 1].flags & (kGivenName | kSurname | kNameWord)) ||
             !lexicon_->IsDictionaryHash(ts[k + 1].hash));
        // "my name is borna and i came", "me llamo yaretzi.": a word of
        // some dictionary that no list of everyday words has, alone before
        // the clause's end, is the name itself ("my name is important."
        // has an everyday word).
        size_t after = k + 1;
        const bool clause_end =
            after >= n || ts[after].newline_before ||
            (!ts[after].word && (ts[after].first == ',' || ts[after].first == '.' || ts[after].first == '!' ||
                                 ts[after].first == '?' || ts[after].first == ';')) ||
            (ts[after].word && !ts[after].capitalized &&
             (tk.Folded(ts[after]) == "and" || tk.Folded(ts[after]) == "y" || tk.Folded(ts[after]) == "et" ||
              tk.Folded(ts[after]) == "but" || tk.Folded(ts[after]) == "pero"));
        const bool lone_name = taken == 0 && clause_end && !(f & (kCommonWord | kCommonName | kPlacePrep)) &&
                               t.end - t.begin >= 3;
        if (!surname_follows && !lone_name) break;
      }
      // 0.9: after "me llamo", "my name is", the model may not cut the name
      // (French "nommé" is also "appointed": left to the model).
      info[k].score = std::max(info[k].score, appointed ? 0.8f : 0.9f);
      info[k].name_shape = true;
    }
  }

  // Nicknames in lower case after their cue, with or without an article:
  // "alias el flaco", "apodado chuy", "surnommé le gros" (any word but a
  // function word), "le decían el güero", "lo apodaban el chino",
  // "conocido como el mencho", "they called him shorty" (a word of the
  // nickname list, a given name or a word of no dictionary: "le decían
  // mentiras" stays).
  auto lower_nickname_after = [&](size_t e, bool any_word) {
    size_t k = e + 1;
    if (k < n && ts[k].word && !ts[k].capitalized && !ts[k].newline_before) {
      const std::string_view a = tk.Folded(ts[k]);
      if (a == "el" || a == "la" || a == "le" || a == "the") ++k;
    }
    if (k >= n || !ts[k].word || ts[k].capitalized || ts[k].newline_before || !ts[k].has_letter ||
        ts[k].has_digit || ts[k].end - ts[k].begin < 2) {
      return;
    }
    const uint32_t f = info[k].flags;
    if (f & (kStopWord | kConnector | kPlacePrep | kMonth | kTitle | kOrgWord | kNameCue | kSpeechCue |
             kNicknameCue)) {
      return;
    }
    const bool nickname = (f & kNickname) || ((f & kGivenName) && !(f & kCommonWord)) ||
                          !lexicon_->IsDictionaryHash(ts[k].hash);
    const PlaceEntry* entry = nullptr;
    if (!(any_word || nickname) ||
        (!(f & kNickname) && places_->MatchAt(tk, k, &entry) != k)) {  // "guera" is a region too
      return;
    }
    if (info[k].score <= 0) info[k].run = -1;
    info[k].score = std::max(info[k].score, 0.9f);
    info[k].name_shape = true;
  };
  // French "<person> qu'on appelle", "<person> que tout le monde appelle";
  // Kreyòl "<person> yo rele", "<person> tout moun rele". The word after
  // must not be an adverb ("qu'on appelle aussi", "yo rele tou").
  // Returns the token the nickname follows (the cue, or its "l"), or -1.
  auto french_person_then_caller = [&](size_t i) -> long {
    const std::string_view cue = tk.Folded(ts[i]);
    const bool french_cue = cue == "appelle" || cue == "appellent" || cue == "appelait" || cue == "appelaient";
    if (!french_cue && cue != "rele") return -1;
    const long q = prev_word(i);
    if (q < 0 || ts[i].newline_before || ts[q].newline_before) return -1;
    const std::string_view qw = tk.Folded(ts[q]);
    long r = -1;
    if (french_cue && (qw == "on" || qw == "ils" || qw == "elles")) {
      r = prev_word(static_cast<size_t>(q));
      if (r < 0 || tk.Folded(ts[r]) != "qu") return -1;
    } else if (french_cue && qw == "monde") {  // "que tout le monde appelle"
      r = prev_word(static_cast<size_t>(q));
      if (r >= 0 && tk.Folded(ts[r]) == "le") r = prev_word(static_cast<size_t>(r));
      if (r >= 0 && tk.Folded(ts[r]) == "tout") r = prev_word(static_cast<size_t>(r));
      if (r < 0 || !(tk.Folded(ts[r]) == "que" || tk.Folded(ts[r]) == "qu")) return -1;
    } else if (!french_cue && (qw == "yo" || qw == "nou" || qw == "moun")) {
      r = q;
      if (qw == "moun") {  // "tout moun rele"
        r = prev_word(static_cast<size_t>(q));
        if (r < 0 || tk.Folded(ts[r]) != "tout") return -1;
      }
    } else {
      return -1;
    }
    const long noun = prev_word(static_cast<size_t>(r));
    if (noun < 0 || ts[noun].newline_before) return -1;
    static constexpr std::string_view kPersons[] = {
        "homme", "femme", "type", "gars", "mec", "monsieur", "dame", "passeur", "passeuse", "chauffeur",
        "guide", "jeune", "garcon", "fille", "chef", "neg", "nonm", "fanm", "msye", "madanm", "gason",
        "pase", "chofe", "gid", "jenn"};
    const std::string_view nw = tk.Folded(ts[noun]);
    bool person = false;
    for (std::string_view x : kPersons) person = person || nw == x;
    if (!person || static_cast<size_t>(i) + 1 >= n) return -1;
    static constexpr std::string_view kAdverbs[] = {"aussi", "encore", "souvent", "parfois", "toujours",
                                                    "maintenant", "ainsi", "tou", "konsa", "toujou",
                                                    "kounye", "souvan", "pafwa"};
    size_t next = i + 1;
    if (!french_cue && ts[next].word && (tk.Folded(ts[next]) == "l" || tk.Folded(ts[next]) == "li")) {
      ++next;  // "yo rele l reken"
    }
    if (next >= n || !ts[next].word) return -1;
    const std::string_view said = tk.Folded(ts[next]);
    for (std::string_view x : kAdverbs) {
      if (said == x) return -1;
    }
    return static_cast<long>(next) - 1;
  };
  for (uint32_t i : cue_words) {
    const std::string_view cue = tk.Folded(ts[i]);
    if (cue == "alias" || cue == "apodado" || cue == "apodada" || cue == "apodo" || cue == "nicknamed" ||
        cue == "aka" || cue == "surnomme" || cue == "surnommee") {
      lower_nickname_after(i, true);
    }
    // "on l'appelait tonton", "on l'appelle le gros": French "call him".
    if ((cue == "appelait" || cue == "appelaient" || cue == "appelle" || cue == "appellent") && i >= 2 &&
        !ts[i - 1].word && (ts[i - 1].first == '\'' || ts[i - 1].first == 0x2019) && ts[i - 2].word &&
        tk.Folded(ts[i - 2]) == "l") {
      lower_nickname_after(i, true);
    }
    // "un homme qu'on appelle requin", "yon nèg yo rele reken": after a noun
    // of a person, "qu'on" (French) or "yo" (Kreyòl) and "call", the word
    // said is a nickname though a dictionary has it, as English "a man they
    // call tiburon" below; "ce qu'on appelle la Bestia" and "yo rele lapolis"
    // have no person before them and stay.
    if (const long at = french_person_then_caller(i); at >= 0) lower_nickname_after(static_cast<size_t>(at), true);
  }
  // "a man they call tiburon", "a guy everyone called gallo": after a noun
  // of a person, a pronoun and "call", the word said is a nickname though a
  // dictionary has it (round 20); "they call the police" has no person
  // before it and stays to the narrower reading.
  auto person_then_caller = [&](size_t i) {
    const std::string_view cue = tk.Folded(ts[i]);
    if (cue != "call" && cue != "calls" && cue != "called") return false;
    const long q = prev_word(i);
    if (q < 0 || ts[i].newline_before || ts[q].newline_before) return false;
    const std::string_view qw = tk.Folded(ts[q]);
    if (!(qw == "they" || qw == "we" || qw == "everyone" || qw == "everybody" || qw == "people")) return false;
    const long r = prev_word(static_cast<size_t>(q));
    if (r < 0) return false;
    static constexpr std::string_view kPersons[] = {"man", "woman", "guy", "lady", "boy", "girl", "smuggler",
                                                    "coyote", "driver", "guide", "someone", "person", "dude"};
    const std::string_view rw = tk.Folded(ts[r]);
    for (std::string_view x : kPersons) {
      if (rw == x) return true;
    }
    return false;
  };
  for (uint32_t i : nickname_cues) {
    if (i + 1 < n && ts[i + 1].word && nickname_cue_ends(static_cast<long>(i + 1))) {
      lower_nickname_after(i + 1, false);  // "conocido como", "called him"
    } else if (nickname_cue_ends(i)) {
      lower_nickname_after(i, person_then_caller(i));  // "le decían", "lo apodaban", "they called"
    }
  }

  // "paul simon", "olga krylova", "emidio p lombardo": in lower case, a given
  // name followed by a surname or a word of no dictionary (an initial may sit
  // between) is a full name.
  auto lower_name_part = [&](size_t k) {
    const Token& t = ts[k];
    return t.word && !t.capitalized && t.has_letter && !t.has_digit && t.space_before &&
           !t.newline_before && t.end - t.begin >= 3 &&
           !(info[k].flags & (kStopWord | kConnector | kMonth | kTitle | kOrgWord | kNameCue |
                              kKinCue | kSpeechCue | kPlacePrep | kNotNameWord | kCommonWord));
  };
  size_t lower_free = 0;  // first token after the last lower-case name
  for (const size_t i : lower_given) {
    if (i < lower_free || i + 1 >= n) continue;
    const bool handle = i > 0 && !ts[i].space_before && !ts[i - 1].word;
    if (handle || !ts[i].word || ts[i].end - ts[i].begin < 3 || ts[i].has_digit ||
        (info[i].flags & (kStopWord | kConnector | kMonth | kTitle | kOrgWord | kNameCue |
                          kKinCue | kSpeechCue | kPlacePrep | kNotNameWord))) {
      continue;
    }
    // A given name that is an everyday word too ("rosa", "luz", "paz":
    // ambiguous_names.txt) is a name only before a listed surname that no
    // dictionary has or that names people ("rosa mendez me llevó", "luz
    // garcia nos ayudó"; not "color rosa claro", "luz blanca").
    const bool common_given = (info[i].flags & kCommonWord) != 0;
    size_t j = i + 1;
    if (j + 1 < n && ts[j].word && !ts[j].capitalized && ts[j].end - ts[j].begin == 1 &&
        ts[j].has_letter && ts[j].space_before &&
        !(text[ts[j].begin] == 'y' || text[ts[j].begin] == 'e' || text[ts[j].begin] == 'o' ||
          text[ts[j].begin] == 'u' || (!english && text[ts[j].begin] == 'a'))) {
      // A middle initial (not "y", "e", "o": "yesenia y wendy" are two; nor
      // Spanish "a" or French "a": "con yadira a reynosa").
      ++j;
    }
    if (j >= n || !lower_name_part(j) || !ts[j].space_before) continue;
    const uint32_t f = info[j].flags;
    const bool surname = f & (kSurname | kNameWord);
    const bool word_j = lexicon_->IsDictionaryHash(ts[j].hash);
    // "masa quística", "vena porta": a given name that is an ordinary word
    // needs a surname that is none.
    // English dictionaries list given names ("paul", "mark"), so in English
    // text a given name in one is still read as a name.
    // So is one of the most common English words ("ever forget", "alone time").
    const bool strict =
        (!english && lexicon_->IsDictionaryHash(ts[i].hash)) || (info[i].flags & kCommonName);
    if (common_given) {
      // A surname that names people more often than anything else in the
      // training text ("garcia", "rosales") though a dictionary has it.
      if (!(f & kSurname) || (word_j && !(f & kNameWord))) continue;
    } else if (strict ? (!surname || word_j) : (!surname && word_j)) {
      continue;
    }
    // Outside English, where testimonies write names in lower case ("la
    // casa de maría lópez", "fue juan pérez"), a surname that is no word of
    // a dictionary makes the name sure: the model may not drop it.
    const float score = !english && surname && !word_j ? 0.9f : 0.6f;
    for (size_t k = i; k <= j; ++k) {
      // (A weaker score already there stays as it was at 0.6: the echo
      // rule reads 0.6 as a name sure enough to echo.)
      if (score >= 0.9f ? info[k].score < score : info[k].score <= 0) info[k].score = score;
      info[k].run = -1;  // one finding, as for the words after a cue
    }
    lower_free = j + 1;
  }

  // Outside English, two given names in lower case right after "a", "con",
  // "para", "pa", "avec", "pour", "ak", "pou" or a kin word are a person's double name
  // though both are everyday words too ("le mande el dinero a luz marina",
  // "me fui con rosa maria"): no article stands between the preposition
  // and them ("la luz blanca", "a la marina" stay).
  if (!english) {
    auto lower_given_word = [&](size_t k) {
      const PlaceEntry* entry = nullptr;
      return k < n && ts[k].word && !ts[k].capitalized && ts[k].has_letter && !ts[k].has_digit &&
             ts[k].space_before && !ts[k].newline_before && ts[k].end - ts[k].begin >= 3 &&
             (info[k].flags & kGivenName) &&
             !(info[k].flags & (kStopWord | kConnector | kMonth | kTitle | kNameCue | kKinCue | kSpeechCue |
                                kPlacePrep | kDemonym)) &&
             info[k].place == 0 && places_->MatchAt(tk, k, &entry) == k;
    };
    for (const size_t i : lower_given) {
      // The cheap test first: most given names in lower case stand before
      // no other.
      // (The second may be found already: "a rosa elena" took "elena" alone.)
      if (i == 0 || i + 1 >= n || !(info[i + 1].flags & kGivenName) || ts[i + 1].capitalized || !ts[i - 1].word ||
          ts[i - 1].capitalized) {
        continue;
      }
      // After a kin word the first name is found already ("mi prima luz
      // marina"): the second one goes with it.
      const bool kin = (info[i - 1].flags & kKinCue) != 0;
      const std::string_view before = tk.Folded(ts[i - 1]);
      // Survivors drop Spanish "a" before a person after verbs of seeing,
      // meeting or calling in the first person ("vi luz marina ayer",
      // "conocí rosa maria en el albergue"): such a verb says a person
      // follows as "a" does.
      static constexpr std::string_view kMetVerbs[] = {
          "vi", "vimos", "conoci", "conocimos", "encontre", "encontramos", "llame", "llamamos",
          "busque", "buscamos", "salude", "saludamos", "ayude", "ayudamos", "deje", "dejamos"};
      auto met_verb = [&]() {
        for (std::string_view v : kMetVerbs) {
          if (before == v) return true;
        }
        return false;
      };
      if (!kin && (info[i].score > 0 || (before != "a" && before != "con" && before != "para" && before != "pa" &&
                                         before != "avec" && before != "pour" && before != "ak" && before != "pou" &&
                                         !met_verb()))) {
        continue;
      }
      if (!lower_given_word(i) || !lower_given_word(i + 1)) continue;
      // After a verb of seeing a colour is a light or a flower seen ("vimos
      // luz blanca", "vi rosa blanca en el jardin"), though "Blanca" is a
      // given name too; after "a" or a kin word it stays a name.
      if (!kin && before != "a" && before != "con" && before != "para" && before != "pa") {
        static constexpr std::string_view kColours[] = {"blanca", "blanco", "roja",  "rojo",     "negra",
                                                        "negro",  "azul",   "verde", "amarilla", "amarillo",
                                                        "morada", "rosada", "gris"};
        const std::string_view second = tk.Folded(ts[i + 1]);
        bool colour = false;
        for (std::string_view c : kColours) colour = colour || second == c;
        if (colour) continue;
      }
      // After a verb the model, which reads a preposition or a kin word as
      // a person's sign, may drop the pair ("vimos luz marina en el
      // monte"): the verb is sign enough.
      const bool preposition = before == "a" || before == "con" || before == "para" || before == "pa" ||
                               before == "avec" || before == "pour" || before == "ak" || before == "pou";
      const float score = kin || preposition ? 0.6f : 0.9f;
      for (size_t k = i; k <= i + 1; ++k) {
        if (info[k].score < score) info[k].score = score;
        info[k].run = -1;
      }
    }
  }

  // English posts written in lower case: "lol mike spilled his beer", "when
  // mike lets me know", "ok so brandon and tyler are fighting", "louis turns
  // 18": a given name that is an ordinary word too, opening a clause, before
  // a verb of the past or a common verb, or joined by "and" to another name.
  if (english) {
    auto opens_clause = [&](size_t k) {
      if (k == 0 || ts[k].newline_before) return true;
      const Token& p = ts[k - 1];
      if (!p.word) return p.first != '@' && p.first != '#' && p.first != '\'' && p.first != 0x2019 &&
                          p.first != '-' && p.first != '/';
      const std::string_view w = tk.Folded(p);
      return w == "lol" || w == "lmao" || w == "lmfao" || w == "omg" || w == "ok" || w == "okay" ||
             w == "so" || w == "and" || w == "but" || w == "when" || w == "then" || w == "cuz" ||
             w == "cause" || w == "because" || w == "haha" || w == "yeah" || w == "wow" || w == "smh";
    };
    auto verb_after = [&](size_t k) {
      if (k >= n || !ts[k].word || ts[k].capitalized || ts[k].newline_before || ts[k].has_digit) {
        return false;
      }
      const std::string_view w = tk.Folded(ts[k]);
      static constexpr std::string_view kVerbs[] = {
          "said", "says", "told", "tells", "got", "gets", "came", "comes", "went", "goes", "just",
          "is", "was", "has", "had", "lets", "wants", "thinks", "knows", "knew", "made", "makes",
          "took", "takes", "gave", "gives", "left", "keeps", "kept", "needs", "loves", "hates",
          "likes", "turns", "does", "did", "never", "always", "still"};
      for (std::string_view v : kVerbs) {
        if (w == v) return true;
      }
      return w.size() >= 5 && w.substr(w.size() - 2) == "ed" && lexicon_->IsDictionaryHash(ts[k].hash);
    };
    // Not a town ("houston is hot today", "lincoln was..."): the place
    // index is asked last, for the few words that pass the rest.
    auto lower_given_name = [&](size_t k) {
      const PlaceEntry* entry = nullptr;
      return k < n && ts[k].word && !ts[k].capitalized && ts[k].has_letter && !ts[k].has_digit &&
             ts[k].end - ts[k].begin >= 3 && !ts[k].newline_before && (info[k].flags & kGivenName) &&
             !(info[k].flags & (kStopWord | kConnector | kMonth | kTitle | kOrgWord | kNameCue |
                                kKinCue | kSpeechCue | kPlacePrep | kDemonym | kPostCue)) &&
             info[k].place == 0 && places_->MatchAt(tk, k, &entry) == k;
    };
    for (const size_t i : lower_given) {
      if (info[i].score > 0 || !lower_given_name(i) || !opens_clause(i)) continue;
      bool name = verb_after(i + 1);
      if (!name && i + 2 < n && ts[i + 1].word && tk.Folded(ts[i + 1]) == "and" &&
          lower_given_name(i + 2)) {
        name = verb_after(i + 3) || info[i + 2].lower_case_name;
        if (name && info[i + 2].score <= 0) {
          info[i + 2].score = 0.6f;
          info[i + 2].run = -1;
        }
      }
      if (name) {
        info[i].score = 0.6f;
        info[i].run = -1;
      }
    }
    // "lol tunde and bisi made it to Houston": two lower-case words that no
    // list of ordinary words has, joined by "and", opening a clause before
    // a verb, are the clause's subject: persons. One of them at least is
    // in no dictionary ("tunde" is Romanian; "salt and pepper", "tacos and
    // burritos" made it better are both words).
    auto lower_unlisted = [&](size_t k) {
      const PlaceEntry* entry = nullptr;
      return k < n && ts[k].word && !ts[k].capitalized && ts[k].has_letter && !ts[k].has_digit &&
             ts[k].end - ts[k].begin >= 3 && !ts[k].newline_before &&
             (info[k].score > 0 || ((info[k].flags & ~(kGivenName | kSurname | kNameWord)) == 0 &&
                                    info[k].place == 0 && places_->MatchAt(tk, k, &entry) == k));
    };
    static const uint64_t kAndHash = text::FoldedHash("and");
    // "lol tunde made it": one such word alone after an interjection that
    // opens a post, of no dictionary at all, before a verb. Not at a line's
    // start or after "and", "so": slang of no list stands there ("ppl").
    static const uint64_t kInterjections[] = {text::FoldedHash("lol"), text::FoldedHash("lmao"),
                                              text::FoldedHash("omg"), text::FoldedHash("haha"),
                                              text::FoldedHash("smh"), text::FoldedHash("wow")};
    auto interjection = [&](size_t k) {
      const char32_t c = ts[k].first | 0x20;
      if (ts[k].end - ts[k].begin < 3 || ts[k].end - ts[k].begin > 4 ||
          (c != 'l' && c != 'o' && c != 'h' && c != 's' && c != 'w')) {
        return false;
      }
      for (uint64_t h : kInterjections) {
        if (ts[k].hash == h) return true;
      }
      return false;
    };
    for (size_t k = 1; k + 2 < n; ++k) {
      if (ts[k].hash != kAndHash && ts[k].word && interjection(k - 1)) {
        if (info[k].score <= 0 && ts[k].end - ts[k].begin >= 4 && lower_unlisted(k) &&
            !lexicon_->IsDictionaryHash(ts[k].hash) && verb_after(k + 1)) {
          info[k].score = 0.6f;
          info[k].run = -1;
        }
        continue;
      }
      if (ts[k].hash != kAndHash || !ts[k].word || ts[k].capitalized) continue;
      if ((info[k - 1].score > 0 && info[k + 1].score > 0) || !verb_after(k + 2) || !opens_clause(k - 1) ||
          (lexicon_->IsDictionaryHash(ts[k - 1].hash) && lexicon_->IsDictionaryHash(ts[k + 1].hash)) ||
          !lower_unlisted(k - 1) || !lower_unlisted(k + 1)) {
        continue;
      }
      for (size_t j : {k - 1, k + 1}) {
        if (info[j].score <= 0) {
          info[j].score = 0.6f;
          info[j].run = -1;
        }
      }
    }
    // "He spent a year at Okafor's farm", "Jimin Park's men were there": a
    // capitalized word of no dictionary and no list, inside a sentence,
    // that owns a home, a belonging or people is a person; so is a listed
    // surname owning them after such a word ("Park" is a place word too).
    // Not a place ("Tapachula's shelter") nor a firm or a brand (flagged).
    static constexpr std::string_view kOwned[] = {
        "farm", "place", "house", "home", "ranch", "apartment", "flat", "shop", "store", "truck",
        "car", "van", "room", "yard", "garage", "land", "trailer", "men", "people", "guys", "crew",
        "gang", "boys", "family", "friends"};
    auto unlisted_capital = [&](size_t k) {
      const PlaceEntry* entry = nullptr;
      return ts[k].word && ts[k].capitalized && !ts[k].all_caps && !ts[k].has_digit && ts[k].end - ts[k].begin >= 3 &&
             (info[k].flags & ~(kSurname | kNameWord)) == 0 && !lexicon_->IsDictionaryHash(ts[k].hash) &&
             info[k].place == 0 && places_->MatchAt(tk, k, &entry) == k;
    };
    for (const size_t i : shaped) {
      if (i + 3 >= n || !ts[i].word || !ts[i].capitalized || ts[i + 1].word || ts[i + 1].space_before ||
          (ts[i + 1].first != '\'' && ts[i + 1].first != 0x2019) || ts[i + 2].space_before ||
          ts[i + 2].end - ts[i + 2].begin != 1 || tk.Folded(ts[i + 2]) != "s" || !ts[i + 3].word ||
          ts[i + 3].capitalized || ts[i + 3].newline_before) {
        continue;
      }
      const std::string_view owned = tk.Folded(ts[i + 3]);
      bool home = false;
      for (std::string_view w : kOwned) home = home || owned == w;
      if (!home) continue;
      size_t first = i;
      if (i > 0 && !ts[i].newline_before && (info[i].flags & kSurname) && !(info[i].flags & (kStopWord | kTitle)) &&
          ts[i - 1].word && ts[i].space_before && unlisted_capital(i - 1)) {
        first = i - 1;  // "Jimin Park's men"
      } else if (!unlisted_capital(i)) {
        continue;  // at a sentence's start too: "Okafor's farm was big"
      }
      for (size_t k = first; k <= i; ++k) {
        if (info[k].score < 0.9f) info[k].score = 0.9f;
        info[k].run = -1;
      }
    }
  }

  // "Wei Li", "Li Wei", "Wang Fang", "Zhao Min": the short East Asian
  // surnames of millions, some of them words or function words of a
  // language ("Li" is Haitian's "he", "Fang" and "Min" English words), with
  // a capitalized word beside them inside a sentence are a full name: a
  // given name no list has before one ("Wei Li"), or after one any word of
  // no other list ("Wang Fang"). Not in Haitian, where "Li" after a name
  // is "he"; a surname that is a place word too ("Park", "Lee") takes only
  // a word of no dictionary after it ("Park Ranger" stays) and none before
  // it ("Lincoln Park"). A given name of a pinyin syllable's shape after
  // "Li" ("Li Na", "Li Ping") is read even when a dictionary has it: "Li"
  // is a word of Haitian only. In Haitian a capitalized "Li" right after a
  // given name (a space between, no mark) is the surname ("Wei Li te
  // vini"): the pronoun there is written "li" ("Pyè li te vini"). Not
  // info's sentence_start: a short line in title case ("Wei Li te vini",
  // "Li" a capitalized stop word) marks all its words so.
  {
    const bool haitian = language.substr(0, 2) == "ht";
    static constexpr std::string_view kShortSurnames[] = {
        "li", "wang", "zhang", "chen", "liu", "yang", "huang", "zhao", "wu", "zhou", "xu", "zhu",
        "guo", "lin", "kim", "lee", "park", "choi", "nguyen", "tran"};
    // Compared by hash, after a 256-bit filter of the hashes' low bytes
    // that turns most words away: the test runs on every capitalized word.
    struct SurnameHashes {
      uint64_t filter[4] = {0, 0, 0, 0};
      std::vector<uint64_t> hashes;
    };
    static const SurnameHashes kSurnameHashes = [] {
      SurnameHashes h;
      for (std::string_view v : kShortSurnames) {
        const uint64_t x = text::FoldedHash(v);
        h.hashes.push_back(x);
        h.filter[(x >> 6) & 3] |= uint64_t{1} << (x & 63);
      }
      return h;
    }();
    auto short_surname = [&](size_t k) {
      const uint64_t x = ts[k].hash;
      if (!((kSurnameHashes.filter[(x >> 6) & 3] >> (x & 63)) & 1)) return false;
      if (!ts[k].word || !ts[k].capitalized || ts[k].all_caps || ts[k].end - ts[k].begin > 6) return false;
      for (uint64_t h : kSurnameHashes.hashes) {
        if (x == h) return true;
      }
      return false;
    };
    constexpr uint32_t kNotAGivenName = kStopWord | kMonth | kTitle | kOrgWord | kConnector | kPlacePrep |
                                        kDemonym | kInstitution | kPlaceSuffix | kOrgSuffix | kNameCue |
                                        kKinCue | kSpeechCue | kPostCue | kHonorific;
    auto partner = [&](size_t k, bool dictionary_ok) {
      const PlaceEntry* entry = nullptr;
      return ts[k].word && ts[k].capitalized && !ts[k].all_caps && !ts[k].has_digit && ts[k].end - ts[k].begin >= 2 &&
             ts[k].end - ts[k].begin <= 8 && !(info[k].flags & kNotAGivenName) &&
             ((dictionary_ok && !(info[k].flags & kCommonWord)) || (info[k].flags & kGivenName) ||
              !lexicon_->IsDictionaryHash(ts[k].hash)) &&
             info[k].place == 0 && places_->MatchAt(tk, k, &entry) == k;
    };
    // Each pair holds a capitalized word at i + 1 (a surname or a
    // partner): only those are read.
    for (const size_t next : shaped) {
      if (next == 0) continue;
      const size_t i = next - 1;
      if (!ts[i + 1].word || !ts[i + 1].space_before || ts[i + 1].newline_before) continue;
      // "He Jun": "He", a surname of millions and the English pronoun,
      // before a given name of a pinyin syllable's shape that is a listed
      // given name or no dictionary word ("He Ran away", "He Sang" stay:
      // the dictionary has them), itself before no capitalized word (a
      // line in title case).
      // "Sun", "Ma" and "Hu", surnames of millions that are words of
      // English, French or Spanish, are read the same way ("Sun Mei", "Ma
      // Jun", "Hu Lan"). Since round 19 a given name the dictionary has
      // ("He Ping", "He Ran") is read too right before a verb of what a
      // person says or does to others ("He Ping said", "He Ran took our
      // money"; "He Ran away" stays).
      auto word_surname = [&](size_t k) {
        if (!ts[k].word || !ts[k].capitalized || ts[k].all_caps || ts[k].end - ts[k].begin > 3) return false;
        const std::string_view w = tk.Folded(ts[k]);
        return w == "he" || w == "sun" || w == "ma" || w == "hu";
      };
      // Since round 20 an English verb in the past of any kind reads so too
      // ("He Ping went home", "Hu Bin did not"): the pronoun "He" before a
      // capitalized word and a verb in the past would make that word a verb
      // with none of its own object, which English does not write; "He Ran
      // away" has no verb after the word and stays.
      auto person_verb_after = [&](size_t k) {
        if (k >= n || !ts[k].word || ts[k].capitalized || ts[k].newline_before) return false;
        const std::string_view w = tk.Folded(ts[k]);
        static constexpr std::string_view kVerbs[] = {
            "said", "says", "told", "tells",  "took", "gave", "asked", "called", "texted", "sent",
            "helped", "beat", "hit", "paid", "sold", "dijo", "nos", "me", "went", "came", "left", "did",
            "was", "had", "got", "drove", "stayed", "ran", "brought", "found", "kept", "knew", "saw"};
        for (std::string_view v : kVerbs) {
          if (w == v) return true;
        }
        // Round 21: a French auxiliary or object pronoun ("Hu Bin a payé",
        // "Sun Li nous a aidés") and a Kreyòl tense marker ("Hu Bin te
        // peye"); "He", "Sun", "Ma" and "Hu" are no French or Kreyòl
        // pronoun, so the word after such a surname is no verb there.
        static constexpr std::string_view kFrenchVerbs[] = {"a", "avait", "est", "etait", "nous", "m",
                                                            "lui", "leur", "n", "ne"};
        static constexpr std::string_view kKreyolVerbs[] = {"te", "t", "ap", "pa", "konn"};
        if (french) {
          for (std::string_view v : kFrenchVerbs) {
            if (w == v) return true;
          }
        }
        if (haitian) {
          for (std::string_view v : kKreyolVerbs) {
            if (w == v) return true;
          }
        }
        return false;
      };
      // A capitalized "Bin", "San", "Da" after the surname is a given name
      // before such a verb, not the particle of "bin Laden" (round 21).
      // (Asked only after a surname of the four: read at every capitalized
      // word it cost ~8 M instructions per MB.)
      const bool verb_after_pair = word_surname(i) && i + 2 < n && person_verb_after(i + 2);
      const uint32_t not_given =
          (kNotAGivenName & ~(kMonth | (verb_after_pair ? kConnector : 0u))) | kCommonWord | kNotNameWord;
      if ((!haitian || verb_after_pair) && word_surname(i) && ts[i + 1].capitalized && !ts[i + 1].all_caps &&
          PinyinSyllable(tk.Folded(ts[i + 1])) &&
          !(info[i + 1].flags & not_given) &&
          ((((info[i + 1].flags & (kGivenName | kMonth)) || !lexicon_->IsDictionaryHash(ts[i + 1].hash)) &&
            (i + 2 >= n || !ts[i + 2].word || (!ts[i + 2].capitalized && !ts[i + 2].has_digit) ||
             ts[i + 2].newline_before)) ||
           person_verb_after(i + 2))) {
        for (size_t k = i; k <= i + 1; ++k) {
          if (info[k].score < 0.9f) info[k].score = 0.9f;
          info[k].run = -1;
        }
        continue;
      }
      // "Mei Sun", "Lan Ma": since round 20 "Sun", "Ma" and "Hu" after a
      // given name of a pinyin syllable's shape that a given-name list has or
      // no dictionary does, before no capitalized word ("Mei Sun Tower"
      // stays to the other passes), are that person's surname. Not "He",
      // which opens a sentence after a name ending the one before it.
      if (!haitian && word_surname(i + 1) && tk.Folded(ts[i + 1]) != "he" && ts[i].word && ts[i].capitalized &&
          !ts[i].all_caps && PinyinSyllable(tk.Folded(ts[i])) &&
          !(info[i].flags & (kNotAGivenName | kCommonWord | kNotNameWord)) &&
          ((info[i].flags & kGivenName) || !lexicon_->IsDictionaryHash(ts[i].hash)) &&
          (i + 2 >= n || !ts[i + 2].word || !ts[i + 2].capitalized || ts[i + 2].newline_before)) {
        for (size_t k = i; k <= i + 1; ++k) {
          if (info[k].score < 0.9f) info[k].score = 0.9f;
          info[k].run = -1;
        }
        continue;
      }
      if (!short_surname(i) && !short_surname(i + 1)) continue;
      if (info[i].score > 0 && info[i + 1].score > 0) continue;
      bool name = false;
      if (short_surname(i) && !haitian) {
        // "Wang Fang": after the surname; a place word takes a word of no dictionary.
        bool place_word = (info[i].flags & (kNotNameWord | kOrgWord | kCommonWord)) != 0;
        if (place_word && ts[i].end - ts[i].begin == 2 && tk.Folded(ts[i]) == "li" &&
            PinyinSyllable(tk.Folded(ts[i + 1]))) {
          place_word = false;  // "Li Na"
        }
        name = partner(i + 1, !place_word) && (!short_surname(i + 1) || !place_word);
      }
      if (!name && short_surname(i + 1) && !(info[i + 1].flags & (kNotNameWord | kOrgWord))) {
        // "Wei Li": a given name before the surname, of no dictionary; not
        // before a place word ("Lincoln Park", "Shelly Park": the place
        // passes read those).
        name = partner(i, false) && (info[i].flags & ~(kGivenName | kSurname | kNameWord)) == 0;
      }
      if (!name) continue;
      for (size_t k = i; k <= i + 1; ++k) {
        if (info[k].score < 0.9f) info[k].score = 0.9f;
        info[k].run = -1;
      }
    }
  }

  // "Laura Kent\nRosa\n12 Main Street": a listed given name alone on its
  // line in a block of lines, under a person found on the line above or
  // over a line that opens with a number (an address), is a person of the
  // letter or form; a blank line ends the block. A month or a place
  // stays ("Mayo", "Paris").
  for (const size_t i : shaped) {
    if (i == 0 || !ts[i].newline_before || !ts[i].word || !ts[i].capitalized || ts[i].all_caps || info[i].score > 0 ||
        !(info[i].flags & kGivenName) || (i + 1 < n && !ts[i + 1].newline_before)) {
      continue;
    }
    auto one_break = [&](size_t k) {  // no blank line before token k
      size_t breaks = 0;
      for (size_t b = ts[k - 1].end; b < ts[k].begin; ++b) breaks += text[b] == '\n';
      return breaks == 1;
    };
    const bool person_above = info[i - 1].score >= 0.6f && one_break(i);
    const bool address_below = i + 1 < n && ts[i + 1].word && ts[i + 1].has_digit && one_break(i + 1);
    // "Contacto:\nRosa", "Testigo\nLuz": under a heading, a line of one to
    // four words ending in ':' or of one capitalized word, the name alone
    // is the field's value: a person, though an everyday word ("Rosa").
    // Not one word of a list ("Flores:\nRosa\nLirio": a lone word under it).
    bool heading_above = false;
    if (one_break(i) && !(i + 2 < n && ts[i + 1].newline_before && ts[i + 1].word && one_break(i + 1) &&
                          (ts[i + 2].newline_before))) {
      size_t b = i - 1;
      const bool colon = !ts[b].word && ts[b].first == ':';
      if (colon && b > 0) --b;
      size_t words = 0;
      bool line_ok = true;
      for (;; --b) {
        if (!ts[b].word || ts[b].has_digit) { line_ok = false; break; }
        ++words;
        if (ts[b].newline_before || b == 0) break;
      }
      // A word alone is a heading only when it opens its block ("Flores:\n
      // Rosa\nLirio\nMargarita" is a list).
      heading_above = line_ok && words <= (colon ? 4u : 1u) && ts[b].capitalized &&
                      (colon || (!(info[b].flags & kGivenName) && (b == 0 || !one_break(b))));
    }
    if (!person_above && !address_below && !heading_above) continue;
    // A given name that is an everyday word too ("Rosa", "Luz") only
    // under a person found or a heading.
    if ((info[i].flags & (kStopWord | kMonth | kTitle | kOrgWord | kCommonName | kNotNameWord | kDemonym |
                          kPlacePrep | kConnector)) ||
        ((info[i].flags & kCommonWord) && !person_above && !heading_above)) {
      continue;
    }
    const PlaceEntry* entry = nullptr;
    if (info[i].place != 0 || places_->MatchAt(tk, i, &entry) != i) continue;
    info[i].score = 0.9f;
    info[i].run = -1;
  }

  // Pass 3: a word flagged once is flagged wherever it is capitalized
  // ("Widline llegó..." after "me llamo Widline").
  WordScores& seen = result->seen;
  for (uint32_t i : shaped) {
    // Particles ("Saint", "Le", "De") are names only inside a name.
    if (info[i].score >= 0.6f && info[i].evidence != kWord && !(info[i].flags & kConnector)) {
      seen.emplace_back(ts[i].hash, info[i].score);
    } else if (info[i].score >= 0.8f && info[i].evidence == kWord && !ts[i].all_caps &&
               !(info[i].flags & (kConnector | kStopWord | kMonth | kTitle | kOrgWord | kDemonym)) &&
               ts[i].end - ts[i].begin >= 4 && i > 0 && ts[i - 1].word && info[i - 1].score > 0 &&
               info[i - 1].evidence != kWord && info[i - 1].run == info[i].run) {
      // A surname that is a dictionary word, last in a full name ("Joaquín
      // Almunia", "Alan Shearer"): its later mentions alone are the person
      // ("señaló Almunia", a headline's "SHEARER"), at a low score.
      seen.emplace_back(ts[i].hash, 0.6f);
    } else if (english && info[i].score >= 0.95f && info[i].evidence == kWord && !ts[i].all_caps &&
               ts[i].end - ts[i].begin >= 4 &&
               !(info[i].flags & (kConnector | kStopWord | kMonth | kTitle | kOrgWord | kDemonym |
                                  kCommonWord | kCommonName | kNotNameWord))) {
      // English: a word of some dictionary given after a naming cue or a title ("my
      // name is Borna Jerković"): its later mentions are the person too,
      // in lower case as well ("everyone calls me borna").
      seen.emplace_back(ts[i].hash, 0.95f);
    }
  }
  std::sort(seen.begin(), seen.end());
  {
    size_t kept = 0;  // keep the last (best) score of each word
    for (size_t k = 0; k < seen.size(); ++k) {
      if (k + 1 < seen.size() && seen[k + 1].first == seen[k].first) continue;
      seen[kept++] = seen[k];
    }
    seen.resize(kept);
  }
  const WordScores& scores = seen_in_text != nullptr ? *seen_in_text : seen;
  // The same words come back again and again: a small table of the hashes
  // pushed last keeps most repeats out of the sort below.
  std::vector<uint64_t> recent(with_candidates ? 1024 : 0, 0);
  for (uint32_t i : shaped) {
    TokenInfo& in = info[i];
    // Capitals say little: "PIO" is not "Pío". A word of four letters or
    // more in capitals is the name flagged elsewhere ("GRAF BEATS SELES",
    // "SHEARER NOT FIT" over a story about Graf or Alan Shearer).
    if (in.score > 0 || in.evidence == kBlocked || in.place != 0) continue;
    const bool caps = ts[i].all_caps;
    if (caps && (ts[i].end - ts[i].begin < 4 ||
                 (in.flags & (kStopWord | kConnector | kTitle | kMonth | kOrgWord | kDemonym)))) {
      continue;
    }
    const float best = ScoreOf(scores, ts[i].hash);
    if (with_candidates && best < 0.8f) {
      uint64_t& slot = recent[ts[i].hash % recent.size()];
      if (slot != ts[i].hash) result->candidates.push_back(ts[i].hash);
      slot = ts[i].hash;
    }
    // Not a given name that is a word too at a low score ("BILL" of "Bill").
    if (caps && (best < 0.6f || (best < 0.8f && (in.flags & (kGivenName | kCommonName)) &&
                                 lexicon_->IsDictionaryHash(ts[i].hash)))) {
      continue;
    }
    if (best > 0) in.score = std::min(best, 0.8f);
  }
  std::sort(result->candidates.begin(), result->candidates.end());
  result->candidates.erase(std::unique(result->candidates.begin(), result->candidates.end()),
                           result->candidates.end());
  // A name flagged in this text comes back in lower case or in capitals
  // ("Me llamo Pedro Ramírez. Después pedro se fue", "AYUDEN A PEDRO";
  // "everyone calls me borna"): the echo is
  // the same person, unless the word is an ordinary one too ("Rosa" and
  // "color rosa": the common-word lists; a word of no name list must be no
  // dictionary word either, unless a cue gave the name). At 0.9: the model
  // may not drop it.
  if (with_candidates) {
    result->lower_words.assign(kLowerWordBits / 64, 0);
    for (uint32_t i : lower_words) SetBit(&result->lower_words, LowerWordBit(ts[i].hash));
  }
  if (!lower_words.empty() && !scores.empty()) {
    std::vector<uint64_t> flagged(kLowerWordBits / 64, 0);
    for (const auto& [hash, score] : scores) {
      if (score >= kLowerCaseEcho) SetBit(&flagged, LowerWordBit(hash));
    }
    for (uint32_t i : lower_words) {
      TokenInfo& in = info[i];
      if (!TestBit(flagged, LowerWordBit(ts[i].hash)) || in.score >= 0.9f ||
          in.evidence == kBlocked || in.place != 0) {
        continue;
      }
      // In capitals, in a line of capitals or inside a sentence between a
      // word and a lower-case word or a stop ("Después PEDRO se fue"), not
      // as an acronym ("(EVA, 7-8)", "Positivo. ELISA captura", "ELISA IgG").
      if (ts[i].all_caps && !in.shouted) {
        const bool word_before = i > 0 && ts[i - 1].word && ts[i].space_before && !ts[i - 1].all_caps;
        const bool fits_after =
            i + 1 >= n || (ts[i + 1].word ? !ts[i + 1].capitalized && !ts[i + 1].has_digit
                                          : ts[i + 1].first == '.' || ts[i + 1].first == ',' ||
                                                ts[i + 1].first == ';' || ts[i + 1].first == '!' ||
                                                ts[i + 1].first == '?');
        if (!word_before || !fits_after) continue;
      }
      const float best = ScoreOf(scores, ts[i].hash);
      if (best < kLowerCaseEcho) continue;
      // A word of the dictionary (which lists many given names: "pedro",
      // "luis") echoes a given name flagged on strong evidence, or a word
      // of no name list given after a cue ("my name is Borna"); never a
      // surname ("sala", "grande", "diez", "maire"). Given names that are
      // everyday words are common words (above). A word on no name list
      // echoes a name flagged on more than its shape ("Ameloblástico",
      // "Anakinra" flagged as unknown capitalized words are not echoed).
      const bool given = in.flags & kGivenName;
      const bool listed = in.flags & (kGivenName | kSurname | kNameWord);
      // An ordinary word in capitals ("ROSA", "PAZ") echoes only a given
      // name flagged on strong evidence ("Me llamo Rosa Pérez"), in a line
      // of capitals ("ROSA ES MI NOMBRE"; not "no había LUZ en la noche"
      // after "Luz Gómez").
      if ((in.flags & (kCommonWord | kCommonName)) && (!given || best < 0.9f || !in.shouted)) continue;
      const bool dictionary = lexicon_->IsDictionaryHash(ts[i].hash);
      if (dictionary && (given ? best < 0.9f : listed || best < 0.95f)) {
        continue;
      }
      if (best < 0.9f && !listed) continue;
      // A word of the dictionary in lower case after an article or a
      // quantifier, or after such a word and the noun it describes, is the
      // word ("una margarita", "al alba", "l'aurore", "un suéter celeste"),
      // unless a person acts after it ("la margarita me dijo", "la
      // margarita llegó": an article before a name in speech).
      if (dictionary && !ts[i].all_caps && ReadsAsOrdinaryWord(text, language, tk, *lexicon_, i)) {
        continue;
      }
      if (in.score <= 0) in.run = -1;
      in.score = 0.9f;
    }
  }

  // A name in lower case from token i on, after a cue that says a person
  // follows: i and up to three more given names or surnames ("juan carlos",
  // "maria de jesus lopez"), at 0.9 so that the model may not drop them (its
  // guards).
  auto lower_name_from = [&](size_t i) {
    auto name_part = [&](size_t x) {
      return x < n && ts[x].word && !ts[x].capitalized && ts[x].has_letter && !ts[x].has_digit &&
             ts[x].space_before && !ts[x].newline_before &&
             (info[x].flags & (kGivenName | kSurname | kNameWord)) &&
             !(info[x].flags & (kStopWord | kMonth | kTitle | kOrgWord | kNameCue | kKinCue |
                                kSpeechCue | kPlacePrep));
    };
    if (info[i].score <= 0) info[i].run = -1;
    info[i].score = std::max(info[i].score, 0.9f);
    for (size_t x = i + 1, taken = 0; x < n && taken < 3; ++taken) {
      size_t y = x;
      while (y < x + 2 && y < n && ts[y].word && !ts[y].capitalized && ts[y].space_before &&
             (info[y].flags & kConnector) && !(info[y].flags & (kGivenName | kSurname))) {
        ++y;  // "maria de jesus"
      }
      if (!name_part(y)) break;
      info[i].run = -1;  // one finding with the words after it (pass 4)
      for (size_t z = x; z <= y; ++z) {
        info[z].score = std::max(info[z].score, 0.9f);
        info[z].run = -1;
      }
      x = y + 1;
    }
  };
  // "viajé con mi hermano pedro", "mi mamá dolores", "ma soeur marie": in
  // any language, a given name in lower case right after a possessive and a
  // kin word is a name, even when it is an everyday word too ("mi hermana
  // luz"; not "gran masa", "avocat général": no possessive).
  for (const size_t i : lower_given) {
    if (i < 2) continue;
    const Token& t = ts[i];
    if (!t.word || !t.space_before || t.newline_before || t.has_digit || t.end - t.begin < 3 ||
        (info[i].flags & (kStopWord | kConnector | kMonth | kTitle | kOrgWord | kNameCue |
                          kKinCue | kSpeechCue | kPlacePrep))) {
      continue;
    }
    // Haitian Creole puts the possessive after the noun: "mari mwen se jean
    // robert", "pitit li jameson".
    {
      size_t q = i - 1;
      if (ts[q].word && tk.Folded(ts[q]) == "se" && q > 0) --q;
      const std::string_view pw = ts[q].word ? tk.Folded(ts[q]) : std::string_view();
      if (q > 0 && (pw == "mwen" || pw == "li" || pw == "ou" || pw == "nou" || pw == "yo") &&
          ts[q - 1].word && !ts[q - 1].capitalized && (info[q - 1].flags & kKinCue) &&
          !(info[q - 1].flags & kStopWord)) {
        lower_name_from(i);
        continue;
      }
    }
    const size_t k = i - 1;
    if (!ts[k].word || ts[k].capitalized || !(info[k].flags & kKinCue) ||
        (info[k].flags & kStopWord) || !ts[k - 1].word || ts[k].newline_before) {
      continue;
    }
    const std::string_view p = tk.Folded(ts[k - 1]);
    if (p != "mi" && p != "mis" && p != "tu" && p != "su" && p != "nuestro" && p != "nuestra" &&
        p != "my" && p != "your" && p != "his" && p != "her" && p != "our" && p != "their" &&
        p != "ma" && p != "mon" && p != "ta" && p != "ton" && p != "sa" && p != "son" &&
        p != "notre" && p != "votre" && p != "leur") {
      // "el compa beto", "la tía chela", "un tal chuy": after an article, a
      // name that is no everyday word (not "la madre tierra").
      const bool article = p == "el" || p == "la" || p == "un" || p == "una" || p == "le";
      if (!article || (info[i].flags & (kCommonWord | kNotNameWord)) ||
          (lexicon_->IsDictionaryHash(t.hash) && !(info[i].flags & (kNameWord | kRouteName)))) {
        continue;
      }
    }
    lower_name_from(i);
  }
  // "estaba con yesenia", "conocí a wendy", "con yesenia y wendy", "me
  // quedé con la chayo y el toño", "con pedro, luis y la güera": outside
  // English (see the social cues below), a given name in lower case that is
  // no dictionary word ("con vida", "con tono" are) or that training text
  // showed as a name far more than as a word ("pedro", "luis"), after words
  // that take a person, with an article between or not, and the names
  // joined to it by commas, "y", "et", "ak" (with their article: a word of
  // the nickname list counts there, "y la güera").
  if (!english) {
    auto plain_given = [&](size_t x) {
      if (!(x < n && ts[x].word && !ts[x].capitalized && ts[x].has_letter && !ts[x].has_digit &&
            ts[x].space_before && !ts[x].newline_before && ts[x].end - ts[x].begin >= 3 &&
            (info[x].flags & kGivenName) &&
            !(info[x].flags & (kStopWord | kConnector | kMonth | kTitle | kOrgWord | kNameCue |
                               kKinCue | kSpeechCue | kPlacePrep | kCommonWord | kNotNameWord)))) {
        return false;
      }
      if (!lexicon_->IsDictionaryHash(ts[x].hash)) return true;
      if (!(info[x].flags & (kNameWord | kRouteName))) return false;
      // A word that is a name as often as a noun opens no noun phrase: "con
      // tono de voz", "con tomas de alimentos" (but "con maría de jesús").
      if (x + 2 < n && ts[x + 1].word && (tk.Folded(ts[x + 1]) == "de" || tk.Folded(ts[x + 1]) == "del")) {
        return (info[x + 2].flags & (kGivenName | kSurname)) != 0;
      }
      return true;
    };
    auto is_article = [&](size_t x) {
      if (x >= n || !ts[x].word || ts[x].capitalized) return false;
      const std::string_view a = tk.Folded(ts[x]);
      return a == "el" || a == "la";
    };
    auto nickname_word = [&](size_t x) {
      return x < n && ts[x].word && !ts[x].capitalized && ts[x].space_before && !ts[x].newline_before &&
             (info[x].flags & kNickname) && !(info[x].flags & (kStopWord | kPlacePrep));
    };
    // Lower-case nicknames with their article start such a list too ("vi a
    // la flaca", "con el flaco y la güera").
    std::vector<uint32_t> starts = lower_given;
    for (uint32_t k : nickname_words_lower) {
      if (k >= 2 && is_article(k - 1)) starts.push_back(k);
    }
    std::sort(starts.begin(), starts.end());
    for (const size_t i : starts) {
      const bool nickname = !(info[i].flags & kGivenName);
      if (i == 0 || !(nickname ? nickname_word(i) : plain_given(i)) || !ts[i - 1].word ||
          ts[i - 1].capitalized) {
        continue;
      }
      size_t b = i - 1;  // the word before the name, past an article
      if (is_article(b) && b > 0 && ts[b - 1].word && !ts[b - 1].capitalized) --b;
      const std::string_view before = tk.Folded(ts[b]);
      const std::string_view before_that =
          b >= 1 && ts[b - 1].word ? tk.Folded(ts[b - 1]) : std::string_view();
      // A nickname with its article is also a person before what a person
      // does: an object pronoun and a verb ("el flaco me cobró 200").
      bool acts = false;
      if (nickname && i + 2 < n && ts[i + 1].word && ts[i + 2].word && !ts[i + 1].capitalized &&
          !ts[i + 2].capitalized && !ts[i + 1].newline_before && !ts[i + 2].has_digit &&
          !(info[i + 2].flags & (kStopWord | kConnector | kPlacePrep))) {
        const std::string_view x = tk.Folded(ts[i + 1]);
        acts = x == "me" || x == "te" || x == "nos" || x == "le" || x == "les" || x == "lo" || x == "se";
      }
      if (!acts && !IsPersonContext(before_that, before)) continue;
      lower_name_from(i);
      size_t end = i;
      for (int items = 0; items < 8; ++items) {
        while (end + 1 < n && info[end + 1].score > 0 && info[end + 1].run < 0 &&
               ts[end + 1].word && !ts[end + 1].capitalized) {
          ++end;
        }
        size_t k = end + 1;
        bool joined = false;
        if (k < n && !ts[k].word && ts[k].first == ',' && !ts[k].newline_before) {
          ++k;
          joined = true;
        }
        if (k < n && ts[k].word && !ts[k].capitalized && !ts[k].newline_before) {
          const std::string_view c = tk.Folded(ts[k]);
          if (c == "y" || c == "e" || c == "et" || c == "ak") {
            ++k;
            joined = true;
          }
        }
        if (!joined) break;
        const bool article = is_article(k);
        if (article) ++k;
        if (!plain_given(k) && !(article && nickname_word(k))) break;
        lower_name_from(k);
        end = k;
      }
    }
  }
  // Outside English, where testimonies are often written all in lower case,
  // a given name in lower case that no dictionary has is a name wherever it
  // stands ("nos separamos de kevin", "mi hija\nyesenia se quedó"), and
  // sure: the model, trained on text where lower case rarely names anyone,
  // may not drop it. And two given
  // names joined by a hyphen in lower case are one ("marie-claire",
  // "jean-baptiste").
  if (!english) {
    for (const size_t i : lower_given) {
      const PlaceEntry* entry = nullptr;
      // In French only from five letters: OCR breaks words into pieces that
      // the lists hold ("tre", "gion").
      if (french && tk.Folded(ts[i]).size() < 5) continue;
      if (info[i].lower_case_name && info[i].score < 0.9f && (info[i].flags & kGivenName) &&
          places_->MatchAt(tk, i, &entry) == i) {
        if (info[i].score <= 0) info[i].run = -1;
        info[i].score = 0.9f;
      }
    }
  }
  for (const size_t i : lower_given) {
    const size_t j = i + 2;
    if (j >= n || ts[i + 1].word || ts[i + 1].first != '-' || ts[i + 1].space_before ||
        ts[j].space_before || !ts[j].word || ts[j].capitalized || ts[i].end - ts[i].begin < 3 ||
        ts[j].end - ts[j].begin < 3 || ts[i].has_digit || ts[j].has_digit) {
      continue;
    }
    const uint32_t not_name = kStopWord | kConnector | kCommonWord | kCommonName | kMonth | kTitle |
                              kOrgWord | kKinCue | kPlacePrep;
    // The second part may be an everyday word too ("marie-claire").
    if (!(info[j].flags & kGivenName) || (info[i].flags & not_name) ||
        (info[j].flags & not_name & ~kCommonWord)) {
      continue;
    }
    if (info[i].score <= 0 && info[j].score <= 0) info[i].run = info[j].run = -1;
    info[i].score = std::max(info[i].score, 0.9f);
    info[j].score = std::max(info[j].score, 0.9f);
  }
  // "la señora rosa lopez", "don beto", "el doctor ramirez": a title in lower
  // case before a given name or surname in lower case (not English "miss",
  // "sir", "madam": "I miss rose", "yes sir will").
  for (const size_t k : lower_titles) {
    const size_t i = k + 1;
    if (i >= n || !ts[i].word || ts[i].capitalized || !ts[i].space_before ||
        ts[i].newline_before || ts[i].has_digit || !ts[i].has_letter || ts[i].end - ts[i].begin < 3 ||
        !(info[i].flags & (kGivenName | kSurname | kNameWord)) ||
        (info[i].flags & (kStopWord | kConnector | kMonth | kTitle | kOrgWord | kNameCue |
                          kKinCue | kSpeechCue | kPlacePrep))) {
      continue;
    }
    // A surname that is also a word needs more ("sénateur maire").
    if (!(info[i].flags & kGivenName) && lexicon_->IsDictionaryHash(ts[i].hash)) continue;
    const std::string_view tw = tk.Folded(ts[k]);
    if (tw == "miss" || tw == "sir" || tw == "madam" || tw == "mm" || tw == "ms" || tw == "ft" ||
        tw == "feat" || tw == "featuring" || tw == "starring" || tw == "agent" || tw == "officer" ||
        tw == "rep" || tw == "sen" || tw == "gov" || tw == "lt" || tw == "judge" || tw == "president") {
      continue;
    }
    lower_name_from(i);
  }

  // Social media write names in lower case: "was george with carmen today",
  // "happy birthday florence", "mike said". In English, a given name in lower
  // case is a name after such a cue or before a speech verb.
  if (english) {
    auto social_cue = [&](size_t k) {
      if (!ts[k].word || ts[k].capitalized) return false;
      const std::string_view w = tk.Folded(ts[k]);
      return w == "with" || w == "hey" || w == "hi" || w == "hello" || w == "thanks" ||
             w == "thx" || w == "birthday" || w == "bday" || w == "dear" || w == "congrats" ||
             w == "congratulations" || w == "yo" || w == "miss" || w == "love" || w == "met" ||
             w == "and" || w == "from" || w == "call" || w == "text" || w == "texted" ||
             w == "tell" || w == "ask" || w == "see" || w == "saw" || w == "meet" ||
             w == "meeting" || w == "hug" || w == "kiss" || w == "thank" || w == "wish";
    };
    // "my friend mike", "my sister jess": a kin word right before.
    auto kin_before = [&](size_t k) {
      return ts[k].word && !ts[k].capitalized && (info[k].flags & kKinCue) &&
             !(info[k].flags & kStopWord);
    };
    for (const size_t i : lower_given) {
      if (i == 0 || info[i].score > 0) continue;
      const Token& t = ts[i];
      // A town's name is a person's after a greeting or a kin word ("happy
      // birthday florence", "my cousin austin").
      const bool kin = kin_before(i - 1);
      const uint32_t not_name = kNotNameWord & ~(kin || social_cue(i - 1) ? kNotNameWord : 0u);
      if (!t.word || !t.space_before || t.newline_before || t.has_digit ||
          t.end - t.begin < 3 ||
          (info[i].flags & (kStopWord | kConnector | kMonth | kTitle | kOrgWord | kNameCue |
                            kKinCue | kSpeechCue | kPlacePrep | not_name | kCommonWord))) {
        continue;
      }
      // "talked to jake", "shoutout to mike": words that take a person.
      const bool person_words =
          ts[i - 1].word && !ts[i - 1].capitalized &&
          IsPersonContext(i >= 2 && ts[i - 2].word ? tk.Folded(ts[i - 2]) : std::string_view(),
                          tk.Folded(ts[i - 1]));
      const bool cue_before = social_cue(i - 1) || kin || person_words;
      const bool speech_after = i + 1 < n && ts[i + 1].word && (info[i + 1].flags & kSpeechCue);
      if (cue_before || speech_after) {
        info[i].score = 0.5f;
        info[i].run = -1;
      }
    }
  }

  // A speaker's label at a line start ("Koppány: \"Who are you?\"", "mika: ...")
  // and a name called at a sentence start ("Kuba, can I speak to your boss?").
  // In a dialogue (two lines or more open with one word and ':') the labels
  // are speakers: one in capitals ("HARRIS: My uncle..."), one that is an
  // ordinary word too ("Grace: we got to..."), one of no list before a
  // sentence in lower case ("Kwabena: ok call me"; not one a dictionary knows).
  auto label_at = [&](size_t k) {
    return k + 2 < n && ts[k].word && (k == 0 || ts[k].newline_before) && ts[k].capitalized &&
           !ts[k + 1].word && ts[k + 1].first == ':' && !ts[k + 1].space_before &&
           !ts[k + 2].newline_before;
  };
  int label_lines = 0;
  for (uint32_t i : place_starts) label_lines += label_at(i) ? 1 : 0;
  const bool dialogue = label_lines >= 2;
  for (uint32_t i : shaped) {
    TokenInfo& in = info[i];
    // The speaker of a dialogue: a listed name, also in capitals or when it
    // is an ordinary word, or a word of no list.
    const bool speaker = dialogue && in.score <= 0 && label_at(i) && in.place == 0 &&
                         !(in.flags & (kStopWord | kConnector | kOrgWord | kMonth | kTitle | kNameCue |
                                       kKinCue | kSpeechCue | kPlacePrep)) &&
                         ((in.flags & kGivenName) || !(in.flags & kNotNameWord)) &&
                         ((in.flags & (kGivenName | kSurname | kNameWord)) ||
                          (in.evidence == kUnknown && !ts[i].all_caps));
    if (speaker) {
      in.score = 0.9f;  // not the model's to drop: the dialogue says a speaker
      continue;
    }
    if (in.score > 0 || i + 2 >= n || ts[i + 1].word || ts[i].all_caps || in.place != 0 ||
        !in.sentence_start || (i > 0 && !ts[i].newline_before && ts[i - 1].word) ||
        (in.flags & (kStopWord | kConnector | kOrgWord | kMonth | kTitle | kNameCue | kKinCue |
                     kSpeechCue | kPlacePrep | kNotNameWord | kCommonWord))) {
      continue;
    }
    const bool listed = in.flags & (kGivenName | kSurname | kNameWord);
    const bool line_start = i == 0 || ts[i].newline_before;
    const Token& after = ts[i + 2];
    // A word of no list needs a quote after the colon, or a sentence that
    // opens with a capitalized word ("Leverett: What a wife.").
    if (ts[i + 1].first == ':' && line_start && !ts[i + 2].newline_before &&
        (listed || (in.evidence == kUnknown && !after.word &&
                    (after.first == '"' || after.first == 0x201C || after.first == 0xAB)) ||
         (in.evidence == kUnknown && ts[i].end - ts[i].begin >= 4 && after.word &&
          after.capitalized && !after.all_caps && after.has_letter && !after.has_digit &&
          i + 3 < n && ts[i + 3].word && !ts[i + 3].capitalized && !ts[i + 3].newline_before))) {
      in.score = 0.6f;
    } else if (ts[i + 1].first == ',' && ts[i].capitalized &&
               (in.evidence == kUnknown || (listed && in.evidence == kStrong)) && after.word &&
               !after.capitalized && !ts[i + 2].newline_before) {
      in.score = 0.5f;
    }
  }

  // A given name or surname is a person, also when it is a town or an
  // everyday word too, where the words after it say so: in Spanish, opening a sentence
  // before an object or reflexive pronoun and a verb, the one who acted
  // ("Guadalupe nos dio comida", "Israel me ayudó", "Santiago se fue");
  // opening a sentence before "y yo", "and I", "et moi" ("Esperanza y yo
  // salimos"); before a comma, a possessive and a kin word ("Trinidad, mi
  // cuñada, se quedó", "Grace, my sister,"). At 0.9: the model may not drop it.
  {
    auto plain_word = [&](size_t k) {
      return k < n && ts[k].word && ts[k].space_before && !ts[k].newline_before &&
             !ts[k].capitalized && !ts[k].has_digit;
    };
    auto folded_is = [&](size_t k, std::initializer_list<std::string_view> words) {
      if (k >= n || !ts[k].word) return false;
      const std::string_view w = tk.Folded(ts[k]);
      for (std::string_view x : words) {
        if (w == x) return true;
      }
      return false;
    };
    for (uint32_t i : shaped) {
      TokenInfo& in = info[i];
      // A month that is a given name only where a verb and an object
      // pronoun follow ("June helped me").
      const uint32_t month = (in.flags & kMonth) && english ? 0u : kMonth;
      if (in.score > 0 || !ts[i].capitalized || ts[i].all_caps || i + 2 >= n ||
          (in.evidence == kBlocked && !(english && (in.flags & kMonth))) ||
          !(in.flags & (kGivenName | kSurname)) ||
          (in.flags & (kStopWord | kConnector | month | kTitle | kOrgWord | kKinCue | kNameCue |
                       kSpeechCue | kPlacePrep | kDemonym | kInstitution))) {
        continue;
      }
      // English: a verb in the past and an object pronoun ("June helped
      // me", "Hope told us").
      const bool acted_en =
          english && in.sentence_start && plain_word(i + 1) && plain_word(i + 2) &&
          folded_is(i + 2, {"me", "us", "him", "her", "them"}) &&
          ((tk.Folded(ts[i + 1]).size() > 4 && tk.Folded(ts[i + 1]).ends_with("ed")) ||
           folded_is(i + 1, {"told", "gave", "took", "sent", "brought", "left", "got", "let", "made",
                             "paid", "sold", "kept", "met", "hit", "saw", "found", "called",
                             "drove", "lent", "showed", "taught"}));
      if (in.flags & kMonth) {
        if (acted_en) in.score = 0.9f;
        continue;
      }
      // French: an object pronoun and "a" or "avait" ("Victoire m'a prêté",
      // "Victoire nous a aidés").
      const bool acted_fr =
          french && in.sentence_start && plain_word(i + 1) && i + 3 < n &&
          ((folded_is(i + 1, {"m", "t", "l"}) && !ts[i + 2].word &&
            (ts[i + 2].first == '\'' || ts[i + 2].first == 0x2019) && ts[i + 3].word &&
            !ts[i + 3].space_before && folded_is(i + 3, {"a", "avait"})) ||
           (folded_is(i + 1, {"nous", "vous"}) && plain_word(i + 2) &&
            folded_is(i + 2, {"a", "avait"})));
      // "Faith and her husband Mark", "Fe y su esposo": a person and kin.
      const bool and_kin = plain_word(i + 1) && folded_is(i + 1, {"y", "and", "et", "ak"}) &&
                           plain_word(i + 2) &&
                           folded_is(i + 2, {"su", "sus", "his", "her", "their", "sa", "son", "ses"}) &&
                           plain_word(i + 3) && (info[i + 3].flags & kKinCue) &&
                           !(info[i + 3].flags & kStopWord);
      // At a sentence start, or after a word opening it ("Después Juárez me pegó").
      const bool opens = in.sentence_start || (i > 0 && ts[i - 1].word && info[i - 1].sentence_start &&
                                               (info[i - 1].flags & kStopWord) && ts[i].space_before);
      const bool acted = !english && !french && opens && plain_word(i + 1) &&
                         plain_word(i + 2) && IsPronounBeforeVerb(tk.Folded(ts[i + 1]));
      const bool and_i = in.sentence_start && plain_word(i + 1) &&
                         folded_is(i + 1, {"y", "and", "et", "ak"}) && ts[i + 2].word &&
                         ts[i + 2].space_before && folded_is(i + 2, {"yo", "i", "moi", "mwen"});
      const bool kin_apposition =
          !ts[i + 1].word && ts[i + 1].first == ',' && i + 3 < n && plain_word(i + 2) &&
          folded_is(i + 2, {"mi", "my", "ma", "mon", "su", "his", "her", "our", "nuestra", "nuestro"}) &&
          plain_word(i + 3) && (info[i + 3].flags & kKinCue) && !(info[i + 3].flags & kStopWord);
      // The same verb and object pronoun shouted in capitals ("Victoria ME
      // PEGÓ", "Florence M'A FRAPPÉE"): a headline names no one as "me".
      auto caps_word = [&](size_t k) {
        return k < n && ts[k].word && ts[k].capitalized && !ts[k].has_digit && !ts[k].newline_before &&
               (ts[k].all_caps || ts[k].end - ts[k].begin == 1);
      };
      const bool acted_caps =
          opens && (CapsActAfter(tk, ts, i + 1) ||
                    (french && caps_word(i + 1) && ts[i + 1].space_before && i + 4 < n &&
                     folded_is(i + 1, {"m", "t", "l"}) && !ts[i + 2].word &&
                     (ts[i + 2].first == '\'' || ts[i + 2].first == 0x2019) && caps_word(i + 3) &&
                     !ts[i + 3].space_before && folded_is(i + 3, {"a", "avait"}) && caps_word(i + 4) &&
                     ts[i + 4].end - ts[i + 4].begin >= 3) ||
                    // "Victoria NOUS A FRAPPÉS"
                    (french && caps_word(i + 1) && ts[i + 1].space_before && folded_is(i + 1, {"nous", "vous"}) &&
                     caps_word(i + 2) && ts[i + 2].space_before && folded_is(i + 2, {"a", "avait"}) &&
                     caps_word(i + 3) && ts[i + 3].space_before && ts[i + 3].end - ts[i + 3].begin >= 3));
      if (acted || acted_en || acted_fr || acted_caps || and_i || and_kin || kin_apposition) in.score = 0.9f;
    }
  }

  // Lists of names: "Matheus, Kevin, Brittany and Terri", "MM. Simon, Tillat,
  // Bruchet": an item of a list whose other items are mostly names is a name
  // too (here "Brittany", a region, and "Tillat", a word of no list).
  {
    struct Item {
      size_t begin, end;  // token range, inclusive
      bool flagged, candidate;
    };
    auto is_and = [&](size_t k) {
      if (!ts[k].word || ts[k].capitalized) return false;
      std::string_view w = tk.Folded(ts[k]);
      return w == "and" || w == "et" || w == "y" || w == "e" || w == "or" || w == "ou" || w == "o";
    };
    // The first token of the item after the one ending at e, or n. Line-ups
    // and tables part their items by ';' or a spaced dash too, and an item
    // may carry its team or country and a figure ("Barthez – Thuram, Blanc",
    // "Ronaldo (Barcelona) 25 goles; Pizzi (Barcelona) 16"); "y a", "and
    // to" repeat a preposition ("a Hierro y a Caminero").
    auto next_item = [&](size_t e) -> size_t {
      size_t k = e + 1;
      if (k < n && !ts[k].word && ts[k].first == '(' && !ts[k].newline_before) {
        size_t c = k + 1;
        while (c < n && c <= k + 6 && !ts[c].newline_before && ts[c].first != ')' && ts[c].first != '(') ++c;
        if (c >= n || c > k + 6 || ts[c].first != ')') return n;
        k = c + 1;
        if (k < n && ts[k].word && ts[k].has_digit && !ts[k].has_letter && !ts[k].newline_before) {
          ++k;
          if (k < n && ts[k].word && !ts[k].capitalized && !ts[k].has_digit && !is_and(k) &&
              !ts[k].newline_before) {
            ++k;  // "25 goles"
          }
        }
      }
      const bool dash = k < n && !ts[k].word && (ts[k].first == 0x2013 || ts[k].first == '-') &&
                        ts[k].space_before && k + 1 < n && ts[k + 1].space_before;
      if (k < n && !ts[k].word && (ts[k].first == ',' || ts[k].first == '&' || ts[k].first == ';' || dash)) ++k;
      else if (!(k < n && is_and(k))) return n;
      if (k < n && is_and(k)) {
        ++k;
        if (k + 1 < n && ts[k].word && !ts[k].capitalized && ts[k + 1].word &&
            (tk.Folded(ts[k]) == "a" || tk.Folded(ts[k]) == "to")) {
          ++k;
        }
      }
      if (k >= n || !ts[k].word || ts[k].newline_before) return n;
      return k;
    };
    // "pamela, donna and brian": a given name in lower case that is no
    // everyday word but may be a dictionary's.
    auto lower_given_item = [&](size_t k) {
      return ts[k].word && !ts[k].capitalized && ts[k].has_letter && !ts[k].has_digit &&
             ts[k].end - ts[k].begin >= 3 && (info[k].flags & kGivenName) &&
             !(info[k].flags & (kStopWord | kConnector | kMonth | kTitle | kOrgWord | kNameCue |
                                kKinCue | kSpeechCue | kPlacePrep | kNotNameWord | kCommonWord));
    };
    // "with yesenia, wendy & brayan": a lower-case word of no list and no
    // dictionary among names (judged as a word of no list: two thirds of the
    // others must be names).
    auto lower_unknown_item = [&](size_t k) {
      const PlaceEntry* entry = nullptr;
      return ts[k].word && !ts[k].capitalized && ts[k].has_letter && !ts[k].has_digit &&
             ts[k].end - ts[k].begin >= 4 && info[k].place == 0 && !(info[k].flags & ~kNameWord) &&
             !lexicon_->IsDictionaryHash(ts[k].hash) && places_->MatchAt(tk, k, &entry) == k;
    };
    auto parse_item = [&](size_t s) {
      Item it{s, s, info[s].score > 0, false};
      if (it.flagged) {  // a flagged name of several words is one item
        while (it.end + 1 < n && info[it.end + 1].score > 0 && ts[it.end + 1].word) ++it.end;
        return it;
      }
      const TokenInfo& in = info[s];
      if (lower_given_item(s)) {
        it.candidate = true;
        return it;
      }
      if (lower_unknown_item(s)) {
        it.candidate = true;
        return it;
      }
      if (!ts[s].word || !in.name_shape || in.evidence == kBlocked || in.place == 1 ||
          ts[s].all_caps || (in.flags & (kStopWord | kConnector | kOrgWord | kMonth | kTitle))) {
        return it;
      }
      it.candidate = ts[s].capitalized || (in.flags & (kGivenName | kSurname | kNameWord));
      return it;
    };
    std::vector<Item> list;
    // "notamment à Siena, Volperra et Poggibonsi", "in Xela, Coatepeque and
    // Tecún": after a place preposition, a list of words of no name list is
    // a list of towns; none of them is a person.
    auto place_list = [&] {
      const long p = prev_word(list[0].begin);
      if (p < 0 || ts[p].capitalized) return false;
      const std::string_view raw = text.substr(ts[p].begin, ts[p].end - ts[p].begin);
      if (!(info[p].flags & kPlacePrep) && raw != "\xC3\xA0" && !(french && raw == "a")) {
        return false;
      }
      size_t listed = 0;
      for (const Item& it : list) {
        const TokenInfo& in = info[it.begin];
        if (it.end != it.begin || !ts[it.begin].capitalized || ts[it.begin].all_caps) return false;
        if (in.flags & (kGivenName | kSurname | kNameWord)) ++listed;
      }
      return listed * 2 < list.size();
    };
    auto judge = [&] {
      if (list.size() >= 3 && place_list()) {
        // Only words of no list that the rules took for names in passing
        // (a given name after "à" may be a person's: "à Marie").
        for (const Item& it : list) {
          TokenInfo& in = info[it.begin];
          if (!(in.flags & (kGivenName | kSurname | kNameWord)) && in.score < 0.7f) in.score = 0;
        }
        list.clear();
        return;
      }
      if (list.size() >= 3) {
        int flagged = 0;
        for (const Item& it : list) flagged += it.flagged;
        for (size_t x = 0; x < list.size(); ++x) {
          const Item& it = list[x];
          if (it.flagged || !it.candidate) continue;
          const int others = static_cast<int>(list.size()) - 1;
          const bool both_sides = x > 0 && x + 1 < list.size() && list[x - 1].flagged &&
                                  list[x + 1].flagged;
          // A given name in lower case needs half of the others to be names,
          // any other word two thirds.
          const bool given = (info[it.begin].flags & kGivenName) && !ts[it.begin].capitalized;
          const bool enough = given ? flagged * 2 >= others : flagged * 3 >= others * 2;
          if (flagged >= 2 && (both_sides || (enough && info[it.begin].place == 0))) {
            // Outside English a lower-case item is as sure as the names
            // around it: the model would drop it ("con yesenia, wendy y
            // xiomyra").
            info[it.begin].score = !english && !ts[it.begin].capitalized ? 0.9f : 0.6f;
            info[it.begin].run = -1;
          }
        }
      }
      list.clear();
    };
    // Lists start at a capitalized word or a lower-case given name; only those
    // tokens are visited (a pass over every token would cost as much as the rest).
    std::vector<uint32_t> starts(shaped.size() + lower_given.size());
    std::merge(shaped.begin(), shaped.end(), lower_given.begin(), lower_given.end(),
               starts.begin());
    size_t pos = 0;  // first token not yet in a judged list
    for (const size_t s : starts) {
      if (s < pos) continue;
      size_t i = s;
      while (true) {
        if (!ts[i].word || (info[i].score <= 0 && !info[i].name_shape && !lower_given_item(i) &&
                            !(i > s && lower_unknown_item(i)))) {
          judge();
          pos = i + 1;
          break;
        }
        const Item it = parse_item(i);
        if (!it.flagged && !it.candidate) {
          judge();
          pos = it.end + 1;
          break;
        }
        list.push_back(it);
        const size_t next = next_item(it.end);
        if (next == n) {
          judge();
          pos = it.end + 1;
          break;
        }
        i = next;
      }
    }
    judge();
  }

  // Lists written one item a line, after a dash, bullet or number ("- Pedro
  // (hermano)", "2. Ever", "3. Dilcia"): in a run of three or more such
  // lines whose first word is a capitalized word, one whose first word the
  // rules left is a name when two thirds of the others are.
  {
    struct LineItem {
      size_t word;  // the item's first word
    };
    std::vector<LineItem> items;
    auto judge_lines = [&] {
      if (items.size() >= 3) {
        size_t flagged = 0;
        for (const LineItem& it : items) flagged += info[it.word].score > 0;
        for (const LineItem& it : items) {
          TokenInfo& in = info[it.word];
          if (in.score >= 0.9f || in.evidence == kBlocked || in.place != 0 || ts[it.word].all_caps ||
              (in.flags & (kStopWord | kConnector | kOrgWord | kMonth | kTitle | kPlacePrep))) {
            continue;
          }
          // Sure: at a line start the model reads it as a sentence's first word.
          if (flagged * 3 >= (items.size() - 1) * 2) {
            if (in.score <= 0) in.run = -1;
            in.score = 0.9f;
          }
        }
      }
      items.clear();
    };
    for (const size_t i : line_starts) {
      // The marker: '-', '*', '•', or digits and '.' or ')'.
      size_t k = i;
      if (!ts[k].word && (ts[k].first == '-' || ts[k].first == '*' || ts[k].first == 0x2022)) {
        ++k;
      } else if (ts[k].word && ts[k].has_digit && !ts[k].has_letter && ts[k].end - ts[k].begin <= 2 &&
                 k + 1 < n && !ts[k + 1].word && (ts[k + 1].first == '.' || ts[k + 1].first == ')')) {
        k += 2;
      } else {
        judge_lines();
        continue;
      }
      // "la Güera": an article may open the item.
      if (k + 1 < n && ts[k].word && !ts[k].capitalized && (tk.Folded(ts[k]) == "la" || tk.Folded(ts[k]) == "el")) {
        ++k;
      }
      if (k >= n || ts[k].newline_before || !ts[k].word || !info[k].name_shape || !ts[k].capitalized) {
        judge_lines();
        continue;
      }
      items.push_back({k});
    }
    judge_lines();
  }

  // "#JusticiaParaWilmer", "#BuscamosAKevinLopez": a hashtag written in
  // camel case that holds a given name or surname of no dictionary after
  // its first part is removed whole (the name cannot be cut out of it).
  for (const uint32_t i : hashtags) {
    const std::string_view raw = text.substr(ts[i].begin, ts[i].end - ts[i].begin);
    bool name = false;
    size_t part = 0;
    for (size_t k = 1; k <= raw.size() && !name; ++k) {
      if (k < raw.size() && !(raw[k] >= 'A' && raw[k] <= 'Z')) continue;
      if (part > 0 && k - part >= 3) {
        const std::string folded = text::Fold(raw.substr(part, k - part));
        const uint64_t hash = text::FoldedHash(folded);
        const uint32_t f = lexicon_->FlagsOfHash(hash);
        name = (f & (kGivenName | kSurname)) && !(f & (kCommonWord | kStopWord | kNotNameWord)) &&
               !lexicon_->IsDictionaryHash(hash);
      }
      part = k;
    }
    if (!name) name = MournsWishesOrDefendsSomeone(raw);
    if (name) {
      info[i].score = 0.9f;
      info[i].run = -1;
    }
  }

  // The model's second opinion (name_model.h) on every flagged word and every
  // capitalized word the rules passed over.
  auto facts = [&](long k, NameTokenFacts* f) {
    if (k < 0 || static_cast<size_t>(k) >= n) return;
    const Token& t = ts[k];
    const TokenInfo& in = info[k];
    f->present = true;
    f->word = t.word;
    f->punct = t.word ? 0 : t.first;
    f->space_before = t.space_before;
    f->newline_before = t.newline_before;
    if (!t.word) return;
    f->hash = t.hash;
    f->folded = tk.Folded(t);
    f->flags = in.flags;
    f->evidence = in.name_shape ? in.evidence : kWord;
    f->place = in.place;
    f->length = static_cast<uint8_t>(std::min<uint32_t>(t.end - t.begin, 255));
    f->capitalized = t.capitalized;
    f->all_caps = t.all_caps;
    f->has_digit = t.has_digit;
    f->sentence_start = in.sentence_start;
    f->rule_score = in.score;
  };
  if (model_ != nullptr || observer_) {
    std::vector<std::pair<uint32_t, float>> changes;  // judged after all windows are read
    NameWindow w;  // refilled for each candidate (cheaper than a new one)
    w.language = language;
    const TokenInfo* const infos = info.data();
    for (size_t i = 0; i < n; ++i) {
      // Most tokens are neither flagged nor shaped like a name: a tight
      // loop passes over them (each would stop at the test below).
      while (i < n && infos[i].score <= 0 && !infos[i].name_shape) ++i;
      if (i == n) break;
      const TokenInfo& in = info[i];
      const bool flagged = in.score > 0;
      if (!flagged && !(in.name_shape && ts[i].capitalized && in.evidence != kBlocked &&
                        !(in.flags & (kStopWord | kConnector)))) {
        continue;
      }
      // The tests of MayDrop() and MayAdd() that read the word alone, asked
      // before its window is built: most candidates stop here.
      if (!observer_ && (flagged ? in.score >= 0.9f
                                 : in.run < 0 || in.place != 0 || in.sentence_start || ts[i].all_caps)) {
        continue;
      }
      // MayDrop() and MayAdd() read the word and its next neighbours only:
      // the outer two are filled for the few windows that go on.
      for (int d = 1; d < 4; ++d) {
        w.at[d] = NameTokenFacts();
        facts(static_cast<long>(i) + d - 2, &w.at[d]);
      }
      // Only windows whose word the model may change are scored.
      if (!observer_ && !(flagged ? NameModel::MayDrop(w) : in.run >= 0 && NameModel::MayAdd(w))) {
        continue;
      }
      for (int d : {0, 4}) {
        w.at[d] = NameTokenFacts();
        facts(static_cast<long>(i) + d - 2, &w.at[d]);
      }
      w.at[2].dictionary = lexicon_->IsDictionaryHash(ts[i].hash);
      if (observer_) {
        observer_(w, ts[i].begin, ts[i].end);
        continue;
      }
      const float s = model_->Score(w);
      if (flagged && s < model_->drop_threshold()) changes.emplace_back(i, 0.0f);
      if (!flagged && s >= model_->add_threshold()) changes.emplace_back(i, 0.6f);
    }
    for (const auto& [i, score] : changes) info[i].score = score;
    // Outside English, a name in lower case is never cut in two ("jorge
    // hernández" would leave "hernández"): a word the model dropped next to a
    // word of the same lower-case name that it kept is kept too.
    for (bool again = !english; again;) {
      again = false;
      for (const auto& [i, score] : changes) {
        if (score > 0 || info[i].score > 0 || info[i].run >= 0 || ts[i].capitalized ||
            ts[i].end - ts[i].begin < 3 || (info[i].flags & (kStopWord | kConnector))) {
          continue;
        }
        const bool left = i > 0 && ts[i - 1].word && info[i - 1].score > 0 && info[i - 1].run < 0 &&
                          !ts[i].newline_before;
        const bool right = i + 1 < n && ts[i + 1].word && info[i + 1].score > 0 &&
                           info[i + 1].run < 0 && !ts[i + 1].newline_before;
        if (left || right) {
          info[i].score = 0.6f;
          again = true;
        }
      }
    }
  }
  // "Yorman y Yeferson me quitaron", "Roselène, Guerline et moi": a word of
  // no list opening a sentence, before a comma or "and" and a name found,
  // is the first of a list of people.
  for (const size_t i : list_heads) {
    if (info[i].score > 0 || info[i].place != 0 || !ts[i].capitalized || i + 2 >= n) continue;
    const Token& joiner = ts[i + 1];
    bool joined = false;
    if (!joiner.word) {
      joined = joiner.first == ',' && !joiner.space_before;
    } else {
      const std::string_view j = tk.Folded(joiner);
      joined = j == "y" || j == "e" || j == "and" || j == "et" || j == "ak";
    }
    const Token& next = ts[i + 2];
    if (joined && next.word && next.capitalized && !next.all_caps && !next.newline_before &&
        !joiner.newline_before && info[i + 2].score > 0 && info[i + 2].place == 0 &&
        // Not a street and its number ("Maarit and Hersnapvej 75").
        !(i + 3 < n && ts[i + 3].word && ts[i + 3].has_digit)) {
      info[i].score = 0.9f;
    }
  }
  // "Kofi, Ama and Yaw crossed the river", "Kwame and Yaw stayed in
  // Tapachula": two to four capitalized words joined by commas and a
  // last "and", "y", "et", "ak", as the subject of a verb, are people,
  // though none or only some were found. Not places ("Chiapas, Oaxaca y
  // Veracruz tienen..."), institutions, titles, months or nationalities;
  // a dictionary word only mid-sentence (its capital says a name there);
  // one of them a given name found or a word of no dictionary and of no
  // list of words that are never names (brands: "Facebook, Instagram and
  // TikTok were"); organisations the redactor keeps later anyway.
  // The word before the joiner is capitalized: pass 1 listed every such
  // word in place_starts (in order), so the joiners are read from there
  // rather than from every token.
  for (const uint32_t before : place_starts) {
    const size_t j = before + 1;
    if (j + 2 >= n) break;
    // Capitalized words on both sides first: few joiners have them.
    if (!ts[j + 1].capitalized || !ts[j - 1].capitalized) continue;
    const char32_t c = ts[j].first;
    if ((c != 'a' && c != 'e' && c != 'y') || !ts[j].word || ts[j].end - ts[j].begin > 3) continue;
    const std::string_view joiner = tk.Folded(ts[j]);
    if (joiner != "and" && joiner != "y" && joiner != "et" && joiner != "ak" && joiner != "e") continue;
    auto member = [&](size_t k) {
      const Token& t = ts[k];
      if (!t.word || !t.capitalized || t.all_caps || t.has_digit || !t.has_letter || t.end - t.begin < 2 ||
          info[k].place != 0 ||
          info[k].evidence == kBlocked ||
          (info[k].flags & (kStopWord | kMonth | kTitle | kOrgWord | kInstitution | kDemonym | kConnector |
                            kPlacePrep | kOrgSuffix | kPlaceSuffix | kHonorific | kPostCue | kRoleCue))) {
        return false;
      }
      if (info[k].score > 0) return true;
      if (!info[k].sentence_start) return true;
      return !lexicon_->IsDictionaryHash(t.hash) && !(info[k].flags & (kCommonWord | kNotNameWord));
    };
    // A given name found ("Rose and Yaw") or a word of no dictionary
    // ("Kofi"); not a found surname that is a word ("Rice, Beans and Corn
    // were all we had").
    auto anchor = [&](size_t k) {
      return (info[k].score > 0 && (info[k].flags & kGivenName)) ||
             (!lexicon_->IsDictionaryHash(ts[k].hash) && !(info[k].flags & (kCommonWord | kNotNameWord)));
    };
    const size_t last = j + 1;
    if (ts[j].newline_before || ts[last].newline_before || !member(last) || !member(j - 1)) continue;
    // The verb after the list: a word in lower case, not an article or a
    // preposition ("Kofi and Yaw in Tapachula" names no act), or an object
    // pronoun or an auxiliary before it ("Yorman y Yeferson me quitaron",
    // "Kofi, Ama et Yaw ont traversé").
    const size_t v = last + 1;
    if (v >= n || !ts[v].word || ts[v].capitalized || ts[v].has_digit || ts[v].newline_before) continue;
    const uint32_t vf = info[v].flags;
    if (vf & (kConnector | kPlacePrep | kStopWord)) {
      static const std::unordered_set<std::string_view> kAux = {
          "ont", "sont", "avaient", "etaient", "han", "habian", "se", "have", "had", "were", "are",
          "did", "te", "me", "nos", "nou", "yo"};
      if (!(vf & kObjectPronoun) && kAux.count(tk.Folded(ts[v])) == 0) continue;
    }
    std::vector<size_t> members = {last, j - 1};
    // Back over ", Word" pairs: "Kofi, Ama and".
    size_t k = j - 1;
    while (members.size() < 4 && k >= 2 && !ts[k - 1].word && ts[k - 1].first == ',' && !ts[k - 1].space_before &&
           !ts[k].newline_before && member(k - 2)) {
      k -= 2;
      members.push_back(k);
    }
    // A longer enumeration is an inventory, not the people of a crossing.
    if (k >= 2 && !ts[k - 1].word && ts[k - 1].first == ',' && ts[k - 2].word && ts[k - 2].capitalized) continue;
    // The list opens its clause: after a mark, or a word that opens one;
    // not after an article or a preposition ("chief of the Duwamish and
    // Suquamish peoples", "que de Dion et Bouton prolongeaient").
    if (k > 0 && ts[k - 1].word && !ts[k].newline_before) {
      static const std::unordered_set<std::string_view> kOpeners = {
          "and", "but", "then", "later", "so", "when", "y", "e", "pero", "luego", "despues", "entonces",
          "cuando", "et", "puis", "mais", "ensuite", "quand", "epi", "le", "apre", "men"};
      if (kOpeners.count(tk.Folded(ts[k - 1])) == 0) continue;
    }
    bool anchored = false;
    for (const size_t m : members) anchored = anchored || anchor(m);
    if (!anchored) continue;
    for (const size_t m : members) {
      if (info[m].score <= 0) info[m].score = 0.9f;
    }
  }
  // The tagger's proposals (name_tagger.h): words the rules and the model left.
  if (tagger_ != nullptr || tagger_observer_) {
    std::vector<size_t> added;  // judged on the rules' decisions alone
    NameWindow w;
    w.language = language;
    for (size_t i = 0; i < n; ++i) {
      // What NameTagger::MayTag refuses at once, read before the window is
      // built. Training also sees the flagged words (what names look like).
      const bool uncased = !ts[i].capitalized || info[i].sentence_start;
      if (!ts[i].word || !ts[i].has_letter || ts[i].has_digit || info[i].place != 0 ||
          (info[i].score > 0 && !tagger_observer_) ||
          (info[i].flags & (kStopWord | kConnector | kPlacePrep)) ||
          (!ts[i].capitalized && !(info[i].flags & (kGivenName | kSurname))) ||
          (uncased && (info[i].flags & (kCommonWord | kCommonName)))) {
        continue;
      }
      const bool dictionary = lexicon_->IsDictionaryHash(ts[i].hash);
      if (uncased && dictionary) continue;
      for (int d = 0; d < 5; ++d) {
        w.at[d] = NameTokenFacts();
        facts(static_cast<long>(i) + d - 2, &w.at[d]);
      }
      NameTagger::KeepSentence(&w);
      w.at[2].rule_score = 0;
      w.at[2].dictionary = dictionary;
      if (!NameTagger::MayTag(w)) continue;
      // No place of any gazetteer is added, whatever its case or context
      // ("houston is hot today"); asked last, for the few words it concerns.
      if (tagger_observer_) {
        if (places_->Lookup(tk.Folded(ts[i])) == nullptr) tagger_observer_(w, ts[i].begin, ts[i].end);
      } else if (tagger_->Score(w) >= tagger_->threshold() && places_->Lookup(tk.Folded(ts[i])) == nullptr) {
        added.push_back(i);
      }
    }
    for (size_t i : added) info[i].score = 0.5f;
  }

  // English: a name found in lower case after its cue ("my name is borna
  // jerković") comes back in lower case as the same person ("everyone calls
  // me borna"); the echo above ran before the lower-case cues. Only words
  // that may echo (no function, cue or common word) and no place.
  if (english && !lower_words.empty()) {
    std::vector<uint64_t> cued;
    for (uint32_t i : lower_words) {
      if (!ts[i].capitalized && info[i].score >= 0.9f) cued.push_back(ts[i].hash);
    }
    if (!cued.empty()) {
      std::sort(cued.begin(), cued.end());
      for (uint32_t i : lower_words) {
        TokenInfo& in = info[i];
        if (ts[i].capitalized || in.score > 0 || in.evidence == kBlocked || in.place != 0 ||
            !std::binary_search(cued.begin(), cued.end(), ts[i].hash)) {
          continue;
        }
        in.run = -1;
        in.score = 0.9f;
      }
    }
  }

  // Pass 4: spans of consecutive flagged words of one run.
  std::vector<Finding>& out = result->findings;
  std::string key;
  const TokenInfo* const infos = info.data();
  for (size_t i = 0; i < n;) {
    if (infos[i].score <= 0) {
      // A tight loop to the next flagged word (most tokens are none).
      do {
        ++i;
      } while (i < n && infos[i].score <= 0);
      continue;
    }
    size_t last = i;
    float conf = info[i].score;
    const int run = info[i].run;
    if (run >= 0) {
      const std::span<const size_t> words(run_words.data() + runs[run].begin,
                                          runs[run].end - runs[run].begin);
      auto pos = std::find(words.begin(), words.end(), i);
      for (++pos; pos != words.end() && info[*pos].score > 0; ++pos) {
        last = *pos;
        conf = std::max(conf, info[*pos].score);
      }
    } else {  // lower-case words after a cue: "borna jerković", "marie-claire"
      while (true) {
        if (last + 1 < n && ts[last + 1].word && info[last + 1].score > 0 &&
            info[last + 1].run < 0 && !ts[last + 1].newline_before) {
          ++last;
        } else if (last + 2 < n && !ts[last + 1].word && ts[last + 1].first == '-' &&
                   !ts[last + 1].space_before && !ts[last + 2].space_before && ts[last + 2].word &&
                   info[last + 2].score > 0 && info[last + 2].run < 0) {
          last += 2;
        } else {
          break;
        }
        conf = std::max(conf, info[last].score);
      }
    }
    // A span that ends in a particle stopped where no surname followed. One
    // word in capitals before a particle and an ordinary word in capitals
    // is a headline's ("MARINE DE COMMERCE", "AVIS DE CONVOI"), while a
    // name before a word of no dictionary stays ("JEANNE DE KERGUELEN"
    // keeps "JEANNE DE"). The particle otherwise stays in the span: corpora
    // label it with the name ("Fernandez De la Puebla").
    size_t next = last + 1;
    if (last > i && ts[last].word && (info[last].flags & kConnector)) {
      size_t kept_last = last;
      while (kept_last > i && (!ts[kept_last].word || (info[kept_last].flags & kConnector))) --kept_last;
      int words = 0;
      bool all_caps = true;
      for (size_t k = i; k <= kept_last; ++k) {
        if (!ts[k].word) continue;
        ++words;
        all_caps = all_caps && ts[k].all_caps;
      }
      size_t after = last + 1;
      while (after < n && !ts[after].word && after - last < 3) ++after;
      const bool headline_word_after =
          after < n && ts[after].word && ts[after].all_caps && ts[after].end - ts[after].begin >= 3 &&
          ((info[after].flags & (kCommonWord | kStopWord)) || lexicon_->IsDictionaryHash(ts[after].hash)) &&
          // "MARÍA DE LA PAZ", "JOSÉ DE LA CRUZ": a composed given name.
          (info[after].flags & kGivenName) == 0;
      // French news only: in a Spanish testimony capitals are a form's,
      // and "MARÍA DE LOS ÁNGELES", "JUAN DE DIOS" a person's name.
      if (french && words == 1 && all_caps && headline_word_after) {
        i = next;
        continue;
      }
      // "MARÍA DE LA PAZ", "José de la Cruz": a given name after the
      // particle ends a composed given name; it is the person's too.
      size_t given = after;  // past the particles: "MARÍA DE |LOS |ÁNGELES"
      for (int particles = 0; particles < 2 && given + 1 < n && ts[given].word &&
                              (info[given].flags & kConnector) && ts[given + 1].word;
           ++particles) {
        ++given;
      }
      // "JUAN DE DIOS", "JOSÉ DE JESÚS": outside French, the word that ends
      // the run of the name after its particle, in capitals like the name
      // ("Dios" is an everyday word too).
      const bool run_end = !french && all_caps && run >= 0 && given < n && info[given].run == run &&
                           !(info[given].flags & (kStopWord | kMonth | kOrgWord | kTitle));
      if (given < n && ts[given].word && !ts[given].newline_before &&
          ((info[given].flags & kGivenName) || run_end) &&
          (all_caps ? ts[given].all_caps : NameShape(ts[given]))) {
        last = given;
        next = last + 1;
      }
    }
    key.clear();
    for (size_t k = i; k <= last; ++k) {
      if (!ts[k].word || (info[k].flags & kConnector)) continue;
      if (!key.empty()) key.push_back(' ');
      key.append(tk.Folded(ts[k]));
    }
    result->keys.push_back(key);
    Finding f;
    size_t first = TitledParticles(tk, info, i);
    // English: a title written without its period, in the run of the name,
    // belongs to it ("Mr Ehrlich", "President Jonathan"), as the English
    // corpora label it ("Mr. Baader" they label without the title).
    if (english && first == i && i > 0 && !ts[i].newline_before) {
      const size_t q = i - 1;
      const std::string_view t = ts[q].word ? tk.Folded(ts[q]) : std::string_view();
      const bool credit = t == "ft" || t == "feat" || t == "featuring" || t == "starring";
      if (ts[q].word && ts[q].capitalized && (info[q].flags & kTitle) && !credit &&
          info[q].run == info[i].run && q + 1 == i) {
        first = q;
      }
    }
    f.begin = ts[first].begin;
    f.end = ts[last].end;
    f.type = IdentifierType::kPersonName;
    f.detector = "names";
    f.confidence = conf;
    out.push_back(f);
    i = next;
  }
  if (with_pronouns) result->tokens = std::move(tk);  // (nothing above changes them)
}

std::unique_ptr<NameDetector> NameDetector::Create(std::string* error) {
  return Create(false, true, false, nullptr, nullptr, error);
}

std::unique_ptr<NameDetector> NameDetector::CreateWithTagger(std::string* error) {
  return Create(false, true, true, nullptr, nullptr, error);
}

std::unique_ptr<NameDetector> NameDetector::CreateRulesOnly(CandidateObserver observer,
                                                            bool learned_lists,
                                                            std::string* error) {
  return Create(true, learned_lists, false, std::move(observer), nullptr, error);
}

std::unique_ptr<NameDetector> NameDetector::CreateWithoutTagger(CandidateObserver tagger_observer,
                                                                bool learned_lists,
                                                                std::string* error) {
  return Create(false, learned_lists, false, nullptr, std::move(tagger_observer), error);
}

std::unique_ptr<NameDetector> NameDetector::Create(bool rules_only, bool learned_lists, bool tagger,
                                                   CandidateObserver observer,
                                                   CandidateObserver tagger_observer,
                                                   std::string* error) {
  const NameLexicon* lexicon = NameLexicon::Default(error, learned_lists);
  if (lexicon == nullptr) return nullptr;
  const PlaceIndex* places = DefaultPlaceIndex(error);
  if (places == nullptr) return nullptr;
  const NameModel* model = nullptr;
  if (!rules_only) {
    model = NameModel::Default(error);
    if (model == nullptr) return nullptr;
  }
  const NameTagger* name_tagger = nullptr;
  if (tagger) {
    name_tagger = NameTagger::Default(error);
    if (name_tagger == nullptr) return nullptr;
  }
  return std::make_unique<GazetteerNameDetector>(lexicon, places, model, std::move(observer),
                                                 name_tagger, std::move(tagger_observer));
}

}  // namespace amparo::redaction
