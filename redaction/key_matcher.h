// KeyMatcher finds a testimony's known identifiers (name variants, e-mails,
// case codes, other strings) in its text without compiling anything per
// testimony: adding a key costs a few hundred nanoseconds, where an RE2
// alternation of one testimony's name variants took about 2 ms to compile
// and warm.
//
// What it finds is defined as the RE2 scan it replaces (a differential test
// holds it to that): each group of keys behaves as the case-insensitive
// alternation "(?:^|[^W])(key1|key2|...)(?:[^W]|$)" scanned left to right,
// each scan resuming where the previous key ended, where W is the word class
// of the pattern rules (Latin letters, combining accents, digits, closed
// under simple case folding; see CompactClasses()). Of the keys that match
// at the leftmost place, the one added first wins; inside a key, separator
// runs are greedy and give back characters when the rest needs them.
//
// Characters compare by Unicode simple case folding, as RE2's (?i) does;
// in AddFolded() keys the vowels, n, c and y also match their accented
// forms ([aáàâäãå], [nñ]...). Text must be valid UTF-8. Scan() runs in time
// linear in the text for keys of bounded length; it is const and
// thread-safe.
#ifndef AMPARO_REDACTION_KEY_MATCHER_H_
#define AMPARO_REDACTION_KEY_MATCHER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace amparo::redaction {

class KeyMatcher {
 public:
  KeyMatcher();

  struct Match {
    int key;       // as returned by Add*()
    size_t begin;  // the key's span, without the boundary characters
    size_t end;
  };

  // Each Add*() returns the key's index, or -1 if the key is empty, is not
  // valid UTF-8 or starts with a separator (it is then not added). Groups are
  // independent scans (as separate regular expressions would be); within a
  // group, keys added earlier win.
  //
  // `folded` as the known-name patterns: a space or '-' matches one to
  // three of [\t\n\f\r '-’], an apostrophe an optional ' or ’, a vowel (or
  // n, c, y) its accented forms, anything else itself in any case.
  int AddFolded(int group, std::string_view folded);
  // Every character matches itself in any case.
  int AddVerbatim(int group, std::string_view literal);
  // Case codes: AlnumUpper() form ('#' is ñ), with up to two of
  // [\t\n\f\r -_./] between characters.
  int AddCaseCode(int group, std::string_view alnum_upper);

  int group_count() const { return group_count_; }
  int GroupOf(int key) const { return keys_[static_cast<size_t>(key)].group; }

  // Every match of every group, each group's matches in scan order (the
  // order of their begins).
  std::vector<Match> Scan(std::string_view text) const;

 private:
  struct Element {
    enum Kind : uint8_t { kLiteral, kAccentClass, kRun } kind;
    uint8_t min = 1, max = 1;  // kRun: how many separators
    uint16_t run_set = 0;      // kRun: bit mask of separator characters
    int32_t value = 0;         // kLiteral: case fold; kAccentClass: its letter
  };
  struct Key {
    int group;
    uint32_t first;  // offset of its elements in elements_
    uint32_t count;
    int32_t second;  // bucket of its second element (or of the third after an optional
                     // run); -1: none or a run
    int32_t third;   // bucket of its third element; -1: none, or a run there or before
  };
  // A key as its first character's bucket lists it: what the scan checks
  // before trying it, in one place (the scan visits every bucket entry of
  // every word start that may begin a key).
  struct BucketEntry {
    int32_t key;
    int32_t group;
    int32_t second;  // Key::second
    int32_t third;   // Key::third
    // Separators a text's second character may be instead (a case code's
    // optional ones: its `second` is then its character after them).
    uint16_t second_separators;
    // The key's opening ASCII characters (up to eight, to its first run or
    // character from U+0080 on), compared with the text's next eight bytes
    // as one word: byte k of a candidate, OR prefix_case (0x20 where the
    // key has a letter), must equal byte k of prefix_bytes wherever
    // prefix_mask has 0xFF. See PrefixRulesOut() in the .cc.
    uint64_t prefix_case;
    uint64_t prefix_bytes;
    uint64_t prefix_mask;
  };
  friend int32_t ElementBucket(const Element& e);
  static bool PrefixRulesOut(const BucketEntry& entry, uint64_t bytes);

  int AddKey(int group, std::vector<Element> elements);
  size_t MatchKey(const Key& key, std::string_view text, size_t at,
                  std::vector<uint64_t>* failed) const;
  size_t MatchFrom(const Element* e, const Element* end, std::string_view text,
                   size_t at, std::vector<uint64_t>* failed) const;
  const std::vector<BucketEntry>* Bucket(int32_t bucket) const;

  std::vector<Element> elements_;
  std::vector<Key> keys_;
  int group_count_ = 0;
  // Keys by the bucket of their first character (see BucketOf() in the
  // .cc); ASCII buckets in an array, since most keys start with one.
  std::vector<BucketEntry> ascii_buckets_[128];
  std::unordered_map<int32_t, std::vector<BucketEntry>> other_buckets_;
  // By first byte: a key may start with the character it begins (any
  // non-ASCII byte: its code point is looked up).
  bool may_start_[256] = {};
  // By an ASCII first byte, a bit per ASCII second byte: some key filed
  // under the first has no second element or one that byte's bucket fits
  // (the check the scan makes before trying a key, made on two bytes).
  uint64_t may_start_pair_[128][2] = {};
  // By two ASCII letters (lower case, a-z), a bit per ASCII third byte:
  // some key filed under them has no third element to check or one that
  // byte's bucket fits (the third check of the scan, made before the
  // bucket is looked up). Bytes from 0x80 on are always let through.
  uint64_t may_start_triple_[26][26][2] = {};
  // The ASCII letters (lower case) keys begin with, when there are at most
  // kMaxStartLetters of them and no key begins with another ASCII
  // character: the scan then passes over the bytes before words that open
  // with none of them, sixteen at a time. start_letter_count_ < 0: no such
  // list (the scan looks at every word).
  static constexpr int kMaxStartLetters = 8;
  char start_letters_[kMaxStartLetters] = {};
  int start_letter_count_ = 0;
};

// True if code point c is in the (?i)-closed Latin word class of the
// pattern rules, i.e. not a boundary. Exposed for tests.
bool IsLatinWordCodePoint(int32_t c);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_KEY_MATCHER_H_
