// Rules that keep a word in clear (a town before a dateline, a brand, a
// street after a plural street noun) must not keep a listed given name or
// surname where a person is meant. Invented sentences.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesFreeingRulesTest, AListedNameEndingANameBeforeADateStaysRedacted) {
  // Mendoza, Guerrero, Lima, Santiago, Córdoba and Victoria are towns of the
  // gazetteer as well as surnames or given names.
  for (const char* lang : {"fr", "es"}) {
    ExpectRedacted(lang, "Entretien avec Ana Mendoza, 12 mars 2024.", {"Ana", "Mendoza"});
    ExpectRedacted(lang, "Entretien avec Ana Guerrero, 12 mars 2024.", {"Ana", "Guerrero"});
    ExpectRedacted(lang, "Entretien avec Pedro Lima, 12 mars 2024.", {"Pedro", "Lima"});
    ExpectRedacted(lang, "Entretien avec Ana Santiago, 12 mars 2024.", {"Ana", "Santiago"});
    ExpectRedacted(lang, "Entretien avec Luis Córdoba, 12 mars 2024.", {"Luis", "Córdoba"});
    ExpectRedacted(lang, "Entretien avec Rosa Victoria, 12 mars 2024.", {"Rosa", "Victoria"});
  }
}

TEST(NamesFreeingRulesTest, ASignatureAfterAColonIsAPerson) {
  // "Signé" folds to "signe", the eponym noun of "signe de Babinski"; across
  // a colon it signs a letter.
  for (const char* lang : {"fr", "es"}) {
    ExpectRedacted(lang, "Signé : Carlos Mendoza, 12 mars 2024.", {"Carlos", "Mendoza"});
    ExpectRedacted(lang, "Signé : Carlos Pérez.", {"Carlos", "Pérez"});
  }
}

TEST(NamesFreeingRulesTest, AnUnlistedTownBeforeADatelineIsStillKept) {
  // The headline that OCR left without its period keeps its town.
  const std::string out =
      RedactedText("La réponse de M. Kerhervé Brest , 26 juillet . M. Kerhervé a répondu .", "fr");
  EXPECT_EQ(out, "La réponse de M. [PERSON-1] Brest , juillet . M. [PERSON-1] a répondu .") << out;
}

TEST(NamesFreeingRulesTest, ABrandNeverOutweighsAListedName) {
  // Prada is a listed surname; Chevrolet too, a make as well.
  ExpectRedacted("es", "Me golpeó Prada en la frontera", {"Prada"});
  ExpectRedacted("en", "The smuggler Prada took our passports", {"Prada"});
  ExpectRedacted("es", "Me golpeó Chevrolet en la frontera", {"Chevrolet"});
}

TEST(NamesFreeingRulesTest, NamesPeopleBearAreNoBrands) {
  // Surnames and given names that no list has and the brand list had.
  ExpectRedacted("en", "Kroger hit me at the border", {"Kroger"});
  ExpectRedacted("en", "Dunkin took our money", {"Dunkin"});
  ExpectRedacted("es", "Me golpeó Roku en la frontera", {"Roku"});
  ExpectRedacted("es", "Me golpeó Dunkin en la frontera", {"Dunkin"});
  // A Nigerian given name, not the chat word "IMO".
  ExpectRedacted("en", "Imo came with us from Tapachula", {"Imo"}, {"Tapachula"});
}

TEST(NamesFreeingRulesTest, BrandsThatNameNoOneAreStillKept) {
  ExpectRedacted("en", "I sent the money with Venmo and called on WhatsApp", {}, {"Venmo", "WhatsApp"});
  ExpectRedacted("es", "Compramos agua en el Oxxo y Elektra nos prestó", {}, {"Oxxo", "Elektra"});
}

TEST(NamesFreeingRulesTest, APersonAfterAPluralStreetNounStaysRedacted) {
  // "les rues Ducoin et Salberie" lists streets; a person may follow the
  // same nouns where no list does, and in any language.
  ExpectRedacted("fr", "Dans les rues Jean-Robert Pierre nous cherchait .", {"Jean-Robert", "Pierre"});
  ExpectRedacted("fr", "Sur les quais Kaboré nous attendait .", {"Kaboré"});
  ExpectRedacted("fr", "Sur les boulevards Ouédraogo et Kaboré nous cherchaient .", {"Ouédraogo", "Kaboré"});
  ExpectRedacted("fr", "Dans les rues Pierre et Marie nous attendaient .", {"Pierre", "Marie"});
  ExpectRedacted("en", "In the avenues Brayan was waiting for us .", {"Brayan"});
  ExpectRedacted("en", "On the quais Kaboré was waiting for us .", {"Kaboré"});
}

TEST(NamesFreeingRulesTest, AListOfStreetsIsStillKept) {
  ExpectRedacted("fr", "Le feu a pris au magasin Kerjean , rues Trébouvec et Guéniffet . Le dépôt Trébouvec a brûlé .",
                 {}, {"rues Trébouvec et Guéniffet"});
  ExpectRedacted("fr", "Le cortège a suivi les rues Trébouvec, Guéniffet et Kerbiquet.", {},
                 {"Trébouvec", "Guéniffet", "Kerbiquet"});
  ExpectRedacted("fr", "Le cortège a suivi les rues Trébouvec et Guéniffet à Brest .", {},
                 {"Trébouvec", "Guéniffet"});
}

}  // namespace
}  // namespace amparo::redaction
