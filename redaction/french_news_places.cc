#include "redaction/french_news_places.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>
#include <utility>

#include "redaction/month_names.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/person_context.h"
#include "redaction/place_gazetteer.h"
#include "redaction/place_veto.h"

namespace amparo::redaction {
namespace {

bool IsLetter(unsigned char c) { return c >= 0x80 || std::isalpha(c) != 0; }

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// True if [begin, end) holds no space: one word, or words joined by hyphens.
bool IsOneWord(std::string_view text, const Finding& f) {
  for (size_t i = f.begin; i < f.end; ++i) {
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n') return false;
  }
  return true;
}

// How many words [begin, end) holds.
int WordCount(std::string_view text, const Finding& f) {
  int words = 1;
  for (size_t i = f.begin; i < f.end; ++i) words += text[i] == ' ';
  return words;
}

// True if the lexicon lists the word as a given name ("Huguette", "Pierre").
bool IsGivenName(std::string_view word) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  return lexicon != nullptr && (lexicon->Flags(text::Fold(word)) & kGivenName) != 0;
}

// The token that ends before `at` after spaces: a run of letters, or else
// one other byte ("," "«" "."); *begin is where it starts. Empty at the
// text's start or after a line break.
std::string_view TokenBefore(std::string_view text, size_t at, size_t* begin) {
  while (at > 0 && IsSpace(text[at - 1])) --at;
  *begin = at;
  if (at == 0 || text[at - 1] == '\n') return {};
  size_t b = at;
  while (b > 0 && at - b < 24 && IsLetter(static_cast<unsigned char>(text[b - 1]))) --b;
  if (b == at) b = at - 1;
  *begin = b;
  return text.substr(b, at - b);
}

// The token that starts at or after `at` after spaces, as TokenBefore;
// *end is where it ends.
std::string_view TokenAfter(std::string_view text, size_t at, size_t* end) {
  while (at < text.size() && IsSpace(text[at])) ++at;
  *end = at;
  if (at >= text.size() || text[at] == '\n') return {};
  size_t e = at;
  while (e < text.size() && e - at < 24 && IsLetter(static_cast<unsigned char>(text[e]))) ++e;
  if (e == at) e = at + 1;
  *end = e;
  return text.substr(at, e - at);
}

// True if the bytes at `at` start a capital letter (ASCII or Latin-1
// Supplement and Latin Extended-A capitals, as OCR'd French writes them).
bool CapitalAt(std::string_view text, size_t at) {
  while (at < text.size() && IsSpace(text[at])) ++at;
  if (at >= text.size()) return false;
  const unsigned char c = static_cast<unsigned char>(text[at]);
  if (std::isupper(c) != 0) return true;
  // "É" "À" "Ç"...: U+00C0-U+00DE in UTF-8 are C3 80-9E.
  return c == 0xC3 && at + 1 < text.size() && static_cast<unsigned char>(text[at + 1]) >= 0x80 &&
         static_cast<unsigned char>(text[at + 1]) <= 0x9E;
}

// True if "c." or "p." (a ship's captain, or the port it sails for) starts
// at `at` after spaces, with a capital after it; *end is past the period.
bool CaptainOrPortMark(std::string_view text, size_t at, size_t* end) {
  size_t e = 0;
  const std::string_view word = TokenAfter(text, at, &e);
  if (word != "c" && word != "p") return false;
  if (e >= text.size() || text[e] != '.') return false;
  *end = e + 1;
  return CapitalAt(text, e + 1);
}

// True if a shipping column's entry mark starts at a comma at `comma`: ",
// c. Kerbrat", ", p. Oran".
bool EntryMarkAfterComma(std::string_view text, size_t comma) {
  size_t end = 0;
  return comma < text.size() && text[comma] == ',' && CaptainOrPortMark(text, comma + 1, &end);
}

// The offsets of the text's shipping entry marks (", c. X" or ", p. X"),
// in order. Scans the periods once.
std::vector<size_t> ShippingEntryMarks(std::string_view text) {
  std::vector<size_t> marks;
  const char* const data = text.data();
  size_t at = 0;
  while (at < text.size()) {
    const void* found = std::memchr(data + at, '.', text.size() - at);
    if (found == nullptr) break;
    const size_t dot = static_cast<size_t>(static_cast<const char*>(found) - data);
    at = dot + 1;
    if (dot < 3 || (text[dot - 1] != 'c' && text[dot - 1] != 'p') || IsLetter(static_cast<unsigned char>(text[dot - 2]))) {
      continue;
    }
    size_t comma = dot - 1;
    while (comma > 0 && IsSpace(text[comma - 1])) --comma;
    if (comma == 0 || text[comma - 1] != ',') continue;
    if (EntryMarkAfterComma(text, comma - 1)) marks.push_back(comma - 1);
  }
  return marks;
}

// How far around a name its shipping column's marks are looked for. A
// column's marks follow each other within a few hundred bytes (at most
// about 500 apart in the Europeana pages), and a column may list a run of
// entries by their route alone ("le 22 , « Abertay » , de Cardiff à
// Bordeaux", about 900 bytes of them before the first mark in one page);
// three marks scattered over a long page ("signée , p. Kaboré" far below a
// column) make no column.
constexpr size_t kColumnReach = 1000;

// True if three shipping entry marks or more lie within kColumnReach bytes
// of [begin, end): the name stands in a column of ships' movements.
bool InShippingColumn(const std::vector<size_t>& marks, size_t begin, size_t end) {
  const size_t from = begin > kColumnReach ? begin - kColumnReach : 0;
  const auto first = std::lower_bound(marks.begin(), marks.end(), from);
  const auto last = std::upper_bound(first, marks.end(), end + kColumnReach);
  return last - first >= 3;
}

// True if three shipping entry marks or more lie close enough together
// to make a column anywhere in the text (see InShippingColumn).
bool HasShippingColumn(const std::vector<size_t>& marks) {
  for (size_t j = 0; j + 2 < marks.size(); ++j) {
    if (marks[j + 2] - marks[j] <= 2 * kColumnReach) return true;
  }
  return false;
}

// Skips closing quotes after a ship's name ("« Bérengère » ,"), and the
// words OCR makes of them in a shipping column ("Boileau Il ,", "Emilie n ,",
// "Racine u ,").
// At most three: the walk stays short on a long run of "Il Il Il ...".
size_t SkipClosingQuotes(std::string_view text, size_t at) {
  for (int quotes = 0;; ++quotes) {
    while (at < text.size() && IsSpace(text[at])) ++at;
    size_t end = 0;
    const std::string_view word = TokenAfter(text, at, &end);
    if (quotes < 3 && (word == "\"" || word == "\xC2\xBB" /* » */ || word == "Il" || word == "n" || word == "u")) {
      at = end;
    } else {
      return at;
    }
  }
}

// True if the text at `at` is ", le" and a day of one or two digits, then a
// comma or a period: the date of a ship's entry ("Cordouan , le 24 ,").
bool EntryDateAt(std::string_view text, size_t at) {
  if (at >= text.size() || text[at] != ',') return false;
  size_t e = 0;
  const std::string_view le = TokenAfter(text, at + 1, &e);
  if (le != "le") return false;
  while (e < text.size() && IsSpace(text[e])) ++e;
  size_t digits = 0;
  while (e + digits < text.size() && std::isdigit(static_cast<unsigned char>(text[e + digits])) != 0) ++digits;
  if (digits < 1 || digits > 2) return false;
  e += digits;
  while (e < text.size() && IsSpace(text[e])) ++e;
  return e < text.size() && (text[e] == ',' || text[e] == '.');
}

// True if "le", a day of one or two digits and a comma come right before
// `at` ("le 22 , Anatole"), or an opening quote ("« Bérengère").
bool AfterEntryDateOrQuote(std::string_view text, size_t at) {
  size_t b = 0;
  std::string_view t = TokenBefore(text, at, &b);
  if (t == "\xC2\xAB" /* « */ || t == "\"") return true;
  // OCR's opening quote: "le 23 , Il Boileau", "le 23 , ci Arvor".
  if (t == "Il" || t == "ci") t = TokenBefore(text, b, &b);
  if (t != ",") return false;
  size_t digits_end = b;
  while (digits_end > 0 && IsSpace(text[digits_end - 1])) --digits_end;
  size_t digits_begin = digits_end;
  while (digits_begin > 0 && std::isdigit(static_cast<unsigned char>(text[digits_begin - 1])) != 0) --digits_begin;
  if (digits_end - digits_begin < 1 || digits_end - digits_begin > 2) return false;
  t = TokenBefore(text, digits_begin, &b);
  return t == "le" || t == "Le";
}

// True if the text at `at` is a comma or a period, "le" and a day of one
// or two digits, then a comma or a period: an entry's date as OCR leaves it
// ("Cardiff , le 20 ,", "Dunkerque . le 22 ,").
bool EntryDateAfterPunctuation(std::string_view text, size_t at) {
  while (at < text.size() && IsSpace(text[at])) ++at;
  if (at >= text.size()) return false;
  if (text[at] == ',') return EntryDateAt(text, at);
  if (text[at] != '.') return false;
  std::string copy(text.substr(at, 12));
  copy[0] = ',';
  return EntryDateAt(copy, 0);
}

// True if the word is a preposition before a port in a shipping column:
// "de", "du", "do" (OCR's "de"), "d'", "A", "à" and "a" ("Passés A Barry",
// "Arrivés à Nantes"), OCR's "Il", "il" and "ù" for "à", and "&" joining
// two ports ("de Leith & Falmouth"). "d'" is read apart.
bool IsPortPreposition(std::string_view word) {
  return word == "de" || word == "De" || word == "du" || word == "Du" || word == "do" || word == "A" ||
         word == "a" || word == "\xC3\xA0" /* à */ || word == "\xC3\xB9" /* ù */ || word == "Il" ||
         word == "il" || word == "&";
}

// Where the person ends in a guessed name whose last word is a port of a
// shipping column before an entry's date, after a preposition ("p. Lorient
// de Cardiff , le 20", "Partis De Llanelly , le 22", "Passés A Barry-Island
// , le 24", "Arrivés A Dunkerque . le 22"): f.begin if the whole name is the
// port (or the preposition and the port), the preposition's start if the
// name goes on before it, f.end if the name is no such port. The port is no
// given name, and the caller asks that the text be a shipping column.
size_t PersonBeforePort(std::string_view text, const Finding& f) {
  if (!EntryDateAfterPunctuation(text, f.end)) return f.end;
  size_t last = f.end;
  while (last > f.begin && text[last - 1] != ' ') --last;
  if (IsGivenName(text.substr(last, f.end - last))) return f.end;
  size_t prep_begin = 0;
  std::string_view prep = TokenBefore(text, last, &prep_begin);
  // "ù La Pallice": the port's article.
  if (prep == "La" || prep == "Le" || prep == "Les") prep = TokenBefore(text, prep_begin, &prep_begin);
  if (prep == "'") {
    // "d' Alger": the elided "de".
    size_t d_begin = 0;
    if (TokenBefore(text, prep_begin, &d_begin) != "d") return f.end;
    prep_begin = d_begin;
  } else if (!IsPortPreposition(prep)) {
    return f.end;
  }
  if (prep_begin <= f.begin) return f.begin;
  // The preposition is inside the name: what comes before it is the name.
  size_t end = prep_begin;
  while (end > f.begin && IsSpace(text[end - 1])) --end;
  return end > f.begin ? end : f.begin;
}

// True if a ship's route or port follows a comma at `at`: ", de Cardiff",
// ", d'Alger", ", du Havre", ", venant de", ", allant de", ", p. Oran".
bool RouteAfterComma(std::string_view text, size_t at) {
  if (at >= text.size() || text[at] != ',') return false;
  size_t e = 0;
  if (CaptainOrPortMark(text, at + 1, &e)) return true;
  const std::string_view w = TokenAfter(text, at + 1, &e);
  if (w == "de" || w == "du" || w == "venant" || w == "allant") return true;
  return w == "d" && e < text.size() && (text[e] == '\'' || text.substr(e, 3) == "\xE2\x80\x99");
}

// True if the token is a word of a ship's quoted name: letters (not a
// quote), or the apostrophe and hyphen of "Jeanne d' Arc", "Ville - d'Alger".
bool InQuotedNameWord(std::string_view t) {
  if (t.empty() || t == "\xC2\xAB" || t == "\xC2\xBB") return false;
  return IsLetter(static_cast<unsigned char>(t[0])) || t == "'" || t == "-";
}

// True if the token closes a ship's quoted name: "»" (also after a mark OCR
// glued to it, "̃»"), '"', or the words OCR makes of "»" ("Il", "n", "u").
bool ClosesQuotedName(std::string_view t) {
  return t == "\"" || t == "Il" || t == "n" || t == "u" ||
         (t.size() >= 2 && t.substr(t.size() - 2) == "\xC2\xBB" /* » */);
}

// How many words a ship's quoted name holds at most on either side of the
// guessed name in it ("« Ville de Cette »", "« Thérèse et Marie »").
constexpr int kQuotedNameWords = 4;

// True if the name stands inside a ship's quoted name and the entry's route
// follows the closing quote: "le 21 , « Thérèse et Marie » , du Havre à
// Marseille", "le 23 , Il Villle de Cette » , d' Alger", "le 23 , Il
// Boileau ̃» , de Saint-Nazaire". The opening quote is "«" or '"', or OCR's
// "Il" or "ci" right after the entry's comma. The caller asks that the
// name stand in a shipping column.
bool InQuotedShipName(std::string_view text, const Finding& f) {
  size_t at = f.begin;
  bool opened = false;
  for (int words = 0; words <= kQuotedNameWords && !opened; ++words) {
    size_t b = 0;
    const std::string_view t = TokenBefore(text, at, &b);
    size_t comma = 0;
    if (t == "\xC2\xAB" /* « */ || t == "\"" ||
        ((t == "Il" || t == "ci") && TokenBefore(text, b, &comma) == ",")) {
      opened = true;
    } else if (!InQuotedNameWord(t)) {
      return false;
    }
    at = b;
  }
  if (!opened) return false;
  at = f.end;
  for (int words = 0; words <= kQuotedNameWords; ++words) {
    size_t e = 0;
    const std::string_view t = TokenAfter(text, at, &e);
    if (ClosesQuotedName(t)) {
      while (e < text.size() && IsSpace(text[e])) ++e;
      return RouteAfterComma(text, e);
    }
    if (!InQuotedNameWord(t)) return false;
    at = e;
  }
  return false;
}

// True if the name is a ship or a port of a shipping column (see header).
bool IsShipOrPort(std::string_view text, const Finding& f) {
  size_t b = 0;
  const std::string_view before = TokenBefore(text, f.begin, &b);
  // The captain: "c. Kerbrat" stays a person.
  if (before == ".") {
    size_t mark = 0;
    const std::string_view letter = TokenBefore(text, b, &mark);
    if (letter == "c") return false;
    // The port a ship sails for: "p. Oran".
    if (letter == "p" && IsOneWord(text, f) && !IsGivenName(text.substr(f.begin, f.end - f.begin))) {
      size_t ignored = 0;
      const std::string_view prior = TokenBefore(text, mark, &ignored);
      return prior.size() == 1 && !IsLetter(static_cast<unsigned char>(prior[0]));
    }
  }
  const size_t after = SkipClosingQuotes(text, f.end);
  if (after >= text.size() || text[after] != ',') return false;
  size_t e = 0;
  // "Héloïse , c. Kerbrat": the ship before its captain or port, opening
  // an entry (after a comma, a period or a quote; "et Général-Foy , c. X"
  // may be a person's name in a sentence).
  // The text's or a line's first words open an entry too.
  const bool opens_entry = before == "," || before == "." || before == "\xC2\xAB" || before == "\"" ||
                           (before.empty() && (f.begin == 0 || text[f.begin - 1] != '-'));
  if (opens_entry && WordCount(text, f) <= 3 && CaptainOrPortMark(text, after + 1, &e)) return true;
  // "Cordouan , le 24 , d'Odessa": a ship before its entry's date.
  if (opens_entry && IsOneWord(text, f) && EntryDateAt(text, after)) return true;
  return IsOneWord(text, f) && AfterEntryDateOrQuote(text, f.begin) && RouteAfterComma(text, after);
}

// True if the lexicon lists the word as a surname ("Gallois", "Dupont").
bool IsSurname(std::string_view word) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  return lexicon != nullptr && (lexicon->Flags(text::Fold(word)) & kSurname) != 0;
}

// Whether the text reads as OCR'd news (see LooksLikeOcrNews), asked once
// and only of a text where a damaged "à" is met.
class OcrNews {
 public:
  explicit OcrNews(std::string_view text) : text_(text) {}
  bool Get();

 private:
  std::string_view text_;
  int known_ = -1;  // unknown until asked
};

// True if a word that takes a subject follows `at`: "il Ouédraogo nous
// attendait", "i Kaboré a payé", "il Kaboré est venu": the name is a
// person, whatever the "il" before it was.
bool SubjectVerbAfter(std::string_view text, size_t at) {
  size_t end = 0;
  const std::string_view w = TokenAfter(text, at, &end);
  static constexpr std::string_view kWords[] = {
      "nous", "vous", "me", "m", "te", "t", "lui", "leur", "les", "l", "se", "s", "n", "ne",
      "y", "a", "avait", "est", "\xC3\xA9tait", "ont", "va", "allait", "dit", "disait", "voulait"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// True if OCR wrote "à" as this word: "il", "ù", "ë", "è", "â".
bool IsDamagedA(std::string_view word) {
  return word == "il" || word == "\xC3\xB9" /* ù */ || word == "\xC3\xAB" /* ë */ ||
         word == "\xC3\xA8" /* è */ || word == "\xC3\xA2" /* â */;
}

// True if the name follows a preposition of place as French grammar has it
// (see header): "en", or an "à" damaged by OCR after a word in lower case
// ("cultivateur il Rennes", "transporté ë Brest"; after a comma or an
// initial, "détruits , il X", "Jules B. i X", the damaged word may be
// anything). Not a given name, nor before a capitalized word; after "en",
// not a surname either ("confiance en Dupont"). Not "A" nor "&": "A" is
// "à" without its accent, which takes people too ("payer A Diabaté"), and
// "&" joins people ("ma sœur & Kaboré"). Spoken French says "il" and "i"
// before people ("On a payé i Kaboré", "je crois il Ouédraogo nous
// attendait"): after a damaged "à" only a town of the gazetteer that is no
// listed given name or surname, in a text that reads as OCR'd news, and
// not before a verb.
bool AfterFrenchPlacePreposition(std::string_view text, const PlaceGazetteer& places, OcrNews* ocr,
                                 const Finding& f) {
  size_t b = 0;
  const std::string_view word = TokenBefore(text, f.begin, &b);
  if (word.empty() || b == f.begin) return false;
  // The word stands alone: not the end of "qu'il", "jusqu'en".
  if (b > 0 && !IsSpace(text[b - 1]) && text[b - 1] != ',') return false;
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (IsGivenName(name)) return false;
  // A town ends its phrase: punctuation or a word in lower case follows it
  // ("en Plouvénec , près", "il Lantic ( Côtes-du-Nord )"); before a
  // capital the run of capitalized words may go on as a name.
  size_t next_end = 0;
  const std::string_view next = TokenAfter(text, f.end, &next_end);
  if (!next.empty() && IsLetter(static_cast<unsigned char>(next[0])) &&
      std::islower(static_cast<unsigned char>(next[0])) == 0) {
    return false;
  }
  size_t ignored = 0;
  const std::string_view prior = TokenBefore(text, b, &ignored);
  // "confiance en Yefri", "croyait en Yefri": one trusts in a person.
  if (word == "en") return !IsSurname(name) && !IsPersonContext(text::Fold(prior), "en");
  const bool after_lower_word = !prior.empty() && std::islower(static_cast<unsigned char>(prior[0])) != 0;
  // And "i", read as "à" here only (not before a name of three words,
  // PersonAfterDamagedA).
  const bool damaged_a = (IsDamagedA(word) || word == "i") && after_lower_word;
  return damaged_a && !IsSurname(name) && (places.ClassOf(name) != PlaceClass::kNone || places.IsSmallTown(name)) &&
         !SubjectVerbAfter(text, f.end) && ocr->Get();
}

// True if a one-word name that no list holds as a given name or a surname stands where
// French puts only a place, and ends its phrase:
// - right after "habiter", which takes its place without a preposition ("il
//   habite Loudéac", "venu habiter Plouguenast"), not after "qu'", "que",
//   "où", which put the subject after the verb ("la ferme qu'habitait
//   Kerbrat", "où habite Kerbrat");
// - after "pour" and a verb or noun of leaving ("il partit pour Loudéac",
//   "le départ pour Brest", "embarqués pour Terre-Neuve"): one leaves for a
//   place; "pour" alone takes people ("travaille pour Kerbrat").
// A verb after the name says it is a person all the same.
bool AfterFrenchDwellingOrLeavingVerb(std::string_view text, const Finding& f) {
  size_t b = 0;
  const std::string_view word = TokenBefore(text, f.begin, &b);
  if (word.empty() || b == f.begin) return false;
  // Nor a listed surname: "il habite Lestrade maintenant", "parti pour
  // Moreau la semaine dernière" may name whose home it is.
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (IsGivenName(name) || IsSurname(name)) return false;
  size_t next_end = 0;
  const std::string_view next = TokenAfter(text, f.end, &next_end);
  if (!next.empty() && IsLetter(static_cast<unsigned char>(next[0])) &&
      std::islower(static_cast<unsigned char>(next[0])) == 0) {
    return false;
  }
  if (SubjectVerbAfter(text, f.end)) return false;
  const std::string verb = text::Fold(word);
  static const std::unordered_set<std::string_view> kDwell = {
      "habite", "habites", "habitons", "habitez", "habitent", "habitait", "habitaient",
      "habita",  "habiterent", "habitant", "habiter", "habitera", "habiteront"};
  if (kDwell.count(verb) != 0) {
    size_t prior_at = 0;
    std::string_view prior = TokenBefore(text, b, &prior_at);
    if (prior == "'" || prior == "\xE2\x80\x99") {
      size_t ignored = 0;
      prior = TokenBefore(text, prior_at, &ignored);
    } else if (prior.size() > 3 && prior.substr(prior.size() - 3) == "\xE2\x80\x99") {
      prior.remove_suffix(3);  // "qu’habite": the typographic apostrophe reads as letters
    }
    const std::string folded = text::Fold(prior);
    return folded != "qu" && folded != "que" && folded != "ou";
  }
  if (word != "pour") return false;
  size_t ignored = 0;
  static const std::unordered_set<std::string_view> kLeave = {
      "parti",    "partie",     "partis",    "parties",   "partit",    "partirent", "partait",
      "partaient", "partira",   "partiront", "partir",    "part",      "partent",   "repartit",
      "reparti",  "repartir",   "embarque",  "embarquee", "embarques", "embarquees", "embarqua",
      "embarquer", "embarquerent", "depart", "departs",   "appareille", "appareilla", "appareiller"};
  return kLeave.count(text::Fold(TokenBefore(text, b, &ignored))) != 0;
}

// True if a guessed name of at most three words follows a ship's noun (the
// lexicon's vessel cues: "navire", "vapeur", "croiseur", "goélette"...)
// after a determiner: "le croiseur Sully", "à bord du vapeur Kerlann", "la
// goélette Joséphine". The name detector reads the noun as a cue, but the
// passes after it may take a surname back. Not across a mark ("le capitaine
// du navire , Durand"), nor before an object pronoun ("le remorqueur
// Kerbrat nous a pris": someone acting on people).
bool AfterAShipNoun(std::string_view text, const Finding& f) {
  if (WordCount(text, f) > 3) return false;
  size_t noun_at = 0;
  const std::string_view noun = TokenBefore(text, f.begin, &noun_at);
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (noun.empty() || lexicon == nullptr || (lexicon->Flags(text::Fold(noun)) & kVesselCue) == 0) return false;
  if (std::islower(static_cast<unsigned char>(noun[0])) == 0) return false;
  size_t det_at = 0;
  std::string_view det = TokenBefore(text, noun_at, &det_at);
  if (det == "'" || det == "\xE2\x80\x99") det = TokenBefore(text, det_at, &det_at);
  static const std::unordered_set<std::string_view> kDeterminers = {
      "le", "Le", "la", "La", "l", "L", "du", "Du", "au", "Au", "un", "Un", "une", "Une", "ce", "Ce", "cette", "Cette"};
  if (kDeterminers.count(det) == 0) return false;
  size_t end = 0;
  static const std::unordered_set<std::string_view> kObjects = {"nous", "vous", "me", "m", "te", "t", "lui", "leur"};
  return kObjects.count(TokenAfter(text, f.end, &end)) == 0;
}

// True if the name is "Ier" or "ler", OCR's "1er", before a month ("Béthune ,
// Ier janvier"): the first of the month.
bool IsFirstOfAMonth(std::string_view text, const Finding& f) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (name != "Ier" && name != "ler") return false;
  size_t end = 0;
  return IsMonthName(text::Fold(TokenAfter(text, f.end, &end)));
}

// True if a word is a French town's compound by its first part
// ("Pont-Croix", "Château-Gontier", "Mont-Dol"), as the place veto reads
// one. Not a saint's: Haitian surnames are so ("Saint-Fleur").
bool IsTownCompound(std::string_view word) {
  const size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= word.size()) return false;
  static const std::unordered_set<std::string_view> kFirstWords = {
      "chateau", "pont", "port", "ville", "mont", "bourg", "fort", "val", "notre", "hotel", "palais"};
  return kFirstWords.count(text::Fold(word.substr(0, hyphen))) != 0;
}

// Where the person starts in a guessed name of three words or more that
// opens with a town after an "à" damaged by OCR, as civil records list
// people ("débitante , il Pontivy Ludovic Platet": the town, then a given
// name and a surname); f.begin if it does not. The town is a town of the
// gazetteer and no listed given name or surname, in a text that reads as
// OCR'd news; the word after it is a given name ("Le passeur il Kaboré Jean
// Paul nous a frappés" names a person, as spoken French says it). A town's
// compound ("il Pont-Croix Auguste Guilloteau") needs no gazetteer nor
// marks of OCR: no one's given name or surname opens so, and the person
// keeps the words after it, as after "à" (PersonAfterLeadingTown in
// place_veto.cc). After the register's comma a bare "a" is such an "à" too
// (", couturière , a Pont-Croix Auguste Guilloteau"); after a word it is
// left alone, as hurried writing drops the accent before people ("j'ai
// parlé a Kerbrat").
size_t PersonAfterDamagedA(std::string_view text, const PlaceGazetteer& places, OcrNews* ocr,
                           const Finding& f) {
  if (WordCount(text, f) < 3) return f.begin;
  size_t b = 0;
  const std::string_view word = TokenBefore(text, f.begin, &b);
  if (!IsDamagedA(word) && word != "a") return f.begin;
  if (b > 0 && !IsSpace(text[b - 1])) return f.begin;
  size_t ignored = 0;
  const std::string_view prior = TokenBefore(text, b, &ignored);
  if (prior != "," && (word == "a" || prior.empty() || std::islower(static_cast<unsigned char>(prior[0])) == 0)) {
    return f.begin;
  }
  const size_t space = text.find(' ', f.begin);
  if (space >= f.end) return f.begin;
  const std::string_view town = text.substr(f.begin, space - f.begin);
  if (IsGivenName(town) || IsSurname(town) ||
      (places.ClassOf(town) == PlaceClass::kNone && !places.IsSmallTown(town) && !IsTownCompound(town))) {
    return f.begin;
  }
  const size_t second = space + 1;
  const size_t second_end = text.find(' ', second);
  if (second_end >= f.end || !IsGivenName(text.substr(second, second_end - second))) return f.begin;
  return (IsTownCompound(town) || ocr->Get()) ? second : f.begin;
}

// True if a comma, a day ("26", "1er", OCR's "Ier") and a month follow
// `end`, ending the sentence: a dateline ("Modane , 26 juillet .").
bool DatelineAfter(std::string_view text, size_t end) {
  while (end < text.size() && IsSpace(text[end])) ++end;
  if (end >= text.size() || text[end] != ',') return false;
  size_t at = end + 1;
  while (at < text.size() && IsSpace(text[at])) ++at;
  size_t digits = 0;
  while (at + digits < text.size() && std::isdigit(static_cast<unsigned char>(text[at + digits])) != 0) ++digits;
  size_t e = 0;
  if (digits >= 1 && digits <= 2) {
    at += digits;
    if (text.substr(at, 2) == "er") at += 2;
  } else if (digits == 0) {
    const std::string_view first = TokenAfter(text, at, &e);
    if (first != "Ier" && first != "ler") return false;
    at = e;
  } else {
    return false;
  }
  if (!IsMonthName(text::Fold(TokenAfter(text, at, &e)))) return false;
  // The dateline ends its line or sentence, with or without a year: "Modane
  // , 26 juillet ." ("rencontré X , 12 mars , à Tapachula" goes on).
  size_t next_end = 0;
  std::string_view next = TokenAfter(text, e, &next_end);
  if (next.empty() && next_end >= text.size()) return true;
  if (!next.empty() && std::isdigit(static_cast<unsigned char>(next[0])) != 0) {
    while (next_end < text.size() && std::isdigit(static_cast<unsigned char>(text[next_end])) != 0) ++next_end;
    next = TokenAfter(text, next_end, &next_end);
  }
  return next.empty() || next == ".";
}

// True if the text reads as OCR'd news, as spoken French does not: a
// shipping column, a dateline ("Modane , 26 juillet ."), or two marks of
// OCR damage or more: a lower-case letter glued to a digit ("avrtl l908",
// "t3"), a stray symbol ("»•»", "±", "^", "|", "~", "¬") or "Ier" before a
// month. One pass over the text.
bool OcrNews::Get() {
  if (known_ >= 0) return known_ == 1;
  const std::string_view text = text_;
  int damage = 0;
  bool dateline = false;
  for (size_t i = 0; i < text.size() && damage < 2 && !dateline; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 'a' && c <= 'z') {
      if (i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1])) != 0) ++damage;
    } else if (c == '^' || c == '|' || c == '~' || c == '\\') {
      ++damage;
    } else if (c == 0xC2 && i + 1 < text.size() && (text[i + 1] == '\xB1' || text[i + 1] == '\xAC')) {
      ++damage;  // "±" "¬"
    } else if (c == 0xE2 && text.substr(i, 3) == "\xE2\x80\xA2") {
      ++damage;  // "•"
    } else if (c == 'I' && text.substr(i, 3) == "Ier" &&
               (i == 0 || !IsLetter(static_cast<unsigned char>(text[i - 1])))) {
      size_t end = 0;
      if (IsMonthName(text::Fold(TokenAfter(text, i + 3, &end)))) ++damage;
    } else if (c == ',') {
      dateline = DatelineAfter(text, i);
    }
  }
  known_ = (damage >= 2 || dateline || HasShippingColumn(ShippingEntryMarks(text))) ? 1 : 0;
  return known_ == 1;
}

// Where the person ends in a guessed name of two words or more whose last
// word is a town of a gazetteer or a saint's compound before a dateline
// ("La réponse de M. Kerhervé Brest , 26 juillet": a headline that OCR
// left without its period, then the dateline's town); f.end if none, or if that word is a listed given name or surname
// ("Mendoza", "Lima", "Paris": a person may end there).
size_t PersonBeforeDateline(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  if (WordCount(text, f) < 2 || !DatelineAfter(text, f.end)) return f.end;
  size_t last = f.end;
  while (last > f.begin && text[last - 1] != ' ') --last;
  const std::string_view town = text.substr(last, f.end - last);
  const bool saint = town.size() > 4 && (town.substr(0, 3) == "St-" || town.substr(0, 6) == "Saint-");
  if (!saint && places.ClassOf(town) == PlaceClass::kNone) return f.end;
  // A listed given name or surname stays the person's: "Entretien avec Ana
  // Mendoza, 12 mars 2024." has the shape of "M. Clemenceau Paris , 26
  // juillet", and nothing tells them apart; "Paris" stays redacted there.
  if (IsGivenName(town) || IsSurname(town)) return f.end;
  size_t end = last;
  while (end > f.begin && IsSpace(text[end - 1])) --end;
  return end;
}

// Adds as persons the captains of a shipping column (in_column(begin, end)
// says whether a name stands in one) that no finding covers:
// the capitalized words after ", c." up to the next punctuation, with the
// particles of a surname between them ("c. Kerbrat .", "c. Gaultier de
// Kermoal ,", "c. Légal ,"). The name detector leaves a word alone between
// two periods ("c. Bernadac ." reads as a sentence of one word) and a
// capitalized ordinary word. Linear in the text.
template <typename InColumn>
void AddShippingCaptains(std::string_view text, InColumn in_column, std::vector<Finding>* findings) {
  std::vector<std::pair<size_t, size_t>> covered;
  for (const Finding& f : *findings) covered.emplace_back(f.begin, f.end);
  std::sort(covered.begin(), covered.end());
  auto is_covered = [&](size_t begin, size_t end) {
    auto it = std::upper_bound(covered.begin(), covered.end(), std::make_pair(end, size_t{0}));
    // Spans are short: the few that start before `end` are looked at.
    for (int k = 0; k < 8 && it != covered.begin(); ++k) {
      --it;
      if (it->first < end && begin < it->second) return true;
    }
    return false;
  };
  std::vector<Finding> added;
  size_t at = 0;
  while (at < text.size()) {
    const size_t comma = text.find(',', at);
    if (comma == std::string_view::npos) break;
    at = comma + 1;
    size_t mark_end = 0;
    size_t e = 0;
    if (TokenAfter(text, comma + 1, &e) != "c" || !CaptainOrPortMark(text, comma + 1, &mark_end)) continue;
    size_t begin = mark_end;
    while (begin < text.size() && IsSpace(text[begin])) ++begin;
    size_t end = begin;
    size_t word_at = begin;
    for (int words = 0; words < 4; ++words) {
      size_t word_end = 0;
      const std::string_view word = TokenAfter(text, word_at, &word_end);
      if (word.empty() || !IsLetter(static_cast<unsigned char>(word[0]))) break;
      const bool particle = word == "de" || word == "du" || word == "Le" || word == "La" || word == "Du";
      if (!particle && !CapitalAt(text, word_at)) break;
      // "Le Floch": a particle takes a capitalized word after it.
      if (particle && !CapitalAt(text, word_end)) break;
      // A hyphenated surname ("Leroy-Beaulieu") is one word.
      while (word_end + 1 < text.size() && text[word_end] == '-' && IsLetter(static_cast<unsigned char>(text[word_end + 1]))) {
        ++word_end;
        while (word_end < text.size() && IsLetter(static_cast<unsigned char>(text[word_end]))) ++word_end;
      }
      if (!particle) end = word_end;
      word_at = word_end;
    }
    if (end <= begin || is_covered(begin, end) || !in_column(begin, end)) continue;
    added.push_back(PersonFinding(begin, end));
    at = end;
  }
  findings->insert(findings->end(), added.begin(), added.end());
}

}  // namespace

void DropFrenchNewsPlaces(std::string_view text, const PlaceGazetteer& places, std::vector<Finding>* findings) {
  // The shipping entry marks, found once when a name first asks.
  std::vector<size_t> marks;
  bool marks_read = false;
  auto in_column = [&](size_t begin, size_t end) {
    if (!marks_read) {
      marks = ShippingEntryMarks(text);
      marks_read = true;
    }
    return InShippingColumn(marks, begin, end);
  };
  OcrNews ocr(text);
  bool trimmed = false;
  std::vector<size_t> drops;
  for (size_t i = 0; i < findings->size(); ++i) {
    Finding& f = (*findings)[i];
    if (!IsGuessedPerson(f) || f.end > text.size() || f.begin >= f.end) continue;
    const size_t person_begin = PersonAfterDamagedA(text, places, &ocr, f);
    if (person_begin != f.begin) {
      // The group was the whole span's: the person alone takes the group
      // of the same name found elsewhere (below), or a number of its own.
      f.begin = person_begin;
      f.person_group = -1;
      trimmed = true;
    }
    const size_t person_end = PersonBeforeDateline(text, places, f);
    if (person_end != f.end) {
      f.end = person_end;
      f.person_group = -1;
      trimmed = true;
    }
    if ((IsOneWord(text, f) && (AfterFrenchPlacePreposition(text, places, &ocr, f) || IsFirstOfAMonth(text, f) ||
                                AfterFrenchDwellingOrLeavingVerb(text, f))) ||
        AfterAShipNoun(text, f)) {
      drops.push_back(i);
      continue;
    }
    // A port before an entry's date ("p. Lorient de Cardiff , le 20").
    const size_t port_end = PersonBeforePort(text, f);
    if (port_end != f.end) {
      if (in_column(f.begin, f.end)) {
        if (port_end == f.begin) {
          drops.push_back(i);
          continue;
        }
        f.end = port_end;
        f.person_group = -1;
        trimmed = true;
      }
    }
    // The column is counted only for a name followed by a comma or after a
    // period, where a ship's shapes can match.
    const size_t after = SkipClosingQuotes(text, f.end);
    size_t b = 0;
    const bool may_be_ship = (after < text.size() && text[after] == ',') || TokenBefore(text, f.begin, &b) == ".";
    if (may_be_ship && IsShipOrPort(text, f) && in_column(f.begin, f.end)) {
      drops.push_back(i);
    } else if (InQuotedShipName(text, f) && in_column(f.begin, f.end)) {
      drops.push_back(i);
    }
  }
  if (!drops.empty()) {
    // A word that the text names as a person elsewhere (a name the rules
    // above leave, or a word of one) stays that person here: "Le passeur
    // Kaboré nous a frappés ... confiance en Kaboré".
    std::vector<char> drop(findings->size(), 0);
    for (size_t i : drops) drop[i] = 1;
    DropOtherMentionsOfTowns(text, *findings, &drop);
    DropMarkedUnlessAPersonNamesThem(text, drop, findings);
  }
  // The captains the detector left ("c. Bernadac ."): a column is counted
  // here if no name asked.
  if (text.find(", c.") != std::string_view::npos) AddShippingCaptains(text, in_column, findings);
  if (!trimmed) return;
  // A trimmed name joins the group of the same name elsewhere ("M. Kerhervé
  // Paris , 26 juillet ... M. Kerhervé a répondu").
  std::unordered_map<std::string, int> group_of;
  for (const Finding& f : *findings) {
    if (IsGuessedPerson(f) && f.person_group >= 0 && f.end <= text.size()) {
      group_of.emplace(text::Fold(text.substr(f.begin, f.end - f.begin)), f.person_group);
    }
  }
  for (Finding& f : *findings) {
    if (!IsGuessedPerson(f) || f.person_group >= 0 || f.end > text.size()) continue;
    const auto found = group_of.find(text::Fold(text.substr(f.begin, f.end - f.begin)));
    if (found != group_of.end()) f.person_group = found->second;
  }
}

}  // namespace amparo::redaction
