#include "search/text_folding.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>

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
  int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  int32_t start = -1;
  while (i < length) {
    int32_t at = i;
    bool word;
    if (s[i] < 0x80) {
      word = kAsciiWord[s[i++]];  // ASCII: most of the text, no decoding needed
    } else {
      UChar32 c;
      U8_NEXT(s, i, length, c);
      word = c >= 0 && IsWordChar(c);
    }
    if (word && start < 0) start = at;
    if (!word && start >= 0) {
      if (static_cast<size_t>(at - start) <= kMaxWordBytes) words.push_back({size_t(start), size_t(at)});
      start = -1;
    }
  }
  if (start >= 0 && static_cast<size_t>(length - start) <= kMaxWordBytes) {
    words.push_back({size_t(start), size_t(length)});
  }
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
