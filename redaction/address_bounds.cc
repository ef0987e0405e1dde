#include "redaction/address_bounds.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>
#include <vector>

#include "redaction/name_detector_text.h"
#include "redaction/pattern_rules.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool InSet(std::string_view word, std::initializer_list<std::string_view> set) {
  for (std::string_view w : set) {
    if (w == word) return true;
  }
  return false;
}

// True if the UTF-8 word starting at text[at] starts with an upper-case
// letter (ASCII or Latin-1: "Á", "Ñ").
bool StartsUpper(std::string_view text, size_t at) {
  const unsigned char c = static_cast<unsigned char>(text[at]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c == 0xC3 && at + 1 < text.size()) {
    const unsigned char d = static_cast<unsigned char>(text[at + 1]);
    return d >= 0x80 && d <= 0x9E && d != 0x97;
  }
  return false;
}

// Where the word that ends at `end` starts: the bytes before it for which
// is_part holds; `end` itself if there are more than 64 of them. No word of
// a street's name is that long, and the bound keeps each backward walk short
// on a long line with no space ("Street—Street—...", where the bytes of "—"
// count as a word's), so that many keywords cost linear time.
template <typename IsPart>
size_t BoundedWordBegin(std::string_view text, size_t end, IsPart is_part) {
  constexpr size_t kMaxWordBytes = 64;
  size_t begin = end;
  while (begin > 0 && is_part(static_cast<unsigned char>(text[begin - 1]))) {
    if (end - begin == kMaxWordBytes) return end;
    --begin;
  }
  return begin;
}

bool IsNamePart(unsigned char c) { return std::isalpha(c) != 0 || c >= 0x80 || c == '\'' || c == '-'; }

}  // namespace

size_t StreetNameStart(std::string_view text, size_t end, int max_words) {
  size_t pos = end;
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  if (pos > 0 && text[pos - 1] == ',') --pos;
  size_t begin = end;
  int capitalized = 0;
  while (capitalized < max_words) {
    size_t word_end = pos;
    while (word_end > 0 && text[word_end - 1] == ' ' && pos - word_end < 3) --word_end;
    if (word_end == pos && pos != end && capitalized > 0) break;  // words need a space between
    const size_t word_begin = BoundedWordBegin(text, word_end, IsNamePart);
    // An initial inside the name: "Francisco I. Madero".
    if (word_begin == word_end && capitalized > 0 && word_end >= 2 && text[word_end - 1] == '.' &&
        std::isupper(static_cast<unsigned char>(text[word_end - 2])) != 0 &&
        (word_end == 2 || text[word_end - 3] == ' ')) {
      ++capitalized;
      begin = word_end - 2;
      pos = begin;
      continue;
    }
    if (word_begin == word_end) break;
    const std::string word = AsciiLower(text.substr(word_begin, word_end - word_begin));
    if (StartsUpper(text, word_begin)) {
      ++capitalized;
      begin = word_begin;
    } else if (capitalized == 0 ||
               !InSet(word, {"de", "del", "la", "las", "los", "el", "y", "i", "da", "do"})) {
      break;
    }
    pos = word_begin;
  }
  return begin;
}

size_t SuffixedStreetStart(std::string_view text, size_t at) {
  if (at < text.size() && IsNamePart(static_cast<unsigned char>(text[at]))) {  // inside the word: its start
    const size_t begin = BoundedWordBegin(text, at, IsNamePart);
    if (StartsUpper(text, begin)) return begin;
    // In lower case, as chats write them, only types no other word ends
    // in, after three letters or more: "hauptstrasse 8", "molenstraat 14",
    // "storgatan 5" (not "brigade 5", "midweg 3").
    size_t word_end = at;
    while (word_end < text.size() && word_end - at < 16 && IsNamePart(static_cast<unsigned char>(text[word_end]))) {
      ++word_end;
    }
    const std::string word = AsciiLower(text.substr(begin, word_end - begin));
    if (std::isalpha(static_cast<unsigned char>(text[begin])) != 0) {
      for (const std::string_view t : {"strasse", "straße", "straat", "gasse", "gatan", "gracht", "vägen", "veien"}) {
        if (word.size() >= t.size() + 3 && std::string_view(word).ends_with(t)) return begin;
      }
    }
    return at;
  }
  size_t pos = at;  // the space before the type word
  size_t begin = at;
  for (int words = 0; words < 2; ++words) {
    size_t word_end = pos;
    while (word_end > 0 && text[word_end - 1] == ' ' && pos - word_end < 3) --word_end;
    if (word_end == pos && words > 0) break;
    const size_t word_begin = BoundedWordBegin(text, word_end, IsNamePart);
    if (word_begin == word_end) break;
    if (StartsUpper(text, word_begin)) begin = word_begin;
    pos = word_begin;
  }
  return begin;
}

namespace {

bool IsLetterAt(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  return std::isalpha(c) != 0 || c >= 0x80;
}

// The word (letters, apostrophes, hyphens) ending at `end` after at most
// two spaces; empty if none (or longer than a street's word). *word_begin:
// where it starts.
std::string_view WordBefore(std::string_view text, size_t end, size_t* word_begin) {
  size_t word_end = end;
  while (word_end > 0 && text[word_end - 1] == ' ' && end - word_end < 2) --word_end;
  const size_t b = BoundedWordBegin(text, word_end, IsNamePart);
  *word_begin = b;
  return text.substr(b, word_end - b);
}

// "27th Avenue", "Northwest 27th Avenue", "W 79th Street": where an
// ordinal that names a street before its type starts (with a direction
// before it), or type_begin.
size_t OrdinalStreetStart(std::string_view text, size_t type_begin) {
  size_t pos = type_begin;
  while (pos > 0 && text[pos - 1] == ' ' && type_begin - pos < 2) --pos;
  if (pos == type_begin || pos < 3) return type_begin;
  const std::string suffix = AsciiLower(text.substr(pos - 2, 2));
  if (!InSet(suffix, {"st", "nd", "rd", "th"})) return type_begin;
  size_t digits = pos - 2;
  while (digits > 0 && std::isdigit(static_cast<unsigned char>(text[digits - 1])) != 0 && pos - 2 - digits < 3) --digits;
  if (digits == pos - 2 || (digits > 0 && text[digits - 1] != ' ')) return type_begin;
  size_t word_begin = digits;
  const std::string_view direction = WordBefore(text, digits, &word_begin);
  if (InSet(direction, {"North", "South", "East", "West", "Northwest", "Northeast", "Southwest", "Southeast", "N",
                        "S", "E", "W", "NW", "NE", "SW", "SE"})) {
    return word_begin;
  }
  return digits;
}

// Where a Polish flat or premises ending at `end` starts with the blank
// before it (" m. 5", " lok. 3" in "Kwiatowa 12 m. 5, 00-950 Warszawa"):
// the flat's number, its word and dot, after a blank; `end` if none.
size_t BeforePolishFlat(std::string_view text, size_t end) {
  size_t pos = end;
  while (pos > 0 && end - pos < 4 && std::isdigit(static_cast<unsigned char>(text[pos - 1])) != 0) --pos;
  if (pos == end) return end;
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  if (pos == 0 || text[pos - 1] != '.') return end;
  --pos;
  const std::string_view before = text.substr(0, pos);
  for (std::string_view word : {" m", " lok"}) {
    if (before.ends_with(word)) return pos - word.size();
  }
  return end;
}

}  // namespace

size_t StreetBeforeShortPostalCode(std::string_view text, size_t code_begin) {
  size_t pos = code_begin;
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t')) --pos;
  if (pos == 0 || text[pos - 1] != ',') return code_begin;
  --pos;
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t')) --pos;
  // A Polish flat after the house number: "Kwiatowa 12 m. 5, 00-950".
  pos = BeforePolishFlat(text, pos);
  // The house number: digits, maybe a letter after them or a range ("12a",
  // "12-14", "5/3").
  const size_t number_end = pos;
  while (pos > 0 && number_end - pos < 10 &&
         (std::isalnum(static_cast<unsigned char>(text[pos - 1])) != 0 || text[pos - 1] == '-' || text[pos - 1] == '/')) {
    --pos;
  }
  if (pos == number_end || std::isdigit(static_cast<unsigned char>(text[pos])) == 0) return code_begin;
  if (pos == 0 || (text[pos - 1] != ' ' && text[pos - 1] != '\t')) return code_begin;
  const size_t name_begin = StreetNameStart(text, pos, 4);
  if (name_begin == pos) return code_begin;
  // "See Artículo 27, 1062": any word of the name may say what is numbered.
  for (size_t w = name_begin; w < pos; ++w) {
    if ((w == name_begin || text[w - 1] == ' ') && text[w] != ' ' && NumbersNoStreet(text, w)) return code_begin;
  }
  return name_begin;
}

size_t StreetBeforeYearLikePostalCode(std::string_view text, size_t code_begin, const std::vector<Finding>& found) {
  const size_t street = StreetBeforeShortPostalCode(text, code_begin);
  if (street != code_begin) return street;
  size_t comma = code_begin;
  while (comma > 0 && (text[comma - 1] == ' ' || text[comma - 1] == '\t')) --comma;
  if (comma == 0 || text[comma - 1] != ',') return code_begin;
  --comma;
  // The street's finding is among the last ones (its rule runs in the same
  // scan, before the code's); a street found by a keyword rule has its
  // name before the number, which StreetBeforeShortPostalCode reads.
  for (auto it = found.rbegin(); it != found.rend() && it - found.rbegin() < 4; ++it) {
    if (it->type != IdentifierType::kAddress || it->end > comma) continue;
    size_t gap = it->end;
    while (gap < comma && (text[gap] == ' ' || text[gap] == '.')) ++gap;
    if (gap == comma) return it->begin;
  }
  return code_begin;
}

bool TownThenLowerWord(std::string_view text, size_t code_end) {
  size_t pos = code_end;
  for (int words = 0; words < 4; ++words) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    if (pos >= text.size()) return false;
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    // A lower-case letter: ASCII, or U+00DF to U+00FF ("é", "ü").
    if ((c >= 'a' && c <= 'z') ||
        (c == 0xC3 && pos + 1 < text.size() && static_cast<unsigned char>(text[pos + 1]) >= 0x9F)) {
      return words > 0;
    }
    while (pos < text.size() && text[pos] != ' ' && text[pos] != '\t') {
      if (std::string_view(".,;)\n").find(text[pos]) != std::string_view::npos) return false;
      ++pos;
    }
  }
  return false;
}

size_t StreetAfterBuildingNumber(std::string_view text, size_t code_begin, size_t code_end,
                                 const PlaceGazetteer& places) {
  if (code_end - code_begin != 4) return code_end;
  for (size_t i = code_begin; i < code_end; ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i])) == 0) return code_end;
  }
  size_t name = code_end;
  while (name < text.size() && (text[name] == ' ' || text[name] == '\t')) ++name;
  // Up to three words ("6891 Prešernova 18", "0386 Manuel Acuña 41").
  size_t name_end = name;
  size_t number = name;
  for (int words = 0; words < 3; ++words) {
    size_t word_end = number;
    while (word_end < text.size() && IsNameLetterByte(static_cast<unsigned char>(text[word_end]))) ++word_end;
    if (word_end == number) break;
    name_end = word_end;
    number = word_end;
    while (number < text.size() && (text[number] == ' ' || text[number] == '\t')) ++number;
    if (number == word_end) return code_end;
    if (std::isdigit(static_cast<unsigned char>(text[number])) != 0) break;
  }
  if (name_end == name) return code_end;
  size_t number_end = number;
  while (number_end < text.size() && std::isdigit(static_cast<unsigned char>(text[number_end])) != 0) ++number_end;
  if (number_end == number || number_end - number > 2) return code_end;
  if (number_end < text.size() && std::isalnum(static_cast<unsigned char>(text[number_end])) != 0) return code_end;
  if (places.IsPlace(text.substr(name, name_end - name))) return code_end;
  return number_end;
}

size_t StreetBeforeNumberByContext(std::string_view text, size_t number_begin, size_t number_end,
                                   const PlaceGazetteer& places, const NameLexicon& lexicon) {
  const size_t begin = StreetNameStart(text, number_begin, 3);
  if (begin == number_begin) return number_begin;
  for (size_t w = begin; w < number_begin; ++w) {
    if ((w == begin || text[w - 1] == ' ') && text[w] != ' ' && NumbersNoStreet(text, w)) return number_begin;
  }
  if (SentToNameIsNoStreet(text, begin, number_end, places, lexicon)) return number_begin;
  // A street opens its address: a number on a line above, in the block or
  // after the word "address", says this line ends an address, where a
  // country and its postal code stand ("...Apt. 123\n Ilulissat\n
  // Greenlander 0760").
  size_t line_begin = begin;
  while (line_begin > 0 && text[line_begin - 1] != '\n') --line_begin;
  auto digit_on_lines_above = [&](size_t from) {
    for (size_t i = from; i < line_begin; ++i) {
      if (std::isdigit(static_cast<unsigned char>(text[i])) != 0) return true;
    }
    return false;
  };
  // The word "address" before it.
  const size_t from = begin > 160 ? begin - 160 : 0;
  const std::string before = AsciiLower(text.substr(from, begin - from));
  for (std::string_view word : {"address", "direcci", "domicilio", "adresse"}) {
    const size_t at = before.rfind(word);
    if (at != std::string::npos) return digit_on_lines_above(from + at) ? number_begin : begin;
  }
  // Or a line of its own ("> " marks apart) under a short line that opens
  // with a capital and ends no sentence: a name's, a firm's, a title's.
  for (size_t i = line_begin; i < begin; ++i) {
    if (text[i] != ' ' && text[i] != '\t' && text[i] != '>') return number_begin;
  }
  if (line_begin == 0 || digit_on_lines_above(line_begin > 160 ? line_begin - 160 : 0)) return number_begin;
  size_t after = number_end;
  while (after < text.size() && (text[after] == ' ' || text[after] == '\t' || text[after] == '\r')) ++after;
  if (after < text.size() && text[after] != '\n') return number_begin;
  size_t prev_end = line_begin - 1;  // the line break
  // One blank line may stand between ("Quantell\n\nKamenná 15").
  if (prev_end > 0 && text[prev_end - 1] == '\n') --prev_end;
  size_t prev_begin = prev_end;
  while (prev_begin > 0 && text[prev_begin - 1] != '\n') --prev_begin;
  while (prev_begin < prev_end && (text[prev_begin] == ' ' || text[prev_begin] == '\t' || text[prev_begin] == '>')) {
    ++prev_begin;
  }
  while (prev_end > prev_begin && (text[prev_end - 1] == ' ' || text[prev_end - 1] == '\t' || text[prev_end - 1] == '\r')) {
    --prev_end;
  }
  if (prev_end == prev_begin || prev_end - prev_begin > 48 || !StartsUpper(text, prev_begin)) return number_begin;
  if (std::string_view(".?!:;,").find(text[prev_end - 1]) != std::string_view::npos) return number_begin;
  return begin;
}

size_t StreetBeforeNumberDashNeighbourhood(std::string_view text, size_t comma, size_t end,
                                           const PlaceGazetteer& places, const NameLexicon& lexicon) {
  // The comma is glued to the name ("Doria, 55"; a line-up's " , 10 - X"
  // is no address).
  if (comma == 0 || text[comma - 1] == ' ' || text[comma - 1] == '\t') return comma;
  const size_t begin = StreetNameStart(text, comma, 4);
  if (begin == comma) return comma;
  // "1 - Smith, 10 - Jones": numbered players of a line-up.
  size_t lead = begin;
  while (lead > 0 && (text[lead - 1] == ' ' || text[lead - 1] == '\t')) --lead;
  if (lead >= 2 && text[lead - 1] == '-' && (text[lead - 2] == ' ' || std::isdigit(static_cast<unsigned char>(text[lead - 2])) != 0)) {
    return comma;
  }
  for (size_t w = begin; w < comma; ++w) {
    if ((w == begin || text[w - 1] == ' ') && text[w] != ' ' && NumbersNoStreet(text, w)) return comma;
  }
  // The house number after the comma ends what SentToNameIsNoStreet reads.
  size_t number_end = comma + 1;
  while (number_end < end && (text[number_end] == ' ' || text[number_end] == '\t')) ++number_end;
  while (number_end < end && std::isalnum(static_cast<unsigned char>(text[number_end])) != 0) ++number_end;
  if (SentToNameIsNoStreet(text, begin, number_end, places, lexicon)) return comma;
  // The neighbourhood: after the dash and its blanks.
  size_t hood = number_end;
  while (hood < end && (text[hood] == ' ' || text[hood] == '\t')) ++hood;
  if (text.substr(hood).starts_with("-")) {
    hood += 1;
  } else if (text.substr(hood).starts_with("\xe2\x80\x93")) {  // "–"
    hood += 3;
  }
  while (hood < end && (text[hood] == ' ' || text[hood] == '\t')) ++hood;
  if (hood >= end) return comma;
  const std::string_view neighbourhood = text.substr(hood, end - hood);
  for (const PlaceMention& m : places.FindPlaces(neighbourhood)) {
    if (m.begin == 0 && m.end == neighbourhood.size() && m.place_class == PlaceClass::kListed) return comma;
  }
  // "Flamengo, 12 - Vasco, 3": a score.
  size_t after = end;
  while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
  if (after < text.size() && text[after] == ',') {
    ++after;
    while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
    if (after < text.size() && std::isdigit(static_cast<unsigned char>(text[after])) != 0) return comma;
  }
  return begin;
}

bool NamesAStreetType(std::string_view words) {
  const std::string folded = FoldText(words);
  for (size_t from = 0; from < folded.size();) {
    size_t space = folded.find_first_of(" \t", from);
    if (space == std::string::npos) space = folded.size();
    if (InSet(std::string_view(folded).substr(from, space - from),
              {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "way", "court", "ct",
               "place", "pl", "boulevard", "blvd", "terrace", "crescent", "close", "grove", "parade", "highway",
               "hwy"})) {
      return true;
    }
    from = space + 1;
  }
  return false;
}

size_t FieldEndBeforeTownAfterCode(std::string_view text, size_t begin, size_t end, const NameLexicon& lexicon,
                                   const PlaceGazetteer& places) {
  // The code: five digits after ", " or ". " (or "C.P. "), with a street part
  // before them in the field; or a code of another country's shape after
  // ", " ("1015 BN", "1010", "546 23", "00-697", "1200-093", Iceland's
  // "101").
  static const RE2 kCodeTown(
      R"((?:(?:[,.]|(?i:c\.\s?p\.?|cp))[ \t]{1,2}(\d{5})|,[ \t]{1,2}(\d{4}[ \t](?-i:[A-Z]{2})|\d{4}-\d{3}|)"
      R"(\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{3,4}))[ \t]{0,2},?[ \t]{1,2})"
      R"(((?-i:\p{Lu})[\p{L}\p{M}'’\-]+(?:[ \t](?:(?:de|del|la|las|los|el)[ \t])?(?-i:\p{Lu})[\p{L}\p{M}'’\-]+){0,3}))");
  const re2::StringPiece field(text.data() + begin, end - begin);
  re2::StringPiece code;
  re2::StringPiece short_code;
  re2::StringPiece town;
  re2::StringPiece input = field;
  if (!RE2::FindAndConsume(&input, kCodeTown, &code, &short_code, &town)) return end;
  if (code.data() == nullptr) {
    // Four digits or fewer may be a house number after a unit ("Apt 5, 1420
    // Maple Street"): a street's type among the words makes it one. Nor is
    // a word the gazetteer lacks kept after such a code ("1010 Kowalczyk"):
    // those shapes are less sure to be codes than five digits in a field.
    code = short_code;
    const PlaceClass place = places.ClassOf(std::string_view(town.data(), town.size()));
    if (place != PlaceClass::kListed && place != PlaceClass::kWorld) return end;
    if (NamesAStreetType(std::string_view(town.data(), town.size()))) return end;
  }
  const size_t code_end = static_cast<size_t>(code.data() - text.data()) + code.size();
  const size_t town_end = static_cast<size_t>(town.data() - text.data()) + town.size();
  if (code.data() - field.data() < 6) return end;  // no street before the code
  for (size_t i = town_end; i < end; ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i])) != 0) return end;
  }
  // Words that may all name a person stay in the field: a given name first
  // ("Juan Pérez"), or every capitalized word a given name or surname
  // ("Pérez", "Pérez García"; "Molina de Segura" too, which is lost).
  const std::string_view town_text(town.data(), town.size());
  bool all_names = true;
  bool first = true;
  size_t from = 0;
  while (from < town_text.size()) {
    size_t space = town_text.find_first_of(" \t", from);
    if (space == std::string_view::npos) space = town_text.size();
    const std::string_view word = town_text.substr(from, space - from);
    from = space + 1;
    if (!StartsUpper(word, 0)) continue;  // a particle
    const uint32_t flags = lexicon.Flags(FoldText(word));
    if (first && (flags & kGivenName) != 0) return end;
    first = false;
    all_names = all_names && (flags & (kGivenName | kSurname)) != 0;
  }
  return all_names ? end : code_end;
}

size_t StreetLineBeforeCodeLine(std::string_view text, size_t code_begin, const PlaceGazetteer& places,
                                const NameLexicon& lexicon) {
  size_t line_begin = code_begin;
  while (line_begin > 0 && text[line_begin - 1] != '\n') --line_begin;
  if (line_begin == 0) return code_begin;
  // The street's line, without the marks that quote or indent it ("> ").
  size_t end = line_begin - 1;
  if (end > 0 && text[end - 1] == '\r') --end;
  size_t begin = end;
  while (begin > 0 && text[begin - 1] != '\n') --begin;
  while (begin < end && (text[begin] == ' ' || text[begin] == '\t' || text[begin] == '>')) ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == ',' || text[end - 1] == '.')) {
    --end;
  }
  if (end - begin < 4 || end - begin > 80) return code_begin;
  // A label's line ("Score: Arsenal 2") is no street's.
  if (text.substr(begin, end - begin).find(':') != std::string_view::npos) return code_begin;
  // The house number that ends the line: digits, maybe a letter or a second
  // number after them ("12a", "1204/5", "12-14").
  size_t number = end;
  while (number > begin && (std::isalnum(static_cast<unsigned char>(text[number - 1])) != 0 ||
                            text[number - 1] == '/' || text[number - 1] == '-')) {
    --number;
  }
  if (number == begin || text[number - 1] != ' ' || std::isdigit(static_cast<unsigned char>(text[number])) == 0 ||
      end - number > 9) {
    return code_begin;
  }
  int words = 0;
  for (size_t w = begin; w < end; ++w) {
    if (text[w] == ' ' || (w > begin && text[w - 1] != ' ')) continue;
    if (++words > 6) return code_begin;
    if (std::isalpha(static_cast<unsigned char>(text[w])) != 0 && NumbersNoStreet(text, w)) return code_begin;
  }
  const unsigned char first = static_cast<unsigned char>(text[begin]);
  if (std::isdigit(first) != 0) return begin;  // "20789 Lepiku 12"
  if (!StartsUpper(text, begin)) return code_begin;
  if (SentToNameIsNoStreet(text, begin, end, places, lexicon)) return code_begin;
  return begin;
}

namespace {

// StartsUpper, and the capitals of Latin Extended-A ("Đoko", "Łukasz",
// "Šimon"): U+0100..U+017F alternate capital and small letter, the capital
// first up to U+0137 and from U+014A to U+0177, second between.
bool StartsCapitalLatinA(std::string_view text, size_t at) {
  if (StartsUpper(text, at)) return true;
  const unsigned char c = static_cast<unsigned char>(text[at]);
  if ((c != 0xC4 && c != 0xC5) || at + 1 >= text.size()) return false;
  const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[at + 1]) & 0x3Fu);
  if (cp <= 0x137) return cp % 2 == 0;
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
  return cp == 0x178 || cp == 0x179 || cp == 0x17B || cp == 0x17D;
}

}  // namespace

bool NameJoinedToStreet(std::string_view word, const PlaceGazetteer& places, const NameLexicon& lexicon) {
  if (word.size() < 2 || !StartsCapitalLatinA(word, 0)) return false;
  const std::string folded = text::Fold(word);
  if ((lexicon.Flags(folded) & kGivenName) != 0) return true;
  return !lexicon.IsDictionaryWord(folded) && places.ClassOf(word) == PlaceClass::kNone && !places.IsSmallTown(word);
}

bool SentToNameIsNoStreet(std::string_view text, size_t begin, size_t end, const PlaceGazetteer& places,
                          const NameLexicon& lexicon) {
  // "return to Tomas and Karlova 16": a name joined to the street; the
  // street's name is read after "and".
  if (const size_t word_end = text.find_first_of(" \t", begin); word_end < end) {
    size_t after = word_end;
    while (after < end && (text[after] == ' ' || text[after] == '\t')) ++after;
    if (text.substr(after, 4) == "and " || text.substr(after, 4) == "and\t") {
      if (!NameJoinedToStreet(text.substr(begin, word_end - begin), places, lexicon)) return true;
      begin = after + 3;
      while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
    }
  }
  size_t number = begin;
  while (number < end && std::isdigit(static_cast<unsigned char>(text[number])) == 0) ++number;
  size_t name_end = number;
  while (name_end > begin && (text[name_end - 1] == ' ' || text[name_end - 1] == '\t' || text[name_end - 1] == ',')) {
    --name_end;
  }
  const std::string_view name = text.substr(begin, name_end - begin);
  if (name.empty() || places.IsPlace(name)) return true;
  if (name.find_first_of(" \t") == std::string_view::npos) {
    const std::string folded = text::Fold(name);
    if (lexicon.IsDictionaryWord(folded) || (lexicon.Flags(folded) & (kGivenName | kMonth)) != 0) return true;
  }
  // The word after the number: "3 times", "2 weeks later".
  size_t after = number;
  while (after < text.size() && std::isdigit(static_cast<unsigned char>(text[after])) != 0) ++after;
  while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
  size_t word_end = after;
  while (word_end < text.size() && std::isalpha(static_cast<unsigned char>(text[word_end])) != 0) ++word_end;
  return InSet(AsciiLower(text.substr(after, word_end - after)),
               {"times", "time", "days", "day", "weeks", "week", "months", "month", "years", "year", "hours", "hour",
                "minutes", "min", "am", "pm", "people", "persons", "pesos", "dollars", "euros", "miles", "km",
                "kilometers", "kilometres", "veces", "dias", "semanas", "meses", "anos", "fois", "jours", "ans"});
}

size_t LandmarkDirectionsStart(std::string_view text, size_t number_begin) {
  size_t pos = number_begin;
  while (pos > 0 && text[pos - 1] == ' ' && number_begin - pos < 3) --pos;
  if (pos > 0 && text[pos - 1] == ',') --pos;
  size_t word_begin = pos;
  const std::string_view landmark = WordBefore(text, pos, &word_begin);
  if (landmark.empty()) return number_begin;
  if (!StartsUpper(text, word_begin) &&
      !InSet(AsciiLower(landmark),
             {"iglesia", "parque", "escuela", "sem\xc3\xa1" "foro", "semaforo", "sem\xc3\xa1" "foros", "semaforos",
              "rotonda", "gasolinera", "pulper\xc3\xad" "a", "pulperia", "mercado", "colegio", "hospital", "puente", "estadio",
              "cine", "banco", "farmacia", "cementerio", "terminal", "empalme", "cruce"})) {
    return number_begin;
  }
  // The farthest "del" within reach: "del semáforo de la Rotonda ...".
  size_t start = number_begin;
  for (int words = 0; words < 8 && word_begin > 0; ++words) {
    pos = word_begin;
    const std::string_view word = WordBefore(text, pos, &word_begin);
    if (word.size() < 2) break;
    const std::string lower = AsciiLower(word);
    if (lower == "del" || lower == "de" || lower == "desde") start = word_begin;
  }
  return start;
}

size_t TypeLastStreetStart(std::string_view text, size_t type_begin) {
  if (const size_t ordinal = OrdinalStreetStart(text, type_begin); ordinal != type_begin) return ordinal;
  // "Martin Luther King Jr. Blvd": the name before its "Jr.".
  for (std::string_view suffix : {"Jr. ", "Jr ", "Sr. "}) {
    if (type_begin >= suffix.size() + 1 && text.substr(type_begin - suffix.size(), suffix.size()) == suffix &&
        text[type_begin - suffix.size() - 1] == ' ') {
      const size_t name_end = type_begin - suffix.size();
      const size_t name_begin = StreetNameStart(text, name_end, 3);
      if (name_begin != name_end) return name_begin;
    }
  }
  // "Hoge Wei 32 St.", "W 42 St": the house number between name and type.
  size_t name_end = type_begin;
  {
    size_t digits = type_begin;
    while (digits > 0 && text[digits - 1] == ' ' && type_begin - digits < 2) --digits;
    const size_t digits_end = digits;
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(text[digits - 1])) != 0 && digits_end - digits < 6) {
      --digits;
    }
    if (digits < digits_end && digits_end - digits <= 5 && digits > 0 && text[digits - 1] == ' ') name_end = digits;
  }
  size_t begin = StreetNameStart(text, name_end, 3);
  if (begin == name_end) return type_begin;
  // Words that start a sentence or a phrase, not a street's name.
  for (;;) {
    size_t end = begin;
    while (end < type_begin && IsLetterAt(text, end)) ++end;
    const std::string first = AsciiLower(text.substr(begin, end - begin));
    if (!InSet(first, {"the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "his", "her",
                       "their", "its", "on", "in", "at", "to", "from", "of", "and", "or", "but", "i", "we",
                       "they", "he", "she", "it", "you", "by", "near", "off", "down", "up", "along", "across",
                       "past", "behind", "le", "la", "les", "el", "los", "las", "en", "de", "del", "some",
                       "every", "each", "any", "one", "no", "new"})) {
      break;
    }
    size_t next = end;
    while (next < name_end && text[next] == ' ') ++next;
    if (next >= name_end) return type_begin;
    begin = next;
  }
  // "the 1500 block of Main Street".
  {
    size_t of_begin = begin;
    size_t block_begin = begin;
    if (AsciiLower(WordBefore(text, begin, &of_begin)) == "of" &&
        AsciiLower(WordBefore(text, of_begin, &block_begin)) == "block") {
      size_t digits = block_begin;
      while (digits > 0 && text[digits - 1] == ' ' && block_begin - digits < 2) --digits;
      const size_t digits_end = digits;
      while (digits > 0 && std::isdigit(static_cast<unsigned char>(text[digits - 1])) != 0 && digits_end - digits < 6) {
        --digits;
      }
      if (digits < digits_end) return digits;
    }
  }
  // "number 62 on Walnut Street", "at No. 8 on Elm Street": a house number
  // said before the street.
  {
    size_t on_begin = begin;
    if (AsciiLower(WordBefore(text, begin, &on_begin)) == "on") {
      size_t digits = on_begin;
      while (digits > 0 && text[digits - 1] == ' ' && on_begin - digits < 2) --digits;
      const size_t digits_end = digits;
      while (digits > 0 && std::isdigit(static_cast<unsigned char>(text[digits - 1])) != 0 && digits_end - digits < 6) {
        --digits;
      }
      size_t cue_begin = digits;
      if (digits < digits_end && digits_end - digits <= 5) {
        size_t gap = digits;
        while (gap > 0 && text[gap - 1] == ' ' && digits - gap < 2) --gap;
        if (gap > 0 && text[gap - 1] == '.') --gap;
        const std::string cue = AsciiLower(WordBefore(text, gap, &cue_begin));
        if (cue == "number" || cue == "no") return cue_begin;
      }
    }
  }
  // A house number in words: "twelve Oak Street", "forty-two Elm Road".
  size_t word_begin = begin;
  const std::string number = AsciiLower(WordBefore(text, begin, &word_begin));
  static constexpr std::string_view kNumbers[] = {
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
      "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred"};
  bool is_number = false;
  for (std::string_view n : kNumbers) {
    is_number = is_number || number == n || (number.size() > n.size() && number.ends_with(n) &&
                                             number[number.size() - n.size() - 1] == '-');
  }
  if (is_number && word_begin < begin) begin = word_begin;
  return begin;
}

size_t StreetWordBeforeNumber(std::string_view text, size_t number_begin, const NameLexicon& lexicon) {
  if (number_begin < 2 || text[number_begin - 1] != ' ') return number_begin;
  size_t word_begin = number_begin;
  const std::string_view word = WordBefore(text, number_begin, &word_begin);
  if (word.size() < 3 || word_begin == number_begin || !StartsUpper(text, word_begin)) return number_begin;
  for (size_t i = word_begin; i < number_begin - 1; ++i) {
    if (!IsLetterAt(text, i) && (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) return number_begin;
  }
  const std::string folded = text::Fold(word);
  if (lexicon.IsDictionaryWord(folded) || (lexicon.Flags(folded) & (kMonth | kStopWord)) != 0) return number_begin;
  // What comes before the word: the line's start (maybe after a quote
  // mark), a colon, or a preposition.
  size_t p = word_begin;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t' || text[p - 1] == '>')) --p;
  if (p == 0 || text[p - 1] == '\n' || text[p - 1] == ':') return word_begin;
  size_t prep_begin = p;
  const std::string prep = AsciiLower(WordBefore(text, p, &prep_begin));
  return InSet(prep, {"at", "to", "in", "on", "is"}) ? word_begin : number_begin;
}

namespace {

// Heroes, dates and ideals that Mexican and Central American streets are
// named after and that a dictionary also lists ("hidalgo", "reforma"),
// folded: with a house number after "en" they name the street.
bool StreetHeroWord(std::string_view folded) {
  return InSet(folded, {"hidalgo", "guerrero", "allende", "matamoros", "aldama", "abasolo", "galeana", "reforma",
                        "insurgentes", "revolucion", "independencia", "constitucion", "libertad", "progreso",
                        "ninos", "heroes", "corregidora", "cuauhtemoc", "madero", "carranza", "obregon", "zapata",
                        "morelos", "juarez", "zaragoza", "iturbide", "bolivar", "colon"});
}

// The end of the word of letters at text[at] (a name's word: no digit,
// space or mark of punctuation).
size_t NameWordEnd(std::string_view text, size_t at) {
  size_t end = at;
  while (end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) != 0 ||
                               static_cast<unsigned char>(text[end]) >= 0x80 || text[end] == '\'')) {
    ++end;
  }
  return end;
}

size_t SkipBlanks(std::string_view text, size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  return at;
}

// A cross street's name at text[at]: up to three capitalized words with
// "de", "del", "la", "los" between ("Reforma", "Benito Juárez", "Vicente
// Guerrero"), or a date's ("5 de Mayo"). Returns its end, or `at`.
size_t CrossStreetEnd(std::string_view text, size_t at) {
  size_t pos = at;
  if (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos])) != 0) {
    while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos])) != 0) ++pos;
    pos = SkipBlanks(text, pos);
    if (text.substr(pos, 3) != "de ") return at;
    pos = SkipBlanks(text, pos + 2);
  }
  size_t end = at;
  for (int words = 0; words < 3 && pos < text.size() && StartsUpper(text, pos); ++words) {
    end = NameWordEnd(text, pos);
    if (end == pos) break;
    size_t next = SkipBlanks(text, end);
    const size_t connector_end = NameWordEnd(text, next);
    if (InSet(text.substr(next, connector_end - next), {"de", "del", "la", "los"})) next = SkipBlanks(text, connector_end);
    pos = next;
  }
  return end;
}

// True if a verb of living comes right before the preposition before the
// street at `street_begin` ("vivo en |Madison 200", "vivíamos en la
// |Rosales 112", "I lived on |Olivo 38"): there a word that names no
// street elsewhere (a given name, a dictionary word) names one.
bool AfterVerbOfLiving(std::string_view text, size_t street_begin) {
  size_t word_begin = street_begin;
  std::string_view word = WordBefore(text, street_begin, &word_begin);
  if (word == "la") word = WordBefore(text, word_begin, &word_begin);
  if (!InSet(AsciiLower(word), {"en", "on", "at"})) return false;
  const std::string verb = AsciiLower(WordBefore(text, word_begin, &word_begin));
  return verb.starts_with("viv") || InSet(verb, {"live", "lives", "lived", "living"});
}

// True if a verb of meeting stands before "en", "at" or "in" before the
// street: "nos vimos en |Madison 200", "we met at |Madison 200".
bool AfterVerbOfMeeting(std::string_view text, size_t street_begin) {
  size_t word_begin = street_begin;
  const std::string_view word = WordBefore(text, street_begin, &word_begin);
  if (!InSet(AsciiLower(word), {"en", "at", "in"})) return false;
  const std::string verb = AsciiLower(WordBefore(text, word_begin, &word_begin));
  return InSet(verb, {"vimos", "encontramos", "citamos", "met", "meet"});
}

}  // namespace

bool StreetAfterPreposition(std::string_view text, size_t begin, size_t end, size_t* street_begin,
                            size_t* street_end) {
  size_t pos = SkipBlanks(text, NameWordEnd(text, begin));
  if (text.substr(pos, 2) == "la" && pos + 2 < end && (text[pos + 2] == ' ' || text[pos + 2] == '\t')) {
    pos = SkipBlanks(text, pos + 2);
  }
  *street_begin = pos;
  if (pos < end && std::isdigit(static_cast<unsigned char>(text[pos])) != 0) {  // "5 de Mayo"
    while (pos < end && std::isdigit(static_cast<unsigned char>(text[pos])) != 0) ++pos;
  }
  while (pos < end && std::isdigit(static_cast<unsigned char>(text[pos])) == 0) ++pos;
  if (pos == end) return false;
  while (pos < end && std::isdigit(static_cast<unsigned char>(text[pos])) != 0) ++pos;
  // "8-A", "8A": a letter that ends the word.
  auto letter_ends = [&](size_t at) {
    return at < end && text[at] >= 'A' && text[at] <= 'Z' &&
           (at + 1 >= text.size() || std::isalnum(static_cast<unsigned char>(text[at + 1])) == 0);
  };
  if (pos < end && text[pos] == '-' && letter_ends(pos + 1)) {
    pos += 2;
  } else if (letter_ends(pos)) {
    ++pos;
  }
  // "120 Sur", "14 Pte.".
  if (pos < end && (text[pos] == ' ' || text[pos] == '\t')) {
    const size_t word = pos + 1;
    const size_t word_end = NameWordEnd(text, word);
    const std::string_view direction = text.substr(word, word_end - word);
    if (InSet(direction, {"Norte", "Sur", "Oriente", "Poniente"})) {
      pos = word_end;
    } else if (InSet(direction, {"Pte", "Ote"}) && word_end < end && text[word_end] == '.') {
      pos = word_end + 1;
    }
  }
  *street_end = pos;
  return true;
}

size_t StreetAfterEnEnd(std::string_view text, size_t begin, size_t end, const PlaceGazetteer& places,
                        const NameLexicon& lexicon) {
  size_t pos = begin;
  bool date = false;  // "5 de Mayo 12"
  if (std::isdigit(static_cast<unsigned char>(text[pos])) != 0) {
    while (pos < end && std::isdigit(static_cast<unsigned char>(text[pos])) != 0) ++pos;
    pos = SkipBlanks(text, pos) + 2;  // "de"
    date = true;
  }
  // The name's words, up to the house number.
  std::vector<std::string_view> words;
  size_t name_begin = SkipBlanks(text, pos);
  size_t name_end = name_begin;
  for (pos = name_begin; pos < end && std::isdigit(static_cast<unsigned char>(text[pos])) == 0 && text[pos] != '#';
       pos = SkipBlanks(text, pos)) {
    const size_t word_end = NameWordEnd(text, pos);
    if (word_end == pos) return begin;
    words.push_back(text.substr(pos, word_end - pos));
    name_end = pos = word_end;
  }
  if (words.empty() || pos >= end) return begin;
  if (text[pos] == '#') pos = SkipBlanks(text, pos + 1);  // "Hidalgo #25"
  const size_t number_begin = pos;
  size_t number_end = number_begin;
  while (number_end < end && std::isdigit(static_cast<unsigned char>(text[number_end])) != 0) ++number_end;
  const std::string_view name = text.substr(name_begin, name_end - name_begin);
  size_t named = 0;   // words that are no connector
  size_t strong = 0;  // words that name a street by themselves
  size_t named_street = 0;  // of those, words that name no town
  bool place_name = false;
  bool hero = false;  // a word of StreetHeroWord
  for (std::string_view word : words) named += InSet(word, {"de", "del", "la", "los"}) ? 0 : 1;
  // One word is a place by itself; a longer name may be one whole ("San
  // Cristóbal").
  const bool whole_place = named > 1 && !date && places.IsPlace(name);
  for (std::string_view word : words) {
    if (InSet(word, {"de", "del", "la", "los"})) continue;
    const std::string folded = text::Fold(word);
    const uint32_t flags = lexicon.Flags(folded);
    if (date) {
      // "5 de Mayo", "16 de Septiembre": the month names the street.
      if ((flags & kMonth) == 0 || named != 1) return begin;
      continue;
    }
    if ((flags & kMonth) != 0) return begin;  // "on May 5", "on Monday 3"
    // A given name only before another word that names the street
    // ("Benito Juárez 45", "Lázaro Cárdenas 8"): "en Mateo 5" is a
    // chapter of the Bible.
    if ((flags & kGivenName) != 0 && named > 1) continue;
    const bool place = whole_place || places.IsPlace(word);
    place_name = place_name || place;
    const bool hero_word = StreetHeroWord(folded);
    hero = hero || hero_word;
    if (place || hero_word) {
      ++strong;
      // A hero that names a town too ("Juárez", "Morelos") names the
      // street after a verb of living: "vivíamos en Juárez 45 hasta que".
      if (!place || (hero_word && AfterVerbOfLiving(text, begin))) ++named_street;
      continue;
    }
    // A surname no dictionary lists ("Juárez 300"); "en Sala 3", "on Page
    // 3", "on Channel 4" number a room, a page, a channel.
    if ((flags & kSurname) != 0 && (flags & kGivenName) == 0 && !lexicon.IsDictionaryWord(folded)) {
      ++strong;
      ++named_street;
      continue;
    }
    // After a verb of living, a name of two digits or more is a street by
    // its place whatever its word ("vivo en Madison 200", "vivía en Olivo
    // 38"); "vivo en Sala 3" stays. A home's unit is the unit rules'
    // ("vivíamos en la Manzana 12, Lote 4" is a block and a lot).
    if (number_end - number_begin >= 2 && (flags & kStopWord) == 0 &&
        !InSet(folded, {"manzana", "lote", "casa", "edificio", "bloque", "sector", "zona", "piso", "apartamento",
                        "departamento", "cuarto", "block", "lot", "house", "room", "apartment", "unit", "suite",
                        "flat", "building", "floor"}) &&
        AfterVerbOfLiving(text, begin)) {
      ++strong;
      ++named_street;
      continue;
    }
    // After a verb of meeting, a given name or a name of no dictionary and
    // two digits or more ("nos vimos en Madison 200"); "nos vimos en Puerta
    // 12" is a gate, "we met in Terminal 3" a terminal.
    if (number_end - number_begin >= 2 && (flags & kStopWord) == 0 &&
        ((flags & kGivenName) != 0 || !lexicon.IsDictionaryWord(folded)) &&
        AfterVerbOfMeeting(text, begin)) {
      ++strong;
      ++named_street;
      continue;
    }
    return begin;
  }
  if (!date && strong == 0) return begin;
  // The unit: "int. 3", ", interior 4", "depto 2-B".
  {
    size_t at = SkipBlanks(text, end);
    if (at < text.size() && text[at] == ',') at = SkipBlanks(text, at + 1);
    const size_t unit_end = NameWordEnd(text, at);
    if (InSet(AsciiLower(text.substr(at, unit_end - at)),
              {"int", "interior", "depto", "dpto", "departamento", "apt", "apto", "casa"})) {
      at = unit_end;
      if (at < text.size() && text[at] == '.') ++at;
      at = SkipBlanks(text, at);
      if (at < text.size() && text[at] == '#') at = SkipBlanks(text, at + 1);
      size_t digits = at;
      while (digits < text.size() && digits - at < 4 && std::isdigit(static_cast<unsigned char>(text[digits])) != 0) {
        ++digits;
      }
      if (digits > at) {
        if (digits + 1 < text.size() && text[digits] == '-' && std::isupper(static_cast<unsigned char>(text[digits + 1])) != 0) {
          digits += 2;
        }
        end = digits;
      }
    }
  }
  // What follows: a mark, or a word that leads to the corner or the
  // neighbourhood.
  size_t after = SkipBlanks(text, end);
  const size_t word_end = NameWordEnd(text, after);
  const std::string next = AsciiLower(text.substr(after, word_end - after));
  // "en México 2019.", "en Morelos 1995 en Cuautla": a year before the
  // clause ends or a town.
  const bool led = !next.empty();
  if ((!led || next == "en" || next == "in") && number_end - number_begin == 4 && (text[number_begin] == '1' || text[number_begin] == '2') &&
      end == number_end) {
    return begin;
  }
  // "vivíamos en Reforma 222 y luego", "vivo en Madison 200 con mis
  // hijos": a clause that goes on after the number. A count goes on so as
  // often ("en Chiapas 3 y luego", "en México 1985 y creció"): two digits
  // or more after a hero, a surname or a word after a verb of living, three
  // after a town, and no year.
  if (InSet(next, {"y", "e", "and", "con", "with", "cuando", "donde", "hasta", "porque", "pero", "mientras", "when",
                   "where", "until", "because", "but", "while"})) {
    const size_t digits = number_end - number_begin;
    const bool year = digits == 4 && (text[number_begin] == '1' || text[number_begin] == '2');
    if (year || digits < (named_street > 0 ? 2u : 3u)) return begin;
  }
  // "En Chiapas 3, en Oaxaca 2", "llegamos a Tapachula 3, éramos muchos":
  // a town or state and one digit before the clause ends count something
  // as often as they name a street; one digit names a house only before a
  // unit, a direction or a word of the corner or neighbourhood.
  if (place_name && !led && end == number_end && number_end - number_begin == 1) return begin;
  // "We were flown to Phoenix 12, at dawn": in English one lives "on" or
  // "at" a street; a town reached "to" or left "from" before the clause
  // ends is a town and a count, a gate or a flight, unless a hero names it
  // ("to Juárez 300").
  if (place_name && !hero && !led && end == number_end) {
    size_t prep_begin = begin;
    const std::string prep = AsciiLower(WordBefore(text, begin, &prep_begin));
    if (prep == "to" || prep == "from") return begin;
  }
  // "en Oaxaca 2.5 años", "en Chiapas 3, 4 meses": a number goes on.
  if (!led && after + 1 < text.size() && (text[after] == '.' || text[after] == ',')) {
    // SkipBlanks may stop at the text's end ("en Oaxaca 2. " closing it).
    const size_t next = SkipBlanks(text, after + 1);
    if (next < text.size() && std::isdigit(static_cast<unsigned char>(text[next])) != 0) return begin;
  }
  // Last, as the dearest: "en México 86", "on Guatemala 3".
  if (place_name) {
    for (const PlaceMention& m : places.FindPlaces(name)) {
      if (m.kind == "country") return begin;
    }
  }
  // The cross streets: "esquina con Reforma", "casi esquina de Allende",
  // "entre Hidalgo y Morelos", maybe after a comma ("Cuauhtémoc 14, entre
  // Pino Suárez y Madero").
  size_t at = after;
  if (at < text.size() && text[at] == ',') at = SkipBlanks(text, at + 1);
  if (const size_t casi_end = NameWordEnd(text, at); AsciiLower(text.substr(at, casi_end - at)) == "casi") {
    at = SkipBlanks(text, casi_end);
    const size_t e = NameWordEnd(text, at);
    if (AsciiLower(text.substr(at, e - at)) != "esquina") return end;
  }
  const size_t lead_end = NameWordEnd(text, at);
  const std::string lead = AsciiLower(text.substr(at, lead_end - at));
  if (lead == "esquina" || lead == "corner") {
    at = SkipBlanks(text, lead_end);
    const size_t e = NameWordEnd(text, at);
    if (InSet(AsciiLower(text.substr(at, e - at)), {"con", "de", "y", "of", "with"})) at = SkipBlanks(text, e);
    const size_t cross_end = CrossStreetEnd(text, at);
    return cross_end > at ? cross_end : end;
  }
  if (lead == "entre" || lead == "between") {
    at = SkipBlanks(text, lead_end);
    const size_t first_end = CrossStreetEnd(text, at);
    if (first_end == at) return end;
    at = SkipBlanks(text, first_end);
    const size_t e = NameWordEnd(text, at);
    if (!InSet(text.substr(at, e - at), {"y", "e", "and"})) return end;
    at = SkipBlanks(text, e);
    const size_t second_end = CrossStreetEnd(text, at);
    return second_end > at ? second_end : end;
  }
  return end;
}

size_t StreetBeforeCornerStart(std::string_view text, size_t keyword_begin) {
  size_t word_begin = keyword_begin;
  std::string_view word = WordBefore(text, keyword_begin, &word_begin);
  if (AsciiLower(word) == "casi") word = WordBefore(text, word_begin, &word_begin);
  size_t street = keyword_begin;
  for (int words = 0; words < 5 && !word.empty(); ++words) {
    if (StartsUpper(text, word_begin)) {
      street = word_begin;
    } else if (!InSet(word, {"de", "del", "la", "los"}) || street == keyword_begin) {
      break;
    }
    word = WordBefore(text, word_begin, &word_begin);
  }
  // "5 de Mayo esquina con ...": the day before "de".
  if (street != keyword_begin && word.empty() && word_begin > 0) {
    size_t digits = word_begin;
    while (digits > 0 && text[digits - 1] == ' ') --digits;
    const size_t digits_end = digits;
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(text[digits - 1])) != 0 && digits_end - digits < 2) {
      --digits;
    }
    if (digits < digits_end && digits_end < street) {
      street = digits;
      word = WordBefore(text, digits, &word_begin);
    }
  }
  if (street == keyword_begin) return keyword_begin;
  if (word == "la") word = WordBefore(text, word_begin, &word_begin);
  return InSet(AsciiLower(word), {"en", "a", "sobre", "por", "hasta", "desde", "on", "at", "to", "from"}) ? street
                                                                                                        : keyword_begin;
}

size_t StreetBeforeBetweenStart(std::string_view text, size_t keyword_begin, size_t end,
                                const NameLexicon& lexicon, const PlaceGazetteer& places) {
  const size_t street = StreetBeforeCornerStart(text, keyword_begin);
  if (street == keyword_begin) return keyword_begin;
  // The three names in turn: words up to "entre", "y" or "e", or the end.
  int names = 0;             // names ended so far
  bool first_street = false;  // the street before "entre" names streets
  bool all_streets = true;    // every name ended so far names streets
  bool cross_town = false;    // a cross name has a town of no dictionary
  bool names_street = false;
  for (size_t pos = street; pos <= end;) {
    const size_t word_end = NameWordEnd(text, pos);
    const std::string_view word = text.substr(pos, word_end - pos);
    const bool last = word_end >= end;
    if (InSet(word, {"entre", "y", "e"}) || word.empty()) {
      if (names == 0) first_street = names_street;
      all_streets = all_streets && names_street;
      ++names;
      names_street = false;
    } else if (!InSet(word, {"de", "del", "la", "los"})) {
      const std::string folded = text::Fold(word);
      const uint32_t flags = lexicon.Flags(folded);
      if ((flags & kMonth) != 0) return keyword_begin;
      names_street = names_street || StreetHeroWord(folded) ||
                     ((flags & kSurname) != 0 && (flags & kGivenName) == 0 && !lexicon.IsDictionaryWord(folded));
      if (names > 0 && places.IsPlace(word) && !lexicon.IsDictionaryWord(folded)) cross_town = true;
    }
    if (last || word.empty()) break;
    pos = SkipBlanks(text, word_end);
  }
  all_streets = all_streets && names_street;  // the last name
  if (++names < 3) return keyword_begin;
  // After a street the list names, the two after "entre" are its cross
  // streets whatever their words ("en Hidalgo entre Pino y Roble"), unless
  // one is a town ("en Morelos entre Cuernavaca y Cuautla", the state).
  return all_streets || (first_street && !cross_town) ? street : keyword_begin;
}

size_t StreetLineBeforeUnit(std::string_view text, size_t unit_begin) {
  auto skip_blanks = [&](size_t p) {
    while (p > 0 && unit_begin - p < 8 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
    return p;
  };
  // A run of up to `max` digits (a letter may follow them) ending at p.
  auto number_begin = [&](size_t p, size_t max) {
    size_t e = p;
    if (e > 0 && std::isalpha(static_cast<unsigned char>(text[e - 1])) != 0 && e > 1 &&
        std::isdigit(static_cast<unsigned char>(text[e - 2])) != 0) {
      --e;
    }
    size_t b = e;
    while (b > 0 && std::isdigit(static_cast<unsigned char>(text[b - 1])) != 0 && e - b <= max) --b;
    return (b < e && e - b <= max && (b == 0 || !IsLetterAt(text, b - 1))) ? b : p;
  };
  size_t p = skip_blanks(unit_begin);
  if (p == unit_begin) return unit_begin;
  if (p == 0) return unit_begin;  // only blanks before the unit: no street line
  if (text[p - 1] == '.') --p;  // "u. 12. Apt. 762"
  const size_t street_number = number_begin(p, 5);
  if (street_number == p) return unit_begin;
  p = street_number;
  int words = 0;
  for (;;) {
    const size_t gap_end = p;
    while (p > 0 && gap_end - p < 3 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
    if (p == gap_end || p == 0) return unit_begin;
    if (std::isdigit(static_cast<unsigned char>(text[p - 1])) != 0) break;
    if (text[p - 1] == '.') --p;  // an abbreviation: "Kálmán Imre u. 12."
    size_t word_begin = p;
    const std::string_view word = WordBefore(text, p, &word_begin);
    if (word.empty() || word_begin == p) return unit_begin;
    if (++words > 5) return unit_begin;
    p = word_begin;
  }
  if (words == 0) return unit_begin;
  const size_t building = number_begin(p, 6);
  if (building == p) return unit_begin;
  // The building number opens its line (after spaces or a quote mark).
  size_t q = building;
  while (q > 0 && (text[q - 1] == ' ' || text[q - 1] == '\t' || text[q - 1] == '>')) --q;
  return (q == 0 || text[q - 1] == '\n' || text[q - 1] == ':') ? building : unit_begin;
}

size_t StreetAfterStreetEnd(std::string_view text, size_t end, const PlaceGazetteer& places) {
  // Words of at most 40 letters: the anchored match reads at most ~120
  // bytes after the address, whatever follows.
  static const RE2* const kStreetAfter = new RE2(CompactClasses(
      R"([ \t]{1,3}((?-i:\p{Lu})[\p{L}\p{M}'’\-]{0,40}[ \t]{1,3}(?:(?-i:\p{Lu})[\p{L}\p{M}'’\-]{0,40}[ \t]{1,3})?)"
      R"((?i:)" + EnglishStreetTypePattern() + R"())(?:[^\p{L}\p{M}\p{N}]|$))"));
  if (end >= text.size() || (text[end] != ' ' && text[end] != '\t')) return end;
  re2::StringPiece groups[2];
  if (!kStreetAfter->Match(re2::StringPiece(text.data(), text.size()), end, text.size(), RE2::ANCHOR_START, groups,
                           2)) {
    return end;
  }
  // "123 Main St Palm Springs": a town of the gazetteer stays.
  std::string_view words(groups[1].data(), groups[1].size());
  while (!words.empty() && (words.front() == ' ' || words.front() == '\t')) words.remove_prefix(1);
  if (places.ClassOf(words) != PlaceClass::kNone) return end;
  return static_cast<size_t>(groups[1].data() - text.data()) + groups[1].size();
}

size_t EndBeforeTownAfterType(std::string_view text, size_t begin, size_t end, const PlaceGazetteer& places) {
  static const RE2* const kType = new RE2("(?i:" + EnglishStreetTypePattern() + ")");
  const std::string_view span = text.substr(begin, end - begin);
  for (const PlaceMention& m : places.FindPlaces(span)) {
    if (span.substr(m.begin, m.end - m.begin).find(' ') == std::string_view::npos) continue;
    size_t word_end = m.begin;
    while (word_end > 0 && (span[word_end - 1] == ' ' || span[word_end - 1] == ',')) --word_end;
    size_t word_begin = word_end;
    while (word_begin > 0 && std::isalpha(static_cast<unsigned char>(span[word_begin - 1])) != 0) --word_begin;
    if (word_begin == word_end || word_end == m.begin) continue;
    const std::string_view type = span.substr(word_begin, word_end - word_begin);
    if (RE2::FullMatch(re2::StringPiece(type.data(), type.size()), *kType)) return begin + word_end;
  }
  return end;
}

size_t NumberedStreetBefore(std::string_view text, size_t col_begin) {
  size_t pos = col_begin;
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  if (pos > 0 && (text[pos - 1] == ',' || text[pos - 1] == '.')) --pos;
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  // The number: "11", "45-B", "1703-A", "No. 12", "#12", "s/n".
  size_t number_begin = pos;
  if (pos >= 3 && AsciiLower(text.substr(pos - 3, 3)) == "s/n") {
    number_begin = pos - 3;
  } else {
    size_t p = pos;
    if (p > 0 && std::isalpha(static_cast<unsigned char>(text[p - 1])) != 0 && p >= 2 && text[p - 2] == '-') p -= 2;
    size_t digits_end = p;
    while (p > 0 && std::isdigit(static_cast<unsigned char>(text[p - 1])) != 0 && digits_end - p < 5) --p;
    if (p == digits_end) return col_begin;
    if (p > 0 && (std::isdigit(static_cast<unsigned char>(text[p - 1])) != 0 || IsLetterAt(text, p - 1))) {
      return col_begin;
    }
    number_begin = p;
    // "No. 12", "núm. 12", "#12".
    size_t q = p;
    while (q > 0 && text[q - 1] == ' ' && p - q < 2) --q;
    if (q > 0 && text[q - 1] == '#') {
      number_begin = q - 1;
    } else {
      size_t sign_begin = q;
      const std::string sign = AsciiLower(WordBefore(text, q > 0 && text[q - 1] == '.' ? q - 1 : q, &sign_begin));
      if (InSet(sign, {"no", "num", "n\xc3\xbam", "numero", "n\xc3\xbamero"})) number_begin = sign_begin;
    }
  }
  if (number_begin == 0 || (text[number_begin - 1] != ' ' && text[number_begin - 1] != ',')) return col_begin;
  const size_t begin = StreetNameStart(text, number_begin, 3);
  if (begin == number_begin || NumbersNoStreet(text, begin)) return col_begin;
  return begin;
}

size_t NumberSaidAfterStreetEnd(std::string_view text, size_t end) {
  size_t p = end;
  if (p < text.size() && text[p] == ',') ++p;
  while (p < text.size() && text[p] == ' ' && p - end < 3) ++p;
  if (p - end < 1) return end;
  // The word that names the number, lower case or capitalized.
  if (text.substr(p, 3) == "au ") p += 3;
  static constexpr std::string_view kCues[] = {"number", "Number", "n\xc3\xbamero", "N\xc3\xbamero", "numero",
                                               "num\xc3\xa9ro", "Num\xc3\xa9ro", "nimewo", "No.", "no."};
  size_t cue_end = p;
  for (std::string_view cue : kCues) {
    if (text.substr(p, cue.size()) == cue) {
      cue_end = p + cue.size();
      break;
    }
  }
  if (cue_end == p) return end;
  size_t digits = cue_end;
  while (digits < text.size() && text[digits] == ' ' && digits - cue_end < 2) ++digits;
  size_t digits_end = digits;
  while (digits_end < text.size() && std::isdigit(static_cast<unsigned char>(text[digits_end])) != 0 &&
         digits_end - digits < 6) {
    ++digits_end;
  }
  if (digits_end == digits || digits_end - digits > 5) return end;
  // "number 14B"; not "number 14th" nor a longer word.
  if (digits_end < text.size() && std::isalpha(static_cast<unsigned char>(text[digits_end])) != 0) {
    if (digits_end + 1 < text.size() && IsLetterAt(text, digits_end + 1)) return end;
    if (std::isupper(static_cast<unsigned char>(text[digits_end])) == 0) return end;
    ++digits_end;
  } else if (digits_end < text.size() && (std::isdigit(static_cast<unsigned char>(text[digits_end])) != 0 ||
                                          static_cast<unsigned char>(text[digits_end]) >= 0x80)) {
    return end;
  }
  return digits_end;
}

size_t NumberOfStreetBefore(std::string_view text, size_t keyword_begin) {
  // "el 34 de la calle Morelos", "en el kilómetro 45 de la carretera",
  // "km 12 de la autopista".
  size_t pos = keyword_begin;
  size_t word_begin = pos;
  std::string word = AsciiLower(WordBefore(text, pos, &word_begin));
  if (word == "la") {
    pos = word_begin;
    word = AsciiLower(WordBefore(text, pos, &word_begin));
  }
  // French "au numéro 8 de la rue Capois", "au 12 du boulevard".
  if (word != "de" && word != "del" && word != "du") return keyword_begin;
  pos = word_begin;
  while (pos > 0 && text[pos - 1] == ' ' && word_begin - pos < 2) --pos;
  size_t digits = pos;
  while (digits > 0 && (std::isdigit(static_cast<unsigned char>(text[digits - 1])) != 0 || text[digits - 1] == '.' ||
                        text[digits - 1] == ',') &&
         pos - digits < 8) {
    --digits;
  }
  while (digits < pos && !std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == pos) return keyword_begin;
  if (digits > 0 && (IsLetterAt(text, digits - 1) || std::isdigit(static_cast<unsigned char>(text[digits - 1])) != 0)) {
    return keyword_begin;
  }
  size_t cue_begin = digits;
  const std::string cue = AsciiLower(WordBefore(text, digits, &cue_begin));
  if (InSet(cue, {"km", "kil\xc3\xb3metro", "kilometro"})) return cue_begin;
  if (InSet(cue, {"el", "al", "del", "au", "no"})) return digits;
  // "el número 8 de la calle Allende", "au numéro 8 de la rue Capois": the
  // word that names the number goes with it.
  if (InSet(cue, {"n\xc3\xbamero", "numero", "num\xc3\xa9ro"})) return cue_begin;
  return keyword_begin;
}

size_t OrdinalBefore(std::string_view text, size_t keyword_begin) {
  size_t pos = keyword_begin;
  while (pos > 0 && text[pos - 1] == ' ' && keyword_begin - pos < 2) --pos;
  if (pos == keyword_begin) return keyword_begin;
  if (pos > 0 && text[pos - 1] == '.') --pos;
  // The suffix: "a", "o", "ra", "da", "ta", "va", "ma", "na", "ª", "º".
  size_t suffix = pos;
  if (pos >= 2 && (text.substr(pos - 2, 2) == "\xc2\xaa" || text.substr(pos - 2, 2) == "\xc2\xba")) {
    suffix = pos - 2;
  } else {
    while (suffix > 0 && pos - suffix < 2 && std::islower(static_cast<unsigned char>(text[suffix - 1])) != 0) --suffix;
    const std::string s = AsciiLower(text.substr(suffix, pos - suffix));
    if (!InSet(s, {"a", "o", "ra", "da", "ta", "va", "ma", "na", "er", "re", "e", ""})) return keyword_begin;
    if (s.empty()) {
      // A plain number before a capitalized keyword: "12 Calle 3-45" (a
      // Guatemalan street), "526 Rua Cyro Franco 12" (a building). Not a
      // year ("en 2019 Calle Real...") nor after a dot.
      if (pos != keyword_begin - 1 || std::isupper(static_cast<unsigned char>(text[keyword_begin])) == 0) {
        return keyword_begin;
      }
      size_t d = suffix;
      while (d > 0 && std::isdigit(static_cast<unsigned char>(text[d - 1])) != 0 && suffix - d < 6) --d;
      if (d == suffix || (d > 0 && (IsLetterAt(text, d - 1) || std::isdigit(static_cast<unsigned char>(text[d - 1])) != 0 ||
                                    text[d - 1] == '.' || text[d - 1] == ','))) {
        return keyword_begin;
      }
      const std::string_view number = text.substr(d, suffix - d);
      if (number.size() == 4 && (number.starts_with("19") || number.starts_with("20"))) return keyword_begin;
      return d;
    }
  }
  size_t digits = suffix;
  while (digits > 0 && std::isdigit(static_cast<unsigned char>(text[digits - 1])) != 0 && suffix - digits < 2) --digits;
  if (digits == suffix) return keyword_begin;
  if (digits > 0 && (IsLetterAt(text, digits - 1) || std::isdigit(static_cast<unsigned char>(text[digits - 1])) != 0)) {
    return keyword_begin;
  }
  return digits;
}

bool NumbersNoStreet(std::string_view text, size_t begin) {
  auto is_letter = [&](size_t at) {
    const unsigned char c = static_cast<unsigned char>(text[at]);
    return std::isalpha(c) != 0 || c >= 0x80;
  };
  size_t end = begin;
  while (end < text.size() && is_letter(end)) ++end;
  size_t before_end = begin;
  while (before_end > 0 && text[before_end - 1] == ' ') --before_end;
  const size_t before_begin =
      BoundedWordBegin(text, before_end, [](unsigned char c) { return std::isalpha(c) != 0 || c >= 0x80; });
  for (std::string_view word : {text.substr(begin, end - begin), text.substr(before_begin, before_end - before_begin)}) {
    if (InSet(FoldText(word),
              {"articulo", "art", "ley", "capitulo", "decreto", "fraccion", "inciso", "oficio", "pagina",
               "habitacion", "cama", "sala", "consultorio", "box", "quirofano", "planta", "expediente", "caso",
               "folio", "acta", "registro", "historia", "informe", "paciente", "grupo", "lote", "vuelo", "ruta",
               "linea", "autobus", "tarjeta", "cuenta", "telefono", "tel", "celular", "movil", "fax", "room",
               "article", "chapter", "case", "file", "flight", "bus", "line", "form", "page", "bed", "ward",
               "phone", "chambre", "salle", "dossier", "vol", "volumen", "tomo", "modelo", "model", "modele",
               "protesis", "bioprotesis", "valvula", "talla", "size", "tipo", "type", "serie", "series",
               "calibre", "version", "km", "kilometro", "dia", "day", "jour", "semana", "week", "semaine", "parte",
               "part", "partie", "anexo", "annex", "nivel", "level", "grado", "grade", "edad", "age", "foto", "photo",
               "video", "episodio", "episode", "temporada", "season", "numero", "number",
               // A disease and a word of time number no house ("since Covid 19").
               "covid", "since"})) {
      return true;
    }
  }
  return false;
}

size_t NumberedStreetBeforeTown(std::string_view text, size_t number_begin, size_t number_end,
                                const PlaceGazetteer& places) {
  // The cheap tests first: most candidates fail one of them.
  const std::string_view number = text.substr(number_begin, number_end - number_begin);
  if (number.size() == 4 && (number.starts_with("19") || number.starts_with("20"))) return number_begin;  // a year
  const size_t begin = StreetNameStart(text, number_begin, 3);
  if (begin == number_begin) return number_begin;
  // "María López, 34, Tegucigalpa": a name, an age and a town.
  for (size_t i = begin; i < number_begin; ++i) {
    if (text[i] == ',') return number_begin;
  }
  // "OCT 3000, Humphrey Zeiss": an acronym alone before a number is a model.
  {
    size_t e = begin;
    while (e < number_begin && std::isupper(static_cast<unsigned char>(text[e])) != 0) ++e;
    size_t gap = e;
    while (gap < number_begin && text[gap] == ' ') ++gap;
    if (gap == number_begin && e - begin <= 4) return number_begin;
  }
  size_t p = number_end;
  while (p < text.size() && (text[p] == ' ' || text[p] == '\t')) ++p;
  if (p >= text.size() || text[p] != ',') return number_begin;
  ++p;
  // The next 96 bytes at most, up to the line's end. Look for the newline
  // only there: on a long line, a search to the text's end at every number
  // made the rule quadratic ("Reforma 222, Juárez, " again and again).
  size_t line_end = std::min(text.size(), p + 96);
  const size_t newline = text.substr(p, line_end - p).find('\n');
  if (newline != std::string_view::npos) line_end = p + newline;
  while (line_end > p && line_end < text.size() && (static_cast<unsigned char>(text[line_end]) & 0xC0) == 0x80) --line_end;
  const std::string_view after = text.substr(p, line_end - p);
  size_t first = 0;
  while (first < after.size() && (after[first] == ' ' || after[first] == '\t')) ++first;
  size_t first_end = first;
  while (first_end < after.size() && std::isalnum(static_cast<unsigned char>(after[first_end])) != 0) ++first_end;
  const std::string first_word = AsciiLower(after.substr(first, first_end - first));
  // "90, Rue de la République, Lyon": the number starts the street after
  // it; "Hidalgo 23, Col. Centro": the colonia rule's.
  if (InSet(first_word, {"rue", "calle", "avenue", "avenida", "av", "avda", "boulevard", "bd", "blvd", "place",
                         "chemin", "impasse", "quai", "paseo", "plaza", "carretera", "ctra", "street", "road", "col",
                         "colonia", "fracc", "fraccionamiento", "barrio"})) {
    return number_begin;
  }
  // A postal code after the comma: the street line of a letter ("As
  // Cortes de Abaixo 84, 15006"). Else a known place, at once or after a
  // neighbourhood's capitalized words ("Recoleta Chile", "Juárez, CDMX").
  const bool postal_code = first_word.size() == 5 && std::isdigit(static_cast<unsigned char>(first_word[0])) != 0 &&
                           std::all_of(first_word.begin(), first_word.end(),
                                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
  // A postal code of four digits before the town ("M. Gonzalez 264, 2010,
  // Málaga", "Bahnhofquai 9, 8001 Zürich"): the town must follow it.
  const bool four_digit_code = first_end - first == 4 && (first_end == after.size() || !IsNamePart(after[first_end])) &&
                               std::all_of(after.begin() + first, after.begin() + first_end,
                                           [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
  if (!postal_code) {
    const std::vector<PlaceMention> mentions = places.FindPlaces(after);
    if (mentions.empty()) return number_begin;
    const PlaceMention& town = mentions.front();
    int words = 0;
    for (size_t i = 0; i < town.begin;) {
      const char c = after[i];
      if (c == ' ' || c == '\t' || c == ',') {
        ++i;
        continue;
      }
      if (four_digit_code && i == first) {
        i = first_end;
        continue;
      }
      if (!StartsUpper(after, i)) return number_begin;
      if (++words > 3) return number_begin;
      while (i < town.begin && after[i] != ' ' && after[i] != '\t' && after[i] != ',') ++i;
    }
    // "Barcelona 3, Madrid 1": a score.
    size_t q = town.end;
    while (q < after.size() && after[q] == ' ') ++q;
    if (q < after.size() && std::isdigit(static_cast<unsigned char>(after[q])) != 0) return number_begin;
  }
  if (NumbersNoStreet(text, begin)) return number_begin;
  size_t name_end = number_begin;
  while (name_end > begin && text[name_end - 1] == ' ') --name_end;
  const std::string_view name = text.substr(begin, name_end - begin);
  // "Octubre 12, Guatemala", "Monday 5, Tijuana": a date.
  const std::string folded = FoldText(name);
  for (size_t from = 0; from < folded.size();) {
    size_t space = folded.find(' ', from);
    if (space == std::string::npos) space = folded.size();
    const std::string_view word = std::string_view(folded).substr(from, space - from);
    if (InSet(word, {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                     "setiembre", "octubre", "noviembre", "diciembre", "january", "february", "march", "april",
                     "may", "june", "july", "august", "september", "october", "november", "december", "janvier",
                     "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
                     "novembre", "decembre", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado",
                     "domingo", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                     "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})) {
      return number_begin;
    }
    from = space + 1;
  }
  // "México 2, Honduras 1": a country before a number is a score.
  for (const PlaceMention& m : places.FindPlaces(name)) {
    if (m.begin == 0 && m.end == name.size() && m.kind == "country") return number_begin;
  }
  return begin;
}

namespace {

// True if text[at] opens the article of a Galician or Portuguese town ("A
// Coruña", "O Porriño", "As Pontes", "Os Blancos"): the article, one blank
// and a capitalized word of a letter or more after it.
bool OpensTownArticle(std::string_view text, size_t at) {
  if (at >= text.size() || (text[at] != 'A' && text[at] != 'O')) return false;
  size_t i = at + 1;
  if (i < text.size() && text[i] == 's') ++i;
  if (i >= text.size() || text[i] != ' ') return false;
  ++i;
  return StartsUpper(text, i) && i + 1 < text.size() && IsLetterAt(text, i + 1) && !StartsUpper(text, i + 1);
}

}  // namespace

bool EndAddressBeforePlace(std::string_view text, const PlaceGazetteer& places, Finding* f) {
  // "Calle Real 14, 15003 A| Coruña": a house letter the pattern took after
  // a postal code's five digits is the article of the town after it.
  if (f->end - f->begin > 8 && f->end < text.size() && text[f->end - 2] == ' ' &&
      OpensTownArticle(text, f->end - 1)) {
    size_t digits = 0;
    for (size_t i = f->end - 2; i > f->begin && std::isdigit(static_cast<unsigned char>(text[i - 1])) != 0; --i) {
      ++digits;
    }
    if (digits == 5) f->end -= 2;
  }
  const std::string_view span = text.substr(f->begin, f->end - f->begin);
  // Only the listed places: a world town's name is too often a street's or
  // a building's word ("Calle Guerrero 12, Buenavista", "Hounslow Rd").
  std::vector<PlaceMention> mentions = places.FindPlaces(span);
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                [](const PlaceMention& m) { return m.place_class != PlaceClass::kListed; }),
                 mentions.end());
  if (mentions.empty()) return true;
  text::Tokens tokens;
  text::Tokenize(span, &tokens);
  const PlaceMention& last_place = mentions.back();
  if (last_place.end == span.size() && !tokens.tokens.empty() && !tokens.tokens[0].capitalized) {
    // keyword, "de"/"del", the country: "privada del Reino Unido"; "la
    // plaza de Tapachula" is the town's square (not "la calle de Orizaba",
    // a street in Mexico City).
    std::vector<std::string_view> before;
    bool lower = true;
    for (const text::Token& t : tokens.tokens) {
      if (t.begin >= last_place.begin) break;
      if (!t.word) continue;
      lower = lower && !t.capitalized && !t.has_digit;
      before.push_back(tokens.Folded(t));
    }
    const bool town_square = before.size() == 2 && before.front() == "plaza";
    if (lower && before.size() >= 2 && InSet(before.back(), {"de", "del", "la"}) &&
        (last_place.kind == "country" || town_square)) {
      return false;
    }
  }
  for (const PlaceMention& m : mentions) {
    std::string_view before;
    size_t words = 0;
    const text::Token* last = nullptr;  // the token right before the place
    for (const text::Token& t : tokens.tokens) {
      if (t.begin >= m.begin) break;
      last = &t;
      if (t.word) {
        ++words;
        before = tokens.Folded(t);
      }
    }
    // The street part has ended: a number or a comma, period, dash or
    // bracket comes right before the place ("12, Cuauhtémoc", "0500
    // Providencia"), not another word of the street's name ("C/ República
    // Argentina", "C/ Villa Valencia").
    // After a neighbourhood's name, a town or state ends the address too:
    // "Col. Condesa México D.F.", "Col. San Lucas Coyoacán".
    bool after_colonia = false;
    size_t words_after_colonia = 0;
    for (const text::Token& t : tokens.tokens) {
      if (t.begin >= m.begin) break;
      if (!t.word) continue;
      if (after_colonia) ++words_after_colonia;
      const std::string_view w = tokens.Folded(t);
      if (w == "col" || w == "colonia" || w == "fracc" || w == "fraccionamiento" || w == "barrio") {
        after_colonia = true;
        words_after_colonia = 0;
      }
    }
    // "la colonia Rivera Hernández de San Pedro Sula", "la calle Hidalgo de
    // Tapachula": after a street's or colonia's name, "de" and a town (not a
    // state or country: "Jardines de Morelos", "Valle de México" are
    // neighbourhoods' names) say where it is. Right after the keyword, the
    // town names the street ("Calzada de Tlalpan"); a town the street goes
    // on after is the name's ("Juan de Toledo no 13", "Hospital General de
    // Móstoles Río Júcar, s/n").
    const bool town_after_name =
        (after_colonia ? words_after_colonia >= 2 : words >= 3) && before == "de" &&
        (m.kind == "city" || m.kind == "route") &&
        span.substr(m.end).find_first_not_of(" .,;:)\n\t\r") == std::string_view::npos;
    if (town_after_name || (after_colonia && words_after_colonia >= 1 && last != nullptr && last->word)) {
      // fall through to the cut
    } else if (words < 2 || last == nullptr || (last->word && !last->has_digit)) {
      continue;
    }
    if (!last->word && std::string_view(",.-()").find(static_cast<char>(last->first)) == std::string_view::npos) continue;
    // A hyphen inside a name joins it: "rue du Faubourg-Saint-Martin".
    if (!last->word && last->first == '-' && !last->space_before && last->end == m.begin) continue;

    // "Calle 10 Norte", "8 Poniente": a direction is part of the name.
    if (InSet(FoldText(span.substr(m.begin, m.end - m.begin)),
              {"norte", "sur", "oriente", "poniente", "este", "oeste", "north", "south", "east", "west", "nord",
               "ouest", "est", "centro", "centre", "center"})) {
      continue;
    }
    if (!town_after_name &&
        InSet(before, {"col", "colonia", "fracc", "fraccionamiento", "barrio", "barr", "urb",
                       "urbanizacion", "residencial", "de", "del", "la", "el", "los", "las", "san",
                       "santa", "du", "des", "edf", "edif", "edificio", "residencia", "torre", "ampliacion",
                       "ampl", "ejido", "hacienda", "exhacienda"})) {
      // "Col. Guerrero", "Calle de Toledo", "Plaza de las Américas", "Edf. Argentina",
      // "Colonia Ampliación Emiliano Zapata", "Ejido Guadalupe", "Ex Hacienda Guadalupe".
      continue;
    }
    // "Cartagena 340", "Salamanca, 5": the place names the street.
    bool names_the_street = false;
    for (const text::Token& t : tokens.tokens) {
      if (t.begin < m.end || (!t.word && t.first == ',')) continue;
      // "Cartagena 340"; "Ctra. Madrid - Toledo, km 23", "Ctra. Orihuela -
      // San Bartolomé s/n": a road's towns.
      names_the_street = t.word && (t.has_digit || tokens.Folded(t) == "km" ||
                                    AsciiLower(span.substr(t.begin, 3)) == "s/n");
      break;
    }
    if (names_the_street) continue;
    size_t end = m.begin;
    while (end > 0 && std::string_view(" ,.-;:(\n\t\r").find(span[end - 1]) != std::string_view::npos) --end;
    if (town_after_name) {
      end = last->begin;  // before "de"
      while (end > 0 && (span[end - 1] == ' ' || span[end - 1] == '\t')) --end;
    }
    if (end >= 6) f->end = f->begin + end;
    return true;
  }
  return true;
}

void ExtendAddressesOverJoinedNames(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon,
                                    std::vector<Finding>* found) {
  bool moved = false;
  for (Finding& f : *found) {
    if (f.type != IdentifierType::kAddress || f.begin < 6) continue;
    // "and" and one blank right before the address.
    size_t at = f.begin;
    if (text[at - 1] != ' ' && text[at - 1] != '\t') continue;
    --at;
    if (at < 3 || text.substr(at - 3, 3) != "and") continue;
    at -= 3;
    if (at == 0 || (text[at - 1] != ' ' && text[at - 1] != '\t')) continue;
    size_t word_begin = at;
    const std::string_view word = WordBefore(text, at - 1, &word_begin);
    if (word.empty() || !NameJoinedToStreet(word, places, lexicon)) continue;
    // What comes before the name: a line's start, a colon or question mark,
    // or a preposition or "is" that says where ("sent to", "the office is
    // at", "the north side of", "it's in").
    size_t before = word_begin;
    while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
    bool opens = before == 0 || text[before - 1] == '\n' || text[before - 1] == ':' || text[before - 1] == '?';
    if (!opens && before >= 3 && !IsLetterAt(text, before - 3)) {
      opens = InSet(text.substr(before - 2, 2), {"to", "at", "is", "in", "of", "on"});
    }
    if (!opens) continue;
    f.begin = word_begin;
    moved = true;
  }
  if (moved) {
    std::stable_sort(found->begin(), found->end(),
                     [](const Finding& a, const Finding& b) { return a.begin < b.begin; });
  }
}

void AddRegionNumbersUnderAddresses(std::string_view text, std::vector<Finding>* found) {
  std::vector<Finding> added;
  const size_t n = text.size();
  for (const Finding& f : *found) {
    if (f.type != IdentifierType::kAddress) continue;
    // The address ends its line.
    size_t at = f.end;
    while (at < n && (text[at] == ' ' || text[at] == '\t' || text[at] == '\r')) ++at;
    if (at >= n || text[at] != '\n') continue;
    // The town line: a capital first, no digit, short.
    size_t town = at + 1;
    while (town < n && (text[town] == ' ' || text[town] == '\t')) ++town;
    const size_t town_end = std::min(text.find('\n', town), n);
    if (town_end >= n || town_end - town > 40 || !StartsCapitalLatinA(text, town)) continue;
    bool digit = false;
    for (size_t i = town; i < town_end && !digit; ++i) digit = std::isdigit(static_cast<unsigned char>(text[i])) != 0;
    if (digit) continue;
    // ", 27" alone on the next line.
    size_t line = town_end + 1;
    while (line < n && (text[line] == ' ' || text[line] == '\t')) ++line;
    if (line >= n || text[line] != ',') continue;
    ++line;
    while (line < n && (text[line] == ' ' || text[line] == '\t')) ++line;
    size_t number_end = line;
    while (number_end < n && std::isdigit(static_cast<unsigned char>(text[number_end])) != 0 && number_end - line < 4) {
      ++number_end;
    }
    if (number_end == line || number_end - line > 3) continue;
    size_t rest = number_end;
    while (rest < n && (text[rest] == ' ' || text[rest] == '\t' || text[rest] == '\r')) ++rest;
    if (rest < n && text[rest] != '\n') continue;
    added.push_back(AddressFinding(line, number_end));
  }
  AppendSortedByBegin(added, found);
}

namespace {

// False when an address starts, inside or at the start of a guessed name,
// with a street keyword that is the name's own word and nothing else says
// street: surnames such as "Estrada Altamirano", "Fuentelsaz del Barrio",
// "Silva Carrera". A number in the address ("Torres Gómez Plaza de la
// Encarnación, 32"), a keyword before the name ("Calle Benito Juárez") or
// a street whose start was read backwards from its type or number ("Berg
// Hills Street") says street.
bool AddressOwnsNameWords(std::string_view text, size_t address_begin, size_t address_end, size_t name_begin) {
  if (address_begin < name_begin) return true;
  for (size_t i = address_begin; i < address_end; ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i])) != 0) return true;
  }
  const RE2* const kKeyword = &StreetKeywordRegex();
  const size_t length = std::min<size_t>(48, text.size() - address_begin);
  return !kKeyword->Match(re2::StringPiece(text.data() + address_begin, length), 0, length, RE2::ANCHOR_START,
                          nullptr, 0);
}

}  // namespace

void TrimNamesOverAddresses(std::string_view text, const std::vector<Finding>& addresses,
                            std::vector<Finding>* names) {
  // The addresses' extents, merged (sorted by begin, so one walk finds the
  // ones over each name).
  std::vector<std::pair<size_t, size_t>> spans;
  for (const Finding& f : addresses) {
    if (f.type != IdentifierType::kAddress) continue;
    if (!spans.empty() && f.begin <= spans.back().second) {
      spans.back().second = std::max(spans.back().second, f.end);
    } else {
      spans.emplace_back(f.begin, f.end);
    }
  }
  if (spans.empty()) return;
  auto is_space_or_mark = [&](size_t at) {
    return std::string_view(" \t\n\r,.;:-").find(text[at]) != std::string_view::npos;
  };
  size_t kept = 0;
  for (Finding& n : *names) {
    if (n.type == IdentifierType::kPersonName) {
      auto it = std::upper_bound(spans.begin(), spans.end(), std::make_pair(n.begin, static_cast<size_t>(-1)));
      if (it != spans.begin() && std::prev(it)->second > n.begin) --it;  // an address that starts before the name
      for (; it != spans.end() && it->first < n.end; ++it) {
        if (it->second <= n.begin) continue;
        if (!AddressOwnsNameWords(text, it->first, it->second, n.begin)) continue;
        if (it->first <= n.begin) {
          n.begin = std::min(n.end, it->second);  // the address ends inside the name, or covers it
        } else if (it->second >= n.end) {
          n.end = it->first;  // the name runs into the address
        }
        // An address inside a name leaves it whole (two spans merge).
      }
      while (n.begin < n.end && is_space_or_mark(n.begin)) ++n.begin;
      while (n.end > n.begin && is_space_or_mark(n.end - 1)) --n.end;
      bool letter = false;
      for (size_t i = n.begin; i < n.end && !letter; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        letter = std::isalpha(c) != 0 || c >= 0x80;
      }
      if (!letter) continue;
    }
    (*names)[kept++] = n;
  }
  names->resize(kept);
}

}  // namespace amparo::redaction
