// Names that rules written for other texts left in clear: spoken French
// where an "à" that OCR damages into "il", "i" or "ù" is only a word of the
// speaker ("On a payé i Kaboré"), a full name in lower case whose given name
// is an ordinary word too ("rosa mendez"), a surname that is a place word
// ("Daniel Park") and a name after "Signé :". The people are invented.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesSpokenFrenchTest, ANameAfterIlOrIInSpokenFrenchIsAPerson) {
  ExpectRedacted("fr", "On a payé i Kaboré , le passeur.", {"Kaboré"}, {"passeur"});
  ExpectRedacted("fr", "je crois il Ouédraogo nous attendait", {"Ouédraogo"}, {"attendait"});
  ExpectRedacted("fr", "Le passeur il Kaboré Jean Paul nous a frappés.", {"Kaboré", "Jean", "Paul"},
                 {"frappés"});
  ExpectRedacted("fr", "il Kaboré Jean Paul nous a frappés", {"Kaboré", "Jean", "Paul"});
  ExpectRedacted("fr", "Nous avons donné l'argent ù Sawadogo hier.", {"Sawadogo"}, {"argent"});
}

TEST(NamesSpokenFrenchTest, ATownAfterADamagedAInOcrTextIsKept) {
  // A newspaper's page with other OCR damage ("avrtl l908", "»•»"): the
  // gazetteer's town before a registered person is the town.
  const std::string out = RedactedText(
      "Journal du 23 avrtl l908 . »•» Le nommé Pontivy a disparu . Décès . Yvonne Kerhervé , débitante , "
      "il Pontivy Ludovic Platet , sellier , 40 ans .",
      "fr");
  EXPECT_NE(out.find("il Pontivy"), std::string::npos) << out;
  EXPECT_EQ(out.find("Ludovic"), std::string::npos) << out;
  EXPECT_EQ(out.find("Platet"), std::string::npos) << out;
}

TEST(NamesLowerCaseFullNameTest, AGivenNameThatIsAWordBeforeASurnameIsThePerson) {
  ExpectRedacted("es", "rosa mendez me llevó a la frontera", {"rosa", "mendez"}, {"frontera"});
  ExpectRedacted("es", "Yo vine con rosa mendez desde Tapachula.", {"rosa", "mendez"}, {"Tapachula"});
  ExpectRedacted("en", "i came with rosa mendez", {"rosa", "mendez"});
  ExpectRedacted("fr", "je suis venue avec rosa mendez", {"rosa", "mendez"});
  // A surname a dictionary has too, that names people.
  ExpectRedacted("es", "luz garcia nos ayudó en el albergue", {"luz", "garcia"}, {"albergue"});
  // The colour and the light stay words.
  ExpectRedacted("es", "Llevaba un vestido color rosa y una falda.", {}, {"rosa"});
  ExpectRedacted("es", "Vimos una luz blanca en el cerro.", {}, {"luz blanca"});
}

TEST(NamesPlaceWordSurnameTest, AGivenNameBeforeAListedSurnameThatIsAPlaceWord) {
  ExpectRedacted("en", "My lawyer Daniel Park called me", {"Daniel", "Park"}, {"lawyer"});
  ExpectRedacted("en", "Grace Hill helped us", {"Grace", "Hill"});
  ExpectRedacted("en", "Daniel Park", {"Daniel", "Park"});
  // A park or a street named after someone stays a place.
  ExpectRedacted("en", "We walked in Central Park with Daniel.", {"Daniel"}, {"Central Park"});
  ExpectRedacted("en", "The shelter is on Daniel Park Road.", {}, {"shelter"});
  // A title or the sentence's first word before the given name.
  ExpectRedacted("en", "Yesterday Dr Daniel Park called me.", {"Daniel", "Park"}, {"Yesterday"});
}

TEST(NamesSignedTest, TheNameAfterSigneIsAPerson) {
  ExpectRedacted("fr", "Signé : Carlos Mendoza, 12 mars 2024.", {"Carlos"});
  ExpectRedacted("fr", "Signé : Carlos Mendoza.", {"Carlos", "Mendoza"});
  ExpectRedacted("fr", "Signé: Pierre Dupont", {"Pierre", "Dupont"});
}

}  // namespace
}  // namespace amparo::redaction
