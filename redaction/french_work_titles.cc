#include "redaction/french_work_titles.h"

#include <string>

#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// Where the text before `at` ends once spaces and one opening quote ("«",
// '"') are stepped over.
size_t BeforeOpeningQuote(std::string_view text, size_t at) {
  at = BeforeSpaces(text, at);
  if (at >= 2 && text.substr(at - 2, 2) == "\xC2\xAB" /* « */) return BeforeSpaces(text, at - 2);
  if (at >= 1 && text[at - 1] == '"') return BeforeSpaces(text, at - 1);
  return at;
}

// True if a noun of a work of fiction or the stage stands at most six words
// before `at` in its sentence ("un drame en trois actes , intitulé"): a
// report, a letter or a book may be entitled by a real person's name, and
// stays read as a person.
bool FictionNounBefore(std::string_view text, size_t at) {
  static constexpr std::string_view kNouns[] = {
      "drame",  "drames",   "piece",   "pieces",   "comedie",  "comedies", "opera",  "operas",
      "operette", "roman",  "romans",  "poeme",    "poemes",   "chanson",  "chansons", "vaudeville",
      "tragedie", "ballet", "revue",   "feerie",   "melodrame", "saynete", "film",   "conte"};
  for (int words = 0; words < 7 && at > 0; ++words) {
    while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == ',' || text[at - 1] == '\'')) --at;
    size_t begin = 0;
    const std::string_view word = LetterWordEndingAt(text, at, &begin);
    if (word.empty()) return false;  // a period, a line's end: another sentence
    const std::string folded = text::Fold(word);
    for (std::string_view noun : kNouns) {
      if (folded == noun) return true;
    }
    at = begin;
  }
  return false;
}

// True if "intitulé" in any gender or number ends right before `at`, after
// a noun of a work of fiction or the stage.
bool EntitledEndsAt(std::string_view text, size_t at) {
  size_t begin = 0;
  const std::string_view word = LetterWordEndingAt(text, at, &begin);
  if (word.size() < 8 || word.size() > 12) return false;
  const std::string folded = text::Fold(word);
  return (folded == "intitule" || folded == "intitulee" || folded == "intitules" || folded == "intitulees") &&
         FictionNounBefore(text, begin);
}

// True if only spaces and the particles of a name ("de", "du", "d'", "la",
// "le", "et") lie in [from, to).
bool OnlyParticlesBetween(std::string_view text, size_t from, size_t to) {
  size_t at = from;
  while (at < to) {
    if (text[at] == ' ' || text[at] == '\'') {
      ++at;
      continue;
    }
    const std::string_view word = LetterWordStartingAt(text.substr(0, to), at);
    if (word.empty()) return false;
    if (word != "de" && word != "du" && word != "d" && word != "la" && word != "le" && word != "et") return false;
    at += word.size();
  }
  return true;
}

}  // namespace

void DropFrenchWorkTitles(std::string_view text, std::vector<Finding>* findings) {
  if (text.find("ntitul") == std::string_view::npos) return;
  size_t kept = 0;
  size_t title_end = std::string_view::npos;  // where the last dropped title's name ends
  for (size_t i = 0; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    bool drop = false;
    if (IsGuessedPerson(f) && f.end <= text.size() && f.begin < f.end) {
      drop = EntitledEndsAt(text, BeforeOpeningQuote(text, f.begin)) ||
             (title_end != std::string_view::npos && title_end <= f.begin &&
              OnlyParticlesBetween(text, title_end, f.begin));
    }
    if (drop) {
      title_end = f.end;
    } else {
      (*findings)[kept++] = f;
    }
  }
  findings->resize(kept);
}

}  // namespace amparo::redaction
