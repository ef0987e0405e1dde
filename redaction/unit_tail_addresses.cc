#include "redaction/unit_tail_addresses.h"

#include <re2/re2.h>

#include <algorithm>

namespace amparo::redaction {
namespace {

// One unit after an address, with what parts it from the address or the
// unit before: a comma and blanks, or blanks alone.
const RE2& UnitTail() {
  static const RE2 kUnit(
      R"([ \t]{0,2},?[ \t]{1,2})"
      R"((?:)"
      // A unit's word, then its number or one capital letter.
      // Swedish "lgh 1102" (lägenhet, a flat).
      R"((?i:scala|interno|int\.|bte|bo[iî]te|conj\.?|cj\.?|sala|bloco|bl\.|ap\.?|apto\.?|depto\.?|dpto\.?|lgh))"
      R"([ \t]{0,2}(?:\d{1,4}[A-Za-z]?|[A-Z])\b|)"
      // A Spanish floor named by its word, after a comma ("Calle Real 14,
      // bajo", "C/ Mayor 3, entresuelo 2ª", "ático B"): before a mark, a door
      // or a side ("bajo la lluvia" goes on as a sentence).
      R"((?:bajos?|entresuelo|entlo\.|[áa]tico|sobre[áa]tico|s[óo]tano|semis[óo]tano|principal|pral\.))"
      R"((?:[ \t]{1,2}(?:\d{1,2}[ \t]?[ºª°]?|[A-Z]|izda\.?|izq(?:uierda)?\.?|dcha\.?|der(?:echa)?\.?))?(?:[ \t]{0,2}[,.;)\r\n]|$)|)"
      // A Polish flat or premises, lower case with its dot and number
      // ("Kwiatowa 12 m. 5", "Marszałkowska 84 lok. 3").
      R"((?:m|lok)\.[ \t]{0,2}\d{1,4}[A-Za-z]?\b|)"
      // A German floor and maybe its side.
      R"(\d{1,2}\.[ \t]{0,2}(?:OG|UG|DG|Stock|Etage)\b(?:[ \t]{1,2}(?:links|rechts|Mitte)\b)?|)"
      // The parts of a Berlin block, after a comma.
      R"((?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Quergebäude)\b|)"
      // A Portuguese or Spanish floor and its side.
      // A Spanish or Catalan door by its number ("5º 1ª").
      R"(\d{1,2}[ \t]?(?:º|°|ª)\.?[ \t]{0,2}(?:(?i:esq|dto|dta|drt|dir|frente|izq|izda|izqda|dcha|dcho)\b\.?|[A-Z]\b|)"
      R"(\d{1,2}[ \t]?(?:ª|º))|)"
      // A Finnish staircase and flat ("Mannerheimintie 12 B 7"), before a
      // mark or the line's end.
      R"((?-i:[A-H])[ \t]\d{1,3}(?:[ \t]{0,2}[,.;)\r\n]|$))"
      R"())");
  return kUnit;
}

constexpr size_t kReach = 48;  // bytes one unit may take
constexpr int kMaxUnits = 4;

// A building or staircase named before the street, and the comma after it:
// "Bâtiment B, 3 allée des Acacias", "bât. C, 45 avenue Jean Jaurès".
const RE2& UnitHead() {
  static const RE2 kHead(
      R"((?:^|[^\p{L}\p{N}])((?:B[âa]timent|b[âa]timent|B[âa]t\.|b[âa]t\.|Building|Bldg\.?|Escalier|escalier|Esc\.|esc\.))"
      R"([ \t]{1,2}(?:[A-Z]|\d{1,3}[A-Z]?)[ \t]{0,2},[ \t]{0,2})$)");
  return kHead;
}

constexpr size_t kHeadReach = 24;  // bytes a building's name may take before

// A flat or suite of Brazil or Argentina ending an address.
const RE2& SouthAmericanUnitEnd() {
  static const RE2 kUnitEnd(
      R"((?:^|[^\p{L}\p{N}])(?i:apto|ap|conj|cj|bloco|depto|dpto)\.?[ \t]{0,2}(?:\d{1,4}[A-Za-z]?|[A-Z])$)");
  return kUnitEnd;
}

// The neighbourhood after such a unit: a comma, up to three capitalized
// words (with Portuguese and Spanish particles), a comma.
const RE2& NeighbourhoodAfterUnit() {
  static const RE2 kHood(
      R"([ \t]{0,2},[ \t]{1,2}((?-i:\p{Lu})[\p{L}\p{M}'’\-]+(?:[ \t](?:(?:d[aeo]s?|del|la|las|los)[ \t])?)"
      R"((?-i:\p{Lu})[\p{L}\p{M}'’\-]+){0,2})[ \t]{0,2},[ \t]{1,2})");
  return kHood;
}

constexpr size_t kUnitEndReach = 16;  // bytes the unit ending an address may take
constexpr size_t kHoodReach = 64;     // bytes the neighbourhood and its commas may take
constexpr size_t kTownReach = 48;     // bytes read for the town after it

}  // namespace

void ExtendAddressesOverUnitTails(std::string_view text, std::vector<Finding>* found) {
  const RE2& unit = UnitTail();
  for (size_t i = 0; i < found->size(); ++i) {
    Finding& f = (*found)[i];
    if (f.type != IdentifierType::kAddress) continue;
    // The next finding's start bounds the widening.
    size_t limit = text.size();
    for (size_t j = i + 1; j < found->size(); ++j) {
      if ((*found)[j].begin >= f.end) {
        limit = (*found)[j].begin;
        break;
      }
    }
    size_t end = f.end;
    for (int n = 0; n < kMaxUnits && end < limit; ++n) {
      const size_t stop = std::min(limit, end + kReach);
      re2::StringPiece match;
      if (!unit.Match(re2::StringPiece(text.data(), text.size()), end, stop, RE2::ANCHOR_START, &match, 1)) break;
      end += match.size();
    }
    f.end = end;
    // The building before the street, when no finding ends inside it.
    const size_t from = f.begin > kHeadReach ? f.begin - kHeadReach : 0;
    const size_t floor = i > 0 ? std::max(from, (*found)[i - 1].end) : from;
    re2::StringPiece head;
    if (floor < f.begin &&
        RE2::PartialMatch(re2::StringPiece(text.data() + floor, f.begin - floor), UnitHead(), &head)) {
      f.begin = static_cast<size_t>(head.data() - text.data());
    }
  }
}

void ExtendUnitsOverNeighbourhoods(std::string_view text, const PlaceGazetteer& places, std::vector<Finding>* found) {
  for (size_t i = 0; i < found->size(); ++i) {
    Finding& f = (*found)[i];
    if (f.type != IdentifierType::kAddress) continue;
    const size_t from = f.end - f.begin > kUnitEndReach ? f.end - kUnitEndReach : f.begin;
    if (!RE2::PartialMatch(re2::StringPiece(text.data() + from, f.end - from), SouthAmericanUnitEnd())) continue;
    const size_t limit = i + 1 < found->size() ? std::min(text.size(), (*found)[i + 1].begin) : text.size();
    if (limit <= f.end) continue;
    re2::StringPiece match;
    re2::StringPiece hood;
    const size_t stop = std::min(limit, f.end + kHoodReach);
    re2::StringPiece groups[2];
    if (!NeighbourhoodAfterUnit().Match(re2::StringPiece(text.data(), text.size()), f.end, stop, RE2::ANCHOR_START,
                                        groups, 2)) {
      continue;
    }
    match = groups[0];
    hood = groups[1];
    const size_t town = f.end + match.size();
    // A town (no state or country) right after: the words before it are
    // its neighbourhood.
    bool town_follows = false;
    for (const PlaceMention& m : places.FindPlaces(text.substr(town, std::min(kTownReach, text.size() - town)))) {
      if (m.begin == 0) town_follows = m.kind != "state" && m.kind != "country";
    }
    if (!town_follows) continue;
    f.end = static_cast<size_t>(hood.data() - text.data()) + hood.size();
  }
}

}  // namespace amparo::redaction
