// StreetKeywordPrefilter finds the places where a street keyword's match
// can start without running RE2 over the whole text.
//
// The street-keyword search was one unanchored RE2 scan over every byte of
// every text (~19 M instructions per MB, a twentieth of the redaction), to
// find ~1,400 keywords per MB. A match of StreetKeywordPattern() is one code
// point of StreetKeywordDelimiterPattern() (or the text's start), then a
// keyword of StreetKeywordBodyPattern(). The prefilter reads both RE2
// sources once and derives every way a keyword can begin: its first kDepth
// bytes, ASCII folded to lower case, or fewer where a match can end sooner
// ("bd", or "$" at the text's end). A place is then a candidate when the
// code point before it may be the delimiter and its next bytes open a
// keyword; the caller confirms each candidate with RE2, anchored. Whatever
// the derivation cannot rule out passes: case-sensitive parts are read as
// insensitive; a non-ASCII code point where the pattern has one is looked up
// with its case partners (U+017F and U+212A stand for 's' and 'k', as RE2's
// case folding reads them), and the walk stops there; where the pattern has
// many, any byte from 0x80 on passes; a code point before the keyword is a
// possible delimiter unless the class lists it. So every place RE2 would
// find is a candidate: the prefilter can cost time, never a match
// (tests/redaction/pattern_detector_keywords_test.cc holds it to the
// whole-text scan).
#ifndef AMPARO_REDACTION_PATTERN_DETECTOR_KEYWORDS_H_
#define AMPARO_REDACTION_PATTERN_DETECTOR_KEYWORDS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace amparo::redaction {

class StreetKeywordPrefilter {
 public:
  // How many bytes of a keyword the prefilter tells apart.
  static constexpr size_t kDepth = 5;

  // Derives the prefilter from delimiter (one negated class: the code
  // point before a keyword) and body (an RE2 source in the subset the
  // street keywords use: literals, escapes, classes, groups with flags,
  // alternation, ?, *, + and {m,n}). nullptr and *error if either holds
  // anything else; the caller then scans the whole text.
  static std::unique_ptr<StreetKeywordPrefilter> Create(std::string_view delimiter, std::string_view body,
                                                        std::string* error);

  // Appends to *starts, in increasing order, each offset where a match of
  // "(?:^|delimiter)(?:body)" may start in text (valid UTF-8): the
  // start of the code point before a candidate keyword, or 0 for a keyword
  // at the text's start. Every offset where such a match starts is among
  // them.
  void Candidates(std::string_view text, std::vector<size_t>* starts) const;

  // Whether a keyword may begin at text[at] (the delimiter not looked at).
  bool MayBeginAt(std::string_view text, size_t at) const;

  // How many keyword openings (folded, at most kDepth bytes) it keeps.
  size_t size() const { return openings_; }

 private:
  StreetKeywordPrefilter() = default;

  // The openings as a table of steps, one per state of a trie over ASCII
  // bytes folded to lower case (state 0: nothing read). next[b]: the state
  // after ASCII byte b (either case), kReject or kAccept (every text going on
  // so may hold a keyword: a match may end there, or kDepth bytes are
  // read); wide, the same for a byte from 0x80 on, or kList: accept if the
  // code point there is in list (sorted). The prefilter stops reading at a
  // byte from 0x80 on: the pattern's characters no longer line up with the
  // bytes. at_end: a match may end here when the text does.
  static constexpr uint16_t kReject = 0;
  static constexpr uint16_t kAccept = 0xFFFF;
  static constexpr uint16_t kList = 0xFFFE;
  struct Step {
    std::array<uint16_t, 128> next{};
    uint16_t wide = kReject;
    bool at_end = false;
    std::vector<uint32_t> list;
  };
  std::vector<Step> steps_;

  // Whether the code point at `at` (len bytes) may be a delimiter: it is
  // in no range the delimiter's class leaves out.
  bool MayBeDelimiter(const unsigned char* at, size_t len) const;
  std::vector<std::pair<uint32_t, uint32_t>> not_delimiters_;  // sorted

  static bool InList(const Step& step, const unsigned char* at, const unsigned char* end);

  // MayBeginAt() where kDepth bytes follow `bytes` (end: the text's end).
  bool Walk(const unsigned char* bytes, const unsigned char* end) const {
    uint16_t state = 0;
    for (size_t i = 0; i < kDepth; ++i) {
      const unsigned char c = bytes[i];
      const Step& step = steps_[state];
      state = c < 0x80 ? step.next[c] : step.wide;
      if (state == kAccept) return true;
      if (state == kReject) return false;
      if (state == kList) return InList(step, bytes + i, end);
    }
    return false;  // not reached: the kDepth-th step accepts or rejects
  }

  bool accept_all_ = false;  // the body matches the empty string
  // For the sixteen-byte scan: only letters and lead bytes open a keyword
  // (letters_only_), a lead byte may (lead_opens_), and the lower-case
  // letters of up to three ranges (first letter, count; count 0: none)
  // open none.
  bool letters_only_ = false;
  bool lead_opens_ = true;
  std::array<std::pair<char, char>, 3> closed_{};
  size_t openings_ = 0;
};

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_PATTERN_DETECTOR_KEYWORDS_H_
