#include "redaction/institution_subject_names.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/place_gazetteer.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// The word that starts at `at` if it is letters only (as IsNameLetterByte
// reads them), hyphens inside.
std::string_view NameWordAt(std::string_view text, size_t at) {
  size_t e = at;
  while (e < text.size() &&
         (IsNameLetterByte(static_cast<unsigned char>(text[e])) ||
          (text[e] == '-' && e > at && e + 1 < text.size() && IsNameLetterByte(static_cast<unsigned char>(text[e + 1]))))) {
    ++e;
  }
  return text.substr(at, e - at);
}

// True if the word before `at` (a space or an apostrophe right before it)
// is one of `words`, folded.
bool WordBeforeIs(std::string_view text, size_t at, std::initializer_list<std::string_view> words) {
  size_t end = at;
  if (end > 0 && text[end - 1] == '\'') {
    --end;
  } else if (end >= 3 && text.substr(end - 3, 3) == "\xE2\x80\x99") {
    end -= 3;
  } else if (end > 0 && text[end - 1] == ' ') {
    end = BeforeSpaces(text, end);
  } else {
    return false;
  }
  size_t b = 0;
  const std::string_view w = LetterWordEndingAt(text, end, &b);
  if (w.empty()) return false;
  const text::FoldedWord f(w);
  return std::find(words.begin(), words.end(), f.view()) != words.end();
}

// The subject's verb or an object pronoun after a French name at `at`.
bool FrenchVerbAt(std::string_view text, size_t at) {
  const std::string_view v = NameWordAt(text, at);
  if (v.empty()) return false;
  static constexpr std::string_view kPronouns[] = {"nous", "vous", "me", "m", "te", "t", "lui", "leur", "les", "l"};
  for (std::string_view p : kPronouns) {
    if (v == p) return true;
  }
  const auto ends_with = [&](std::string_view tail) {
    return v.size() >= tail.size() + 3 && v.substr(v.size() - tail.size()) == tail;
  };
  if (!ends_with("ait") && !ends_with("aient")) return false;
  // "avait lieu": the institution's event, no person's act.
  const size_t next = at + v.size() + 1;
  return !(next < text.size() && text[next - 1] == ' ' && NameWordAt(text, next) == "lieu");
}

bool KreyolVerbAt(std::string_view text, size_t at) {
  const std::string_view v = NameWordAt(text, at);
  return v == "te" || v == "t" || v == "ap" || v == "konn" || v == "pa";
}

}  // namespace

void AddNamesAfterInstitutionHeads(std::string_view text, const PlaceGazetteer& places,
                                   const std::vector<Finding>& others, std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  constexpr uint32_t kNoName = kStopWord | kMonth | kTitle | kKinCue | kOrgWord | kInstitution | kConnector |
                               kPlacePrep | kNotNameWord;
  struct Head {
    std::string_view word;
    bool kreyol;
  };
  static constexpr Head kHeads[] = {
      {"\xC3\xA9" "cole", false}, {"ecole", false},  {"lyc\xC3\xA9" "e", false}, {"lycee", false},
      {"foyer", false},           {"caserne", false}, {"h\xC3\xB4pital", false},  {"hopital", false},
      {"\xC3\xA9glise", false},   {"eglise", false},  {"salle", false},           {"orphelinat", false},
      {"pensionnat", false},      {"lek\xC3\xB2l", true}, {"lekol", true},        {"legliz", true},
      {"lopital", true},          {"Lek\xC3\xB2l", true}, {"Lekol", true},        {"Legliz", true},
      {"Lopital", true}};
  std::vector<std::pair<size_t, size_t>> added;
  for (const Head& head : kHeads) {
    for (size_t p = text.find(head.word); p != std::string_view::npos; p = text.find(head.word, p + 1)) {
      const size_t after_head = p + head.word.size();
      if (after_head >= text.size() || text[after_head] != ' ') continue;
      // A word of its own: no letter glued before it ("pécole", "bécole").
      if (p > 0 && IsNameLetterByte(static_cast<unsigned char>(text[p - 1]))) continue;
      size_t at = after_head + 1;
      if (head.kreyol) {
        const std::string_view det = NameWordAt(text, at);
        if (!(det == "la" || det == "a" || det == "an")) continue;
        at += det.size();
        if (at >= text.size() || text[at] != ' ') continue;
        ++at;
      } else if (!WordBeforeIs(text, p, {"l", "le", "la", "au", "du"})) {
        continue;
      }
      if (!StartsWithCapital(text, at)) continue;
      const std::string_view word = NameWordAt(text, at);
      const size_t end = at + word.size();
      if (word.size() < 3 || end >= text.size() || text[end] != ' ' || StartsWithCapital(text, end + 1)) continue;
      if (!(head.kreyol ? KreyolVerbAt(text, end + 1) : FrenchVerbAt(text, end + 1))) continue;
      const text::FoldedWord f(word);
      // A listed given name or surname though a dictionary has it ("À
      // l'école Pierre nous frappait"); "l'école Normale" is no name.
      const uint32_t flags = lexicon->Flags(f.view());
      if ((flags & kNoName) != 0) continue;
      if (lexicon->IsDictionaryWord(f.view()) && (flags & (kGivenName | kSurname)) == 0) continue;
      if (places.ClassOf(word) != PlaceClass::kNone || places.IsSmallTown(word)) continue;
      added.emplace_back(at, end);
    }
  }
  if (added.empty()) return;
  std::sort(added.begin(), added.end());
  added.erase(std::unique(added.begin(), added.end()), added.end());
  AddPersonsOverlappingNothing(added, others, names);
}

}  // namespace amparo::redaction
