// Finds a few short words in a text in one pass, sixteen bytes at a time
// (SSE2), for the late passes that look for cue words ("coyote", "chez",
// "Ti-"): std::string_view::find() stops at every byte equal to a word's
// first letter and compares there, which for a common letter ("c", "p")
// cost each word searched ~1.5 M instructions per megabyte, and memmem()
// more. Here a place is looked at only where a chosen pair of a word's
// bytes stands, for all the words at once.
#ifndef AMPARO_REDACTION_WORD_SCAN_H_
#define AMPARO_REDACTION_WORD_SCAN_H_

#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace amparo::redaction {

// A word to find, and where in it the pair of bytes the scan looks for
// first stands: a pair rare in text ("oy" of "coyote", "ff" of
// "chauffeur") makes few places to compare.
struct ScanWord {
  std::string_view word;
  size_t pair = 0;  // offset of the pair in word (pair + 1 < word.size())
};

namespace word_scan_internal {

#if defined(__SSE2__)
// The SIMD loop of FindEachWord() for `Distinct` pairs, a constant: the
// pairs' comparisons are unrolled, where a loop over a count read at run
// time cost as much again as the comparisons themselves. Calls check(q)
// for each q at which a pair stands, in order; returns where it stopped.
template <size_t Distinct, typename Check>
size_t ScanPairs(const char* bytes, size_t n, const char (&pairs)[8][2], Check& check) {
  __m128i first[Distinct], second[Distinct];
  for (size_t d = 0; d < Distinct; ++d) {
    first[d] = _mm_set1_epi8(pairs[d][0]);
    second[d] = _mm_set1_epi8(pairs[d][1]);
  }
  size_t q = 0;
  for (; q + 17 <= n; q += 16) {
    const __m128i cur = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + q));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + q + 1));
    __m128i hit = _mm_and_si128(_mm_cmpeq_epi8(cur, first[0]), _mm_cmpeq_epi8(next, second[0]));
    for (size_t d = 1; d < Distinct; ++d) {
      hit = _mm_or_si128(hit, _mm_and_si128(_mm_cmpeq_epi8(cur, first[d]), _mm_cmpeq_epi8(next, second[d])));
    }
    for (uint32_t bits = static_cast<uint32_t>(_mm_movemask_epi8(hit)); bits != 0; bits &= bits - 1) {
      check(q + static_cast<size_t>(__builtin_ctz(bits)));
    }
  }
  return q;
}
#endif

}  // namespace word_scan_internal

// Calls found(offset, k) for each offset at which words[k].word starts, in
// increasing order of the pair's offset. At most 8 words.
template <typename Found>
void FindEachWord(std::string_view text, const ScanWord* words, size_t count, Found&& found) {
  const size_t n = text.size();
  const char* bytes = text.data();
  // The pair of a word found at q: compare the word whose pair it is (its
  // first byte before the rest: most places where a pair stands hold
  // another word).
  auto check = [&](size_t q) {
    for (size_t k = 0; k < count; ++k) {
      const std::string_view w = words[k].word;
      const size_t a = words[k].pair;
      if (q < a || bytes[q] != w[a] || bytes[q + 1] != w[a + 1] || q - a + w.size() > n) continue;
      if (bytes[q - a] == w[0] && std::memcmp(bytes + q - a, w.data(), w.size()) == 0) found(q - a, k);
    }
  };
  size_t q = 0;
#if defined(__SSE2__)
  if (count <= 8 && n >= 17) {
    // One comparison per distinct pair.
    char pairs[8][2] = {};
    size_t distinct = 0;
    for (size_t k = 0; k < count; ++k) {
      const char c0 = words[k].word[words[k].pair], c1 = words[k].word[words[k].pair + 1];
      bool seen = false;
      for (size_t d = 0; d < distinct; ++d) seen = seen || (pairs[d][0] == c0 && pairs[d][1] == c1);
      if (!seen) {
        pairs[distinct][0] = c0;
        pairs[distinct][1] = c1;
        ++distinct;
      }
    }
    using word_scan_internal::ScanPairs;
    switch (distinct) {
      case 1: q = ScanPairs<1>(bytes, n, pairs, check); break;
      case 2: q = ScanPairs<2>(bytes, n, pairs, check); break;
      case 3: q = ScanPairs<3>(bytes, n, pairs, check); break;
      case 4: q = ScanPairs<4>(bytes, n, pairs, check); break;
      case 5: q = ScanPairs<5>(bytes, n, pairs, check); break;
      case 6: q = ScanPairs<6>(bytes, n, pairs, check); break;
      case 7: q = ScanPairs<7>(bytes, n, pairs, check); break;
      default: q = ScanPairs<8>(bytes, n, pairs, check); break;
    }
  }
#endif
  for (; q + 1 < n; ++q) check(q);
}

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_WORD_SCAN_H_
