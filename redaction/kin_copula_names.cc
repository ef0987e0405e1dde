#include "redaction/kin_copula_names.h"

#include <cstdint>
#include <utility>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/place_gazetteer.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// The marks that may follow the name before its line ends.
bool ClosesAfterName(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '.' || c == '!' || c == '?' || c == ',' || c == '"' ||
         c == ')' || c == '\'';
}

// A word ends a clause the kin word must lie in.
bool EndsClause(char c) { return c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n'; }

}  // namespace

void AddRelativesNamedAfterACopula(std::string_view text, const PlaceGazetteer& places,
                                   const std::vector<Finding>& others, std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  // Words of the kin class that say no relation: "soy", "tal", "called"...
  static constexpr std::string_view kNoRelation[] = {"soy", "tal", "certain", "certaine", "called", "nicknamed",
                                                     "apodada"};
  constexpr uint32_t kNoName = kStopWord | kMonth | kTitle | kKinCue | kOrgWord | kDemonym | kPlacePrep |
                               kConnector | kNameCue | kSpeechCue | kNicknameCue | kNotNameWord | kOrgSuffix |
                               kInstitution | kPlaceSuffix | kObjectPronoun;
  std::vector<std::pair<size_t, size_t>> added;
  size_t line_end = 0;
  for (size_t b = 0; b <= text.size(); b = line_end + 1) {
    line_end = text.find('\n', b);
    if (line_end == std::string_view::npos) line_end = text.size();
    // The line's last word, past what may close it.
    size_t e = line_end;
    while (e > b && ClosesAfterName(text[e - 1])) --e;
    size_t wb = e;
    while (wb > b && IsNameLetterByte(static_cast<unsigned char>(text[wb - 1]))) --wb;
    if (e - wb < 3 || !(text[wb] >= 'a' && text[wb] <= 'z')) continue;
    if (wb > b && text[wb - 1] != ' ') continue;  // "jean-robert", "l'ami": read elsewhere
    // The copula right before it.
    size_t cb = 0;
    const size_t ce = BeforeSpaces(text, wb);
    const std::string_view copula = LetterWordEndingAt(text, ce, &cb);
    if (cb < b || !(copula == "is" || copula == "es" || copula == "est")) continue;
    // A kin word within six words before the copula, in its clause.
    bool kin = false;
    size_t k = cb;
    for (int words = 0; words < 6 && !kin && k > b; ++words) {
      while (k > b && !IsNameLetterByte(static_cast<unsigned char>(text[k - 1])) && !EndsClause(text[k - 1])) --k;
      if (k == b || EndsClause(text[k - 1])) break;
      size_t kb = k;
      while (kb > b && IsNameLetterByte(static_cast<unsigned char>(text[kb - 1]))) --kb;
      const text::FoldedWord f(text.substr(kb, k - kb));
      if (lexicon->Flags(f.view()) & kKinCue) {
        kin = true;
        for (std::string_view w : kNoRelation) kin = kin && f.view() != w;
      }
      k = kb;
    }
    if (!kin) continue;
    const std::string_view word = text.substr(wb, e - wb);
    const text::FoldedWord f(word);
    const uint32_t flags = lexicon->Flags(f.view());
    if (flags & kNoName) continue;
    const bool given = (flags & (kGivenName | kRouteName)) && !(flags & (kCommonWord | kCommonName));
    if (!given && (lexicon->IsDictionaryWord(f.view()) || (flags & kCommonWord))) continue;
    if (places.ClassOf(word) != PlaceClass::kNone) continue;
    added.emplace_back(wb, e);
  }
  if (!added.empty()) AddPersonsOverlappingNothing(added, others, names);
}

}  // namespace amparo::redaction
