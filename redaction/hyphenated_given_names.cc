#include "redaction/hyphenated_given_names.h"

#include <algorithm>
#include <string>

#include "redaction/byte_scan.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {

void ExtendNamesOverHyphenatedGivenNames(std::string_view text, const PlaceGazetteer& places, bool english,
                                         std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  constexpr uint32_t kNotAPart = kStopWord | kTitle | kPlacePrep | kConnector | kOrgWord | kInstitution |
                                 kNameCue | kSpeechCue | kKinCue | kHonorific | kDemonym;
  for (Finding& f : *names) {
    if (!IsGuessedPerson(f)) continue;
    // "Mi-rae Park": the detector found the syllable after the hyphen, a
    // listed given name in lower case, and left the short first part, which
    // a list has as a word ("mi"). A capitalized part of two or three
    // letters opening the word goes with it.
    if (f.begin >= 3 && text[f.begin - 1] == '-' && IsAsciiLower(text[f.begin])) {
      size_t b = f.begin - 1;
      while (b > 0 && IsLetterByte(static_cast<unsigned char>(text[b - 1])) && f.begin - 1 - b < 4) --b;
      const size_t len = f.begin - 1 - b;
      if (len >= 2 && len <= 3 && (b == 0 || text[b - 1] == ' ' || text[b - 1] == '\n') &&
          StartsWithCapital(text, b) && !text::AllCaps(text.substr(b, len))) {
        f.begin = b;
      }
      continue;
    }
    // "Mr. Jae-won Park", "Min-ho Lee": the detector found the first
    // syllable, a listed given name, and stopped at the hyphen before a
    // later one that is an English word ("won", "ah", "ho"). A lower-case
    // part of two to five letters after a capitalized one of two to four,
    // ending the word, goes with it; not a word that makes an adjective or
    // a kind of the name ("Anna-like", "Kim-style").
    if (f.end + 3 < text.size() && text[f.end] == '-' && IsAsciiLower(text[f.end + 1])) {
      size_t b = 0;
      const std::string_view first = LetterWordEndingAt(text, f.end, &b);
      const std::string_view syllable = LetterWordStartingAt(text, f.end + 1);
      const size_t after = f.end + 1 + syllable.size();
      const bool word_ends = after == text.size() || !(IsLetterByte(static_cast<unsigned char>(text[after])) ||
                                                       text[after] == '-' || text[after] == '\'');
      if (b >= f.begin && first.size() >= 2 && first.size() <= 4 && StartsWithCapital(text, b) &&
          syllable.size() >= 2 && syllable.size() <= 5 && word_ends &&
          (b == 0 || text[b - 1] == ' ' || text[b - 1] == '\n')) {
        // Both parts in lower case after the capital ("IgA-kappa" is no name).
        bool lower = true;
        for (char c : first.substr(1)) lower = lower && IsAsciiLower(c);
        for (char c : syllable) lower = lower && IsAsciiLower(c);
        static constexpr std::string_view kKindWords[] = {"like", "style", "type", "led", "born", "based",
                                                          "era", "ish", "esque", "ism", "ist", "free"};
        const bool kind = std::ranges::find(kKindWords, syllable) != std::end(kKindWords);
        if (lower && !kind && (lexicon->Flags(syllable) & (kStopWord | kConnector)) == 0) f.end = after;
      }
      continue;
    }
    // The cheap tests first: most names have no hyphen one word before.
    if (f.begin < 6 || text[f.begin - 1] != ' ' || !StartsWithCapital(text, f.begin)) continue;
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
      // A short first part that only the learned list calls no name ("Soo"
      // of "Soo-ah Lim": social text writes "soo" for "so"); the hyphen
      // before a syllable in lower case says it is no word here (a place's
      // parts are capitalized: "Bourg-Madame"). English only: old French
      // print joins short words so.
      const bool short_first = english && !more && parts > 0 && w.size() <= 4 &&
                               (flags & ~(kNameWord | kNotNameWord)) == 0 &&
                               IsAsciiLower(text[wb + w.size() + 1]) && !lexicon->IsDictionaryWord(folded);
      if ((flags & kNotAPart) != 0 || !(given || unknown || syllable || short_first)) {
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
    // "in Saint-Jean", "à Port-Salut" name places. In English a word of two
    // parts whose second is a syllable in lower case is a first name there
    // too ("The award went to Soo-ah Lim"): a place's parts are capitalized.
    const std::string_view first_part = LetterWordStartingAt(text, begin);
    const bool lower_syllable = english && parts == 2 && begin + first_part.size() + 1 < text.size() &&
                                IsAsciiLower(text[begin + first_part.size() + 1]);
    if (!lower_syllable && begin >= 2 && text[begin - 1] == ' ') {
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
