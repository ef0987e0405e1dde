#include "redaction/hyphenated_given_names.h"

#include <cstring>
#include <string>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {

void ExtendNamesOverHyphenatedGivenNames(std::string_view text, const PlaceGazetteer& places,
                                         std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  constexpr uint32_t kNotAPart = kStopWord | kTitle | kPlacePrep | kConnector | kOrgWord | kInstitution |
                                 kNameCue | kSpeechCue | kKinCue | kHonorific | kDemonym;
  for (Finding& f : *names) {
    // The cheap tests first: most names have no hyphen one word before.
    if ((f.type != IdentifierType::kPersonName && f.type != IdentifierType::kSurvivorName) ||
        std::strcmp(f.detector, "names") != 0 || f.begin < 6 || text[f.begin - 1] != ' ' ||
        !StartsWithCapital(text, f.begin)) {
      continue;
    }
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
