#include "redaction/venue_names.h"

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

using text::FoldedWordBefore;

bool IsTimeWord(std::string_view folded) {
  static const std::unordered_set<std::string_view> kTime = {"tonight", "tonite", "today", "tomorrow", "tmrw",
                                                             "later", "soon"};
  return kTime.count(folded) != 0;
}

// True if "at" (or "at the") and a word of meeting or being somewhere come
// before `begin`: "be at", "see us at", "see you tonight at the".
bool MeetingAtBefore(std::string_view text, size_t begin) {
  size_t at = 0;
  std::string word = FoldedWordBefore(text, begin, &at);
  if (text.substr(at, begin - at).find_first_of(".,;:!?\n") != std::string_view::npos) return false;
  if (word == "the") word = FoldedWordBefore(text, at, &at);
  if (word != "at") return false;
  size_t before_at = 0;
  word = FoldedWordBefore(text, at, &before_at);
  if (IsTimeWord(word)) word = FoldedWordBefore(text, before_at, &before_at);
  if (text.substr(before_at, begin - before_at).find_first_of(".,;:!?\n") != std::string_view::npos) return false;
  static const std::unordered_set<std::string_view> kMeeting = {"be", "us", "you", "me", "im"};
  return kMeeting.count(word) != 0;
}

// True if the name is followed by a word of time, "for", or the end of its
// sentence, and no possessive.
bool EndsAtAVenuesPlace(std::string_view text, size_t end) {
  if (end >= text.size()) return true;
  const char c = text[end];
  if (c == '\'' || text.substr(end, 3) == "\xE2\x80\x99") return false;
  size_t k = end;
  while (k < text.size() && text[k] == ' ') ++k;
  if (k >= text.size() || std::string_view("!.?,\n").find(text[k]) != std::string_view::npos) return true;
  const std::string next = text::Fold(LetterWordStartingAt(text, k));
  static const std::unordered_set<std::string_view> kAfter = {"tonight", "tonite", "today", "tomorrow", "tmrw",
                                                              "this", "next", "for", "on", "til", "until"};
  return kAfter.count(next) != 0;
}

// True if a word of the finding is a listed given name or surname: a
// home named by its owner without the possessive ("meet me at Gomez").
bool HoldsAName(std::string_view text, const Finding& f, const NameLexicon& lexicon) {
  size_t k = f.begin;
  while (k < f.end) {
    const std::string_view word = LetterWordStartingAt(text.substr(0, f.end), k);
    if (word.empty()) {
      ++k;
      continue;
    }
    if ((lexicon.Flags(text::Fold(word)) & (kGivenName | kSurname)) != 0) return true;
    k += word.size();
  }
  return false;
}

}  // namespace

void KeepVenuesOneMeetsAt(std::string_view text, std::vector<Finding>* findings) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  size_t kept = 0;
  for (size_t i = 0; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    const bool venue = IsGuessedPerson(f) && f.end <= text.size() && f.begin < f.end &&
                       StartsWithCapital(text, f.begin) &&
                       text.substr(f.begin, f.end - f.begin).find('\n') == std::string_view::npos &&
                       MeetingAtBefore(text, f.begin) && EndsAtAVenuesPlace(text, f.end) &&
                       !HoldsAName(text, f, *lexicon);
    if (!venue) (*findings)[kept++] = f;
  }
  findings->resize(kept);
}

}  // namespace amparo::redaction
