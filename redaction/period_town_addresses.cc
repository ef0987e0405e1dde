#include "redaction/period_town_addresses.h"

#include <algorithm>
#include <cctype>

#include "redaction/address_bounds.h"
#include "redaction/byte_scan.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

constexpr size_t kNone = std::string_view::npos;

// True if a town line starts at text[at] (after the period and its blanks):
// one to three capitalized words that a gazetteer lists, then a period, a
// comma, a line break or the text's end.
bool TownAlone(std::string_view text, size_t at, const PlaceGazetteer& places) {
  size_t ends[3];
  int words = 0;
  size_t pos = at;
  while (words < 3 && pos < text.size() && StartsWithCapital(text, pos)) {
    size_t end = pos;
    while (end < text.size() && (IsAlnumOrUtf8Byte(text[end]) || text[end] == '-' || text[end] == '\'')) ++end;
    ends[words++] = end;
    if (end >= text.size() || text[end] != ' ') break;
    pos = end + 1;
  }
  for (int w = words; w > 0; --w) {
    const size_t end = ends[w - 1];
    if (end < text.size() && text[end] != '.' && text[end] != ',' && text[end] != '\n' && text[end] != '\r') continue;
    if (places.ClassOf(text.substr(at, end - at)) != PlaceClass::kNone) return true;
  }
  return false;
}

}  // namespace

void AddStreetsBeforeATownSentence(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon,
                                   std::vector<Finding>* found) {
  const size_t n = text.size();
  std::vector<Finding> added;
  size_t covered = 0;  // the end of the addresses seen so far (found is sorted by begin)
  auto next_address = found->begin();
  // The numbers a period closes, found sixteen bytes at a time; the run's
  // start is read back from its last digit.
  for (size_t digit = NextDigitBefore(text, 0, '.'); digit < n; digit = NextDigitBefore(text, digit + 1, '.')) {
    const size_t run_end = digit + 1;
    size_t run = digit;
    while (run > 0 && IsAsciiDigit(text[run - 1])) --run;
    const size_t digits = run_end - run;
    // "180. Málaga", "46.\nMadrid": the number, a period, a blank.
    const bool shape = digits <= 5 && run > 0 && text[run - 1] == ' ' && run_end + 1 < n &&
                       (text[run_end + 1] == ' ' || text[run_end + 1] == '\n');
    if (!shape || (digits == 4 && (text.substr(run, 2) == "19" || text.substr(run, 2) == "20"))) continue;
    for (; next_address != found->end() && next_address->begin <= run; ++next_address) {
      if (next_address->type == IdentifierType::kAddress) covered = std::max(covered, next_address->end);
    }
    size_t town = run_end + 1;
    while (town < n && (text[town] == ' ' || text[town] == '\n') && town - run_end < 4) ++town;
    const size_t begin = covered > run ? run : StreetNameStart(text, run, 4);  // none where an address is
    if (begin == run || !TownAlone(text, town, places)) continue;
    size_t name_end = run;
    while (name_end > begin && text[name_end - 1] == ' ') --name_end;
    const std::string_view name = text.substr(begin, name_end - begin);
    // The word right before the number: "Planta 4. Lugo." numbers a floor,
    // "Hospital Ignacio Salcedo Planta 4" is no street's name.
    const size_t last = name.find_last_of(' ') == std::string_view::npos ? begin : begin + name.find_last_of(' ') + 1;
    std::string last_word(text.substr(last, name_end - last));
    for (char& c : last_word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool street = !NumbersNoStreet(text, begin) && !NumbersNoStreet(text, last);
    for (std::string_view unit : {"planta", "piso", "portal", "puerta", "escalera", "bloque", "local", "casa", "box",
                                  "consulta", "despacho", "quir\xc3\xb3" "fano", "quirofano", "sala", "pabell\xc3\xb3n",
                                  "pabellon", "edificio", "torre", "m\xc3\xb3" "dulo", "modulo", "hospital"}) {
      if (last_word == unit) street = false;
    }
    if (street && name.find(' ') == std::string_view::npos) {
      const std::string folded = text::Fold(name);
      street = !lexicon.IsDictionaryWord(folded) && (lexicon.Flags(folded) & (kGivenName | kMonth)) == 0 &&
               places.ClassOf(name) == PlaceClass::kNone;
    }
    if (street) added.push_back(AddressFinding(begin, run_end));
  }
  AppendSortedByBegin(added, found);
}

}  // namespace amparo::redaction
