// Runs of word bytes in UTF-8 text, found 64 bytes at a time.
//
// A word byte is an ASCII letter or digit or any byte >= 0x80 (every byte
// of a multi-byte code point: accented letters stay inside their word).
// ForEachWordRun(text, visit) calls visit(begin, end) for each maximal run
// of word bytes, in order: exactly what a loop testing one byte at a time
// gives (tests/redaction/word_runs_test.cc compares them), for a fraction
// of its cost on prose, where runs are short and a byte-at-a-time loop
// spends most of its time finding where they end. Passes that look at
// every word of the text but care about few (spoken numbers, "arroba")
// use it to skip the rest cheaply.
#ifndef AMPARO_REDACTION_WORD_RUNS_H_
#define AMPARO_REDACTION_WORD_RUNS_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace amparo::redaction {

inline bool IsWordRunByte(unsigned char c) {
  return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

namespace word_runs_internal {

#if defined(__SSE2__)
// 0xFF in each byte of c that is an ASCII letter (either case), else 0.
inline __m128i AsciiLetterBytes(__m128i c) {
  // Unsigned "x < limit" as a signed compare after flipping the high bit.
  const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i offset = _mm_sub_epi8(_mm_or_si128(c, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
  return _mm_cmplt_epi8(_mm_xor_si128(offset, flip), _mm_set1_epi8(static_cast<char>(0x80 + 26)));
}

// 0xFF in each byte of c that is an ASCII digit, else 0.
inline __m128i AsciiDigitBytes(__m128i c) {
  const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i offset = _mm_sub_epi8(c, _mm_set1_epi8('0'));
  return _mm_cmplt_epi8(_mm_xor_si128(offset, flip), _mm_set1_epi8(static_cast<char>(0x80 + 10)));
}

// Bit k set: byte k of c is an ASCII letter or digit.
inline uint32_t AsciiAlnumBits16(__m128i c) {
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(AsciiLetterBytes(c), AsciiDigitBytes(c))));
}
#endif

// Bit k set: p[k] is a word byte, for k < count (<= 64); higher bits 0.
inline uint64_t WordByteMask(const char* p, size_t count) {
  uint64_t mask = 0;
  size_t k = 0;
#if defined(__SSE2__)
  for (; k + 16 <= count; k += 16) {
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
    // movemask of c itself: the bytes >= 0x80.
    const uint32_t bits = static_cast<uint32_t>(_mm_movemask_epi8(c)) | AsciiAlnumBits16(c);
    mask |= static_cast<uint64_t>(bits & 0xFFFF) << k;
  }
#endif
  for (; k < count; ++k) {
    if (IsWordRunByte(static_cast<unsigned char>(p[k]))) mask |= uint64_t{1} << k;
  }
  return mask;
}

// Bit k set: p[k] is an ASCII letter or digit, for k < count (<= 64);
// higher bits 0. (WordByteMask() without the bytes from 0x80 on.)
inline uint64_t AsciiAlnumMask(const char* p, size_t count) {
  uint64_t mask = 0;
  size_t k = 0;
#if defined(__SSE2__)
  for (; k + 16 <= count; k += 16) {
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
    mask |= static_cast<uint64_t>(AsciiAlnumBits16(c) & 0xFFFF) << k;
  }
#endif
  for (; k < count; ++k) {
    const unsigned char c = static_cast<unsigned char>(p[k]);
    if (c < 0x80 && IsWordRunByte(c)) mask |= uint64_t{1} << k;
  }
  return mask;
}

// Bit k set: p[k] is an ASCII capital, or 0xC3 before a byte of
// 0x80..0x9E (the capitals "À".."Þ", with "×"), for k < count (<= 64).
// `available` (>= count) bytes may be read from p.
inline uint64_t CapitalLeadMask(const char* p, size_t count, size_t available) {
  uint64_t mask = 0;
  size_t k = 0;
#if defined(__SSE2__)
  for (; k + 16 <= count && k + 17 <= available; k += 16) {
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k + 1));
    const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));
    const __m128i upper = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(c, _mm_set1_epi8('A')), flip),
                                         _mm_set1_epi8(static_cast<char>(0x80 + 26)));
    // next in 0x80..0x9E: as a signed byte, -128..-98.
    const __m128i latin_capital = _mm_cmplt_epi8(next, _mm_set1_epi8(static_cast<char>(0x9F)));
    const __m128i lead = _mm_and_si128(_mm_cmpeq_epi8(c, _mm_set1_epi8(static_cast<char>(0xC3))), latin_capital);
    mask |= static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(upper, lead))) & 0xFFFF) << k;
  }
#endif
  for (; k < count; ++k) {
    const unsigned char c = static_cast<unsigned char>(p[k]);
    const bool lead = c == 0xC3 && k + 1 < available && static_cast<unsigned char>(p[k + 1]) >= 0x80 &&
                      static_cast<unsigned char>(p[k + 1]) <= 0x9E;
    if ((c >= 'A' && c <= 'Z') || lead) mask |= uint64_t{1} << k;
  }
  return mask;
}

}  // namespace word_runs_internal

template <typename Visit>
void ForEachWordRun(std::string_view text, Visit visit) {
  const size_t n = text.size();
  bool in_word = false;  // a run is open at `begin`
  size_t begin = 0;
  for (size_t base = 0; base < n; base += 64) {
    const size_t count = n - base < 64 ? n - base : 64;
    const uint64_t m = word_runs_internal::WordByteMask(text.data() + base, count);
    // Bit k of `after`: byte k-1 (of this block, or the last of the block
    // before) is a word byte.
    const uint64_t after = (m << 1) | (in_word ? 1 : 0);
    uint64_t starts = m & ~after;
    // A run ends at the first byte that is no word byte; past the text's
    // end (count < 64) the mask is 0, so a run reaching it ends at n.
    uint64_t ends = ~m & after;
    if (count < 64) ends &= (uint64_t{2} << count) - 1;
    while (true) {
      if (!in_word) {
        if (starts == 0) break;
        begin = base + static_cast<size_t>(std::countr_zero(starts));
        starts &= starts - 1;
        in_word = true;
      } else {
        if (ends == 0) break;
        const size_t end = base + static_cast<size_t>(std::countr_zero(ends));
        ends &= ends - 1;
        in_word = false;
        visit(begin, end);
      }
    }
  }
  if (in_word) visit(begin, n);
}

// Calls visit(begin) for each run of word bytes (as ForEachWordRun) that
// opens with an ASCII capital or a Latin-1 capital ("Á", "Ñ": 0xC3 and a
// byte of 0x80..0x9E), in order, without visiting the other words. Only
// those bytes are looked at one by one (a capital inside a word,
// "McDonald", is no start).
template <typename Visit>
void ForEachCapitalWordStart(std::string_view text, Visit visit) {
  const size_t n = text.size();
  for (size_t base = 0; base < n; base += 64) {
    const size_t count = n - base < 64 ? n - base : 64;
    uint64_t capitals = word_runs_internal::CapitalLeadMask(text.data() + base, count, n - base);
    while (capitals != 0) {
      const size_t at = base + static_cast<size_t>(std::countr_zero(capitals));
      capitals &= capitals - 1;
      if (at == 0 || !IsWordRunByte(static_cast<unsigned char>(text[at - 1]))) visit(at);
    }
  }
}

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_WORD_RUNS_H_
