#include "redaction/french_work_titles.h"

#include <string>
#include <unordered_set>

#include "redaction/name_detector_lexicon.h"
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

// The titles of French newspapers of the period that read as a person's
// name or a capitalized word the name detector may take for one, folded,
// without their article ("le Figaro", "le Matin", "le Gil Blas"). Written
// by hand from the press of 1900-1914; "l'Aurore" is left out, a given name
// that regional speech puts after an article ("l'Aurore m'a dit").
bool IsNewspaperTitle(std::string_view folded) {
  static const std::unordered_set<std::string_view> kTitles = {
      "figaro",      "matin",        "temps",       "gaulois",     "siecle",
      "journal",     "intransigeant", "eclair",     "rappel",      "radical",   "soleil",
      "univers",     "patrie",       "presse",      "lanterne",    "humanite",  "autorite",
      "gil blas",    "petit parisien", "petit journal", "libre parole", "echo de paris",
      "ouest-eclair", "nouvelliste", "telegramme",  "depeche",     "evenement", "petite republique"};
  return kTitles.count(folded) != 0;
}

// True if the guessed name is a newspaper's title after its article: "le
// Figaro" ("le" before the name, or inside it at a sentence's start: "Le
// Figaro annonce"), "l'Intransigeant", "dans le Matin". Standard French puts
// no article before a person's name; regional speech does before given
// names ("la Marie") and nicknames are common words after one ("le Gros"),
// none of them a title of the list; a Breton surname ("Le Goff") is none.
bool IsNewspaperAfterItsArticle(std::string_view text, const Finding& f) {
  std::string_view name = text.substr(f.begin, f.end - f.begin);
  bool article = false;
  for (std::string_view a : {"Le ", "La ", "L'", "L\xE2\x80\x99", "L' "}) {
    if (name.size() > a.size() && name.substr(0, a.size()) == a) {
      name.remove_prefix(a.size());
      article = true;
      break;
    }
  }
  if (!article) {
    size_t at = BeforeSpaces(text, f.begin);
    if (at >= 3 && text.substr(at - 3, 3) == "\xE2\x80\x99") {
      at = BeforeSpaces(text, at - 3);
    } else if (at >= 1 && text[at - 1] == '\'') {
      at = BeforeSpaces(text, at - 1);
    }
    size_t begin = 0;
    const std::string_view word = LetterWordEndingAt(text, at, &begin);
    article = word == "le" || word == "la" || word == "l" || word == "Le" || word == "La" || word == "L" ||
              word == "du" || word == "au";
  }
  return article && IsNewspaperTitle(text::Fold(name));
}

// True if the finding opens on a listed given name: "un film intitulé
// Josué Mérilien" may be about that man, and his name stays redacted.
bool OpensOnGivenName(std::string_view text, const Finding& f) {
  const std::string_view first = LetterWordStartingAt(text.substr(0, f.end), f.begin);
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  return !first.empty() && lexicon != nullptr && (lexicon->Flags(text::Fold(first)) & kGivenName) != 0;
}

}  // namespace

void DropFrenchWorkTitles(std::string_view text, std::vector<Finding>* findings) {
  const bool entitled = text.find("ntitul") != std::string_view::npos;
  size_t kept = 0;
  size_t title_end = std::string_view::npos;  // where the last dropped title's name ends
  for (size_t i = 0; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    bool title = false, newspaper = false;
    if (IsGuessedPerson(f) && f.end <= text.size() && f.begin < f.end) {
      title = entitled && !OpensOnGivenName(text, f) && (EntitledEndsAt(text, BeforeOpeningQuote(text, f.begin)) ||
                           (title_end != std::string_view::npos && title_end <= f.begin &&
                            OnlyParticlesBetween(text, title_end, f.begin)));
      newspaper = !title && IsNewspaperAfterItsArticle(text, f);
    }
    if (title) title_end = f.end;
    if (!title && !newspaper) (*findings)[kept++] = f;
  }
  findings->resize(kept);
}

}  // namespace amparo::redaction
