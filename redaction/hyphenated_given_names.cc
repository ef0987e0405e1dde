#include "redaction/hyphenated_given_names.h"

#include <string>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

bool IsLowerAsciiLetter(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

void ExtendNamesOverHyphenatedGivenNames(std::string_view text, const PlaceGazetteer& places,
                                         std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  constexpr uint32_t kNotAPart = kStopWord | kTitle | kPlacePrep | kConnector | kOrgWord | kInstitution |
                                 kNameCue | kSpeechCue | kKinCue | kHonorific | kDemonym;
  for (Finding& f : *names) {
    if (!IsGuessedPerson(f)) continue;
    // "Mi-rae Park": the detector found the syllable after the hyphen, a
    // listed given name in lower case, and left the short first part, which
    // a list has as a word ("mi"). A capitalized part of two or three
    // letters opening the word goes with it.
    if (f.begin >= 3 && text[f.begin - 1] == '-' && IsLowerAsciiLetter(text[f.begin])) {
      size_t b = f.begin - 1;
      while (b > 0 && IsLetterByte(static_cast<unsigned char>(text[b - 1])) && f.begin - 1 - b < 4) --b;
      const size_t len = f.begin - 1 - b;
      if (len >= 2 && len <= 3 && (b == 0 || text[b - 1] == ' ' || text[b - 1] == '\n') &&
          StartsWithCapital(text, b) && !text::AllCaps(text.substr(b, len))) {
        f.begin = b;
      }
      continue;
    }
    // The cheap tests first: most names have no hyphen one word before.
    if (f.begin < 6 || text[f.begin - 1] != ' ' || !StartsWithCapital(text, f.begin)) continue;
    bool hyphen = false;
    for (size_t k = f.begin - 1, steps = 0; k > 0 && steps < 40 && text[k - 1] != ' ' && text[k - 1] != '\n';
         --k, ++steps) {
      hyphen = hyphen || text[k - 1] == '-';
    }
    if (!hyphen) continue;
    size_t at = f.begin - 1;
    size_t begin = std::string_view::npos;
    size_t parts = 0;
    bool ok = true;
    while (parts < 3) {
      size_t wb = 0;
      const std::string_view w = LetterWordEndingAt(text, at, &wb);
      if (w.size() < 2 || w.size() > 12 || text::AllCaps(w)) {
        ok = false;
        break;
      }
      const std::string folded = text::Fold(w);
      const uint32_t flags = lexicon->Flags(folded);
      const bool more = wb >= 2 && text[wb - 1] == '-' && IsLetterByte(static_cast<unsigned char>(text[wb - 2]));
      // A part after the first may be a short syllable some list or
      // dictionary has ("jun" of "Seo-jun" is June's abbreviation, "ho" of
      // "Ji-ho" a word): the first part says the word is a name.
      const bool syllable = more && w.size() <= 4;
      const bool given = (flags & kGivenName) != 0;
      // The first part on no list; a dictionary may well hold a short one
      // ("Seo": joined by a hyphen it is no word). A later one on no list
      // and in no dictionary ("well-known" is no name).
      const bool unknown = (flags & ~kNameWord) == 0 && (!more || !lexicon->IsDictionaryWord(folded));
      if ((flags & kNotAPart) != 0 || !(given || unknown || syllable)) {
        ok = false;
        break;
      }
      ++parts;
      begin = wb;
      if (!more) break;
      at = wb - 1;
    }
    if (!ok || parts < 2 || !StartsWithCapital(text, begin)) continue;
    // The word before the hyphenated one ends on a space, a line or a mark:
    // not the tail of a longer compound.
    if (begin > 0 && text[begin - 1] == '-') continue;
    // Nor after an article or a preposition of place: "près le Val-André",
    // "in Saint-Jean", "à Port-Salut" name places.
    if (begin >= 2 && text[begin - 1] == ' ') {
      size_t pb = 0;
      const std::string before = text::Fold(LetterWordEndingAt(text, begin - 1, &pb));
      if (before == "le" || before == "la" || before == "les" || before == "el" || before == "los" ||
          before == "las" || before == "the" || before == "du" || before == "des" || before == "au" ||
          before == "aux" || (lexicon->Flags(before) & kPlacePrep) != 0) {
        continue;
      }
    }
    if (places.ClassOf(LetterWordStartingAt(text, begin)) != PlaceClass::kNone ||
        places.ClassOf(text.substr(begin, f.begin - 1 - begin)) != PlaceClass::kNone) {
      continue;
    }
    f.begin = begin;
  }
}

}  // namespace amparo::redaction
