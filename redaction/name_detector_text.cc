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

struct FoldTable {
  std::array<char32_t, kTableLimit> map{};
  FoldTable() {
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

enum AsciiClass : uint8_t { kOther = 0, kLower, kUpper, kDigit, kSpace, kNewline };

constexpr std::array<uint8_t, 128> MakeAsciiClasses() {
  std::array<uint8_t, 128> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLower;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpper;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  t[' '] = t['\t'] = t['\f'] = t['\v'] = kSpace;
  t['\n'] = t['\r'] = kNewline;
  return t;
}
constexpr std::array<uint8_t, 128> kAsciiClasses = MakeAsciiClasses();

bool IsMark(UChar32 c) { return (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

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
  while (i < n) {
    if (p[i] < 0x80) {
      char c = static_cast<char>(p[i++]);
      out->push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) continue;
    if (IsMark(c)) continue;  // combining accents of decomposed input
    AppendUtf8(FoldCodePoint(static_cast<char32_t>(c)), out);
  }
}

void Tokenize(std::string_view text, Tokens* out) {
  out->tokens.clear();
  out->folded.clear();
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool space = false;
  bool newline = false;
  Token* word = nullptr;  // the word token being extended
  int letters = 0;
  int lowers = 0;
  out->tokens.reserve(text.size() / 3 + 8);
  out->folded.reserve(text.size());
  // FoldedHash() of the word's folded bytes, kept up as they are appended
  // (one pass over them, not two).
  uint64_t hash = kFnvOffset;
  auto hash_appended = [&](size_t from) {
    for (size_t k = from; k < out->folded.size(); ++k) {
      hash = (hash ^ static_cast<unsigned char>(out->folded[k])) * kFnvPrime;
    }
  };
  auto finish_word = [&]() {
    if (word == nullptr) return;
    word->fold_end = static_cast<uint32_t>(out->folded.size());
    word->hash = hash;
    word->all_caps = letters >= 2 && lowers == 0;
    word = nullptr;
  };
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    if (p[i] < 0x80) {
      c = p[i++];
    } else {
      U8_NEXT(p, i, n, c);
    }
    if (c < 0) {  // invalid byte: a punctuation token of its own
      finish_word();
      Token& t = out->tokens.emplace_back();
      t.begin = static_cast<uint32_t>(start);
      t.end = static_cast<uint32_t>(i);
      t.first = 0xFFFD;
      t.space_before = space;
      t.newline_before = newline;
      space = newline = false;
      continue;
    }
    bool is_alpha, is_digit, is_mark = false, is_space;
    if (c < 0x80) {
      const uint8_t cls = kAsciiClasses[c];
      // Fast path: a lower-case ASCII letter inside a word.
      if (cls == kLower && word != nullptr) {
        // The whole run of lower-case ASCII letters at once (they fold to
        // themselves).
        int32_t j = start;
        uint64_t h = hash;
        while (j < n && p[j] >= 'a' && p[j] <= 'z') h = (h ^ p[j++]) * kFnvPrime;
        hash = h;
        out->folded.append(reinterpret_cast<const char*>(p) + start, static_cast<size_t>(j - start));
        letters += j - start;
        lowers += j - start;
        word->has_letter = true;
        i = j;
        word->end = static_cast<uint32_t>(i);
        continue;
      }
      is_alpha = cls == kLower || cls == kUpper;
      is_digit = cls == kDigit;
      is_space = cls == kSpace || cls == kNewline;
    } else {
      // Ordinal indicators (Nº, 1ª) are letters to ICU but not word parts here.
      is_alpha = u_isalpha(c) && c != 0xAA && c != 0xBA;
      is_digit = u_isdigit(c);
      is_mark = IsMark(c);
      is_space = u_isUWhiteSpace(c);
    }
    if (is_alpha || is_digit || (is_mark && word != nullptr)) {
      if (word == nullptr) {
        Token& t = out->tokens.emplace_back();
        t.begin = static_cast<uint32_t>(start);
        t.fold_begin = static_cast<uint32_t>(out->folded.size());
        t.first = static_cast<char32_t>(c);
        t.word = true;
        t.space_before = space;
        t.newline_before = newline;
        word = &out->tokens.back();
        hash = kFnvOffset;
        letters = lowers = 0;
        space = newline = false;
        if (is_alpha) {
          word->capitalized = c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c));
        }
      }
      word->end = static_cast<uint32_t>(i);
      if (is_alpha) {
        word->has_letter = true;
        ++letters;
        bool lower = c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(c);
        if (lower) ++lowers;
      }
      if (is_digit) word->has_digit = true;
      const size_t folded_before = out->folded.size();
      if (c < 0x80) {
        out->folded.push_back(static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c));
      } else if (!is_mark) {
        AppendUtf8(FoldCodePoint(static_cast<char32_t>(c)), &out->folded);
      }
      hash_appended(folded_before);
      continue;
    }
    finish_word();
    if (is_space) {
      space = true;
      if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) newline = true;
      continue;
    }
    Token& t = out->tokens.emplace_back();
    t.begin = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(i);
    t.first = static_cast<char32_t>(c);
    t.space_before = space;
    t.newline_before = newline;
    space = newline = false;
  }
  finish_word();
}

}  // namespace amparo::redaction::text
