#include "redaction/capital_line_names.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/name_lists.h"
#include "redaction/organisation_names.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

struct Span {
  size_t begin, end;
};

// True if [b, e) holds no lower-case letter: no ASCII a-z, and no
// two-byte Latin-1 lower-case letter (0xC3 0xA0-0xBF: "é", "ñ", "ò").
// The first such letter gives the line up: most lines have one at once.
bool NoLowerCase(std::string_view text, size_t b, size_t e) {
  for (size_t i = b; i < e; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 'a' && c <= 'z') return false;
    if (c == 0xC3 && i + 1 < e && static_cast<unsigned char>(text[i + 1]) >= 0xA0) return false;
  }
  return true;
}

// The words of the line [b, e): runs of letter bytes.
void LineWords(std::string_view text, size_t b, size_t e, std::vector<Span>* words) {
  words->clear();
  size_t i = b;
  while (i < e) {
    while (i < e && !IsNameLetterByte(static_cast<unsigned char>(text[i]))) ++i;
    const size_t wb = i;
    while (i < e && IsNameLetterByte(static_cast<unsigned char>(text[i]))) ++i;
    if (i > wb) words->push_back({wb, i});
  }
}

}  // namespace

void AddNamesOnLinesInCapitals(std::string_view text, const PlaceGazetteer& places,
                               const std::vector<Finding>& others, std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  constexpr uint32_t kOtherLists = kStopWord | kMonth | kTitle | kPlacePrep | kConnector | kOrgWord |
                                   kInstitution | kNameCue | kSpeechCue | kKinCue | kDemonym | kHonorific |
                                   kNickname | kNicknameCue | kObjectPronoun | kPostCue | kRoleCue;
  // An ordinary word or a month may still be a name before an act.
  constexpr uint32_t kNeverAName = kOtherLists & ~kMonth;
  std::vector<Span> words, candidates, capital_lines;
  std::vector<std::string> folded;
  std::vector<uint32_t> flags;
  size_t line = 0;
  while (line < text.size()) {
    const void* nl = std::memchr(text.data() + line, '\n', text.size() - line);
    const size_t end = nl == nullptr ? text.size() : static_cast<size_t>(static_cast<const char*>(nl) - text.data());
    const size_t b = line;
    line = end + 1;
    if (end - b < 8 || !NoLowerCase(text, b, end)) continue;
    LineWords(text, b, end, &words);
    size_t long_words = 0;
    for (const Span& w : words) long_words += w.end - w.begin >= 2;
    if (long_words < 3) continue;
    capital_lines.push_back({b, end});
    folded.clear();
    flags.clear();
    for (const Span& w : words) {
      folded.push_back(text::Fold(text.substr(w.begin, w.end - w.begin)));
      flags.push_back(lexicon->Flags(folded.back()));
    }
    auto is = [&](size_t k, std::string_view w) { return k < words.size() && folded[k] == w; };
    // What a person does to someone after word k.
    auto acts_after = [&](size_t k) {
      if (k + 1 < words.size() && (flags[k + 1] & kObjectPronoun) && !is(k + 1, "se")) return true;
      // French: a pronoun and an auxiliary ("PIERRE NOUS A FRAPPÉS",
      // "PIERRE M'A VOLÉ").
      if ((is(k + 1, "nous") || is(k + 1, "vous") || is(k + 1, "lui") || is(k + 1, "leur") || is(k + 1, "m") ||
           is(k + 1, "t") || is(k + 1, "l")) &&
          (is(k + 2, "a") || is(k + 2, "ont") || is(k + 2, "avait") || is(k + 2, "avaient"))) {
        return true;
      }
      if (k + 2 < words.size() && (flags[k + 2] & kObjectPronoun) && !(flags[k + 1] & kStopWord) &&
          (is(k + 2, "me") || is(k + 2, "us") || is(k + 2, "him") || is(k + 2, "her") || is(k + 2, "them"))) {
        return true;
      }
      if (is(k + 1, "te") || is(k + 1, "t")) {
        return is(k + 3, "nou") || is(k + 3, "mwen") || is(k + 3, "li") || is(k + 3, "yo");
      }
      return false;
    };
    // A kin word, maybe after a possessive or before Haitian "M"/"MWEN"
    // ("MY BROTHER", "MANMAN M"), ends before word k.
    auto kin_before = [&](size_t k) {
      size_t j = k;
      if (j > 0 && (is(j - 1, "m") || is(j - 1, "mwen") || is(j - 1, "nou"))) --j;
      return j > 0 && (flags[j - 1] & kKinCue) != 0;
    };
    // A verb with no object after the line's first word: a reflexive
    // ("YEFRI SE FUE"), a French auxiliary ("MALIKOU EST PARTI", "S'EST"),
    // an English past ("CHUKWUDI DISAPPEARED", "LEFT", "RAN AWAY").
    auto goes_after_first = [&] {
      if (words.size() < 2) return false;
      if (is(1, "se") || is(1, "est") || is(1, "etait") || is(1, "s")) return true;
      const std::string& v = folded[1];
      if (v.size() >= 5 && v.compare(v.size() - 2, 2, "ed") == 0 && (flags[1] & kOtherLists) == 0) return true;
      return v == "left" || v == "ran" || v == "went" || v == "came" || v == "fled" || v == "died" ||
             v == "got" || v == "was";
    };
    for (size_t k = 0; k < words.size(); ++k) {
      const Span& w = words[k];
      // A word of no list and no dictionary opening the line before such a
      // verb: the subject ("DEIVER SE FUE"); "AYUDA SE FUE", "NADIE SE
      // FUE" are words of the dictionaries or the lists and stay.
      if (k == 0 && w.begin == b && w.end - w.begin >= 4 && flags[k] == 0 && goes_after_first() &&
          !lexicon->IsDictionaryWord(folded[k]) &&
          places.ClassOf(text.substr(w.begin, w.end - w.begin)) == PlaceClass::kNone &&
          !IsOrganisationName(text.substr(w.begin, w.end - w.begin))) {
        candidates.push_back(w);
        continue;
      }
      // A word of no list and no dictionary after a kin word ("MANMAN M
      // ROSELÈNE"): the name the lists lack.
      if (w.end - w.begin >= 3 && flags[k] == 0 && kin_before(k) && !lexicon->IsDictionaryWord(folded[k]) &&
          places.ClassOf(text.substr(w.begin, w.end - w.begin)) == PlaceClass::kNone) {
        candidates.push_back(w);
        continue;
      }
      // A word of no list and no dictionary before what a person does to
      // someone ("YEFRI NOS GOLPEÓ"): the subject, a name the lists lack;
      // not a noun after an article ("LA MIGRA NOS AGARRÓ").
      if (w.end - w.begin >= 3 && flags[k] == 0 && acts_after(k) &&
          !(k > 0 && (is(k - 1, "el") || is(k - 1, "la") || is(k - 1, "los") || is(k - 1, "las") ||
                      is(k - 1, "un") || is(k - 1, "una") || is(k - 1, "the") || is(k - 1, "le") ||
                      is(k - 1, "les") || is(k - 1, "lo") || is(k - 1, "mi") || is(k - 1, "su") ||
                      is(k - 1, "my") || is(k - 1, "his") || is(k - 1, "their"))) &&
          !lexicon->IsDictionaryWord(folded[k]) &&
          places.ClassOf(text.substr(w.begin, w.end - w.begin)) == PlaceClass::kNone &&
          !IsOrganisationName(text.substr(w.begin, w.end - w.begin))) {
        candidates.push_back(w);
        continue;
      }
      if (w.end - w.begin < 3 || (flags[k] & kGivenName) == 0 || (flags[k] & kNeverAName) != 0) continue;
      // Joined to the words around it ("SAINT-DENIS", "D'ARTAGNAN").
      if ((w.begin > 0 && (text[w.begin - 1] == '-' || text[w.begin - 1] == '\'')) ||
          (w.end < text.size() && (text[w.end] == '-' || text[w.end] == '\''))) {
        continue;
      }
      // After a street, organisation or institution word ("CALLE PEDRO
      // MORENO"); a title ("SR. PEDRO") still opens a person.
      if (k > 0 && (flags[k - 1] & (kOrgWord | kInstitution)) != 0 && (flags[k - 1] & kTitle) == 0) continue;
      // After an article or a possessive a noun stands ("MON MARI", "LA
      // ROSA"), unless an act follows.
      if (k > 0 && (flags[k - 1] & kStopWord) != 0 && !acts_after(k)) continue;
      const std::string_view v = text.substr(w.begin, w.end - w.begin);
      // The dictionaries hold many given names ("pedro", "juan"): the
      // lexicon's lists of everyday words say what is ordinary.
      const bool ordinary = (flags[k] & (kMonth | kCommonWord | kCommonName | kNotNameWord)) != 0;
      if (ordinary && !acts_after(k)) continue;
      if (places.ClassOf(v) != PlaceClass::kNone || IsOrganisationName(v)) continue;
      Span name = w;
      if (k + 1 < words.size() && words[k + 1].begin == w.end + 1 && text[w.end] == ' ' &&
          (flags[k + 1] & kSurname) != 0 && (flags[k + 1] & (kOtherLists | kCommonWord | kMonth)) == 0 &&
          places.ClassOf(text.substr(words[k + 1].begin, words[k + 1].end - words[k + 1].begin)) ==
              PlaceClass::kNone) {
        name.end = words[k + 1].end;
        ++k;
      }
      candidates.push_back(name);
    }
  }
  if (capital_lines.empty()) return;
  // A name the detector ran on over an object pronoun on such a line
  // ("PEDRO NOS GOLPEÓ EN LA ESTACIÓN": "PEDRO NOS") ends before it.
  for (Finding& f : *names) {
    if (!IsGuessedPerson(f) || f.end > text.size() || f.end < f.begin + 5) continue;
    auto line_of = std::upper_bound(capital_lines.begin(), capital_lines.end(), f.begin,
                                    [](size_t at, const Span& l) { return at < l.begin; });
    if (line_of == capital_lines.begin() || std::prev(line_of)->end < f.end) continue;
    // A kin word after a possessive opening the finding ("MON MARI
    // JACQUES": "MARI JACQUES") is no part of the name.
    const std::string_view first_word = LetterWordStartingAt(text, f.begin);
    const size_t after_first = f.begin + first_word.size();
    if (after_first + 1 < f.end && text[after_first] == ' ' && f.begin >= 2 && text[f.begin - 1] == ' ' &&
        (lexicon->Flags(text::Fold(first_word)) & kKinCue) != 0) {
      size_t pb = 0;
      const std::string_view before = LetterWordEndingAt(text, f.begin - 1, &pb);
      if (!before.empty() && (lexicon->Flags(text::Fold(before)) & kStopWord) != 0) f.begin = after_first + 1;
    }
    size_t last = f.end;
    while (last > f.begin && IsNameLetterByte(static_cast<unsigned char>(text[last - 1]))) --last;
    if (last < f.begin + 2 || text[last - 1] != ' ') continue;
    // Or a word of a dictionary that no name list has after a listed name
    // ("MY BROTHER OMAR STAYED IN JUAREZ": "OMAR STAYED").
    const std::string last_word = text::Fold(text.substr(last, f.end - last));
    const uint32_t last_flags = lexicon->Flags(last_word);
    size_t e = last - 1;
    while (e > f.begin && text[e - 1] == ' ') --e;
    if ((last_flags & kObjectPronoun) == 0) {
      if ((last_flags & kNameLists) != 0 || !lexicon->IsDictionaryWord(last_word)) continue;
      // Only after a name of the lists, no title: "DJ SPARKLE" is whole.
      size_t pb = 0;
      const uint32_t before_flags = lexicon->Flags(text::Fold(LetterWordEndingAt(text, e, &pb)));
      if ((before_flags & (kGivenName | kSurname)) == 0 || (before_flags & (kTitle | kHonorific)) != 0) continue;
    }
    f.end = e;
  }
  // Not where a finding stands already. The candidates come in text order
  // (lines in order, words left to right) and never overlap.
  std::vector<std::pair<size_t, size_t>> added;
  added.reserve(candidates.size());
  for (const Span& c : candidates) added.emplace_back(c.begin, c.end);
  AddPersonsOverlappingNothing(added, others, names);
}

}  // namespace amparo::redaction
