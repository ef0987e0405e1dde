#include "redaction/non_person_words.h"

#include <cctype>
#include <cstring>
#include <string>
#include <unordered_set>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

bool IsGodWord(std::string_view folded) {
  return folded == "god" || folded == "dios" || folded == "dieu" || folded == "bondye" || folded == "allah" ||
         folded == "jehova" || folded == "yahweh";
}

// Two to five capitals, then "de", "of", ":", "=" or nothing, and a digit.
bool IsAcronymBeforeAScore(std::string_view text, const Finding& f) {
  const std::string_view word = text.substr(f.begin, f.end - f.begin);
  if (word.size() < 2 || word.size() > 5) return false;
  for (unsigned char c : word) {
    if (std::isupper(c) == 0) return false;
  }
  size_t at = f.end;
  auto skip_spaces = [&] {
    while (at < text.size() && text[at] == ' ') ++at;
  };
  skip_spaces();
  if (at < text.size() && (text[at] == ':' || text[at] == '=')) {
    ++at;
  } else if (text.substr(at, 3) == "de " || text.substr(at, 3) == "of ") {
    at += 3;
  }
  skip_spaces();
  if (at >= text.size() || std::isdigit(static_cast<unsigned char>(text[at])) == 0) return false;
  // An age is no score: "mi hija KARLA de 15 años" is a person.
  while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at])) != 0) ++at;
  skip_spaces();
  size_t e = at;
  while (e < text.size() && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
  static const std::unordered_set<std::string_view> kAgeUnits = {
      "ano", "anos", "anitos", "mes", "meses", "year", "years", "yr", "yrs", "ans", "an", "mois", "lane", "ane"};
  return kAgeUnits.count(text::Fold(text.substr(at, e - at))) == 0;
}

}  // namespace

void DropNonPersonWords(std::string_view text, std::vector<Finding>* findings) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  size_t kept = 0;
  for (size_t i = 0; i < findings->size(); ++i) {
    Finding& f = (*findings)[i];
    // A title opening the name stays: "Officer [PERSON-1]", as "Dr.
    // [PERSON-1]" does (a title that is part of the name, "Pope Francis",
    // "Lady Gaga", is no title here).
    if (lexicon != nullptr && f.type == IdentifierType::kPersonName &&
        std::strcmp(f.detector, "names") == 0 && f.end <= text.size()) {
      size_t e = f.begin;
      while (e < f.end && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
      const uint32_t flags = lexicon->Flags(text::Fold(text.substr(f.begin, e - f.begin)));
      if (e > f.begin && e + 1 < f.end && text[e] == ' ' && (flags & kTitle) != 0 &&
          (flags & (kHonorific | kGivenName | kSurname)) == 0 && StartsWithCapital(text, e + 1)) {
        f.begin = e + 1;
      }
    }
    bool drop = false;
    if (f.type == IdentifierType::kPersonName && std::strcmp(f.detector, "names") == 0 &&
        f.end <= text.size() && f.begin < f.end) {
      const std::string_view word = text.substr(f.begin, f.end - f.begin);
      const std::string folded = text::Fold(word);
      // A kin word after a possessive ("Mi Mamá: ya llegué", "my Mom")
      // names a role, not a person.
      const uint32_t flags = lexicon == nullptr ? 0 : lexicon->Flags(folded);
      bool kin_word = false;
      if ((flags & kKinCue) != 0 && word.find(' ') == std::string_view::npos && f.begin > 1 &&
          text[f.begin - 1] == ' ') {
        size_t b = f.begin - 1;
        while (b > 0 && IsLetterByte(static_cast<unsigned char>(text[b - 1]))) --b;
        const std::string before = text::Fold(text.substr(b, f.begin - 1 - b));
        kin_word = before == "mi" || before == "my" || before == "ma" || before == "mon" || before == "su" ||
                   before == "tu" || before == "our" || before == "nuestra" || before == "nuestro";
      }
      drop = IsGodWord(folded) || IsAcronymBeforeAScore(text, f) || kin_word;
    }
    if (!drop) (*findings)[kept++] = f;
  }
  findings->resize(kept);
}

}  // namespace amparo::redaction
