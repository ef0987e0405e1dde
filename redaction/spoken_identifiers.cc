#include "redaction/spoken_identifiers.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"
#include "redaction/word_runs.h"

namespace amparo::redaction {
namespace {

// Records text[begin, end) as an identifier this pass found: spelled out in
// words or glued to a name, so less certain than a pattern's typed match.
void AddSpokenFinding(size_t begin, size_t end, IdentifierType type, std::vector<Finding>* findings) {
  Finding f;
  f.begin = begin;
  f.end = end;
  f.type = type;
  f.detector = "pattern";
  f.confidence = 0.8f;
  findings->push_back(f);
}

constexpr const char* kJoin =
    R"((?:punto|dot|point|pwen|gui[oó]n(?:\s+bajo)?|underscore|dash|tiret(?:\s+bas)?))";

const re2::RE2& EmailRegex() {
  static const re2::RE2* const regex = [] {
    const std::string word = R"([\pL\pN_]+)";
    const std::string part = word + R"((?:\s+)" + kJoin + R"(\s+)" + word + ")*";
    re2::RE2::Options options;
    options.set_case_sensitive(false);
    return new re2::RE2("(" + part + R"()\s+(arroba|arobase|at)\s+()" + part + ")", options);
  }();
  return *regex;
}

// Numbers in words and what they spell: 1 a digit, 2 two digits ("doce",
// "cincuenta"), 3 a tens word that a unit may join ("cincuenta y cinco",
// "twenty one", "soixante-dix").
const std::unordered_map<std::string_view, int>& NumberWords() {
  static const auto* const words = [] {
    // One digit (Spanish, English, French).
    static constexpr std::string_view kUnits[] = {
        "cero", "uno", "dos",  "tres",  "cuatro", "cinco", "seis", "siete", "ocho",  "nueve",
        "zero", "oh",  "one",  "two",   "three",  "four",  "five", "six",   "seven", "eight",
        "nine", "un",  "deux", "trois", "quatre", "cinq",  "sept", "huit",  "neuf"};
    // Two digits.
    static constexpr std::string_view kTwoDigits[] = {
        "diez",        "once",         "doce",        "trece",      "catorce",     "quince",
        "dieciseis",   "diecisiete",   "dieciocho",   "diecinueve", "veintiuno",   "veintidos",
        "veintitres",  "veinticuatro", "veinticinco", "veintiseis", "veintisiete", "veintiocho",
        "veintinueve", "ten",          "eleven",      "twelve",     "thirteen",    "fourteen",
        "fifteen",     "sixteen",      "seventeen",   "eighteen",   "nineteen",    "dix",
        "onze",        "douze",        "treize",      "quatorze",   "quinze",      "seize"};
    // Tens words a unit may join.
    static constexpr std::string_view kTens[] = {
        "veinte", "treinta", "cuarenta", "cincuenta", "sesenta",   "setenta", "ochenta", "noventa",
        "twenty", "thirty",  "forty",    "fifty",     "sixty",     "seventy", "eighty",  "ninety",
        "vingt",  "vingts",  "trente",   "quarante",  "cinquante", "soixante"};
    auto* map = new std::unordered_map<std::string_view, int>();
    for (std::string_view w : kUnits) map->emplace(w, 1);
    for (std::string_view w : kTwoDigits) map->emplace(w, 2);
    for (std::string_view w : kTens) map->emplace(w, 3);
    return map;
  }();
  return *words;
}

// Haitian tens, as written before a unit ("venn-de", "trannsenk").
struct HaitianTens {
  std::string_view spellings[3];
  bool teens;  // 60 and 80 take 10..19 ("swasanndis" 70, "katrevendis" 90)
};
constexpr HaitianTens kHaitianTens[] = {
    {{"vent", "venn", "ven"}, false},           {{"trant", "trann", "tran"}, false},
    {{"karant", "karann", "karan"}, false},     {{"senkant", "senkann", "senkan"}, false},
    {{"swasant", "swasann", "swasan"}, true},   {{"katreven", "katrevent", "katrevenn"}, true}};
// Units and teens after a Haitian tens word, folded and as written with
// their accents ("sèt" 7, "katòz" 14).
constexpr std::pair<std::string_view, std::string_view> kHaitianUnits[] = {
    {"eyen", "eyen"}, {"de", "de"}, {"twa", "twa"}, {"kat", "kat"}, {"senk", "senk"}, {"sis", "sis"},
    {"set", "s\xC3\xA8t"}, {"uit", "uit"}, {"nef", "n\xC3\xA8" "f"}};
constexpr std::pair<std::string_view, std::string_view> kHaitianTeens[] = {
    {"dis", "dis"}, {"onz", "onz"}, {"douz", "douz"}, {"trez", "tr\xC3\xA8z"}, {"katoz", "kat\xC3\xB2z"},
    {"kenz", "kenz"}, {"sez", "s\xC3\xA8z"}, {"diset", "dis\xC3\xA8t"}, {"dizuit", "dizuit"},
    {"diznef", "dizn\xC3\xA8" "f"}};

// Haitian numbers of two digits written as one word ("venteyen" 21, "vennde"
// 22, "trannsenk" 35, "swasanndis" 70, "katrevendisèt" 97), folded, and
// with their accents as written (second of each pair; equal if none).
const std::vector<std::pair<std::string_view, std::string_view>>& HaitianCompoundSpellings() {
  // The strings live in `words` (a deque: they never move), reachable
  // for as long as the program runs, as the other tables here.
  struct Spellings {
    std::deque<std::string> words;
    std::vector<std::pair<std::string_view, std::string_view>> pairs;
  };
  static const Spellings* const spellings = [] {
    auto* all = new Spellings();
    auto* out = &all->pairs;
    auto keep = [all](std::string s) { return std::string_view(all->words.emplace_back(std::move(s))); };
    for (const HaitianTens& tens : kHaitianTens) {
      for (std::string_view prefix : tens.spellings) {
        auto add = [&](std::string_view folded, std::string_view written) {
          const std::string_view f = keep(std::string(prefix) + std::string(folded));
          out->emplace_back(f, folded == written ? f : keep(std::string(prefix) + std::string(written)));
        };
        for (const auto& [folded, written] : kHaitianUnits) add(folded, written);
        if (tens.teens) {
          for (const auto& [folded, written] : kHaitianTeens) add(folded, written);
        }
      }
    }
    return all;
  }();
  return spellings->pairs;
}

std::vector<std::string_view> HaitianCompoundNumbers() {
  std::vector<std::string_view> folded;
  for (const auto& [f, written] : HaitianCompoundSpellings()) folded.push_back(f);
  return folded;
}

// The same for Haitian Creole, read in Haitian and French text only (see
// AddSpokenIdentifiers): "dis", "set", "sis" would make every "did", "ser",
// "sin" of other text look up the table. "sèt", "nèf" are read folded; "de"
// and "en" are read in a Haitian run only (PhoneRuns).
const std::unordered_map<std::string_view, int>& HaitianNumberWords() {
  static const auto* const words = [] {
    auto* map = new std::unordered_map<std::string_view, int>();
    for (std::string_view w : {"zewo", "youn", "twa", "kat", "senk", "sis", "set", "uit", "nef"}) map->emplace(w, 1);
    for (std::string_view w : {"dis", "onz", "douz", "trez", "katoz", "kenz", "sez", "diset", "dizuit", "diznef"}) {
      map->emplace(w, 2);
    }
    for (std::string_view w : {"ven", "trant", "karant", "senkant", "swasant", "katreven"}) map->emplace(w, 3);
    for (std::string_view w : HaitianCompoundNumbers()) map->emplace(w, 2);
    return map;
  }();
  return *words;
}

bool IsTopLevelDomain(std::string_view folded) {
  static const std::unordered_set<std::string_view> kTlds = {
      "com", "net", "org", "edu", "gov", "info", "io", "mx", "es", "fr", "ht", "co",
      "us",  "uk",  "ca",  "hn",  "gt",  "sv",   "ni", "cr", "pa", "ve", "cu", "br",
      "ar",  "cl",  "pe",  "ec",  "bo",  "py",   "uy", "do", "de", "it"};
  return kTlds.count(folded) != 0;
}

bool IsMailProvider(std::string_view folded) {
  static const std::unordered_set<std::string_view> kProviders = {
      "gmail",      "hotmail", "yahoo", "outlook", "icloud", "live",    "aol",
      "protonmail", "msn",     "ymail", "gmx",     "yandex", "prodigy", "terra"};
  return kProviders.count(folded) != 0;
}

bool WordBoundaryBefore(std::string_view text, size_t at) {
  return at == 0 || !IsLetterByte(static_cast<unsigned char>(text[at - 1])) ||
         (std::isdigit(static_cast<unsigned char>(text[at - 1])) != 0);
}

// True if the folded word names a letter as one spells a name aloud: a
// letter alone ("j u a n") or its Spanish name ("jota u a ene").
bool IsSpelledLetter(std::string_view folded) {
  static const std::unordered_set<std::string_view> kLetterNames = {
      "be", "ce", "de",   "efe", "ge", "hache", "jota",  "ka", "ele",  "eme",    "ene",
      "pe", "cu", "erre", "ese", "te", "uve",   "equis", "ye", "zeta", "griega", "doble"};
  return folded.size() == 1 || kLetterNames.count(folded) != 0;
}

// The local part's start moved back over the letters spelled before it
// ("jota u a ene arroba gmail punto com": the regex reads "ene").
size_t SpelledLettersBefore(std::string_view text, size_t begin) {
  size_t start = begin;
  {
    size_t e = begin;
    while (e < text.size() && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
    if (!IsSpelledLetter(text::Fold(text.substr(begin, e - begin)))) return begin;
  }
  for (int words = 0; words < 40 && start > 1 && text[start - 1] == ' '; ++words) {
    size_t b = start - 1;
    while (b > 0 && IsLetterByte(static_cast<unsigned char>(text[b - 1]))) --b;
    if (b == start - 1 || !IsSpelledLetter(text::Fold(text.substr(b, start - 1 - b)))) break;
    start = b;
  }
  return start;
}

// Where the separator words of spoken e-mails begin. English "at" is
// everywhere: only where a joining word is near or a mail provider follows.
struct EmailSeparators {
  std::string_view text;
  std::vector<size_t> seps;

  void Word(size_t i, size_t e) {
    const size_t len = e - i;
    if ((len != 2 && len != 6 && len != 7) || (text[i] | 0x20) != 'a' || i == 0 || text[i - 1] != ' ' ||
        e >= text.size() || text[e] != ' ') {
      return;
    }
    char word[8];
    for (size_t k = 0; k < len; ++k) word[k] = static_cast<char>(text[i + k] | 0x20);
    const std::string_view w(word, len);
    if (w == "arroba" || w == "arobase") {
      seps.push_back(i);
    } else if (w == "at") {
      const std::string_view after = text.substr(e + 1, 60);
      const std::string_view before = text.substr(i >= 80 ? i - 80 : 0, i >= 80 ? 80 : i);
      size_t k = 0;
      while (k < after.size() && IsLetterByte(static_cast<unsigned char>(after[k]))) ++k;
      if (after.find(" dot ") != std::string_view::npos || before.find(" dot ") != std::string_view::npos ||
          IsMailProvider(text::Fold(after.substr(0, k)))) {
        seps.push_back(i);
      }
    }
  }

  // The e-mails around the separators: the regex reads a window around
  // each (a window per separator keeps it linear).
  void Finish(std::vector<Finding>* findings) const;
};

void EmailSeparators::Finish(std::vector<Finding>* findings) const {
  if (seps.empty()) return;
  // The stretches of text within 160 bytes of a separator, overlapping ones
  // joined: the regex reads each byte of a stretch once however thick the
  // separators come ("at dot at dot ..."), where a window per separator
  // read each byte once per separator near it.
  size_t s = 0;
  while (s < seps.size()) {
    const size_t first = seps[s];
    size_t from = first >= 160 ? first - 160 : 0;
    while (from > 0 && from < first && text[from - 1] != ' ') ++from;
    size_t last = first;
    for (++s; s < seps.size() && seps[s] <= last + 320; ++s) last = seps[s];
    size_t to = std::min(text.size(), last + 160);
    while (to < text.size() && to > last && text[to] != ' ') --to;
    re2::StringPiece input(text.data() + from, to - from);
    re2::StringPiece local, at, domain;
    while (re2::RE2::FindAndConsume(&input, EmailRegex(), &local, &at, &domain)) {
      const size_t at_begin = static_cast<size_t>(at.data() - text.data());
      // A match that is no address gives back the words after its separator:
      // they may open the next ("we went at juan at gmail dot com").
      const auto retry_after_separator = [&] {
        input = re2::StringPiece(at.data() + at.size(), text.data() + to - (at.data() + at.size()));
      };
      if (!std::binary_search(seps.begin(), seps.end(), at_begin)) {
        retry_after_separator();
        continue;
      }
      const size_t begin = SpelledLettersBefore(text, static_cast<size_t>(local.data() - text.data()));
      const size_t end = static_cast<size_t>(domain.data() + domain.size() - text.data());
      if (!WordBoundaryBefore(text, begin)) {
        retry_after_separator();
        continue;
      }
      const std::string at_word = text::Fold(std::string_view(at.data(), at.size()));
      if (at_word == "at") {
        // The last word of the domain a top-level domain after a joining
        // word, or the first a mail provider; and a word joined in the local
        // part or the domain (no "she stayed at gmail").
        const std::string dom = text::Fold(std::string_view(domain.data(), domain.size()));
        const size_t last_space = dom.rfind(' ');
        const std::string last_word = last_space == std::string::npos ? dom : dom.substr(last_space + 1);
        const std::string first_word = dom.substr(0, dom.find(' '));
        const bool joined = last_space != std::string::npos;
        if (!(joined && IsTopLevelDomain(last_word)) &&
            !(IsMailProvider(first_word) && (joined || local.find(' ') != re2::StringPiece::npos))) {
          retry_after_separator();
          continue;
        }
      }
      AddSpokenFinding(begin, end, IdentifierType::kEmail, findings);
    }
  }
}

// What a word spells as a number word (1, 2, 3 as NumberWords() says), or
// 0. Most words of a text are ruled out by their first letter or their
// length before they are folded; no heap string per word.
// Number words by their first two letters (index 26: an accented second
// letter, "zéro"), with the lengths they have as written (an accent adds a
// byte): most words of a text are ruled out by a table lookup.
struct NumberTable {
  uint16_t lengths[27][27] = {};  // row 26 (no letter first) stays empty
  std::vector<std::pair<std::string_view, int>> words[26][27];
};

int SecondIndex(unsigned char c) {
  const unsigned char lower = c | 0x20;
  return lower >= 'a' && lower <= 'z' && c < 0x80 ? lower - 'a' : 26;
}

NumberTable* NewNumberTable(bool haitian) {
  auto* t = new NumberTable();
  // Filed under the first two letters of the word as written, with its
  // length as written; looked up by its folded form.
  auto add = [&](std::string_view written, std::string_view folded, int value) {
    const int first = written[0] - 'a';
    const int second = SecondIndex(static_cast<unsigned char>(written[1]));
    t->lengths[first][second] |= static_cast<uint16_t>(1u << written.size());
    auto& bucket = t->words[first][second];
    for (const auto& entry : bucket) {
      if (entry.first == folded) return;
    }
    bucket.emplace_back(folded, value);
  };
  std::unordered_map<std::string_view, int> words = NumberWords();
  if (haitian) words.insert(HaitianNumberWords().begin(), HaitianNumberWords().end());
  for (const auto& [w, value] : words) add(w, w, value);
  // Written with an accent (a byte more).
  static constexpr std::pair<std::string_view, std::string_view> kAccented[] = {
      {"diecis\xC3\xA9is", "dieciseis"}, {"veintid\xC3\xB3s", "veintidos"},
      {"veintitr\xC3\xA9s", "veintitres"}, {"veintis\xC3\xA9is", "veintiseis"},
      {"z\xC3\xA9ro", "zero"}, {"s\xC3\xA8t", "set"}, {"n\xC3\xA8" "f", "nef"},
      {"tr\xC3\xA8z", "trez"}, {"kat\xC3\xB2z", "katoz"}, {"s\xC3\xA8z", "sez"},
      {"dis\xC3\xA8t", "diset"}, {"dizn\xC3\xA8" "f", "diznef"}};
  for (const auto& [written, folded] : kAccented) {
    if (const auto it = words.find(folded); it != words.end()) add(written, folded, it->second);
  }
  if (haitian) {
    for (const auto& [folded, written] : HaitianCompoundSpellings()) {
      if (written != folded) add(written, folded, 2);
    }
  }
  return t;
}

// Built at start-up: the word loop reads them without a guard.
const NumberTable& kNumberTable = *NewNumberTable(/*haitian=*/false);
const NumberTable& kNumberTableWithHaitian = *NewNumberTable(/*haitian=*/true);

// FirstIndex / SecondIndex of every byte, looked up (MaybeNumberWord runs
// on every word of the text).
struct ByteIndices {
  uint8_t first[256] = {};
  uint8_t second[256] = {};
  constexpr ByteIndices() {
    for (int c = 0; c < 256; ++c) {
      const int lower = c | 0x20;
      first[c] = static_cast<uint8_t>(lower >= 'a' && lower <= 'z' ? lower - 'a' : 26);
      second[c] = static_cast<uint8_t>(lower >= 'a' && lower <= 'z' && c < 0x80 ? lower - 'a' : 26);
    }
  }
};
constexpr ByteIndices kByteIndices;

// False if the word is no number word by its first two letters and its
// length (most words of a text).
inline bool MaybeNumberWord(std::string_view word, const NumberTable& table) {
  if (word.size() < 2 || word.size() > 14) return false;
  // A first byte that is no ASCII letter reads row 26, which is empty.
  const int first = kByteIndices.first[static_cast<unsigned char>(word[0])];
  const int second = kByteIndices.second[static_cast<unsigned char>(word[1])];
  return (table.lengths[first][second] & (1u << word.size())) != 0;
}

int NumberWordValue(std::string_view word, const NumberTable& table) {
  if (!MaybeNumberWord(word, table)) return 0;
  const unsigned char first = static_cast<unsigned char>(word[0]) | 0x20;
  const int second = SecondIndex(static_cast<unsigned char>(word[1]));
  char buf[32];
  size_t length = word.size();
  bool ascii = true;
  for (size_t k = 0; k < word.size(); ++k) {
    const unsigned char c = static_cast<unsigned char>(word[k]);
    ascii = ascii && c < 0x80;
    buf[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  }
  if (!ascii && !FoldLatinInto(word, buf, sizeof buf, &length)) return 0;
  const std::string_view folded(buf, length);
  for (const auto& [w, value] : table.words[first - 'a'][second]) {
    if (w == folded) return value;
  }
  return 0;
}

// Letters (any byte of a multi-byte character) and digits, by table: every
// byte of the text goes through it.
struct WordBytes {
  bool table[256] = {};
  constexpr WordBytes() {
    for (int c = 0; c < 256; ++c) {
      table[c] = c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
  }
};
constexpr WordBytes kWordBytes;
inline bool IsWordByte(unsigned char c) { return kWordBytes.table[c]; }

// ASCII-case-insensitive equality with a lower-case word.
bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    const unsigned char c = static_cast<unsigned char>(word[k]);
    if ((c >= 'A' && c <= 'Z' ? c | 0x20 : c) != static_cast<unsigned char>(lower[k])) return false;
  }
  return true;
}

// The value of a number word (folded), or -1: "siete" 7, "trece" 13,
// "veinte" 20, "zero" 0.
int NumberWordNumber(std::string_view folded) {
  static const auto* const values = [] {
    auto* map = new std::unordered_map<std::string_view, int>();
    static constexpr std::string_view kEs[] = {"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete",
                                               "ocho", "nueve", "diez", "once", "doce", "trece", "catorce",
                                               "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve",
                                               "veinte", "veintiuno", "veintidos", "veintitres", "veinticuatro",
                                               "veinticinco", "veintiseis", "veintisiete", "veintiocho",
                                               "veintinueve"};
    static constexpr std::string_view kEn[] = {"zero", "one", "two", "three", "four", "five", "six", "seven",
                                               "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                                               "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                                               "nineteen", "twenty"};
    static constexpr std::string_view kFr[] = {"zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept",
                                               "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze",
                                               "quinze", "seize"};
    for (int v = 0; v < 30; ++v) map->emplace(kEs[v], v);
    for (int v = 0; v < 21; ++v) map->emplace(kEn[v], v);
    for (int v = 0; v < 17; ++v) map->emplace(kFr[v], v);
    map->emplace("oh", 0);
    int tens = 3;
    for (std::string_view w : {"treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"}) {
      map->emplace(w, 10 * tens++);
    }
    tens = 3;
    for (std::string_view w : {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}) {
      map->emplace(w, 10 * tens++);
    }
    tens = 2;
    for (std::string_view w : {"vingt", "trente", "quarante", "cinquante", "soixante"}) map->emplace(w, 10 * tens++);
    map->emplace("vingts", 20);
    return map;
  }();
  const auto it = values->find(folded);
  return it == values->end() ? -1 : it->second;
}

// True if the number words of text[begin, end) count: four numbers or more,
// each the last plus the same step ("siete, ocho, nueve, diez, once",
// "uno dos tres cuatro cinco seis siete", "twenty, twenty-one,
// twenty-two"). A tens word and a unit after it are one number, as in the
// phone runs.
bool IsCount(std::string_view text, size_t begin, size_t end) {
  int values[32];
  int count = 0;
  bool open_tens = false;
  const std::string run = text::Fold(text.substr(begin, end - begin));
  for (size_t i = 0; i < run.size();) {
    if (!std::isalnum(static_cast<unsigned char>(run[i]))) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < run.size() && std::isalnum(static_cast<unsigned char>(run[e]))) ++e;
    const std::string_view word(run.data() + i, e - i);
    i = e;
    if (word == "y" || word == "and" || word == "et") continue;
    int v = -1;
    if (std::isdigit(static_cast<unsigned char>(word[0]))) {
      if (word.size() > 4) return false;
      v = std::stoi(std::string(word));
    } else {
      v = NumberWordNumber(word);
    }
    if (v < 0) return false;
    if (open_tens && v > 0 && v < 10) {
      values[count - 1] += v;
      open_tens = false;
      continue;
    }
    if (count == 32) return false;
    values[count++] = v;
    open_tens = v >= 20 && v % 10 == 0;
  }
  if (count < 4) return false;
  const int step = values[1] - values[0];
  if (step == 0 || step > 10 || step < -10) return false;
  for (int k = 2; k < count; ++k) {
    if (values[k] - values[k - 1] != step) return false;
  }
  return true;
}

// A number word of Haitian Creole only ("senk", "twa", "nèf"): in a run
// that has one, "de" (2) and "en" (1) are digits too, though they are
// everyday Spanish and French words elsewhere.
bool HaitianNumberWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "zewo", "youn", "twa",  "kat",  "senk", "sis",  "set",    "s\xC3\xA8t", "uit",     "nef",
      "n\xC3\xA8" "f",     "onz",  "douz", "trez", "tr\xC3\xA8z", "katoz",  "kat\xC3\xB2z",  "kenz",
      "sez",  "s\xC3\xA8z",  "diset", "dis\xC3\xA8t", "dizuit", "diznef", "dizn\xC3\xA8" "f", "trant",
      "karant", "senkant", "swasant"};
  for (std::string_view w : kWords) {
    if (EqualsLower(word, w)) return true;
  }
  // "ven" (20), "katreven" (80) and the compounds ("vennde", "swasanndis").
  if (word.size() < 3) return false;
  const unsigned char c = static_cast<unsigned char>(word[0]) | 0x20;
  if (c != 'v' && c != 't' && c != 'k' && c != 's') return false;
  if (EqualsLower(word, "ven") || EqualsLower(word, "katreven")) return true;
  for (const auto& [folded, written] : HaitianCompoundSpellings()) {
    if (EqualsLower(word, folded) || EqualsLower(word, written)) return true;
  }
  return false;
}

// True if a word of phones or of writing down comes shortly before `at`
// ("mi número es", "marca al", "call me at", "appelle le", "anota"): then
// even a count of digits is a phone. Read as stems of the folded text, so
// a false hit ("hotel") only keeps a phone.
bool PhoneCueBefore(std::string_view text, size_t at) {
  const size_t from = at > 48 ? at - 48 : 0;
  const std::string window = text::Fold(text.substr(from, at - from));
  for (std::string_view stem : {"num", "tel", "cel", "movil", "whats", "wasap", "marc", "llam", "phone",
                                "call", "text", "portable", "appel", "nimewo", "contact", "anot", "apunt",
                                "escrib", "write", "note", "ekri"}) {
    if (window.find(stem) != std::string::npos) return true;
  }
  return false;
}

// True if a noun of phones comes shortly after `at` ("uno dos tres ...
// diez, ese es el número de mi esposo", "... is my phone"): a count said
// and then called a number is one. Only nouns: a verb of calling after a
// count ("éramos siete, ocho, nueve, diez y nos llamaron") says nothing.
bool PhoneNounAfter(std::string_view text, size_t at) {
  const size_t to = std::min(text.size(), at + 48);
  const std::string window = text::Fold(text.substr(at, to - at));
  for (std::string_view stem : {"numero", "number", "tel", "cel", "movil", "whats", "wasap", "phone",
                                "portable", "nimewo"}) {
    if (window.find(stem) != std::string::npos) return true;
  }
  return false;
}

bool WeakHaitianDigit(std::string_view word) { return EqualsLower(word, "de") || EqualsLower(word, "en"); }

// Runs of number words, word by word, as above.
struct PhoneRuns {
  std::string_view text;
  std::vector<Finding>* findings;
  const NumberTable& table;
  size_t run_begin = 0, run_end = 0;
  int digits = 0, groups = 0;
  bool open_tens = false;  // the last group is a tens word a unit may join
  size_t skip_to = 0;      // a unit joined by "y" was read ahead
  bool haitian = false;    // the run has a number word of Haitian Creole only

  // The start of a "de" or "en" right before offset i, joined to it as the
  // run's words are ("de twa", "en, nèf"), or npos.
  size_t WeakDigitBefore(size_t i) const {
    size_t k = i;
    while (k > 0 && i - k < 3 && (text[k - 1] == ' ' || text[k - 1] == ',' || text[k - 1] == '.' ||
                                  text[k - 1] == '-')) {
      --k;
    }
    if (k == i || k < 2) return std::string_view::npos;
    const size_t b = k - 2;
    if (!WeakHaitianDigit(text.substr(b, 2)) || (b > 0 && IsWordByte(static_cast<unsigned char>(text[b - 1])))) {
      return std::string_view::npos;
    }
    return b;
  }

  void Flush() {
    // A count in words ("éramos siete, ocho, nueve, diez...") is no phone
    // unless a word of phones comes before it.
    if (groups >= 3 && digits >= 7 && digits <= 15 &&
        !(IsCount(text, run_begin, run_end) && !PhoneCueBefore(text, run_begin) &&
          !PhoneNounAfter(text, run_end))) {
      AddSpokenFinding(run_begin, run_end, IdentifierType::kPhone, findings);
    }
    digits = 0;
    groups = 0;
    open_tens = false;
    haitian = false;
  }

  void Word(size_t i, size_t e) {
    const std::string_view word(text.data() + i, e - i);
    // Outside a run only a number word matters.
    if (digits == 0 && !MaybeNumberWord(word, table)) return;
    if (i < skip_to) return;
    // "de" and "en" in a Haitian run ("senk senk de twa").
    if (haitian && digits != 0 && WeakHaitianDigit(word) && i > run_end && i - run_end <= 3 &&
        text.substr(run_end, i - run_end).find_first_not_of(" ,.-") == std::string_view::npos) {
      digits += 1;
      ++groups;
      open_tens = false;
      run_end = e;
      return;
    }
    // A word that is no number, no digits and no joining word ends the run
    // (the word after most number words): no need to read the gap before it.
    if (digits != 0 && !open_tens && static_cast<unsigned char>(word[0] - '0') >= 10 && !MaybeNumberWord(word, table)) {
      Flush();
      return;
    }
    const size_t n = text.size();
    // What lies between the run's end and this word: only spaces, commas,
    // dots, hyphens, or "y" / "and" / "et" after a tens word.
    const bool in_run = digits > 0;
    bool joins = false;
    bool after_tens_joiner = false;
    if (in_run) {
      const std::string_view gap = text.substr(run_end, i - run_end);
      joins = !gap.empty() && gap.size() <= 3 && gap.find_first_not_of(" ,.-") == std::string_view::npos;
      after_tens_joiner = joins && gap.find('-') != std::string_view::npos;
    }
    const bool all_digits = static_cast<unsigned char>(word[0] - '0') < 10 &&
                            word.find_first_not_of("0123456789") == std::string_view::npos;
    if (in_run && joins && open_tens && (word == "y" || word == "and" || word == "et")) {
      // "cincuenta y cinco": look at the word after.
      size_t k = e;
      while (k < n && text[k] == ' ') ++k;
      size_t ke = k;
      while (ke < n && IsWordByte(static_cast<unsigned char>(text[ke]))) ++ke;
      if (k > e && NumberWordValue(text.substr(k, ke - k), table) == 1) {
        run_end = ke;
        open_tens = false;
        skip_to = ke;
        return;
      }
    }
    const int value = all_digits ? 0 : NumberWordValue(word, table);
    const bool oh = value == 1 && word.size() == 2 && (word[0] | 0x20) == 'o' && (word[1] | 0x20) == 'h';
    if (value != 0 && !(oh && !in_run)) {
      if (in_run && !joins) Flush();
      const bool starts = digits == 0;
      if (starts) run_begin = i;
      if (!haitian && &table == &kNumberTableWithHaitian && HaitianNumberWord(word)) {
        haitian = true;
        // "en nèf kat...", "de-de, twa-kat": a run may open with "de" or
        // "en", a few of them.
        for (size_t weak = starts ? WeakDigitBefore(i) : std::string_view::npos;
             weak != std::string_view::npos && digits < 4; weak = WeakDigitBefore(weak)) {
          run_begin = weak;
          ++digits;
          ++groups;
        }
      }
      const bool unit_joins_tens = !starts && open_tens && (value == 1 || (value == 2 && after_tens_joiner));
      if (!unit_joins_tens) {
        digits += value == 1 ? 1 : 2;
        ++groups;
      }
      open_tens = !unit_joins_tens && (value == 3 || (value == 1 && text.substr(e, 6) == "-vingt"));
      run_end = e;
    } else if (all_digits && in_run && joins && word.size() <= 4) {
      digits += static_cast<int>(word.size());
      ++groups;
      open_tens = false;
      run_end = e;
    } else if (in_run) {
      Flush();
    }
  }

  void Finish() {
    if (digits > 0) Flush();
  }
};

// A phone typed glued to a name, as in a contact list or a chat
// ("Pedro5512345678", "5512345678Rosa"): one word of eight to thirteen digits
// at one end and letters, at least three with one in lower case (not a
// code such as "NHC1234567"), at the other. The finding covers the name
// too. False if text[begin, end) is no such word.
bool AddPhoneGluedToAName(std::string_view text, size_t begin, size_t end, std::vector<Finding>* findings) {
  const auto digit = [&](size_t k) { return static_cast<unsigned char>(text[k] - '0') < 10; };
  const bool digits_first = digit(begin);
  if (digits_first == digit(end - 1)) return false;
  size_t k = digits_first ? begin : end;
  size_t digits = 0;
  if (digits_first) {
    while (k < end && digit(k)) ++k;
    digits = k - begin;
  } else {
    while (k > begin && digit(k - 1)) --k;
    digits = end - k;
  }
  if (digits < 8 || digits > 13 || end - begin - digits < 3) return false;
  std::string_view letters = digits_first ? text.substr(k, end - k) : text.substr(begin, k - begin);
  // "rosa_5512345678", "juan.5512345678": an underscore or a dot may join
  // them.
  bool dot = false;
  if (digits_first && (letters.front() == '_' || letters.front() == '.')) {
    dot = letters.front() == '.';
    letters.remove_prefix(1);
  }
  if (!digits_first && (letters.back() == '_' || letters.back() == '.')) {
    dot = letters.back() == '.';
    letters.remove_suffix(1);
  }
  // "tel.9621234567": an abbreviation before its number, which the pattern
  // detector reads; the word stays.
  if (dot) {
    static constexpr std::string_view kCues[] = {"tel", "cel", "telf", "tlf", "mob", "cell", "num", "no",
                                                 "nr",  "ph",  "fax",  "mov", "whats", "wa"};
    std::string lower(letters);
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    if (std::ranges::find(kCues, lower) != std::end(kCues)) return false;
  }
  if (letters.size() < 3) return false;
  bool lower = false;
  for (char c : letters) {
    if (static_cast<unsigned char>(c - '0') < 10 || c == '_' || c == '.') return false;
    lower = lower || (c >= 'a' && c <= 'z');
  }
  // In capitals only with ten digits or more ("PEDRO5512345678"): a code
  // such as "NHC1234567" has fewer.
  if (!lower && digits < 10) return false;
  AddSpokenFinding(begin, end, IdentifierType::kPhone, findings);
  return true;
}

// True if an underscore or a dot touches the word text[begin, end).
bool JoinerNextTo(std::string_view text, size_t begin, size_t end) {
  const auto joiner = [](char c) { return c == '_' || c == '.'; };
  return (begin > 0 && joiner(text[begin - 1])) || (end < text.size() && joiner(text[end]));
}

// The word text[begin, end) of digits with the word an underscore or a dot
// joins to it ("rosa_5512345678", "5512345678_pedro", "juan.5512345678"),
// for AddPhoneGluedToAName().
void AddPhoneJoinedToAName(std::string_view text, size_t begin, size_t end, std::vector<Finding>* findings) {
  const size_t n = text.size();
  auto word_byte = [&](size_t k) { return IsWordByte(static_cast<unsigned char>(text[k])); };
  const auto joiner = [&](size_t k) { return text[k] == '_' || text[k] == '.'; };
  if (begin >= 2 && joiner(begin - 1) && word_byte(begin - 2)) {
    size_t b = begin - 1;
    while (b > 0 && word_byte(b - 1)) --b;
    AddPhoneGluedToAName(text, b, end, findings);
  } else if (end + 1 < n && joiner(end) && word_byte(end + 1)) {
    size_t e = end + 1;
    while (e < n && word_byte(e)) ++e;
    AddPhoneGluedToAName(text, begin, e, findings);
  }
}

// Calls visit(begin, end) for each word (letters or digits) of text: the
// runs of IsWordByte() bytes (the same bytes as IsWordRunByte()).
template <typename Visit>
void ForEachWord(std::string_view text, Visit visit) {
  ForEachWordRun(text, visit);
}

// Haitian number words in Haitian and French text (Haitian testimonies are
// often labelled French).
const NumberTable& NumberTableFor(std::string_view language) {
  const std::string_view lang2 = language.substr(0, 2);
  return lang2 == "ht" || lang2 == "fr" ? kNumberTableWithHaitian : kNumberTable;
}

}  // namespace

void AddSpokenEmails(std::string_view text, std::vector<Finding>* findings) {
  EmailSeparators emails{text, {}};
  ForEachWord(text, [&](size_t i, size_t e) { emails.Word(i, e); });
  emails.Finish(findings);
}

void AddSpokenPhones(std::string_view text, std::vector<Finding>* findings, std::string_view language) {
  PhoneRuns phones{text, findings, NumberTableFor(language)};
  ForEachWord(text, [&](size_t i, size_t e) {
    phones.Word(i, e);
    if (e - i >= 11) AddPhoneGluedToAName(text, i, e, findings);
    if (e - i >= 8 && e - i <= 13 && JoinerNextTo(text, i, e)) {
      AddPhoneJoinedToAName(text, i, e, findings);
    }
  });
  phones.Finish();
}

void AddSpokenIdentifiers(std::string_view text, std::vector<Finding>* findings, std::string_view language) {
  // One pass over the words for both.
  EmailSeparators emails{text, {}};
  const NumberTable& table = NumberTableFor(language);
  PhoneRuns phones{text, findings, table};
  ForEachWord(text, [&](size_t i, size_t e) {
    // The tests each Word() begins with, here, so that most words cost no call.
    const size_t len = e - i;
    if ((len == 2 || len == 6 || len == 7) && (text[i] | 0x20) == 'a') emails.Word(i, e);
    if (phones.digits != 0 || MaybeNumberWord(std::string_view(text.data() + i, len), table)) phones.Word(i, e);
    // Most words are shorter than a phone glued to anything.
    if (len >= 8) [[unlikely]] {
      if (len >= 11) AddPhoneGluedToAName(text, i, e, findings);
      if (len <= 13 && JoinerNextTo(text, i, e)) {
        AddPhoneJoinedToAName(text, i, e, findings);
      }
    }
  });
  phones.Finish();
  emails.Finish(findings);
}

}  // namespace amparo::redaction
