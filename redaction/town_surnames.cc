#include "redaction/town_surnames.h"

#include <string>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// Title case: a capital first and a lower-case letter after it ("Houston",
// not "HOUSTON", a headline's).
bool TitleCase(std::string_view text, size_t begin, size_t end) {
  if (!StartsWithCapital(text, begin)) return false;
  for (size_t k = begin + 1; k < end; ++k) {
    if (text[k] >= 'a' && text[k] <= 'z') return true;
  }
  return false;
}

}  // namespace

void ExtendGivenNamesOverTownSurnames(std::string_view text, const PlaceGazetteer& places,
                                      std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  for (Finding& f : *names) {
    if (!IsGuessedPerson(f) || f.begin >= f.end || f.end + 4 > text.size() || text[f.end] != ' ') continue;
    const size_t b = f.end + 1;
    if (!StartsWithCapital(text, b)) continue;
    const std::string_view word = LetterWordStartingAt(text, b);
    const size_t e = b + word.size();
    if (word.size() < 3 || word.size() > 32 || !TitleCase(text, b, e)) continue;
    // It ends here: a mark, a line's or the text's end, "'s", or a space
    // and a word in lower case.
    if (e < text.size()) {
      const char c = text[e];
      if (c == '-' || c == '@' || c == '_' || c == '/' || (c >= '0' && c <= '9')) continue;
      if (c == '\'' && !(e + 1 < text.size() && text[e + 1] == 's')) continue;
      if (c == ' ' && e + 1 < text.size()) {
        const unsigned char n = static_cast<unsigned char>(text[e + 1]);
        if (StartsWithCapital(text, e + 1) || (n >= '0' && n <= '9') || n >= 0x80) continue;
      }
    }
    if (places.ClassOf(word) == PlaceClass::kNone) continue;
    size_t last = 0;
    const std::string_view given = LetterWordEndingAt(text, f.end, &last);
    if (last < f.begin || given.size() < 2 || !TitleCase(text, last, f.end)) continue;
    if ((lexicon->Flags(text::Fold(given)) & kGivenName) == 0) continue;
    // "in Santiago Chile": a town and its country after a preposition of
    // place, the first taken for a given name.
    if (last == f.begin && places.ClassOf(given) != PlaceClass::kNone && f.begin > 0) {
      size_t pb = 0;
      const std::string before = text::FoldedWordBefore(text, f.begin, &pb);
      if (!before.empty() && (lexicon->Flags(before) & kPlacePrep) != 0) continue;
    }
    f.end = e;
  }
}

}  // namespace amparo::redaction
