#include "redaction/french_cours_passage.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>

#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

constexpr size_t kNone = std::string_view::npos;

bool IsNameByte(char c) { return IsLetterByte(c) || c == '-' || c == '\''; }

bool In(std::string_view word, std::initializer_list<std::string_view> set) {
  for (std::string_view w : set) {
    if (word == w) return true;
  }
  return false;
}

// The lower-cased word that ends before the blanks at text[end]; empty if
// none.
std::string WordBefore(std::string_view text, size_t end) {
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && IsLetterByte(text[begin - 1]) && end - begin < 12) --begin;
  std::string word(text.substr(begin, end - begin));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word;
}

// Length of the article at text[at] ("de la ", "de l'", "du ", "des ",
// "de ", "d'"), 0 if none.
size_t ArticleLength(std::string_view text, size_t at) {
  for (std::string_view article : {"de la ", "de l'", "de l\xe2\x80\x99", "du ", "des ", "de ", "d'"}) {
    if (text.substr(at, article.size()) == article) return article.size();
  }
  return 0;
}

// Where the capitalized words of a street's name that start at text[at]
// end (up to three, joined by "de", "du", "la"...); `at` if none starts
// there, or if the first is a month or holiday.
size_t NameEnd(std::string_view text, size_t at, const NameLexicon& lexicon) {
  size_t end = at;
  size_t pos = at;
  for (int words = 0; words < 3 && StartsWithCapital(text, pos); ++words) {
    size_t word_end = pos;
    while (word_end < text.size() && IsNameByte(text[word_end])) ++word_end;
    if (words == 0 && (lexicon.Flags(text::Fold(text.substr(pos, word_end - pos))) & kMonth) != 0) return at;
    end = word_end;
    if (end >= text.size() || text[end] != ' ') break;
    pos = end + 1;
    for (std::string_view joint : {"de la ", "de ", "du ", "des ", "la ", "le "}) {
      if (text.substr(pos, joint.size()) == joint && StartsWithCapital(text, pos + joint.size())) {
        pos += joint.size();
        break;
      }
    }
  }
  return end;
}

// Where a house number said after the street at `end` ends (", no 12", "
// 12", ", 4 bis"); `end` if none.
size_t HouseNumberEnd(std::string_view text, size_t end) {
  size_t at = end;
  if (at < text.size() && text[at] == ',') ++at;
  while (at < text.size() && text[at] == ' ' && at - end < 3) ++at;
  for (std::string_view no : {"no ", "no", "n\xc2\xb0", "n\xc2\xba", "n\xc2\xb0 ", "n\xc2\xba "}) {
    if (text.substr(at, no.size()) == no && at + no.size() < text.size() &&
        std::isdigit(static_cast<unsigned char>(text[at + no.size()])) != 0) {
      at += no.size();
      break;
    }
  }
  const size_t digits = at;
  while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at])) != 0 && at - digits < 4) ++at;
  if (at == digits || (at < text.size() && std::isalnum(static_cast<unsigned char>(text[at])) != 0)) return end;
  for (std::string_view repeat : {" bis", " ter"}) {
    if (text.substr(at, repeat.size()) == repeat && (at + repeat.size() == text.size() ||
                                                      !IsLetterByte(text[at + repeat.size()]))) {
      return at + repeat.size();
    }
  }
  return at;
}

}  // namespace

void AddFrenchCoursAndPassageStreets(std::string_view text, const NameLexicon& lexicon, std::vector<Finding>* found) {
  std::vector<Finding> added;
  for (std::string_view keyword : {std::string_view("cours "), std::string_view("passage ")}) {
    const bool cours = keyword[0] == 'c';
    for (size_t at = text.find(keyword); at != kNone; at = text.find(keyword, at + 1)) {
      if (at > 0 && IsLetterByte(text[at - 1])) continue;
      size_t name = at + keyword.size();
      while (name < text.size() && text[name] == ' ' && name - at < keyword.size() + 2) ++name;
      const std::string before = WordBefore(text, at);
      const size_t article = ArticleLength(text, name);
      if (article > 0) {
        // "passage des Panoramas" is the rules'; "au cours de Pâques" is
        // during, "le cours du Rhône" a river's.
        if (!cours || In(before, {"au", "le", "du", "un", "ce", "son", "sa", "leur", "en", "les", "des", "aux",
                                  "long", "pendant", "dans", "notre", "votre", "mon", "ton", "cet"})) {
          continue;
        }
        name += article;
      } else if (cours && In(before, {"au", "du", "en", "un", "ce", "son", "leur", "notre", "votre", "mon", "ton"})) {
        continue;
      }
      const size_t name_end = NameEnd(text, name, lexicon);
      if (name_end == name) continue;
      const size_t end = HouseNumberEnd(text, name_end);
      added.push_back(AddressFinding(at, end));
    }
  }
  if (added.empty()) return;
  for (const Finding& a : added) {
    bool widened = false;
    for (Finding& f : *found) {
      if (f.type != IdentifierType::kAddress || f.end <= a.begin || f.begin >= a.end) continue;
      f.begin = std::min(f.begin, a.begin);
      f.end = std::max(f.end, a.end);
      widened = true;
      break;
    }
    if (!widened) found->push_back(a);
  }
  SortFindingsByBegin(found);
}

}  // namespace amparo::redaction
