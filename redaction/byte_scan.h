// Fast searches for ASCII digits in UTF-8 text, sixteen bytes at a time
// (SSE2) or eight.
//
// The pattern detector and the known phone matcher look for digits in every
// text they read (most of their work happens only near one); a loop that
// tests one byte at a time cost each about a millisecond per megabyte. Each
// function gives exactly what that loop gave: the first offset at or after
// `from` holding '0'..'9' (or '+'), or text.size(). Bytes of multi-byte
// UTF-8 sequences (>= 0x80) are never digits.
#ifndef AMPARO_REDACTION_BYTE_SCAN_H_
#define AMPARO_REDACTION_BYTE_SCAN_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace amparo::redaction {

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

// A byte of a word or a number: an ASCII letter or digit, or any byte of a
// multi-byte UTF-8 character ("3º", "Poříčí").
inline bool IsAlnumOrUtf8Byte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') || u >= 0x80;
}

namespace byte_scan_internal {

constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHighs = 0x8080808080808080ull;

// High bits of the bytes of word below `limit` (<= 128), exact for the
// lowest flagged byte: a byte below limit borrows in the subtraction and
// keeps its high bit clear in ~word; borrows only run upwards, so bytes
// above the lowest hit may be flagged wrongly, never bytes below it.
constexpr uint64_t BytesBelow(uint64_t word, uint8_t limit) {
  return (word - kOnes * limit) & ~word & kHighs;
}

// First offset >= from holding a digit (or `extra`, if not 0), else n.
inline size_t NextDigitOr(std::string_view text, size_t from, char extra) {
  const size_t n = text.size();
#if defined(__SSE2__)
  // Sixteen bytes at a time: "x - '0' < 10" unsigned, as a signed compare
  // after flipping the high bit.
  const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));
  for (; from + 16 <= n; from += 16) {
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + from));
    __m128i hits = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(c, _mm_set1_epi8('0')), flip),
                                  _mm_set1_epi8(static_cast<char>(0x80 + 10)));
    if (extra != 0) hits = _mm_or_si128(hits, _mm_cmpeq_epi8(c, _mm_set1_epi8(extra)));
    const uint32_t mask = static_cast<uint32_t>(_mm_movemask_epi8(hits));
    if (mask != 0) return from + static_cast<size_t>(std::countr_zero(mask));
  }
#endif
  if constexpr (std::endian::native == std::endian::little) {
    while (from + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, text.data() + from, 8);
      uint64_t hits = BytesBelow(word ^ (kOnes * '0'), 10);  // digits become 0..9
      if (extra != 0) hits |= BytesBelow(word ^ (kOnes * static_cast<uint8_t>(extra)), 1);
      // The lowest hit of either mask is exact, so is the lowest of both.
      if (hits != 0) return from + static_cast<size_t>(std::countr_zero(hits)) / 8;
      from += 8;
    }
  }
  while (from < n && !IsAsciiDigit(text[from]) && (extra == 0 || text[from] != extra)) ++from;
  return from;
}

}  // namespace byte_scan_internal

inline size_t NextDigit(std::string_view text, size_t from) {
  return byte_scan_internal::NextDigitOr(text, from, 0);
}

// The first offset at or after from holding a digit or '+' (phone numbers
// start so), or text.size().
inline size_t NextDigitOrPlus(std::string_view text, size_t from) {
  return byte_scan_internal::NextDigitOr(text, from, '+');
}

// The first offset at or after from holding a digit that `mark` follows
// ("12," for ','), or text.size(): the last digit of each run of digits
// that `mark` closes, in order. The address passes that want only the
// numbers a comma or a period closes ("Na Poříčí 12, Praha 1", "Teatinos
// 180. Málaga") find those without stopping at every other run of digits
// (a walk over every run with NextDigit() cost each ~1 M instructions per
// MB of testimony text).
inline size_t NextDigitBefore(std::string_view text, size_t from, char mark) {
  const size_t n = text.size();
#if defined(__SSE2__)
  const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i marks = _mm_set1_epi8(mark);
  for (; from + 17 <= n; from += 16) {
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + from));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + from + 1));
    const __m128i digits = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(c, _mm_set1_epi8('0')), flip),
                                          _mm_set1_epi8(static_cast<char>(0x80 + 10)));
    const auto mask = static_cast<uint32_t>(_mm_movemask_epi8(_mm_and_si128(digits, _mm_cmpeq_epi8(next, marks))));
    if (mask != 0) return from + static_cast<size_t>(std::countr_zero(mask));
  }
#endif
  for (; from + 1 < n; ++from) {
    if (IsAsciiDigit(text[from]) && text[from + 1] == mark) return from;
  }
  return n;
}

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_BYTE_SCAN_H_
