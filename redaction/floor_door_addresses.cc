#include "redaction/floor_door_addresses.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>

#include "redaction/address_bounds.h"
#include "redaction/byte_scan.h"
#include "redaction/name_detector_text.h"

namespace amparo::redaction {
namespace {

constexpr size_t kNone = std::string_view::npos;

size_t SkipBlanks(std::string_view text, size_t at, size_t max) {
  const size_t from = at;
  while (at < text.size() && at - from < max && (text[at] == ' ' || text[at] == '\t')) ++at;
  return at;
}

// Bytes of the ordinal mark at text[at]: "º", "ª", "°", or an "o" no letter
// follows ("3o B"); 0 if none.
size_t OrdinalMark(std::string_view text, size_t at) {
  if (at + 1 < text.size() && text[at] == '\xc2' &&
      (text[at + 1] == '\xba' || text[at + 1] == '\xaa' || text[at + 1] == '\xb0')) {
    return 2;
  }
  if (at < text.size() && text[at] == 'o' && (at + 1 == text.size() || !IsAlnumOrUtf8Byte(text[at + 1]))) return 1;
  return 0;
}

// Where the door that starts at text[at] ends: one capital letter no
// letter or digit follows ("A", "B"), or a word for a side ("dcha",
// "izqda", "centro"); kNone if there is none.
size_t DoorEnd(std::string_view text, size_t at) {
  if (at >= text.size()) return kNone;
  if (text[at] >= 'A' && text[at] <= 'Z') {
    return at + 1 == text.size() || !IsAlnumOrUtf8Byte(text[at + 1]) ? at + 1 : kNone;
  }
  if ((text[at] | 0x20) != 'i' && (text[at] | 0x20) != 'd' && (text[at] | 0x20) != 'c') return kNone;
  size_t end = at;
  while (end < text.size() && end - at < 10 && std::isalpha(static_cast<unsigned char>(text[end])) != 0) ++end;
  if (end == at || (end < text.size() && IsAlnumOrUtf8Byte(text[end]))) return kNone;
  std::string word(text.substr(at, end - at));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view side : {"izq", "izqda", "izda", "izquierda", "dcha", "dch", "drcha", "der", "derecha",
                                "centro", "ctro"}) {
    if (word == side) return end;
  }
  return kNone;
}

// Where the word for a floor or a staircase at text[at] ends ("piso",
// "planta", "escalera", "esc."); kNone if there is none.
size_t FloorWordEnd(std::string_view text, size_t at) {
  // Most words after a number are no floor's ("12 de marzo"): the first
  // letter tells before the word is lower-cased.
  if (at >= text.size() || ((text[at] | 0x20) != 'p' && (text[at] | 0x20) != 'e')) return kNone;
  size_t end = at;
  while (end < text.size() && end - at < 10 && std::isalpha(static_cast<unsigned char>(text[end])) != 0) ++end;
  if (end == at || (end < text.size() && IsAlnumOrUtf8Byte(text[end]))) return kNone;
  std::string word(text.substr(at, end - at));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view floor : {"piso", "planta", "escalera", "esc", "portal", "puerta", "pta"}) {
    if (word == floor) return end < text.size() && text[end] == '.' ? end + 1 : end;
  }
  return kNone;
}

// True if the address ends at text[at]: a period, comma, semicolon,
// parenthesis, line break or the text's end.
bool EndsAddress(std::string_view text, size_t at) {
  return at >= text.size() || std::string_view(".,;)\n\r").find(text[at]) != std::string_view::npos;
}

// Where the floor and door after the house number ending at `number_end`
// end ("9|, 3º A|", "2664| 3o B|", "7|, 2, B|"); kNone if they do not
// follow. *marked: the floor had its ordinal mark.
size_t FloorAndDoorEnd(std::string_view text, size_t number_end, bool* marked) {
  size_t at = SkipBlanks(text, number_end, 2);
  const bool comma = at < text.size() && text[at] == ',';
  if (comma) {
    at = SkipBlanks(text, at + 1, 2);
  } else if (at == number_end) {
    return kNone;  // "12B": a house letter, no floor
  }
  // "234 piso 5", "23, escalera B": a floor or staircase by its word, then
  // its number or letter (the unit rules found them; the street before
  // them is this pass's).
  if (const size_t word_end = FloorWordEnd(text, at); word_end != kNone) {
    const size_t value = SkipBlanks(text, word_end, 2);
    if (value > word_end && value < text.size() && (IsAsciiDigit(text[value]) || (text[value] >= 'A' && text[value] <= 'Z'))) {
      *marked = true;
      return word_end;
    }
    return kNone;
  }
  const size_t floor = at;
  while (at < text.size() && IsAsciiDigit(text[at]) && at - floor < 3) ++at;
  if (at == floor || at - floor > 2) return kNone;
  const size_t mark = OrdinalMark(text, at);
  if (!comma && mark == 0) return kNone;
  at = SkipBlanks(text, at + mark, 1);
  if (comma && at < text.size() && text[at] == ',') at = SkipBlanks(text, at + 1, 2);
  const size_t door = at;
  const size_t end = DoorEnd(text, door);
  if (end == kNone) return kNone;
  // "Estadio 3, 2 A en la clasificación": without the mark, a letter must
  // end the address.
  if (mark == 0 && end - door == 1 && !EndsAddress(text, end)) return kNone;
  *marked = mark != 0;
  return end;
}

}  // namespace

void AddStreetsBeforeFloorAndDoor(std::string_view text, const NameLexicon& lexicon, std::vector<Finding>* found) {
  const size_t n = text.size();
  bool changed = false;
  // The findings before this index were passed over for an earlier street
  // and are passed over for every later one: each street begins after the
  // house number of the one before (StreetNameStart reads no digit) and
  // ends after it, so a finding that was no address, or ended before an
  // earlier street began, still is or does, and none of them begins at or
  // after a later street's end. Without it the walk below started at the
  // first finding for every street, quadratic in the streets of one text.
  size_t passed = 0;
  for (size_t run = NextDigit(text, 0); run < n;) {
    size_t run_end = run;
    while (run_end < n && IsAsciiDigit(text[run_end])) ++run_end;
    const size_t next = NextDigit(text, run_end);
    bool marked = false;
    const size_t end = run_end - run <= 5 && run > 0 && (text[run - 1] == ' ' || text[run - 1] == '\t')
                           ? FloorAndDoorEnd(text, run_end, &marked)
                           : kNone;
    if (end == kNone) {
      run = next;
      continue;
    }
    size_t begin = StreetNameStart(text, run, 4);
    if (begin != run) {
      size_t name_end = run;
      while (name_end > begin && (text[name_end - 1] == ' ' || text[name_end - 1] == '\t' || text[name_end - 1] == ',')) {
        --name_end;
      }
      const std::string_view name = text.substr(begin, name_end - begin);
      const bool one_word = name.find_first_of(" \t") == std::string_view::npos;
      if ((one_word && lexicon.IsDictionaryWord(text::Fold(name))) || NumbersNoStreet(text, begin)) begin = kNone;
    } else if (!marked) {
      begin = kNone;  // a number alone before ", 2 A": the floor needs its mark ("1520 4o C")
    }
    if (begin != kNone) {
      // Widen an address already over part of it; add one otherwise.
      bool widened = false;
      for (size_t i = passed; i < found->size(); ++i) {
        Finding& f = (*found)[i];
        if (f.begin >= end) break;
        if (f.type != IdentifierType::kAddress || f.end <= begin) {
          if (i == passed) ++passed;
          continue;
        }
        f.begin = std::min(f.begin, begin);
        f.end = std::max(f.end, end);
        widened = true;
        break;
      }
      if (!widened) found->push_back(AddressFinding(begin, end));
      changed = true;
    }
    run = next < end ? NextDigit(text, end) : next;
  }
  if (changed) SortFindingsByBegin(found);
}

}  // namespace amparo::redaction
