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
  // No possessive, no verb of speech or deed of a person after it.
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

// True if one OCR slip turns the folded word into the name of a town of
// the lists of six letters or more: a letter misread ("Cherboprg",
// "Reunes"), lost ("Marakech"), added or two swapped.
bool OneSlipFromATown(const PlaceGazetteer& places, const std::string& word) {
  if (word.size() < 6 || word.size() > 24) return false;
  for (unsigned char c : word) {
    if (c < 'a' || c > 'z') return false;  // folded: ASCII letters only
  }
  std::string candidate;
  auto is_town = [&](std::string& c) {
    if (c.size() < 6) return false;
    c[0] = static_cast<char>(c[0] - 'a' + 'A');  // "=" names match capitalized only
    const PlaceClass cls = places.ClassOf(c);
    const bool town = cls == PlaceClass::kListed || cls == PlaceClass::kWorld || places.IsSmallTown(c);
    c[0] = static_cast<char>(c[0] - 'A' + 'a');
    return town;
  };
  for (size_t i = 0; i < word.size(); ++i) {
    candidate = word;
    candidate.erase(i, 1);  // an added letter
    if (is_town(candidate)) return true;
    if (i + 1 < word.size() && word[i] != word[i + 1]) {
      candidate = word;
      std::swap(candidate[i], candidate[i + 1]);
      if (is_town(candidate)) return true;
    }
  }
  for (size_t i = 0; i <= word.size(); ++i) {
    for (char c = 'a'; c <= 'z'; ++c) {
      if (i < word.size() && c != word[i]) {  // a misread letter
        candidate = word;
        candidate[i] = c;
        if (is_town(candidate)) return true;
      }
      candidate = word;  // a lost letter
      candidate.insert(candidate.begin() + static_cast<std::ptrdiff_t>(i), c);
      if (is_town(candidate)) return true;
    }
  }
  return false;
}

// True if the words before a name say a place for a town that OCR damaged:
// "au", "en", "par", "vers", "dans", "entre", or "de" and its OCR forms
// after a word of a town's places, offices or people ("l'hôpital de X",
// "la garnison de X", "les habitants de X"). Not "à", which takes people
// ("donna une poussée à X"), nor its OCR forms ("il", "ë").
bool SaysAPlaceForADamagedTown(std::string_view text, const Finding& f) {
  size_t prep_at = 0;
  const std::string prep = text::Fold(WordEndingBefore(text, f.begin, &prep_at));
  size_t prior_at = 0;
  const std::string_view prior = WordEndingBefore(text, prep_at, &prior_at);
  // Not "confiance en X" (person_context.h), not "frappé par X".
  if (prep == "au" || prep == "aux" || prep == "en" || prep == "par" || prep == "vers" || prep == "dans" ||
      prep == "entre") {
    return !IsPersonContext(text::Fold(prior), prep) && !(prep == "par" && ReadsAsAParticiple(prior));
  }
  if (!StartsLowerCase(prior)) return false;
  if (prep != "de" && prep != "do" && prep != "dc") return false;
  static const std::unordered_set<std::string_view> kTownWords = {
      "ville", "commune", "bourg", "village", "port", "gare", "ligne", "route", "canton",
      "arrondissement", "environs", "region", "diocese", "eveque", "eveques", "eveche", "habitants",
      "marche", "foire", "garnison", "hopital", "hospice", "tribunal", "prison", "mairie", "maire",
      "cure", "recteur", "paroisse", "rade", "plage", "faubourg", "quartier", "eglise", "cathedrale",
      "lycee", "college", "caserne", "arsenal", "usine", "prefecture", "prefet", "catastrophe",
      "campagne", "pays", "departement"};
  return kTownWords.count(text::Fold(prior)) != 0;
}

// True if the name at f is a town of the lists that OCR damaged, where the
// text says a place (see the header).
bool DamagedTownWhereAPlaceIsSaid(std::string_view text, const PlaceGazetteer& places, const Finding& f) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (name.find_first_of(" \t\n-") != std::string_view::npos || !StartsWithCapital(text, f.begin)) {
    return false;
  }
  if (!SaysAPlaceForADamagedTown(text, f)) return false;
  if (f.end < text.size() && text[f.end] == '\'') return false;
  size_t e1 = 0, e2 = 0, e3 = 0;
  const std::string_view a1 = WordStartingAfter(text, f.end, &e1);
  const std::string_view a2 = a1.empty() ? std::string_view() : WordStartingAfter(text, e1, &e2);
  const std::string_view a3 = a2.empty() ? std::string_view() : WordStartingAfter(text, e2, &e3);
  if (SaysWhatOnlyAPersonDoes(text::Fold(a1), text::Fold(a2), text::Fold(a3))) return false;
  const std::string folded = text::Fold(name);
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr ||
      (lexicon->Flags(folded) & (kGivenName | kSurname | kCommonWord | kStopWord | kTitle)) != 0 ||
      lexicon->IsDictionaryWord(folded)) {
    return false;
  }
  const PlaceClass cls = places.ClassOf(name);
  if (cls != PlaceClass::kNone || places.IsSmallTown(name)) return false;  // no slip: other rules
  return OneSlipFromATown(places, folded);
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

}  // namespace

void DropFrenchTownsAfterPrepositions(std::string_view text, const PlaceGazetteer& places,
                                      std::vector<Finding>* findings) {
  std::vector<char> drop(findings->size(), 0);
  bool any = false;
  for (size_t i = 0; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    if (std::string_view(f.detector) != "names" || !IsPersonFinding(f) || f.end > text.size()) continue;
    drop[i] = TownAfterParOrDe(text, places, f) || TownAfterPresD(text, places, f) ||
              DamagedTownWhereAPlaceIsSaid(text, places, f);
    any = any || drop[i];
  }
  if (!any) return;
  // A word the text names as a person at another mention this pass keeps
  // ("M. Kaboré nous a aidés ... mis en Kaboré") stays a person here too.
  std::unordered_set<std::string> person_words;
  for (size_t i = 0; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    if (!drop[i] && IsPersonFinding(f) && f.end <= text.size()) AddFoldedWordsOf(text, f, &person_words);
  }
  size_t kept = 0;
  for (size_t i = 0; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    if (drop[i] && person_words.count(text::Fold(text.substr(f.begin, f.end - f.begin))) == 0) continue;
    (*findings)[kept++] = f;
  }
  findings->resize(kept);
}

}  // namespace amparo::redaction
