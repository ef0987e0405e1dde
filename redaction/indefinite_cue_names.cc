#include "redaction/indefinite_cue_names.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/place_gazetteer.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// A cue in lower case with the article it needs before it.
struct Cue {
  std::string_view word;
  std::string_view article;
};

constexpr Cue kCues[] = {{"certain", "un"}, {"certaine", "une"}, {"s\xC3\xA8ten", "yon"}, {"seten", "yon"},
                         {"tal", "un"},     {"tal", "una"},      {"certain", "a"}};

// The word of letters (hyphens inside) that starts at `at`.
std::string_view NameWordAt(std::string_view text, size_t at) {
  size_t e = at;
  while (e < text.size() &&
         (IsNameLetterByte(static_cast<unsigned char>(text[e])) ||
          (text[e] == '-' && e > at && e + 1 < text.size() && IsNameLetterByte(static_cast<unsigned char>(text[e + 1]))))) {
    ++e;
  }
  return text.substr(at, e - at);
}

}  // namespace

void AddNamesAfterIndefiniteCues(std::string_view text, const PlaceGazetteer& places,
                                 const std::vector<Finding>& others, std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  // Only an organisation's or institution's word: after the cue a
  // capitalized weekday's abbreviation or pronoun is a name ("Sun", "Li").
  constexpr uint32_t kNoName = kOrgWord | kInstitution;
  std::vector<std::pair<size_t, size_t>> added;
  // Each cue word once: "tal" and "certain" serve two articles.
  for (size_t c = 0; c < std::size(kCues); ++c) {
    bool seen = false;
    for (size_t d = 0; d < c; ++d) seen = seen || kCues[d].word == kCues[c].word;
    if (seen) continue;
    const std::string_view cue = kCues[c].word;
    for (size_t p = text.find(cue); p != std::string_view::npos; p = text.find(cue, p + 1)) {
      const size_t after = p + cue.size();
      if (p < 2 || text[p - 1] != ' ' || after + 1 >= text.size() || text[after] != ' ') continue;
      size_t ab = 0;
      const text::FoldedWord article(LetterWordEndingAt(text, p - 1, &ab));  // "Un certain"
      bool cued = false;
      for (const Cue& k : kCues) cued = cued || (k.word == cue && k.article == article.view());
      if (!cued) continue;
      size_t at = after + 1;
      // A title opening the run is passed: "un certain Monsieur Li".
      {
        const std::string_view first = NameWordAt(text, at);
        if (!first.empty() && StartsWithCapital(text, at)) {
          const text::FoldedWord f(first);
          size_t next = at + first.size();
          if (next < text.size() && text[next] == '.') ++next;
          const bool french_mister = first == "M" && next > at + first.size();  // "M. Li"
          if (((lexicon->Flags(f.view()) & (kTitle | kHonorific)) != 0 || french_mister) && next < text.size() &&
              text[next] == ' ') {
            at = next + 1;
          }
        }
      }
      const size_t begin = at;
      size_t end = at;
      bool ok = true;
      for (int words = 0; words < 3 && StartsWithCapital(text, at); ++words) {
        const std::string_view w = NameWordAt(text, at);
        if (w.empty()) break;
        const text::FoldedWord f(w);
        if (text::AllCaps(w) && w.size() > 1) ok = false;
        if ((lexicon->Flags(f.view()) & kNoName) != 0) ok = false;
        end = at + w.size();
        if (w.size() == 1 && end < text.size() && text[end] == '.') ++end;  // an initial: "J. Dupont"
        if (end + 1 >= text.size() || text[end] != ' ') break;
        at = end + 1;
      }
      if (!ok || end <= begin) continue;
      // A place of the hand-written list; a world town of one word ("Sun",
      // "Li") is as often a name, and the cue says which.
      if (places.IsPlace(text.substr(begin, end - begin))) continue;
      added.emplace_back(begin, end);
    }
  }
  if (added.empty()) return;
  std::sort(added.begin(), added.end());
  added.erase(std::unique(added.begin(), added.end()), added.end());
  AddPersonsOverlappingNothing(added, others, names);
}

}  // namespace amparo::redaction
