#include "redaction/town_postal_codes.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "redaction/byte_scan.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// At most this many words between the preposition and the postal code.
constexpr int kMaxTownWords = 5;

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

bool IsTownWordByte(unsigned char c) { return IsLetterByte(c) || c == '-'; }

// True if a postal code starts at `at` and ends the word there: "3610-114",
// "30-001", "46045" (and "46045-1234"); five digits alone only where no
// amount's unit follows them (a word in lower case that is no function
// word, "$", "€").
bool PostalCodeAt(std::string_view text, size_t at, const NameLexicon& lexicon) {
  size_t k = at;
  while (k < text.size() && IsAsciiDigit(text[k])) ++k;
  const size_t digits = k - at;
  if (digits == 4 || digits == 2) {
    if (k >= text.size() || text[k] != '-') return false;
    const size_t tail = ++k;
    while (k < text.size() && IsAsciiDigit(text[k])) ++k;
    if (k - tail != 3) return false;
  } else if (digits == 5) {
    if (k + 1 < text.size() && text[k] == '-' && IsAsciiDigit(text[k + 1])) {
      const size_t tail = ++k;
      while (k < text.size() && IsAsciiDigit(text[k])) ++k;
      if (k - tail != 4) return false;
    }
  } else {
    return false;
  }
  const bool plain = digits == 5 && k == at + 5;
  if (k >= text.size()) return true;
  if (IsLetterByte(static_cast<unsigned char>(text[k])) || IsAsciiDigit(text[k]) || text[k] == '-') return false;
  // "from Juan Pérez 15000 pesos", "à Dupont 10000 €": an amount, counted
  // in the word or the sign after it; a town's code is followed by a
  // mark, a line break, a capital ("Portugal") or a function word.
  if (!plain) return true;
  if (text[k] == '$' || text.substr(k, 3) == "\xE2\x82\xAC") return false;
  size_t w = k;
  while (w < text.size() && IsBlank(text[w])) ++w;
  if (w == k || w >= text.size() || StartsWithCapital(text, w)) return true;
  const std::string_view after = LetterWordStartingAt(text, w);
  if (after.empty()) return text[w] != '$' && text.substr(w, 3) != "\xE2\x82\xAC";
  return (lexicon.Flags(text::Fold(after)) & kStopWord) != 0;
}

// True if a word may stand inside a town's name, read without the
// lexicon: capitalized, or a particle of place names as written ("de",
// "da", "do"...). The titles are looked for once a run is found.
bool TownWordShape(std::string_view word) {
  if (word.empty()) return false;
  if (StartsWithCapital(word, 0)) return true;
  static const std::unordered_set<std::string_view> kParticles = {
      "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "les",
      "los", "las", "el", "e", "y", "am", "an", "der", "den", "op", "aan", "sur", "sous"};
  return word.size() <= 5 && kParticles.count(word) != 0;
}

// True if the run [begin, end) holds no title, honorific or kin word ("Mr",
// "Tía").
bool NoTitleIn(std::string_view text, size_t begin, size_t end, const NameLexicon& lexicon) {
  for (size_t k = begin; k < end;) {
    while (k < end && !IsTownWordByte(static_cast<unsigned char>(text[k]))) ++k;
    size_t e = k;
    while (e < end && IsTownWordByte(static_cast<unsigned char>(text[e]))) ++e;
    if (e > k && (lexicon.Flags(text::Fold(text.substr(k, e - k))) & (kTitle | kHonorific | kKinCue)) != 0) {
      return false;
    }
    k = e;
  }
  return true;
}

// True if the guessed name at f lies in a town's run before its postal code.
// The walks read the words' shapes only; the lexicon is asked once a
// preposition and a postal code frame the run, which few names have.
bool InTownBeforePostalCode(std::string_view text, const Finding& f, const NameLexicon& lexicon) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (name.find('\n') != std::string_view::npos) return false;
  int words = 0;
  // After it: town words, then the postal code.
  size_t k = f.end;
  for (;;) {
    if (k >= text.size() || !IsBlank(text[k])) return false;  // a blank before each
    while (k < text.size() && IsBlank(text[k])) ++k;
    if (k < text.size() && IsAsciiDigit(text[k])) {
      if (!PostalCodeAt(text, k, lexicon)) return false;
      break;
    }
    size_t e = k;
    while (e < text.size() && IsTownWordByte(static_cast<unsigned char>(text[e]))) ++e;
    if (e == k || !TownWordShape(text.substr(k, e - k)) || ++words > kMaxTownWords) return false;
    k = e;
  }
  // Before it: town words, then the preposition.
  size_t b = f.begin;
  for (;;) {
    if (b == 0 || !IsBlank(text[b - 1])) return false;
    while (b > 0 && IsBlank(text[b - 1])) --b;
    size_t s = b;
    while (s > 0 && IsTownWordByte(static_cast<unsigned char>(text[s - 1]))) --s;
    if (s == b) return false;
    const std::string_view word = text.substr(s, b - s);
    if (word.size() <= 4) {  // "in", "en", "from", "near" in any case, "à"
      const std::string folded = text::Fold(word);
      if (folded == "in" || folded == "en" || folded == "from" || folded == "near" || word == "\xC3\xA0") break;
    }
    if (!TownWordShape(word) || ++words > kMaxTownWords) return false;
    b = s;
  }
  // The name's own words, and no title in the whole run.
  for (size_t n = 0; n < name.size();) {
    while (n < name.size() && IsBlank(name[n])) ++n;
    size_t e = n;
    while (e < name.size() && !IsBlank(name[e])) ++e;
    if (e > n && !TownWordShape(name.substr(n, e - n))) return false;
    n = e;
  }
  return NoTitleIn(text, b, k, lexicon);
}

}  // namespace

void DropTownsBeforePostalCodes(std::string_view text, std::vector<Finding>* findings) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  findings->erase(std::remove_if(findings->begin(), findings->end(),
                                 [&](const Finding& f) {
                                   return IsGuessedPerson(f) && f.begin < f.end && f.end <= text.size() &&
                                          InTownBeforePostalCode(text, f, *lexicon);
                                 }),
                  findings->end());
}

}  // namespace amparo::redaction
