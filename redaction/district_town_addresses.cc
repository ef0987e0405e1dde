#include "redaction/district_town_addresses.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>

#include "redaction/address_bounds.h"
#include "redaction/byte_scan.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

bool InSet(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

bool IsWordByte(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return std::isalpha(u) != 0 || u >= 0x80 || c == '-';
}

// One address so written: the street [begin, number_end) and its town
// [town_begin, town_end).
struct DistrictAddress {
  size_t begin;
  size_t number_end;
  size_t town_begin;
  size_t town_end;
};

// True if a one-word name is no street's: a dictionary word, a given name,
// a month or a known place.
bool OrdinaryWord(std::string_view word, const PlaceGazetteer& places, const NameLexicon& lexicon) {
  const std::string folded = text::Fold(word);
  return lexicon.IsDictionaryWord(folded) || (lexicon.Flags(folded) & (kGivenName | kMonth)) != 0 ||
         places.ClassOf(word) != PlaceClass::kNone;
}

// Reads the shape after the house number text[run, run_end); fills *a and
// returns true if it holds.
bool DistrictAddressAt(std::string_view text, size_t run, size_t run_end, const PlaceGazetteer& places,
                       const NameLexicon& lexicon, DistrictAddress* a) {
  const size_t n = text.size();
  const size_t digits = run_end - run;
  if (digits > 4 || run == 0 || text[run - 1] != ' ') return false;
  if (digits == 4 && (text.substr(run, 2) == "19" || text.substr(run, 2) == "20")) return false;
  if (run_end + 2 >= n || text[run_end] != ',' || text[run_end + 1] != ' ') return false;
  // The town: one capitalized word, a blank, one or two digits.
  const size_t town = run_end + 2;
  if (!StartsWithCapital(text, town)) return false;
  size_t town_end = town;
  while (town_end < n && IsWordByte(text[town_end])) ++town_end;
  if (town_end + 1 >= n || text[town_end] != ' ' || !IsAsciiDigit(text[town_end + 1])) return false;
  // A town in title case ("FC 80, RR 16 rpm": a clinical note's
  // abbreviations in capitals).
  if (town_end - town < 3 || std::isupper(static_cast<unsigned char>(text[town + 1])) != 0) return false;
  size_t district = town_end + 1;
  size_t district_end = district;
  while (district_end < n && IsAsciiDigit(text[district_end])) ++district_end;
  if (district_end - district > 2) return false;
  if (district_end < n && text[district_end] == 'e') {
    ++district_end;
    if (district_end < n && text[district_end] == 'r') ++district_end;
  }
  // Then the clause ends, or a lower-case word goes on ("Praha 1 for").
  if (district_end < n) {
    const char c = text[district_end];
    if (c == ' ') {
      if (district_end + 1 >= n || std::islower(static_cast<unsigned char>(text[district_end + 1])) == 0) return false;
      // "Pedro 2 veces", "Lyon 3 días": a count, not a district.
      size_t w = district_end + 1;
      while (w < n && IsWordByte(text[w])) ++w;
      const std::string word = text::Fold(text.substr(district_end + 1, w - district_end - 1));
      if (NumbersNoStreet(text, district_end + 1) ||
          InSet(word, {"veces", "vez", "dias", "anos", "meses", "semanas", "horas", "times", "days", "years",
                       "months", "weeks", "hours", "fois", "jours", "ans", "mois", "heures", "a"})) {
        return false;
      }
    } else if (c != '.' && c != ',' && c != ';' && c != '\n' && c != '\r') {
      return false;
    }
  }
  const std::string town_folded = text::Fold(text.substr(town, town_end - town));
  if ((lexicon.Flags(town_folded) & (kGivenName | kSurname)) != 0 && places.ClassOf(text.substr(town, town_end - town)) == PlaceClass::kNone) {
    return false;
  }
  const size_t begin = StreetNameStart(text, run, 4);
  if (begin == run) return false;
  size_t name_end = run;
  while (name_end > begin && text[name_end - 1] == ' ') --name_end;
  const std::string_view name = text.substr(begin, name_end - begin);
  if (NumbersNoStreet(text, begin)) return false;
  // Nor is a street's name in capitals of one or two letters per word.
  if (name_end - begin < 3) return false;
  if (name.find(' ') == std::string_view::npos && OrdinaryWord(name, places, lexicon)) return false;
  // "Ganó Guatemala 3, Honduras 1": a known place ending the run (after a
  // verb that opens the sentence) is a score's team, no street.
  for (size_t at = begin; at < name_end;) {
    if (places.ClassOf(text.substr(at, name_end - at)) != PlaceClass::kNone) return false;
    const size_t space = text.find(' ', at);
    if (space == std::string_view::npos || space >= name_end) break;
    at = space + 1;
  }
  *a = {begin, run_end, town, town_end};
  return true;
}

}  // namespace

void AddStreetsBeforeADistrictTown(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon,
                                   std::vector<Finding>* found) {
  const size_t n = text.size();
  std::vector<Finding> added;
  size_t covered = 0;  // the end of the addresses seen so far (found is sorted by begin)
  auto next_address = found->begin();
  // The numbers a comma closes, found sixteen bytes at a time; the run's
  // start is read back from its last digit.
  for (size_t last = NextDigitBefore(text, 0, ','); last < n; last = NextDigitBefore(text, last + 1, ',')) {
    const size_t run_end = last + 1;
    size_t run = last;
    while (run > 0 && IsAsciiDigit(text[run - 1])) --run;
    // ", " and a capital after the number.
    if (run_end + 2 >= n) continue;
    for (; next_address != found->end() && next_address->begin <= run; ++next_address) {
      if (next_address->type == IdentifierType::kAddress) covered = std::max(covered, next_address->end);
    }
    DistrictAddress a;
    if (covered <= run && DistrictAddressAt(text, run, run_end, places, lexicon, &a)) {
      added.push_back(AddressFinding(a.begin, a.number_end));
    }
  }
  AppendSortedByBegin(added, found);
}

void DropDistrictTownsAfterStreets(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon,
                                   std::vector<Finding>* names) {
  auto is_town = [&](const Finding& f) {
    if (std::string_view(f.detector) != "names" || f.begin < 4 || text[f.begin - 1] != ' ' || text[f.begin - 2] != ',') return false;
    const size_t run_end = f.begin - 2;
    size_t run = run_end;
    while (run > 0 && IsAsciiDigit(text[run - 1])) --run;
    if (run == run_end) return false;
    DistrictAddress a;
    return DistrictAddressAt(text, run, run_end, places, lexicon, &a) && a.town_begin == f.begin &&
           a.town_end == f.end;
  };
  names->erase(std::remove_if(names->begin(), names->end(), is_town), names->end());
}

}  // namespace amparo::redaction
