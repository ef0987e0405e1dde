// The name detector on sentences like those of testimonies: gazetteer names
// are found, ordinary capitalized words, months, institutions and places are
// not, and the spans are whole names.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "redaction/name_detector.h"
#include "tests/redaction/name_detector_fixture.h"

namespace amparo::redaction {
namespace {

class NameDetectorTest : public NameDetectorFixture {
 protected:
  using V = std::vector<std::string>;
};

TEST_F(NameDetectorTest, GazetteerNamesMidSentence) {
  EXPECT_EQ(Names("En Tapachula conocí a Guadalupe Hernández López, que venía sola."),
            V{"Guadalupe Hernández López"});
  EXPECT_EQ(Names("Yesterday I met Jennifer Walsh at the shelter.", "en"), V{"Jennifer Walsh"});
  EXPECT_EQ(Names("Nous avons retrouvé Jean-Baptiste Moreau à la frontière.", "fr"),
            V{"Jean-Baptiste Moreau"});
}

TEST_F(NameDetectorTest, HaitianAndCentralAmericanNames) {
  EXPECT_EQ(Names("Nou te vwayaje ak Mackenson Fils-Aimé ak Guerda.", "ht"),
            (V{"Mackenson Fils-Aimé", "Guerda"}));
  EXPECT_EQ(Names("Salimos de San Pedro Sula con Yeison y con Xiomara."), (V{"Yeison", "Xiomara"}));
}

TEST_F(NameDetectorTest, NameAtSentenceStart) {
  EXPECT_EQ(Names("Fernando Ortiz cruzó el río en 2019."), V{"Fernando Ortiz"});
}

TEST_F(NameDetectorTest, ParticlesBelongToTheName) {
  EXPECT_EQ(Names("Atendió la doctora María de los Ángeles Torres."),
            V{"María de los Ángeles Torres"});
  EXPECT_EQ(Names("Firmó Victoria Fuentelsaz del Barrio."), V{"Victoria Fuentelsaz del Barrio"});
}

TEST_F(NameDetectorTest, UnknownCapitalizedWordMidSentenceIsFlagged) {
  // A rare name in no list: recall first.
  EXPECT_EQ(Names("Después llegó Quetzorin con los demás."), V{"Quetzorin"});
}

TEST_F(NameDetectorTest, OrdinaryWordsAreNotFlagged) {
  EXPECT_TRUE(Names("Después de tres días llegamos. Luego nos fuimos al albergue.").empty());
  EXPECT_TRUE(Names("El lunes 3 de Marzo fuimos a la Fiscalía y al Hospital General.").empty());
  EXPECT_TRUE(Names("Cuando salimos, la Policía Federal nos detuvo en el Instituto Nacional de "
                    "Migración.")
                  .empty());
  EXPECT_TRUE(Names("On Monday, the Police came. Then we left in August.", "en").empty());
  EXPECT_TRUE(Names("Le Mardi 4 Juin, nous sommes partis. Ensuite la Police est venue.", "fr")
                  .empty());
}

TEST_F(NameDetectorTest, PlatformsAndCompaniesAreNotFlagged) {
  EXPECT_TRUE(Names("Me escribieron por WhatsApp y luego por Facebook; pagué en un Oxxo.").empty());
  EXPECT_EQ(Names("Un tal Chepe me mandó el dinero por Elektra."), V{"Chepe"});
}

TEST_F(NameDetectorTest, PlacesAreNotFlagged) {
  EXPECT_TRUE(Names("Pasamos por Tapachula, Arriaga, Ixtepec, Tierra Blanca, Orizaba, Apizaco y "
                    "Lechería hasta Celaya, Irapuato, San Luis Potosí y Saltillo.")
                  .empty());
  EXPECT_TRUE(Names("De Tenosique a Palenque, luego Coatzacoalcos, Veracruz, Reynosa y "
                    "Ciudad Juárez.")
                  .empty());
  EXPECT_TRUE(Names("Nou soti Pòtoprens, nou pase Ouanaminthe ak Tijuana.", "ht").empty());
}

TEST_F(NameDetectorTest, PlaceNameInsideAPersonName) {
  // "Guerrero" is a state and a surname: next to a given name it is a surname.
  EXPECT_EQ(Names("Me ayudó Pedro Guerrero en Oaxaca."), V{"Pedro Guerrero"});
  EXPECT_TRUE(Names("Llegamos a Guerrero en la noche.").empty());
}

TEST_F(NameDetectorTest, EponymsAreNotPeople) {
  EXPECT_TRUE(Names("Tenía síndrome de Kartagener y una escala de Glasgow de 15.").empty());
  EXPECT_TRUE(Names("He was diagnosed with Crohn's disease last year.", "en").empty());
  EXPECT_EQ(Names("Se colocó un drenaje tipo Blake y lo revisó Ramiro Quintanilla."),
            V{"Ramiro Quintanilla"});
}

TEST_F(NameDetectorTest, ClinicalWordsAfterANameAreNotPeople) {
  // Millimetres of mercury ("mm" is no "MM."), an eponym after its test,
  // "E-mail" after a signature, a department after a clinician's name.
  EXPECT_TRUE(Names("Presión arterial de 120 mm Hg al ingreso.").empty());
  EXPECT_TRUE(Names("Se realiza ecografía con flujo Doppler sin hallazgos.").empty());
  EXPECT_TRUE(Names("Se descartó proteinuria de Bence-Jones.").empty());
  EXPECT_TRUE(Names("Serología para virus de Epstein-Barr negativa.").empty());
  EXPECT_TRUE(Names("Se confirmó un adenocarcinoma Gleason 7 en la biopsia.").empty());
  EXPECT_EQ(Names("Responsable: Dr. Jonathan Valdez González E-mail: jv@example.com"),
            V{"Jonathan Valdez González"});
  EXPECT_EQ(Names("Responsable clínico: Dr. Alejandro Sálamo Rubiales Oncología Médica Hospital "
                  "Clínico Universitario"),
            V{"Alejandro Sálamo Rubiales"});
}

TEST_F(NameDetectorTest, LaterMentionsAreFlaggedToo) {
  EXPECT_EQ(Names("Me llamo Esperanza. Esperanza es mi nombre de verdad."),
            (V{"Esperanza", "Esperanza"}));
}

TEST_F(NameDetectorTest, SamePersonSharesAGroup) {
  const std::string text = "Conocí a Wilmer Castellanos. Wilmer me dijo que Keyla Ordóñez venía.";
  std::vector<Finding> found = detector_->Find(text, "es");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].person_group, found[1].person_group);
  EXPECT_NE(found[0].person_group, found[2].person_group);
  for (const Finding& f : found) {
    EXPECT_EQ(f.type, IdentifierType::kPersonName);
    EXPECT_STREQ(f.detector, "names");
    EXPECT_GT(f.confidence, 0.0f);
    EXPECT_LE(f.confidence, 1.0f);
  }
}

TEST_F(NameDetectorTest, LowerCaseNamesInInformalText) {
  EXPECT_EQ(Names("went to the game with brittany and jennifer lol", "en"),
            (V{"brittany", "jennifer"}));
}

TEST_F(NameDetectorTest, TitleCaseHeadlineIsNotAListOfNames) {
  EXPECT_TRUE(Names("The Best Day Of My Life Is Here", "en").empty());
}

}  // namespace
}  // namespace amparo::redaction
