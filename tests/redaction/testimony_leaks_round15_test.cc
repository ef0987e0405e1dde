// Names that round 14 still left in clear in testimony: a lower-case
// English name that a dictionary of another language holds ("and tunde
// took our bags"), one after "that" ("the man that kwesi took") and a pair
// of them ("kwesi and tunde beat us"); Spanish subjects after "vio", after
// a personal "a" of paying or giving ("Le pagamos a Zelle"), second in a
// pair after a plural noun ("Ladrones y Zelle nos robaron") and first
// before a possessive and a kin word ("Zelle y su primo nos robaron");
// "Park" of a person's name before "'s" and a home or kin word ("Daniel
// Park's house"); given names that are towns before an act of a person
// other than speaking ("Israel llegó tarde", "Florence left early"); an
// Arabic article joined to a surname ("Yusuf al-Amin"); a subject after
// "habló" ("Me habló Twitch"). Each case failed on 33eaa24 (the endings
// of abstract nouns, on 6b80260); the ordinary words and places in the
// same place must stay.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(TestimonyLeaksRound15, LowerCaseNameThatADictionaryHolds) {
  ExpectGoneAndKept("en", {
      {"I went back and tunde took our bags.", {"tunde"}, {"I went back and", "took our bags"}},
      {"Then tunde beat us.", {"tunde"}, {"beat us"}},
      {"I went back and police took our bags.", {}, {"police took"}},
      {"I went back and quickly took our bags.", {}, {"quickly took"}},
      {"I went back and security took our bags.", {}, {"security took"}},
      {"I went back and just took our bags.", {}, {"just took"}},
      {"We cried and hunger hurt us.", {}, {"hunger hurt"}},
      {"I stayed and nobody helped us.", {}, {"nobody helped"}},
      {"I went back and immigration took our bags.", {}, {"immigration took"}},
      {"We hid and gunfire hit him.", {}, {"gunfire hit"}},
      {"We walked and exhaustion beat us.", {}, {"exhaustion beat"}},
      {"We walked and sadness hurt us.", {}, {"sadness hurt"}},
      {"We waited and lightning hit him.", {}, {"lightning hit"}},
  });
}

TEST(TestimonyLeaksRound15, LowerCaseNameAfterThat) {
  ExpectGoneAndKept("en", {
      {"the man that kwesi took", {"kwesi"}, {"the man that", "took"}},
      {"The money that kwesi took was for my daughter.", {"kwesi"}, {"The money that", "was for my daughter"}},
      {"I knew that kwesi took our money.", {"kwesi"}, {"I knew that"}},
      {"The bag that police took was mine.", {}, {"police took"}},
      {"The bag that someone took was mine.", {}, {"someone took"}},
      {"The road that they took was long.", {}, {"they took"}},
      {"The day that everyone left was cold.", {}, {"everyone left"}},
  });
}

TEST(TestimonyLeaksRound15, LowerCasePairOfNames) {
  ExpectGoneAndKept("en", {
      {"kwesi and tunde beat us", {"kwesi", "tunde"}, {"beat us"}},
      {"Then kwesi and yaw took our money.", {"kwesi", "yaw"}, {"Then", "took our money"}},
      {"police and kwesi beat us", {"kwesi"}, {"police and"}},
      {"hunger and thirst hurt us", {}, {"hunger and thirst"}},
  });
}

TEST(TestimonyLeaksRound15, SpanishSubjectAfterVio) {
  ExpectGoneAndKept("es", {
      {"Nos vio Zelle en el tren.", {"Zelle"}, {"Nos vio", "tren"}},
      {"Nos vieron Zelle y Twitch.", {"Zelle", "Twitch"}, {"Nos vieron"}},
      {"Nos vio Migración en la estación.", {}, {"Migración"}},
      {"Nos vio Dios.", {}, {"Dios"}},
      {"Nos vio la Cruz Roja.", {}, {"Cruz Roja"}},
  });
}

TEST(TestimonyLeaksRound15, PersonalAAfterAVerbOfPayingOrGiving) {
  ExpectGoneAndKept("es", {
      {"Le pagamos a Zelle tres mil dólares.", {"Zelle"}, {"Le pagamos a", "dólares"}},
      {"Les pagamos a Zelle y a Twitch.", {"Zelle"}, {"Les pagamos a"}},
      {"Le dimos el dinero a Zelle.", {"Zelle"}, {"Le dimos el dinero a"}},
      {"Tuvimos que pagarle a Zelle.", {"Zelle"}, {"Tuvimos que pagarle a"}},
      {"Le pagamos a Migración para pasar.", {}, {"Migración"}},
      {"Le pagamos a la Cruz Roja.", {}, {"Cruz Roja"}},
      {"Le pagamos a COMAR el trámite.", {}, {"COMAR"}},
      {"Le pagamos a Western Union.", {}, {"Western Union"}},
      {"Le llevamos comida a Tapachula.", {}, {"Tapachula"}},
      {"Le pagamos a Dios con oraciones.", {}, {"Dios"}},
  });
}

TEST(TestimonyLeaksRound15, PairAfterAPluralNounOrBeforeAKinWord) {
  ExpectGoneAndKept("es", {
      {"Ladrones y Zelle nos robaron.", {"Zelle"}, {"Ladrones y", "nos robaron"}},
      {"Los ladrones y Zelle nos robaron.", {"Zelle"}, {"Los ladrones y"}},
      {"Zelle y su primo nos robaron.", {"Zelle"}, {"y su primo nos robaron"}},
      {"Después Zelle y su primo nos robaron.", {"Zelle"}, {"Después", "su primo"}},
      {"Ladrones y Policías nos robaron.", {}, {"Ladrones y Policías"}},
      {"Ladrones y Migración nos robaron.", {}, {"Migración"}},
      {"Ladrones y Zetas nos robaron.", {}, {"Zetas"}},
      {"México y su gente nos ayudaron.", {}, {"México"}},
      {"Tapachula y sus vecinos nos ayudaron.", {}, {"Tapachula"}},
  });
  ExpectGoneAndKept("en", {
      {"Zelle and his brother beat us.", {"Zelle"}, {"and his brother beat us"}},
      {"Thieves and Zelle robbed us.", {"Zelle"}, {"Thieves and"}},
      {"Mexico and its people helped us.", {}, {"Mexico"}},
  });
  ExpectGoneAndKept("fr", {
      {"Zelle et son frère nous ont volé les passeports.", {"Zelle"}, {"et son frère"}},
  });
}

TEST(TestimonyLeaksRound15, ParkOfAPersonBeforeAPossessive) {
  ExpectGoneAndKept("en", {
      {"We stayed at Daniel Park's house.", {"Daniel", "Park"}, {"We stayed at", "house"}},
      {"Daniel Park's brother drove us.", {"Daniel", "Park"}, {"brother drove us"}},
      {"We walked through Lincoln Park.", {}, {"Park"}},
      {"We met at Lincoln Park's zoo.", {}, {"Park's zoo"}},
  });
}

TEST(TestimonyLeaksRound15, TownNamedBeforeAnActOfAPerson) {
  ExpectGoneAndKept("es", {
      {"Israel llegó tarde al albergue.", {"Israel"}, {"llegó tarde", "albergue"}},
      {"Victoria lloró toda la noche.", {"Victoria"}, {"lloró"}},
      {"Victoria nos llevó al albergue.", {"Victoria"}, {"nos llevó"}},
      {"Guadalupe me dio agua.", {"Guadalupe"}, {"me dio agua"}},
      {"Llegamos a Victoria en la noche.", {}, {"Victoria"}},
      {"Victoria fue peligrosa.", {}, {"Victoria"}},
      {"Guadalupe está lejos.", {}, {"Guadalupe"}},
  });
  ExpectGoneAndKept("en", {
      {"Florence left early and we never saw her again.", {"Florence"}, {"left early"}},
      {"Florence cried all night.", {"Florence"}, {"cried"}},
      {"Victoria arrived late to the shelter.", {"Victoria"}, {"arrived late"}},
      {"Florence was bombed in the war.", {}, {"Florence"}},
      {"We left Florence early.", {}, {"Florence"}},
  });
}

TEST(TestimonyLeaksRound15, ArabicArticleJoinedToASurname) {
  ExpectGoneAndKept("en", {
      {"My wife's brother Yusuf al-Amin paid the men in Tapachula.", {"al-", "Amin"}, {"paid the men", "Tapachula"}},
      {"Ahmed el-Masri took our money.", {"el-", "Masri"}, {"took our money"}},
      {"We crossed at El Paso.", {}, {"El Paso"}},
      {"We went to the well-known shelter.", {}, {"well-known"}},
  });
  ExpectGoneAndKept("es", {
      {"Nos ayudó Omar al-Rashid en Tapachula.", {"al-", "Rashid"}, {"Nos ayudó", "Tapachula"}},
  });
}

TEST(TestimonyLeaksRound15, SubjectAfterAVerbOfTalking) {
  ExpectGoneAndKept("es", {
      {"Me habló Twitch en la estación.", {"Twitch"}, {"Me habló", "estación"}},
      {"Nos hablaba Zelle de la frontera.", {"Zelle"}, {"Nos hablaba", "frontera"}},
      {"Nos habló Dios en sueños.", {}, {"Dios"}},
      {"Nos habló ACNUR de los papeles.", {}, {"ACNUR"}},
      {"Nos habló la Cruz Roja.", {}, {"Cruz Roja"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
