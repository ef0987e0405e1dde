// UTF-8 helpers shared by the detectors: validation (the redactor refuses
// text it cannot read safely), folding (case- and accent-insensitive keys
// used to tell whether two mentions name the same person) and line splitting.
#ifndef AMPARO_REDACTION_TEXT_UTF8_H_
#define AMPARO_REDACTION_TEXT_UTF8_H_

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>

namespace amparo::redaction {

// True if text is well-formed UTF-8 (no overlongs, surrogates or code
// points above U+10FFFF). Otherwise false and *bad_offset is the byte offset
// of the first byte that does not start a valid sequence.
bool IsValidUtf8(std::string_view text, size_t* bad_offset);

// Lower-case, accent-free form of text ("Martín" -> "martin",
// "ÉLODIE" -> "elodie"); whitespace runs collapse to one space.
std::string FoldText(std::string_view text);

// FoldText() of ASCII text written to out (room for text.size() bytes),
// without a heap string; returns its length. False if text has a byte of
// 0x80 or more (then call FoldText()).
bool FoldAsciiInto(std::string_view text, char* out, size_t* length);

// FoldText() of text written to out (room for `capacity` bytes) when text
// is Latin script (below U+0250) and the result fits; returns its length.
// text may be cut inside a character at either end (a few bytes around a
// match): those bytes fold to U+FFFD as FoldText() folds them. False
// otherwise (then call FoldText()).
bool FoldLatinInto(std::string_view text, char* out, size_t capacity, size_t* length);

// True if byte c may be part of a word: an ASCII letter or any byte of a
// multi-byte UTF-8 sequence. Inline, not std::isalpha: some passes run it on
// every byte of the text.
inline bool IsLetterByte(unsigned char c) {
  return c >= 0x80 || static_cast<unsigned char>((c | 0x20) - 'a') < 26;
}

// IsLetterByte without the lead bytes 0xE2 and 0xC2, which open General
// Punctuation (U+2000..: dashes, quotes, "…") and Latin-1's signs (nbsp,
// "«", "°"): a byte of a word's letters where those marks end the word.
inline bool IsNameLetterByte(unsigned char c) {
  if (c < 0x80) return static_cast<unsigned char>((c | 0x20) - 'a') < 26;
  return c != 0xE2 && c != 0xC2;
}

// The end of the run of IsNameLetterByte bytes that starts at `from`
// (dashes, apostrophes and curly quotes end it).
inline size_t NameLettersEnd(std::string_view text, size_t from) {
  size_t e = from;
  while (e < text.size() && IsNameLetterByte(static_cast<unsigned char>(text[e]))) ++e;
  return e;
}

// The start of the run of IsNameLetterByte bytes that ends at `to`.
inline size_t NameLettersBegin(std::string_view text, size_t to) {
  size_t b = to;
  while (b > 0 && IsNameLetterByte(static_cast<unsigned char>(text[b - 1]))) --b;
  return b;
}

// The word (a run of IsLetterByte bytes) that ends at `end`, and where it
// begins in *begin; empty if text[end - 1] is no letter.
inline std::string_view LetterWordEndingAt(std::string_view text, size_t end, size_t* begin) {
  size_t b = end;
  while (b > 0 && IsLetterByte(static_cast<unsigned char>(text[b - 1]))) --b;
  *begin = b;
  return text.substr(b, end - b);
}

// The word (a run of IsLetterByte bytes) that starts at `begin`.
inline std::string_view LetterWordStartingAt(std::string_view text, size_t begin) {
  size_t e = begin;
  while (e < text.size() && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
  return text.substr(begin, e - begin);
}

// Where the spaces that end right before `at` begin (`at` if none).
inline size_t BeforeSpaces(std::string_view text, size_t at) {
  while (at > 0 && text[at - 1] == ' ') --at;
  return at;
}

// True if a sentence opens at `at`: past the spaces before it, the text's
// start, a line break, or a period, question or exclamation mark. (A pass
// that counts a colon or an opening quote too tests those itself.)
inline bool OpensSentenceAt(std::string_view text, size_t at) {
  const size_t p = BeforeSpaces(text, at);
  return p == 0 || text[p - 1] == '\n' || text[p - 1] == '.' || text[p - 1] == '!' || text[p - 1] == '?';
}

// The part of the line around text[begin, end) that lies within
// `reach_before` bytes before it and `reach_after` bytes after it, cut on
// code point boundaries; *offset is where it starts in text. The line breaks
// are looked for within the reach only: on a long line a search to the
// line's start or end from every finding would be quadratic.
inline std::string_view LineAround(std::string_view text, size_t begin, size_t end, size_t reach_before,
                                   size_t reach_after, size_t* offset) {
  const auto continuation = [&](size_t k) { return (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80; };
  size_t b = begin > reach_before ? begin - reach_before : 0;
  const size_t nl = text.substr(b, begin - b).rfind('\n');
  if (nl != std::string_view::npos) b += nl + 1;
  while (b < begin && continuation(b)) ++b;
  size_t e = std::min(text.size(), end + reach_after);
  const size_t nl_after = text.substr(end, e - end).find('\n');
  if (nl_after != std::string_view::npos) e = end + nl_after;
  while (e > end && e < text.size() && continuation(e)) --e;
  *offset = b;
  return text.substr(b, e - b);
}

// True if the UTF-8 letter at text[at] is a capital: ASCII, or Latin-1
// ("Á", "Ñ": U+00C0..U+00DE but not U+00D7). False past the end.
inline bool StartsWithCapital(std::string_view text, size_t at) {
  if (at >= text.size()) return false;
  const unsigned char c = static_cast<unsigned char>(text[at]);
  if (c < 0x80) return std::isupper(c) != 0;
  if (c != 0xC3 || at + 1 >= text.size()) return false;
  const unsigned char d = static_cast<unsigned char>(text[at + 1]);
  return d >= 0x80 && d <= 0x9E && d != 0x97;
}

// True if the code point that ends just before (or starts at) offset is a
// letter, mark or digit. Used for word-boundary tests that RE2's ASCII-only
// \b cannot do.
bool IsWordCharBefore(std::string_view text, size_t offset);
bool IsWordCharAt(std::string_view text, size_t offset);

// Calls fn(line) on each line of text, without its "\n" or "\r\n" (the
// embedded word lists and model weights are read this way).
template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(line);
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
}

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_TEXT_UTF8_H_
