// Where an address found by a pattern begins and ends, by what surrounds it.
//
// The pattern rules find an address's shape; these functions settle its
// edges with knowledge an expression does not have: the place gazetteer
// (an address ends before the town, state or country after its street part,
// which the legal advocates need kept) and a backward walk over a street's
// name (cheaper than an expression that may start at every capital).
#ifndef AMPARO_REDACTION_ADDRESS_BOUNDS_H_
#define AMPARO_REDACTION_ADDRESS_BOUNDS_H_

#include <cstddef>
#include <string_view>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Where a street name written without a keyword starts, before `end` (its
// "s/n" or "nº 23"): up to `max_words` capitalized words joined by "de",
// "del", "la"... ("Hermanos Falcó, s/n", "Altos de Nava, s/n"); `end` if
// there is none.
size_t StreetNameStart(std::string_view text, size_t end, int max_words = 5);

// Where a street named with its type at the end starts, given where the
// rule found the type: inside the name's last word ("Friedhof|strasse 33")
// or at the space before a type word ("Rákóczi| út 13"). The name is that
// word, or up to two words before the type word, starting with a capital
// ("Árpád fejedelem útja 62"). `at` itself if there is no such name.
size_t SuffixedStreetStart(std::string_view text, size_t at);

// True if the name that starts at text[begin] (before "número 27"), or the
// word before it, names something numbered that is no street: "Artículo",
// "Ley", "Cama", "Habitación", "Teléfono", "modelo PARA Nº 50" (any case).
bool NumbersNoStreet(std::string_view text, size_t begin);

// Shortens *f (an address in text) to end before a town, state or country
// named after its street part: "Calle Santa María 12 Providencia", "C/ Pío
// XII, 36 Pamplona", "Av. Reforma 222, Cuauhtémoc, Ciudad de México". The
// street part is at least the first two words ("Avenida Chiapas",
// "1600 Pennsylvania Avenue" stay whole), a place followed by a number names
// the street ("Cartagena 340"), and a neighbourhood's own name stays ("Col.
// Guerrero"). Returns false when the finding is no address at all: a place
// after a lower-case word that only looks like a keyword ("una universidad
// privada del Reino Unido").
bool EndAddressBeforePlace(std::string_view text, const PlaceGazetteer& places, Finding* f);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_ADDRESS_BOUNDS_H_
