#include "redaction/ordinary_word_echoes.h"

#include <string_view>
#include <unordered_set>

#include "redaction/acting_person_names.h"
#include "redaction/person_context.h"

namespace amparo::redaction {
namespace {

// Articles, demonstratives and quantifiers (es, en, fr): a noun follows,
// not a name. Possessives are left out ("mi margarita" may be a person).
bool IsDeterminer(std::string_view folded, std::string_view language) {
  static const std::unordered_set<std::string_view> kDeterminers = {
      "el",    "la",     "los",   "las",   "lo",    "un",     "una",   "unos",   "unas",  "al",
      "del",   "este",   "esta",  "estos", "estas", "ese",    "esa",   "esos",   "esas",  "aquel",
      "aquella", "otro", "otra",  "mucho", "mucha", "muchos", "muchas", "poco",  "poca",  "cada",
      "tanto", "tanta",  "the",   "this",  "that",  "these",  "those", "some",   "any",   "every",
      "une",   "des",    "du",    "au",    "aux",   "ce",     "cet",   "cette",  "ces"};
  if (kDeterminers.count(folded) != 0) return true;
  // Articles of one language that are something else in another: Spanish
  // "a" takes a person ("golpeó a celeste"), Spanish "le"/"les" are
  // pronouns before a verb.
  const std::string_view lang = language.substr(0, 2);
  if (folded == "a" || folded == "an") return lang == "en";
  if (folded == "le" || folded == "les") return lang == "fr";
  return false;
}

}  // namespace

bool ReadsAsOrdinaryWord(std::string_view text, std::string_view language, const text::Tokens& tk,
                         const NameLexicon& lexicon, size_t i) {
  const auto& ts = tk.tokens;
  const size_t n = ts.size();
  if (i == 0 || i >= n || !ts[i].word || ts[i].newline_before) return false;
  bool word_use = false;
  const text::Token& prev = ts[i - 1];
  if (!prev.word) {
    // French "l'aurore" (not "d'aurore": "de" takes a person too).
    word_use = !ts[i].space_before && (prev.first == '\'' || prev.first == 0x2019) && i >= 2 &&
               ts[i - 2].word && !prev.space_before && tk.Folded(ts[i - 2]) == "l";
  } else if (ts[i].space_before) {
    if (IsDeterminer(tk.Folded(prev), language)) {
      word_use = true;
    } else if (!prev.capitalized && i >= 2 && ts[i - 2].word && prev.space_before && !prev.newline_before &&
               IsDeterminer(tk.Folded(ts[i - 2]), language)) {
      // "un suéter celeste": a noun of the dictionary between, no word of a
      // person (kin, title, cue) nor a name.
      const uint32_t flags = lexicon.FlagsOfHash(prev.hash);
      word_use = !(flags & (kStopWord | kConnector | kKinCue | kTitle | kNameCue | kSpeechCue | kPlacePrep |
                            kGivenName | kSurname | kNameWord | kOrgWord | kInstitution | kNicknameCue)) &&
                 lexicon.IsDictionaryHash(prev.hash);
    }
  }
  if (!word_use) return false;
  // A person acts after it: "la margarita me dijo", "la perla dijo", "la
  // margarita llegó tarde".
  if (i + 1 < n && ts[i + 1].word && !ts[i + 1].newline_before) {
    const std::string_view next = tk.Folded(ts[i + 1]);
    if (lexicon.Flags(next) & kSpeechCue) return false;
    // "la alba y yo cruzamos", "the robin and I": someone the speaker was with.
    if (i + 2 < n && ts[i + 2].word && (next == "y" || next == "and" || next == "et")) {
      const std::string_view self = tk.Folded(ts[i + 2]);
      if (self == "yo" || self == "i" || self == "moi") return false;
    }
    if (ts[i + 1].end <= text.size() && IsSpanishPastVerb(text.substr(ts[i + 1].begin, ts[i + 1].end - ts[i + 1].begin))) {
      return false;
    }
    if (i + 2 < n && ts[i + 2].word && !ts[i + 2].newline_before && IsPronounBeforeVerb(next)) return false;
  }
  return true;
}

}  // namespace amparo::redaction
