// StreetKeywordPrefilter finds the places where a street keyword's match
// can start without running RE2 over the whole text.
//
// The street-keyword search was one unanchored RE2 scan over every byte of
// every text (~19 M instructions per MB, a twentieth of the redaction), to
// find ~1,400 keywords per MB. A match of StreetKeywordPattern() is one code
// point that is no letter or digit (or the text's start), then a keyword of
// StreetKeywordBodyPattern(). The prefilter reads the body's RE2 source
// once and derives every way a keyword can begin: its first kDepth bytes,
// ASCII folded to lower case, or fewer where a match can end sooner ("bd").
// A place is then a candidate when the byte before it can close a delimiter
// and its next kDepth bytes open a keyword; the caller confirms each
// candidate with RE2, anchored. Whatever the derivation cannot rule out
// passes: a byte from 0x80 on among the kDepth (a non-ASCII letter, or
// U+017F and U+212A, which RE2's case folding reads as 's' and 'k'), the
// text's last kDepth - 1 bytes, any code point before other than an ASCII
// letter or digit. So every place RE2 would find is a candidate: the
// prefilter can cost time, never a match (tests/redaction/
// pattern_detector_keywords_test.cc compares it with the whole-text scan).
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

  // Derives the prefilter from body (an RE2 source in the subset the street
  // keywords use: literals, escapes, classes, groups with flags,
  // alternation, ?, *, + and {m,n}). nullptr and *error if body holds
  // anything else; the caller then scans the whole text.
  static std::unique_ptr<StreetKeywordPrefilter> Create(std::string_view body, std::string* error);

  // Appends to *starts, in increasing order, each offset where a match of
  // "(?:^|[^\p{L}\p{N}])(?:body)" may start in text (valid UTF-8): the
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

  // A trie over ASCII bytes folded to lower case: node 0 is the root;
  // child[c] == 0 means no opening continues with c. ends: a match may end
  // at this node (every continuation passes). wide: a byte from 0x80 on may
  // come next (the prefilter stops reading there). last: for nodes
  // kDepth - 1 deep, the bytes that may come kDepth-th, as a bit set.
  struct Node {
    std::array<uint16_t, 128> child{};
    bool ends = false;
    bool wide = false;
    bool at_end = false;  // a match may end here when the text does
    std::array<uint64_t, 2> last{};
  };
  std::vector<Node> nodes_;
  // first_[b]: a keyword may open with byte b (an opening's first byte,
  // either case, or a UTF-8 lead byte where one may come first).
  std::array<bool, 256> first_{};
  size_t openings_ = 0;
};

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_PATTERN_DETECTOR_KEYWORDS_H_
