#include "redaction/vietnamese_names.h"

#include <algorithm>
#include <string>

#include "redaction/byte_scan.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// A capitalized ASCII word of two to four letters, the rest in lower case
// ("Thu", "Hai", "Anh"), that no list calls a function word, a title, a cue
// or a place word, and no place of the gazetteer. A day's or a month's
// abbreviation may be one ("Thu"): next to a name it is no date.
bool ShortNamePart(std::string_view w, const NameLexicon& lexicon, const PlaceGazetteer& places) {
  if (w.size() < 2 || w.size() > 4 || w[0] < 'A' || w[0] > 'Z') return false;
  for (char c : w.substr(1)) {
    if (!IsAsciiLower(c)) return false;
  }
  constexpr uint32_t kNoPart = kStopWord | kTitle | kPlacePrep | kConnector | kOrgWord | kInstitution |
                               kNameCue | kSpeechCue | kKinCue | kHonorific | kDemonym | kRoleCue | kPostCue;
  if ((lexicon.Flags(text::Fold(w)) & kNoPart) != 0) return false;
  return places.ClassOf(w) == PlaceClass::kNone;
}

// The common Vietnamese surnames, which open a name in Vietnamese order and
// close it in Western order.
bool VietnameseSurname(std::string_view w) {
  static constexpr std::string_view kSurnames[] = {"Nguyen", "Tran", "Pham", "Hoang", "Huynh", "Phan",
                                                   "Truong", "Duong", "Dinh", "Trinh", "Luong", "Ngo"};
  return std::ranges::find(kSurnames, w) != std::end(kSurnames);
}

}  // namespace

void ExtendVietnameseNames(std::string_view text, const PlaceGazetteer& places, std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  // Findings in text order, by index: the names on either side of a word.
  std::vector<size_t> order;
  for (size_t i = 0; i < names->size(); ++i) {
    if (IsGuessedPerson((*names)[i])) order.push_back(i);
  }
  std::ranges::sort(order, [&](size_t a, size_t b) { return (*names)[a].begin < (*names)[b].begin; });
  for (size_t k = 0; k < order.size(); ++k) {
    Finding& f = (*names)[order[k]];
    if (f.begin >= f.end) continue;
    // After the name: a middle name before the next name, or the given name
    // after "Thi" or "Van".
    if (f.end + 3 < text.size() && text[f.end] == ' ') {
      const size_t b = f.end + 1;
      const std::string_view word = LetterWordStartingAt(text, b);
      const size_t e = b + word.size();
      const bool word_ends = e == text.size() || !(IsLetterByte(static_cast<unsigned char>(text[e])) ||
                                                   text[e] == '-' || text[e] == '\'');
      if (word_ends && ShortNamePart(word, *lexicon, places)) {
        const bool before_name = k + 1 < order.size() && e + 1 < text.size() && text[e] == ' ' &&
                                 (*names)[order[k + 1]].begin == e + 1 &&
                                 (VietnameseSurname(LetterWordStartingAt(text, f.begin)) ||
                                  VietnameseSurname(LetterWordStartingAt(text, e + 1)));
        size_t lb = 0;
        const std::string_view last = LetterWordEndingAt(text, f.end, &lb);
        const bool after_middle = lb > f.begin && (last == "Thi" || last == "Van");
        if (before_name || after_middle) {
          f.end = e;
          continue;
        }
      }
    }
    // Before the name: the given name before a Vietnamese surname.
    if (f.begin >= 3 && text[f.begin - 1] == ' ' && VietnameseSurname(LetterWordStartingAt(text, f.begin))) {
      size_t wb = 0;
      const std::string_view word = LetterWordEndingAt(text, f.begin - 1, &wb);
      if (!ShortNamePart(word, *lexicon, places)) continue;
      if (wb > 0 && text[wb - 1] != ' ' && text[wb - 1] != '\n' && text[wb - 1] != '\t') continue;
      // No capitalized word right before it: a run of capitals is a heading
      // or the detector's to read.
      if (wb >= 2 && text[wb - 1] == ' ' && IsLetterByte(static_cast<unsigned char>(text[wb - 2]))) {
        size_t pb = 0;
        LetterWordEndingAt(text, wb - 1, &pb);
        if (StartsWithCapital(text, pb)) continue;
      }
      f.begin = wb;
    }
  }
}

}  // namespace amparo::redaction
