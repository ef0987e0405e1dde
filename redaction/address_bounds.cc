#include "redaction/address_bounds.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>
#include <vector>

#include "redaction/name_detector_text.h"
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
    size_t word_begin = word_end;
    while (word_begin > 0) {
      const unsigned char c = static_cast<unsigned char>(text[word_begin - 1]);
      if (std::isalpha(c) != 0 || c >= 0x80 || c == '\'' || c == '-') {
        --word_begin;
      } else {
        break;
      }
    }
    if (word_begin == word_end) break;
    const std::string word = AsciiLower(text.substr(word_begin, word_end - word_begin));
    if (StartsUpper(text, word_begin)) {
      ++capitalized;
      begin = word_begin;
    } else if (capitalized == 0 ||
               !InSet(word, {"de", "del", "la", "las", "los", "el", "y", "da", "do"})) {
      break;
    }
    pos = word_begin;
  }
  return begin;
}

size_t SuffixedStreetStart(std::string_view text, size_t at) {
  auto is_letter = [&](size_t i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    return std::isalpha(c) != 0 || c >= 0x80 || c == '\'' || c == '-';
  };
  if (at < text.size() && is_letter(at)) {  // inside the word: its start
    size_t begin = at;
    while (begin > 0 && is_letter(begin - 1)) --begin;
    return StartsUpper(text, begin) ? begin : at;
  }
  size_t pos = at;  // the space before the type word
  size_t begin = at;
  for (int words = 0; words < 2; ++words) {
    size_t word_end = pos;
    while (word_end > 0 && text[word_end - 1] == ' ' && pos - word_end < 3) --word_end;
    if (word_end == pos && words > 0) break;
    size_t word_begin = word_end;
    while (word_begin > 0 && is_letter(word_begin - 1)) --word_begin;
    if (word_begin == word_end) break;
    if (StartsUpper(text, word_begin)) begin = word_begin;
    pos = word_begin;
  }
  return begin;
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
  size_t before_begin = before_end;
  while (before_begin > 0 && is_letter(before_begin - 1)) --before_begin;
  for (std::string_view word : {text.substr(begin, end - begin), text.substr(before_begin, before_end - before_begin)}) {
    if (InSet(FoldText(word),
              {"articulo", "art", "ley", "capitulo", "decreto", "fraccion", "inciso", "oficio", "pagina",
               "habitacion", "cama", "sala", "consultorio", "box", "quirofano", "planta", "expediente", "caso",
               "folio", "acta", "registro", "historia", "informe", "paciente", "grupo", "lote", "vuelo", "ruta",
               "linea", "autobus", "tarjeta", "cuenta", "telefono", "tel", "celular", "movil", "fax", "room",
               "article", "chapter", "case", "file", "flight", "bus", "line", "form", "page", "bed", "ward",
               "phone", "chambre", "salle", "dossier", "vol", "volumen", "tomo", "modelo", "model", "modele",
               "protesis", "bioprotesis", "valvula", "talla", "size", "tipo", "type", "serie", "series",
               "calibre", "version"})) {
      return true;
    }
  }
  return false;
}

bool EndAddressBeforePlace(std::string_view text, const PlaceGazetteer& places, Finding* f) {
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
  if (last_place.end == span.size() && last_place.kind == "country" && !tokens.tokens.empty() &&
      !tokens.tokens[0].capitalized) {
    // keyword, "de"/"del", the country: "privada del Reino Unido".
    std::vector<std::string_view> before;
    bool lower = true;
    for (const text::Token& t : tokens.tokens) {
      if (t.begin >= last_place.begin) break;
      if (!t.word) continue;
      lower = lower && !t.capitalized && !t.has_digit;
      before.push_back(tokens.Folded(t));
    }
    if (lower && before.size() >= 2 && InSet(before.back(), {"de", "del", "la"})) return false;
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
    if (after_colonia && words_after_colonia >= 1 && last != nullptr && last->word) {
      // fall through to the cut
    } else if (words < 2 || last == nullptr || (last->word && !last->has_digit)) {
      continue;
    }
    if (!last->word && std::string_view(",.-()").find(static_cast<char>(last->first)) == std::string_view::npos) continue;
    // A hyphen inside a name joins it: "rue du Faubourg-Saint-Martin".
    if (!last->word && last->first == '-' && !last->space_before && last->end == m.begin) continue;
    if (InSet(before, {"col", "colonia", "fracc", "fraccionamiento", "barrio", "barr", "urb",
                       "urbanizacion", "residencial", "de", "del", "la", "el", "los", "las", "san",
                       "santa", "du", "des", "edf", "edif", "edificio", "residencia", "torre"})) {
      continue;  // "Col. Guerrero", "Calle de Toledo", "Plaza de las Américas", "Edf. Argentina"
    }
    // "Cartagena 340", "Salamanca, 5": the place names the street.
    bool names_the_street = false;
    for (const text::Token& t : tokens.tokens) {
      if (t.begin < m.end || (!t.word && t.first == ',')) continue;
      names_the_street = t.word && t.has_digit;
      break;
    }
    if (names_the_street) continue;
    size_t end = m.begin;
    while (end > 0 && std::string_view(" ,.-;:(\n\t\r").find(span[end - 1]) != std::string_view::npos) --end;
    if (end >= 6) f->end = f->begin + end;
    return true;
  }
  return true;
}

}  // namespace amparo::redaction
