// Organisations stay in a testimony (redaction/organisation_names.h): legal
// advocates search for which authority, armed group, shelter, bus line or
// money transfer service is named, and those whose names are made of given
// names, surnames or a street keyword and a number must not become
// [PERSON-n] or [ADDRESS]. The people named next to them are still removed.
// The sentences are made up for this test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "redaction/organisation_names.h"
#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(OrganisationsKeptTest, NamesMadeOfPersonWordsStay) {
  const std::vector<std::pair<std::string, std::string>> sentences = {
      {"es", "En Lajas Blancas nos ayudó la Cruz Roja."},
      {"es", "Viajaba en un autobús de Estrella Blanca de Querétaro a San Luis Potosí."},
      {"es", "Huyó porque la mara, el Barrio 18, quería reclutar a su hijo."},
      {"es", "Compró el boleto de Estrella de Oro en Acapulco."},
      {"es", "Tomamos un autobús de Tufesa a Hermosillo y en Tapachula uno de Tica Bus."},
      {"es", "Los de La Línea trabajan para el Cártel de Juárez."},
      {"es", "En Tijuana comimos en el Desayunador Salesiano Padre Chava."},
      {"es", "El Hogar de la Misericordia está en Arriaga."},
      {"en", "In Lajas Blancas the Red Cross gave us water."},
      {"en", "He was held at the Siglo XXI detention center in Tapachula."},
      {"en", "My cousin sent money through Western Union and Elektra. We took a Greyhound bus."},
      {"en", "The Kino Border Initiative in Nogales helped us."},
      {"en", "I reported it with help from the Fray Matías de Córdova Human Rights Center."},
  };
  for (const auto& [language, text] : sentences) {
    EXPECT_EQ(RedactedText(text, language), text) << language;
  }
}

TEST(OrganisationsKeptTest, AnOrganisationNamedAfterAPersonNeedsWordsThatSaySo) {
  // The centre, with an article or an institution word before it.
  const std::string centre = "Nos acompañaron del Fray Matías de Córdova a la Fiscalía.";
  EXPECT_EQ(RedactedText(centre, "es"), centre);
  // The friar himself is a person.
  const std::string friar = RedactedText("La ciudad honra a fray Bartolomé de las Casas, obispo.", "es");
  EXPECT_EQ(friar.find("Bartolomé"), std::string::npos) << friar;
}

TEST(OrganisationsKeptTest, PeopleNextToOrganisationsAreStillRemoved) {
  struct Case {
    std::string text, gone, kept;
  };
  const std::vector<Case> cases = {
      {"El agente Ramírez de la Guardia Nacional nos pidió dinero.", "Ramírez", "Guardia Nacional"},
      {"Nos atendió Rogelio Cruz de la Cruz Roja en Tapachula.", "Rogelio", "Cruz Roja en"},
      {"Nos atendió Rosa de la Cruz Roja.", "Rosa", "Cruz Roja"},
      {"Mi hija Estrella Blanca se quedó en Tapachula.", "Estrella", "Tapachula"},
      {"Fray Tomás nos recibió en el albergue.", "Tomás", "albergue"},
      {"El señor Coppel nos rentó el cuarto.", "Coppel", "cuarto"},
      {"En el comedor Juan nos dijo que esperáramos.", "Juan", "comedor"},
      {"La licenciada Morales del Centro de Derechos Humanos Fray Matías de Córdova nos acompañó.",
       "Morales", "Fray Matías de Córdova"},
      {"Fray Matías nos recibió en la noche.", "Matías", "noche"},
  };
  for (const Case& c : cases) {
    const std::string out = RedactedText(c.text, "es");
    EXPECT_EQ(out.find(c.gone), std::string::npos) << c.text << "\n -> " << out;
    EXPECT_NE(out.find(c.kept), std::string::npos) << c.text << "\n -> " << out;
  }
}

TEST(OrganisationsKeptTest, ListedPhrasesOnlyWithTheirCapital) {
  EXPECT_TRUE(IsOrganisationName("cruz roja"));
  EXPECT_TRUE(IsOrganisationName("MEDICOS SIN FRONTERAS"));
  EXPECT_FALSE(IsOrganisationName("Cruz"));
  // "el barrio 18 de la colonia" is a neighbourhood, not the gang.
  const std::string street = "Vivía en el barrio 18 de Septiembre, casa 4, de San Pedro Sula.";
  EXPECT_EQ(RedactedText(street, "es").find("18 de Septiembre, casa 4"), std::string::npos)
      << RedactedText(street, "es");
}

}  // namespace
}  // namespace amparo::redaction
