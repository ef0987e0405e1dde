#include "redaction/quoted_apposition_nicknames.h"

#include <utility>

#include "redaction/name_detector_text.h"
#include "redaction/place_gazetteer.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

bool IsPersonNoun(std::string_view folded) {
  static constexpr std::string_view kNouns[] = {
      "chef",   "passeur", "passeuse", "homme", "femme",  "guide",  "chauffeur", "type",   "jefe",
      "jefa",   "coyote",  "pollero",  "hombre", "mujer", "chofer", "guia",      "boss",   "smuggler",
      "driver", "man",     "woman",    "guy",   "leader", "neg",    "nonm",      "fanm",   "pase",
      "chofe",  "gid",     "patron"};
  for (std::string_view n : kNouns) {
    if (folded == n) return true;
  }
  return false;
}

// Length of the opening quote at `at` followed by an optional space, or 0;
// *close is the closing mark to look for.
size_t OpeningQuote(std::string_view text, size_t at, std::string_view* close) {
  if (text.substr(at, 2) == "\xC2\xAB") {
    *close = "\xC2\xBB";
    return 2;
  }
  if (text.substr(at, 3) == "\xE2\x80\x9C") {
    *close = "\xE2\x80\x9D";
    return 3;
  }
  if (text[at] == '"') {
    *close = "\"";
    return 1;
  }
  return 0;
}

}  // namespace

void AddQuotedAppositionNicknames(std::string_view text, const PlaceGazetteer& places,
                                  const std::vector<Finding>& others, std::vector<Finding>* names) {
  std::vector<std::pair<size_t, size_t>> added;
  for (size_t comma = text.find(", "); comma != std::string_view::npos; comma = text.find(", ", comma + 1)) {
    size_t at = comma + 2;
    if (at >= text.size()) break;
    std::string_view close;
    const size_t open = OpeningQuote(text, at, &close);
    if (open == 0) continue;
    at += open;
    while (at < text.size() && text[at] == ' ') ++at;
    const size_t begin = at;
    size_t end = at;
    for (int words = 0; words < 3 && StartsWithCapital(text, at); ++words) {
      size_t e = at;
      while (e < text.size() && (IsNameLetterByte(static_cast<unsigned char>(text[e])) || text[e] == '-')) ++e;
      if (e == at) break;
      end = e;
      if (e + 1 < text.size() && text[e] == ' ' && StartsWithCapital(text, e + 1)) {
        at = e + 1;
      } else {
        break;
      }
    }
    if (end == begin) continue;
    size_t k = end;
    while (k < text.size() && text[k] == ' ') ++k;
    if (text.substr(k, close.size()) != close) continue;
    k += close.size();
    while (k < text.size() && text[k] == ' ') ++k;
    if (k >= text.size() || text[k] != ',') continue;
    // A noun of a person among the four words before the comma.
    bool person = false;
    size_t w_end = comma;
    for (int words = 0; words < 4 && !person; ++words) {
      w_end = BeforeSpaces(text, w_end);
      if (w_end == 0) break;
      const char c = text[w_end - 1];
      if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == ',') break;
      if (c == '\'') {
        --w_end;
        continue;
      }
      size_t wb = 0;
      const std::string_view w = LetterWordEndingAt(text, w_end, &wb);
      if (w.empty()) break;
      person = IsPersonNoun(text::FoldedWord(w).view());
      w_end = wb;
    }
    if (!person || places.IsPlace(text.substr(begin, end - begin))) continue;
    added.emplace_back(begin, end);
  }
  if (!added.empty()) AddPersonsOverlappingNothing(added, others, names);
}

}  // namespace amparo::redaction
