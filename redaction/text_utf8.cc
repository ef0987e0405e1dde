#include "redaction/text_utf8.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace amparo::redaction {

bool IsValidUtf8(std::string_view text, size_t* bad_offset) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int64_t n = static_cast<int64_t>(text.size());
  int64_t i = 0;
  while (i < n) {
    // Fast path for ASCII, which is most of any testimony: eight bytes at
    // a time while none has its high bit set.
    if (s[i] < 0x80) {
      ++i;
      while (i + 8 <= n) {
        uint64_t word;
        std::memcpy(&word, s + i, 8);
        const uint64_t high = word & 0x8080808080808080ull;
        if (high != 0) {
          // Straight to the first byte from 0x80 on: the bytes before it
          // are ASCII (a loop over them, one by one, cost ~2 M instructions
          // per MB of Spanish text, an accent every few words).
          if constexpr (std::endian::native == std::endian::little) {
            i += std::countr_zero(high) >> 3;
          }
          break;
        }
        i += 8;
      }
      continue;
    }
    const int64_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      if (bad_offset != nullptr) *bad_offset = static_cast<size_t>(start);
      return false;
    }
  }
  return true;
}

namespace {

// Code points below this limit (Basic Latin to Latin Extended-B, all of the
// text the redactor usually sees) fold through a table.
constexpr UChar32 kLatinLimit = 0x250;

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// FoldText() of each Latin code point alone, computed once with the same
// ICU calls as the general path below. Folding a string of such code points
// one by one gives the same result as the general path: NFD only splits
// each into a base letter and Mn accents (which are dropped, so their
// canonical reordering cannot matter), and none of them is a mark itself.
struct LatinFoldTable {
  std::string folded[kLatinLimit];
  bool space[kLatinLimit] = {};
  LatinFoldTable() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    for (UChar32 c = 0; c < kLatinLimit; ++c) {
      space[c] = u_isUWhiteSpace(c);
      icu::UnicodeString decomposed(c);
      if (U_SUCCESS(status)) {
        icu::UnicodeString d;
        UErrorCode s = U_ZERO_ERROR;
        nfd->normalize(icu::UnicodeString(c), d, s);
        if (U_SUCCESS(s)) decomposed = d;
      }
      icu::UnicodeString out;
      for (int32_t i = 0; i < decomposed.length();) {
        UChar32 d = decomposed.char32At(i);
        i += U16_LENGTH(d);
        if (u_charType(d) == U_NON_SPACING_MARK) continue;
        out.append(u_foldCase(d, U_FOLD_CASE_DEFAULT));
      }
      out.toUTF8String(folded[c]);
    }
  }
};

const LatinFoldTable& LatinFolds() {
  static const LatinFoldTable table;
  return table;
}

// FoldText() for text of Latin code points only; false (and *out
// unspecified) if text has another code point.
bool FoldLatin(std::string_view text, std::string* out) {
  const LatinFoldTable& table = LatinFolds();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  out->reserve(text.size());
  bool pending_space = false;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    if (s[i] < 0x80) {
      c = s[i++];
    } else {
      U8_NEXT(s, i, n, c);
      if (c < 0 || c >= kLatinLimit) return false;
    }
    if (table.space[c]) {
      pending_space = !out->empty();
      continue;
    }
    if (pending_space) {
      out->push_back(' ');
      pending_space = false;
    }
    if (c >= 'A' && c <= 'Z') {
      out->push_back(static_cast<char>(c + 32));
    } else if (c < 0x80) {
      out->push_back(static_cast<char>(c));
    } else {
      out->append(table.folded[c]);
    }
  }
  return true;
}

}  // namespace

bool FoldAsciiInto(std::string_view text, char* out, size_t* length) {
  if (!IsAscii(text)) return false;
  // ASCII needs no normalization: lower-case and collapse spaces.
  size_t n = 0;
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = n != 0;
      continue;
    }
    if (pending_space) {
      out[n++] = ' ';
      pending_space = false;
    }
    out[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  *length = n;
  return true;
}

bool FoldLatinInto(std::string_view text, char* out, size_t capacity, size_t* length) {
  const LatinFoldTable& table = LatinFolds();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  if (static_cast<size_t>(n) != text.size()) return false;
  static constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD
  size_t w = 0;
  bool pending_space = false;
  // Appends bytes, with the space a whitespace run before them left.
  auto put = [&](const char* bytes, size_t count) {
    if (w + (pending_space ? 1 : 0) + count > capacity) return false;
    if (pending_space) {
      out[w++] = ' ';
      pending_space = false;
    }
    for (size_t k = 0; k < count; ++k) out[w++] = bytes[k];
    return true;
  };
  int32_t i = 0;
  // Continuation bytes at the start (text cut inside a character): ICU
  // reads each as one ill-formed sequence, U+FFFD.
  while (i < n && (s[i] & 0xC0) == 0x80) {
    if (!put(kReplacement, 3)) return false;
    ++i;
  }
  while (i < n) {
    UChar32 c;
    if (s[i] < 0x80) {
      c = s[i++];
    } else {
      const int32_t start = i;
      U8_NEXT(s, i, n, c);
      if (c < 0) {
        // A character cut at the end of text is one U+FFFD (the longest
        // well-formed prefix of a sequence is replaced as a whole);
        // anything else ill-formed is left to FoldText().
        if (i != n || !U8_IS_LEAD(s[start])) return false;
        if (!put(kReplacement, 3)) return false;
        break;
      }
      if (c >= kLatinLimit) return false;
    }
    if (table.space[c]) {
      pending_space = w != 0;
      continue;
    }
    char lower;
    bool ok;
    if (c >= 'A' && c <= 'Z') {
      lower = static_cast<char>(c + 32);
      ok = put(&lower, 1);
    } else if (c < 0x80) {
      lower = static_cast<char>(c);
      ok = put(&lower, 1);
    } else {
      ok = put(table.folded[c].data(), table.folded[c].size());
    }
    if (!ok) return false;
  }
  *length = w;
  return true;
}

std::string FoldText(std::string_view text) {
  if (IsAscii(text)) {
    std::string out(text.size(), '\0');
    size_t length = 0;
    FoldAsciiInto(text, out.data(), &length);
    out.resize(length);
    return out;
  }
  {
    std::string out;
    if (FoldLatin(text, &out)) return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString input = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString decomposed;
  if (U_SUCCESS(status)) {
    nfd->normalize(input, decomposed, status);
  }
  if (U_FAILURE(status)) decomposed = input;
  icu::UnicodeString folded;
  bool pending_space = false;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (u_isUWhiteSpace(c)) {
      pending_space = !folded.isEmpty();
      continue;
    }
    if (pending_space) {
      folded.append(static_cast<UChar32>(' '));
      pending_space = false;
    }
    folded.append(u_foldCase(c, U_FOLD_CASE_DEFAULT));
  }
  std::string out;
  folded.toUTF8String(out);
  return out;
}

namespace {
bool IsWordCodePoint(UChar32 c) {
  return c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK ||
                    u_charType(c) == U_COMBINING_SPACING_MARK);
}
}  // namespace

bool IsWordCharBefore(std::string_view text, size_t offset) {
  if (offset == 0 || offset > text.size()) return false;
  // Look at a short window so offsets beyond int32 range stay correct.
  const size_t window_start = offset >= 4 ? offset - 4 : 0;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data() + window_start);
  int32_t i = static_cast<int32_t>(offset - window_start);
  UChar32 c;
  U8_PREV(s, 0, i, c);
  return IsWordCodePoint(c);
}

bool IsWordCharAt(std::string_view text, size_t offset) {
  if (offset >= text.size()) return false;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data() + offset);
  const int32_t n = static_cast<int32_t>(std::min<size_t>(4, text.size() - offset));
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s, i, n, c);
  return IsWordCodePoint(c);
}

}  // namespace amparo::redaction
