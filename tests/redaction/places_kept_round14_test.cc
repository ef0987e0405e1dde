// Places the name detector took for people in social and news text, round
// 14: a name after an abbreviated "Fort" or "Santa" ("in Ft Mitchell", "Sta.
// Ana"), and the second of two towns joined by "and" after a preposition of
// place ("We stopped in Coolum and Noosa."). The same shapes stay redacted
// where a person is meant.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// "Ft" is "Fort" after a preposition of place; elsewhere it is "featuring"
// ("New song ft Jim Jones"), before a person.
TEST(PlacesKeptRound14Test, NameAfterAnAbbreviatedFort) {
  ExpectGoneAndKept("en", {{"I'm down the road in Ft Mitchell. No time to smoke.", {}, {"Mitchell"}},
                           {"We moved to Ft. Mitchell last year", {}, {"Mitchell"}},
                           {"New song ft Jim Jones out now", {"Jim", "Jones"}, {"song"}},
                           {"New track Ft. Drake tonight", {"Drake"}, {"track"}}});
}

// "Sta." is only "Santa": the saint's name after it names a town or a
// building, never a person of the text.
TEST(PlacesKeptRound14Test, NameAfterAnAbbreviatedSanta) {
  ExpectGoneAndKept("es", {{"Llegamos a Sta. Rosa y luego a Sta. Ana.", {}, {"Rosa", "Ana"}}});
  ExpectGoneAndKept("en", {{"It is raining over Sta. Ana today.", {}, {"Ana"}},
                           {"Rosa and Ana were there.", {"Rosa", "Ana"}, {"there"}}});
}

// A place of several words that OCR or a hashtag's habit wrote without its
// spaces ("NewYork", "SanPedroSula"); a person's name so joined is no place.
TEST(PlacesKeptRound14Test, PlaceOfSeveralWordsGlued) {
  ExpectGoneAndKept("fr", {{"Le Rio , sur la moins bonne tenue de NewYork , hier , fléchit", {}, {"NewYork"}}});
  ExpectGoneAndKept("es", {{"Llegamos a SanPedroSula ayer", {}, {"SanPedroSula"}},
                           {"Mi amigo JuanPérez llegó ayer", {"JuanPérez"}, {"llegó"}}});
  ExpectGoneAndKept("en", {{"My friend JohnSmith came", {"JohnSmith"}, {"friend"}},
                           {"Mr. NewYork came", {"NewYork"}, {"came"}}});
}

// A word of time in capitals after a name is no surname ("Playing in Austin
// Tonite"): the town before it is read alone. A person there stays
// redacted.
TEST(PlacesKeptRound14Test, TownBeforeAWordOfTimeInCapitals) {
  ExpectGoneAndKept("en", {{"Lucid Dementia Playing in Austin Tonite at The Scoot Inn at 1am !", {}, {"Austin", "Tonite"}},
                           {"We play in Austin Tomorrow", {}, {"Austin", "Tomorrow"}},
                           {"Call Kerbrat Tonight about it", {"Kerbrat"}, {"Tonight"}},
                           {"Austin Tonight said no", {"Austin"}, {"said"}}});
}

// A name that the words after it say is where something happened: "Wrawby
// is the place where I spent 18 years", Spanish "es donde", French "est
// l'endroit où". English "is where" may say where a person is ("Kerbrat is
// where we left her") and stays redacted, as does Spanish "está donde".
TEST(PlacesKeptRound14Test, NameSaidToBeWhereSomethingHappened) {
  ExpectGoneAndKept("en", {{"Wasnt brought up here though , Wrawby is the place where I spent 18 years .", {}, {"Wrawby"}},
                           {"Kerbrat is where we left her.", {"Kerbrat"}, {"left"}}});
  ExpectGoneAndKept("es", {{"Kerbrat es donde cruzamos el río.", {}, {"Kerbrat"}},
                           {"Kerbrat está donde lo dejamos.", {"Kerbrat"}, {"dejamos"}}});
  ExpectGoneAndKept("fr", {{"Kerbrat est l'endroit où j'ai grandi.", {}, {"Kerbrat"}}});
  // Spanish "fue a" is "went to"; a noun after "de" is what a person owns.
  ExpectGoneAndKept("es", {{"Kerbrat fue a un lugar seguro.", {"Kerbrat"}, {"seguro"}},
                           {"Kerbrat fue a una ciudad lejana.", {"Kerbrat"}, {"lejana"}},
                           {"Kerbrat era el dueño del lugar.", {"Kerbrat"}, {"dueño"}}});
}

// A world town named after a preposition of place is the same town where
// the text names it again without one ("In Aleppo we lost everything.
// Aleppo was bombed"). A word of no gazetteer is left ("We stayed in
// Kerbrat. Kerbrat was kind to us" may name a person), and a world town
// after a title, or one that speaks or acts ("Kampala dijo que no",
// world_places_test.cc; "Tulum hit me hard"), stays a person's name.
TEST(PlacesKeptRound14Test, WorldTownNamedAgainWithoutAPreposition) {
  ExpectGoneAndKept("en", {{"We flew to Tulum last week. Tulum is beautiful.", {}, {"Tulum is"}},
                           {"In Aleppo we lost everything. Aleppo was bombed every night.", {}, {"Aleppo was"}},
                           {"We stayed in Kerbrat. Kerbrat was kind to us.", {"Kerbrat was"}, {"stayed in"}},
                           {"We flew to Tulum. Mr. Tulum was kind to us.", {"Tulum was"}, {"flew to Tulum"}},
                           {"We flew to Tulum. Tulum hit me hard.", {"Tulum hit"}, {"flew to Tulum"}}});
  ExpectGoneAndKept("fr", {{"Nous vivions à Batna. Batna est calme.", {}, {"Batna est"}}});
}

// A part of a town named before it ("Downtown Austin", "North Austin") and
// a firm based there ("an Austin-based startup") say the town of some
// gazetteer. "Austin based his claim" names a person; so do "Kanye West"
// (no "West" before) and "North Kerbrat" (no town).
TEST(PlacesKeptRound14Test, PartOfATownAndAFirmBasedThere) {
  ExpectGoneAndKept("en", {{"Downtown Austin is packed tonight", {}, {"Austin"}},
                           {"North Austin traffic is terrible", {}, {"Austin"}},
                           {"Greater Houston floods again", {}, {"Houston"}},
                           {"an Austin-based startup hired us", {}, {"Austin"}},
                           {"Austin based his claim on that", {"Austin"}, {"claim"}},
                           {"My friend Austin West came", {"Austin", "West"}, {"friend"}},
                           {"North Kerbrat came with us.", {"Kerbrat"}, {"came"}}});
}

// Lists of towns: after a plural noun of towns and "de", "of" ("les
// communes de Languidic, Baud et Locminé"), and a world town listed next to
// another place ("Storms hit Tulsa and Wichita", "Tour: Elgin, Kirkwood,
// Delmar"). A list after a verb that takes people, or before a verb of
// speech, stays one of people.
TEST(PlacesKeptRound14Test, ListsOfTowns) {
  ExpectGoneAndKept("fr", {{"Les communes de Languidic, Baud et Locminé sont touchées.", {},
                            {"Languidic", "Baud", "Locminé"}},
                           {"Les enfants de Kerbrat et Le Goff sont venus.", {"Kerbrat", "Goff"}, {"enfants"}}});
  ExpectGoneAndKept("es", {{"Los pueblos de Chahuites, Tonalá y Arriaga están lejos.", {},
                            {"Chahuites", "Tonalá", "Arriaga"}}});
  ExpectGoneAndKept("en", {{"Storms hit Tulsa and Wichita today", {}, {"Tulsa", "Wichita"}},
                           {"Tour: Elgin, Kirkwood, Delmar", {}, {"Elgin", "Kirkwood"}},
                           {"I met Kerbrat and Wichita yesterday", {"Kerbrat"}, {"met"}},
                           {"Tulsa and Wichita said no", {"Wichita"}, {"said"}},
                           {"Yesterday Juan Tulsa and Wichita came", {"Juan", "Wichita"}, {"came"}}});
}

// Saints' places: a name after "St." and a preposition of place ("Stopped
// at St. Augustine"); a saint's town of several words that is also a name
// ("Santa Rosa", "Santo Tomás") after "soy de", "somos de" or next to
// another place in a list. After a given name it is a surname ("Rosa Santa
// Cruz"), and before an object pronoun and a verb a person.
TEST(PlacesKeptRound14Test, SaintsPlaces) {
  ExpectGoneAndKept("en", {{"Stopped at St. Augustine on the way.", {}, {"Augustine"}},
                           {"We prayed at Main St. Augustine came later.", {"Augustine came"}, {"prayed"}}});
  ExpectGoneAndKept("es", {{"Somos de Santo Tomás.", {}, {"Santo Tomás"}},
                           {"Soy de Santa Rosa, Honduras.", {}, {"Santa Rosa"}},
                           {"Pasamos San Marcos y Santa Rosa.", {}, {"Santa Rosa"}},
                           {"Somos de Santa Rosa. Santa Rosa nos pegó.", {"Rosa nos"}, {"de Santa Rosa"}},
                           {"Soy amiga de Rosa Santa Cruz.", {"Rosa", "Cruz"}, {"amiga"}}});
}

// Towns that are given names too (Victoria, Jackson) where the words
// before say a place: "crossed into", "sent us back to", "made it to",
// "outside". "ran into Victoria" (met her), "gave it to Jackson" and
// "outside Victoria's house" stay persons.
TEST(PlacesKeptRound14Test, GivenNameTownsAfterWordsOfPlace) {
  ExpectGoneAndKept("en", {{"We crossed into Victoria at night.", {}, {"Victoria"}},
                           {"We finally made it to Jackson.", {}, {"Jackson"}},
                           {"MADE IT TO JACKSON", {}, {"JACKSON"}},
                           {"I gave it to Jackson.", {"Jackson"}, {"gave"}},
                           {"They sent us back to Victoria.", {}, {"Victoria"}},
                           {"We waited outside Jackson for a week.", {}, {"Jackson"}},
                           {"I ran into Victoria at the store.", {"Victoria"}, {"store"}},
                           {"We waited outside Victoria's house.", {"Victoria"}, {"house"}}});
  // Not "las calles de": streets are named after people ("en las calles de
  // Pedro Pérez"), and a street's name goes with its address.
  ExpectGoneAndKept("es", {{"Trabaja en las calles de Pedro Pérez.", {"Pedro", "Pérez"}, {"calles"}}});
}

// OCR reads "à" as "â" too ("juge de paix â Batna"), on a page with other
// OCR damage; a town of the gazetteer after it is the place, as after "ë".
TEST(PlacesKeptRound14Test, AnADamagedIntoACircumflex) {
  ExpectGoneAndKept("fr", {{"Lundi 23 avrtl l908 . »•» Le nommé Yves Kerhervé , juge de paix â Batna , "
                            "a été nommé . Le blessé fut transporté â Quimper où il mourut .",
                            {"Kerhervé"}, {"Batna", "Quimper"}},
                           {"Lundi 23 avrtl l908 . »•» Il écrivit â Gwenaëlle hier .", {"Gwenaëlle"}, {"écrivit"}}});
}

// A place after an object pronoun and a verb of sending away: the pronoun
// is who was sent ("Nos deportaron a Guerrero", "Me mandaron a Victoria").
// "Deportaron a Guerrero" (they deported him) and "Guerrero nos pegó" stay
// persons.
TEST(PlacesKeptRound14Test, SpanishTownsAfterAPronounSentAway) {
  ExpectGoneAndKept("es", {{"Nos deportaron a Guerrero.", {}, {"Guerrero"}},
                           {"Me mandaron a Victoria con mi hijo.", {}, {"Victoria"}},
                           {"Después Guerrero nos pegó.", {"Guerrero"}, {"pegó"}},
                           {"Deportaron a Guerrero ayer.", {"Guerrero"}, {"ayer"}}});
}

// Verbs that take a place with no preposition: Haitian "rete", "rive",
// "soti", "ale", "tounen" ("Nou rete Victoria de semèn"), French
// "traverser", Spanish "cruzar", "atravesar" without the personal "a",
// "cruzar por", "entrar por" ("pasar por" is also to pick someone up)
// ("Nous avons traversé Victoria à pied", "Luego cruzamos Victoria"); and
// an English route after a verb of going ("We walked from Victoria to
// Jackson"). "Nou rete ak Victoria", "Cruzamos a Victoria" (we took her
// across) and "a letter from Victoria to Jackson" stay persons.
TEST(PlacesKeptRound14Test, TownsAfterVerbsOfPlace) {
  ExpectGoneAndKept("ht", {{"Nou rete Victoria de semèn.", {}, {"Victoria"}},
                           {"Nou rete ak Victoria de semèn.", {"Victoria"}, {"semèn"}}});
  ExpectGoneAndKept("fr", {{"Nous avons traversé Victoria à pied.", {}, {"Victoria"}}});
  ExpectGoneAndKept("es", {{"Luego cruzamos Victoria de noche.", {}, {"Victoria"}},
                           {"Luego cruzamos a Victoria de noche.", {"Victoria"}, {"noche"}},
                           {"Luego cruzamos por Mendoza.", {}, {"Mendoza"}},
                           {"Entramos por Mendoza a México.", {}, {"Mendoza"}},
                           {"Luego pasamos por Mendoza al albergue.", {"Mendoza"}, {"albergue"}}});
  ExpectGoneAndKept("en", {{"We walked from Victoria to Jackson.", {}, {"Victoria", "Jackson"}},
                           {"I read a letter from Victoria to Jackson.", {"Jackson"}, {"letter"}},
                           {"The boy ran from Victoria to Jackson.", {"Jackson"}, {"boy"}}});
}

// English news datelines: a town before a wire agency at a line's start
// ("Jackson (AP) - The governor said") and before a state's abbreviation
// in the wire style ("Jackson, Miss. - Officials said"). "Thank you Jackson,
// Miss. Smith" has a name after the abbreviation; "said Jackson (AP)" is no
// line's start.
TEST(PlacesKeptRound14Test, EnglishNewsDatelines) {
  ExpectGoneAndKept("en", {{"Jackson (AP) - The governor said no.", {}, {"Jackson"}},
                           {"Jackson, Miss. - Officials said no.", {}, {"Jackson"}},
                           {"Victoria, Texas, police said, Jackson, Miss., too.", {}, {"Jackson"}},
                           {"Thank you Jackson, Miss. Smith and all.", {"Jackson"}, {"Thank"}}});
}

}  // namespace
}  // namespace amparo::redaction
