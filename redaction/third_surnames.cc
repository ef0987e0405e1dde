#include "redaction/third_surnames.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

bool HasLower(std::string_view w) {
  for (unsigned char c : w) {
    if (std::islower(c) != 0) return true;
  }
  return false;
}

// True if every letter after the first is a lower-case Latin one ("Tum",
// "Tzoc", "Menchú"): no "Nº", "McDonald" or capitals.
bool LowerAfterFirst(std::string_view w) {
  size_t i = static_cast<unsigned char>(w[0]) < 0x80 ? 1 : 2;
  for (; i < w.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(w[i]);
    if (c < 0x80) {
      if (std::islower(c) == 0) return false;
    } else if (c == 0xC3 && i + 1 < w.size() && static_cast<unsigned char>(w[i + 1]) >= 0xA0 &&
               static_cast<unsigned char>(w[i + 1]) != 0xB7) {
      ++i;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

void ExtendNamesOverThirdSurnames(std::string_view text, std::string_view language,
                                  const PlaceGazetteer& places, std::vector<Finding>* names) {
  if (language.substr(0, 2) != "es") return;
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  constexpr uint32_t kNoSurname = kStopWord | kMonth | kTitle | kPlacePrep | kConnector | kOrgWord |
                                  kInstitution | kNameCue | kSpeechCue | kHonorific | kDemonym | kKinCue |
                                  kRoleCue | kPostCue;
  for (Finding& f : *names) {
    if (!IsGuessedPerson(f) || f.end + 2 >= text.size() || f.begin >= f.end) continue;
    const std::string_view name = text.substr(f.begin, f.end - f.begin);
    if (name.find(' ') == std::string_view::npos || text[f.end] != ' ') continue;
    const size_t b = f.end + 1;
    size_t e = b;
    while (e < text.size() && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
    if (e - b < 2 || !StartsWithCapital(text, b)) continue;
    const std::string_view word = text.substr(b, e - b);
    if (HasLower(name) ? !LowerAfterFirst(word) : HasLower(word)) continue;
    // Not a label ("Col:").
    if (e < text.size() && text[e] == ':') continue;
    // Then the end, punctuation, or a word in lower case.
    if (e < text.size() && text[e] != ' ' && IsLetterByte(static_cast<unsigned char>(text[e]))) continue;
    if (e + 1 < text.size() && text[e] == ' ' && StartsWithCapital(text, e + 1)) continue;
    if (e < text.size() && (text[e] == '-' || text[e] == '\'')) continue;
    // Not the head of an institution's name: "Departament de Urología".
    if (text.substr(e, 4) == " de " || text.substr(e, 5) == " del ") {
      const size_t next = text.find(' ', e + 1) + 1;
      if (next < text.size() && StartsWithCapital(text, next)) continue;
    }
    const std::string folded = text::Fold(word);
    const uint32_t flags = lexicon->Flags(folded);
    if ((flags & kNoSurname) != 0) continue;
    // An ordinary word after a name is a label or a heading ("Correo
    // electrónico", "Sección de Urología") unless a list says surname.
    // An ordinary word of some language ("Tum") only after a name of two
    // words, then a function word (not "de": "Sección de") or punctuation.
    if ((flags & kSurname) == 0 && lexicon->IsDictionaryWord(folded)) {
      bool closes = e >= text.size() || std::string_view(",.;)").find(text[e]) != std::string_view::npos;
      if (!closes && text[e] == ' ') {
        size_t ne = e + 1;
        while (ne < text.size() && IsLetterByte(static_cast<unsigned char>(text[ne]))) ++ne;
        const std::string next = text::Fold(text.substr(e + 1, ne - e - 1));
        closes = next != "de" && next != "del" && (lexicon->Flags(next) & kStopWord) != 0;
      }
      if (!closes || std::count(name.begin(), name.end(), ' ') != 1) continue;
    }
    if (places.ClassOf(word) != PlaceClass::kNone) continue;
    f.end = e;
  }
}

}  // namespace amparo::redaction
