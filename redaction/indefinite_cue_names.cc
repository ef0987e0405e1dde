#include "redaction/indefinite_cue_names.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <utility>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/place_gazetteer.h"
#include "redaction/text_utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace amparo::redaction {
namespace {

// A cue in lower case with the article it needs before it.
struct Cue {
  std::string_view word;
  std::string_view article;
};

constexpr Cue kCues[] = {{"certain", "un"}, {"certaine", "une"}, {"s\xC3\xA8ten", "yon"}, {"seten", "yon"},
                         {"tal", "un"},     {"tal", "una"},      {"certain", "a"}};

// The word of letters (hyphens inside) that starts at `at`.
std::string_view NameWordAt(std::string_view text, size_t at) {
  size_t e = at;
  while (e < text.size() &&
         (IsNameLetterByte(static_cast<unsigned char>(text[e])) ||
          (text[e] == '-' && e > at && e + 1 < text.size() && IsNameLetterByte(static_cast<unsigned char>(text[e + 1]))))) {
    ++e;
  }
  return text.substr(at, e - at);
}

// The first offset q >= from (q + 2 < text.size()) where a space comes
// before a cue's first two letters ("c"/"s"/"t", then "a"/"e" or the lead
// byte of "è"), or text.size(): the only places a cue can start. Sixteen
// offsets at a time where SSE2 is there; testimony text has a space every
// six bytes and most words after one open otherwise, so a byte loop cost
// ~9 instructions per byte for a pass that finds nothing on most texts.
size_t NextCueStart(std::string_view text, size_t from) {
  const size_t n = text.size();
  const auto at = [&](size_t q) {
    const char l = text[q + 1], s = text[q + 2];
    return text[q] == ' ' && (l == 'c' || l == 's' || l == 't') && (s == 'a' || s == 'e' || s == '\xC3');
  };
#if defined(__SSE2__)
  for (; from + 18 <= n; from += 16) {
    const auto load = [&](size_t k) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + from + k)); };
    const __m128i c0 = load(0), c1 = load(1), c2 = load(2);
    const auto eq = [](__m128i c, char b) { return _mm_cmpeq_epi8(c, _mm_set1_epi8(b)); };
    const __m128i hits = _mm_and_si128(
        eq(c0, ' '), _mm_and_si128(_mm_or_si128(eq(c1, 'c'), _mm_or_si128(eq(c1, 's'), eq(c1, 't'))),
                                   _mm_or_si128(eq(c2, 'a'), _mm_or_si128(eq(c2, 'e'), eq(c2, '\xC3')))));
    const uint32_t mask = static_cast<uint32_t>(_mm_movemask_epi8(hits));
    if (mask != 0) return from + static_cast<size_t>(std::countr_zero(mask));
  }
#endif
  for (; from + 2 < n; ++from) {
    if (at(from)) return from;
  }
  return n;
}

}  // namespace

void AddNamesAfterIndefiniteCues(std::string_view text, const PlaceGazetteer& places,
                                 const std::vector<Finding>& others, std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  // Only an organisation's or institution's word: after the cue a
  // capitalized weekday's abbreviation or pronoun is a name ("Sun", "Li").
  constexpr uint32_t kNoName = kOrgWord | kInstitution;
  std::vector<std::pair<size_t, size_t>> added;
  // One walk over the text for every cue: each is a word between spaces,
  // so only a space before the first two letters of one is read further.
  // (A find() per cue cost ~10 M instructions per MB on the false starts
  // inside "total", "hospital", "certainly".)
  for (size_t q = NextCueStart(text, 1); q < text.size(); q = NextCueStart(text, q + 1)) {
    const size_t p = q + 1;  // the cue, past its space
    std::string_view cue;
    for (const Cue& k : kCues) {
      const size_t e = p + k.word.size();
      if (e < text.size() && text[e] == ' ' && text.substr(p, k.word.size()) == k.word) {
        cue = k.word;
        break;
      }
    }
    if (cue.empty()) continue;
    const size_t after = p + cue.size();
    if (after + 1 >= text.size()) continue;
    size_t ab = 0;
    const text::FoldedWord article(LetterWordEndingAt(text, p - 1, &ab));  // "Un certain"
    bool cued = false;
    for (const Cue& k : kCues) cued = cued || (k.word == cue && k.article == article.view());
    if (!cued) continue;
    size_t at = after + 1;
    // A title opening the run is passed: "un certain Monsieur Li".
    {
      const std::string_view first = NameWordAt(text, at);
      if (!first.empty() && StartsWithCapital(text, at)) {
        const text::FoldedWord f(first);
        size_t next = at + first.size();
        if (next < text.size() && text[next] == '.') ++next;
        const bool french_mister = first == "M" && next > at + first.size();  // "M. Li"
        if (((lexicon->Flags(f.view()) & (kTitle | kHonorific)) != 0 || french_mister) && next < text.size() &&
            text[next] == ' ') {
          at = next + 1;
        }
      }
    }
    const size_t begin = at;
    size_t end = at;
    bool ok = true;
    for (int words = 0; words < 3 && StartsWithCapital(text, at); ++words) {
      const std::string_view w = NameWordAt(text, at);
      if (w.empty()) break;
      const text::FoldedWord f(w);
      if (text::AllCaps(w) && w.size() > 1) ok = false;
      if ((lexicon->Flags(f.view()) & kNoName) != 0) ok = false;
      end = at + w.size();
      if (w.size() == 1 && end < text.size() && text[end] == '.') ++end;  // an initial: "J. Dupont"
      if (end + 1 >= text.size() || text[end] != ' ') break;
      at = end + 1;
    }
    if (!ok || end <= begin) continue;
    // A place of the hand-written list; a world town of one word ("Sun",
    // "Li") is as often a name, and the cue says which.
    if (places.IsPlace(text.substr(begin, end - begin))) continue;
    added.emplace_back(begin, end);
  }
  if (added.empty()) return;
  std::sort(added.begin(), added.end());
  added.erase(std::unique(added.begin(), added.end()), added.end());
  AddPersonsOverlappingNothing(added, others, names);
}

}  // namespace amparo::redaction
