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
#include <vector>

#include "redaction/finding.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {

// Where a street name written without a keyword starts, before `end` (its
// "s/n" or "nº 23"): up to `max_words` capitalized words joined by "de",
// "del", "la"... ("Hermanos Falcó, s/n", "Altos de Nava, s/n"); `end` if
// there is none.
size_t StreetNameStart(std::string_view text, size_t end, int max_words = 5);

// Where directions from a landmark start, given where their first step's
// number is ("del semáforo de la Rotonda El Güegüense |2 cuadras al sur"):
// at the farthest "del", "de" or "desde" at most eight words before, when
// the word right before the number is capitalized or names a landmark
// ("iglesia", "parque"...) and every word between has two letters or more
// ("de Tapachula y caminamos 2 cuadras" is a walk); `number_begin`
// otherwise.
size_t LandmarkDirectionsStart(std::string_view text, size_t number_begin);

// Where a street named with its type at the end starts, given where the
// rule found the type: inside the name's last word ("Friedhof|strasse 33")
// or at the space before a type word ("Rákóczi| út 13"). The name is that
// word, or up to two words before the type word, starting with a capital
// ("Árpád fejedelem útja 62"). In lower case, as chats write them, only a
// word of three letters or more before a type no other word ends in
// ("hauptstrasse 8", "molenstraat 14", "storgatan 5"; not "brigade 5").
// `at` itself if there is no such name.
size_t SuffixedStreetStart(std::string_view text, size_t at);

// Where a street named before its English type starts, given where the
// type word begins ("Berg Hills |Street", "twelve Oak |Street"): up to three
// capitalized words, an article or pronoun before them left out ("The",
// "My"), and a house number in words before them ("twelve"). `type_begin`
// if no capitalized word names it. A house number said before the name
// ("number 62 on Walnut Street") is the street's.
size_t TypeLastStreetStart(std::string_view text, size_t type_begin);

// Where an address that ends at `end` ends when another street's name and
// English type follow it on its line, as generators and some forms write a
// street after a box or another street ("P.O. Box 418| Kowalski Springs",
// "Vadstrupvej 19| Mosley Crossroad"): one or two capitalized words and a
// type ("Canyon", "Station", "Road"...). `end` if none follows, or if the
// words name a town of `places` ("123 Main St Palm Springs").
size_t StreetAfterStreetEnd(std::string_view text, size_t end, const PlaceGazetteer& places);

// Where a numbered English street ending at `end` ends when a town of
// several words that the gazetteer knows follows its type ("123 Main St
// Palm Springs", "45 Oak Rd Colorado Springs": the town's last word is a
// street type too); `end` if none does.
size_t EndBeforeTownAfterType(std::string_view text, size_t begin, size_t end, const PlaceGazetteer& places);

// Where a street starts whose name comes before the house number that
// opens a numbered street ("Storgarden |52 Trajanka Forks", "Aqqusinersuaq
// |176 Pinto Hill": a street written name first, then another after it, as
// generators and some forms give them): one capitalized word that no
// dictionary lists, at the line's start or after "at", "to", "in", "on",
// "is" or a colon. `number_begin` otherwise ("Building 52 Oak Street" keeps
// the building to the unit rules; "Monday 5 Main Street" is none).
size_t StreetWordBeforeNumber(std::string_view text, size_t number_begin, const NameLexicon& lexicon);

// Where the street before a postal code of another shape than five digits
// starts, given where the code begins ("Kovářova 88, |8001 Zürich",
// "Dolní Náměstí 4, |411 38 Göteborg"): a house number and a comma before
// the code, and up to four capitalized words before the number (no
// "Artículo 27"); `code_begin` if there is none.
size_t StreetBeforeShortPostalCode(std::string_view text, size_t code_begin);

// An address's comma before a postal code that reads as a year ("Molenstraat
// 9, |2000 Antwerpen", "Kerkstraat 12 bus 3, |2018 Antwerpen"): where the
// street before it starts, the one StreetBeforeShortPostalCode finds or an
// address finding of `found` that ends at the comma; `code_begin` if there
// is none ("On March 3, 2019 Maria crossed" stays).
size_t StreetBeforeYearLikePostalCode(std::string_view text, size_t code_begin, const std::vector<Finding>& found);

// True if, after a postal code ending at `code_end`, its town (up to two
// words and a district's number) is followed by a lower-case word: the
// sentence goes on ("602 00 Brno is on the second floor") rather than
// ending the address ("602 00 Brno.", "8001 Zürich, Switzerland").
bool TownThenLowerWord(std::string_view text, size_t code_end);

// Where an address ends that a building number of four digits opens, read
// first as a postal code ("at Quantell, |6891| Prešernova 18, Gjøvik"): after
// the street's name (up to three words) and its number of one or two
// digits, when the name is no known place ("8001 Zürich 1" is a code, a
// town and its district); `code_end` otherwise.
size_t StreetAfterBuildingNumber(std::string_view text, size_t code_begin, size_t code_end,
                                 const PlaceGazetteer& places);

// Where a street named without a keyword starts, given the house number
// that ends it ("Kamenná |15"), when what is around says an address: the
// word "address" (or "dirección", "domicilio", "adresse") in the 160 bytes
// before ("Can you please validate the following? Kamenná 15", "my
// addresses, here they are: Pikk 33, and Kamenná 15"), or a line of its own
// in a block under a name's or a firm's line ("Mira Holt\nQuantell\nKamenná
// 15"). Up to three capitalized words; none that numbers something else,
// and not one word that is a place, a dictionary word or a given name
// ("Chapter 5", "Maria 15"). `number_begin` if there is none.
size_t StreetBeforeNumberByContext(std::string_view text, size_t number_begin, size_t number_end,
                                   const PlaceGazetteer& places, const NameLexicon& lexicon);

// Where a street named without a keyword starts, given where the comma
// before its house number, a dash and its neighbourhood begins and where
// the neighbourhood ends ("Andrea Doria|, 55 - Meireles", as Brazil writes
// an address line): up to four capitalized words before the comma, none
// numbering something else ("Capítulo, 12 - Anexo"), and not one word that
// is a place, a dictionary word or a given name. `comma` if there is none,
// if the neighbourhood is a town of the gazetteer ("Maria Souza, 34 -
// Fortaleza": a person, an age, a town) or if a comma and a number follow
// it (a score: "Flamengo, 12 - Vasco, 3"), if a blank stands before the comma
// or a numbered item's dash before the name (a line-up: "1 - Smith, 10 -
// Jones").
size_t StreetBeforeNumberDashNeighbourhood(std::string_view text, size_t comma, size_t end,
                                           const PlaceGazetteer& places, const NameLexicon& lexicon);

// True if one of `words` (blank-separated) is an English street type, in
// full or abbreviated ("Queen St", "Maple Street"): words after a number
// that would otherwise read as a postal code and its town.
bool NamesAStreetType(std::string_view words);

// Where an address form's field (text[begin, end), "Domicilio: ...") ends
// when a five-digit postal code after a comma or period is followed by its
// town: the code's end, when up to four capitalized words (and "de", "del",
// "la"...) follow it, maybe after a comma, and no digit is left in the field
// after them ("C/ Encina 14, 28660| Boadilla del Monte", "s/n, 30500|
// Molina de Segura (Murcia)", "C.P. 68000|, Oaxaca de Juárez, Oaxaca").
// The gazetteer lacks most towns of a few thousand people; a form writes
// the town there. Words that may all name a person stay in the field (a
// given name first, or only given names and surnames: "Pérez García", and
// so "Torrijos", "Molina de Segura"); `end` if there is no such town.
// A code of another country's shape after a comma ("Hauptstraße 17, 1010|
// Wien", "Tsimiski 45, 546 23| Thessaloniki", "Herengracht 40-I, 1015 BN|
// Amsterdam", "00-697", "1200-093", Iceland's "101") ends the field the
// same way before a town of `places` (listed or of the world, not one that
// is a name too) that names no street ("Apt 5, 1420 Maple Street" stays).
size_t FieldEndBeforeTownAfterCode(std::string_view text, size_t begin, size_t end, const NameLexicon& lexicon,
                                   const PlaceGazetteer& places);

// Where the street of the line before a "postal code town" line starts
// ("|Havlíčkova 1203\n272 01 Kladno", "|Østergade 2\n8000 Aarhus C"), given
// where the code begins: the line before holds at most six words, the
// first capitalized (or a building number), and ends with a house number; a
// single word that names no street (a place, a dictionary word, a given
// name: "Chapter 2", "Arsenal 2") or a word that numbers something else
// ("Artículo 27") makes it none. `code_begin` if there is none.
size_t StreetLineBeforeCodeLine(std::string_view text, size_t code_begin, const PlaceGazetteer& places,
                                const NameLexicon& lexicon);

// True if an address found after a sending or meeting cue ("return to
// Kovářova 88", text[begin, end)) names no street: its name before the
// number is a known place, or one dictionary word, given name, month or
// weekday ("sent to Guatemala 3 times", "return to Chapter 5", "sent it to
// Maria 2", "is on Friday 12"), or a
// count follows the number ("Tapachula 2 weeks later").
bool SentToNameIsNoStreet(std::string_view text, size_t begin, size_t end, const PlaceGazetteer& places,
                          const NameLexicon& lexicon);

// text[begin, end) is a match of the address_after_en rule, from its
// preposition to the word after the house number ("en Hidalgo 25,", "sobre
// la Morelos 120 Sur cerca"). Sets *street_begin and *street_end around the
// street and its number ("Hidalgo 25", "Morelos 120 Sur"); false if there
// is none.
bool StreetAfterPreposition(std::string_view text, size_t begin, size_t end, size_t* street_begin,
                            size_t* street_end);

// text[begin, end) is a street named without a keyword after "en" or "on"
// and its house number ("Hidalgo 25", "Zaragoza 14 int. 3", "5 de Mayo 12",
// the address_after_en rule): streets of Mexico and Central America are
// named after states, towns and heroes, and people write them so. Returns
// where the address ends (after the cross streets of "esquina con
// Reforma", "casi esquina de Allende", "entre Hidalgo y Morelos", which are
// streets by their place there, not persons), or `begin` when it names no
// street: a word of the name that is no listed place, surname, two-word
// person or hero of the street list (a dictionary word, a lone given name:
// "en Sala 3", "en Mateo 5" of the Bible), a month or weekday ("on May 5"),
// a country ("en México 86"), or a year's number before the clause ends
// ("en Morelos 1995.").
size_t StreetAfterEnEnd(std::string_view text, size_t begin, size_t end, const PlaceGazetteer& places,
                        const NameLexicon& lexicon);

// Where a street named before "esquina" starts, given where "esquina"
// does ("en |Juárez esquina con Reforma", "sobre |Insurgentes casi esquina
// de Viaducto"): up to three capitalized words (or "5 de Mayo") after "en",
// "a", "sobre", "por", "hasta", "desde", "on", "at", "to" or "from", maybe
// with "la" between. `keyword_begin` if there is none ("en la esquina con
// Marta").
size_t StreetBeforeCornerStart(std::string_view text, size_t keyword_begin);

// text[keyword_begin, end) is "entre" and two names joined by "y" or "e"
// (the address_name_between rule). Where the street named before it
// starts ("en |Hidalgo entre Morelos y Allende", "sobre |Juárez entre
// Reforma y Madero"), as StreetBeforeCornerStart reads it, when each of the
// three names has a word that names streets (a hero of the street list or
// a surname no dictionary and no list of given names holds) and none is a
// month, or when the street before "entre" names streets and no cross name
// has a town of the gazetteer that no dictionary holds ("en Hidalgo entre
// Pino y Roble"); `keyword_begin` otherwise ("en Chiapas entre Tapachula y
// Tuxtla", "entre María y Pedro", "entre Enero y Marzo", "en Morelos entre
// Cuernavaca y Cuautla").
size_t StreetBeforeBetweenStart(std::string_view text, size_t keyword_begin, size_t end,
                                const NameLexicon& lexicon, const PlaceGazetteer& places);

// Where the street line before a unit ("Suite 696", "apt. 12") starts when
// the line opens with a building number, then at most five words and the
// street's number come before the unit ("|5670 r josé a madeira 1 suite
// 696", "|5670 R José A Madeira 1 Suite 696"); `unit_begin` otherwise ("we
// paid 200 for the room 5 suite 12" does not open its line so).
size_t StreetLineBeforeUnit(std::string_view text, size_t unit_begin);

// Where an address that ends at `end` ends when its house number is said
// after it, named by a word ("on Maple Street, number 14", "rue Victor Hugo,
// au numéro 12", "calle Aldama, número 52", "Laurel Court, No. 9"): after the
// number; `end` if no digit follows the word.
size_t NumberSaidAfterStreetEnd(std::string_view text, size_t end);

// Where the numbered street before a neighbourhood keyword starts
// ("Ixtaccihuatl 11, |Col. Condesa", "Francisco I. Madero 45 Col. Roma",
// "Allende s/n, Col. Centro"): `col_begin` when no capitalized name and
// number (or "s/n") come right before it.
size_t NumberedStreetBefore(std::string_view text, size_t col_begin);

// Where a house number or kilometre named before its street starts ("el 34
// de la calle Morelos", "el kilómetro 45 de la carretera", "el número 8 de
// la calle Allende" and French "au numéro 8 de la rue Capois" with the word
// that names it); `keyword_begin` if there is none.
size_t NumberOfStreetBefore(std::string_view text, size_t keyword_begin);

// Where an ordinal written before a street keyword starts ("5a Avenida
// Norte", "3a. Calle", "2da Avenida", "10ª Avenida"); `keyword_begin` if
// there is none.
size_t OrdinalBefore(std::string_view text, size_t keyword_begin);

// text[number_begin, number_end): a house number after a capitalized name,
// then a comma ("Santa María 571, Recoleta Chile", "Reforma 222, Juárez,
// CDMX", "Insurgentes Sur 1602, Benito Juárez"). Returns where the street's
// name starts when a known place comes after the comma, at once or after up
// to three capitalized words (a neighbourhood); number_begin when there is
// none, or when the name is no street: "Artículo 27", a month ("Octubre
// 12, Guatemala"), a year, a country before a score ("México 2, Honduras
// 1"), a comma between name and number ("María López, 34, Tegucigalpa": a
// person's age), an acronym alone ("OCT 3000": a model). A postal code
// after the comma counts as the town.
size_t NumberedStreetBeforeTown(std::string_view text, size_t number_begin, size_t number_end,
                                const PlaceGazetteer& places);

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

// True if `word`, written before "and" and a street ("Annika and
// Solbakkevej 12", "return to Tomas and Karlova 16", as generators and some
// forms join a name to an address), may name someone: a capitalized word
// that is a listed given name ("Tomas", "Leon", whatever else it is), or
// that no dictionary and no gazetteer lists ("Tapachula and Hidalgo 25"
// names a town). Such a word is the address's: a person's name is never
// kept there.
bool NameJoinedToStreet(std::string_view word, const PlaceGazetteer& places, const NameLexicon& lexicon);

// Starts each address of *found at the name joined to it by "and" when the
// name opens its line, or follows a colon, a question mark or "to" ("the
// same: Annika and Solbakkevej 12", "Quantell\nSanna and ul. Polna 7"): the
// name is read by NameJoinedToStreet. *found stays sorted by begin.
void ExtendAddressesOverJoinedNames(std::string_view text, const PlaceGazetteer& places, const NameLexicon& lexicon,
                                    std::vector<Finding>* found);

// Adds to *found an address over a region's number written on a line of
// its own, after a comma, under the town line of an address block that an
// address of *found ends the first line of ("4412 Tammsaare 12\nSahline\n,
// 27\n 55120", as generators write a region's code): the town line holds no
// digit and opens with a capital, the number has one to three digits. *found
// stays sorted by begin.
void AddRegionNumbersUnderAddresses(std::string_view text, std::vector<Finding>* found);

// Gives the words of an address back to it from the guessed person names
// over them: a street named after someone ("Calle Benito Juárez 12",
// "Jefferson Avenue") is an address, not a person. A guessed name inside an
// address is dropped; one that runs into an address keeps only its words
// outside it. `addresses`: the pattern detector's findings (any type; sorted
// by begin, as PatternDetector::Find returns them); names: the name
// detector's findings. Listed names (from intake) are not passed here.
void TrimNamesOverAddresses(std::string_view text, const std::vector<Finding>& addresses,
                            std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_ADDRESS_BOUNDS_H_
