// Leaks of names and phones in testimony text that docs/redaction.md's Known
// limits listed after round 8: a surname of no list (or a town's name) that
// takes something ("Morelos se llevó las mochilas"), a given name after a
// capitalized institution word before a relative clause about what it did
// ("en el Comedor Juan, que nos ayudó"), a name in capitals after an article
// or next to an acronym ("la ROSA me dijo", "el INM, JUAN y yo"), a name in
// capitals no list has before what a person does ("YEFRI me dijo"), phones
// dictated in Haitian Creole or glued to a name, and eight digits shaped like
// two years after a verb of calling ("llámame al 2015 2016").
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(TestimonyLeaksRound10Test, AnUnlistedNameThatTakesSomethingIsAPerson) {
  ExpectGoneAndKept("es", {
      {"Morelos se llevó las mochilas.", {"Morelos"}, {"mochilas"}},
      {"Llegamos de noche y Zacatecas se quedó con mi celular.", {"Zacatecas"}, {"celular"}},
      {"Esa noche Tlacuilo se robó el dinero de todos.", {"Tlacuilo"}, {"dinero"}},
      // A verb of taking or violence after an object pronoun too.
      {"Morelos nos robó todo lo que traíamos.", {"Morelos"}, {"traíamos"}},
      {"En el camino Zacatecas me quitó el celular.", {"Zacatecas"}, {"celular"}},
      // Towns that take nothing, an institution, and what follows an article
      // or a preposition stay.
      {"Juárez se llenó de migrantes ese año.", {}, {"Juárez"}},
      {"Tapachula nos recibió con lluvia.", {}, {"Tapachula"}},
      {"Migración se llevó a mi hermano.", {}, {"Migración"}},
      {"La Bestia se llevó a muchos.", {}, {"Bestia"}},
      {"En Tenosique se quedó con nosotros una semana.", {}, {"Tenosique"}},
  });
}

TEST(TestimonyLeaksRound10Test, AGivenNameAfterAnInstitutionWordBeforeARelativeClauseIsAPerson) {
  ExpectGoneAndKept("es", {
      {"Comimos en el Comedor Juan, que nos ayudó mucho.", {"Juan"}, {"Comedor"}},
      {"Dormimos en el Albergue Pedro, quien nos recibió bien.", {"Pedro"}, {"Albergue"}},
      // An institution named after a saint, a full name or a place stays.
      {"Comimos en el Comedor San Martín, que nos ayudó mucho.", {}, {"San Martín"}},
      {"Llegamos a la Casa del Migrante, que nos recibió.", {}, {"Casa del Migrante"}},
      {"Llegamos a Tapachula, que nos pareció enorme.", {}, {"Tapachula"}},
  });
}

TEST(TestimonyLeaksRound10Test, AGivenNameInCapitalsAfterAnArticleOrAnAcronymActs) {
  ExpectGoneAndKept("es", {
      {"y la ROSA me dijo que no.", {"ROSA"}, {}},
      {"después el JUAN nos llevó al río.", {"JUAN"}, {}},
      {"nos detuvo el INM, JUAN y yo corrimos.", {"JUAN"}, {"INM"}},
      {"en la estación del INM, ROSA me dijo que no dijera nada.", {"ROSA"}, {"INM"}},
      // Acronyms that are no given name stay.
      {"después el INM nos llevó a la estación.", {}, {"INM"}},
      {"la COMAR nos dijo que esperáramos.", {}, {"COMAR"}},
  });
  ExpectGoneAndKept("en", {
      {"Then the ICE agents came and MARIA and I hid behind the truck.", {"MARIA"}, {"ICE"}},
      {"we were so tired, we did not EVER stop walking", {}, {"EVER"}},
  });
}

TEST(TestimonyLeaksRound10Test, ANameInCapitalsOfNoListBeforeWhatAPersonDoesIsAPerson) {
  ExpectGoneAndKept("es", {
      {"en la noche YEFRI me dijo que corriera.", {"YEFRI"}, {}},
      {"ya en el tren KEYLOR nos avisó que venían.", {"KEYLOR"}, {}},
      {"en la noche YEFRI dijo que corriéramos.", {"YEFRI"}, {}},
      {"me fui con KEYLOR hasta la vía.", {"KEYLOR"}, {"vía"}},
      {"YEFRI y yo corrimos.", {"YEFRI"}, {}},
      // Acronyms of institutions stay: after an article, in a list of
      // acronyms, or listed.
      {"fuimos al IMSS y el IMSS nos dijo que no.", {}, {"IMSS"}},
      {"ACNUR nos dio una tarjeta.", {}, {"ACNUR"}},
      {"el DIF nos llevó a un albergue.", {}, {"DIF"}},
      {"UNICEF nos dio mochilas y SEDENA nos revisó.", {}, {"UNICEF", "SEDENA"}},
  });
}

TEST(TestimonyLeaksRound10Test, HaitianNumberWordsSpellAPhone) {
  ExpectGoneAndKept("ht", {
      {"Nimewo li se senk senk de twa kat sis sèt uit nèf zewo.", {"twa", "kat", "uit", "zewo"}, {"Nimewo"}},
      {"Rele m nan en nèf kat, de de, senk sis sèt uit.", {"nèf", "senk", "uit"}, {"Rele"}},
      {"Rele Mari nan nimewo sa a: de-de, twa-kat, senk-sis, sèt-uit.", {"a: de", "twa"}, {"nimewo"}},
      // Few digits are no phone.
      {"Mwen gen de pitit ak twa frè.", {}, {"de pitit", "twa frè"}},
      {"Nou te sis moun nan kamyon an.", {}, {"sis moun"}},
  });
}

TEST(TestimonyLeaksRound10Test, APhoneGluedToANameGoesWithTheName) {
  ExpectGoneAndKept("es", {
      {"Mi número es Pedro5512345678, apúntalo.", {"5512345678", "Pedro"}, {"apúntalo"}},
      {"El de ella es 5512345678Rosa por si acaso.", {"5512345678", "Rosa"}, {"acaso"}},
      {"mándale a juan9621234567 un mensaje", {"9621234567", "juan"}, {"mensaje"}},
      {"mi contacto: rosa_5512345678 o 5512345678_pedro", {"5512345678", "rosa", "pedro"}, {"contacto"}},
      // A code in capitals is left to the ID rules.
      {"el expediente NHC12345678 está en el archivo", {"12345678"}, {"expediente"}},
  });
}

TEST(TestimonyLeaksRound10Test, TwoYearsAfterAVerbOfCallingAreAPhone) {
  ExpectGoneAndKept("es", {
      {"Si algo pasa llámame al 2015 2016 en la noche.", {"2015 2016"}, {}},
      {"Si algo pasa llámame, 2015 2016.", {"2015 2016"}, {}},
      {"Márcale al 2014-2019 que es de mi tía.", {"2014-2019"}, {}},
  });
  ExpectGoneAndKept("en", {{"If anything happens call me at 2014 2019.", {"2014 2019"}, {}}});
  // Years in their context stay.
  ExpectGoneAndKept("es", {
      {"Me llamaba cada semana desde 2015 2016 más o menos.", {}, {"2015"}},
      {"Lo llamaron en los años 2015-2016 varias veces.", {}, {"2015-2016"}},
      {"Se llamaba Rosa Pérez (1950 - 2010) y era mi abuela.", {"Rosa Pérez"}, {"1950", "2010"}},
  });
}

TEST(TestimonyLeaksRound10Test, ANameThatActsAfterATownIsAPerson) {
  ExpectGoneAndKept("es", {
      {"En Coatzacoalcos Matamoros se robó el dinero.", {"Matamoros"}, {"Coatzacoalcos"}},
      {"Ya en Tapachula Guadalupe nos dejó solos.", {"Guadalupe"}, {"Tapachula"}},
      // A town of two words stays whole.
      {"Ciudad Victoria nos recibió con lluvia.", {}, {"Ciudad Victoria"}},
      {"En Ciudad Juárez nos quedamos una semana.", {}, {"Ciudad Juárez"}},
  });
}

TEST(TestimonyLeaksRound10Test, TwoYearsAfterWhomToCallAreAPhone) {
  ExpectGoneAndKept("es", {
      {"Si me pasa algo, márcale a mi hermana al 2018 2020, ella sabe.", {"2018 2020"}, {}},
      {"Llamé a mi mamá en 2015 2016 cada domingo.", {}, {"2015 2016"}},
  });
}

TEST(TestimonyLeaksRound10Test, FrenchNamesThatActArePersons) {
  ExpectGoneAndKept("fr", {
      {"À la frontière, Morelos a pris nos sacs.", {"Morelos"}, {"frontière"}},
      {"Ensuite la ROSE m'a dit de partir.", {"ROSE"}, {}},
      {"Au camp, Pedro m’a donné de l'eau.", {"Pedro"}, {}},
      {"Le soir, Dorval s'est enfui avec l'argent.", {"Dorval"}, {"argent"}},
      // Towns, countries and the police stay.
      {"Tapachula a changé depuis deux ans.", {}, {"Tapachula"}},
      {"La police a pris nos papiers.", {}, {"police"}},
      {"Le Mexique a donné des visas.", {}, {"Mexique"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
