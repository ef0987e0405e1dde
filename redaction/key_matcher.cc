#include "redaction/key_matcher.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <string>

#include "redaction/word_runs.h"

namespace amparo::redaction {
namespace {

constexpr size_t kNoMatch = static_cast<size_t>(-1);

// The longest separator run a key has (a name's "{1,3}").
constexpr uint8_t kMaxRun = 3;

// Code points below this limit fold through a table.
constexpr int32_t kTableLimit = 0x800;

// The vowels (and n, c, y) of a folded key and the letters each also
// matches, as the known-name patterns always listed them.
constexpr std::pair<char, const char*> kAccentClasses[] = {
    {'a', "aáàâäãå"}, {'e', "eéèêë"}, {'i', "iíìîï"}, {'o', "oóòôöõø"},
    {'u', "uúùûü"},   {'n', "nñ"},    {'c', "cç"},    {'y', "yýÿ"}};

// Separator characters a run may match, one bit each.
enum : uint16_t {
  kSepTab = 1 << 0, kSepNewline = 1 << 1, kSepFormFeed = 1 << 2, kSepReturn = 1 << 3,
  kSepSpace = 1 << 4, kSepHyphen = 1 << 5, kSepApostrophe = 1 << 6, kSepRightQuote = 1 << 7,
  kSepUnderscore = 1 << 8, kSepPeriod = 1 << 9, kSepSlash = 1 << 10,
};
// RE2's \s is [\t\n\f\r ].
constexpr uint16_t kSepWhitespace = kSepTab | kSepNewline | kSepFormFeed | kSepReturn | kSepSpace;
constexpr uint16_t kNameSeparators = kSepWhitespace | kSepHyphen | kSepApostrophe | kSepRightQuote;
constexpr uint16_t kApostrophes = kSepApostrophe | kSepRightQuote;
constexpr uint16_t kCodeSeparators =
    kSepWhitespace | kSepHyphen | kSepUnderscore | kSepPeriod | kSepSlash;

uint16_t SeparatorBit(int32_t c) {
  switch (c) {
    case '\t': return kSepTab;
    case '\n': return kSepNewline;
    case '\f': return kSepFormFeed;
    case '\r': return kSepReturn;
    case ' ': return kSepSpace;
    case '-': return kSepHyphen;
    case '\'': return kSepApostrophe;
    case 0x2019: return kSepRightQuote;
    case '_': return kSepUnderscore;
    case '.': return kSepPeriod;
    case '/': return kSepSlash;
    default: return 0;
  }
}

struct FoldTables {
  int32_t fold[kTableLimit];
  char accent[kTableLimit] = {};  // by case fold: the accent class's letter
  std::vector<bool> word;         // by case fold (below 0x10000)
  FoldTables() : word(0x10000, false) {
    for (int32_t c = 0; c < kTableLimit; ++c) fold[c] = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    for (const auto& [letter, members] : kAccentClasses) {
      const auto* s = reinterpret_cast<const uint8_t*>(members);
      const int32_t n = static_cast<int32_t>(std::char_traits<char>::length(members));
      for (int32_t i = 0; i < n;) {
        UChar32 c;
        U8_NEXT(s, i, n, c);
        accent[fold[c]] = letter;
      }
    }
    // The word class of CompactClasses() (pattern_rules.cc); under (?i) RE2
    // closes it under simple case folding, so a code point is in it when
    // its fold is the fold of one of these.
    const std::pair<int32_t, int32_t> kRanges[] = {
        {'0', '9'},     {'A', 'Z'},       {'a', 'z'},       {0x00AA, 0x00AA}, {0x00B5, 0x00B5},
        {0x00BA, 0x00BA}, {0x00C0, 0x00D6}, {0x00D8, 0x00F6}, {0x00F8, 0x024F}, {0x0300, 0x036F},
        {0x1E00, 0x1EFF}};
    for (const auto& [first, last] : kRanges) {
      for (int32_t c = first; c <= last; ++c) {
        const int32_t f = u_foldCase(c, U_FOLD_CASE_DEFAULT);
        if (f < 0x10000) word[f] = true;
      }
    }
  }
};

const FoldTables& Tables() {
  static const FoldTables* tables = new FoldTables;
  return *tables;
}

int32_t Fold(const FoldTables& t, int32_t c) {
  return c < kTableLimit ? t.fold[c] : u_foldCase(c, U_FOLD_CASE_DEFAULT);
}

bool IsWord(const FoldTables& t, int32_t c) {
  if (c < 0) return false;
  const int32_t f = Fold(t, c);
  return f < 0x10000 && t.word[f];
}

// Keys are filed by the bucket of their first character: its case fold, or
// the letter of its accent class. A character that matches a key's first
// element always has that element's bucket.
int32_t BucketOf(const FoldTables& t, int32_t c) {
  const int32_t f = Fold(t, c);
  return f < kTableLimit && t.accent[f] != 0 ? t.accent[f] : f;
}

// The code point at `at` (-1 if malformed) and its length.
int32_t CodePointAt(std::string_view text, size_t at, size_t* length) {
  const auto b = static_cast<unsigned char>(text[at]);
  if (b < 0x80) {
    *length = 1;
    return b;
  }
  const auto* s = reinterpret_cast<const uint8_t*>(text.data() + at);
  const int32_t n = static_cast<int32_t>(std::min<size_t>(4, text.size() - at));
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s, i, n, c);
  *length = static_cast<size_t>(i);
  return c;
}

// Splits s into code points; false if it is not valid UTF-8.
// Room for a code point a byte is made once: a new testimony's keys (about
// fifty name variants) would otherwise grow each vector four or five times.
bool CodePoints(std::string_view s, std::vector<int32_t>* out) {
  out->reserve(out->size() + s.size());
  for (size_t i = 0; i < s.size();) {
    size_t length = 0;
    const int32_t c = CodePointAt(s, i, &length);
    if (c < 0) return false;
    out->push_back(c);
    i += length;
  }
  return true;
}

bool AtBoundary(const FoldTables& t, std::string_view text, size_t at) {
  if (at >= text.size()) return true;
  size_t length = 0;
  return !IsWord(t, CodePointAt(text, at, &length));
}

}  // namespace

bool IsLatinWordCodePoint(int32_t c) { return IsWord(Tables(), c); }

KeyMatcher::KeyMatcher() {
  for (int b = 0x80; b < 256; ++b) may_start_[b] = true;
}

int KeyMatcher::AddFolded(int group, std::string_view folded) {
  const FoldTables& t = Tables();
  std::vector<int32_t> chars;
  if (!CodePoints(folded, &chars)) return -1;
  std::vector<Element> elements;
  elements.reserve(chars.size());
  for (int32_t c : chars) {
    Element e;
    if (c == ' ' || c == '-') {
      e.kind = Element::kRun;
      e.run_set = kNameSeparators;
      e.min = 1;
      e.max = 3;
    } else if (c == '\'') {
      e.kind = Element::kRun;
      e.run_set = kApostrophes;
      e.min = 0;
      e.max = 1;
    } else {
      e.kind = Element::kLiteral;
      e.value = Fold(t, c);
      for (const auto& [letter, members] : kAccentClasses) {
        if (c == letter) {
          e.kind = Element::kAccentClass;
          e.value = letter;
        }
      }
    }
    elements.push_back(e);
  }
  return AddKey(group, std::move(elements));
}

int KeyMatcher::AddVerbatim(int group, std::string_view literal) {
  const FoldTables& t = Tables();
  std::vector<int32_t> chars;
  if (!CodePoints(literal, &chars)) return -1;
  std::vector<Element> elements;
  elements.reserve(chars.size());
  for (int32_t c : chars) {
    Element e;
    e.kind = Element::kLiteral;
    e.value = Fold(t, c);
    elements.push_back(e);
  }
  return AddKey(group, std::move(elements));
}

int KeyMatcher::AddCaseCode(int group, std::string_view alnum_upper) {
  const FoldTables& t = Tables();
  std::vector<int32_t> chars;
  if (!CodePoints(alnum_upper, &chars)) return -1;
  std::vector<Element> elements;
  elements.reserve(chars.empty() ? 0 : 2 * chars.size() - 1);
  for (size_t i = 0; i < chars.size(); ++i) {
    if (i > 0) {
      Element sep;
      sep.kind = Element::kRun;
      sep.run_set = kCodeSeparators;
      sep.min = 0;
      sep.max = 2;
      elements.push_back(sep);
    }
    Element e;
    e.kind = Element::kLiteral;
    e.value = Fold(t, chars[i] == '#' ? 0x00F1 : chars[i]);  // '#' stands for ñ
    elements.push_back(e);
  }
  return AddKey(group, std::move(elements));
}

// The bucket of the characters an element matches; -1 for a run.
int32_t ElementBucket(const KeyMatcher::Element& e) {
  if (e.kind == KeyMatcher::Element::kRun) return -1;
  // A literal's value is already a case fold; BucketOf() maps it to its
  // accent class if it has one (a literal "ø" shares the bucket of 'o').
  return e.kind == KeyMatcher::Element::kAccentClass ? e.value : BucketOf(Tables(), e.value);
}

int KeyMatcher::AddKey(int group, std::vector<Element> elements) {
  if (elements.empty() || elements.front().kind == Element::kRun || group < 0) return -1;
  for (const Element& e : elements) {
    if (e.kind == Element::kRun && e.max > kMaxRun) return -1;
  }
  const int index = static_cast<int>(keys_.size());
  int32_t second = elements.size() > 1 ? ElementBucket(elements[1]) : -1;
  int32_t third = second >= 0 && elements.size() > 2 ? ElementBucket(elements[2]) : -1;
  // A case code's characters have optional separators between them
  // ("CAI-2025", "cai2025"): its second character is the one after the
  // run, or one of the run's separators.
  uint16_t second_separators = 0;
  if (elements.size() > 2 && elements[1].kind == Element::kRun && elements[1].min == 0 &&
      elements[2].kind != Element::kRun) {
    second = ElementBucket(elements[2]);
    second_separators = elements[1].run_set;
    third = -1;
  }
  keys_.push_back({group, static_cast<uint32_t>(elements_.size()),
                   static_cast<uint32_t>(elements.size()), second, third});
  BucketEntry entry{index, group, second, third, second_separators, 0, 0, 0};
  // The opening ASCII characters: each matches one byte of ASCII text, a
  // letter in either case (its fold, or its accent class's letter, is
  // 'a'..'z'), anything else only itself.
  for (size_t k = 0; k < elements.size() && k < 8; ++k) {
    const Element& e = elements[k];
    if (e.kind == Element::kRun || e.value < 0 || e.value >= 0x80) break;
    const auto byte = static_cast<uint64_t>(e.value);
    if (byte >= 'a' && byte <= 'z') entry.prefix_case |= uint64_t{0x20} << (8 * k);
    entry.prefix_bytes |= byte << (8 * k);
    entry.prefix_mask |= uint64_t{0xFF} << (8 * k);
  }
  const int32_t bucket = ElementBucket(elements.front());
  if (bucket >= 0 && bucket < 128) {
    ascii_buckets_[bucket].push_back(entry);
    may_start_[bucket] = true;
    if (start_letter_count_ >= 0 && !std::ranges::any_of(start_letters_, start_letters_ + start_letter_count_,
                                                          [&](char c) { return c == bucket; })) {
      if (bucket >= 'a' && bucket <= 'z' && start_letter_count_ < kMaxStartLetters) {
        start_letters_[start_letter_count_++] = static_cast<char>(bucket);
      } else {
        start_letter_count_ = -1;
      }
    }
    if (bucket >= 'a' && bucket <= 'z') may_start_[bucket - 32] = true;
    // An ASCII second byte has its lower case as its bucket.
    auto allow_pairs = [&](int first) {
      uint64_t* bits = may_start_pair_[first];
      if (second < 0) {
        bits[0] = bits[1] = ~uint64_t{0};
      } else if (second < 128) {
        bits[second >> 6] |= uint64_t{1} << (second & 63);
        if (second >= 'a' && second <= 'z') bits[(second - 32) >> 6] |= uint64_t{1} << ((second - 32) & 63);
      }
      // Only a key with optional separators before its second character
      // (a case code, a name's apostrophe) has any to let through: the
      // other keys, most of a testimony's, skip the 128 characters' test.
      for (int c = 0; c < 128 && second >= 0 && second_separators != 0; ++c) {
        if ((SeparatorBit(c) & second_separators) != 0) bits[c >> 6] |= uint64_t{1} << (c & 63);
      }
    };
    allow_pairs(bucket);
    if (bucket >= 'a' && bucket <= 'z') allow_pairs(bucket - 32);
    // The third byte, for a key whose first two buckets are letters a-z.
    if (bucket >= 'a' && bucket <= 'z') {
      for (int s = 'a'; s <= 'z'; ++s) {
        if (second >= 0 && second != s) continue;
        uint64_t* bits = may_start_triple_[bucket - 'a'][s - 'a'];
        if (third < 0) {
          bits[0] = bits[1] = ~uint64_t{0};
        } else if (third < 128) {
          bits[third >> 6] |= uint64_t{1} << (third & 63);
          if (third >= 'a' && third <= 'z') bits[(third - 32) >> 6] |= uint64_t{1} << ((third - 32) & 63);
        }
      }
    }
  } else {
    other_buckets_[bucket].push_back(entry);
  }
  elements_.insert(elements_.end(), elements.begin(), elements.end());
  group_count_ = std::max(group_count_, group + 1);
  return index;
}

// The bucket of the character at `at` and its length; -1 if malformed.
int32_t TextBucket(std::string_view text, size_t at, size_t* length) {
  const auto b = static_cast<unsigned char>(text[at]);
  if (b < 0x80) {
    *length = 1;
    return (b >= 'A' && b <= 'Z') ? b + 32 : b;
  }
  const int32_t c = CodePointAt(text, at, length);
  return c < 0 ? -1 : BucketOf(Tables(), c);
}

// The bytes of a block of text (up to 64) the scan looks at when keys open
// with few ASCII letters: those from 0x80 on, and the ASCII bytes that are
// no letter or digit and come before a byte from 0x80 on or one of the
// letters, in either case. The last byte's follower lies beyond the block:
// that byte is looked at whatever it is.
class StopsBeforeStarts {
 public:
  StopsBeforeStarts(const char* letters, int letter_count) : letter_count_(letter_count) {
    for (int l = 0; l < letter_count; ++l) {
      letters_[l] = letters[l];
#if defined(__SSE2__)
      vectors_[l] = _mm_set1_epi8(letters[l]);
#endif
    }
  }

  // Bit k set: p[k] is looked at, for k < count (<= 64). The letters'
  // comparisons are unrolled for their count, read once per block: a loop
  // over a count read at run time cost as much as the comparisons.
  uint64_t Stops(const char* p, size_t count) const {
    switch (letter_count_) {
      case 0: return StopsOf<0>(p, count);
      case 1: return StopsOf<1>(p, count);
      case 2: return StopsOf<2>(p, count);
      case 3: return StopsOf<3>(p, count);
      case 4: return StopsOf<4>(p, count);
      case 5: return StopsOf<5>(p, count);
      case 6: return StopsOf<6>(p, count);
      case 7: return StopsOf<7>(p, count);
      default: return StopsOf<8>(p, count);
    }
  }

 private:
  template <int kLetters>
  uint64_t StopsOf(const char* p, size_t count) const {
    uint64_t other = 0, high = 0, starts = 0;  // other: ASCII, no letter or digit
    size_t k = 0;
#if defined(__SSE2__)
    for (; k + 16 <= count; k += 16) {
      const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
      const __m128i lower = _mm_or_si128(c, _mm_set1_epi8(0x20));
      __m128i hit = _mm_setzero_si128();
      for (int l = 0; l < kLetters; ++l) hit = _mm_or_si128(hit, _mm_cmpeq_epi8(lower, vectors_[l]));
      const auto c_bits = static_cast<uint32_t>(_mm_movemask_epi8(c));
      const uint32_t word_bits = word_runs_internal::AsciiAlnumBits16(c);
      high |= static_cast<uint64_t>(c_bits & 0xFFFF) << k;
      other |= static_cast<uint64_t>(~(c_bits | word_bits) & 0xFFFF) << k;
      starts |= static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(hit)) & 0xFFFF) << k;
    }
#endif
    for (; k < count; ++k) {
      const auto c = static_cast<unsigned char>(p[k]);
      if (c >= 0x80) {
        high |= uint64_t{1} << k;
      } else if (!IsWordRunByte(c)) {
        other |= uint64_t{1} << k;
      }
      for (int l = 0; l < kLetters; ++l) {
        if ((c | 0x20) == static_cast<unsigned char>(letters_[l])) starts |= uint64_t{1} << k;
      }
    }
    const uint64_t followed = ((starts | high) >> 1) | (uint64_t{1} << (count - 1));
    return high | (other & followed);
  }

  int letter_count_;
  char letters_[8] = {};
#if defined(__SSE2__)
  __m128i vectors_[8];
#endif
};

// The eight bytes of text from `at` as a little-endian word, zero past
// the text's end.
uint64_t EightBytesAt(std::string_view text, size_t at) {
  unsigned char bytes[8] = {};
  std::memcpy(bytes, text.data() + at, std::min<size_t>(8, text.size() - at));
  uint64_t word = 0;
  for (int k = 7; k >= 0; --k) word = (word << 8) | bytes[k];
  return word;
}

// True if the key of `entry` cannot match at a place whose next eight
// bytes are `bytes` (EightBytesAt()): the first byte that differs from its
// opening ASCII characters is itself ASCII, so the bytes before it are one
// character each and it is a character the key's does not match (a byte
// from 0x80 on may open "á" for an 'a', or the Kelvin sign for a 'k':
// those are left to MatchKey()). A zero past the text's end differs from
// any character but U+0000, which only lets a key through.
bool KeyMatcher::PrefixRulesOut(const BucketEntry& entry, uint64_t bytes) {
  const uint64_t differ = ((bytes | entry.prefix_case) ^ entry.prefix_bytes) & entry.prefix_mask;
  if (differ == 0) return false;
  const int first = std::countr_zero(differ) & ~7;  // the first differing byte's lowest bit
  return ((bytes >> (first + 7)) & 1) == 0;
}

const std::vector<KeyMatcher::BucketEntry>* KeyMatcher::Bucket(int32_t bucket) const {
  if (bucket < 0) return nullptr;
  if (bucket < 128) {
    const std::vector<BucketEntry>& keys = ascii_buckets_[bucket];
    return keys.empty() ? nullptr : &keys;
  }
  auto it = other_buckets_.find(bucket);
  return it == other_buckets_.end() ? nullptr : &it->second;
}

size_t KeyMatcher::MatchKey(const Key& key, std::string_view text, size_t at,
                            std::vector<uint64_t>* failed) const {
  failed->clear();
  const Element* first = elements_.data() + key.first;
  return MatchFrom(first, first + key.count, text, at, failed);
}

// The end of the first way (in RE2's order of preference) the elements
// [e, end) match at `at` and a boundary follows, or kNoMatch. Runs are
// greedy; a run that gives back characters tries each shorter length, and
// (element, offset) pairs already known to fail are not tried again, so a
// key costs at most (its elements) x (its length) steps.
size_t KeyMatcher::MatchFrom(const Element* e, const Element* end, std::string_view text,
                             size_t at, std::vector<uint64_t>* failed) const {
  const FoldTables& t = Tables();
  for (; e != end; ++e) {
    if (e->kind != Element::kRun) {
      if (at >= text.size()) return kNoMatch;
      size_t length = 0;
      const int32_t c = CodePointAt(text, at, &length);
      if (c < 0) return kNoMatch;
      const int32_t f = Fold(t, c);
      const bool same = e->kind == Element::kLiteral
                            ? f == e->value
                            : f < kTableLimit && t.accent[f] == static_cast<char>(e->value);
      if (!same) return kNoMatch;
      at += length;
      continue;
    }
    size_t ends[kMaxRun + 1];
    size_t count = 0;
    ends[0] = at;
    for (size_t q = at; count < e->max && q < text.size();) {
      size_t length = 0;
      const int32_t c = CodePointAt(text, q, &length);
      if ((SeparatorBit(c) & e->run_set) == 0) break;
      q += length;
      ends[++count] = q;
    }
    if (count < e->min) return kNoMatch;
    const uint64_t element = static_cast<uint64_t>(e - elements_.data());
    for (size_t r = count + 1; r-- > e->min;) {
      const uint64_t state = (element << 40) ^ static_cast<uint64_t>(ends[r]);
      if (std::find(failed->begin(), failed->end(), state) != failed->end()) continue;
      const size_t matched = MatchFrom(e + 1, end, text, ends[r], failed);
      if (matched != kNoMatch) return matched;
      failed->push_back(state);
    }
    return kNoMatch;
  }
  return AtBoundary(t, text, at) ? at : kNoMatch;
}

std::vector<KeyMatcher::Match> KeyMatcher::Scan(std::string_view text) const {
  std::vector<Match> out;
  if (keys_.empty() || text.empty()) return out;
  const FoldTables& t = Tables();
  // Where each group's scan resumes: a match there needs its boundary
  // character (the one before the key) at or after this offset.
  std::vector<size_t> resume(static_cast<size_t>(group_count_), 0);
  std::vector<uint64_t> failed;
  // Tries the keys at `at`, whose boundary starts at `boundary`.
  auto try_at = [&](size_t boundary, size_t at) {
    size_t length = 0;
    const std::vector<BucketEntry>* bucket = Bucket(TextBucket(text, at, &length));
    if (bucket == nullptr) return;
    const size_t next = at + length;
    const int32_t second = next < text.size() ? TextBucket(text, next, &length) : -1;
    int32_t third = -2;  // the character after, read when first needed
    const uint64_t bytes = EightBytesAt(text, at);
    for (const BucketEntry& entry : *bucket) {
      if (PrefixRulesOut(entry, bytes)) continue;
      if (entry.second >= 0 && second != entry.second &&
          (second < 0 || (SeparatorBit(second) & entry.second_separators) == 0)) {
        continue;
      }
      if (entry.third >= 0) {
        if (third == -2) {
          const size_t after = next + length;  // second >= 0 here: length is its length
          size_t ignored = 0;
          third = after < text.size() ? TextBucket(text, after, &ignored) : -1;
        }
        if (third != entry.third) continue;
      }
      size_t& group_resume = resume[static_cast<size_t>(entry.group)];
      if (group_resume > boundary) continue;  // matched here already, or past
      const size_t end = MatchKey(keys_[static_cast<size_t>(entry.key)], text, at, &failed);
      if (end == kNoMatch) continue;
      out.push_back({entry.key, at, end});
      group_resume = end;
    }
  };
  try_at(0, 0);  // "^"
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  // The bytes that are no ASCII letter or digit are found 64 at a time;
  // each is the start of a code point that may end a word (or a byte of
  // one already read: those before i are passed over). When keys open with
  // a few ASCII letters, an ASCII byte before a word that opens with none
  // of them is left out too: the checks below would pass over it.
  const StopsBeforeStarts few_letters(start_letters_, std::max(start_letter_count_, 0));
  size_t i = 0;
  for (size_t base = 0; base < n; base += 64) {
    const size_t count = std::min<size_t>(64, n - base);
    uint64_t stops;
    if (start_letter_count_ >= 0) {
      stops = few_letters.Stops(text.data() + base, count);
    } else {
      stops = ~word_runs_internal::AsciiAlnumMask(text.data() + base, count);
      if (count < 64) stops &= (uint64_t{1} << count) - 1;
    }
    for (; stops != 0; stops &= stops - 1) {
      const size_t stop = base + static_cast<size_t>(std::countr_zero(stops));
      if (stop < i) continue;
      i = stop;
      size_t length = 1;
      bool word = false;
      if (p[i] == 0xC3 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
        // U+00C0-U+00FF, the accented letters of Spanish and French: all in
        // the word class but for the signs × (U+00D7) and ÷ (U+00F7).
        length = 2;
        word = p[i + 1] != 0x97 && p[i + 1] != 0xB7;
      } else if (p[i] >= 0x80) {
        word = IsWord(t, CodePointAt(text, i, &length));
      }
      if (!word && i + length < n && may_start_[p[i + length]]) {
        // Two ASCII bytes that begin no key's first two characters are
        // passed over without looking at the bucket.
        const size_t at = i + length;
        const unsigned char first = p[at];
        const unsigned char second = at + 1 < n ? p[at + 1] : 0x80;
        if (first >= 0x80 || second >= 0x80 ||
            ((may_start_pair_[first][second >> 6] >> (second & 63)) & 1) != 0) {
          // Then the third byte, after two ASCII letters.
          const unsigned lower_first = (first | 0x20u) - 'a', lower_second = (second | 0x20u) - 'a';
          const unsigned char third = at + 2 < n ? p[at + 2] : 0x80;
          if (first >= 0x80 || second >= 0x80 || lower_first >= 26 || lower_second >= 26 || third >= 0x80 ||
              ((may_start_triple_[lower_first][lower_second][third >> 6] >> (third & 63)) & 1) != 0) {
            try_at(i, at);
          }
        }
      }
      i += length;
    }
  }
  return out;
}

}  // namespace amparo::redaction
