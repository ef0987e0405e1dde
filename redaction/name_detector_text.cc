#include "redaction/name_detector_text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>

namespace amparo::redaction::text {
namespace {

// Latin-1, Latin Extended-A/B and Latin Extended Additional cover the
// languages we serve; other scripts only get lower-cased.
constexpr char32_t kTableLimit = 0x2100;

// What Tokenize() asks ICU about a code point, for the code points below
// kTableLimit (most non-ASCII letters of our languages): one table lookup
// instead of five calls.
enum CodePointClass : uint8_t {
  kAlpha = 1,      // u_isalpha
  kDigit = 2,      // u_isdigit
  kMark = 4,       // general category M
  kUpperOrTitle = 8,
  kLower = 16,
  kWhiteSpace = 32,  // u_isUWhiteSpace
};

bool IsMark(UChar32 c) { return (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

uint8_t ClassOf(UChar32 c) {
  uint8_t k = 0;
  if (u_isalpha(c)) k |= kAlpha;
  if (u_isdigit(c)) k |= kDigit;
  if (IsMark(c)) k |= kMark;
  if (u_isupper(c) || u_istitle(c)) k |= kUpperOrTitle;
  if (u_islower(c)) k |= kLower;
  if (u_isUWhiteSpace(c)) k |= kWhiteSpace;
  return k;
}

struct FoldTable {
  std::array<char32_t, kTableLimit> map{};
  std::array<uint8_t, kTableLimit> classes{};
  FoldTable() {
    for (char32_t c = 0; c < kTableLimit; ++c) classes[c] = ClassOf(static_cast<UChar32>(c));
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    for (char32_t c = 0; c < kTableLimit; ++c) {
      char32_t lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
      map[c] = lower;
      if (U_SUCCESS(status) && lower >= 0x80) {
        icu::UnicodeString decomposed;
        if (nfd->getDecomposition(static_cast<UChar32>(lower), decomposed) &&
            decomposed.length() > 0) {
          map[c] = static_cast<char32_t>(decomposed.char32At(0));
        }
      }
    }
    map[0x2019] = U'\'';  // right single quotation mark used as apostrophe
    map[0x02BC] = U'\'';
  }
};

const FoldTable& Table() {
  static const FoldTable table;
  return table;
}

// What Tokenize() needs to know of an ASCII byte (the bytes 0x80 and up
// are none of these).
struct AsciiInfo {
  uint8_t word = 0;    // letter or digit
  uint8_t fold = 0;    // lower case
  uint8_t letter = 0;
  uint8_t lower = 0;
  uint8_t upper = 0;
  uint8_t digit = 0;
  uint8_t space = 0;    // \t \n \v \f \r and ' '
  uint8_t newline = 0;  // \n \r
};

constexpr std::array<AsciiInfo, 256> MakeAsciiInfo() {
  std::array<AsciiInfo, 256> t{};
  for (int c = 0; c < 128; ++c) t[c].fold = static_cast<uint8_t>(c);
  for (int c = 'a'; c <= 'z'; ++c) t[c].word = t[c].letter = t[c].lower = 1;
  for (int c = 'A'; c <= 'Z'; ++c) {
    t[c].word = t[c].letter = t[c].upper = 1;
    t[c].fold = static_cast<uint8_t>(c + 32);
  }
  for (int c = '0'; c <= '9'; ++c) t[c].word = t[c].digit = 1;
  for (int c : {' ', '\t', '\f', '\v', '\n', '\r'}) t[c].space = 1;
  t['\n'].newline = t['\r'].newline = 1;
  return t;
}
constexpr std::array<AsciiInfo, 256> kAsciiInfo = MakeAsciiInfo();

// An ASCII letter or digit as the loop over a run of them reads it: the
// folded byte in the low bits, what it is above; 0 for any other byte.
enum : uint16_t { kRunLower = 0x100, kRunUpper = 0x200, kRunDigit = 0x400 };
constexpr std::array<uint16_t, 256> MakeRunBytes() {
  std::array<uint16_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = static_cast<uint16_t>(kRunLower | c);
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = static_cast<uint16_t>(kRunUpper | (c + 32));
  for (int c = '0'; c <= '9'; ++c) t[c] = static_cast<uint16_t>(kRunDigit | c);
  return t;
}
constexpr std::array<uint16_t, 256> kRunBytes = MakeRunBytes();

void AppendUtf8(char32_t c, std::string* out) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, static_cast<UChar32>(c), error);
  if (!error) out->append(buf, static_cast<size_t>(len));
}

}  // namespace

char32_t FoldCodePoint(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c < kTableLimit) return Table().map[c];
  if (c == 0x2019) return U'\'';
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

void AppendFolded(std::string_view s, std::string* out) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  // ASCII bytes are folded into buf and appended a piece at a time: a
  // push_back per byte (a capacity test and a terminator each) was most of
  // the cost of folding a word (~6 M instructions per MB over the passes
  // that fold words).
  char buf[64];
  size_t used = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      buf[used++] = static_cast<char>(kAsciiInfo[p[i++]].fold);
      if (used == sizeof(buf)) {
        out->append(buf, used);
        used = 0;
      }
      continue;
    }
    if (used != 0) {
      out->append(buf, used);
      used = 0;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) continue;
    const bool mark = c < static_cast<UChar32>(kTableLimit) ? (Table().classes[c] & kMark) != 0 : IsMark(c);
    if (mark) continue;  // combining accents of decomposed input
    AppendUtf8(FoldCodePoint(static_cast<char32_t>(c)), out);
  }
  if (used != 0) out->append(buf, used);
}

void Tokenize(std::string_view text, Tokens* out) {
  const FoldTable& table = Table();
  out->tokens.clear();
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const size_t n = text.size();
  out->tokens.reserve(n / 3 + 8);
  // The folded forms are written in place: an ASCII byte folds to one byte,
  // so room for the rest of the text suffices until a code point folds to
  // a longer one (U+023A -> U+2C65), which makes more room first.
  std::string& folded = out->folded;
  folded.resize(n + 8);
  char* fold = folded.data();
  size_t cap = folded.size();
  size_t w = 0;  // folded bytes written
  bool space = false;
  bool newline = false;
  Token* word = nullptr;  // the word token being extended
  size_t word_end = 0;
  int letters = 0;
  int lowers = 0;
  bool digit = false;
  // FoldedHash() of the word's folded bytes, kept up as they are written
  // (one pass over them, not two).
  uint64_t hash = kFnvOffset;
  auto finish_word = [&]() {
    if (word == nullptr) return;
    word->end = static_cast<uint32_t>(word_end);
    word->fold_end = static_cast<uint32_t>(w);
    word->hash = hash;
    word->has_letter = letters > 0;
    word->has_digit = digit;
    word->all_caps = letters >= 2 && lowers == 0;
    word = nullptr;
  };
  auto start_word = [&](size_t start, char32_t c, bool capitalized) {
    Token& t = out->tokens.emplace_back();
    t.begin = static_cast<uint32_t>(start);
    t.fold_begin = static_cast<uint32_t>(w);
    t.first = c;
    t.word = true;
    t.capitalized = capitalized;
    t.space_before = space;
    t.newline_before = newline;
    space = newline = false;
    word = &t;
    hash = kFnvOffset;
    letters = lowers = 0;
    digit = false;
  };
  auto punctuation = [&](size_t start, size_t end, char32_t c) {
    Token& t = out->tokens.emplace_back();
    t.begin = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    t.first = c;
    t.space_before = space;
    t.newline_before = newline;
    space = newline = false;
  };
  size_t i = 0;
  while (i < n) {
    const size_t start = i;
    if (p[i] < 0x80) {
      const AsciiInfo a = kAsciiInfo[p[i]];
      if (a.word) {
        if (word == nullptr) start_word(start, p[i], a.upper);
        // The whole run of ASCII letters and digits at once: what its
        // bytes are is gathered by one OR, the letters counted after.
        uint64_t h = hash;
        uint32_t kinds = 0;
        size_t j = i;
        // The folded byte of text byte j goes to fold[j + shift]: one index
        // for both (unsigned, so a shift "below zero" wraps back exactly).
        const size_t shift = w - i;
        do {
          const uint32_t x = kRunBytes[p[j]];
          if (x == 0) break;
          const uint8_t b = static_cast<uint8_t>(x);
          fold[j + shift] = static_cast<char>(b);
          h = (h ^ b) * kFnvPrime;
          kinds |= x;
          ++j;
        } while (j < n);
        hash = h;
        if (kinds & kRunDigit) {
          for (size_t k = i; k < j; ++k) letters += (kRunBytes[p[k]] & kRunDigit) == 0;
          digit = true;
        } else {
          letters += static_cast<int>(j - i);
        }
        lowers += (kinds & kRunLower) != 0;
        w += j - i;
        i = word_end = j;
        continue;
      }
      finish_word();
      ++i;
      if (a.space) {
        space = true;
        if (a.newline) newline = true;
        continue;
      }
      punctuation(start, i, p[start]);
      continue;
    }
    UChar32 c;
    {
      int32_t at = static_cast<int32_t>(i);
      U8_NEXT(p, at, static_cast<int32_t>(n), c);
      i = static_cast<size_t>(at);
    }
    if (c < 0) {  // invalid byte: a punctuation token of its own
      finish_word();
      punctuation(start, i, 0xFFFD);
      continue;
    }
    const uint8_t k = c < static_cast<UChar32>(kTableLimit) ? table.classes[c] : ClassOf(c);
    // Ordinal indicators (Nº, 1ª) are letters to ICU but not word parts here.
    const bool is_alpha = (k & kAlpha) && c != 0xAA && c != 0xBA;
    const bool is_digit = (k & kDigit) != 0;
    const bool is_mark = (k & kMark) != 0;
    if (is_alpha || is_digit || (is_mark && word != nullptr)) {
      if (word == nullptr) start_word(start, static_cast<char32_t>(c), is_alpha && (k & kUpperOrTitle));
      word_end = i;
      if (is_alpha) {
        ++letters;
        if (k & kLower) ++lowers;
      }
      if (is_digit) digit = true;
      if (!is_mark) {  // combining accents of decomposed input fold to nothing
        if (w + 4 + (n - i) > cap) {
          cap = 2 * cap + 8;
          folded.resize(cap);
          fold = folded.data();
        }
        const size_t before = w;
        int32_t len = 0;
        UBool error = false;
        U8_APPEND(reinterpret_cast<uint8_t*>(fold + w), len, 4,
                  static_cast<UChar32>(FoldCodePoint(static_cast<char32_t>(c))), error);
        if (!error) w += static_cast<size_t>(len);
        for (size_t k = before; k < w; ++k) hash = (hash ^ static_cast<unsigned char>(fold[k])) * kFnvPrime;
      }
      continue;
    }
    finish_word();
    if (k & kWhiteSpace) {
      space = true;
      if (c == 0x2028 || c == 0x2029) newline = true;
      continue;
    }
    punctuation(start, i, static_cast<char32_t>(c));
  }
  finish_word();
  folded.resize(w);
}

namespace {

// What Tokenize() makes of each code point U+00C0 to U+00FF (the bytes C3 80
// to C3 BF), read from Tokenize() itself once: the folded bytes of a letter
// ("é" -> "e"), or none for a mark between words ("×"). Tokenize() reads a
// code point alone, so a word of these letters and ASCII is hashed byte by
// byte.
struct Latin1Folds {
  std::string fold[64];
  bool word[64] = {};
  bool usable = true;  // false if Tokenize() read one otherwise than above
};

const Latin1Folds& Latin1Table() {
  static const Latin1Folds kFolds = [] {
    Latin1Folds folds;
    Tokens tokens;
    for (int b = 0; b < 64; ++b) {
      const std::string c = {'\xC3', static_cast<char>(0x80 + b)};
      Tokenize("a" + c + "a", &tokens);
      const std::vector<Token>& ts = tokens.tokens;
      if (ts.size() == 3 && ts[0].word && !ts[1].word && ts[2].word) continue;  // a mark between words
      if (ts.size() == 1 && ts[0].word) {
        const std::string folded(tokens.Folded(ts[0]));  // (Tokenize() below reuses tokens)
        if (folded.size() >= 3 && folded.front() == 'a' && folded.back() == 'a') {
          Tokenize(c, &tokens);
          if (tokens.tokens.size() == 1 && tokens.tokens[0].word &&
              tokens.Folded(tokens.tokens[0]) == folded.substr(1, folded.size() - 2)) {
            folds.word[b] = true;
            folds.fold[b] = folded.substr(1, folded.size() - 2);
            continue;
          }
        }
      }
      folds.usable = false;
    }
    return folds;
  }();
  return kFolds;
}

}  // namespace

bool Latin1WordHashes(std::string_view text, std::vector<uint64_t>* out) {
  out->clear();
  const Latin1Folds& table = Latin1Table();
  if (!table.usable) return false;
  uint64_t h = kFnvOffset;
  bool in_word = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const bool upper = c >= 'A' && c <= 'Z';
    if (upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      h = (h ^ (upper ? c + ('a' - 'A') : c)) * kFnvPrime;
      in_word = true;
      continue;
    }
    if (c >= 0x80) {
      if (c != 0xC3 || i + 1 == text.size() || (static_cast<unsigned char>(text[i + 1]) & 0xC0) != 0x80) {
        out->clear();
        return false;
      }
      const int b = static_cast<unsigned char>(text[++i]) - 0x80;
      if (table.word[b]) {
        for (const char f : table.fold[b]) h = (h ^ static_cast<unsigned char>(f)) * kFnvPrime;
        in_word = true;
        continue;
      }
    }
    if (in_word) {
      out->push_back(h);
      h = kFnvOffset;
      in_word = false;
    }
  }
  if (in_word) out->push_back(h);
  return true;
}

}  // namespace amparo::redaction::text
