#include "redaction/french_town_prepositions.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/person_context.h"
#include "redaction/place_veto.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// The letters-only word that ends at `end` after blanks (not across a line
// break), and where it starts in *begin; empty if none.
std::string_view WordEndingBefore(std::string_view text, size_t end, size_t* begin) {
  while (end > 0 && IsBlank(text[end - 1])) --end;
  *begin = end;
  return LetterWordEndingAt(text, end, begin);
}

// The letters-only word that starts at `at` after blanks; *end is where it
// ends. Empty if none (a mark, a line break, the text's end).
std::string_view WordStartingAfter(std::string_view text, size_t at, size_t* end) {
  while (at < text.size() && IsBlank(text[at])) ++at;
  const std::string_view w = LetterWordStartingAt(text, at);
  *end = at + w.size();
  return w;
}

// The word right before the name at `begin` after blanks, folded ("par",
// "do"); *at is where it starts. Empty after a mark ("d'", ",").
std::string PrepositionBefore(std::string_view text, size_t begin, size_t* at) {
  return text::Fold(WordEndingBefore(text, begin, at));
}

// True if a word in lower case before "de" takes a person after it: a kin
// word, a title, a trade, a post (the lexicon's cues), or a word of
// nobility, company or what befalls someone ("le comte de X", "chez", "la
// bande de X", "l'assassinat de X").
bool TakesAPersonAfterDe(std::string_view word) {
  const std::string folded = text::Fold(word);
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  const uint32_t cues = kKinCue | kTitle | kHonorific | kRoleCue | kPostCue | kNameCue | kSpeechCue;
  if (lexicon != nullptr && (lexicon->Flags(folded) & cues) != 0) return true;
  if (IsPersonContext(folded, "de")) return true;
  static const std::unordered_set<std::string_view> kPersonNouns = {
      "comte", "comtesse", "baron", "baronne", "marquis", "marquise", "duc", "duchesse", "vicomte",
      "vicomtesse", "sieur", "chevalier", "seigneur", "prince", "princesse", "capitaine", "veuve",
      "epoux", "epouse", "enfant", "enfants", "famille", "parents", "gendre", "bru", "neveu",
      "niece", "oncle", "tante", "cousin", "cousine", "ami", "amie", "amis", "amies", "chez",
      "compagnie", "bande", "affaire", "proces", "assassinat", "assassin", "meurtre", "meurtrier",
      "arrestation", "mort", "obseques", "deces", "victime", "victimes", "portrait", "lettre",
      "domicile", "maison", "heritiers", "succession", "part", "nom", "avocat", "defenseur",
      "complice", "complices", "camarade", "camarades", "patron", "domestique", "servante",
      "passeur", "chef", "homme", "hommes", "gens", "soldats", "fils", "fille", "filles"};
  return kPersonNouns.count(folded) != 0;
}

// True if `word` (lower case, as written) reads as a past participle:
// "frappé", "tuée", "suivi", "écrit", "vendu" before "par" name who did it.
// Read with its accents: "passe par X" (the way goes) is no "passé".
bool ReadsAsAParticiple(std::string_view word) {
  for (std::string_view end : {"\xC3\xA9", "\xC3\xA9" "e", "\xC3\xA9" "s", "\xC3\xA9" "es", "i", "ie", "is", "ies",
                               "it", "ite", "u", "ue", "us", "ues"}) {
    if (word.size() > end.size() && word.substr(word.size() - end.size()) == end) return true;
  }
  return false;
}

bool StartsLowerCase(std::string_view word) {
  if (word.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(word[0]);
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return !StartsWithCapital(word, 0);
}

// True if the one-word name at f, after its preposition, is a town and
// nothing after it makes it a person: no possessive, no verb of speech or
// deed of a person; a town of the lists or a small town, and no given name
// or surname of the lists.
bool StandsAsATown(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (f.end < text.size() && text[f.end] == '\'') return false;
  size_t e1 = 0, e2 = 0, e3 = 0;
  const std::string_view a1 = WordStartingAfter(text, f.end, &e1);
  const std::string_view a2 = a1.empty() ? std::string_view() : WordStartingAfter(text, e1, &e2);
  const std::string_view a3 = a2.empty() ? std::string_view() : WordStartingAfter(text, e2, &e3);
  if (SaysWhatOnlyAPersonDoes(text::Fold(a1), text::Fold(a2), text::Fold(a3))) return false;
  const PlaceClass cls = places.ClassOf(name);
  if (cls != PlaceClass::kListed && cls != PlaceClass::kWorld && !places.IsSmallTown(name)) return false;
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  return lexicon != nullptr && (lexicon->Flags(text::Fold(name)) & (kGivenName | kSurname)) == 0;
}

// True if the name at f is a town as the header says.
bool TownAfterParOrDe(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (name.size() < 4 || name.find_first_of(" \t\n") != std::string_view::npos ||
      !StartsWithCapital(text, f.begin)) {
    return false;
  }
  size_t prep_at = 0;
  const std::string prep = PrepositionBefore(text, f.begin, &prep_at);
  const bool par = prep == "par";
  if (!par && prep != "do" && prep != "dc") return false;
  size_t prior_at = 0;
  const std::string_view prior = WordEndingBefore(text, prep_at, &prior_at);
  if (par) {
    // After a town ("Port-Navalo par X") or a word that is no participle.
    if (StartsLowerCase(prior) && ReadsAsAParticiple(prior)) return false;
  } else if (!StartsLowerCase(prior) || TakesAPersonAfterDe(prior)) {
    return false;
  }
  return StandsAsATown(text, places, f);
}

// True if the name at f follows "près d'" or "près d’" ("près
// d'Hennebont"), as "près de" reads for the place veto, and is a town of
// the lists (a word of none may be someone one sits near: "près
// d'Ouédraogo"): one word, no given name or surname of the lists, no verb of
// speech or deed after it.
bool TownAfterPresD(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (name.find_first_of(" \t\n") != std::string_view::npos || !StartsWithCapital(text, f.begin)) return false;
  size_t b = f.begin;
  while (b > 0 && IsBlank(text[b - 1])) --b;
  if (b >= 1 && text[b - 1] == '\'') {
    b -= 1;
  } else if (b >= 3 && text.substr(b - 3, 3) == "\xE2\x80\x99") {
    b -= 3;
  } else {
    return false;
  }
  if (b < 2 || (text[b - 1] != 'd' && text[b - 1] != 'D') || IsLetterByte(static_cast<unsigned char>(text[b - 2]))) {
    return false;
  }
  size_t pres_at = 0;
  if (text::Fold(WordEndingBefore(text, b - 1, &pres_at)) != "pres") return false;
  return StandsAsATown(text, places, f);
}

}  // namespace

void DropFrenchTownsAfterPrepositions(std::string_view text, const PlaceGazetteer& places,
                                      std::vector<Finding>* findings) {
  std::vector<char> drop(findings->size(), 0);
  bool any = false;
  for (size_t i = 0; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    if (!IsGuessedPerson(f) || f.end > text.size()) continue;
    drop[i] = TownAfterParOrDe(text, places, f) || TownAfterPresD(text, places, f);
    any = any || drop[i];
  }
  if (!any) return;
  // A word the text names as a person at another mention this pass keeps
  // ("M. Kaboré nous a aidés ... mis en Kaboré") stays a person here too.
  DropMarkedUnlessAPersonNamesThem(text, drop, findings);
}

}  // namespace amparo::redaction
