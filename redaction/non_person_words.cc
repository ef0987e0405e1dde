#include "redaction/non_person_words.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

bool IsGodWord(std::string_view folded) {
  return folded == "god" || folded == "dios" || folded == "dieu" || folded == "bondye" || folded == "allah" ||
         folded == "jehova" || folded == "yahweh";
}

// True if the guessed name f is a word of a holy day before its weekday
// ("Good Friday", "Palm Sunday", "Holy Thursday") or the Virgin's name after
// the word "Virgin" ("la Virgen María", "the Virgin Mary", "Vyèj Mari", the
// finding with or without that word): never a person there. "Mary Good
// told us" and "mi hermana María" stay names.
bool HolyDayOrHolyName(std::string_view text, const Finding& f) {
  const std::string_view word = text.substr(f.begin, f.end - f.begin);
  if (word == "Good" || word == "Holy" || word == "Palm" || word == "Ash" || word == "Maundy" || word == "Easter") {
    if (f.end + 1 >= text.size() || text[f.end] != ' ') return false;
    const std::string_view day = LetterWordStartingAt(text, f.end + 1);
    return day == "Friday" || day == "Thursday" || day == "Sunday" || day == "Wednesday" || day == "Saturday";
  }
  auto virgin = [](std::string_view w) {
    return w == "Virgen" || w == "Virgin" || w == "Vierge" || w == "Vyèj" || w == "Vyej";
  };
  auto mary = [](std::string_view w) {
    return w == "María" || w == "Maria" || w == "Mary" || w == "Marie" || w == "Mari";
  };
  // The cheap test first: most findings hold no "V" word and are no Mary.
  if (word[0] == 'V') {
    const size_t space = word.find(' ');
    return space != std::string_view::npos && virgin(word.substr(0, space)) && mary(word.substr(space + 1));
  }
  if (!mary(word) || f.begin < 2 || text[f.begin - 1] != ' ') return false;
  size_t b = 0;
  return virgin(LetterWordEndingAt(text, f.begin - 1, &b));
}

// True if the word before `begin` is an article ("un EVA", "la EVA").
bool ArticleBefore(std::string_view text, size_t begin) {
  size_t e = begin;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '(')) --e;
  if (e == begin) return false;
  size_t b = e;
  while (b > 0 && e - b < 8 && IsLetterByte(static_cast<unsigned char>(text[b - 1]))) --b;
  const std::string w = text::Fold(text.substr(b, e - b));
  return w == "un" || w == "una" || w == "el" || w == "la" || w == "the" || w == "le";
}

// A word of two to five capitals that is no given name within 60 bytes of
// f on either side ("con EVA de 8 y con TAC normal").
bool OtherAcronymNear(std::string_view text, const Finding& f, const NameLexicon& lexicon) {
  const size_t from = f.begin > 60 ? f.begin - 60 : 0;
  const size_t to = std::min(text.size(), f.end + 60);
  for (size_t i = from; i < to;) {
    size_t e = i;
    while (e < to && std::isupper(static_cast<unsigned char>(text[e])) != 0) ++e;
    const bool alone = (i == 0 || !IsLetterByte(static_cast<unsigned char>(text[i - 1]))) &&
                       (e >= text.size() || !IsLetterByte(static_cast<unsigned char>(text[e])));
    if (e - i >= 2 && e - i <= 5 && alone && (i < f.begin || i >= f.end) &&
        (lexicon.Flags(text::Fold(text.substr(i, e - i))) & kGivenName) == 0) {
      return true;
    }
    i = e > i ? e : i + 1;
  }
  return false;
}

// Two to five capitals, then "de", "of", ":", "=" or nothing, and a digit.
// A plural unit of time right after a number ("Gold in 2 Weeks !", "Lose It
// In 3 Months"): title case or a headline capitalized the unit, and a
// person's name takes no count before it ("Weeks", "Hours" are surnames).
// `folded` is text::Fold() of the finding's bytes.
bool TimeUnitAfterANumber(std::string_view text, const Finding& f, std::string_view folded) {
  if (f.begin < 2 || text[f.begin - 1] != ' ' || std::isdigit(static_cast<unsigned char>(text[f.begin - 2])) == 0) {
    return false;
  }
  static constexpr std::string_view kUnits[] = {"seconds", "minutes", "hours", "days", "weeks", "months", "years"};
  return std::ranges::find(kUnits, folded) != std::end(kUnits);
}

// A season after a word that sets a time ("this Summer", "next Autumn",
// "all Winter long"): the season, though "Summer", "Autumn" and "Winter"
// are given names. Not before a possessive or a capitalized word ("this
// Summer's letter", "last Autumn Reyes"), nor after "since" or "until",
// where a clause may follow ("since Summer left").
// `folded` is text::Fold() of the finding's bytes (folded once by the
// caller, and compared as a view: a std::string compared with a literal
// is a call each time).
bool SeasonAfterATimeWord(std::string_view text, const Finding& f, std::string_view folded) {
  if (folded != "summer" && folded != "autumn" && folded != "winter" && folded != "spring" && folded != "fall") {
    return false;
  }
  if (f.end < text.size() && (text[f.end] == '\'' || text.substr(f.end, 3) == "\xE2\x80\x99" ||
                              (text[f.end] == ' ' && StartsWithCapital(text, f.end + 1)))) {
    return false;
  }
  if (f.begin < 2 || text[f.begin - 1] != ' ') return false;
  size_t b = f.begin - 1;
  while (b > 0 && IsLetterByte(static_cast<unsigned char>(text[b - 1]))) --b;
  const std::string before = text::Fold(text.substr(b, f.begin - 1 - b));
  return before == "this" || before == "next" || before == "last" || before == "every" || before == "early" ||
         before == "late" || before == "mid" || before == "all" || before == "past";
}

bool IsAcronymBeforeAScore(std::string_view text, const Finding& f) {
  const std::string_view word = text.substr(f.begin, f.end - f.begin);
  if (word.size() < 2 || word.size() > 5) return false;
  for (unsigned char c : word) {
    if (std::isupper(c) == 0) return false;
  }
  size_t at = f.end;
  auto skip_spaces = [&] {
    while (at < text.size() && text[at] == ' ') ++at;
  };
  skip_spaces();
  if (at < text.size() && (text[at] == ':' || text[at] == '=')) {
    ++at;
  } else if (text.substr(at, 3) == "de " || text.substr(at, 3) == "of ") {
    at += 3;
  }
  skip_spaces();
  if (at >= text.size() || std::isdigit(static_cast<unsigned char>(text[at])) == 0) return false;
  // An age is no score: "mi hija KARLA de 15 años" is a person.
  while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at])) != 0) ++at;
  // A given name in capitals ("su hija ANA de 8 y su hijo LUIS de 5",
  // "JUAN: 3 hombres") is a score only where the text says so: an article
  // before it ("un EVA de 9"), a score out of a maximum ("EVA 8/10"), or
  // another acronym that is no name near it ("con EVA de 8 y con TAC").
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon != nullptr && (lexicon->Flags(text::Fold(word)) & kGivenName) != 0 &&
      !(at < text.size() && text[at] == '/') && !ArticleBefore(text, f.begin) &&
      !OtherAcronymNear(text, f, *lexicon)) {
    return false;
  }
  skip_spaces();
  size_t e = at;
  while (e < text.size() && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
  static const std::unordered_set<std::string_view> kAgeUnits = {
      "ano", "anos", "anitos", "mes", "meses", "year", "years", "yr", "yrs", "ans", "an", "mois", "lane", "ane"};
  return kAgeUnits.count(text::Fold(text.substr(at, e - at))) == 0;
}

// True if the guessed name f is one word naming a nationality or a language
// that a given name or surname spells too ("German", "Jordan" is none)
// after an article or a describing word and before a word in lower case:
// "this nice new German place", "a German company", "the German team".
// A person is no "new German"; "my German", "with German", "German said"
// and a family ("the Cyprian family", "the German house") are left as
// names.
bool NationalityBeforeANoun(std::string_view text, const Finding& f, const NameLexicon& lexicon,
                            uint32_t flags) {
  // data/demonyms.txt leaves out the ones that are names too: those read
  // here, unaccented ("Germán" is a name). Not "Norman": a man far more
  // often than a people of history ("then old Norman beat me").
  const std::string_view word = text.substr(f.begin, f.end - f.begin);
  const bool demonym = (flags & kDemonym) != 0 || word == "German" || word == "English" || word == "Irish" ||
                       word == "Welsh" || word == "Dutch" || word == "Breton" || word == "Cornish";
  if (!demonym || f.begin < 2 || text[f.begin - 1] != ' ' || f.end + 1 >= text.size() ||
      text[f.end] != ' ' || std::islower(static_cast<unsigned char>(text[f.end + 1])) == 0) {
    return false;
  }
  size_t b = 0;
  const std::string_view before = LetterWordEndingAt(text, f.begin - 1, &b);
  static const std::unordered_set<std::string_view> kBefore = {
      "a",     "an",   "the",     "this",   "that",   "these",     "those",  "new",         "nice",
      "old",   "some", "another", "famous", "local",  "typical",   "authentic", "traditional", "good",
      "great", "best", "favorite", "favourite", "fellow", "real", "every", "any"};
  if (kBefore.count(text::Fold(before)) == 0) return false;
  // "the Cyprian family", "the German house": a family's surname.
  const std::string after = text::Fold(LetterWordStartingAt(text, f.end + 1));
  static const std::unordered_set<std::string_view> kFamily = {
      "family", "families", "household", "clan",    "house",  "home",  "residence", "farm",
      "kids",   "children", "boys",      "girls",   "twins",  "brothers", "sisters", "estate"};
  return kFamily.count(after) == 0 && (lexicon.Flags(after) & (kSpeechCue | kStopWord | kKinCue)) == 0;
}

// True if a determiner stands right before `begin` ("some Seahawk
// football", "the Seahawk football game"): a lower-case sport after a word
// names a team only then; after "with" or a verb the word is who one played
// with ("I played with Okonkwo soccer").
bool AfterADeterminer(std::string_view text, size_t begin) {
  if (begin < 2 || text[begin - 1] != ' ') return false;
  size_t b = 0;
  const std::string folded = text::Fold(LetterWordEndingAt(text, begin - 1, &b));
  return folded == "the" || folded == "a" || folded == "an" || folded == "some" || folded == "our" ||
         folded == "my" || folded == "your" || folded == "his" || folded == "her" || folded == "their" ||
         folded == "this" || folded == "that" || folded == "no" || folded == "more" || folded == "any";
}

// True if the guessed name f names a team, a church or a hospital by a
// form no person takes: a sport's name ends it or follows it ("Bradley
// Soccer", "Seahawk football"; after one word of no name list, in
// lower case only after a determiner), or a
// saint's name before its possessive ("St. Luke's emergency department",
// "Saint Jude's"), and Valentine's Day.
bool TeamOrSaint(std::string_view text, const Finding& f, uint32_t flags) {
  // In lower case or with its capital ("Soccer"); no folded copy is made
  // of the many words that are none.
  auto sport = [](std::string_view w) {
    if (w.size() < 5 || w.size() > 10) return false;
    char lower[10];
    for (size_t k = 0; k < w.size(); ++k) {
      lower[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[k])));
    }
    const std::string_view l(lower, w.size());
    return l == "soccer" || l == "football" || l == "basketball" || l == "baseball" || l == "hockey" ||
           l == "volleyball" || l == "softball" || l == "lacrosse" || l == "rugby" || l == "wrestling";
  };
  const std::string_view word = text.substr(f.begin, f.end - f.begin);
  const size_t space = word.rfind(' ');
  if (space != std::string_view::npos && StartsWithCapital(word, space + 1) &&
      sport(word.substr(space + 1))) {
    return true;
  }
  const std::string_view rest = text.substr(f.end, 5);
  const bool possessive = rest.starts_with("'s") || rest.starts_with(" 's") || rest.starts_with("\xE2\x80\x99s");
  if (space != std::string_view::npos) {
    // "Saint Jude's" taken whole.
    return possessive && word.find(' ') == space &&
           (word.starts_with("Saint ") || word.starts_with("St. ") || word.starts_with("St "));
  }
  if (f.end + 1 < text.size() && text[f.end] == ' ' && (flags & (kGivenName | kSurname)) == 0 &&
      sport(LetterWordStartingAt(text, f.end + 1)) &&
      (StartsWithCapital(text, f.end + 1) || AfterADeterminer(text, f.begin))) {
    return true;
  }
  if (!possessive) return false;
  // "Valentine's Day" (after a saint, below: "St. Patrick's Day"); not
  // "Kevin's Day Out".
  const size_t day_at = f.end + (rest.starts_with("'s") ? 3 : 4);
  if (text.substr(f.begin, f.end - f.begin) == "Valentine" && day_at + 3 <= text.size() &&
      text[day_at - 1] == ' ' && LetterWordStartingAt(text, day_at) == "Day") {
    return true;
  }
  size_t b = 0;
  const std::string_view before =
      f.begin >= 2 && text[f.begin - 1] == ' ' ? LetterWordEndingAt(text, f.begin - 1, &b) : std::string_view();
  const std::string_view dotted =
      f.begin >= 3 && text.substr(f.begin - 2, 2) == ". " ? LetterWordEndingAt(text, f.begin - 2, &b)
                                                           : std::string_view();
  return before == "Saint" || before == "St" || dotted == "St";
}

// True if the guessed name f is one word after a battle's, a siege's or a
// treaty's "of" ("the Battle of Hastings", "Siege of Leningrad", "la
// Batalla de Puebla", "la bataille de Verdun"): the field or the town.
// Not a given name or surname of the lists ("la batalla de María por sus
// hijos" is her fight), nor a word before a possessive ("the battle at
// Kevin's house"); a lower-case "sitio" is a place one stays at ("el sitio
// de Pedro"), no siege.
bool PlaceOfABattle(std::string_view text, const Finding& f, uint32_t flags) {
  if ((flags & (kGivenName | kSurname)) != 0 ||
      text.substr(f.begin, f.end - f.begin).find(' ') != std::string_view::npos || f.begin < 4 ||
      text[f.begin - 1] != ' ') {
    return false;
  }
  const std::string_view rest = text.substr(f.end, 4);
  if (rest.starts_with("'s") || rest.starts_with("\xE2\x80\x99s")) return false;
  size_t b = 0;
  const std::string_view of = LetterWordEndingAt(text, f.begin - 1, &b);
  if ((of != "of" && of != "de" && of != "at") || b < 2 || text[b - 1] != ' ') return false;
  // (Compared as written: "de" stands before most Spanish names, and no
  // folded copy is made of the word before it.)
  const std::string_view head = LetterWordEndingAt(text, b - 1, &b);
  static const std::unordered_set<std::string_view> kHeads = {
      "Battle",  "battle",  "Siege",    "siege",    "Treaty", "treaty",  "Batalla", "batalla",
      "Sitio",   "Tratado",  "tratado",  "Bataille", "bataille", "Traité", "traité"};
  return kHeads.count(head) != 0;
}

// A royal style of two words, a title and the role it names ("the Princess
// Royal", "the Queen Mother", "the Prince Regent"): no name follows it. The
// role word is compared first, so most names are read no further.
bool IsRoyalStyle(std::string_view name, const NameLexicon& lexicon) {
  const size_t space = name.find(' ');
  if (space == std::string_view::npos || space == 0) return false;
  const std::string_view role = name.substr(space + 1);
  if (role.size() < 5 || role.size() > 7) return false;
  std::string folded_role(role);
  for (char& c : folded_role) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (folded_role != "royal" && folded_role != "regent" && folded_role != "consort" &&
      folded_role != "dowager" && folded_role != "mother") {
    return false;
  }
  return (lexicon.Flags(text::Fold(name.substr(0, space))) & (kTitle | kHonorific)) != 0;
}

// A conjunction, preposition or possessive that capitals made look like a
// name in a title-case line or a shout ("Brenda AND Tomasz", "Dines With
// Ruben Castillo", "MARCEL ET LOUISE"). Not "Les", "Con" or "Will": given
// names in English; not "of" or "the", which names hold ("Joan of Arc");
// not "Ak", "Dans", "Pour" or "From", which end names of other languages
// ("Mehmet Ak", "Ali Pour").
bool IsJoiningWord(std::string_view word) {
  if (word.size() < 2 || word.size() > 5) return false;
  char folded[5];
  for (size_t k = 0; k < word.size(); ++k) {
    const unsigned char c = static_cast<unsigned char>(word[k]) | 0x20;
    if (c < 'a' || c > 'z') return false;
    folded[k] = static_cast<char>(c);
  }
  static constexpr std::string_view kWords[] = {"and", "with", "our", "your", "their", "into", "et", "avec"};
  return std::ranges::find(kWords, std::string_view(folded, word.size())) != std::end(kWords);
}

// A possessive "Our" or "Your" ending a name, with a capitalized word right
// after it on the line: title case wrote the noun it opens with a capital
// ("Is Joaquin Phoenix Our Modern Day Andy Kaufman", "Meet Kevin Hart Your
// New Host"). Neither word is a name of the lists; "Their" is left out, as
// it ends names ("Ilse Their").
bool OpensTitleCaseNoun(std::string_view text, std::string_view word, size_t end) {
  if (word.size() < 3 || word.size() > 4) return false;
  const std::string folded = text::Fold(word);
  if (folded != "our" && folded != "your") return false;
  return end + 1 < text.size() && text[end] == ' ' && text[end + 1] >= 'A' && text[end + 1] <= 'Z';
}

// The joining words written with a capital in f (the words on either side
// stay redacted: only the joining word is freed), as [begin, end) pairs
// appended to *words; false if there is none. A word glued to a hyphen, an
// apostrophe or a mark is part of a compound or a phrase and stays: only
// whole words between spaces (or f's start) are read, hopping from space to
// space. f's last word stays, a joining word that ends a name being the
// name's own ("Ilse Their"), unless it is a title-case possessive before
// its noun (OpensTitleCaseNoun).
bool JoiningWordsIn(std::string_view text, const Finding& f, const NameLexicon& lexicon,
                    std::vector<std::pair<size_t, size_t>>* words) {
  bool any = false;
  for (size_t p = f.begin; p < f.end;) {
    const void* space = std::memchr(text.data() + p, ' ', f.end - p);
    const size_t e = space == nullptr ? f.end : static_cast<size_t>(static_cast<const char*>(space) - text.data());
    const std::string_view word = text.substr(p, e - p);
    const bool joining = word.size() >= 2 && word.size() <= 5 && word[0] >= 'A' && word[0] <= 'Z' &&
                         IsJoiningWord(word) && (lexicon.Flags(text::Fold(word)) & (kGivenName | kSurname)) == 0;
    if (e >= f.end) {  // the last word
      if (joining && p > f.begin && OpensTitleCaseNoun(text, word, e)) {
        words->emplace_back(p, e);
        any = true;
      }
      break;
    }
    if (joining) {
      words->emplace_back(p, e);
      any = true;
    }
    p = e + 1;
  }
  return any;
}

// Appends to *out the pieces of f around `words` (its joining words). A
// piece cut from the middle of a name loses its person group: the renderer
// numbers it by its own words.
void AppendPiecesAround(std::string_view text, const Finding& f,
                        const std::vector<std::pair<size_t, size_t>>& words, std::vector<Finding>* out) {
  const size_t first_piece = out->size();
  size_t piece_begin = f.begin;
  for (auto [b, e] : words) {
    size_t piece_end = b;
    while (piece_end > piece_begin && text[piece_end - 1] == ' ') --piece_end;
    if (piece_end > piece_begin) {
      Finding piece = f;
      piece.begin = piece_begin;
      piece.end = piece_end;
      out->push_back(piece);
    }
    piece_begin = e;
    while (piece_begin < f.end && text[piece_begin] == ' ') ++piece_begin;
  }
  if (piece_begin < f.end) {
    Finding piece = f;
    piece.begin = piece_begin;
    out->push_back(piece);
  }
  if (out->size() - first_piece > 1) {
    for (size_t i = first_piece; i < out->size(); ++i) (*out)[i].person_group = -1;
  }
}

// A person the name detector's passes guessed ("names"), within the text.
bool GuessedPerson(std::string_view text, const Finding& f) {
  return IsGuessedPerson(f) && f.end <= text.size();
}

}  // namespace

// A landform's noun after "the" and a capitalized adjective ("the Sonoran
// Desert", "the Lacandon Jungle", "the Mexican Highlands"): the place's
// name, though the name detector took the noun alone for a name. Not a
// word the lists hold as a given name or surname, nor before a possessive.
bool LandformAfterAnAdjective(std::string_view text, const Finding& f, uint32_t flags) {
  if ((flags & (kGivenName | kSurname)) != 0) return false;
  const std::string folded = text::Fold(text.substr(f.begin, f.end - f.begin));
  static constexpr std::string_view kLandforms[] = {"desert", "deserts", "jungle", "mountains",
                                                    "highlands", "lowlands", "plains", "plateau"};
  if (std::ranges::find(kLandforms, std::string_view(folded)) == std::end(kLandforms)) return false;
  if (f.end < text.size() && (text[f.end] == '\'' || text.substr(f.end, 3) == "\xE2\x80\x99")) return false;
  if (f.begin < 2 || text[f.begin - 1] != ' ') return false;
  size_t adjective = 0;
  const std::string_view word = LetterWordEndingAt(text, f.begin - 1, &adjective);
  if (word.size() < 3 || !StartsWithCapital(text, adjective) || adjective < 2 || text[adjective - 1] != ' ') {
    return false;
  }
  size_t article = 0;
  return text::Fold(LetterWordEndingAt(text, adjective - 1, &article)) == "the";
}

void DropNonPersonWords(std::string_view text, std::vector<Finding>* findings, bool haitian) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  size_t kept = 0;
  for (size_t i = 0; i < findings->size(); ++i) {
    Finding& f = (*findings)[i];
    if (lexicon != nullptr && GuessedPerson(text, f) && f.begin < f.end &&
        IsRoyalStyle(text.substr(f.begin, f.end - f.begin), *lexicon)) {
      continue;  // dropped
    }
    // A title opening the name stays: "Officer [PERSON-1]", as "Dr.
    // [PERSON-1]" does (a title that is part of the name, "Pope Francis",
    // "Lady Gaga", is no title here).
    if (lexicon != nullptr && GuessedPerson(text, f)) {
      size_t e = f.begin;
      while (e < f.end && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
      const uint32_t flags = lexicon->Flags(text::Fold(text.substr(f.begin, e - f.begin)));
      if (e > f.begin && e + 1 < f.end && text[e] == ' ' && (flags & kTitle) != 0 &&
          (flags & (kHonorific | kGivenName | kSurname)) == 0 && StartsWithCapital(text, e + 1)) {
        f.begin = e + 1;
      }
    }
    // A retweet's mark after the name ("- Jim Rohn RT @coach") is none of it.
    if (GuessedPerson(text, f) && f.end >= f.begin + 2 && text.substr(f.end - 2, 2) == "RT" &&
        text.substr(f.end, 2) == " @" && (f.end - 2 == f.begin || text[f.end - 3] == ' ')) {
      f.end = f.end - 2 == f.begin ? f.begin : f.end - 3;
    }
    bool drop = f.begin >= f.end;
    if (!drop && GuessedPerson(text, f) && f.begin < f.end) {
      const std::string_view word = text.substr(f.begin, f.end - f.begin);
      const std::string folded = text::Fold(word);
      // A kin word after a possessive ("Mi Mamá: ya llegué", "my Mom")
      // names a role, not a person.
      const uint32_t flags = lexicon == nullptr ? 0 : lexicon->Flags(folded);
      bool kin_word = false;
      if ((flags & kKinCue) != 0 && word.find(' ') == std::string_view::npos && f.begin > 1 &&
          text[f.begin - 1] == ' ') {
        size_t b = f.begin - 1;
        while (b > 0 && IsLetterByte(static_cast<unsigned char>(text[b - 1]))) --b;
        const std::string before = text::Fold(text.substr(b, f.begin - 1 - b));
        kin_word = before == "mi" || before == "my" || before == "ma" || before == "mon" || before == "su" ||
                   before == "tu" || before == "our" || before == "nuestra" || before == "nuestro";
      }
      // A French imperative glued to its pronoun ("« Tais-toi »",
      // "Suivez-moi"): a name takes no "-toi" after it.
      bool imperative = false;
      if (word.find(' ') == std::string_view::npos && f.end + 3 < text.size() && text[f.end] == '-') {
        const std::string_view rest = LetterWordStartingAt(text, f.end + 1);
        const size_t after = f.end + 1 + rest.size();
        imperative = (rest == "toi" || rest == "moi" || rest == "vous" || rest == "nous" || rest == "lui" ||
                      rest == "leur") &&
                     (after >= text.size() || text[after] != '-');
      }
      // Haitian "Jan yo te trete nou an" (the way they treated us): "jan"
      // opening a sentence before a subject pronoun, a word in lower case
      // and a clause closed by its determiner is the word "manner"; the
      // name takes its verb at once ("Jan te bat mwen") or "ak" ("Jan ak
      // mwen").
      bool manner = false;
      if (haitian && word == "Jan" && f.end + 1 < text.size() && text[f.end] == ' ') {
        const std::string_view pronoun = LetterWordStartingAt(text, f.end + 1);
        const size_t verb_at = f.end + 2 + pronoun.size();
        manner = OpensSentenceAt(text, f.begin) &&
                 (pronoun == "yo" || pronoun == "nou" || pronoun == "mwen" || pronoun == "m" || pronoun == "ou" ||
                  pronoun == "w" || pronoun == "n") &&
                 verb_at < text.size() && text[verb_at - 1] == ' ' &&
                 std::islower(static_cast<unsigned char>(text[verb_at])) != 0;
        // The clause "jan ... an" closes with its determiner before a mark;
        // "Jan li te di m sa" (Jan, he told me) and "Jan mwen te la" (my
        // Jan) stay names.
        if (manner) {
          size_t end = verb_at;
          while (end < text.size() && end - verb_at < 80 && std::string_view(",.;:!?\n").find(text[end]) ==
                                                                  std::string_view::npos) {
            ++end;
          }
          size_t last_begin = 0;
          const std::string_view last = LetterWordEndingAt(text, end, &last_begin);
          manner = last_begin > verb_at && (last == "an" || last == "la" || last == "a" || last == "lan" ||
                                            last == "nan" || last == "yo");
        }
      }
      drop = IsGodWord(folded) || IsAcronymBeforeAScore(text, f) || TimeUnitAfterANumber(text, f, folded) ||
             SeasonAfterATimeWord(text, f, folded) || kin_word || imperative || manner ||
             HolyDayOrHolyName(text, f) ||
             (lexicon != nullptr && (NationalityBeforeANoun(text, f, *lexicon, flags) ||
                                     TeamOrSaint(text, f, flags))) ||
             PlaceOfABattle(text, f, flags) || LandformAfterAnAdjective(text, f, flags);
    }
    if (!drop) (*findings)[kept++] = f;
  }
  findings->resize(kept);
  if (lexicon == nullptr) return;
  // Joining words: most findings hold none, and the list is rebuilt only
  // from the first that does.
  std::vector<std::pair<size_t, size_t>> words;
  size_t first = 0;
  while (first < findings->size() &&
         !(GuessedPerson(text, (*findings)[first]) && JoiningWordsIn(text, (*findings)[first], *lexicon, &words))) {
    ++first;
  }
  if (first == findings->size()) return;
  std::vector<Finding> out(findings->begin(), findings->begin() + static_cast<std::ptrdiff_t>(first));
  out.reserve(findings->size() + 4);
  AppendPiecesAround(text, (*findings)[first], words, &out);
  for (size_t i = first + 1; i < findings->size(); ++i) {
    const Finding& f = (*findings)[i];
    words.clear();
    if (GuessedPerson(text, f) && JoiningWordsIn(text, f, *lexicon, &words)) {
      AppendPiecesAround(text, f, words, &out);
    } else {
      out.push_back(f);
    }
  }
  *findings = std::move(out);
}

}  // namespace amparo::redaction
