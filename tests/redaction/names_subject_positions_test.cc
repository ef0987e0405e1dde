// Names standing where only a person fits, whose word is also an ordinary
// word, a brand or a dictionary's proper noun: the subject after a verb of
// violence, taking, helping or selling with an object pronoun before it
// ("Me golpeó Zelle", "M'a volé Twitch"), a word of no list opening a
// sentence before such an act ("Imo nos llevó", "Vojtech beat us."), and a
// word of no list after an address that a relative clause says is someone.
// Places, authorities and groups in the same positions stay. The sentences
// are made up.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// Spanish puts the subject after the verb: "Me golpeó Zelle" is someone
// hitting the survivor, whatever the dictionaries say of "zelle".
TEST(NamesSubjectPositionsTest, SpanishSubjectAfterAVerbWithAnObjectPronoun) {
  ExpectGoneAndKept("es", {
      {"Me golpeó Zelle en la frontera.", {"Zelle"}, {"frontera"}},
      {"Me golpeó Twitch.", {"Twitch"}, {}},
      {"Nos llevó Arduino hasta Tapachula.", {"Arduino"}, {"Tapachula"}},
      {"Me quitó Gucci el celular.", {"Gucci"}, {"celular"}},
      {"Nos vendió Imo a los Zetas.", {"Imo"}, {"Zetas"}},
      {"Y luego me lo quitó Gucci en Reynosa.", {"Gucci"}, {"Reynosa"}},
      {"Ahí nos robaron Twitch y otros dos.", {"Twitch"}, {}},
      {"Nos ayudaba Zelle con la comida.", {"Zelle"}, {}},
      // Written without accents, as many type.
      {"me golpeo Twitch en Tapachula", {"Twitch"}, {"Tapachula"}},
  });
}

TEST(NamesSubjectPositionsTest, FrenchSubjectAfterTheParticiple) {
  ExpectGoneAndKept("fr", {
      {"Nous a frappés Gucci.", {"Gucci"}, {}},
      {"M'a volé Twitch.", {"Twitch"}, {}},
      {"Ensuite il m'a pris Zelle, le passeur, tout mon argent.", {"Zelle"}, {}},
  });
}

// The same positions hold places, authorities, groups and God, which stay.
TEST(NamesSubjectPositionsTest, PlacesAuthoritiesAndGroupsAfterTheVerbStay) {
  ExpectGoneAndKept("es", {
      {"Me detuvo Migración en Tenosique.", {}, {"Migración", "Tenosique"}},
      {"Nos ayudó ACNUR en Tapachula.", {}, {"ACNUR", "Tapachula"}},
      {"Nos llevó la Cruz Roja al hospital.", {}, {"Cruz Roja"}},
      {"Nos secuestró el Cártel del Golfo en Reynosa.", {}, {"Cártel del Golfo", "Reynosa"}},
      {"Me deportó México.", {}, {"México"}},
      {"Nos deportó Estados Unidos en 2019.", {}, {"Estados Unidos"}},
      {"Nos detuvo Guardia Nacional en Chiapas.", {}, {"Guardia Nacional", "Chiapas"}},
      {"Nos rescató Grupo Beta en el desierto.", {}, {"Grupo Beta"}},
      {"Me detuvo Inmigración en Houston.", {}, {"Inmigración", "Houston"}},
      {"Nos ayudó Dios y llegamos.", {}, {"Dios"}},
      {"Me robó Policía Federal todo.", {}, {"Policía Federal"}},
      {"Nos ayudó COMAR con los papeles.", {}, {"COMAR"}},
      // The survivor's kin named by the kin word.
      {"Me llevó Papá al doctor.", {}, {"Papá"}},
      {"Nos cuidaba Abuela en Tegucigalpa.", {}, {"Abuela", "Tegucigalpa"}},
  });
  ExpectGoneAndKept("fr", {
      {"M'a aidé la Croix-Rouge.", {}, {"Croix-Rouge"}},
  });
}

// A word of no list opening a sentence before an object pronoun and an act
// is who acted: "Imo nos llevó", "Vojtech beat us.".
TEST(NamesSubjectPositionsTest, AWordOfNoListOpeningASentenceBeforeAnAct) {
  ExpectGoneAndKept("es", {
      {"Imo nos llevó a Tapachula.", {"Imo"}, {"Tapachula"}},
      {"Llegamos a Reynosa. Imo nos vendió a otros.", {"Imo"}, {"Reynosa"}},
  });
  ExpectGoneAndKept("en", {
      {"Vojtech beat us.", {"Vojtech"}, {}},
      {"Vojtech beat us in Tapachula.", {"Vojtech"}, {"Tapachula"}},
      {"We crossed at night. Vojtech robbed us at the border.", {"Vojtech"}, {}},
  });
  ExpectGoneAndKept("fr", {
      {"Vojtech nous a frappés.", {"Vojtech"}, {}},
  });
  // Ordinary words, places and authorities opening the sentence stay.
  ExpectGoneAndKept("es", {
      {"Luego nos llevó a Tapachula.", {}, {"Luego", "Tapachula"}},
      {"Después me golpeó otra vez.", {}, {"Después"}},
      {"Tapachula nos recibió bien.", {}, {"Tapachula"}},
      {"Migración nos llevó a Tenosique.", {}, {"Migración", "Tenosique"}},
      {"ACNUR nos ayudó mucho.", {}, {"ACNUR"}},
  });
  ExpectGoneAndKept("en", {
      {"Soldiers beat us.", {}, {"Soldiers"}},
      {"Police beat us at the border.", {}, {"Police"}},
      {"Mexico deported us.", {}, {"Mexico"}},
      {"Nobody helped us.", {}, {"Nobody"}},
      {"ICE took us to Houston.", {}, {"ICE", "Houston"}},
  });
}

// A word of no list after an address is a town by default ("Golfskálinn 78,
// Borgarnes"); a person cue, a verb or a relative clause around it says a
// person.
TEST(NamesSubjectPositionsTest, AWordOfNoListAfterAnAddressThatTheTextMakesSomeone) {
  ExpectGoneAndKept("en", {
      {"We lived at Colonia Kennedy, block 5, house 23, with Yefri.", {"Yefri"}, {}},
      {"Colonia Kennedy, block 5, house 23, Yefri beat us there.", {"Yefri"}, {}},
      {"Colonia Kennedy, block 5, house 23, Yefri, who beat us.", {"Yefri"}, {}},
  });
  ExpectGoneAndKept("es", {
      {"Vivíamos en la calle Hidalgo 12 con Yefri.", {"Yefri"}, {}},
      {"Vivíamos en la calle Hidalgo 12, Yefri nos golpeaba.", {"Yefri"}, {}},
      {"Vivíamos en la calle Hidalgo 12, Yefri, que nos golpeaba.", {"Yefri"}, {}},
  });
  ExpectGoneAndKept("ht", {
      {"nan ri Lamarre, kay 14, ak Yefri", {"Yefri"}, {}},
      {"nan ri Lamarre, kay 14, Yefri te bat nou.", {"Yefri"}, {}},
      {"nan ri Lamarre, kay 14, Yefri, ki te bat nou.", {"Yefri"}, {}},
  });
  // Towns of no list after an address stay.
  ExpectGoneAndKept("en", {
      {"She lives at 333 Golfskálinn 78, Borgarnes.", {}, {"Borgarnes"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
