// Encyclopedic text names places in shapes testimonies rarely use: the
// towns of a lifespan in brackets after a name, rivers, lakes and volcanoes
// after their noun, the town of a French birth or death after its year.
// Those towns stay; the people around them are still removed.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

struct Case {
  const char* language;
  const char* text;
  std::vector<const char*> kept;
  std::vector<const char*> gone;
};

void Check(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const std::string out = RedactedText(c.text, c.language);
    for (const char* word : c.kept) {
      EXPECT_NE(out.find(word), std::string::npos) << word << " lost in: " << out;
    }
    for (const char* word : c.gone) {
      EXPECT_EQ(out.find(word), std::string::npos) << word << " kept in: " << out;
    }
  }
}

TEST(EncyclopedicPlacesTest, TheTownsOfALifespanInBracketsStay) {
  Check({
      {"es",
       "Benito Pablo Juárez García (San Pablo Guelatao, 21 de marzo de 1806 – Ciudad de México, 18 "
       "de julio de 1872) fue un abogado.",
       {"Guelatao"},
       {"Benito", "García"}},
      {"es",
       "Alberto Aguilera Valadez (Parácuaro, Michoacán, 7 de enero de 1950 – Santa Mónica, "
       "California, 28 de agosto de 2016) fue un cantautor.",
       {"Parácuaro"},
       {"Aguilera", "Valadez"}},
      {"es", "Teresa Ruiz-Tagle Echeverría (Valparaíso, 1931 – Santiago, 2004) fue una bióloga.",
       {"Valparaíso", "Santiago"},
       {"Ruiz-Tagle", "Echeverría"}},
      {"es", "Rigoberta Tum Quispe (Laj Chimel, Uspantán, 9 de enero de 1959) es una líder.",
       {"Chimel", "Uspantán"},
       {"Rigoberta"}},
      {"es", "Toussaint Louverture (Bréda, hacia 1743 – Fort-de-Joux, 7 de abril de 1803) fue el líder.",
       {"Bréda"},
       {"Toussaint"}},
  });
}

TEST(EncyclopedicPlacesTest, AnAuthorCitedInBracketsIsStillAPerson) {
  Check({
      {"es", "Según un estudio (Quezaltenco, 2019) el método falla.", {}, {"Quezaltenco"}},
  });
}

TEST(EncyclopedicPlacesTest, RiversLakesAndVolcanoesAfterTheirNounStay) {
  Check({
      {"es",
       "El lago de Atitlán está rodeado por los volcanes Atitlán, Tolimán y San Pedro. El valle "
       "es regado por los ríos Ulúa y Chamelecón.",
       {"Atitlán", "Tolimán", "San Pedro", "Ulúa", "Chamelecón"},
       {}},
      {"es", "Documentó la construcción de la presa Falcón y se retiró al monasterio de Yuste.",
       {"Falcón", "Yuste"},
       {}},
      // A possession after a house is still a person's.
      {"es", "Dormimos en la casa de Tolimán Quispe.", {}, {"Quispe"}},
  });
}

TEST(EncyclopedicPlacesTest, AFrenchBirthOrDeathTownAfterItsYearStays) {
  Check({
      {"fr",
       "Jeanne, née vers 1412 à Domrémy et morte le 30 mai 1431 à Rouen, est une héroïne. "
       "Marie Curie est morte le 4 juillet 1934 à Passy. Cartier le remonta jusqu'à Hochelaga.",
       {"Domrémy", "Passy", "Hochelaga"},
       {"Curie"}},
  });
}

TEST(EncyclopedicPlacesTest, TheTownAfterBornInOrDiedInStays) {
  Check({
      // Also when the town was a word of a name before ("Francis of Assisi").
      {"en",
       "Saint Francis of Assisi (1181 – 3 October 1226) was a friar. He was born in Assisi to "
       "Pietro Bernardone. She died in Bournemouth.",
       {"born in Assisi", "Bournemouth"}, {"Bernardone"}},
      {"es", "Nació en Aracataca y murió en Jiquilpan.", {"Aracataca", "Jiquilpan"}, {}},
  });
}

TEST(EncyclopedicPlacesTest, APlaceDefinedAsOneOrNamedAgainStays) {
  Check({
      {"es",
       "El Popocatépetl es un volcán activo. Es la segunda cumbre después del Pico de Orizaba o "
       "Citlaltépetl. Ciudad Bolívar, capital del estado Bolívar, mira al Orinoco.",
       {"Popocatépetl", "Citlaltépetl", "estado Bolívar"}, {}},
      {"en", "Wrawbyton is a small village in Lincolnshire.", {"Wrawbyton"}, {}},
      {"es", "Se restauró el templo de San Pedro.", {"San Pedro"}, {}},
      // A person after a place named in prose, past a full stop, is a person.
      {"es", "Se restauró el templo de San Pedro. Juan Quispe es un hombre bueno.", {"San Pedro"}, {"Quispe"}},
  });
}

TEST(EncyclopedicPlacesTest, ARealmAfterARulersTitleStays) {
  Check({
      {"fr", "Louis XIV est roi de France et de Navarre. Henri IV fut roi de Navarre puis de France.",
       {"France et de Navarre", "roi de Navarre"}, {"XIV", "Henri"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
