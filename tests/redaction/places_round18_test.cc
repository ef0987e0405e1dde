// Places kept, round 18: towns of French news that a general rule or the
// towns' data keeps, not words learned from the tuning sets. The parts of
// a hyphenated commune's name are towns ("Inzinzac-Lochrist" gives
// "Lochrist"); a town of the lists after "par", or after OCR's "do" or
// "dc" for "de" that follows a word in lower case, is the town. People
// stay redacted: a participle before "par", a title, a kin word or a name
// before "de", a given name or surname of the lists, a verb of speech
// after. Invented sentences.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(PlacesRound18Test, APartOfAHyphenatedCommuneIsATown) {
  // "Inzinzac-Lochrist", "Pléneuf-Val-André": each part a town of its own.
  // "partis pour", "dans" say a place only of a listed town.
  ExpectRedacted("fr", "Yves Kerhervé et les ouvriers sont partis pour Lochrist ce matin .", {"Kerhervé"},
                 {"Lochrist"});
  ExpectRedacted("fr", "Il habite dans Pléneuf depuis un an .", {}, {"Pléneuf"});
}

TEST(PlacesRound18Test, APartOfACommuneNamedAsAPersonStaysAPerson) {
  // A title before it: a person, whatever the towns' lists say.
  ExpectRedacted("fr", "M. Lochrist nous a frappés devant la mairie .", {"Lochrist"});
  // A saint's name after "Saint" is no town part ("Saint-Amarin").
  ExpectRedacted("fr", "Le passeur Amarin nous a frappés .", {"Amarin"});
}

TEST(PlacesRound18Test, AListedTownAfterParOrDeIsATown) {
  // "par" the way a line or a road goes; OCR's "do" and "dc" for "de"
  // after a noun in lower case.
  ExpectRedacted("fr", "Le tramway ira de Port-Navalo par Sarzeau , puis longe la côte .", {}, {"Sarzeau"});
  ExpectRedacted("fr", "On construira une ligne do Locminé à la Gacilly .", {}, {"Locminé"});
  ExpectRedacted("fr", "Les pèlerins dc Pauillac sont arrivés hier soir .", {}, {"Pauillac"});
  ExpectRedacted("fr", "Les grévistes de l' usine dc Pontivy ont voté .", {}, {"Pontivy"});
}

TEST(PlacesRound18Test, APersonAfterParOrDeStaysRedacted) {
  // A kin word, a title or a name before "de" or its OCR forms; a
  // participle before "par" (who did it); a verb of speech after the word;
  // a given name.
  ExpectRedacted("fr", "La fille de Redon nous a frappés . La fille do Redon aussi .", {"Redon"});
  ExpectRedacted("fr", "Le capitaine dc Redon dit que non .", {"Redon"});
  ExpectRedacted("fr", "Yves do Sarzeau nous a frappés hier .", {"Sarzeau"});
  ExpectRedacted("fr", "La candidature de Sarzeau est rejetée .", {"Sarzeau"});
  ExpectRedacted("fr", "Il a été frappé par Sarzeau hier soir . Elle fut suivie par Pontivv .",
                 {"Sarzeau", "Pontivv"});
  ExpectRedacted("fr", "Le chef de la bande , Sarzeau , dit que tout allait bien .", {"Sarzeau"});
  ExpectRedacted("fr", "Le passeur de Huguette est venu .", {"Huguette"});
  ExpectRedacted("es", "Nos golpeó el hermano de Victoria . Me ayudó el primo de Jackson .",
                 {"Victoria", "Jackson"});
}

TEST(PlacesRound18Test, ANameOneSlipFromATownStaysAPerson) {
  // A title, a verb that takes a person, a noun that takes a person, a
  // verb of speech after it: the person stays redacted.
  ExpectRedacted("fr", "M. Cherboprg nous a frappés devant la gare .", {"Cherboprg"});
  ExpectRedacted("fr", "J' ai parlé à Cherboprg hier soir . Il donna une poussée à Cherboprg .", {"Cherboprg"});
  ExpectRedacted("fr", "La réponse de Cherboprg est arrivée .", {"Cherboprg"});
  ExpectRedacted("fr", "Le passeur était en colère , à Cherboprg dit qu' il fallait payer .", {"Cherboprg"});
  // The text names the word as a person at another mention.
  ExpectRedacted("fr", "M. Cherboprg nous a aidés . Nous avons tout mis en Cherboprg .", {"Cherboprg"});
  ExpectRedacted("fr", "M. Sarzeau nous a aidés . Le tramway ira de Port-Navalo par Sarzeau .", {"Sarzeau"});
}

TEST(PlacesRound18Test, ATownAfterPresDIsATown) {
  // "près d'" before a town of the lists reads as "près de".
  ExpectRedacted("fr", "La ferme est près d'Hennebont , sur la route .", {}, {"Hennebont"});
  ExpectRedacted("fr", "La ferme est près d' Hennebont , sur la route .", {}, {"Hennebont"});
  ExpectRedacted("fr", "Un moulin près d’Hennebont a brûlé .", {}, {"Hennebont"});
}

TEST(PlacesRound18Test, APersonAfterPresDStaysRedacted) {
  // A given name of the lists; the person named after the town.
  ExpectRedacted("fr", "Il vit près d' Yves et près d'Anselme .", {"Yves", "Anselme"});
  ExpectRedacted("fr", "La ferme près d'Hennebont , Kaboré dit que non .", {"Kaboré"}, {"Hennebont"});
}

TEST(PlacesRound18Test, ATownBeforeItsPostalCodeIsATown) {
  // "in" a run of capitalized words and particles, then a postal code
  // (Portugal's "3610-114", Poland's "30-001", five digits): a town, given
  // names and surnames among its words or not.
  ExpectGoneAndKept("en", {
      {"Looking to support MysticWeb in Quinta de São Tiago 3610-114 in its mission.", {}, {"Quinta", "Tiago"}},
      {"Looking to support MysticWeb in Torres Vedras 2560-301 in its mission.", {}, {"Torres", "Vedras"}},
      {"Our new office in Santa Maria da Feira 4520-123 opens in May.", {}, {"Santa", "Maria", "Feira"}},
  });
}

TEST(PlacesRound18Test, APersonBeforeANumberStaysRedacted) {
  // No "in" before the name, a title in the run, or a phone number's shape
  // after it: the person stays.
  ExpectGoneAndKept("en", {
      {"Please call Maria Lopez 555-1234 after six.", {"Maria", "Lopez"}, {}},
      {"The tenant in Mr. Tiago Vedras 2560-301 is late.", {"Tiago", "Vedras"}, {}},
      {"Maria Lopez 12345 signed the form.", {"Maria", "Lopez"}, {}},
  });
}

}  // namespace
}  // namespace amparo::redaction
