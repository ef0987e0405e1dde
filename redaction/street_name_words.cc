#include "redaction/street_name_words.h"

#include <cctype>
#include <initializer_list>
#include <string>

#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

size_t CodePointLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  return 2;
}

// A letter, digit or mark, or an apostrophe or hyphen inside a word.
bool IsNameCharAt(std::string_view text, size_t at) {
  const char c = text[at];
  return IsWordCharAt(text, at) || c == '\'' || c == '-' || text.substr(at, 3) == "\xe2\x80\x99";
}

struct Word {
  size_t begin = 0;
  size_t end = 0;
};

// The word starting at or after pos past at most three spaces or tabs, on
// the same line; an empty word if anything else comes first.
Word WordAfter(std::string_view text, size_t pos) {
  size_t b = pos;
  while (b < text.size() && b - pos < 3 && (text[b] == ' ' || text[b] == '\t')) ++b;
  size_t e = b;
  while (e < text.size() && IsNameCharAt(text, e)) e += CodePointLength(static_cast<unsigned char>(text[e]));
  return {b, std::min(e, text.size())};
}

// The word ending at or before pos past at most three spaces or tabs; an
// empty word if it is longer than 64 bytes. No street's word is that long,
// and the bound keeps each backward walk short on a long line of
// hyphenated words ("x-st-st-st-...", each "st" a type), so that many types
// cost linear time.
Word WordBefore(std::string_view text, size_t pos) {
  constexpr size_t kMaxWordBytes = 64;
  size_t e = pos;
  while (e > 0 && pos - e < 3 && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  size_t b = e;
  while (b > 0) {
    if (e - b > kMaxWordBytes) return {e, e};
    size_t p = b - 1;
    while (p > 0 && e - p <= kMaxWordBytes + 4 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
    if (!IsNameCharAt(text, p)) break;
    b = p;
  }
  return {b, e};
}

bool InSet(std::string_view word, std::initializer_list<std::string_view> set) {
  for (std::string_view w : set) {
    if (w == word) return true;
  }
  return false;
}

bool StartsLower(std::string_view text, size_t at) {
  const unsigned char c = static_cast<unsigned char>(text[at]);
  if (c >= 'a' && c <= 'z') return true;
  // Latin-1 lower-case letters: U+00DF..U+00FF but U+00F7.
  return c == 0xC3 && at + 1 < text.size() && static_cast<unsigned char>(text[at + 1]) >= 0x9F &&
         static_cast<unsigned char>(text[at + 1]) != 0xB7;
}

enum class WordKind {
  kFunction,   // article, pronoun, preposition, conjunction: no name
  kConnector,  // "de", "del", "la", "du": inside a name, between its words
  kStrong,     // no dictionary word ("morelos", "hugo"), or has digits ("5th")
  kWeak,       // a dictionary word that is also a given name or surname
  kOrdinary,   // any other dictionary word
};

WordKind Classify(std::string_view word, const NameLexicon& lexicon) {
  const std::string folded = text::Fold(word);
  if (InSet(folded, {"de", "del", "la", "las", "los", "el", "du", "des", "le", "les", "d'", "l'", "y"})) {
    return WordKind::kConnector;
  }
  const uint32_t flags = lexicon.Flags(folded);
  if ((flags & (kStopWord | kPlacePrep | kConnector | kMonth)) != 0) return WordKind::kFunction;
  bool digit = false, letter = false;
  for (char c : folded) {
    digit = digit || (c >= '0' && c <= '9');
    letter = letter || (c >= 'a' && c <= 'z');
  }
  if (digit) return letter || folded.size() <= 4 ? WordKind::kStrong : WordKind::kFunction;
  const bool name = (flags & (kGivenName | kSurname)) != 0;
  if (!lexicon.IsDictionaryWord(folded)) {
    if (name) return WordKind::kStrong;
    // Short words no dictionary lists are text speak ("tmb", "dnd", "wey"),
    // Spanish gerunds are verbs ("chambeando"), and a few words of spoken
    // Mexican Spanish are missing from the dictionary.
    if (folded.size() < 4 || folded.ends_with("ando") || folded.ends_with("iendo") || folded.ends_with("yendo") ||
        InSet(folded, {"orita", "horita", "ahorita", "nomas", "guey", "buey", "weon", "ntons", "entons"})) {
      return WordKind::kFunction;
    }
    return WordKind::kStrong;
  }
  return name ? WordKind::kWeak : WordKind::kOrdinary;
}

// One to six digits, maybe a letter after them ("3911", "17b").
bool IsHouseNumber(std::string_view word) {
  size_t digits = 0;
  while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') ++digits;
  if (digits == 0 || digits > 6) return false;
  return digits == word.size() ||
         (digits + 1 == word.size() && std::isalpha(static_cast<unsigned char>(word[digits])) != 0);
}

}  // namespace

size_t LowerCaseStreetNameEnd(std::string_view text, size_t keyword_begin, const NameLexicon& lexicon) {
  size_t pos = keyword_begin;
  while (pos < text.size() && IsWordCharAt(text, pos)) pos += CodePointLength(static_cast<unsigned char>(text[pos]));
  if (pos < text.size() && text[pos] == '.') ++pos;
  size_t end = keyword_begin;    // of the name so far
  int connectors = 0;            // before the next word
  int words = 0, strong = 0;
  bool after_connector = false;  // a connector came before the first word
  std::string_view only_weak;    // the name's one word, when it is weak
  for (int read = 0; read < 7; ++read) {
    const Word w = WordAfter(text, pos);
    if (w.end == w.begin || !StartsLower(text, w.begin)) break;
    const std::string_view word = text.substr(w.begin, w.end - w.begin);
    const WordKind kind = Classify(word, lexicon);
    if (kind == WordKind::kConnector) {
      if (++connectors > 2) break;
      if (words == 0) after_connector = true;
      pos = w.end;
      continue;
    }
    // After "de", "la"... only a word no dictionary knows names a street:
    // "calle de enfrente", "una calle de tierra" are ordinary.
    if (kind == WordKind::kFunction || kind == WordKind::kOrdinary) break;
    if (connectors > 0 && kind != WordKind::kStrong) break;
    connectors = 0;
    ++words;
    if (kind == WordKind::kStrong) ++strong;
    only_weak = words == 1 && kind == WordKind::kWeak ? word : std::string_view();
    end = w.end;
    pos = w.end;
    if (words == 4) break;
  }
  if (words == 0) return keyword_begin;
  if (after_connector && strong == 0) return keyword_begin;
  if (strong == 0 && words == 1) {
    // One dictionary word that is also a name: "calle hidalgo", "calle
    // mayor" name streets; "la calle sola", "calle blanca", "rue large"
    // read as adjectives agreeing with the keyword (feminine in Spanish
    // and French).
    const std::string folded = text::Fold(only_weak);
    if (folded.ends_with('a') || folded.ends_with('e') || folded.ends_with("as") || folded.ends_with("es")) {
      return keyword_begin;
    }
  }
  return end;
}

size_t LowerCaseNumberedStreetEnd(std::string_view text, size_t keyword_begin, const NameLexicon& lexicon) {
  size_t pos = keyword_begin;
  while (pos < text.size() && IsWordCharAt(text, pos)) pos += CodePointLength(static_cast<unsigned char>(text[pos]));
  int words = 0;
  for (int read = 0; read < 5; ++read) {
    const Word w = WordAfter(text, pos);
    if (w.end == w.begin) return keyword_begin;
    const std::string_view word = text.substr(w.begin, w.end - w.begin);
    if (words > 0 && IsHouseNumber(word)) {
      // The number ends a clause or comes before "and", "e", "in", "near":
      // "via roma 45, palermo", "via roma 45 and the owner"; not a count,
      // "via zoom 3 times".
      size_t after = w.end;
      while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
      if (after == text.size() || std::string_view(",.;:!?)\n\r").find(text[after]) != std::string_view::npos) {
        return w.end;
      }
      const Word next = WordAfter(text, w.end);
      const std::string folded = text::Fold(text.substr(next.begin, next.end - next.begin));
      return InSet(folded, {"and", "e", "in", "near", "by", "next", "where", "with", "con", "a", "en"}) ? w.end
                                                                                                    : keyword_begin;
    }
    if (!StartsLower(text, w.begin)) return keyword_begin;
    const std::string folded = text::Fold(word);
    // Italian connectors: "via della spiga 12", "via dei mille 16".
    if (words > 0 && InSet(folded, {"di", "del", "della", "delle", "dello", "degli", "dei"})) {
      pos = w.end;
      continue;
    }
    const WordKind kind = Classify(word, lexicon);
    if (kind != WordKind::kStrong && kind != WordKind::kWeak) return keyword_begin;
    if (++words > 3) return keyword_begin;
    pos = w.end;
  }
  return keyword_begin;
}

size_t LowerCaseTypeLastStart(std::string_view text, size_t type_begin, bool needs_name,
                              const NameLexicon& lexicon) {
  size_t begin = type_begin;
  size_t pos = type_begin;
  int words = 0;
  bool named = false;
  for (;;) {
    const Word w = WordBefore(text, pos);
    if (w.end == w.begin) return type_begin;
    const std::string folded = text::Fold(text.substr(w.begin, w.end - w.begin));
    if (InSet(folded, {"on", "at", "off", "onto", "along", "down", "up", "near", "from", "to", "into", "in",
                       "across", "past", "via", "around", "toward", "towards", "by", "of"})) {
      break;
    }
    // A house number before the name ("3911 fourth avenue", "4471 2290
    // seventh street", as a lower-case form gives it): the street starts
    // there, whatever comes before.
    if (words > 0 && IsHouseNumber(folded)) {
      begin = w.begin;
      if (const Word more = WordBefore(text, w.begin); more.end > more.begin &&
          IsHouseNumber(text.substr(more.begin, more.end - more.begin))) {
        begin = more.begin;
      }
      return needs_name && !named ? type_begin : begin;
    }
    if (words == 3) return type_begin;
    const WordKind kind = Classify(text.substr(w.begin, w.end - w.begin), lexicon);
    if (kind == WordKind::kFunction || kind == WordKind::kConnector) return type_begin;
    // Words that say which street, not its name: "on busy street", "at
    // next street", "on one way street".
    if (InSet(folded, {"same", "other", "next", "last", "first", "second", "third", "one", "two", "dead", "end",
                       "back", "side", "main", "high", "dirt", "gravel", "paved", "busy", "quiet", "dark",
                       "empty", "wrong", "right", "left", "open", "local", "public", "private", "new", "old",
                       "long", "narrow", "wide", "big", "small", "little", "way", "cross", "easy", "every"})) {
      // "main" and "high" streets are named so in every town; alone
      // before "street" they are the street's name ("on main street").
      if (!(InSet(folded, {"main", "high"}) && words == 0 && !needs_name)) return type_begin;
    }
    named = named || kind == WordKind::kStrong || kind == WordKind::kWeak;
    ++words;
    begin = w.begin;
    pos = w.begin;
  }
  if (words == 0 || (needs_name && !named)) return type_begin;
  return begin;
}

}  // namespace amparo::redaction
