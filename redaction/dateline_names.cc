#include "redaction/dateline_names.h"

#include <utility>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/name_lists.h"
#include "redaction/organisation_names.h"
#include "redaction/place_veto.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// The end of the word starting at b.
size_t WordEnd(std::string_view text, size_t b) {
  size_t e = b;
  while (e < text.size() && IsNameLetterByte(static_cast<unsigned char>(text[e]))) ++e;
  return e;
}

// The word at [b, e) may be a name of no list: capitalized, not in
// capitals, no list marks it but the name lists, no dictionary, gazetteer
// or organisation holds it.
bool UnlistedName(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon, size_t b,
                  size_t e) {
  const std::string_view word = text.substr(b, e - b);
  if (word.size() < 3 || word.size() > 30 || !StartsWithCapital(text, b) || text::AllCaps(word)) return false;
  const text::FoldedWord folded(word);
  if ((lexicon.Flags(folded.view()) & ~kNameLists) != 0 || lexicon.IsDictionaryWord(folded.view())) return false;
  return places.ClassOf(word) == PlaceClass::kNone && !IsOrganisationName(word);
}

}  // namespace

void AddNamesOpeningADateline(std::string_view text, const PlaceGazetteer& places,
                              const std::vector<Finding>& others, std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  std::vector<std::pair<size_t, size_t>> added;
  for (size_t line = 0; line < text.size();) {
    size_t next = text.find('\n', line);
    if (next == std::string_view::npos) next = text.size();
    size_t b = line;
    while (b < next && (text[b] == ' ' || text[b] == '\t')) ++b;
    const size_t e = WordEnd(text, b);
    if (e > b && e < next && UnlistedName(text, places, *lexicon, b, e)) {
      if (text[e] == ',') {
        // "Yubelkis, 12 de marzo".
        if (FollowedByADate(text, e)) added.emplace_back(b, e);
      } else if (text[e] == ' ') {
        // "Yubelkis Tapachula, 12 de marzo": one to three words of a
        // gazetteer's place, then the date.
        size_t end = e;
        for (int words = 0; words < 3; ++words) {
          const size_t wb = end + 1;
          if (wb >= next || (words > 0 && text[end] != ' ')) break;
          const size_t we = WordEnd(text, wb);
          if (we == wb || !StartsWithCapital(text, wb)) break;
          end = we;
          if (places.ClassOf(text.substr(e + 1, end - e - 1)) != PlaceClass::kNone && FollowedByADate(text, end)) {
            added.emplace_back(b, e);
            break;
          }
        }
      }
    }
    line = next + 1;
  }
  if (!added.empty()) AddPersonsOverlappingNothing(added, others, names);
}

}  // namespace amparo::redaction
