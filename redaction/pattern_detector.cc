#include "redaction/pattern_detector.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_set>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "redaction/address_bounds.h"
#include "redaction/byte_scan.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/pattern_detector_keywords.h"
#include "redaction/pattern_rules.h"
#include "redaction/place_gazetteer.h"
#include "redaction/street_name_words.h"
#include "redaction/text_utf8.h"
#include "redaction/validators.h"

namespace amparo::redaction {
namespace {

constexpr const char* kDetector = "pattern";

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));  // no locale lookup
  }
  return out;
}

// The lower-cased bytes just before offset (at most `width`), for cue words.
std::string WindowBefore(std::string_view text, size_t offset, size_t width) {
  size_t start = offset > width ? offset - width : 0;
  return AsciiLower(text.substr(start, offset - start));
}

bool IsAsciiDigitOrSpace(char c) { return (c >= '0' && c <= '9') || c == ' '; }

// True if an address match, text[begin, end), names a highway by its number
// alone as a testimony tells the route ("por la carretera 186", "en la
// autopista 57", "la carretera federal 15D"): a road hundreds of kilometres
// long where nobody lives. The keyword written out in lower case after "la"
// and no kilometre, house number or "s/n" after it: an address line of a
// form ("Ctra. N-340 s/n", "Carretera N-330, 12", "carretera federal 200
// km 45") stays one.
bool HighwayNumberOnly(std::string_view text, size_t begin, size_t end) {
  const std::string_view span = text.substr(begin, end - begin);
  if (!span.starts_with("carretera ") && !span.starts_with("autopista ") && !span.starts_with("libramiento ")) {
    return false;
  }
  if (WindowBefore(text, begin, 3) != "la ") return false;
  const std::string low = AsciiLower(span);
  if (low.find("km") != std::string::npos || low.find("kil") != std::string::npos) return false;
  size_t at = span.find(' ');
  for (;;) {
    while (at < low.size() && low[at] == ' ') ++at;
    size_t e = at;
    while (e < low.size() && low[e] >= 'a' && low[e] <= 'z') ++e;
    const std::string_view word = std::string_view(low).substr(at, e - at);
    if (word != "federal" && word != "estatal" && word != "nacional" && word != "libre") break;
    at = e;
  }
  // "186", "15D", "MEX-145D".
  size_t letters = at;
  while (letters < low.size() && low[letters] >= 'a' && low[letters] <= 'z' && letters - at < 3) ++letters;
  if (letters > at && letters < low.size() && low[letters] == '-') ++letters;
  if (letters >= low.size() || low[letters] < '0' || low[letters] > '9') return false;
  // What follows the match: no house number, "s/n" or kilometre.
  size_t after = end;
  while (after < text.size() && (text[after] == ' ' || text[after] == ',')) ++after;
  const std::string next = AsciiLower(text.substr(after, std::min<size_t>(4, text.size() - after)));
  return !(next.empty() ? false
                        : (next[0] >= '0' && next[0] <= '9') || next[0] == '#' || next.starts_with("s/n") ||
                              next.starts_with("km") || next.starts_with("n\xc2") || next.starts_with("no.") ||
                              next.starts_with("num") || next.starts_with("kil"));
}

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Up to 64 bytes of text lower-cased (ASCII letters only) on the stack:
// the cue words around a number are looked for in such windows, one per
// number, so they are not copied to the heap.
class LowerWindow {
 public:
  static constexpr size_t kMax = 64;
  LowerWindow(std::string_view text, size_t begin, size_t end) : size_(end - begin) {
    for (size_t i = 0; i < size_; ++i) {
      const char c = text[begin + i];
      data_[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
    }
  }
  // The lower-cased bytes just before offset (at most `width`).
  static LowerWindow Before(std::string_view text, size_t offset, size_t width) {
    return LowerWindow(text, offset > width ? offset - width : 0, offset);
  }
  static LowerWindow After(std::string_view text, size_t offset, size_t width) {
    return LowerWindow(text, offset, offset + std::min(width, text.size() - offset));
  }
  std::string_view view() const { return std::string_view(data_, size_); }

 private:
  char data_[kMax];
  size_t size_;
};

// Words looked for in the few dozen bytes around every number, filed by
// their first byte: most places start none of them, and one table lookup
// tells.
class CueWords {
 public:
  CueWords(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) by_first_[static_cast<unsigned char>(w[0])].push_back(w);
  }
  // True if one of the words starts at `pos` of haystack.
  bool StartsAt(std::string_view haystack, size_t pos) const {
    const std::vector<std::string_view>& words = by_first_[static_cast<unsigned char>(haystack[pos])];
    if (words.empty()) return false;
    const size_t room = haystack.size() - pos;
    const char* at = haystack.data() + pos;
    for (std::string_view w : words) {
      if (w.size() > room) continue;
      size_t k = 1;
      while (k < w.size() && at[k] == w[k]) ++k;
      if (k == w.size()) return true;
    }
    return false;
  }

 private:
  std::vector<std::string_view> by_first_[256];  // words are not empty
};

bool ContainsAny(std::string_view haystack, const CueWords& words) {
  for (size_t pos = 0; pos < haystack.size(); ++pos) {
    if (words.StartsAt(haystack, pos)) return true;
  }
  return false;
}

// True if one of the cues starts a word in haystack ("tel" in "teléfono",
// but "id" not in "pidieron").
bool HasWordStartingWith(std::string_view haystack, const CueWords& cues) {
  for (size_t pos = 0; pos < haystack.size(); ++pos) {
    const unsigned char before = pos == 0 ? ' ' : static_cast<unsigned char>(haystack[pos - 1]);
    if (before < 0x80 && !IsAsciiAlnum(before) && cues.StartsAt(haystack, pos)) return true;
  }
  return false;
}

// HasWordStartingWith() for two lists of cues in one pass over haystack
// (every number of a phone's length asks for both).
void WordsStartingWith(std::string_view haystack, const CueWords& a, const CueWords& b, bool* in_a, bool* in_b) {
  *in_a = false;
  *in_b = false;
  for (size_t pos = 0; pos < haystack.size() && !(*in_a && *in_b); ++pos) {
    const unsigned char before = pos == 0 ? ' ' : static_cast<unsigned char>(haystack[pos - 1]);
    if (before >= 0x80 || IsAsciiAlnum(before)) continue;
    if (!*in_a) *in_a = a.StartsAt(haystack, pos);
    if (!*in_b) *in_b = b.StartsAt(haystack, pos);
  }
}

// The word (ASCII letters and UTF-8 bytes, at most 24) ending before
// offset, skipping spaces; lower-cased on the stack (every age asks).
// Used to tell "después de 5 años" (a duration) from "un hombre de 45
// años" (an age).
LowerWindow PreviousWord(std::string_view text, size_t offset, size_t* word_begin) {
  size_t end = offset;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\n')) --end;
  size_t begin = end;
  while (begin > 0 && end - begin < 24) {
    unsigned char c = static_cast<unsigned char>(text[begin - 1]);
    if (std::isalpha(c) || c >= 0x80 || c == '\'') {
      --begin;
    } else {
      break;
    }
  }
  if (word_begin != nullptr) *word_begin = begin;
  return LowerWindow(text, begin, end);
}

// Finds the first offset >= from holding byte c, or text.size(); memchr
// is several times faster than a loop over every byte.
struct ByteFinder {
  std::string_view text;
  char c;
  size_t operator()(size_t from) const {
    if (from >= text.size()) return text.size();
    const void* hit = std::memchr(text.data() + from, c, text.size() - from);
    return hit == nullptr ? text.size()
                          : static_cast<size_t>(static_cast<const char*>(hit) - text.data());
  }
};

// True if the comma at `at`, with a digit in the four bytes before it, may
// end a house number before a town ("222, Juárez", "45-B, Tapachula"):
// after it a space and a capital or five digits ("5,000", "tenía 15, y",
// "March 12, 2021" are not looked at).
bool CommaBeforeTown(std::string_view text, size_t at) {
  size_t next = at + 1;
  if (next >= text.size() || (text[next] != ' ' && text[next] != '\t')) return false;
  while (next < text.size() && (text[next] == ' ' || text[next] == '\t') && next - at <= 3) ++next;
  if (next >= text.size()) return false;
  const unsigned char c = static_cast<unsigned char>(text[next]);
  if ((c >= 'A' && c <= 'Z') || c == 0xC3) return true;
  // Or a postal code: five digits, not a year ("March 12, 2021").
  size_t digits = next;
  while (digits < text.size() && IsAsciiDigit(text[digits]) && digits - next < 6) ++digits;
  return digits - next == 5;
}

// Finds the next word at or after `from` that starts like a platform's
// name (any case): every match of the kPlatform rules holds one, as the
// rule spells it; the rule itself reads the rest. Most letters of a text
// start no such word, so a table of first letters makes the scan cheap.
struct PlatformWordFinder {
  std::string_view text;

  // True if a platform's name starts at i: its first three letters (any
  // case) are checked by a switch before the whole word is compared.
  bool WordAt(size_t i) const {
    const size_t n = text.size();
    auto lower = [&](size_t at) { return at < n ? static_cast<char>(text[at] | 0x20) : '\0'; };
    const char c1 = lower(i + 1);
    const char c2 = lower(i + 2);
    const char* words[2] = {nullptr, nullptr};  // the longer first
    auto set = [&](const char* a, const char* b = nullptr) {
      words[0] = a;
      words[1] = b;
    };
    switch (lower(i)) {
      case 'i':
        if (c1 == 'g') set("ig");
        else if (c1 == 'n' && c2 == 's') set("instagram", "insta");
        break;
      case 's':
        if (c1 == 'n' && c2 == 'a') set("snapchat", "snap");
        break;
      case 't':
        if (c1 == 'i' && c2 == 'k') set("tiktok", "tik");
        else if (c1 == 'e' && c2 == 'l') set("telegrama", "telegram");
        else if (c1 == 'w' && c2 == 'i') set("twitter", "twitch");
        else if (c1 == 'h' && c2 == 'r') set("threads");
        break;
      case 'f':
        if (c1 == 'b') set("fb");
        else if (c1 == 'a' && c2 == 'c') set("facebook", "face");
        break;
      case 'k':
        if (c1 == 'i' && c2 == 'k') set("kik");
        break;
      case 'd':
        if (c1 == 'i' && c2 == 's') set("discord");
        break;
      default:
        break;
    }
    for (const char* w : words) {
      if (w == nullptr) break;
      size_t k = 0;
      while (w[k] != '\0' && lower(i + k) == w[k]) ++k;
      // The whole word: "iglesia", "facade", "tika" start no window.
      if (w[k] == '\0' && (i + k == n || !IsAsciiAlnum(text[i + k]))) return true;
    }
    return false;
  }

  size_t operator()(size_t from) const {
    static const std::array<bool, 256> kFirst = [] {
      std::array<bool, 256> first{};
      for (char c : std::string_view("isftkdISFTKD")) first[static_cast<unsigned char>(c)] = true;
      return first;
    }();
    const size_t n = text.size();
    size_t i = from;
    auto start_at = [&](size_t at) {
      return kFirst[static_cast<unsigned char>(text[at])] &&
             (at == 0 || !(IsAsciiAlnum(text[at - 1]) || text[at - 1] == '_')) && WordAt(at);
    };
    if (i == 0 && i < n) {
      if (start_at(0)) return 0;
      ++i;
    }
#if defined(__SSE2__)
    // Sixteen bytes at a time: a possible first two letters (any case)
    // whose byte before is no ASCII letter, digit or '_'; each is then
    // checked by WordAt. The pairs are those WordAt's switch reads: a first
    // letter alone (a 't' or a 'd' opens every few words of prose) let
    // about six times as many places through to it.
    const __m128i lower_bit = _mm_set1_epi8(0x20);
    auto is = [](__m128i v, char ch) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(ch)); };
    for (; i + 17 <= n; i += 16) {
      const __m128i c = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i)), lower_bit);
      const __m128i d = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i + 1)), lower_bit);
      const __m128i second_i = is(d, 'i');
      const __m128i second_n = is(d, 'n');
      // ig, in(s); sn; ti, te, tw, th; fb, fa; ki; di.
      __m128i first = _mm_and_si128(is(c, 'i'), _mm_or_si128(is(d, 'g'), second_n));
      first = _mm_or_si128(first, _mm_and_si128(is(c, 's'), second_n));
      first = _mm_or_si128(first, _mm_and_si128(is(c, 't'), _mm_or_si128(_mm_or_si128(second_i, is(d, 'e')),
                                                                            _mm_or_si128(is(d, 'w'), is(d, 'h')))));
      first = _mm_or_si128(first, _mm_and_si128(is(c, 'f'), _mm_or_si128(is(d, 'b'), is(d, 'a'))));
      first = _mm_or_si128(first, _mm_and_si128(_mm_or_si128(is(c, 'k'), is(c, 'd')), second_i));
      uint32_t mask = static_cast<uint32_t>(_mm_movemask_epi8(first));
      if (mask == 0) continue;
      const __m128i raw_prev = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i - 1));
      const __m128i prev = _mm_or_si128(raw_prev, lower_bit);
      // Signed compares: bytes >= 0x80 are negative, so never in a range.
      const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(prev, _mm_set1_epi8('a' - 1)),
                                           _mm_cmplt_epi8(prev, _mm_set1_epi8('z' + 1)));
      const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(raw_prev, _mm_set1_epi8('0' - 1)),
                                          _mm_cmplt_epi8(raw_prev, _mm_set1_epi8('9' + 1)));
      const __m128i under = _mm_cmpeq_epi8(raw_prev, _mm_set1_epi8('_'));
      mask &= ~static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), under)));
      while (mask != 0) {
        const size_t at = i + static_cast<size_t>(std::countr_zero(mask));
        if (WordAt(at)) return at;
        mask &= mask - 1;
      }
    }
#endif
    for (; i < n; ++i) {
      if (start_at(i)) return i;
    }
    return n;
  }
};

// Finds the next "://" or "www." (any case) at or after `from`: every URL
// the URL rule matches holds one. Calls must come with growing `from`.
struct UrlPrefixFinder {
  std::string_view text;
  // The next ':' and '.' found so far, valid for calls with from up to them.
  bool colon_known = false, dot_known = false;
  size_t next_colon = 0, next_dot = 0;

  size_t operator()(size_t from) {
    const size_t n = text.size();
    while (from < n) {
      if (!colon_known || next_colon < from) {
        next_colon = ByteFinder{text, ':'}(from);
        colon_known = true;
      }
      if (!dot_known || next_dot < from + 3) {
        next_dot = ByteFinder{text, '.'}(from + 3);
        dot_known = true;
      }
      const size_t www = next_dot < n ? next_dot - 3 : n;
      if (next_colon >= n && www >= n) return n;
      if (next_colon <= www) {
        if (next_colon + 2 < n && text[next_colon + 1] == '/' && text[next_colon + 2] == '/') {
          return next_colon;
        }
        from = next_colon + 1;
      } else {
        if ((text[www] | 0x20) == 'w' && (text[www + 1] | 0x20) == 'w' &&
            (text[www + 2] | 0x20) == 'w') {
          return www;
        }
        from = www + 1;
      }
    }
    return n;
  }
};

bool InSet(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

// The name lexicon's flags of a word (given name, surname...).
uint32_t NameDetectorWordFlags(std::string_view word) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  return lexicon == nullptr ? 0 : lexicon->Flags(text::Fold(word));
}

class PatternDetectorImpl final : public PatternDetector {
 public:
  bool Init(std::string* error) {
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(256 << 20);
    for (const PatternRule& rule : PatternRules()) {
      RE2 alone(rule.regex, options);
      if (!alone.ok()) {
        *error = std::string("pattern rule ") + rule.name + ": " + alone.error();
        return false;
      }
      if (alone.NumberOfCapturingGroups() != 1) {
        *error = std::string("pattern rule ") + rule.name + " must have one group";
        return false;
      }
      Family& family = families_[static_cast<int>(rule.trigger)];
      family.rules.push_back(&rule);
      family.alone.push_back(std::make_unique<RE2>(rule.regex, options));
    }
    // Lower-case street names are told from ordinary words by the name
    // detector's lexicon (dictionary, given names, surnames).
    if (NameLexicon::Default(error) == nullptr) return false;
    street_keyword_ = std::make_unique<RE2>(StreetKeywordPattern(), options);
    if (!street_keyword_->ok()) {
      *error = "street keywords: " + street_keyword_->error();
      return false;
    }
    // Where the body holds syntax the prefilter does not read, the keyword
    // search scans the whole text as before.
    std::string prefilter_error;
    keyword_prefilter_ = StreetKeywordPrefilter::Create(StreetKeywordDelimiterPattern(), StreetKeywordBodyPattern(), &prefilter_error);
    // One alternation per trigger: one scan finds every rule's matches.
    for (Family& family : families_) {
      if (family.rules.empty()) continue;
      std::string combined;
      for (const PatternRule* rule : family.rules) {
        if (!combined.empty()) combined += "|";
        combined += "(?:" + rule->regex + ")";
      }
      // Street names: where both address rules match at the same place, the
      // longest match wins ("C/ Monforte de lemos, 129" over "C/ Monforte").
      // Elsewhere the first rule listed wins, which scans faster.
      RE2::Options family_options = options;
      family_options.set_longest_match(&family == &families_[static_cast<int>(Trigger::kStreetKeyword)]);
      family.re = std::make_unique<RE2>(combined, family_options);
      if (!family.re->ok()) {
        *error = "pattern rules: " + family.re->error();
        return false;
      }
      // which: the rules matching a whole span; anywhere: the rules
      // matching somewhere in it.
      auto make_set = [&](RE2::Anchor anchor) -> std::unique_ptr<RE2::Set> {
        auto set = std::make_unique<RE2::Set>(options, anchor);
        for (const PatternRule* rule : family.rules) {
          std::string set_error;
          if (set->Add(rule->regex, &set_error) < 0) {
            *error = std::string("pattern rule ") + rule->name + ": " + set_error;
            return nullptr;
          }
        }
        if (!set->Compile()) {
          *error = "pattern rules: cannot compile the rule set";
          return nullptr;
        }
        return set;
      };
      family.which = make_set(RE2::ANCHOR_BOTH);
      if (!family.which) return false;
      family.anywhere = make_set(RE2::UNANCHORED);
      if (!family.anywhere) return false;
    }
    return true;
  }

  std::vector<Finding> Find(std::string_view text,
                            std::string_view language) const override {
    std::vector<Finding> out;
    // Where each trigger character occurs, widened by the longest reach of
    // a match around it, merged.
    std::vector<Window> windows[kTriggers];
    windows[static_cast<int>(Trigger::kAnywhere)].push_back({0, text.size()});
    windows[static_cast<int>(Trigger::kUrlPrefix)] = Windows(text, UrlPrefixFinder{text}, kUrlReach);
    DigitRunWindows(text, &windows[static_cast<int>(Trigger::kDigit)],
                    &windows[static_cast<int>(Trigger::kFiveDigits)],
                    &windows[static_cast<int>(Trigger::kDigitComma)]);
    windows[static_cast<int>(Trigger::kAt)] = Windows(text, ByteFinder{text, '@'});
    windows[static_cast<int>(Trigger::kColon)] = Windows(text, ByteFinder{text, ':'});
    windows[static_cast<int>(Trigger::kSlash)] = Windows(text, ByteFinder{text, '/'});
    std::vector<size_t> platform_starts;
    const bool platform_anchored =
        PlatformWindows(text, &windows[static_cast<int>(Trigger::kPlatform)], &platform_starts);
    std::vector<size_t> keyword_starts;
    windows[static_cast<int>(Trigger::kStreetKeyword)] = KeywordWindows(text, &keyword_starts);
    for (int t = 0; t < kTriggers; ++t) {
      if (!families_[t].re) continue;
      const std::vector<size_t>* starts =
          t == static_cast<int>(Trigger::kStreetKeyword) ? &keyword_starts
          : t == static_cast<int>(Trigger::kPlatform) && platform_anchored ? &platform_starts
                                                                         : nullptr;
      // Every match of the kAt rules starts at most kAtLead bytes before an
      // '@': the search starts there, not at the start of the window.
      const ByteFinder next_at{text, '@'};
      const ByteFinder* lead_trigger = t == static_cast<int>(Trigger::kAt) ? &next_at : nullptr;
      for (const Window& w : windows[t]) {
        ScanWindow(families_[t], text, w, language, starts, lead_trigger, &out);
      }
    }
    size_t kept = 0;
    for (Finding& f : out) {
      if (f.type == IdentifierType::kAddress && !EndAddressBeforePlace(text, *places_, &f)) continue;
      out[kept++] = f;
    }
    out.resize(kept);
    std::sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    return out;
  }

 private:
  static constexpr int kTriggers = 10;
  struct Family {
    std::vector<const PatternRule*> rules;     // in priority order
    std::vector<std::unique_ptr<RE2>> alone;   // each rule by itself
    std::unique_ptr<RE2> re;                   // their alternation
    std::unique_ptr<RE2::Set> which;           // which rules match a span
    std::unique_ptr<RE2::Set> anywhere;        // which rules match within a span
  };
  struct Window {
    size_t begin;
    size_t end;
  };
  // How far a match may reach from its trigger character, either way.
  static constexpr size_t kReach = 512;
  // The URL rule: a scheme or "www." (at most 8 bytes) and up to 1000 code
  // points (4000 bytes) after it, with margin.
  static constexpr size_t kUrlReach = 4096 + 16;
  // The kDigitComma rule starts at most 1 + 11 + 2 + 2 bytes before its
  // comma and ends at most 3 + 6 bytes after it.
  static constexpr size_t kDigitCommaReach = 24;
  // The kPlatform rule starts one code point before its platform's word
  // and ends at most 12 + 13 + 4 + 2 * 13 + 2 + 31 * 2 + 4 bytes after it.
  static constexpr size_t kPlatformReach = 160;
  // How far past a refused candidate another rule may still claim it.
  static constexpr size_t kFallbackReach = 160;

  // Appends text[begin, end) widened to code point boundaries, merged with
  // the last window when they touch.
  static void AddWindow(std::string_view text, size_t begin, size_t end, std::vector<Window>* out) {
    while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    if (!out->empty() && begin <= out->back().end) {
      out->back().end = std::max(out->back().end, end);
    } else {
      out->push_back({begin, end});
    }
  }

  // next_trigger(from): the first trigger offset >= from, or text.size().
  // Windows reach bytes either side of every trigger, merged where they
  // overlap: a scan of the merged windows finds exactly what a scan of the
  // whole text finds, as long as every match lies within reach of a trigger
  // it contains.
  template <typename NextTrigger>
  static std::vector<Window> Windows(std::string_view text, NextTrigger next_trigger,
                                     size_t reach = kReach) {
    std::vector<Window> out;
    const size_t n = text.size();
    for (size_t i = next_trigger(0); i < n; i = next_trigger(i + 1)) {
      size_t begin = i > reach ? i - reach : 0;
      size_t end = std::min(n, i + reach);
      AddWindow(text, begin, end, &out);
    }
    return out;
  }

  // The windows of the kPlatform family, and *starts: the only places a
  // match of it can start. Its rule opens with the start of the text or one
  // code point that is no letter, digit, '_', '@' or '.', then a platform's
  // name, which PlatformWordFinder finds: a match starts at 0 before a name
  // at 0, or else at the code point just before a name. Anchored matches
  // there stop within a few bytes where there is no handle; an unanchored
  // search read all kPlatformReach bytes either side of every mention.
  // Returns false (and *out holds the windows around every name, to be
  // searched unanchored) when the text holds U+017F or U+212A: RE2's case
  // folding reads them as 's' and 'k', so "ſnap" is a platform's name the
  // finder does not see, and a window around another mention found it.
  static bool PlatformWindows(std::string_view text, std::vector<Window>* out,
                              std::vector<size_t>* starts) {
    if (ContainsBytes(text, "\xC5\xBF") || ContainsBytes(text, "\xE2\x84\xAA")) {
      *out = Windows(text, PlatformWordFinder{text}, kPlatformReach);
      return false;
    }
    const PlatformWordFinder next_word{text};
    const size_t n = text.size();
    for (size_t i = next_word(0); i < n; i = next_word(i + 1)) {
      size_t start = i;
      if (i > 0) {
        // The lead byte of the code point before the name, at most 4 back.
        start = i - 1;
        while (start > 0 && i - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
        if ((static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) continue;  // no code point
      }
      starts->push_back(start);
      AddWindow(text, start, std::min(n, i + kPlatformReach), out);
    }
    return true;
  }

  static bool ContainsBytes(std::string_view text, std::string_view bytes) {
    return text.find(bytes) != std::string_view::npos;
  }

  // Reads group 1 off a match whose rule has a simple shape; false when
  // the shape cannot tell (then RE2 is asked). A delimiter is never a
  // letter, digit or '_', and a match at the very start or end of the text
  // may or may not have consumed one, so those go to RE2.
  static bool GroupFromShape(Shape shape, std::string_view text, size_t begin, size_t end,
                             re2::StringPiece* groups) {
    if (shape == Shape::kOther || end <= begin) return false;
    if (shape == Shape::kLastWord) {
      // One delimiter code point ends the match (at the very end of the
      // text there may be none: RE2 is asked). Before it, the handle's
      // letters, digits, '_' and dots (Latin letters are two-byte
      // sequences up to U+036F or three-byte ones from U+1000 to U+1FFF;
      // a dash or an arrow before the handle is neither), then maybe '@'.
      if (end >= text.size()) return false;
      size_t e = end - 1;
      while (e > begin && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) --e;
      size_t b = e;
      while (b > begin) {
        const unsigned char c = static_cast<unsigned char>(text[b - 1]);
        if (c < 0x80) {
          if (!(IsAsciiAlnum(static_cast<char>(c)) || c == '_' || c == '.')) break;
          --b;
          continue;
        }
        size_t lead = b - 1;
        while (lead > begin && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
        const unsigned char l = static_cast<unsigned char>(text[lead]);
        const size_t len = b - lead;
        if (!((len == 2 && l >= 0xC2 && l <= 0xCD) || (len == 3 && l == 0xE1))) break;
        b = lead;
      }
      if (b > begin && text[b - 1] == '@') --b;
      if (b >= e) return false;
      groups[1] = re2::StringPiece(text.data() + b, e - b);
      return true;
    }
    if (shape == Shape::kFirstNumber) {
      size_t b = begin;
      while (b < end && (text[b] < '0' || text[b] > '9')) ++b;
      size_t e = b;
      while (e < end && text[e] >= '0' && text[e] <= '9') ++e;
      if (e == b) return false;
      groups[1] = re2::StringPiece(text.data() + b, e - b);
      return true;
    }
    auto is_word = [&](size_t at) { return IsWordCharAt(text, at) || text[at] == '_'; };
    if (shape == Shape::kPreThroughNumber) {
      // "E-28935" of " E-28935 Móstoles": the group opens with a letter or
      // a digit, so a match opening with one was read by the set as "^"
      // before the group (RE2 is asked), and one that does not opens with
      // its delimiter. No digit comes between the group's digits and the
      // match's end.
      if (begin == 0 || IsAsciiAlnum(static_cast<unsigned char>(text[begin]))) return false;
      size_t b = begin + 1;
      while (b < end && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
      size_t e = b;
      while (e < end && !IsAsciiDigit(text[e])) ++e;
      while (e < end && IsAsciiDigit(text[e])) ++e;
      if (e == b || !IsAsciiDigit(text[e - 1])) return false;
      groups[1] = re2::StringPiece(text.data() + b, e - b);
      return true;
    }
    if (shape == Shape::kFirstDigitToPost) {
      // The digits and what the group holds after them ("62704-1234"),
      // before the one code point of kPost that ends the match (at the
      // text's end there may be none: RE2 is asked). A word's character
      // opening the match is read by the set, which sees the span alone,
      // as "^" before it: in the text there is none, RE2 is asked.
      if (begin > 0 && is_word(begin)) return false;
      size_t b = begin;
      while (b < end && (text[b] < '0' || text[b] > '9')) ++b;
      if (b == end || end >= text.size()) return false;
      size_t last = end - 1;
      while (last > b && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) --last;
      if (last <= b || is_word(last)) return false;
      groups[1] = re2::StringPiece(text.data() + b, last - b);
      return true;
    }
    if (shape == Shape::kPre || shape == Shape::kPrePost) {
      if (begin == 0 || is_word(begin)) return false;
      ++begin;
      while (begin < end && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) ++begin;
    }
    if (shape == Shape::kPrePost) {
      if (end >= text.size()) return false;
      size_t last = end - 1;
      while (last > begin && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) --last;
      if (is_word(last)) return false;
      end = last;
    }
    if (end <= begin) return false;
    groups[1] = re2::StringPiece(text.data() + begin, end - begin);
    return true;
  }

  // The windows of the three families that digits trigger, from one pass
  // over the text's runs of digits: *digit, kReach bytes around every
  // digit; *five, around each run of five or more digits (those rules end
  // within a few bytes after the digits and start at most a few words
  // before them); *comma, kDigitCommaReach bytes around each comma in the
  // four bytes after a run that CommaBeforeTown accepts (no digit or line
  // break between the run and the comma). Digits are rarer than commas in
  // prose, hence runs first.
  static void DigitRunWindows(std::string_view text, std::vector<Window>* digit,
                              std::vector<Window>* five, std::vector<Window>* comma) {
    const size_t n = text.size();
    for (size_t run = NextDigit(text, 0); run < n;) {
      size_t run_end = run;
      while (run_end < n && IsAsciiDigit(text[run_end])) ++run_end;
      // The windows of the run's digits overlap: one from the first
      // digit's start to the last digit's end.
      AddWindow(text, run > kReach ? run - kReach : 0, std::min(n, run_end - 1 + kReach), digit);
      if (run_end - run >= 5) {
        const size_t i = run + 4;  // the fifth digit of the run
        constexpr size_t kBefore = 200, kAfter = 64;
        AddWindow(text, i + 1 > kBefore + 5 ? i + 1 - 5 - kBefore : 0, std::min(n, i + kAfter), five);
      }
      for (size_t at = run_end; at < n && at < run_end + 4; ++at) {
        if (IsAsciiDigit(text[at]) || text[at] == '\n') break;
        if (text[at] == ',' && CommaBeforeTown(text, at)) {
          AddWindow(text, at > kDigitCommaReach ? at - kDigitCommaReach : 0, std::min(n, at + kDigitCommaReach),
                    comma);
          break;
        }
      }
      run = NextDigit(text, run_end);
    }
  }

  // Windows that start at each street keyword (found one after the other,
  // each search resuming after the last keyword). *starts: every place a
  // keyword match starts, overlapping ones included: a street-keyword rule
  // starts with a keyword, so it can match nowhere else.
  std::vector<Window> KeywordWindows(std::string_view text, std::vector<size_t>* starts) const {
    const re2::StringPiece whole(text.data(), text.size());
    re2::StringPiece match;
    std::vector<size_t> ends;  // of the match at each start
    if (keyword_prefilter_ != nullptr) {
      // Every place a match can start is a candidate; RE2 anchored there
      // gives the match the unanchored search finds starting there.
      std::vector<size_t> candidates;
      keyword_prefilter_->Candidates(text, &candidates);
      for (const size_t at : candidates) {
        if (!street_keyword_->Match(whole, at, text.size(), RE2::ANCHOR_START, &match, 1)) continue;
        starts->push_back(at);
        ends.push_back(at + match.size());
      }
    } else {
      for (size_t q = 0; q < text.size() &&
                         street_keyword_->Match(whole, q, text.size(), RE2::UNANCHORED, &match, 1);) {
        const size_t at = static_cast<size_t>(match.data() - text.data());
        starts->push_back(at);
        ends.push_back(at + match.size());
        q = at + 1;
      }
    }
    // The keywords the one-after-the-other scan finds: from pos, the first
    // start at or after it (the match there is the same whichever search
    // found it).
    std::vector<Window> out;
    size_t pos = 0;
    for (size_t i = 0; i < starts->size() && pos < text.size(); ++i) {
      const size_t at = (*starts)[i];
      if (at < pos) continue;
      size_t end = std::min(text.size(), ends[i] + kReach);
      while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
      if (!out.empty() && at <= out.back().end) {
        out.back().end = std::max(out.back().end, end);
      } else {
        out.push_back({at, end});
      }
      pos = std::max(at + 1, ends[i]);
    }
    return out;
  }

  // Runs one rule over text[w.begin, w.end), seeing the whole text as
  // context (so ^ and the delimiter before a match behave as in a full scan).
  // starts, if not null: sorted places where the family's matches can
  // start; the search then tries only those, anchored (the leftmost match
  // is the first of them where the family matches, so the result is the
  // same, without scanning the text in between). lead_trigger, if not null:
  // every match of the family holds its byte at most kAtLead bytes after
  // its start; the search then begins that far before the next one (no
  // match starts earlier, so the leftmost match is the same).
  static void ScanWindow(const Family& family, std::string_view text, const Window& w,
                         std::string_view language, const std::vector<size_t>* starts,
                         const ByteFinder* lead_trigger, std::vector<Finding>* out) {
    // The alternation finds where the next match is (a DFA scan, cheap);
    // the rules alone, anchored on that span, say which rule it was and
    // where its identifier is (submatches on a small program, cheap too).
    re2::StringPiece match;
    re2::StringPiece groups[2];
    const re2::StringPiece whole(text.data(), text.size());
    size_t pos = w.begin;
    std::vector<int> candidates;  // rules matching the span, reused
    auto next_match = [&]() {
      if (starts == nullptr) {
        if (pos > w.end) return false;
        size_t from = pos;
        if (lead_trigger != nullptr) {
          const size_t trigger = (*lead_trigger)(pos);
          if (trigger >= w.end) return false;
          from = std::max(pos, trigger > kAtLead ? trigger - kAtLead : 0);
          // On a code point boundary, as a scan from pos would see it.
          while (from > pos && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
        }
        return family.re->Match(whole, from, w.end, RE2::UNANCHORED, &match, 1);
      }
      for (auto it = std::lower_bound(starts->begin(), starts->end(), pos);
           it != starts->end() && *it <= w.end; ++it) {
        if (family.re->Match(whole, *it, w.end, RE2::ANCHOR_START, &match, 1)) return true;
      }
      return false;
    };
    while (next_match()) {
      const size_t match_begin = static_cast<size_t>(match.data() - text.data());
      const size_t match_end = match_begin + match.size();
      // The set names the rules that match the span by themselves (one DFA
      // pass); the first that also matches in context is the winner. A
      // family of one rule needs no set: its rule matched the span.
      candidates.clear();
      if (family.rules.size() == 1) {
        candidates.push_back(0);
      } else {
        family.which->Match(re2::StringPiece(match.data(), match.size()), &candidates);
        std::sort(candidates.begin(), candidates.end());
      }
      size_t k = family.rules.size();
      for (int c : candidates) {
        if (GroupFromShape(family.rules[c]->shape, text, match_begin, match_end, groups) ||
            family.alone[c]->Match(whole, match_begin, match_end, RE2::ANCHOR_BOTH, groups, 2)) {
          k = static_cast<size_t>(c);
          break;
        }
      }
      for (size_t j = 0; k == family.rules.size() && j < family.rules.size(); ++j) {
        if (family.alone[j]->Match(whole, match_begin, match_end, RE2::ANCHOR_BOTH, groups, 2)) k = j;
      }
      if (k == family.rules.size() || groups[1].data() == nullptr) {  // cannot happen
        pos = std::max(match_begin + 1, pos + 1);
        continue;
      }
      size_t begin = static_cast<size_t>(groups[1].data() - text.data());
      size_t end = begin + groups[1].size();
      const size_t before = out->size();
      Handle(*family.rules[k], text, language, begin, end, out);
      if (out->size() == before && family.rules[k]->last_resort) {
        pos = std::max(match_begin + 1, pos + 1);
        continue;
      }
      // The winner refused its match ("01.84.17" is no date): let the other
      // rules that match over the same place have it ("01.84.17.61.18" is a
      // phone number).
      // Bounded look-ahead keeps this linear even when every candidate is
      // refused.
      const size_t fallback_end = std::min(w.end, begin + kFallbackReach);
      // Most refused candidates are claimed by no other rule: one pass of
      // a set over the span names the rules that can match there at all.
      // The span is widened by a code point either side, so that what a
      // rule sees around its match in the text (\b, a delimiter) it also
      // sees in the span alone: a rule matching in context then matches in
      // the span, and a rule the set leaves out cannot match.
      if (out->size() == before && family.rules.size() > 1) {
        size_t lo = match_begin, hi = fallback_end;
        for (int back = 0; lo > 0 && back < 4; ++back) {
          --lo;
          if ((static_cast<unsigned char>(text[lo]) & 0xC0) != 0x80) break;
        }
        if (hi < text.size()) {
          ++hi;
          while (hi < text.size() && (static_cast<unsigned char>(text[hi]) & 0xC0) == 0x80) ++hi;
        }
        candidates.clear();
        family.anywhere->Match(re2::StringPiece(text.data() + lo, hi - lo), &candidates);
      }
      auto may_match = [&](size_t j) {
        return std::find(candidates.begin(), candidates.end(), static_cast<int>(j)) != candidates.end();
      };
      // Rules listed before the winner may match there too, starting later
      // ("6 03570" is no phone, "03570 Villajoyosa" is a postal code).
      // The scan then resumes where the one that claims it ends, not where
      // the refused match did: "@kay_22 @bob" is a refused e-mail
      // ("kay_22 @bob") whose first handle a fallback claims, and the
      // second handle starts inside it.
      // Each rule is asked for its match alone first (RE2's DFA passes);
      // only a match starting before the refused identifier's end can
      // hold a group that does, and only such a match is read again for
      // its group (RE2's NFA over the match, anchored at both ends, which
      // is what an unanchored search asking for the group runs after the
      // same DFA passes). About four in five of these matches start later
      // and skip the NFA, whose big programs cost tens of thousands of
      // instructions a call.
      for (size_t j = 0; out->size() == before && j < family.rules.size(); ++j) {
        if (j == k || !may_match(j)) continue;
        re2::StringPiece rule_match;
        if (!family.alone[j]->Match(whole, match_begin, fallback_end, RE2::UNANCHORED, &rule_match, 1) ||
            static_cast<size_t>(rule_match.data() - text.data()) >= end) {
          continue;
        }
        const size_t rule_begin = static_cast<size_t>(rule_match.data() - text.data());
        if (!family.alone[j]->Match(whole, rule_begin, rule_begin + rule_match.size(), RE2::ANCHOR_BOTH, groups, 2) ||
            groups[1].data() == nullptr || static_cast<size_t>(groups[1].data() - text.data()) >= end) {
          continue;
        }
        size_t b = static_cast<size_t>(groups[1].data() - text.data());
        size_t e = b + groups[1].size();
        Handle(*family.rules[j], text, language, b, e, out);
        if (out->size() != before) end = std::min(e, std::max(out->back().end, b + 1));
      }
      // Resume at the end of the identifier (not of the whole match): the
      // trailing delimiter may be the leading delimiter of the next one. Where
      // the identifier was trimmed ("@ana." of "@ana.@bo"), at the trimmed
      // end: the dot is the next handle's delimiter.
      if (out->size() != before && out->back().end > begin && out->back().end < end) end = out->back().end;
      // A refused platform match ("Facebook ig" of "Facebook ig: kay22":
      // "ig" is no handle) may hold the name that starts the next one: the
      // scan resumes just past its start, at the next place a match can
      // start. Each such place is still tried once, anchored, and reads at
      // most kPlatformReach bytes: the bound stays linear.
      if (out->size() == before && family.rules[k]->trigger == Trigger::kPlatform) {
        pos = std::max(match_begin + 1, pos + 1);
        continue;
      }
      pos = std::max({end, match_begin + 1, pos + 1});
    }
  }

  Family families_[kTriggers];
  std::unique_ptr<RE2> street_keyword_;
  std::unique_ptr<StreetKeywordPrefilter> keyword_prefilter_;  // null: scan all
  const PlaceGazetteer* places_ = &PlaceGazetteer::Default();

  static void Add(std::vector<Finding>* out, size_t begin, size_t end,
                  IdentifierType type, float confidence) {
    if (end <= begin) return;
    Finding f;
    f.begin = begin;
    f.end = end;
    f.type = type;
    f.detector = kDetector;
    f.confidence = confidence;
    out->push_back(f);
  }

  // Adds like Add(), but a match glued to the last one of the same type
  // (at most one byte between, not a line break: "@a_@a_", "a@b.c,d@e.f")
  // grows that finding instead: one placeholder stands for the run, and a
  // long line of such matches keeps one finding, not one per few bytes.
  static void AddGlued(std::vector<Finding>* out, std::string_view text, size_t begin, size_t end,
                       IdentifierType type, float confidence) {
    if (end <= begin) return;
    if (!out->empty()) {
      Finding& last = out->back();
      if (last.type == type && last.begin < begin && last.end <= begin && begin - last.end <= 1 &&
          (begin == last.end || (text[last.end] != '\n' && text[last.end] != '\r'))) {
        last.end = std::max(last.end, end);
        last.confidence = std::min(last.confidence, confidence);
        return;
      }
    }
    Add(out, begin, end, type, confidence);
  }

  static void TrimTrailing(std::string_view text, size_t begin, size_t* end,
                           std::string_view chars) {
    while (*end > begin && chars.find(text[*end - 1]) != std::string_view::npos) --*end;
  }

  // "20 u/day", "3 u/dose": units of a drug per day or dose after a
  // number, not a Reddit user. Only a rate's word of lower-case letters
  // after "u/" ("2 u/kentington_88" is a user thanked).
  static bool UnitRateAfterNumber(std::string_view text, size_t begin, size_t end) {
    static const std::unordered_set<std::string_view> kPer = {
        "day", "days", "dose", "doses", "week", "month", "hour", "meal", "meals", "shot", "kg",
        "injection", "night", "morning", "evening"};
    if (end < begin + 3 || text[begin] != 'u' || text[begin + 1] != '/') return false;
    size_t b = begin;
    if (b > 0 && text[b - 1] == ' ') --b;
    if (b == 0 || !std::isdigit(static_cast<unsigned char>(text[b - 1]))) return false;
    return kPer.count(text.substr(begin + 2, end - begin - 2)) != 0;
  }

  // After a platform's name, a word is a handle when it starts with '@' or
  // looks like none of a sentence's words: a letter, and a digit, '_' or a
  // dot inside ("kay22", "la_flaca", "juanito.mx"; not "private", "2"),
  // and no ordinal ("#Steelers face 3rd and 8", "2nd", "10th", "1er").
  static bool HandleShaped(std::string_view word) {
    if (!word.empty() && word[0] == '@') return true;
    size_t digits = 0;
    while (digits < word.size() && std::isdigit(static_cast<unsigned char>(word[digits]))) ++digits;
    if (digits > 0) {
      std::string suffix(word.substr(digits));
      for (char& c : suffix) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (const char* ordinal : {"st", "nd", "rd", "th", "er", "e", "o", "a", "ra", "do", "to", "vo", "mo", "no"}) {
        if (suffix == ordinal) return false;
      }
    }
    bool letter = false, mark = false;
    for (size_t i = 0; i < word.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(word[i]);
      letter |= std::isalpha(c) != 0;
      mark |= std::isdigit(c) != 0 || c == '_' || (c == '.' && i > 0 && i + 1 < word.size());
    }
    return letter && mark;
  }

  // "IG: juanperez", "insta: rosacamacho" on a form's line: after a
  // platform's label and its colon, one word of letters alone (the line or
  // the sentence ends after it) is the account's handle, unless it says
  // there is none ("IG: none", "Facebook: no tiene" is more than one word).
  static bool AloneAfterLabel(std::string_view text, size_t begin, size_t end) {
    static const std::unordered_set<std::string_view> kNoAccount = {
        "none", "nope", "yes", "not", "non", "oui", "wi", "pa", "private", "privado", "privada", "priv",
        "ninguno", "ninguna", "nada", "unknown", "desconocido", "desconocida", "inconnu", "okay",
        "deleted", "borrado", "borrada", "eliminado", "eliminada", "cerrado", "cerrada", "closed",
        "hacked", "hackeado", "hackeada", "same", "igual", "idem", "tampoco", "also", "too", "nil",
        "sí", "yep", "nah", "aucun", "aucune", "okey"};
    if (end < begin + 3) return false;
    size_t b = begin;
    while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
    if (b == 0 || text[b - 1] != ':') return false;
    size_t e = end;
    while (e < text.size() && (text[e] == ' ' || text[e] == '\t')) ++e;
    const unsigned char next = e < text.size() ? static_cast<unsigned char>(text[e]) : 0;
    if (!(next == 0 || next == '\n' || next == '\r' || next >= 0xE2 ||
          std::string_view(".,;!?)]").find(static_cast<char>(next)) != std::string_view::npos)) {
      return false;
    }
    std::string word(text.substr(begin, end - begin));
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return kNoAccount.count(word) == 0;
  }

  // A handle after "@ " with no verb before it: a letter first, and an '_'
  // or a digit after a letter ("juan_perez", "kay22"); no dot, which an
  // e-mail's domain has ("juan @ gmail.com").
  static bool SpacedHandleShaped(std::string_view word) {
    if (word.empty() || std::isalpha(static_cast<unsigned char>(word[0])) == 0) return false;
    bool mark = false;
    for (size_t i = 0; i < word.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(word[i]);
      if (c == '.') return false;
      mark |= c == '_' || (std::isdigit(c) != 0 && i > 0);
    }
    return mark;
  }

  // "mi insta es juanperez", "my snap is kaylaboo", "mon insta c'est
  // tijan": after a platform and a copula ("is", "es", "est", "c'est",
  // "se", "sou", "como", "as"), one word of letters in lower case that no
  // dictionary or list of the lexicon knows, or a given name, is the
  // account's handle ("my ig is private", "mi insta es muy bonito" stay).
  static bool UnlistedAfterPlatformCopula(std::string_view text, size_t begin, size_t end) {
    if (end < begin + 4 || end - begin > 30) return false;
    for (size_t i = begin; i < end; ++i) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      if (c < 'a' || c > 'z') return false;
    }
    size_t b = begin;
    while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
    if (b == begin) return false;
    size_t w = b;
    while (w > 0 && (std::isalpha(static_cast<unsigned char>(text[w - 1])) != 0 || text[w - 1] == '\'')) --w;
    std::string copula(text.substr(w, b - w));
    for (char& c : copula) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const std::unordered_set<std::string_view> kCopulas = {"is", "es", "est", "c'est", "cest", "se",
                                                                  "sou", "como", "as"};
    if (kCopulas.count(copula) == 0) return false;
    const NameLexicon* lexicon = NameLexicon::Default(nullptr);
    if (lexicon == nullptr) return false;
    const std::string_view word = text.substr(begin, end - begin);
    constexpr uint32_t kWords = kCommonWord | kStopWord | kMonth | kNotNameWord | kKinCue | kTitle | kPlacePrep;
    const uint32_t flags = lexicon->Flags(word);
    // A given name there is the account's too ("mi face es maria").
    if ((flags & kGivenName) != 0 && (flags & (kStopWord | kKinCue | kTitle | kPlacePrep | kMonth)) == 0) {
      return true;
    }
    return !lexicon->IsDictionaryWord(word) && (flags & kWords) == 0;
  }

  // "@5pm", "@10:30", "@8am", "@9h": an '@' meaning "at" before a time of
  // day, not a handle: up to four digits alone (the handle rule stops
  // before ":30"), or one or two before "am", "pm", "h", "hs" or "hrs".
  static bool TimeAfterAt(std::string_view text, size_t begin, size_t end) {
    if (end < begin + 2 || text[begin] != '@') return false;
    size_t i = begin + 1;
    while (i < end && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    const size_t digits = i - begin - 1;
    if (digits == 0) return false;
    if (i == end) return digits <= 4;  // "@5", "@10" before ":30", "@1730"
    if (digits > 2) return false;
    std::string rest(text.substr(i, end - i));
    for (char& c : rest) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return rest == "am" || rest == "pm" || rest == "h" || rest == "hs" || rest == "hrs";
  }

  static void Handle(const PatternRule& rule, std::string_view text,
                     std::string_view language, size_t begin, size_t end,
                     std::vector<Finding>* out) {
    // Measured once: most rules' branches below ask for the name, and
    // each std::string_view(rule.name) ran strlen() at every match.
    const std::string_view rule_name(rule.name);
    std::string_view span = text.substr(begin, end - begin);
    switch (rule.kind) {
      case RuleKind::kEmail: {
        TrimTrailing(text, begin, &end, ".-");
        // A domain a mail server could have: dotted ("gmail.com"), or one
        // hostname label of three or more characters that starts with a
        // letter, as "juan@gmail" is written by hand (it still names one
        // mailbox). Spaces around the '@' ("juan @ gmail.com") only with a
        // dotted domain. "a_@a_", "x@y", "casa@5pm", "vemos @ las" are none.
        const std::string_view email = text.substr(begin, end - begin);
        const size_t at = email.find('@');
        if (at == std::string_view::npos) return;
        std::string_view domain = email.substr(at + 1);
        const bool spaced = (at > 0 && email[at - 1] == ' ') || (!domain.empty() && domain[0] == ' ');
        if (!domain.empty() && domain[0] == ' ') domain.remove_prefix(1);
        const size_t dot = domain.find('.');
        const bool dotted = dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size();
        if (!dotted) {
          const unsigned char first = domain.empty() ? 0 : static_cast<unsigned char>(domain[0]);
          const bool letter_first = (first | 0x20) >= 'a' && (first | 0x20) <= 'z';
          if (spaced || domain.size() < 3 || !(letter_first || first >= 0xC0) ||
              domain.find('_') != std::string_view::npos) {
            return;
          }
        }
        AddGlued(out, text, begin, end, IdentifierType::kEmail, dotted ? 0.99f : 0.8f);
        return;
      }
      case RuleKind::kUrl:
        TrimTrailing(text, begin, &end, ".,;:!?'\"");
        AddGlued(out, text, begin, end, IdentifierType::kUrl, 0.95f);
        return;
      case RuleKind::kDomain: {
        TrimTrailing(text, begin, &end, ".,;:!?'\"");
        // "(facebook.com/juan.perez.9)": a closing parenthesis the link did
        // not open closes the text around it, and stays.
        const std::string_view link = text.substr(begin, end - begin);
        const size_t opened = static_cast<size_t>(std::count(link.begin(), link.end(), '('));
        size_t closed = static_cast<size_t>(std::count(link.begin(), link.end(), ')'));
        while (end > begin && text[end - 1] == ')' && closed > opened) {
          --end;
          --closed;
          TrimTrailing(text, begin, &end, ".,;:!?'\"");
        }
        AddGlued(out, text, begin, end, IdentifierType::kUrl, 0.8f);
        return;
      }
      case RuleKind::kHandle:
        TrimTrailing(text, begin, &end, ".");
        if (UnitRateAfterNumber(text, begin, end)) return;
        // "follow me @ the plaza", "add me @ 5pm": no handle's shape, or a
        // time of day (a spaced handle opens with a letter or '_').
        if (rule_name == "cued_spaced_handle" &&
            (end < begin + 3 || std::isdigit(static_cast<unsigned char>(text[begin + 2])) ||
             !HandleShaped(text.substr(begin + 2, end - begin - 2)))) {
          return;
        }
        if (rule_name == "spaced_handle" &&
            (end < begin + 4 || !SpacedHandleShaped(text.substr(begin + 2, end - begin - 2)))) {
          return;
        }
        if (rule_name == "platform_handle" && !HandleShaped(text.substr(begin, end - begin)) &&
            !AloneAfterLabel(text, begin, end) && !UnlistedAfterPlatformCopula(text, begin, end)) {
          return;
        }
        if (TimeAfterAt(text, begin, end)) return;
        // "@k", "@x": one letter after an '@' is a handle too (an '@' that
        // means "at" has a space after it: "meet @ 5pm").
        if (end - begin >= 3 || (end - begin == 2 && text[begin] == '@' &&
                                 (std::isalpha(static_cast<unsigned char>(text[begin + 1])) || text[begin + 1] == '_'))) {
          AddGlued(out, text, begin, end, IdentifierType::kSocialHandle, 0.9f);
        }
        return;
      case RuleKind::kIpv4:
        if (Ipv4Valid(span)) {
          Add(out, begin, end, IdentifierType::kIpAddress, 0.95f);
        } else {
          HandleNumberCluster(text, begin, end, out);  // "670.97.10.26" is a phone
        }
        return;
      case RuleKind::kIpv6: {
        TrimTrailing(text, begin, &end, ":.");
        span = text.substr(begin, end - begin);
        int hex = 0;
        for (char ch : span) hex += std::isxdigit(static_cast<unsigned char>(ch)) != 0;
        if (hex >= 5 && Ipv6Valid(span)) {
          Add(out, begin, end, IdentifierType::kIpAddress, 0.95f);
        }
        return;
      }
      case RuleKind::kNumberCluster:
        HandleNumberCluster(text, begin, end, out);
        return;
      case RuleKind::kIban:
        if (IbanValid(span)) {
          Add(out, begin, end, IdentifierType::kIban, 0.99f);
        } else {
          Add(out, begin, end, IdentifierType::kIdNumber, 0.6f);
        }
        return;
      case RuleKind::kCurp:
        Add(out, begin, end, IdentifierType::kIdNumber,
            CurpCheckDigitValid(span) ? 0.99f : 0.7f);
        return;
      case RuleKind::kRfc: {
        std::string key = AlnumUpper(span);
        size_t letters = 0;
        while (letters < key.size() && !std::isdigit(static_cast<unsigned char>(key[letters]))) ++letters;
        if (key.size() < letters + 6 || !DateDigitsPlausible(key.substr(letters, 6))) return;
        bool full = key.size() == letters + 9;
        Add(out, begin, end, IdentifierType::kIdNumber,
            full && RfcCheckDigitValid(span) ? 0.95f : 0.7f);
        return;
      }
      case RuleKind::kVoterKey: {
        std::string key = AlnumUpper(span);
        bool plausible = key.size() == 18 && DateDigitsPlausible(key.substr(6, 6));
        Add(out, begin, end, IdentifierType::kIdNumber, plausible ? 0.95f : 0.7f);
        return;
      }
      case RuleKind::kAlnumId: {
        if (CountDigits(span) < 5) return;
        // "E-31008 Pamplona": a Spanish postal code before its town (the
        // postal-code rule claims it).
        if ((span[0] == 'E' && span.size() == 7 && span[1] == '-') || (span[0] == 'E' && span.size() == 6)) {
          size_t next = end;
          while (next < text.size() && text[next] == ' ') ++next;
          if (next < text.size() && next > end && std::isupper(static_cast<unsigned char>(text[next]))) return;
        }
        // "Houston, TX 77008": a state's code and its ZIP code after a town
        // (the state stays; the postal-code rules claim the ZIP code).
        if (UsStateAndZip(text, begin, span)) return;
        Add(out, begin, end, IdentifierType::kIdNumber, 0.75f);
        return;
      }
      case RuleKind::kContextId: {
        TrimTrailing(text, begin, &end, " .-/");
        span = text.substr(begin, end - begin);
        if (rule_name == "case_file" && span.find_first_of("0123456789") != std::string_view::npos) {
          bool three = false;
          for (size_t i = 0, run = 0; i < span.size() && !three; ++i) {
            run = std::isdigit(static_cast<unsigned char>(span[i])) != 0 ? run + 1 : 0;
            three = run >= 3;
          }
          if (!three) return;
        }
        // A cue word ending its line does not name a date on the next one
        // ("oficio número\n12/06/2023 de la Fiscalía"): the date rules read it.
        if (CueOnAnEarlierLine(text, begin) &&
            (NumericDatePlausible(span, false) ||
             (span.size() >= 10 && NumericDatePlausible(span.substr(0, 10), true)))) {
          return;
        }
        int digits = CountDigits(span);
        // The context rule starts at its cue word, so it wins over the
        // shape rules: give the token the type its shape says.
        static const RE2 kDigitsOnly(R"re([\d .\-/()+]+)re");
        static const RE2 kCurpShape(R"re((?i)[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d)re");
        static const RE2 kRfcShape(R"re((?i)[A-ZÑ&]{3,4}[ \-]?\d{6}[ \-]?[A-Z0-9]{2}[0-9A])re");
        const re2::StringPiece token(span.data(), span.size());
        if (digits >= 6 && RE2::FullMatch(token, kDigitsOnly)) {
          HandleNumberCluster(text, begin, end, out);
        } else if (RE2::FullMatch(token, kCurpShape)) {
          Add(out, begin, end, IdentifierType::kIdNumber, CurpCheckDigitValid(span) ? 0.99f : 0.7f);
        } else if (RE2::FullMatch(token, kRfcShape)) {
          Add(out, begin, end, IdentifierType::kIdNumber, RfcCheckDigitValid(span) ? 0.95f : 0.7f);
        } else if (digits >= 4 || (digits >= 2 && span.size() >= 6)) {
          Add(out, begin, end, IdentifierType::kIdNumber, 0.9f);
        }
        return;
      }
      case RuleKind::kDateNumeric:
      case RuleKind::kDateIso:
        // An ISO date may carry a time ("2000-04-16 11:34:35"): check the date.
        if (NumericDatePlausible(rule.kind == RuleKind::kDateIso ? span.substr(0, 10) : span,
                                 rule.kind == RuleKind::kDateIso)) {
          Add(out, begin, end, IdentifierType::kDateOfBirth, 0.9f);
        }
        return;
      case RuleKind::kDateText:
        Add(out, begin, end, IdentifierType::kDateOfBirth, 0.9f);
        return;
      case RuleKind::kAge:
        HandleAge(text, begin, end, out);
        return;
      case RuleKind::kGps:
        Add(out, begin, end, IdentifierType::kGpsCoordinates, 0.9f);
        return;
      case RuleKind::kGpsDecimal: {
        std::string pair(span);
        size_t cut = pair.find_first_of(",;/ ", 1);
        if (cut == std::string::npos) return;
        double lat = std::atof(pair.c_str());
        size_t lon_at = pair.find_first_of("-0123456789", cut);
        if (lon_at == std::string::npos) return;
        double lon = std::atof(pair.c_str() + lon_at);
        if (std::abs(lat) <= 90 && std::abs(lon) <= 180) {
          Add(out, begin, end, IdentifierType::kGpsCoordinates, 0.85f);
        }
        return;
      }
      case RuleKind::kAddress:
        if (rule_name == "address_field") {
          // The whole field, to the end of its line.
          const size_t line_end = text.find('\n', begin);
          end = std::min(line_end == std::string_view::npos ? text.size() : line_end, begin + 160);
          while (end > begin && end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
          // "C/ Encina 14, 28660 Boadilla del Monte": the town after the
          // postal code stays, listed or not.
          end = FieldEndBeforeTownAfterCode(text, begin, end, *NameLexicon::Default(nullptr),
                                            PlaceGazetteer::Default());
          span = text.substr(begin, end - begin);
        }
        if (rule_name == "address_landmark_directions") {
          const size_t steps = begin;
          begin = LandmarkDirectionsStart(text, begin);
          if (begin == steps) return;
          span = text.substr(begin, end - begin);
        }
        if (rule_name == "address_name_number_neighbourhood") {
          const size_t comma = begin;
          begin = StreetBeforeNumberDashNeighbourhood(text, comma, end, PlaceGazetteer::Default(),
                                                      *NameLexicon::Default(nullptr));
          if (begin == comma) return;
          span = text.substr(begin, end - begin);
        }
        if (rule_name == "address_name_number_sign") {
          const size_t sign = begin;
          begin = StreetNameStart(text, begin, 3);
          if (begin == sign || NumbersNoStreet(text, begin)) return;
          span = text.substr(begin, end - begin);
        }
        // "la carretera federal 200", "la costera 200": a highway by its
        // number is a stretch of the route, not where someone lives (with a
        // kilometre, "carretera federal 200 km 14", it is an address).
        if (IsNumberedHighway(span)) return;
        // "In 2019 Palm Springs was hot": a year before a town named with a
        // street type that also ends towns' and landmarks' names.
        if (rule_name == "address_number_first_en") {
          if ((YearBeforeTownLikeType(span) || VenueAfterSmallNumber(span) || AfterMonth(text, begin)) &&
              !AfterResidenceCue(text, begin)) {
            return;
          }
          end = EndBeforeTownAfterType(text, begin, end, PlaceGazetteer::Default());
          span = text.substr(begin, end - begin);
        }
        // Peru's "Jr. Huallaga 345" (jirón): in Spanish, before a
        // capitalized name and with a number; "Martin Luther King Jr." and
        // "el Jr. de la familia" are no streets.
        if (rule.trigger == Trigger::kStreetKeyword && span.starts_with("Jr") && !JironStreet(span, language)) return;
        // Haitian "nan ri Lamarre" (in the street); French "il a ri" is a
        // laugh: a lower-case "ri" needs a Haitian preposition before it.
        if (rule.trigger == Trigger::kStreetKeyword && span.starts_with("ri") && !AfterHaitianPreposition(text, begin) &&
            !(language == "ht" && WindowBefore(text, begin, 2) == ", ")) {
          return;
        }
        // "nan ri a 2 semèn", "sou ri yo": an article after "ri" makes it
        // the street, named by no name; what follows is no house number.
        if (rule.trigger == Trigger::kStreetKeyword && (span.starts_with("ri") || span.starts_with("Ri")) &&
            HaitianArticleAfterRi(span)) {
          return;
        }
        // Lower-case "via" is an English and Spanish word ("sent via
        // whatsapp"): only the lower-case rule reads it, with a name and a
        // house number after it ("via roma 45").
        if (rule.trigger == Trigger::kStreetKeyword && span.starts_with("via") &&
            rule_name != "address_keyword_lower") {
          return;
        }
        // "on Northwest 27th Avenue near 79th Street": in English the name
        // comes before "Avenue" and "Boulevard"; a lower-case word after
        // one starts no French street ("Avenue Foch" does).
        if (language == "en" && rule.trigger == Trigger::kStreetKeyword && EnglishTypeThenLowerWord(span)) return;
        // "en la colonia. Cuando dejó de pagar": a street word written out in
        // full, in lower case, and then a period ends its sentence; only
        // abbreviations take a period before the name ("col. Centro").
        if (FullStreetWordThenPeriod(span)) return;
        if (rule_name == "address_street_suffix_number") {
          begin = SuffixedStreetStart(text, begin);
          if (begin == static_cast<size_t>(span.data() - text.data())) return;
          span = text.substr(begin, end - begin);
          if (CanadianTaxOrTonnes(text, begin, end)) return;
        }
        if (rule_name == "address_label") {
          // "dirección: Calle 10 Norte entre 3a y 5a Poniente", "address is
          // the corner of ...": a street keyword after the label starts a
          // rule that reads the street better (the scan would skip it).
          const RE2* const kKeyword = &StreetKeywordRegex();
          const size_t from = begin > 0 ? begin - 1 : 0;
          if (kKeyword->Match(re2::StringPiece(text.data(), text.size()), from, end, RE2::UNANCHORED, nullptr, 0)) return;
          // "The address of Civic Impulse LLC is PSC 4095", "la dirección de
          // la empresa es Reforma 222": whose address it is stays.
          begin = AfterWhoseAddress(text, begin, end);
          span = text.substr(begin, end - begin);
        }
        if (rule_name == "address_number_by_context") {
          begin = StreetBeforeNumberByContext(text, begin, end, PlaceGazetteer::Default(),
                                              *NameLexicon::Default(nullptr));
          if (begin == static_cast<size_t>(span.data() - text.data())) return;
          span = text.substr(begin, end - begin);
        }
        if (rule_name == "address_name_between") {
          const size_t keyword_begin = begin;
          begin = StreetBeforeBetweenStart(text, begin, end, *NameLexicon::Default(nullptr), PlaceGazetteer::Default());
          if (begin == keyword_begin) return;
          span = text.substr(begin, end - begin);
        }
        if (rule_name == "address_name_corner") {
          const size_t keyword_begin = begin;
          begin = StreetBeforeCornerStart(text, begin);
          if (begin == keyword_begin) return;
          span = text.substr(begin, end - begin);
        }
        if (HighwayNumberOnly(text, begin, end)) return;
        // "la route de Piedras Negras": the road to a town of the migration
        // route (places.tsv), no street, where an article and no house
        // number come before it ("au 12 route de Lyon" is one; a French
        // village's "la route de Port-Louis" too).
        if (rule_name == "address_keyword_fr" && AsciiLower(span.substr(0, 9)) == "route de " &&
            WindowBefore(text, begin, 3) == "la " && span.find_first_of("0123456789") == std::string_view::npos &&
            PlaceGazetteer::Default().ClassOf(span.substr(9)) == PlaceClass::kListed) {
          return;
        }
        if (rule_name == "address_after_en") {
          if (language != "es" && language != "en") return;
          if (!StreetAfterPreposition(text, begin, end, &begin, &end)) return;
          end = StreetAfterEnEnd(text, begin, end, PlaceGazetteer::Default(), *NameLexicon::Default(nullptr));
          if (end == begin) return;
          span = text.substr(begin, end - begin);
        }
        if (rule_name == "address_sent_to" &&
            SentToNameIsNoStreet(text, begin, end, PlaceGazetteer::Default(), *NameLexicon::Default(nullptr))) {
          return;
        }
        if (rule_name == "address_type_last") {
          // "Avenue" and "Boulevard" also start French and Spanish street
          // names ("Il habite Avenue Foch"): there the name comes after.
          if ((language == "fr" || language == "es") && (span[0] == 'A' || span[0] == 'B')) return;
          // "Street Fighter", "Road Runner": a capitalized word after the
          // type makes it part of another name.
          size_t next = end;
          // "St. Louis": the abbreviation's dot too; "St-Martin" is a saint.
          if (span == "St" && next < text.size() && text[next] == '-') return;
          if (span == "St" && next < text.size() && text[next] == '.') ++next;
          while (next < text.size() && text[next] == ' ') ++next;
          if (next > end && next < text.size() && std::isupper(static_cast<unsigned char>(text[next])) != 0) {
            const std::string after = AsciiLower(text.substr(next, std::min<size_t>(6, text.size() - next)));
            if (!after.starts_with("north") && !after.starts_with("south") && !after.starts_with("east") &&
                !after.starts_with("west") && !after.starts_with("suite") && !after.starts_with("apt") &&
                !after.starts_with("unit") && !after.starts_with("flat")) {
              return;
            }
          }
          const size_t type_begin = begin;
          begin = TypeLastStreetStart(text, begin);
          if (begin == type_begin) return;
          // "kept us at Family Court", "at Immigration Court": a court of
          // law by its kind, no street.
          if (span == "Court" && CourtKindBefore(text, type_begin)) return;
          // "a trailer on Juniper Lane", "her house is on Aspen Circle":
          // types that also end the names of courts, drives and ways are a
          // street only after "on" and words of living or staying there.
          if (!InSet(span, {"Street", "Road", "Avenue", "Boulevard", "Rd", "Ave", "Blvd", "St"}) &&
              !HomeWordsBeforeOn(text, begin)) {
            return;
          }
          span = text.substr(begin, end - begin);
        }
        if (rule_name == "address_keyword_lower") {
          end = span.starts_with("via") ? LowerCaseNumberedStreetEnd(text, begin, *NameLexicon::Default(nullptr))
                                        : LowerCaseStreetNameEnd(text, begin, *NameLexicon::Default(nullptr));
          if (end == begin) return;
          span = text.substr(begin, end - begin);
        }
        if (rule_name == "address_type_last_lower") {
          const size_t type_begin = begin;
          const bool road = span == "road" || span == "rd";
          begin = LowerCaseTypeLastStart(text, begin, road, *NameLexicon::Default(nullptr));
          if (begin == type_begin) return;
          span = text.substr(begin, end - begin);
        }
        if (rule_name == "address_name_number_town") {
          // Read off the match as its first number ("45" of "45-B, "): the
          // house number runs to the comma.
          const size_t number_begin = begin;
          end = std::min(text.find(',', begin), text.size());
          while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
          begin = NumberedStreetBeforeTown(text, begin, end, PlaceGazetteer::Default());
          if (begin == number_begin) return;
          // "Pedro 45, Tijuana": a given name alone before a small number
          // is a person and an age, not a street.
          size_t name_end = begin;
          while (name_end < number_begin && text[name_end] != ' ' && text[name_end] != '\t') ++name_end;
          size_t gap = name_end;
          while (gap < number_begin && (text[gap] == ' ' || text[gap] == '\t')) ++gap;
          if (gap == number_begin && end - number_begin <= 3) {
            const uint32_t flags = NameDetectorWordFlags(text.substr(begin, name_end - begin));
            if ((flags & kGivenName) != 0) return;
          }
          span = text.substr(begin, end - begin);
        }
        if (rule_name == "address_po_box" && (language == "en" || (end < text.size() && text[end] == '/'))) {
          // "BP 120/80" is a blood pressure; the French "BP 45" a box.
          size_t first = begin;
          while (first < end && IsAsciiDigitOrSpace(text[first])) ++first;
          if (first < end && text[first] == 'B' && first + 1 < end && (text[first + 1] == 'P' || text[first + 1] == '.')) return;
        }
        if (rule_name == "address_number_name_number" &&
            AsciiLower(span).find("cedex") != std::string::npos) {
          return;  // "13001 Marseille Cedex 01": a postal code, a town, its sorting office
        }
        // "Storgarden 52 Trajanka Forks": a street named before the number
        // that opens another.
        if (rule_name == "address_number_name_number" ||
            rule_name == "address_number_first_en") {
          begin = StreetWordBeforeNumber(text, begin, *NameLexicon::Default(nullptr));
          span = text.substr(begin, end - begin);
        }
        if (rule.trigger == Trigger::kStreetKeyword && rule_name != "address_type_last" &&
            rule_name != "address_type_last_lower" && rule_name != "address_label") {
          // A numbered street before its neighbourhood ("Chimalpopoca 14,
          // Col. Obrera"), an ordinal before the keyword ("5a Avenida").
          const std::string head = AsciiLower(span.substr(0, std::min<size_t>(span.size(), 16)));
          if (head.starts_with("col") || head.starts_with("fracc") || head.starts_with("barrio")) {
            begin = NumberedStreetBefore(text, begin);
            // "la casa número 7 de la colonia Las Granjas".
            if (begin == static_cast<size_t>(span.data() - text.data())) begin = NumberOfStreetBefore(text, begin);
          } else {
            // "Blvd., Los Angeles": the keyword ended a street named before it.
            size_t after = begin;
            while (after < end && IsWordCharAt(text, after)) ++after;
            while (after < end && (text[after] == '.' || text[after] == ' ')) ++after;
            if (after < end && text[after] == ',') return;
            begin = OrdinalBefore(text, begin);
            begin = NumberOfStreetBefore(text, begin);
            // "3911 fourth avenue suite 112": an English type in lower case
            // whose match took the unit after it; its name and number come
            // before it.
            if (language == "en" && begin == static_cast<size_t>(span.data() - text.data())) {
              for (std::string_view type : {"street ", "avenue ", "road ", "boulevard "}) {
                if (span.starts_with(type)) {
                  begin = LowerCaseTypeLastStart(text, begin, type == "road ", *NameLexicon::Default(nullptr));
                  break;
                }
              }
            }
          }
          span = text.substr(begin, end - begin);
        }
        if (rule_name == "address_no_number") {
          begin = StreetNameStart(text, begin);
          if (begin == static_cast<size_t>(span.data() - text.data())) return;
          span = text.substr(begin, end - begin);
        }
        // RE2's \b knows only ASCII: a match may stop inside a word
        // ("Ri Kapwa 15, P|òtoprens"); it ends before that word.
        if (end < text.size() && IsWordCharAt(text, end) && IsWordCharBefore(text, end)) {
          while (end > begin && IsWordCharBefore(text, end)) {
            --end;
            while (end > begin && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
          }
          span = text.substr(begin, end - begin);
        }
        // "à la place de Marie" is "instead of Marie", "la place de Marie"
        // her seat; "la place des Lices" is a square.
        if ((rule_name == "address_keyword_fr" ||
             rule_name == "address_place_fr") &&
            AsciiLower(span.substr(0, 5)) == "place") {
          const std::string before = WindowBefore(text, begin, 6);
          const std::string head = AsciiLower(span.substr(0, 11));
          const bool instead = before.ends_with("\xc3\xa0 la ") || before.ends_with(" a la ") || before == "a la ";
          const bool of_someone = before.ends_with("la ") && head.starts_with("place de ") &&
                                  !head.starts_with("place de l");
          if (instead || of_someone) return;
          if (rule_name == "address_place_fr" && (language == "en" || language == "es")) return;
        }
        // "la caseta 4 de la autopista. El vagón 12": the address ends with
        // its sentence; a keyword alone left is none.
        if (const size_t cut = SentenceEndAfterStreetWord(span); cut != std::string_view::npos) {
          if (FullStreetWordThenPeriod(span.substr(0, cut + 1))) return;
          end = begin + cut;
          span = text.substr(begin, end - begin);
        }
        TrimTrailing(text, begin, &end, " ,.-;\n\t\r");
        // "P.O. Box 418 Kowalski Springs": a street named after the address
        // on its line is the address's.
        end = StreetAfterStreetEnd(text, end, PlaceGazetteer::Default());
        // "on Maple Street, number 14", "rue Victor Hugo, au numéro 12": the
        // house number said after the street.
        end = NumberSaidAfterStreetEnd(text, end);
        // "Av." alone or a keyword with nothing after is not an address.
        if (end - begin >= 6 || (rule_name == "address_po_box" && end - begin >= 4)) {
          Add(out, begin, end, IdentifierType::kAddress, 0.85f);
        }
        return;
      case RuleKind::kAddressWeak:
        if (end < text.size() && IsWordCharAt(text, end) && IsWordCharBefore(text, end)) return;
        // "5670 r josé a madeira 1 suite 696": the street line before a unit.
        if (rule_name == "address_unit") begin = StreetLineBeforeUnit(text, begin);
        // "Kovářova 88, 8001 Zürich": the street before the code.
        if (rule_name == "postal_code_short") {
          // "Lidická 55, 602 00 Brno is on the second floor": before a clause
          // that goes on, only after a street ("On Monday, 1500 Soldiers
          // marched" stays).
          if (TownThenLowerWord(text, end) && StreetBeforeYearLikePostalCode(text, begin, *out) == begin) return;
          // "at Quantell, 6891 Prešernova 18, Gjøvik": a building number and
          // a street, not a code and a town's district.
          end = StreetAfterBuildingNumber(text, begin, end, PlaceGazetteer::Default());
          const size_t code_begin = begin;
          begin = StreetBeforeShortPostalCode(text, begin);
          // Iceland's three digits are a code only after a street ("Laugavegur
          // 22, 101 Reykjavík"; "we were 12, 300 Soldiers came" is none) and
          // before no street's type ("Shop 5, 100 Queen St": a house number).
          if (end - code_begin == 3) {
            size_t words_end = end;
            while (words_end < text.size() && words_end - end < 40 &&
                   std::string_view(",.;)\n").find(text[words_end]) == std::string_view::npos) {
              ++words_end;
            }
            if (begin == code_begin || NamesAStreetType(text.substr(end, words_end - end))) return;
          }
        }
        // "Molenstraat 9, 2000 Antwerpen": a code that reads as a year only
        // after a street.
        if (rule_name == "postal_code_short_year") {
          const size_t street = StreetBeforeYearLikePostalCode(text, begin, *out);
          if (street == begin) return;
          begin = street;
        }
        // "Havlíčkova 1203\n272 01 Kladno": the street's line and the code,
        // apart, so the address keeps its lines.
        if (rule_name == "postal_code_next_line") {
          const size_t street =
              StreetLineBeforeCodeLine(text, begin, PlaceGazetteer::Default(), *NameLexicon::Default(nullptr));
          if (street == begin) return;
          size_t street_end = text.find('\n', street);
          TrimTrailing(text, street, &street_end, " ,.\t\r");
          Add(out, street, street_end, IdentifierType::kAddress, 0.7f);
        }
        TrimTrailing(text, begin, &end, " ,.-;\n\t\r");
        Add(out, begin, end, IdentifierType::kAddress, 0.7f);
        return;
      case RuleKind::kPlate: {
        TrimTrailing(text, begin, &end, " -");
        span = text.substr(begin, end - begin);
        if (CountDigits(span) >= 1 && AlnumUpper(span).size() >= 5) {
          Add(out, begin, end, IdentifierType::kVehiclePlate, 0.85f);
        }
        return;
      }
      case RuleKind::kPlateShape:
        Add(out, begin, end, IdentifierType::kVehiclePlate, 0.6f);
        return;
    }
    (void)language;
  }

  // True if span is a US state's or territory's code, a space and a ZIP code
  // ("TX 77008") after a comma or a town's name.
  static bool UsStateAndZip(std::string_view text, size_t begin, std::string_view span) {
    static const RE2 kStateZip(
        "(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|P[AR]|RI|S[CD]|T[NX]|"
        "UT|V[AIT]|W[AIVY]) \\d{5}");
    if (!RE2::FullMatch(re2::StringPiece(span.data(), span.size()), kStateZip)) return false;
    size_t before = begin;
    while (before > 0 && text[before - 1] == ' ') --before;
    return before > 0 && before < begin && (text[before - 1] == ',' || IsWordCharBefore(text, before));
  }

  // Where the address starts in a label's match: after "is"/"es"/"est"
  // ("My address is 1200 W. 5th St"); or, in one that opens with "of"/"de"/
  // "du" and names its owner before "is"/"es"/"est" ("of Persint is 6750
  // Koskikatu 25"): after that verb; begin otherwise.
  static size_t AfterWhoseAddress(std::string_view text, size_t begin, size_t end) {
    const std::string_view span = text.substr(begin, end - begin);
    // "My address is 1200 W. 5th St": the verb stays.
    for (std::string_view verb : {"is ", "es ", "est ", "was ", "era ", "was: ", "is: "}) {
      if (span.starts_with(verb) && span.size() > verb.size()) return begin + verb.size();
    }
    if (!span.starts_with("of ") && !span.starts_with("de ") && !span.starts_with("du ")) return begin;
    const size_t digit = span.find_first_of("0123456789");
    for (std::string_view verb : {" is ", " es ", " est "}) {
      const size_t at = span.find(verb);
      if (at != std::string_view::npos && at < digit) return begin + at + verb.size();
    }
    return begin;
  }

  // True if span is a year's number ("2019 Palm Springs", "1998 Niagara
  // Falls") before a name ending in a street type that also ends the names
  // of towns and landmarks, then at most a direction and a unit.
  static bool YearBeforeTownLikeType(std::string_view span) {
    static const RE2 kYearTown(
        R"re((?:19|20)\d\d\s{1,3}(?:\S+\s{1,3}){1,4}?(?i:falls?|springs?|hills?|valleys?|lakes?|islands?|isle|river|)re"
        R"re(villages?|mountains?|keys?|harbou?rs?|forest|fields?|bridge|station|land|mission|centers?|club|mall|lodge|)re"
        R"re(canyon|shores?|ports?|green|beach|camp|cape|fort|mount|mill)\.?(?:\s{1,3}(?:NW|NE|SW|SE|N|S|E|W|North|South|East|West)\.?)?)re"
        R"re((?:\s{0,3},?\s{0,3}(?i:apt|apartment|suite|ste|unit|room|rm|flat|floor|fl|building|bldg|\d{1,2}(?:st|nd|rd|th))\b.*)?)re");
    // A match opens with "19" or "20": most spans are refused without RE2.
    if (span.size() < 2 || !(span.starts_with("19") || span.starts_with("20"))) return false;
    return RE2::FullMatch(re2::StringPiece(span.data(), span.size()), kYearTown);
  }

  // True if span is a number of one or two digits before a name ending in
  // a word that names venues more often than streets ("Sat 8 Verizon
  // Center", "the 9 Hard Rock Club": a time or a date in a post); a house
  // number of three digits or more ("905 Halvorsen Station") or a unit after
  // it ("77 Oyelaran Lights, Apt. 4") says a street.
  static bool VenueAfterSmallNumber(std::string_view span) {
    static const RE2 kVenue(
        R"re(\d{1,2}\s{1,3}(?:\S+\s{1,3}){1,4}?(?i:centers?|club|mall|station|lodge|mission|gardens?|land|lights?|)re"
        R"re(run|rest|course|commons?|bridge|tunnel|unions?|fields?|camp|beach|arcade)\.?)re");
    // A match opens with a digit: the rest are refused without RE2.
    if (span.empty() || span[0] < '0' || span[0] > '9') return false;
    return RE2::FullMatch(re2::StringPiece(span.data(), span.size()), kVenue);
  }

  // True if words saying where someone lives or stays come right before
  // `at` ("She lives at 12 Oak Gardens", "my address is 1985 Pine Hills",
  // "we stayed at"): then a small number or a year-shaped one is a house
  // number, not a time or a year.
  static bool AfterResidenceCue(std::string_view text, size_t at) {
    static const RE2 kResidence(
        R"re((?i)(?:^|[^a-z])(?:lives?|lived|living|resides?|resided|address(?:\s+is)?|moved\s+to|)re"
        R"re(stay(?:s|ed|ing)?\s+at|house\s+(?:is\s+)?at|home\s+(?:is\s+)?at|located\s+at|send\s+(?:it\s+)?to)re"
        R"re()(?:\s+(?:at|in|on))?\s{0,2}:?\s{0,2}$)re");
    const std::string before = WindowBefore(text, at, 32);
    return RE2::PartialMatch(before, kResidence);
  }

  // True if "on" or "at" comes right before `at`, after words saying that
  // someone lives, stays or is kept there, in the same sentence ("We stayed
  // in an apartment on", "a trailer on", "Her house is on", "rents a room
  // on", "they locked us in a house at").
  static bool HomeWordsBeforeOn(std::string_view text, size_t at) {
    static const RE2 kHome(
        R"re((?i)(?:^|[^a-z])(?:lives?|lived|living|resides?|resided|stay(?:s|ed|ing)?|house|home|apartment|flat|)re"
        R"re(trailer|room|basement|rents?|rented|renting|moved|kept\s+(?:us|me|them|him|her)|held\s+(?:us|me|them|him|her)|)re"
        R"re(locked\s+(?:us|me|them|him|her))(?:[^a-z.!?\n][^.!?\n]{0,48})?[^a-z](?:on|at)\s{1,2}$)re");
    return RE2::PartialMatch(WindowBefore(text, at, 72), kHome);
  }

  // True if the word before `at` is a Haitian preposition of place ("nan
  // ri Lamarre", "sou ri Pavée", "kwen ri").
  static bool AfterHaitianPreposition(std::string_view text, size_t at) {
    const std::string before = WindowBefore(text, at, 6);
    for (std::string_view p : {"nan ", "sou ", "kwen ", "lan ", "b\xc3\xb2 ", "kote "}) {
      if (before.ends_with(p) && (before.size() == p.size() || !IsAsciiAlnum(static_cast<unsigned char>(before[before.size() - p.size() - 1])))) {
        return true;
      }
    }
    return false;
  }

  // True if the street [begin, end) found before Estonian "pst" or "tn"
  // is a Canadian province's sales tax or a load in tonnes: a province or
  // territory names it ("Ontario pst 8%", "Add Manitoba pst 7", "Nova Scotia
  // tn 3"), or a percentage follows its number ("BC pst 7 percent").
  static bool CanadianTaxOrTonnes(std::string_view text, size_t begin, size_t end) {
    const std::string_view span = text.substr(begin, end - begin);
    size_t type = std::string_view::npos;
    for (std::string_view t : {" pst", " tn"}) {
      const size_t at = span.find(t);
      if (at != std::string_view::npos && at + t.size() < span.size() &&
          !IsAsciiAlnum(static_cast<unsigned char>(span[at + t.size()]))) {
        type = at;
      }
    }
    if (type == std::string_view::npos) return false;
    size_t after = end;
    while (after < text.size() && text[after] == ' ' && after - end < 2) ++after;
    if (after < text.size() && text[after] == '%') return true;
    if (AsciiLower(text.substr(after, 7)) == "percent") return true;
    const std::string name = AsciiLower(span.substr(0, type));
    static constexpr std::string_view kProvinces[] = {
        "ontario", "quebec", "qu\xc3\xa9" "bec", "manitoba", "saskatchewan", "alberta", "british columbia",
        "nova scotia", "new brunswick", "newfoundland", "labrador", "prince edward island", "yukon",
        "nunavut", "northwest territories", "on", "qc", "mb", "sk", "ab", "bc", "ns", "nb", "nl", "pe", "pei",
        "yt", "nt", "nu"};
    for (std::string_view p : kProvinces) {
      if (name == p || (name.size() > p.size() && name.ends_with(p) && name[name.size() - p.size() - 1] == ' ')) {
        return true;
      }
    }
    return false;
  }

  // True if the word before "Court" at `court` names a kind of court of
  // law ("Family Court", "Immigration Court", "Superior Court").
  static bool CourtKindBefore(std::string_view text, size_t court) {
    size_t end = court;
    while (end > 0 && text[end - 1] == ' ' && court - end < 2) --end;
    size_t b = end;
    while (b > 0 && end - b < 16 && std::isalpha(static_cast<unsigned char>(text[b - 1])) != 0) --b;
    if (b == end || (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1])) != 0)) return false;
    const std::string word = AsciiLower(text.substr(b, end - b));
    for (std::string_view kind :
         {"family", "immigration", "juvenile", "superior", "supreme", "district", "circuit", "county", "municipal",
          "federal", "criminal", "traffic", "probate", "appeals", "appellate", "bankruptcy", "high", "crown",
          "magistrates", "housing", "drug", "tax", "claims", "civil", "state", "city", "tribal", "military",
          "divorce", "custody", "youth", "justice"}) {
      if (word == kind) return true;
    }
    return false;
  }

  // True if span, opening with "ri", goes on with a Haitian article or
  // demonstrative in lower case as a word of its own ("ri a", "ri la", "ri
  // yo", "ri sa").
  static bool HaitianArticleAfterRi(std::string_view span) {
    size_t p = 2;
    if (p >= span.size() || (span[p] != ' ' && span[p] != '\t')) return false;
    while (p < span.size() && (span[p] == ' ' || span[p] == '\t')) ++p;
    size_t e = p;
    while (e < span.size() && IsAsciiAlnum(static_cast<unsigned char>(span[e]))) ++e;
    if (e < span.size() && static_cast<unsigned char>(span[e]) >= 0x80) return false;  // "ri Anténor"
    // In lower case: "ri La Fleur 12" is a street named "La Fleur".
    const std::string_view word = span.substr(p, e - p);
    for (std::string_view article : {"a", "la", "an", "lan", "nan", "yo", "sa"}) {
      if (word == article) return true;
    }
    return false;
  }

  // True if a month's name comes right before `at` ("Sept 25 CANWEST
  // Center", "May 3 Lake Street"): a date, then what happens there.
  static bool AfterMonth(std::string_view text, size_t at) {
    static const RE2 kMonthEnd(
        R"re((?i)(?:^|[^a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|)re"
        R"re(june|july|august|september|october|november|december)\.?\s{1,2}$)re");
    const std::string before = WindowBefore(text, at, 12);
    return RE2::PartialMatch(before, kMonthEnd);
  }

  // True if span, opening with "Jr", is a Peruvian street: not in English,
  // a capitalized word after "Jr." and a digit in it.
  static bool JironStreet(std::string_view span, std::string_view language) {
    if (language == "en") return false;
    size_t next = 2;
    while (next < span.size() && (span[next] == '.' || span[next] == ' ')) ++next;
    return next < span.size() && std::isupper(static_cast<unsigned char>(span[next])) != 0 &&
           span.find_first_of("0123456789") != std::string_view::npos;
  }

  static bool EnglishTypeThenLowerWord(std::string_view span) {
    for (std::string_view type : {"Avenue ", "Boulevard "}) {
      if (!span.starts_with(type) || span.size() == type.size() ||
          std::islower(static_cast<unsigned char>(span[type.size()])) == 0) {
        continue;
      }
      // "Avenue du Golf", "Boulevard de la Paix": a French street.
      const std::string_view next = span.substr(type.size(), 4);
      return !next.starts_with("de ") && !next.starts_with("du ") && !next.starts_with("des ") &&
             !next.starts_with("d'") && !next.starts_with("d\xe2");
    }
    return false;
  }

  static bool IsNumberedHighway(std::string_view span) {
    static const RE2 kHighway(
        R"re((?i)(?:carretera|autopista)\s{1,3}(?:federal|estatal|costera)\s{1,3}(?:(?:n[uú]m(?:ero)?\.?|no\.)\s{0,2})?\d{1,3}[\s,.;]*)re");
    // Every address match is asked: most are refused by their first byte
    // without calling RE2 ("c" or "a" in either case opens a match).
    if (span.empty() || ((span[0] | 0x20) != 'c' && (span[0] | 0x20) != 'a')) return false;
    return RE2::FullMatch(re2::StringPiece(span.data(), span.size()), kHighway);
  }

  // True if span opens with a street word written out in full and in lower
  // case ("colonia", "calle", "barrio"...) directly followed by a period,
  // and no number follows.
  // Capitalized, it is a form's label ("Calle. Carlos Lorenzo, 56",
  // "Avenida. Castellana, 261").
  static bool FullStreetWordThenPeriod(std::string_view span) {
    if (span.empty() || std::islower(static_cast<unsigned char>(span[0])) == 0) return false;
    size_t n = 0;
    while (n < span.size() && n < 16 && std::isalpha(static_cast<unsigned char>(span[n])) != 0) ++n;
    if (n < 4 || n >= span.size() || span[n] != '.') return false;
    // "calle. Hidalgo 23": a number after the name still makes it a street.
    for (char c : span.substr(n)) {
      if (std::isdigit(static_cast<unsigned char>(c)) != 0) return false;
    }
    return IsFullStreetWord(AsciiLower(span.substr(0, n)));
  }

  // Where a lower-case street word written in full ends its sentence inside
  // span: its period, before a capitalized function word ("autopista. El
  // vagón 12", "colonia. Cuando"); npos if none.
  static size_t SentenceEndAfterStreetWord(std::string_view span) {
    for (size_t dot = span.find(". "); dot != std::string_view::npos; dot = span.find(". ", dot + 1)) {
      size_t w = dot;
      while (w > 0 && std::isalpha(static_cast<unsigned char>(span[w - 1])) != 0) --w;
      if (dot - w < 4 || std::islower(static_cast<unsigned char>(span[w])) == 0) continue;
      if (w > 0 && static_cast<unsigned char>(span[w - 1]) >= 0x80) continue;
      if (!IsFullStreetWord(AsciiLower(span.substr(w, dot - w)))) continue;
      size_t next = dot + 1;
      while (next < span.size() && span[next] == ' ') ++next;
      size_t next_end = next;
      while (next_end < span.size() && (std::isalpha(static_cast<unsigned char>(span[next_end])) != 0 ||
                                        static_cast<unsigned char>(span[next_end]) >= 0x80)) {
        ++next_end;
      }
      if (next_end == next || std::isupper(static_cast<unsigned char>(span[next])) == 0) continue;
      if ((NameDetectorWordFlags(span.substr(next, next_end - next)) & kStopWord) != 0) return dot;
    }
    return std::string_view::npos;
  }

  static bool IsFullStreetWord(const std::string& lower) {
    static const std::unordered_set<std::string> kFullWords = {
        "calle", "colonia", "avenida", "barrio", "calzada", "carretera", "privada", "cerrada",
        "paseo", "plaza", "pasaje", "glorieta", "circuito", "retorno", "andador", "bulevar",
        "boulevard", "fraccionamiento", "prolongacion", "diagonal", "ronda", "avenue", "rue",
        "autopista", "libramiento"};
    return kFullWords.count(lower) != 0;
  }

  // True if a line break comes between the code at `begin` and the cue word
  // before it (only the separators the context rule allows lie between).
  static bool CueOnAnEarlierLine(std::string_view text, size_t begin) {
    for (size_t i = begin; i > 0 && begin - i < 16; --i) {
      const unsigned char c = static_cast<unsigned char>(text[i - 1]);
      if (c == '\n') return true;
      if (c != ' ' && c != '\t' && c != '\r' && c != ':' && c != '.' && c != '#' && c != '-' &&
          c != 0xC2 && c != 0xBA && c != 0xB0) {
        return false;
      }
    }
    return false;
  }

  static bool NumericDatePlausible(std::string_view span, bool iso) {
    int parts[3] = {0, 0, 0};
    int lens[3] = {0, 0, 0};
    int k = 0;
    size_t first_digit = 0;
    while (first_digit < span.size() && (span[first_digit] < '0' || span[first_digit] > '9')) ++first_digit;
    span.remove_prefix(first_digit);
    for (char ch : span) {
      if (ch >= '0' && ch <= '9') {
        parts[k] = parts[k] * 10 + (ch - '0');
        ++lens[k];
      } else if (k < 2) {
        ++k;
      }
    }
    if (k != 2) return false;
    int a = parts[0], b = parts[1];
    if (iso) return b >= 1 && b <= 12 && parts[2] >= 1 && parts[2] <= 31;
    if (lens[2] == 4 && (parts[2] < 1900 || parts[2] > 2100)) return false;
    bool dm = a >= 1 && a <= 31 && b >= 1 && b <= 12;
    bool md = b >= 1 && b <= 31 && a >= 1 && a <= 12;
    return dm || md;
  }

  // "1998-2004", "(1950 - 2010)": two years of 19xx or 20xx, the second not
  // before the first, joined by a hyphen, a slash or spaces.
  static bool IsYearRange(std::string_view span) {
    if (!span.empty() && span.front() == '(') span.remove_prefix(1);
    if (span.size() < 9) return false;
    const std::string_view first = span.substr(0, 4);
    const std::string_view second = span.substr(span.size() - 4);
    for (std::string_view year : {first, second}) {
      for (char ch : year) {
        if (ch < '0' || ch > '9') return false;
      }
      if (year.substr(0, 2) != "19" && year.substr(0, 2) != "20") return false;
    }
    int hyphens = 0;
    for (char ch : span.substr(4, span.size() - 8)) {
      if (ch == '-' || ch == '/') {
        ++hyphens;
      } else if (ch != ' ') {
        return false;
      }
    }
    return hyphens <= 1 && second >= first;
  }

  // True if `before` (lower case) names whom to call and where: a verb of
  // calling, then at most four words that are no years' context, the last
  // a small word before a number ("llámame al", "márcale a mi hermana al",
  // "call me at", "appelle-moi au", "rele m nan"). "desde", "en los años",
  // a name before a lifespan are none of those.
  static bool EndsWithACall(std::string_view before) {
    static constexpr std::string_view kSmall[] = {"al", "a", "me", "te", "le", "at", "au", "el",
                                                  "m", "nan", "moi", "on", "us", "her", "him"};
    static constexpr std::string_view kCalls[] = {"llam", "ll\xC3\xA1m", "marc", "m\xC3\xA1rc", "call",
                                                  "rele", "appel", "text"};
    static constexpr std::string_view kYears[] = {
        "desde", "entre", "en",    "de",     "del",    "los",    "las",  "a\xC3\xB1os", "a\xC3\xB1o", "anos",
        "from",  "since", "in",    "during", "depuis", "pendant", "durante", "hasta", "until", "year",
        "years", "ans",   "an",    "para",   "por",    "between", "dans", "the"};
    size_t end = before.size();
    for (int words = 0; words < 5; ++words) {
      while (end > 0 && (before[end - 1] == ' ' || before[end - 1] == '-' || before[end - 1] == ',')) --end;
      size_t b = end;
      while (b > 0 && ((before[b - 1] >= 'a' && before[b - 1] <= 'z') ||
                       static_cast<unsigned char>(before[b - 1]) >= 0x80)) {
        --b;
      }
      if (b == end) return false;
      const std::string_view word = before.substr(b, end - b);
      for (std::string_view call : kCalls) {
        if (word.substr(0, call.size()) == call) return true;
      }
      if (words == 0) {
        bool small = false;
        for (std::string_view w : kSmall) small = small || word == w;
        if (!small) return false;
      }
      for (std::string_view w : kYears) {
        if (word == w) return false;
      }
      end = b;
    }
    return false;
  }

  // A run of digits with separators: a card, a phone number, an ID number,
  // or (left alone) an amount of money or a range of years.
  static void HandleNumberCluster(std::string_view text, size_t begin, size_t end,
                                  std::vector<Finding>* out) {
    TrimTrailing(text, begin, &end, " .-(");
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
    std::string_view span = text.substr(begin, end - begin);
    const int digits = CountDigits(span);
    if (digits < 6) return;
    const LowerWindow before_window = LowerWindow::Before(text, begin, 40);
    const LowerWindow after_window = LowerWindow::After(text, end, 24);
    const std::string_view before = before_window.view();
    const std::string_view after = after_window.view();
    static const CueWords kPhoneCues{"tel", "tél", "cel", "móvil", "movil", "whats", "llam",
        "marc", "phone", "call", "text", "fax", "portable",
        "número", "numero", "number", "contact", "nimewo",
        "rele", "appel", "sms"};
    static const CueWords kIdCues{"pasaporte", "passport", "passeport", "dpi", "dni", "cédula",
        "cedula", "nss", "nass", "expediente", "id", "curp",
        "folio", "cuenta", "account", "tarjeta", "card", "carte",
        "nhc", "historia", "licencia", "license", "registro",
        "seguro", "ssn", "afiliaci", "episodio", "col", "caso",
        "case", "dossier", "clabe", "ife", "ine", "cipa", "carn", "dui", "cui",
        "nie", "nif", "rtn", "nuss", "credencial", "identific", "identit", "matr",
        "permiso", "visa", "certificad", "asegurad", "póliza", "poliza"};
    static const CueWords kCurrencyBefore{"$", "usd", "mxn", "€", "q.", "l."};
    static const CueWords kCurrencyAfter{"peso", "dólar", "dolar", "dollar", "usd", "mxn",
        "lempira", "quetzal", "colón", "colon",
        "córdoba", "cordoba", "bolívar", "bolivar",
        "euro", "gourde", "balboa", "mil ", "million",
        "millón", "millon"};
    static const CueWords kOf{" de ", " d'"};
    bool phone_cue = false, id_cue = false;
    WordsStartingWith(before, kPhoneCues, kIdCues, &phone_cue, &id_cue);
    // Amounts: "1.500.000 pesos", "$ 25 000 000", "15 000 dollars". Read
    // only where a cue does not already make the number a phone or an ID.
    const bool money = !phone_cue && !id_cue &&
                       (ContainsAny(before.substr(before.size() > 6 ? before.size() - 6 : 0), kCurrencyBefore) ||
                        ContainsAny(after.substr(0, 14), kCurrencyAfter));
    bool thousands_grouped = true;  // d{1,3}(sep d{3})+ with one separator kind
    {
      size_t group_len = 0;
      int groups = 0;
      char sep = 0;
      for (char ch : span) {
        if (ch >= '0' && ch <= '9') {
          ++group_len;
        } else {
          if (sep == 0) sep = ch;
          if (ch != sep || (groups == 0 ? group_len > 3 : group_len != 3)) thousands_grouped = false;
          ++groups;
          group_len = 0;
        }
      }
      if (groups == 0 || group_len != 3) thousands_grouped = false;
    }
    if (money && !phone_cue && !id_cue) return;
    // "11.503.000", "1,250,000": thousands written with dots or commas are
    // amounts; phone numbers are not grouped so (3-digit groups with spaces
    // are, in Spain, hence only dots and commas here).
    if (thousands_grouped && !phone_cue && !id_cue &&
        span.find_first_of(".,") != std::string_view::npos &&
        span.find(' ') == std::string_view::npos) {
      return;
    }
    if (digits < 7 && !phone_cue && !id_cue) return;  // "19.4326", "3.14159"
    if (thousands_grouped && digits <= 9 && !phone_cue && !id_cue &&
        ContainsAny(after.substr(0, 4), kOf)) {
      return;  // "1.500.000 de pesos" with the currency further on
    }
    // Year ranges: "1998-2004", "2015 2016", a lifespan "(1950-2010)" or
    // "(1950 - 2010)" (the cluster keeps its opening parenthesis). Not after
    // a word that names a phone or an ID: eight digits are a landline in El
    // Salvador, Honduras or Costa Rica ("mi teléfono es 2014-2078"). Verbs
    // of calling are no such word: "se llamaba Rosa Pérez (1950 - 2010)".
    static const CueWords kPhoneNouns{"tel", "tél", "cel", "móvil", "movil", "whats", "phone",
        "fax", "portable", "número", "numero", "number", "nimewo", "sms"};
    // A verb of calling followed only by whom to call and a small word
    // before the number is one ("llámame al 2015 2016", "márcale a mi
    // hermana al 2018 2020"; EndsWithACall()).
    // The span's shape first: most eight digits are no pair of years
    // ("2025-0110"), and the cue words are then not looked for.
    if (digits == 8 && !id_cue && IsYearRange(span) && !HasWordStartingWith(before, kPhoneNouns) &&
        (span[0] == '(' || !EndsWithACall(before))) {
      return;
    }
    const bool plus = span[0] == '+' || (span.size() > 1 && span.substr(0, 2) == "00");
    if (digits >= 13 && digits <= 19 && !plus && LuhnValid(span)) {
      Add(out, begin, end, IdentifierType::kPaymentCard, 0.95f);
      return;
    }
    if (id_cue && !phone_cue) {
      Add(out, begin, end, IdentifierType::kIdNumber, 0.9f);
      return;
    }
    if (digits >= 7 && digits <= 15 && (phone_cue || plus)) {
      Add(out, begin, end, IdentifierType::kPhone, 0.95f);
      return;
    }
    if (digits >= 7 && digits <= 13) {
      // No cue: most such runs in testimony are phone numbers, but a
      // reviewer should look, hence the lower confidence.
      Add(out, begin, end, IdentifierType::kPhone, 0.7f);
      return;
    }
    Add(out, begin, end, IdentifierType::kIdNumber, digits >= 7 ? 0.7f : 0.5f);
  }

  static void HandleAge(std::string_view text, size_t begin, size_t end,
                        std::vector<Finding>* out) {
    int age = 0;
    for (size_t i = begin; i < end; ++i) {
      if (text[i] >= '0' && text[i] <= '9') age = age * 10 + (text[i] - '0');
    }
    if (age > 120) return;
    // The cue word before the number ("de", "a", "los"...) and the word
    // before it tell an age from a duration: "un hombre de 45 años" versus
    // "después de 5 años", "il y a 5 ans".
    size_t cue_begin = 0;
    const LowerWindow cue_window = PreviousWord(text, begin, &cue_begin);
    const std::string_view cue = cue_window.view();
    // The word before the cue is read only after the cues that ask for it
    // (most ages follow a verb: "tenía 15 años").
    const bool cue_with_prev = cue == "los" || cue == "de" || cue == "d'" || cue == "a" || cue == "con";
    if (!cue_with_prev) {
      Add(out, begin, end, IdentifierType::kAge, 0.85f);
      return;
    }
    const LowerWindow prev_window = PreviousWord(text, cue_begin, nullptr);
    const std::string_view prev = prev_window.view();
    if (cue == "los" && prev != "a") return;
    if (cue == "de" || cue == "d'" || cue == "a" || cue == "con") {
      if (InSet(prev, {"después", "despues", "antes", "más", "mas", "menos", "cerca", "alrededor",
                       "lapso", "período", "periodo", "plazo", "condena", "pena", "sentencia",
                       "largo", "través", "traves", "hace", "espacio", "transcurso", "tras",
                       "plus", "moins", "près", "pres", "après", "apres", "durée", "duree",
                       "peine", "y", "il", "lo", "unos", "casi", "hasta", "desde", "durante",
                       "mismo", "misma", "prisión", "prision", "cárcel", "carcel", "años",
                       "año", "ans", "an", "prison", "term"})) {
        return;
      }
    }
    Add(out, begin, end, IdentifierType::kAge, 0.85f);
  }
};

}  // namespace

std::unique_ptr<PatternDetector> PatternDetector::Create(std::string* error) {
  auto detector = std::make_unique<PatternDetectorImpl>();
  std::string ignored;
  if (!detector->Init(error != nullptr ? error : &ignored)) return nullptr;
  return detector;
}

}  // namespace amparo::redaction
