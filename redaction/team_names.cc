#include "redaction/team_names.h"

#include <cctype>
#include <cstdint>
#include <string>
#include <vector>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

constexpr uint32_t kPersonWords = kGivenName | kSurname | kNameWord | kRouteName;
constexpr uint32_t kPersonCues = kTitle | kNameCue | kKinCue | kHonorific;

// True if `word` is a team's plural nickname: title case, five letters or
// more, ending in one "s", and neither it nor its singular ("Blackhawk",
// "Brown", "Rivers" -> "River") a name of the lists.
bool IsPluralOfNoName(std::string_view word, const NameLexicon& lexicon) {
  if (word.size() < 5 || std::isupper(static_cast<unsigned char>(word[0])) == 0 || word.back() != 's' ||
      word[word.size() - 2] == 's' || word[word.size() - 2] == '\'') {
    return false;
  }
  // Surnames of no list end so ("Tsakalidis", "Cuevas", "Barrios",
  // "Kouris"); teams' plurals rarely do ("Astros" is lost).
  const char vowel = word[word.size() - 2];
  if (vowel == 'i' || vowel == 'a' || vowel == 'o' || vowel == 'u') return false;
  for (size_t k = 1; k < word.size(); ++k) {
    if (std::islower(static_cast<unsigned char>(word[k])) == 0) return false;
  }
  const std::string folded = text::Fold(word);
  if ((lexicon.Flags(folded) & kPersonWords) != 0) return false;
  if ((lexicon.Flags(std::string_view(folded).substr(0, folded.size() - 1)) & kPersonWords) != 0) return false;
  if (folded.size() > 3 && folded.ends_with("ies")) {
    const std::string y = folded.substr(0, folded.size() - 3) + "y";
    if ((lexicon.Flags(y) & kPersonWords) != 0) return false;
  }
  return true;
}

// True if the phrase is a town of the region's list or the world's, no
// word of it a given name: "Paul Haarhuis", "Austin Rollins" are a given
// name and a surname of no list, so "Dallas Cowboys" is left redacted too.
bool IsTownOfNoGivenName(std::string_view phrase, const PlaceGazetteer& places, const NameLexicon& lexicon) {
  const PlaceClass town = places.ClassOf(phrase);
  if (town != PlaceClass::kListed && town != PlaceClass::kWorld) return false;
  for (size_t k = 0; k < phrase.size();) {
    const std::string_view word = LetterWordStartingAt(phrase, k);
    if (word.empty()) {
      ++k;
      continue;
    }
    if ((lexicon.Flags(text::Fold(word)) & kGivenName) != 0) return false;
    k += word.size();
  }
  return true;
}

// Where the town of one to three capitalized words that ends at `end` (a
// space before the nickname) begins; npos if none is there.
size_t TownEndingAt(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon, size_t end) {
  size_t begin = end;
  for (int words = 0; words < 3; ++words) {
    size_t b = 0;
    const std::string_view word = LetterWordEndingAt(text, begin, &b);
    if (word.empty() || !StartsWithCapital(text, b)) return std::string_view::npos;
    if (IsTownOfNoGivenName(text.substr(b, end - b), places, lexicon)) return b;
    if (b < 2 || text[b - 1] != ' ') return std::string_view::npos;
    begin = b - 1;
  }
  return std::string_view::npos;
}

// True if a title, naming cue or kin word stands right before `at`.
bool PersonCueBefore(std::string_view text, size_t at, const NameLexicon& lexicon) {
  size_t b = 0;
  const std::string_view word = LetterWordEndingAt(text, BeforeSpaces(text, at), &b);
  return !word.empty() && (lexicon.Flags(text::Fold(word)) & kPersonCues) != 0;
}

bool IsTeam(std::string_view text, const PlaceGazetteer& places, const Finding& f, const NameLexicon& lexicon) {
  const std::string_view name = text.substr(f.begin, f.end - f.begin);
  if (name.find('\n') != std::string_view::npos) return false;
  const size_t space = name.rfind(' ');
  const size_t nickname_at = space == std::string_view::npos ? f.begin : f.begin + space + 1;
  if (!IsPluralOfNoName(text.substr(nickname_at, f.end - nickname_at), lexicon)) return false;
  size_t town_at = std::string_view::npos;
  if (space == std::string_view::npos) {
    // The town before the finding, one space away.
    if (f.begin < 2 || text[f.begin - 1] != ' ') return false;
    town_at = TownEndingAt(text, places, lexicon, f.begin - 1);
  } else {
    // The finding's words before the nickname are the town, whole.
    const size_t town_end = nickname_at - 1;
    if (IsTownOfNoGivenName(text.substr(f.begin, town_end - f.begin), places, lexicon)) town_at = f.begin;
  }
  return town_at != std::string_view::npos && !PersonCueBefore(text, town_at, lexicon);
}

}  // namespace

void KeepTeamsNamedAfterTowns(std::string_view text, const PlaceGazetteer& places, std::vector<Finding>* findings) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  size_t kept = 0;
  for (size_t i = 0; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    const bool team = IsGuessedPerson(f) && f.end <= text.size() && f.begin < f.end && IsTeam(text, places, f, *lexicon);
    if (!team) (*findings)[kept++] = f;
  }
  findings->resize(kept);
}

}  // namespace amparo::redaction
