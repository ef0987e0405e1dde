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

}  // namespace
}  // namespace amparo::redaction
