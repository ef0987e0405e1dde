#include "redaction/french_news_names.h"

#include <cctype>
#include <cstdint>
#include <string>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

constexpr size_t kNone = std::string_view::npos;

// The most a bracket after a name holds: a town or given names.
constexpr size_t kBracketBytes = 64;

// Words of other lists: not a name's word after "Le" or in a titled list.
constexpr uint32_t kNotANameWord = kStopWord | kMonth | kTitle | kPlacePrep | kOrgWord | kInstitution |
                                   kNameCue | kSpeechCue | kKinCue | kDemonym | kRoleCue;

// In a list after "MM.", where verbs and cues do not stand ("Mes
// Démange": "démange" is a verb's form too).
constexpr uint32_t kNotAListedName = kStopWord | kMonth | kTitle | kOrgWord | kInstitution | kDemonym | kRoleCue;

size_t SkipSpaces(std::string_view text, size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  return at;
}

// The end of the run of a word's letters starting at `at`.
size_t WordEnd(std::string_view text, size_t at) {
  while (at < text.size() && IsNameLetterByte(static_cast<unsigned char>(text[at]))) ++at;
  return at;
}

// The end of a capitalized word at `at` and of the capitalized words joined
// to it by hyphens ("Jobbé-Duval"), or kNone.
size_t CapitalizedWordEnd(std::string_view text, size_t at) {
  if (!StartsWithCapital(text, at)) return kNone;
  size_t e = WordEnd(text, at);
  if (e == at) return kNone;
  while (e + 1 < text.size() && text[e] == '-' && StartsWithCapital(text, e + 1)) e = WordEnd(text, e + 1);
  return e;
}

uint32_t FlagsOf(const NameLexicon& lexicon, std::string_view word) { return lexicon.Flags(text::Fold(word)); }

// A lower-case particle of a surname at `at` ("de ", "du ", "d'"): where
// the name goes on, or kNone.
size_t AfterParticle(std::string_view text, size_t at) {
  const size_t e = WordEnd(text, at);
  const std::string_view w = text.substr(at, e - at);
  if ((w == "de" || w == "du") && e < text.size() && text[e] == ' ') return SkipSpaces(text, e);
  if (w == "d" && e < text.size() && text[e] == '\'') return SkipSpaces(text, e + 1);
  return kNone;
}

// One item of a list after a plural title, starting at `at`: its end, or
// kNone if no name stands there. *origin: a particle and a place ("de
// Lannion"), where the list stops.
size_t ListItemEnd(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon, size_t at,
                   bool* origin) {
  *origin = false;
  size_t pos = at;
  // Initials: "F. ", "J.-B. ".
  for (int k = 0; k < 3 && pos + 1 < text.size() && StartsWithCapital(text, pos); ++k) {
    const size_t e = WordEnd(text, pos);
    if (e - pos != 1 || e >= text.size() || text[e] != '.') break;
    pos = e + 1;
    if (pos < text.size() && text[pos] == '-') {
      ++pos;
    } else {
      pos = SkipSpaces(text, pos);
    }
  }
  const size_t particle_end = AfterParticle(text, pos);
  const bool particle = particle_end != kNone && pos == at;
  if (particle) pos = particle_end;
  const size_t name_begin = pos;
  size_t end = kNone;
  for (int words = 0; words < 4; ++words) {
    const size_t e = CapitalizedWordEnd(text, pos);
    if (e == kNone) break;
    const std::string_view w = text.substr(pos, e - pos);
    const bool article = w == "Le" || w == "La" || w == "LE" || w == "LA";
    if (!article && (w.size() < 2 || (FlagsOf(lexicon, w) & kNotAListedName))) break;
    if (article && (e >= text.size() || text[e] != ' ')) break;
    if (!article) end = e;
    // The next word of the same name: after a space, or a particle.
    size_t next = SkipSpaces(text, e);
    if (next == e && !(e < text.size() && text[e] == '\'')) break;
    if (e < text.size() && text[e] == '\'') next = SkipSpaces(text, e + 1);
    const size_t p = AfterParticle(text, next);
    if (p != kNone) next = p;
    if (!StartsWithCapital(text, next)) break;
    const size_t ne = WordEnd(text, next);
    const std::string_view nw = text.substr(next, ne - next);
    if (nw == "Et" || nw == "ET") break;
    pos = next;
  }
  if (end == kNone) return kNone;
  // A town in the list is where someone comes from or stands ("MM.
  // Kerbrat, Lorient, et Martin"): it stops the list, as after a particle,
  // unless a surname list has it ("MM. DURAND, MARTIN": Durand is a town
  // of Wisconsin too).
  const std::string_view name = text.substr(name_begin, end - name_begin);
  if (places.ClassOf(name) != PlaceClass::kNone &&
      (particle || !(FlagsOf(lexicon, name) & (kSurname | kGivenName)))) {
    *origin = true;
    return kNone;
  }
  return end;
}

// Where the next item begins after an item ending at `at` (", ", " et ",
// ", et ", with the spaces OCR leaves), or kNone.
size_t NextItem(std::string_view text, size_t at) {
  size_t pos = SkipSpaces(text, at);
  // "MM. F. Trochu (Chantepie), Rédier": the item's town in brackets.
  if (pos < text.size() && text[pos] == '(') {
    const size_t close = text.substr(pos, kBracketBytes).find(')');
    if (close == kNone || text.substr(pos, close).find('\n') != kNone) return kNone;
    pos = SkipSpaces(text, pos + close + 1);
  }
  bool joined = false;
  if (pos < text.size() && text[pos] == ',') {
    pos = SkipSpaces(text, pos + 1);
    joined = true;
  }
  if (text.substr(pos, 3) == "et ") {
    if (!joined && pos == at) return kNone;
    return SkipSpaces(text, pos + 3);
  }
  return joined ? pos : kNone;
}

// The list after a plural title ending at `at`: adds its items.
void AddTitledList(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon, size_t at,
                   bool maitres, std::vector<Finding>* added) {
  // "MM. ", "MM ", "MM . " (OCR's spaces).
  size_t pos = SkipSpaces(text, at);
  if (pos < text.size() && text[pos] == '.') pos = SkipSpaces(text, pos + 1);
  if (pos >= text.size() || text[pos - 1] != ' ') return;
  // "Mes enfants. Mes Amis": my, not maîtres, when it opens a sentence;
  // maîtres come after a word in lower case ("plaidoiries de Mes Démange").
  if (maitres) {
    size_t b = at - 3;
    while (b > 0 && text[b - 1] == ' ') --b;
    if (b == 0 || !(std::islower(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == ',')) return;
  }
  for (int items = 0; items < 12 && pos < text.size(); ++items) {
    bool origin = false;
    const size_t end = ListItemEnd(text, places, lexicon, pos, &origin);
    if (end == kNone) return;
    added->push_back(PersonFinding(pos, end));
    pos = NextItem(text, end);
    if (pos == kNone) return;
  }
}

bool WordBoundaryBefore(std::string_view text, size_t at) {
  return at == 0 || !IsLetterByte(static_cast<unsigned char>(text[at - 1]));
}

}  // namespace

void AddFrenchNewsNameForms(std::string_view text, const PlaceGazetteer& places, std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  std::vector<Finding> added;
  // "J.-B. Dupont": the initial before the hyphen.
  for (Finding& f : *names) {
    const size_t b = f.begin;
    if (!IsPersonFinding(f) || b < 3 || b > text.size() || text[b - 1] != '-' || text[b - 2] != '.') continue;
    if (text[b - 3] >= 'A' && text[b - 3] <= 'Z' && WordBoundaryBefore(text, b - 3)) f.begin = b - 3;
  }
  // "la dame Le Roux", "le sieur La Mézière": "Le" or "La" after a word in
  // lower case is the surname's (opening a sentence it is the article).
  for (Finding& f : *names) {
    const size_t b = f.begin;
    if (!IsPersonFinding(f) || b < 5 || b > text.size()) continue;
    const std::string_view a = text.substr(b - 3, 3);
    if ((a != "Le " && a != "La ") || !WordBoundaryBefore(text, b - 3) || text[b - 4] != ' ') continue;
    size_t wb = 0;
    const std::string_view before = LetterWordEndingAt(text, b - 4, &wb);
    if (before.size() >= 2 && !StartsWithCapital(text, wb) && !text::AllCaps(before)) f.begin = b - 3;
  }
  // "Allanet (Emile-Yves), 20 ans": a court's or a register's surname
  // before the given names in brackets.
  for (size_t p = text.find('('); p != kNone; p = text.find('(', p + 1)) {
    const size_t g = SkipSpaces(text, p + 1);
    const size_t ge = CapitalizedWordEnd(text, g);
    if (ge == kNone) continue;
    // The bracket closes on its line, after more given names maybe.
    const size_t close = text.substr(p, kBracketBytes).find(')');
    if (close == kNone || text.substr(p, close).find('\n') != kNone) continue;
    const std::string_view given = text.substr(g, WordEnd(text, g) - g);
    const uint32_t gf = FlagsOf(*lexicon, given);
    if (!(gf & kGivenName) || (gf & kNotANameWord) || places.ClassOf(text.substr(g, ge - g)) != PlaceClass::kNone) {
      continue;
    }
    size_t e = p;
    while (e > 0 && text[e - 1] == ' ') --e;
    size_t sb = 0;
    const std::string_view last = LetterWordEndingAt(text, e, &sb);
    // The whole of a hyphenated surname ("Jobbé-Duval (Jean)").
    while (sb >= 2 && text[sb - 1] == '-' && IsLetterByte(static_cast<unsigned char>(text[sb - 2]))) {
      LetterWordEndingAt(text, sb - 1, &sb);
    }
    if (last.size() < 2 || !StartsWithCapital(text, sb)) continue;
    const std::string_view surname = text.substr(sb, e - sb);
    const uint32_t sf = FlagsOf(*lexicon, surname);
    if (sf & kNotANameWord) continue;
    if (places.ClassOf(surname) != PlaceClass::kNone && !(sf & (kSurname | kGivenName))) continue;
    added.push_back(PersonFinding(sb, e));
    added.push_back(PersonFinding(g, ge));
  }
  // "A. MARTIN": an initial before a surname in capitals, not a heading
  // ("II. PARIS SOUS LA NEIGE": capitals go on, or a numeral).
  for (size_t p = text.find(". "); p != kNone; p = text.find(". ", p + 1)) {
    if (p == 0 || !(text[p - 1] >= 'A' && text[p - 1] <= 'Z') || !WordBoundaryBefore(text, p - 1)) continue;
    const char initial = text[p - 1];
    const size_t w = SkipSpaces(text, p + 1);
    const size_t we = CapitalizedWordEnd(text, w);
    if (we == kNone || we - w < 3 || !text::AllCaps(text.substr(w, we - w))) continue;
    const size_t after = SkipSpaces(text, we);
    const size_t ae = WordEnd(text, after);
    if (ae - after >= 2 && text::AllCaps(text.substr(after, ae - after))) continue;
    if (initial == 'I' || initial == 'V' || initial == 'X') {
      size_t q = p - 1;
      while (q > 0 && text[q - 1] == ' ') --q;
      if (q == 0 || !(std::islower(static_cast<unsigned char>(text[q - 1])) || text[q - 1] == ',')) continue;
    }
    const std::string_view surname = text.substr(w, we - w);
    const uint32_t sf = FlagsOf(*lexicon, surname);
    if (sf & kNotAListedName) continue;
    if ((sf & kCommonWord) && !(sf & (kSurname | kGivenName))) continue;
    if (places.ClassOf(surname) != PlaceClass::kNone && !(sf & (kSurname | kGivenName))) continue;
    // "M. DUPONT": the title is no part of the name.
    added.push_back(PersonFinding(initial == 'M' ? w : p - 1, we));
  }
  // "NI. Limon, député": OCR's "M." before a name that is a town too,
  // which the place veto, reading no title, gave back.
  for (size_t p = text.find("NI"); p != kNone; p = text.find("NI", p + 1)) {
    if (!WordBoundaryBefore(text, p)) continue;
    size_t w = SkipSpaces(text, p + 2);
    if (w >= text.size() || text[w] != '.') continue;
    w = SkipSpaces(text, w + 1);
    if (w == p + 3 && text[p + 2] == '.') continue;  // "NI.Limon": no space, no title
    const size_t we = CapitalizedWordEnd(text, w);
    if (we == kNone || we - w < 3 || text::AllCaps(text.substr(w, we - w))) continue;
    if (FlagsOf(*lexicon, text.substr(w, WordEnd(text, w) - w)) & kNotAListedName) continue;
    added.push_back(PersonFinding(w, we));
  }
  // "le général de Saint-Germain": a rank before "de" and a name is an
  // officer's name, though the name is a town's ("le général de Castelnau").
  // Ranks only: a post and "de" name its place ("le maire de Saint-Germain").
  // Found by "de " (memchr on 'd'), then the rank before it.
  for (size_t d = text.find("de "); d != kNone; d = text.find("de ", d + 1)) {
    if (d < 2 || text[d - 1] != ' ') continue;
    size_t rb = 0;
    const std::string_view rank = LetterWordEndingAt(text, d - 1, &rb);
    if (rank != "g\xC3\xA9n\xC3\xA9ral" && rank != "colonel" && rank != "capitaine" && rank != "lieutenant" &&
        rank != "amiral") {
      continue;
    }
    const size_t w = d + 3;
    const size_t we = CapitalizedWordEnd(text, w);
    if (we == kNone || we - w < 3 || text::AllCaps(text.substr(w, we - w))) continue;
    if (FlagsOf(*lexicon, text.substr(w, WordEnd(text, w) - w)) & (kNotAListedName | kCommonWord)) continue;
    added.push_back(PersonFinding(w, we));
  }
  // "Léon XIII", "Louis XIV": a given name and its numeral.
  // Found by their first letter (memchr: capital I, V and X are rare),
  // not by every space before a word.
  for (const char first : {'I', 'V', 'X'}) {
    for (size_t r = text.find(first); r != kNone; r = text.find(first, r + 1)) {
      if (r == 0 || text[r - 1] != ' ') continue;
      size_t re = r;
      while (re < text.size() && (text[re] == 'I' || text[re] == 'V' || text[re] == 'X')) ++re;
      if (re - r < 2 || (re < text.size() && IsLetterByte(static_cast<unsigned char>(text[re])))) continue;
      size_t gb = 0;
      const std::string_view given = LetterWordEndingAt(text, r - 1, &gb);
      if (given.size() < 2 || !StartsWithCapital(text, gb) || text::AllCaps(given)) continue;
      const uint32_t gf = FlagsOf(*lexicon, given);
      if (!(gf & kGivenName) || (gf & kNotANameWord)) continue;
      added.push_back(PersonFinding(gb, re));
    }
  }
  // "Yvonne Le Sergent", "Marie Le Parque".
  // Found by the capital L (memchr), rarer than the spaces.
  for (size_t l = text.find('L'); l != kNone; l = text.find('L', l + 1)) {
    if (l == 0 || text[l - 1] != ' ' || (text.substr(l, 3) != "Le " && text.substr(l, 3) != "La ")) continue;
    const size_t p = l - 1;
    const size_t w = l + 3;
    const size_t we = CapitalizedWordEnd(text, w);
    if (we == kNone || we - w < 2) continue;
    size_t gb = p;
    const std::string_view given = LetterWordEndingAt(text, p, &gb);
    if (given.size() < 2 || !StartsWithCapital(text, gb) || text::AllCaps(given)) continue;
    if (gb > 0 && (text[gb - 1] == '-' || text[gb - 1] == '\'')) continue;
    const uint32_t gf = FlagsOf(*lexicon, given);
    if (!(gf & kGivenName) || (gf & kNotANameWord)) continue;
    // A rank stays ("Yvonne Le Sergent"): "Le" capitalized is no role's article.
    if (FlagsOf(*lexicon, text.substr(w, WordEnd(text, w) - w)) & (kStopWord | kMonth)) continue;
    if (places.ClassOf(text.substr(p + 1, we - p - 1)) != PlaceClass::kNone) continue;
    if (places.ClassOf(given) != PlaceClass::kNone) continue;
    added.push_back(PersonFinding(gb, we));
  }
  // "MM. Durand, Martin et Petit", "Mes Démange et Landowski".
  for (std::string_view title : {std::string_view("MM"), std::string_view("Mes"), std::string_view("Mmes")}) {
    for (size_t p = text.find(title); p != kNone; p = text.find(title, p + 1)) {
      const size_t e = p + title.size();
      if (!WordBoundaryBefore(text, p) || (e < text.size() && IsLetterByte(static_cast<unsigned char>(text[e])))) {
        continue;
      }
      AddTitledList(text, places, *lexicon, e, title == "Mes", &added);
    }
  }
  names->insert(names->end(), added.begin(), added.end());
}

}  // namespace amparo::redaction
