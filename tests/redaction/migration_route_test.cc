// The migration route through Central America and Mexico stays readable in
// a Spanish testimony: the border crossings, the towns along the train lines
// and the northern border, the rivers and "la Bestia" are kept in sentences
// the way survivors tell them, and the people named around them are still
// removed. The sentences are made up for this test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

std::string RedactSpanish(const std::string& text) { return RedactedText(text, "es"); }

TEST(MigrationRouteTest, TheRouteStaysInSentences) {
  const std::vector<std::string> sentences = {
      "Salimos de Tecún Umán de noche y cruzamos el río Suchiate en una balsa hasta Ciudad Hidalgo.",
      "De Palenque nos fuimos a Tenosique, donde agarramos la Bestia.",
      "Tenosique es un pueblo chiquito.",
      "Cruzamos el Usumacinta en lancha.",
      "En Las Choapas bajaron a muchos del tren.",
      "Medias Aguas es peligroso porque ahí se juntan los trenes.",
      "Orizaba, Veracruz, ahí las señoras nos aventaban bolsas de comida.",
      "Llegamos a Lechería y de ahí a Huehuetoca.",
      "De Huehuetoca a Celaya fuimos en el techo.",
      "Celaya e Irapuato son muy calientes.",
      "Llegamos a Altar, Sonora, y de ahí nos llevaron a Sásabe.",
      "Altar es un pueblo del desierto.",
      "Otros se fueron por Piedras Negras y otros por Nuevo Laredo.",
      "Nuevo Laredo es muy peligroso.",
      "La Bestia iba llena de gente.",
      "Huehuetoca, Lechería, Celaya, Irapuato: todo eso en tren.",
  };
  for (const std::string& s : sentences) {
    EXPECT_EQ(RedactSpanish(s), s);
  }
}

TEST(MigrationRouteTest, CrossingsAndTownsOfTheSouthernRoutesStay) {
  // Crossings of the Petén and of the Honduran and Salvadoran borders, and
  // the short names survivors give them ("Tecún").
  const std::vector<std::string> sentences = {
      "Frontera Corozal, El Ceibo y Bethel son los pasos por el Usumacinta.",
      "En Tecún nos robaron.",
      "Llegamos a Ciudad Tecún de madrugada.",
      "El Naranjo es donde nos revisaron.",
      "Melchor de Mencos es donde cruzamos de Belice.",
      "Río Dulce es donde nos escondimos.",
      "El Amatillo es la frontera con Honduras.",
      "La Bestia se descarriló cerca de Huimanguillo.",
      "Benjamín Hill es donde cambian los trenes en Sonora.",
      "De San Vicente pasamos a Paso Canoas y luego a Los Chiles.",
      "De Canaán Membrillo salimos en lancha a Bajo Chiquito.",
  };
  for (const std::string& s : sentences) {
    EXPECT_EQ(RedactSpanish(s), s);
  }
}

TEST(MigrationRouteTest, AWorldTownAfterCercaDeStays) {
  EXPECT_EQ(RedactSpanish("El tren se paró cerca de Comalcalco."), "El tren se paró cerca de Comalcalco.");
  EXPECT_EQ(RedactSpanish("Nos dejaron afuera de Ocosingo."), "Nos dejaron afuera de Ocosingo.");
  // A name that is also a town of our lists is a person there.
  const std::string out = RedactSpanish("Me senté cerca de Mercedes en el tren.");
  EXPECT_EQ(out.find("Mercedes"), std::string::npos) << out;
}

TEST(MigrationRouteTest, TheRegionAfterATownStays) {
  // A department or state that is also a surname, after its town and a
  // comma, ending the phrase.
  for (const std::string s : {"Yo soy de Choloma, Cortés.", "Salimos de Choloma, Cortés, Honduras, en 2019.",
                              "Vengo de Olanchito, Yoro."}) {
    EXPECT_EQ(RedactSpanish(s), s);
  }
  // The same surname after a town, going on as a sentence's subject, is a
  // person.
  const std::string out = RedactSpanish("En Tijuana, Cortés nos cobró la cuota.");
  EXPECT_EQ(out.find("Cortés"), std::string::npos) << out;
  EXPECT_NE(out.find("Tijuana"), std::string::npos) << out;
}

TEST(MigrationRouteTest, TheTownAfterAColoniaStays) {
  // "la colonia X de <town>": the colonia is removed, the town stays.
  const std::string out = RedactSpanish("Vivía en la colonia Rivera Hernández de San Pedro Sula con mi mamá.");
  EXPECT_EQ(out.find("Rivera"), std::string::npos) << out;
  EXPECT_EQ(out.find("Hernández"), std::string::npos) << out;
  EXPECT_NE(out.find("de San Pedro Sula con mi mamá"), std::string::npos) << out;
  const std::string kennedy = RedactSpanish("Nos amenazaron en la colonia Kennedy de Tegucigalpa.");
  EXPECT_EQ(kennedy.find("Kennedy"), std::string::npos) << kennedy;
  EXPECT_NE(kennedy.find("de Tegucigalpa."), std::string::npos) << kennedy;
  // A colonia named after a state keeps its whole name: "Jardines de
  // Morelos" is one neighbourhood.
  const std::string jardines = RedactSpanish("Vivíamos en la colonia Jardines de Morelos, en Ecatepec.");
  EXPECT_EQ(jardines.find("Morelos"), std::string::npos) << jardines;
  EXPECT_NE(jardines.find("Ecatepec"), std::string::npos) << jardines;
}

TEST(MigrationRouteTest, TheTownAfterAStreetStays) {
  // "la calle X de <town>": the street is removed, the town stays.
  const std::string out = RedactSpanish("Vivía en la calle Hidalgo de Tapachula con mis hijos.");
  EXPECT_EQ(out.find("Hidalgo"), std::string::npos) << out;
  EXPECT_NE(out.find("de Tapachula con mis hijos"), std::string::npos) << out;
  const std::string avenue = RedactSpanish("Me quedé en la 4a Avenida Sur 12 de Tapachula.");
  EXPECT_EQ(avenue.find("12"), std::string::npos) << avenue;
  EXPECT_NE(avenue.find("de Tapachula."), std::string::npos) << avenue;
  // A town right after the keyword and "de" names the street: "Calzada de
  // Tlalpan", "calle de Orizaba".
  const std::string calzada = RedactSpanish("Vendía en la Calzada de Tlalpan.");
  EXPECT_EQ(calzada.find("Tlalpan"), std::string::npos) << calzada;
}

TEST(MigrationRouteTest, TheTownSquareIsNoAddress) {
  EXPECT_EQ(RedactSpanish("Dormimos en la plaza de Tapachula, en el parque."),
            "Dormimos en la plaza de Tapachula, en el parque.");
  // A street named after a town stays an address.
  const std::string out = RedactSpanish("Vivía en la calle de Orizaba.");
  EXPECT_EQ(out.find("Orizaba"), std::string::npos) << out;
}

TEST(MigrationRouteTest, MexicanStateAbbreviationsStay) {
  for (const std::string s : {"Viví en la Col. Las Flores, Irapuato, Gto.", "Trabajé en Reynosa, Tamps., dos meses.",
                              "Nos quedamos en Tapachula, Chis., un mes.", "Llegamos a Saltillo, Coah."}) {
    const std::string out = RedactSpanish(s);
    EXPECT_EQ(out.find("PERSON"), std::string::npos) << out;
  }
}

TEST(MigrationRouteTest, PeopleAroundTheRouteAreStillRemoved) {
  ExpectGoneAndKept("es", {
      {"Mi primo Julio se quedó en Tenosique y yo seguí con don Chema hasta Palenque.",
       {"Julio", "Chema"},
       {"Tenosique", "Palenque"}},
      {"Cuando llegamos a Celaya, Pedro ya no venía con nosotros.", {"Pedro"}, {"Celaya"}},
      {"Mi hermana María se quedó en Las Choapas con Rosa.", {"María", "Rosa"}, {"Las Choapas"}},
      {"En Tecún nos robó Bethel Ramírez.", {"Bethel", "Ramírez"}, {"Tecún"}},
      {"El coyote se llamaba Altar.", {"Altar"}, {}},
  });
}

}  // namespace
}  // namespace amparo::redaction
