#include "redaction/pattern_detector_keywords.h"

#include <algorithm>
#include <bit>
#include <set>
#include <tuple>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "redaction/word_runs.h"

namespace amparo::redaction {
namespace {

constexpr size_t kDepth = StreetKeywordPrefilter::kDepth;

// How an opening of at most kDepth bytes goes on: kMore, the match may end
// here (or go on: everything after passes); kFull, it is kDepth bytes
// long; kWide, a code point from U+0080 on comes next (cp, or any when cp is
// 0; the prefilter stops reading there: the bytes after it are not lined up
// with the pattern's characters); kEnd, the match may end here if the text
// does ('$').
enum class Next { kMore, kFull, kWide, kEnd };
struct Opening {
  std::string text;  // ASCII, folded to lower case
  Next next;
  uint32_t cp = 0;
  bool operator<(const Opening& o) const {
    return std::tie(text, next, cp) < std::tie(o.text, o.next, o.cp);
  }
};
using Openings = std::set<Opening>;

Openings Empty() { return {{"", Next::kMore}}; }

// At most this many openings in a set: a class repeated ("[a-z]+" after
// "sent") opens 26^5 ways. Past it, every opening is shortened by a byte
// until the set fits.
constexpr size_t kMaxOpenings = 1 << 10;

// An opening cut to at most `depth` bytes; one that was cut may go on with
// anything (kMore), which only lets more places by.
Opening Shortened(Opening o, size_t depth) {
  if (o.text.size() > depth || (o.text.size() == depth && depth < kDepth && o.next == Next::kFull)) {
    o.text.resize(depth);
    o.next = Next::kMore;
    o.cp = 0;
  }
  return o;
}

// Every opening of a then b.
Openings Concat(const Openings& a, const Openings& b) {
  Openings out;
  size_t depth = kDepth;
  const auto add = [&](Opening o) {
    out.insert(Shortened(std::move(o), depth));
    while (out.size() > kMaxOpenings && depth > 0) {
      --depth;
      Openings shorter;
      for (const Opening& x : out) shorter.insert(Shortened(x, depth));
      out = std::move(shorter);
    }
  };
  for (const Opening& x : a) {
    if (x.next != Next::kMore) {
      add(x);
      continue;
    }
    for (const Opening& y : b) {
      std::string s = x.text + y.text;
      if (s.size() >= kDepth) {
        s.resize(kDepth);
        add({s, Next::kFull});
      } else {
        add({s, y.next, y.cp});
      }
    }
  }
  return out;
}

// The code points RE2's case folding matches with cp (cp among them), or
// nothing when cp is beyond Latin-1 (the caller then lets any through).
std::vector<uint32_t> CaseOrbit(uint32_t cp) {
  if (cp == 0xB5) return {0xB5, 0x39C, 0x3BC};  // micro sign, Greek mu
  if (cp == 0xDF) return {0xDF, 0x1E9E};        // sharp s
  if (cp == 0xFF) return {0xFF, 0x178};         // y with diaeresis
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return {cp, cp + 0x20};
  if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) return {cp, cp - 0x20};
  if (cp >= 0x80 && cp < 0x100) return {cp};  // signs, no case
  if (cp >= 0x2000 && cp <= 0x206F) return {cp};  // General Punctuation: ’ “ ” – —
  return {};
}

// A set of code points as the prefilter sees it: which ASCII bytes (folded
// to lower case: the text is folded the same way, so case-sensitive parts of
// the pattern are read as insensitive, which only lets more places by) and
// which code points from U+0080 on. RE2's case folding reads U+017F as 's'
// and U+212A as 'k' (both ways).
struct CharSet {
  std::array<bool, 128> ascii{};
  std::vector<std::pair<uint32_t, uint32_t>> wide;  // ranges from U+0080 on

  void AddRange(uint32_t lo, uint32_t hi) {
    for (uint32_t c = lo; c <= std::min<uint32_t>(hi, 127); ++c) ascii[c] = true;
    if (hi >= 0x80) wide.push_back({std::max<uint32_t>(lo, 0x80), hi});
    if (lo <= 0x17F && hi >= 0x17F) ascii['s'] = true;
    if (lo <= 0x212A && hi >= 0x212A) ascii['k'] = true;
  }
  Openings ToOpenings() const {
    Openings out;
    for (int c = 0; c < 128; ++c) {
      if (!ascii[c]) continue;
      const char folded = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      out.insert({std::string(1, folded), Next::kMore});
      if (folded == 's') out.insert({"", Next::kWide, 0x17F});
      if (folded == 'k') out.insert({"", Next::kWide, 0x212A});
    }
    // A few code points of Latin-1 each with its case partners; anything
    // more, any code point.
    uint64_t count = 0;
    for (const auto& [lo, hi] : wide) count += hi - lo + 1;
    bool any = count > 32;
    std::vector<uint32_t> cps;
    for (const auto& [lo, hi] : wide) {
      for (uint32_t cp = lo; !any && cp <= hi; ++cp) {
        const std::vector<uint32_t> orbit = CaseOrbit(cp);
        if (orbit.empty()) any = true;
        cps.insert(cps.end(), orbit.begin(), orbit.end());
      }
    }
    if (any) {
      out.insert({"", Next::kWide, 0});
    } else {
      for (uint32_t cp : cps) out.insert({"", Next::kWide, cp});
    }
    return out;
  }
};

// A recursive-descent reader of the RE2 syntax the street keywords use,
// giving each expression's openings. Assertions but '$' (^, \b) read as
// empty: that only lets more places by.
class Reader {
 public:
  explicit Reader(std::string_view source) : s_(source) {}

  bool Read(Openings* out, std::string* error) {
    *out = Alternation();
    if (error_.empty() && pos_ != s_.size()) error_ = "unexpected ')'";
    if (!error_.empty()) {
      *error = error_ + " at byte " + std::to_string(pos_);
      return false;
    }
    return true;
  }

 private:
  bool More() const { return pos_ < s_.size() && error_.empty(); }
  char Peek() const { return s_[pos_]; }

  Openings Alternation() {
    Openings out = Sequence();
    while (More() && Peek() == '|') {
      ++pos_;
      Openings next = Sequence();
      out.insert(next.begin(), next.end());
    }
    return out;
  }

  Openings Sequence() {
    Openings out = Empty();
    while (More() && Peek() != '|' && Peek() != ')') out = Concat(out, Repeated());
    return out;
  }

  Openings Repeated() {
    Openings atom = Atom();
    while (More()) {
      size_t min = 0;
      size_t max = 0;
      const char c = Peek();
      if (c == '?') {
        max = 1;
        ++pos_;
      } else if (c == '*' || c == '+') {
        min = c == '+' ? 1 : 0;
        max = kDepth;  // more copies than kDepth open nothing new
        ++pos_;
      } else if (c == '{') {
        ++pos_;
        min = Number();
        max = min;
        if (More() && Peek() == ',') {
          ++pos_;
          max = More() && Peek() == '}' ? min + kDepth : Number();
        }
        if (!More() || Peek() != '}') {
          error_ = "bad repetition";
          return {};
        }
        ++pos_;
      } else {
        break;
      }
      if (More() && Peek() == '?') ++pos_;  // non-greedy: same openings
      min = std::min(min, kDepth);
      max = std::min(std::max(max, min), kDepth);
      Openings out = Empty();
      for (size_t i = 0; i < min; ++i) out = Concat(out, atom);
      Openings optional = atom;
      optional.insert({"", Next::kMore});
      for (size_t i = min; i < max; ++i) out = Concat(out, optional);
      atom = std::move(out);
    }
    return atom;
  }

  size_t Number() {
    size_t n = 0;
    bool any = false;
    while (More() && Peek() >= '0' && Peek() <= '9') {
      n = std::min<size_t>(n * 10 + static_cast<size_t>(Peek() - '0'), 1000);
      ++pos_;
      any = true;
    }
    if (!any) error_ = "bad repetition";
    return n;
  }

  Openings Atom() {
    const char c = Peek();
    if (c == '(') {
      ++pos_;
      if (More() && Peek() == '?') {
        ++pos_;
        // Flags: case folding is already assumed everywhere; (?s) would
        // let '.' take a newline, and '.' is read as anything anyway.
        while (More() && (Peek() == 'i' || Peek() == 's' || Peek() == 'm' || Peek() == 'U' || Peek() == '-')) ++pos_;
        if (!More()) {
          error_ = "unterminated group";
          return {};
        }
        if (Peek() == ')') {
          ++pos_;
          return Empty();
        }
        if (Peek() != ':') {
          error_ = "unknown group";
          return {};
        }
        ++pos_;
      }
      Openings inner = Alternation();
      if (!More() || Peek() != ')') {
        if (error_.empty()) error_ = "unterminated group";
        return {};
      }
      ++pos_;
      return inner;
    }
    if (c == '[') return Class();
    if (c == '^') {
      ++pos_;
      return Empty();
    }
    if (c == '$') {
      ++pos_;
      return {{"", Next::kEnd}};
    }
    if (c == '.') {
      ++pos_;
      CharSet any;
      any.AddRange(0, 0x10FFFF);
      return any.ToOpenings();
    }
    if (c == '*' || c == '+' || c == '?' || c == '{') {
      error_ = "repetition of nothing";
      return {};
    }
    CharSet set;
    if (c == '\\') {
      if (!Escape(&set, /*in_class=*/false)) return error_.empty() ? Empty() : Openings{};
    } else {
      const uint32_t cp = CodePoint();
      set.AddRange(cp, cp);
    }
    return set.ToOpenings();
  }

  // One UTF-8 code point of the source.
  uint32_t CodePoint() {
    const unsigned char lead = static_cast<unsigned char>(s_[pos_]);
    const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (pos_ + len > s_.size()) {
      error_ = "bad UTF-8";
      pos_ = s_.size();
      return 0;
    }
    uint32_t cp = len == 1 ? lead : len == 2 ? lead & 0x1F : len == 3 ? lead & 0x0F : lead & 0x07;
    for (size_t i = 1; i < len; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s_[pos_ + i]) & 0x3F);
    pos_ += len;
    return cp;
  }

  // The escape at pos_ ('\' and what follows) into *set. False when it is an
  // assertion (\b, \B, \A, \z: no character) or on error.
  bool Escape(CharSet* set, bool in_class) {
    ++pos_;
    if (!More()) {
      error_ = "trailing backslash";
      return false;
    }
    const char e = Peek();
    ++pos_;
    switch (e) {
      case 's':
        for (char c : {'\t', '\n', '\f', '\r', ' '}) set->ascii[static_cast<unsigned char>(c)] = true;
        return true;
      case 'd':
        set->AddRange('0', '9');
        return true;
      case 'w':
        set->AddRange('0', '9');
        set->AddRange('A', 'Z');
        set->AddRange('a', 'z');
        set->ascii['_'] = true;
        return true;
      case 'S':
      case 'D':
      case 'W':
        // Complements: everything (more than they hold, which only lets
        // more places by).
        set->AddRange(0, 0x10FFFF);
        return true;
      case 't': set->ascii['\t'] = true; return true;
      case 'n': set->ascii['\n'] = true; return true;
      case 'r': set->ascii['\r'] = true; return true;
      case 'f': set->ascii['\f'] = true; return true;
      case 'v': set->ascii['\v'] = true; return true;
      case 'a': set->ascii['\a'] = true; return true;
      case 'x': {
        const uint32_t cp = HexCodePoint();
        set->AddRange(cp, cp);
        return error_.empty();
      }
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        if (!in_class) return false;
        error_ = "assertion in a class";
        return false;
      default:
        if ((e >= '0' && e <= '9') || (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z')) {
          // \p{..}, \Q..\E, \C and the rest: not in the street keywords.
          error_ = std::string("unsupported escape \\") + e;
          return false;
        }
        set->AddRange(static_cast<unsigned char>(e), static_cast<unsigned char>(e));
        return true;
    }
  }

  // The code point of "\\x" (read already): "{hex digits}" or two digits.
  uint32_t HexCodePoint() {
    uint32_t cp = 0;
    if (More() && Peek() == '{') {
      ++pos_;
      while (More() && Peek() != '}') cp = cp * 16 + HexDigit();
      if (!More()) {
        error_ = "bad \\x";
        return 0;
      }
      ++pos_;
    } else {
      cp = HexDigit();
      if (More()) cp = cp * 16 + HexDigit();
    }
    return cp;
  }

  uint32_t HexDigit() {
    if (!More()) {
      error_ = "bad \\x";
      return 0;
    }
    const char c = Peek();
    ++pos_;
    if (c >= '0' && c <= '9') return static_cast<uint32_t>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<uint32_t>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<uint32_t>(c - 'A' + 10);
    error_ = "bad \\x";
    return 0;
  }

  // A bracketed class: ranges, escapes, [^...].
  Openings Class() {
    ++pos_;
    bool negated = false;
    if (More() && Peek() == '^') {
      negated = true;
      ++pos_;
    }
    // The code points listed, as ranges.
    std::vector<std::pair<uint32_t, uint32_t>> ranges;
    CharSet escapes;  // class escapes (\s, \d...): only under no negation
    bool first = true;
    while (More() && (Peek() != ']' || first)) {
      first = false;
      if (Peek() == '[' && pos_ + 1 < s_.size() && s_[pos_ + 1] == ':') {
        error_ = "POSIX class";
        return {};
      }
      uint32_t lo;
      if (Peek() == '\\') {
        const size_t at = pos_;
        CharSet one;
        if (!Escape(&one, /*in_class=*/true)) return {};
        const int count = static_cast<int>(std::count(one.ascii.begin(), one.ascii.end(), true));
        if (count != 1 || !one.wide.empty()) {
          // A class escape, or \x{...} beyond ASCII: read it again as a code
          // point when it was one.
          if (s_[at + 1] == 'x') {
            pos_ = at + 2;
            lo = HexCodePoint();
          } else {
            if (negated) {
              error_ = "class escape in a negated class";
              return {};
            }
            for (int c = 0; c < 128; ++c) escapes.ascii[c] = escapes.ascii[c] || one.ascii[c];
            escapes.wide.insert(escapes.wide.end(), one.wide.begin(), one.wide.end());
            continue;
          }
        } else {
          lo = static_cast<uint32_t>(std::find(one.ascii.begin(), one.ascii.end(), true) - one.ascii.begin());
        }
      } else {
        lo = CodePoint();
      }
      uint32_t hi = lo;
      if (More() && Peek() == '-' && pos_ + 1 < s_.size() && s_[pos_ + 1] != ']') {
        ++pos_;
        if (Peek() == '\\') {
          if (s_[pos_ + 1] != 'x') {
            CharSet one;
            if (!Escape(&one, /*in_class=*/true)) return {};
            const auto it = std::find(one.ascii.begin(), one.ascii.end(), true);
            if (it == one.ascii.end()) {
              error_ = "bad range";
              return {};
            }
            hi = static_cast<uint32_t>(it - one.ascii.begin());
          } else {
            pos_ += 2;
            hi = HexCodePoint();
          }
        } else {
          hi = CodePoint();
        }
      }
      ranges.push_back({lo, hi});
    }
    if (!More()) {
      if (error_.empty()) error_ = "unterminated class";
      return {};
    }
    ++pos_;  // ']'
    last_negated_ = negated;
    last_ranges_ = ranges;
    CharSet set = escapes;
    if (!negated) {
      for (const auto& [lo, hi] : ranges) set.AddRange(lo, hi);
    } else {
      // Every code point outside the ranges, as runs between them.
      std::sort(ranges.begin(), ranges.end());
      uint32_t next = 0;
      for (const auto& [lo, hi] : ranges) {
        if (lo > next) set.AddRange(next, lo - 1);
        next = std::max(next, hi + 1);
      }
      if (next <= 0x10FFFF) set.AddRange(next, 0x10FFFF);
    }
    return set.ToOpenings();
  }

  std::string_view s_;
  size_t pos_ = 0;
  std::string error_;
  // The last class read: [^...] or not, and the ranges it listed.
  bool last_negated_ = false;
  std::vector<std::pair<uint32_t, uint32_t>> last_ranges_;

 public:
  // Reads a source that is one negated class of code points and ranges
  // ("[^A-Za-z\x{00C0}-\x{00D6}]"): *listed, the ranges it leaves out.
  bool ReadNegatedClass(std::vector<std::pair<uint32_t, uint32_t>>* listed, std::string* error) {
    if (s_.size() < 3 || s_.substr(0, 2) != "[^") {
      *error = "the delimiter is no negated class";
      return false;
    }
    Class();
    if (error_.empty() && pos_ != s_.size()) error_ = "the delimiter is more than a class";
    if (!error_.empty()) {
      *error = error_;
      return false;
    }
    *listed = last_ranges_;
    std::sort(listed->begin(), listed->end());
    return true;
  }
};

inline bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || static_cast<unsigned char>((c | 0x20) - 'a') < 26;
}

}  // namespace

std::unique_ptr<StreetKeywordPrefilter> StreetKeywordPrefilter::Create(std::string_view delimiter,
                                                                       std::string_view body, std::string* error) {
  Openings openings;
  if (!Reader(body).Read(&openings, error)) return nullptr;
  std::vector<std::pair<uint32_t, uint32_t>> not_delimiters;
  if (!Reader(delimiter).ReadNegatedClass(&not_delimiters, error)) return nullptr;
  // First the trie. child[c] == 0: no opening goes on with c. ends: a match
  // may end here. wide_any, wide_cps: the code points from U+0080 on that
  // may come next. last: for nodes kDepth - 1 deep, the bytes that may come
  // kDepth-th.
  struct Node {
    std::array<uint16_t, 128> child{};
    size_t depth = 0;
    bool ends = false;
    bool wide_any = false;
    std::set<uint32_t> wide_cps;
    bool at_end = false;
    std::array<uint64_t, 2> last{};
  };
  std::vector<Node> nodes(1);
  for (const Opening& o : openings) {
    size_t node = 0;
    const size_t walk = o.next == Next::kFull ? kDepth - 1 : o.text.size();
    for (size_t i = 0; i < walk; ++i) {
      const auto c = static_cast<unsigned char>(o.text[i]);
      if (nodes[node].child[c] == 0) {
        if (nodes.size() >= kList) {
          *error = "street keyword prefilter: too many openings";
          return nullptr;
        }
        nodes[node].child[c] = static_cast<uint16_t>(nodes.size());
        nodes.emplace_back();
        nodes.back().depth = i + 1;
      }
      node = nodes[node].child[c];
    }
    Node& n = nodes[node];
    if (o.next == Next::kMore) n.ends = true;
    if (o.next == Next::kWide && o.cp == 0) n.wide_any = true;
    if (o.next == Next::kWide && o.cp != 0) n.wide_cps.insert(o.cp);
    if (o.next == Next::kEnd) n.at_end = true;
    if (o.next == Next::kFull) {
      const auto c = static_cast<unsigned char>(o.text[kDepth - 1]);
      n.last[c >> 6] |= uint64_t{1} << (c & 63);
    }
  }
  // Then the steps: a node's ends becomes kAccept on the way into it.
  std::unique_ptr<StreetKeywordPrefilter> out(new StreetKeywordPrefilter);
  out->openings_ = openings.size();
  out->not_delimiters_ = std::move(not_delimiters);
  out->accept_all_ = nodes[0].ends;
  out->steps_.resize(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) {
    const Node& n = nodes[i];
    Step& step = out->steps_[i];
    step.wide = n.wide_any ? kAccept : n.wide_cps.empty() ? kReject : kList;
    step.list.assign(n.wide_cps.begin(), n.wide_cps.end());
    step.at_end = n.at_end;
    for (int b = 0; b < 128; ++b) {
      const int folded = b >= 'A' && b <= 'Z' ? b + 32 : b;
      if (n.depth == kDepth - 1) {
        step.next[b] = (n.last[folded >> 6] >> (folded & 63) & 1) != 0 ? kAccept : kReject;
      } else {
        const uint16_t child = n.child[folded];
        step.next[b] = child == 0 ? kReject : nodes[child].ends ? kAccept : child;
      }
    }
  }
  // For the sixteen-byte scan: when nothing but letters and lead bytes
  // opens a keyword, the letters that open none, as at most three ranges
  // of lower-case letters (else the scan lets every letter by).
  const Step& root = out->steps_[0];
  bool letters_only = !out->accept_all_;
  for (int b = 0; b < 128; ++b) {
    const bool letter = (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
    if (!letter && root.next[b] != kReject) letters_only = false;
  }
  std::vector<std::pair<char, char>> closed;  // letters opening nothing
  for (char c = 'a'; c <= 'z'; ++c) {
    if (root.next[static_cast<unsigned char>(c)] != kReject) continue;
    if (!closed.empty() && closed.back().second == c - 1) {
      closed.back().second = c;
    } else {
      closed.push_back({c, c});
    }
  }
  if (letters_only) {
    out->letters_only_ = true;
    out->lead_opens_ = root.wide != kReject;
    for (size_t i = 0; i < closed.size() && i < out->closed_.size(); ++i) {
      out->closed_[i] = {closed[i].first, static_cast<char>(closed[i].second - closed[i].first + 1)};
    }
    if (closed.size() > out->closed_.size()) {
      // The longest ranges only: the letters of the others stay candidates.
      std::sort(closed.begin(), closed.end(), [](auto a, auto b) { return a.second - a.first > b.second - b.first; });
      for (size_t i = 0; i < out->closed_.size(); ++i) {
        out->closed_[i] = {closed[i].first, static_cast<char>(closed[i].second - closed[i].first + 1)};
      }
    }
  }
  return out;
}

bool StreetKeywordPrefilter::InList(const Step& step, const unsigned char* at, const unsigned char* end) {
  // The code point at `at` (valid UTF-8; cut short by the text's end: let
  // it through).
  const unsigned char lead = at[0];
  const size_t len = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (lead < 0xC0 || static_cast<size_t>(end - at) < len) return true;
  uint32_t cp = len == 2 ? lead & 0x1F : len == 3 ? lead & 0x0F : lead & 0x07;
  for (size_t i = 1; i < len; ++i) cp = (cp << 6) | (at[i] & 0x3F);
  return std::binary_search(step.list.begin(), step.list.end(), cp);
}

bool StreetKeywordPrefilter::MayBeginAt(std::string_view text, size_t at) const {
  if (accept_all_) return true;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* end = bytes + text.size();
  if (at + kDepth <= text.size()) return Walk(bytes + at, end);
  uint16_t state = 0;
  for (size_t i = 0; i < kDepth; ++i) {
    const Step& step = steps_[state];
    if (at + i >= text.size()) return step.at_end;
    const unsigned char c = bytes[at + i];
    state = c < 0x80 ? step.next[c] : step.wide;
    if (state == kList) return InList(step, bytes + at + i, end);
    if (state == kAccept) return true;
    if (state == kReject) return false;
  }
  return false;
}

bool StreetKeywordPrefilter::MayBeDelimiter(const unsigned char* at, size_t len) const {
  uint32_t cp = len == 2 ? at[0] & 0x1F : len == 3 ? at[0] & 0x0F : at[0] & 0x07;
  for (size_t i = 1; i < len; ++i) cp = (cp << 6) | (at[i] & 0x3F);
  auto it = std::upper_bound(not_delimiters_.begin(), not_delimiters_.end(),
                             std::pair<uint32_t, uint32_t>{cp, 0xFFFFFFFF});
  // The ranges may overlap: look back over every one starting at or before cp.
  while (it != not_delimiters_.begin()) {
    --it;
    if (it->second >= cp) return false;
  }
  return true;
}

void StreetKeywordPrefilter::Candidates(std::string_view text, std::vector<size_t>* starts) const {
  const size_t n = text.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t before = starts->size();
  // A keyword at k: k opens a code point, the code point before k is no
  // ASCII letter or digit (a non-ASCII one may be a delimiter: the
  // candidate stays, RE2 decides) and a keyword may begin at k.
  auto visit = [&](size_t k) {
    // MayBeginAt() asks the same, but as a call: the walk inlined here saves
    // ~2.4 M instructions per MB (callgrind).
    if (!(accept_all_ || (k + kDepth <= n ? Walk(bytes + k, bytes + n) : MayBeginAt(text, k)))) return;
    size_t p = 0;
    if (k > 0) {
      p = k - 1;
      while (p > 0 && (bytes[p] & 0xC0) == 0x80) --p;
      // A code point the delimiter's class leaves out ("libérés") opens no
      // match. (Under RE2's case folding the class leaves out more: those
      // stay candidates.)
      if (bytes[p] >= 0xC0 && !MayBeDelimiter(bytes + p, k - p)) return;
    }
    if (starts->size() > before && starts->back() == p) return;  // 0, reached twice
    starts->push_back(p);
  };
  size_t k = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time: the places whose byte before is no ASCII
  // letter or digit and which hold no continuation byte.
  const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));
  uint32_t prev_alnum = 0;  // the byte before the block (none before 0)
  const __m128i high2 = _mm_set1_epi8(static_cast<char>(0xC0));
  __m128i closed_lo[3], closed_n[3];
  for (int r = 0; r < 3; ++r) {
    closed_lo[r] = _mm_set1_epi8(closed_[static_cast<size_t>(r)].first);
    closed_n[r] = _mm_set1_epi8(static_cast<char>(0x80 + closed_[static_cast<size_t>(r)].second));
  }
  for (; k + 16 <= n; k += 16) {
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + k));
    const __m128i lower = _mm_or_si128(c, _mm_set1_epi8(0x20));
    const __m128i letter = word_runs_internal::AsciiLetterBytes(c);
    const __m128i cont = _mm_cmpeq_epi8(_mm_and_si128(c, _mm_set1_epi8(static_cast<char>(0xC0))), flip);
    const auto alnum =
        static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(word_runs_internal::AsciiDigitBytes(c), letter)));
    const auto continuation = static_cast<uint32_t>(_mm_movemask_epi8(cont));
    uint32_t places = ~((alnum << 1) | prev_alnum) & ~continuation & 0xFFFF;
    prev_alnum = alnum >> 15;
    if (letters_only_) {
      // Only a letter, less those that open no keyword, or a lead byte
      // where one may open a keyword, can be a keyword's first byte.
      __m128i closed = _mm_setzero_si128();
      for (int r = 0; r < 3; ++r) {
        closed = _mm_or_si128(closed, _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(lower, closed_lo[r]), flip), closed_n[r]));
      }
      __m128i opens = _mm_andnot_si128(closed, letter);
      if (lead_opens_) opens = _mm_or_si128(opens, _mm_cmpeq_epi8(_mm_and_si128(c, high2), high2));
      places &= static_cast<uint32_t>(_mm_movemask_epi8(opens));
    }
    while (places != 0) {
      visit(k + static_cast<size_t>(std::countr_zero(places)));
      places &= places - 1;
    }
  }
#endif
  for (; k < n; ++k) {
    if ((bytes[k] & 0xC0) == 0x80) continue;
    if (k > 0 && IsAsciiAlnum(bytes[k - 1])) continue;
    visit(k);
  }
}

}  // namespace amparo::redaction
