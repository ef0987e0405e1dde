// Leaks and over-redactions of testimony text left open by the earlier
// rounds (docs/redaction.md, "Known limits"): names that are towns too
// before a verb of acting on someone, a lifespan after a one-word name, a
// third surname, a given name after a lower-case town, a person after a
// capitalized institution word; institutions named after people, clinical
// scores, kin words as chat labels and titles that must stay.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesLeaksRound8Test, AGivenNameThatIsATownActingOnTheSpeakerIsAPerson) {
  ExpectRedacted("es", "Guadalupe Hidalgo nos llevó hasta la frontera.", {"Guadalupe", "Hidalgo"});
  // Joined by "y" to a plain given name, after a town and a comma.
  ExpectRedacted("es", "Llegamos a Tapachula, Guadalupe y Pedro nos recibieron.", {"Guadalupe", "Pedro"},
                 {"Tapachula"});
  ExpectRedacted("en", "Guadalupe and Pedro picked us up in Reynosa.", {"Guadalupe", "Pedro"}, {"Reynosa"});
  // A town, a town's first word, a preposition or God: no person.
  for (const char* text : {"En Guadalupe nos quedamos tres días.", "Ciudad Victoria nos recibió con lluvia.",
                           "San Juan nos recibió con fiesta.", "Dios nos ayudó a llegar.",
                           "Juárez se llenó de migrantes.", "a Juárez le tocó la peor parte.",
                           "la esperanza nos mantuvo vivos"}) {
    EXPECT_EQ(RedactedText(text, "es"), text);
  }
  // A town alone stays where nobody acts.
  ExpectRedacted("es", "Llegamos a Tapachula, Guadalupe y Veracruz en tres semanas.", {},
                 {"Tapachula", "Guadalupe", "Veracruz"});
}

TEST(NamesLeaksRound8Test, ASurnameThatIsATownBeforeLeOrSeAndASpanishVerbIsAPerson) {
  ExpectRedacted("es", "Ese día Juárez le pegó a mi hijo delante de todos.", {"Juárez"});
  ExpectRedacted("es", "Guerrero se llevó las mochilas.", {"Guerrero"});
  // French: "le" after a place is an article.
  ExpectRedacted("fr", "Le président recevra jeudi à l'Elysée le chancelier.", {}, {"Elysée"});
  // A town that fills up or lies somewhere stays.
  ExpectRedacted("es", "Juárez se encuentra en la frontera.", {}, {"Juárez"});
}

TEST(NamesLeaksRound8Test, AOneWordNameThatIsATownBeforeALifespanIsAPerson) {
  ExpectRedacted("es", "Pusimos su foto en la pared: (Guadalupe, 1990 – 2019).", {"Guadalupe"});
}

TEST(NamesLeaksRound8Test, AThirdCapitalizedWordAfterAFullNameIsTheName) {
  ExpectRedacted("es", "En la marcha estaba Rigoberta Menchú Tum con nosotros.", {"Rigoberta", "Menchú", "Tum"});
}

TEST(NamesLeaksRound8Test, ALowerCaseGivenNameActingAfterALowerCaseTownIsAPerson) {
  ExpectRedacted("es", "en arriaga juan nos dejó solos", {"juan"}, {"arriaga"});
  // An article makes it a noun: "la rosa se secó".
  ExpectRedacted("es", "en el jardín la rosa se secó", {}, {"rosa"});
}

TEST(NamesLeaksRound8Test, APersonActingAfterACapitalizedInstitutionWordIsAPerson) {
  ExpectRedacted("es", "en el Comedor Juan nos dijo que no saliéramos de noche.", {"Juan"}, {"Comedor"});
}

TEST(NamesLeaksRound8Test, AnInstitutionNamedAfterAPersonAfterItsHeadWordIsKept) {
  ExpectRedacted("es", "Comimos en el comedor San Martín de Porres de Tapachula.", {},
                 {"San Martín de Porres", "Tapachula"});
  ExpectRedacted("es", "Nos mandaron a la parroquia San Judas Tadeo.", {}, {"San Judas Tadeo"});
  ExpectRedacted("es", "A mi hija la inscribieron en la escuela Benito Juárez.", {}, {"Benito Juárez"});
  ExpectRedacted("es", "Dormimos en el albergue Hermanos en el Camino.", {}, {"Hermanos en el Camino"});
  // The staff of the place act in the plural.
  ExpectRedacted("es", "en la escuela Benito Juárez nos dieron de comer.", {}, {"Benito Juárez"});
  // A person who acts right after the head word is still a person.
  ExpectRedacted("es", "en el comedor Juan nos dijo que esperáramos", {"Juan"});
}

TEST(NamesLeaksRound8Test, AClinicalScoreAfterConIsNoName) {
  ExpectRedacted("es", "Llegó a urgencias con EVA de 8 y con TAC normal.", {}, {"EVA", "TAC"});
  // A name in capitals in a survivor's text is still a name.
  ExpectRedacted("es", "fui con YESICA y DARWIN a la COMAR de Tapachula", {"YESICA", "DARWIN"});
  // An age after it is no score.
  ExpectRedacted("es", "me fui con ANA de 15 años y con mi hijo", {"ANA"});
}

TEST(NamesLeaksRound8Test, AKinWordAsAChatLabelIsNoName) {
  const std::string chat = "Mamá: ya llegaste?\nYeni: sí mami, estoy en Saltillo\nMamá: gracias a Dios";
  const std::string out = RedactedText(chat, "es");
  EXPECT_EQ(out.find("Yeni"), std::string::npos) << out;
  EXPECT_EQ(out.rfind("Mamá:", 0), 0u) << out;
  EXPECT_NE(out.find("\nMamá:"), std::string::npos) << out;
  ExpectRedacted("es", "Mi Mamá: ya llegué\nYeni: qué bueno", {"Yeni"}, {"Mamá"});
  ExpectRedacted("en", "Mom: are you ok?\nJenny: yes mom we are in Tijuana\nMom: thank God", {"Jenny"},
                 {"Mom:", "God"});
}

TEST(NamesLeaksRound8Test, EnglishTitlesAndGodStay) {
  const std::string doctor = RedactedText("Dr. Ramírez at the clinic in Tapachula treated my leg.", "en");
  EXPECT_EQ(doctor.find("Ramírez"), std::string::npos) << doctor;
  EXPECT_EQ(doctor.rfind("Dr. [PERSON-1]", 0), 0u) << doctor;
  ExpectRedacted("en", "Officer Briggs took my phone.", {"Briggs"}, {"Officer"});
  ExpectRedacted("en", "Thank you for everything. May God bless you.", {}, {"God"});
}

}  // namespace
}  // namespace amparo::redaction
