#include "redaction/patronymic_particles.h"

#include <algorithm>
#include <string>

#include "redaction/byte_scan.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// A patronymic particle in lower case: "son of", "daughter of" in Arabic,
// Malay, Kikuyu and Swahili, Hassaniya, Hebrew and Maghrebi names.
bool PatronymicParticle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"bin", "bint", "binti", "ibn", "wa", "ould", "ben"};
  return std::ranges::find(kParticles, w) != std::end(kParticles);
}

// A word over text[b, e) that may be a part of a name on a particle's other
// side: a capital and no other capital, no function word, title, cue or
// place. Its glued parts ("Thiong'o", "Abdel-Aziz") go with it: e is where
// they end.
bool NamePartAt(std::string_view text, size_t b, size_t e, const NameLexicon& lexicon,
                const PlaceGazetteer& places) {
  if (b >= e || !StartsWithCapital(text, b)) return false;
  for (size_t k = b + 1; k < e; ++k) {
    const char c = text[k];
    if (static_cast<unsigned char>(c) < 0x80 && !IsAsciiLower(c)) return false;
  }
  const std::string_view w = text.substr(b, e - b);
  constexpr uint32_t kNoPart = kStopWord | kTitle | kPlacePrep | kConnector | kOrgWord | kInstitution |
                               kNameCue | kSpeechCue | kKinCue | kDemonym | kRoleCue | kPostCue | kMonth;
  if ((lexicon.Flags(text::Fold(w)) & kNoPart) != 0) return false;
  return places.ClassOf(w) == PlaceClass::kNone;
}

// A word and the parts glued to it by an apostrophe or hyphen ("Thiong'o"):
// where it ends from `b`.
size_t GluedWordEnd(std::string_view text, size_t b) {
  size_t e = NameLettersEnd(text, b);
  while (e + 1 < text.size() && (text[e] == '\'' || text[e] == '-') &&
         IsNameLetterByte(static_cast<unsigned char>(text[e + 1]))) {
    e = NameLettersEnd(text, e + 1);
  }
  return e;
}

// An Arabic article glued to a capitalized word ("al-Hajj", "el-Din") over
// text[b, e).
bool ArticleGluedWord(std::string_view text, size_t b, size_t e) {
  const size_t dash = text.substr(b, e - b).find('-');
  if (dash == std::string_view::npos) return false;
  const std::string_view article = text.substr(b, dash);
  return (article == "al" || article == "el" || article == "Al" || article == "El") &&
         StartsWithCapital(text, b + dash + 1);
}

}  // namespace

void JoinNamesOverPatronymicParticles(std::string_view text, const PlaceGazetteer& places,
                                      std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  // Where each guessed name begins, sorted: is a name one space after a word.
  std::vector<std::pair<size_t, size_t>> begins;  // begin, index
  for (size_t i = 0; i < names->size(); ++i) {
    if (IsGuessedPerson((*names)[i])) begins.emplace_back((*names)[i].begin, i);
  }
  std::ranges::sort(begins);
  const auto name_at = [&](size_t at) -> const Finding* {
    const auto it = std::ranges::lower_bound(begins, std::pair<size_t, size_t>(at, 0));
    return it != begins.end() && it->first == at ? &(*names)[it->second] : nullptr;
  };
  for (auto [unused, i] : begins) {
    Finding& f = (*names)[i];
    if (f.begin >= f.end || f.end > text.size()) continue;
    // After the name: " bint Mohammed", " al-Hajj Husayn".
    if (f.end + 2 < text.size() && text[f.end] == ' ') {
      const size_t pb = f.end + 1;
      const size_t pe = NameLettersEnd(text, pb);
      const std::string_view particle = text.substr(pb, pe - pb);
      if (PatronymicParticle(particle) && pe + 1 < text.size() && text[pe] == ' ') {
        const size_t wb = pe + 1;
        const size_t we = GluedWordEnd(text, wb);
        if (NamePartAt(text, wb, NameLettersEnd(text, wb), *lexicon, places)) {
          const Finding* next = name_at(wb);
          f.end = std::max(we, next != nullptr ? next->end : we);
        }
      } else {
        const size_t we = GluedWordEnd(text, pb);
        if (ArticleGluedWord(text, pb, we) && we + 1 < text.size() && text[we] == ' ') {
          const Finding* next = name_at(we + 1);
          if (next != nullptr) f.end = std::max(f.end, next->end);
        }
      }
    }
    // Before the name: "Ngũgĩ wa ", "Mokhtar ould ". The look-behinds are
    // guarded: two bytes at least lie before the particle's space.
    if (f.begin >= 4 && text[f.begin - 1] == ' ') {
      const size_t pe = f.begin - 1;
      const size_t pb = NameLettersBegin(text, pe);
      if (pb >= 2 && pb < pe && text[pb - 1] == ' ' && PatronymicParticle(text.substr(pb, pe - pb))) {
        const size_t we = pb - 1;
        size_t wb = NameLettersBegin(text, we);
        if (NamePartAt(text, wb, we, *lexicon, places)) f.begin = wb;
      }
    }
  }
}

}  // namespace amparo::redaction
