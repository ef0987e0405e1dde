#include "redaction/award_eponyms.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// An award's head word after its eponym.
bool AwardWord(std::string_view w) {
  return w == "Prize" || w == "Prizes" || w == "Award" || w == "Medal" || w == "Trophy";
}

// The word (letters) one space after `end`, or empty; *after is where it ends.
std::string_view WordAfter(std::string_view text, size_t end, size_t* after) {
  *after = end;
  if (end + 1 >= text.size() || text[end] != ' ') return {};
  const std::string_view w = LetterWordStartingAt(text, end + 1);
  *after = end + 1 + w.size();
  return w;
}

// True if what follows an eponym after "prix" or "premio" closes the
// award's name: a mark, the line's or the text's end, a year, or a word
// that goes on with the award ("de la paix", "en 1987", "pour son
// roman"). Those head words are also the price and the reward: a verb
// after the name ("le prix Moreau demandait", "el premio Moreau no lo
// pagó") says who asked or was paid.
bool ClosesTheAwardsName(std::string_view text, size_t e) {
  if (e >= text.size()) return true;
  if (std::string_view(".,;:!?)\r\n").find(text[e]) != std::string_view::npos) return true;
  if (text[e] != ' ' || e + 1 >= text.size()) return false;
  if (text[e + 1] >= '0' && text[e + 1] <= '9') return true;
  const std::string next = text::Fold(LetterWordStartingAt(text, e + 1));
  static constexpr std::string_view kGoesOn[] = {"de", "del", "du", "des", "d", "en", "pour", "para", "por"};
  return std::ranges::find(kGoesOn, std::string_view(next)) != std::end(kGoesOn);
}

// True if the one-word name over text[b, e) names an award.
bool AwardEponym(std::string_view text, size_t b, size_t e) {
  size_t after = 0;
  const std::string_view next = WordAfter(text, e, &after);
  if (AwardWord(next)) return true;
  if (!next.empty() && StartsWithCapital(text, e + 1)) {
    size_t after2 = 0;
    if (AwardWord(WordAfter(text, after, &after2))) return true;
  }
  // "premio Nobel", "prix Goncourt": the head word before, nothing
  // capitalized after. The look-behind is guarded: b >= 2.
  if (b < 2 || text[b - 1] != ' ') return false;
  size_t hb = 0;
  const std::string head = text::Fold(LetterWordEndingAt(text, b - 1, &hb));
  if (head != "premio" && head != "prix") return false;
  return (next.empty() || !StartsWithCapital(text, e + 1)) && ClosesTheAwardsName(text, e);
}

}  // namespace

void KeepAwardEponyms(std::string_view text, std::vector<Finding>* names) {
  std::vector<char> eponym(names->size(), 0);
  bool any = false;
  for (size_t i = 0; i < names->size(); ++i) {
    const Finding& f = (*names)[i];
    if (!IsGuessedPerson(f) || f.begin >= f.end || f.end > text.size()) continue;
    const std::string_view name = text.substr(f.begin, f.end - f.begin);
    const std::string_view first = LetterWordStartingAt(text, f.begin);
    if (!StartsWithCapital(text, f.begin)) continue;
    // "Nobel Prize" found as one name of two words: the award's.
    if (first.size() != name.size()) {
      const bool with_award = name.size() > first.size() + 1 && name[first.size()] == ' ' &&
                              AwardWord(name.substr(first.size() + 1));
      eponym[i] = with_award ? 1 : 0;
    } else {
      eponym[i] = AwardEponym(text, f.begin, f.end) ? 1 : 0;
    }
    any = any || eponym[i] != 0;
  }
  if (!any) return;
  // A word redacted as a person elsewhere in the text stays redacted in the
  // award too ("I confided in Abernathy ... the Abernathy Award"): kept
  // there, it would tell the name. Each other name's words, folded.
  std::unordered_set<std::string> elsewhere;
  for (size_t i = 0; i < names->size(); ++i) {
    const Finding& f = (*names)[i];
    if (eponym[i] != 0 || !IsPersonFinding(f) || f.begin >= f.end || f.end > text.size()) continue;
    for (size_t k = f.begin; k < f.end;) {
      const std::string_view w = LetterWordStartingAt(text, k);
      if (w.empty()) {
        ++k;
        continue;
      }
      if (k + w.size() <= f.end) elsewhere.insert(text::Fold(w));
      k += w.size();
    }
  }
  size_t i = 0;
  std::erase_if(*names, [&](const Finding& f) {
    const bool drop = eponym[i++] != 0 && !elsewhere.contains(text::Fold(LetterWordStartingAt(text, f.begin)));
    return drop;
  });
}

}  // namespace amparo::redaction
