// Names of no list that survivors write next to what breaks a sentence's
// shape: a verb and its pronoun in capitals after the name ("Okafor HIT
// ME"), a time between it and its verb ("Okonkwo 7.45 pm came back"), a
// name said alone between two periods ("parti. Kerbrat . Il nous a"), a
// family's name hyphened to a town after "les" ("chez les Lyon-Kerbrat"),
// the first of a list of people ("Yorman y Yeferson me quitaron"), a
// nickname that is a word after the verb ("Me violó el Gato"). Each
// case failed on d4dcc2e; the sentences after them must keep their words.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(TestimonyLeaksRound13, UnlistedNameBeforeAVerbInCapitals) {
  ExpectGoneAndKept("es", {
      {"Chiquiya ME PEGÓ DURO y se fue.", {"Chiquiya"}, {"PEGÓ DURO"}},
      {"Yeferson NOS QUITÓ el dinero en Tapachula.", {"Yeferson"}, {"QUITÓ", "Tapachula"}},
      {"Tapachula NOS RECIBIÓ BIEN.", {}, {"Tapachula"}},
      {"Migración NOS QUITÓ TODO.", {}, {"Migración"}},
  });
  ExpectGoneAndKept("en", {
      {"Okafor HIT ME in the face.", {"Okafor"}, {"HIT ME"}},
      {"Texas HIT US hard.", {}, {"Texas"}},
  });
}

TEST(TestimonyLeaksRound13, UnlistedNameBeforeATime) {
  ExpectGoneAndKept("en", {
      {"Okonkwo 7.45 pm came back with a gun.", {"Okonkwo"}, {"came back"}},
      {"Okonkwo 10.30 at night came back.", {"Okonkwo"}, {"at night came back"}},
      {"Route 66 East was closed.", {}, {"Route"}},
  });
}

TEST(TestimonyLeaksRound13, UnlistedNameAloneBetweenPeriods) {
  ExpectGoneAndKept("fr", {
      {"Le capitaine est parti. Kerbrat . Il nous a laissés.", {"Kerbrat"}, {"Il nous a laissés"}},
      {"Le capitaine est parti. Kerbrat. Il nous a laissés.", {"Kerbrat"}, {"Le capitaine"}},
  });
  ExpectGoneAndKept("es", {
      {"Nos dejó el coyote. Chiquiya. Así le decían.", {"Chiquiya"}, {"el coyote"}},
      {"Llegamos a la frontera. Tapachula. Ahí nos quedamos.", {}, {"Tapachula"}},
      {"Llegamos a la frontera. Tapachula. Ese lugar era feo.", {}, {"Tapachula"}},
  });
}

TEST(TestimonyLeaksRound13, FamilyNameHyphenedToAPlace) {
  ExpectGoneAndKept("fr", {
      {"Nous dormions chez les Lyon-Kerbrat depuis mars.", {"Kerbrat", "Lyon-"}, {"chez les", "depuis mars"}},
      {"Nous dormions chez les Kerbrat-Lyon depuis mars.", {"Kerbrat", "-Lyon"}, {"chez les"}},
      {"Nous sommes passés par Aix-en-Provence et Lyon.", {}, {"Aix-en-Provence", "Lyon"}},
      {"Les Bouches-du-Rhône sont loin, à Lyon.", {}, {"Bouches-du-Rhône", "Lyon"}},
  });
}

TEST(TestimonyLeaksRound13, UnlistedNameOpeningAListOfPeople) {
  ExpectGoneAndKept("es", {
      {"Yorman y Yeferson me quitaron el celular en Palenque.", {"Yorman", "Yeferson"}, {"Palenque"}},
      {"Tapachula y Pedro nos recibieron.", {"Pedro"}, {"Tapachula"}},
  });
  ExpectGoneAndKept("fr", {
      {"Roselène, Guerline et moi avons traversé le Darién.", {"Roselène", "Guerline"}, {"Darién"}},
  });
}

TEST(TestimonyLeaksRound13, NicknameThatIsAWordAfterAVerbOfViolence) {
  ExpectGoneAndKept("es", {
      {"Me violó el Gato, un hombre de Tierra Blanca, Veracruz.", {"Gato"}, {"Tierra Blanca", "Veracruz"}},
      {"nos robó el Zorro en la Bestia cerca de Orizaba", {"Zorro"}, {"Bestia", "Orizaba"}},
      {"nos detuvo el Ejército Mexicano en Tapachula", {}, {"Ejército Mexicano", "Tapachula"}},
      {"Nos robó el Ejército en Tapachula", {}, {"Ejército"}},
      {"Me robó el Darién todo.", {}, {"Darién"}},
      {"nos quitaron el Dinero", {}, {"Dinero"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
