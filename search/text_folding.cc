#include "search/text_folding.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <cstring>

namespace amparo::search {

namespace {

constexpr bool IsAsciiWordChar(UChar32 c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool IsWordChar(UChar32 c) {
  if (c < 0x80) return IsAsciiWordChar(c);
  if (u_isalnum(c)) return true;
  int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

const icu::Normalizer2* Nfkd() {
  static const icu::Normalizer2* nfkd = [] {
    UErrorCode status = U_ZERO_ERROR;
    return icu::Normalizer2::getNFKDInstance(status);
  }();
  return nfkd;
}

}  // namespace

std::vector<WordSpan> SplitWords(std::string_view text) {
  // ASCII letters and digits, looked up rather than compared.
  static constexpr auto kAsciiWord = [] {
    std::array<bool, 128> t{};
    for (int c = 0; c < 128; ++c) t[c] = IsAsciiWordChar(c);
    return t;
  }();
  std::vector<WordSpan> words;
  words.reserve(text.size() / 5 + 1);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  size_t continuations = 0;  // continuation bytes before i
  bool in_word = false;
  int32_t word_begin = 0;
  size_t word_chars_before = 0;
  auto begin_word = [&](int32_t at, size_t chars_before) {
    in_word = true;
    word_begin = at;
    word_chars_before = chars_before;
  };
  auto end_word = [&](int32_t at) {
    in_word = false;
    if (static_cast<size_t>(at - word_begin) <= kMaxWordBytes)
      words.push_back({size_t(word_begin), size_t(at), word_chars_before});
  };
  while (i < length) {
    // Eight ASCII bytes at once: one bit per word byte, then one step per
    // word boundary rather than a (mispredicted) branch per byte.
    if (i + 8 <= length) {
      uint64_t x;
      memcpy(&x, s + i, 8);
      if ((x & 0x8080808080808080ULL) == 0) {
        uint32_t is_word = 0;
        for (int k = 0; k < 8; ++k) is_word |= static_cast<uint32_t>(kAsciiWord[s[i + k]]) << k;
        uint32_t boundaries = (is_word ^ ((is_word << 1) | (in_word ? 1u : 0u))) & 0xFFu;
        while (boundaries != 0) {
          int k = __builtin_ctz(boundaries);
          boundaries &= boundaries - 1;
          if (is_word >> k & 1u) {
            begin_word(i + k, static_cast<size_t>(i + k) - continuations);
          } else {
            end_word(i + k);
          }
        }
        i += 8;
        continue;
      }
    }
    // One character, decoded when it is not ASCII.
    const int32_t at = i;
    const size_t chars_before = static_cast<size_t>(at) - continuations;
    bool word;
    if (s[i] < 0x80) {
      word = kAsciiWord[s[i++]];
    } else {
      UChar32 c;
      U8_NEXT(s, i, length, c);
      for (int32_t k = at; k < i; ++k) continuations += (s[k] & 0xC0) == 0x80;
      word = c >= 0 && IsWordChar(c);
    }
    if (word && !in_word) {
      begin_word(at, chars_before);
    } else if (!word && in_word) {
      end_word(at);
    }
  }
  if (in_word) end_word(length);
  return words;
}

void FoldWordInto(std::string_view word, std::string* out) {
  out->clear();
  bool ascii = true;
  for (char ch : word) {
    if (static_cast<unsigned char>(ch) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    out->reserve(word.size());
    for (char ch : word) out->push_back(ch >= 'A' && ch <= 'Z' ? char(ch + 32) : ch);
    return;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  u.foldCase();
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString decomposed = Nfkd()->normalize(u, status);
  if (U_FAILURE(status)) decomposed = u;
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    kept.append(c);
  }
  kept.toUTF8String(*out);
}

std::string CaseFoldWord(std::string_view word) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  u.foldCase();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  std::string out;
  if (U_SUCCESS(status)) {
    icu::UnicodeString composed = nfc->normalize(u, status);
    if (U_SUCCESS(status)) u = composed;
  }
  u.toUTF8String(out);
  return out;
}

std::string FoldWord(std::string_view word) {
  std::string out;
  FoldWordInto(word, &out);
  return out;
}

std::vector<std::string> FoldedWords(std::string_view text) {
  std::vector<std::string> out;
  for (const WordSpan& w : SplitWords(text)) {
    out.push_back(FoldWord(text.substr(w.begin, w.end - w.begin)));
  }
  return out;
}

std::string FoldPhrase(std::string_view text) {
  std::string joined;
  for (const std::string& w : FoldedWords(text)) {
    if (!joined.empty()) joined.push_back(' ');
    joined += w;
  }
  return joined;
}

}  // namespace amparo::search
