#include "redaction/glued_name_parts.h"

#include <algorithm>
#include <string>

#include "redaction/byte_scan.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// The length of the joining mark at text[at]: '-' or '\'' (1), '’' (3), or
// 0 for any other byte.
size_t GlueMarkAt(std::string_view text, size_t at) {
  if (at >= text.size()) return 0;
  if (text[at] == '-' || text[at] == '\'') return 1;
  if (text.substr(at, 3) == "\u2019") return 3;
  return 0;
}

// The length of the joining mark that ends right before `at`, or 0.
size_t GlueMarkBefore(std::string_view text, size_t at) {
  if (at >= 1 && (text[at - 1] == '-' || text[at - 1] == '\'')) return 1;
  if (at >= 3 && text.substr(at - 3, 3) == "\u2019") return 3;
  return 0;
}

// An English possessive or contraction after an apostrophe: the name ends
// before it ("Achebe's", "Kofi'll").
bool ContractionTail(std::string_view part) {
  return part == "s" || part == "S" || part == "ll" || part == "re" || part == "ve" || part == "d";
}

// A lower-case word after a hyphen that says what kind of thing the name
// qualifies ("Lincoln-style", "Mandela-era", "Obama-backed"): no name part.
bool WordOfKind(std::string_view part) {
  static constexpr std::string_view kWords[] = {"backed", "based", "born",   "era",   "esque", "led",
                                                "like",   "linked", "owned", "style", "type",  "run"};
  return std::ranges::find(kWords, part) != std::end(kWords);
}

// A lower-case particle of a compound place name after a hyphen
// ("Bar-le-Duc", "Châlons-sur-Marne", "Aix-les-Bains", "Stoke-on-Trent"):
// the word is a town whose first part the detector took for a name, not a
// double name; Korean syllables ("Jae-in", "Ki-moon") are none of these.
bool PlaceCompoundParticle(std::string_view part) {
  static constexpr std::string_view kParticles[] = {"le", "la",  "les", "sur", "sous", "lès", "lez",
                                                    "aux", "au", "du",  "des", "en",  "upon", "on"};
  return std::ranges::find(kParticles, part) != std::end(kParticles);
}

// The Arabic article written in lower case before a hyphen ("al-Jawad",
// "el-Sadat", "ash-Shami").
bool ArabicArticle(std::string_view part) {
  static constexpr std::string_view kArticles[] = {"al", "el", "ul", "ad", "as", "ash", "ar", "az", "an", "at"};
  return std::ranges::find(kArticles, part) != std::end(kArticles);
}

// A word written as a name: a capital, then letters with no capital
// ("Nyong", "N", "Young"); not "IgA" or "HIV" ("IgA-kappa", "HIV-positive").
bool NameShapedWord(std::string_view text, size_t b, size_t e) {
  if (b >= e || !StartsWithCapital(text, b)) return false;
  for (size_t k = b + 1; k < e; ++k) {
    const char c = text[k];
    if (static_cast<unsigned char>(c) < 0x80 && !IsAsciiLower(c)) return false;
  }
  return true;
}

// A capitalized part after a hyphen that makes a place or a saint's name of
// the word ("Saint-Pétersbourg", "Pont-Croix", "Port-au-Prince") rather than a
// double name: the whole word or the part is a place of the gazetteer, or
// the word before the hyphen is a title or a place's word.
bool NoNamePart(std::string_view word, std::string_view part, const NameLexicon& lexicon,
                const PlaceGazetteer& places) {
  if (places.ClassOf(word) != PlaceClass::kNone || places.ClassOf(part) != PlaceClass::kNone) return true;
  const std::string_view first = word.substr(0, word.find('-'));
  return (lexicon.Flags(text::Fold(first)) & (kTitle | kOrgWord | kHonorific)) != 0;
}

}  // namespace

void ExtendNamesOverGluedParts(std::string_view text, const PlaceGazetteer& places, std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  for (Finding& f : *names) {
    if (!IsGuessedPerson(f) || f.begin >= f.end || f.end > text.size()) continue;
    // After the name: each part glued to its last word, when that word is
    // written as a name.
    const size_t last = NameLettersBegin(text, f.end);
    // At most four parts: a name has no more, and the place lists are
    // asked about the word so far at each part (a run of "Ab-Ab-Ab..." must
    // not cost its square).
    const bool shaped = last >= f.begin && NameShapedWord(text, last, f.end);
    for (int parts = 0; shaped && parts < 4; ++parts) {
      const size_t mark = GlueMarkAt(text, f.end);
      if (mark == 0) break;
      const size_t b = f.end + mark;
      const size_t e = NameLettersEnd(text, b);
      if (e == b) break;
      const std::string_view part = text.substr(b, e - b);
      const bool capital = StartsWithCapital(text, b);
      if (mark != 1 || text[f.end] != '-') {
        // After an apostrophe a capitalized part ("N'Dour") or one letter
        // ("Nyong'o"); OCR's "G'est", "Gui'il" and "Kofi's" are no part.
        if (!capital && part.size() != 1) break;
        if (ContractionTail(part) && GlueMarkAt(text, e) == 0) break;
      } else if (capital ? NoNamePart(text.substr(last, e - last), part, *lexicon, places)
                         : part.size() < 2 || WordOfKind(part) || PlaceCompoundParticle(part)) {
        break;
      }
      f.end = e;
    }
    // Before the name: a capital or two before an apostrophe ("N'Dour",
    // "O'Brien", "D'Souza") or an Arabic article before a hyphen ("al-Jawad",
    // "El-Sadat"). Every look-behind is guarded by GlueMarkBefore's bounds.
    for (int parts = 0; parts < 4; ++parts) {
      const size_t mark = GlueMarkBefore(text, f.begin);
      if (mark == 0) break;
      const size_t e = f.begin - mark;
      const size_t b = NameLettersBegin(text, e);
      if (b == e) break;
      const std::string_view part = text.substr(b, e - b);
      const bool hyphen = mark == 1 && text[e] == '-';
      const bool initial = !hyphen && part.size() <= 2 && NameShapedWord(text, b, e) && part != "L" && part != "Qu";
      if (!initial && !(hyphen && ArabicArticle(text::Fold(part)))) break;
      f.begin = b;
    }
  }
}

}  // namespace amparo::redaction
