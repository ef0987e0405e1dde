// Encyclopedic and news names, round 21: the parts of names of many origins
// that biographies and wire items left in clear next to a redacted person.
// Made-up people in the shapes of encyclopedia and news sentences; each case
// of a person failed on 5b23dcd; the places, works and organisations in the
// same positions must stay.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// A part glued to a name by a hyphen or an apostrophe is the name's: Korean
// given names, Kenyan and Senegalese surnames.
TEST(EncyclopedicNamesRound21, PartsGluedByAHyphenOrAnApostrophe) {
  ExpectGoneAndKept("en", {
      {"Her daughter, Kim Young-joo, married a poet from Busan.", {"joo"}, {"married a poet", "Busan"}},
      {"The cast includes Amina Diallo, Lupita Nyong'o and Daniel Kaluuya.", {"Nyong", "'o "}, {"The cast includes"}},
      {"Youssou N'Dour is a singer from Dakar.", {"Dour"}, {"is a singer from Dakar"}},
      {"Prosecutors questioned Choi Soon-sil's daughter in Seoul.", {"sil"}, {"'s daughter", "Seoul"}},
      // A possessive and a word of kind stay outside the name.
      {"We read Chinua Achebe's novel and a Mandela-era law.", {"Achebe"}, {"'s novel", "-era law"}},
  });
  ExpectGoneAndKept("fr", {
      {"Le chanteur Youssou N'Dour est né à Dakar.", {"Dour"}, {"Dakar"}},
      // French elision before a place stays.
      {"Elle a quitté l'Algérie avec Ousmane Sow.", {"Sow"}, {"l'Algérie"}},
  });
  ExpectGoneAndKept("es", {
      {"Se casó en Seúl con Kim Young-joo en 1990.", {"joo"}, {"Seúl", "en 1990"}},
      {"Viajó de Port-au-Prince a Santo Domingo.", {}, {"Port-au-Prince", "Santo Domingo"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
