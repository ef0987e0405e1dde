// Encyclopedic text writes people in shapes testimonies rarely use:
// nicknames in quotes after a naming cue, chains of initials, a monarch's
// number, surnames joined by "y", places named after a mountain or lake
// word. The people go; the places stay.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

struct Case {
  const char* language;
  const char* text;
  std::vector<const char*> gone;
  std::vector<const char*> kept;
};

void Check(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const std::string out = RedactedText(c.text, c.language);
    for (const char* word : c.gone) {
      EXPECT_EQ(out.find(word), std::string::npos) << word << " kept in: " << out;
    }
    for (const char* word : c.kept) {
      EXPECT_NE(out.find(word), std::string::npos) << word << " lost in: " << out;
    }
  }
}

TEST(EncyclopedicNamesTest, AQuotedNicknameAfterANamingCueIsAPerson) {
  Check({
      {"es", "Fue un cantautor conocido como «el Divo de Juárez».", {"Divo"}, {"«el "}},
      {"es", "Fue hija de Juana I de Castilla, llamada «la Loca».", {"Loca"}, {}},
      {"es", "Luis XIV, conocido como el «Rey Sol», reinó.", {"Rey Sol"}, {}},
      {"en", "Bolívar, known as El Libertador, and Celia, known as the \"Queen of Salsa\".",
       {"Libertador", "Queen", "Salsa"}, {"El ", "the \""}},
      {"fr", "Louis XIV, dit le « Roi-Soleil », et Bocuse, surnommé le « Pape de la gastronomie ».",
       {"Roi-Soleil", "Pape", "gastronomie"}, {}},
      // A quoted place stays, and so does what a place or thing is called.
      {"es", "Llegamos a la ciudad conocida como «Tapachula».", {}, {"Tapachula"}},
      {"es", "Dormimos en un lugar conocido como «La Arrocera».", {}, {"Arrocera"}},
  });
}

TEST(EncyclopedicNamesTest, ChainsOfInitialsAndMiddleInitialsGoWithTheName) {
  Check({
      {"en", "Tolkien met C. S. Lewis. J. R. R. Tolkien wrote. General John J. Pershing led.",
       {"C. S.", "J. R. R.", "Pershing"}, {}},
  });
}

TEST(EncyclopedicNamesTest, AMonarchsNumberGoesWithTheName) {
  Check({
      {"en", "Pope Paul VI met King George VI. Charles I, King of Spain, abdicated.",
       {"VI", "Charles I"}, {"Spain"}},
      {"fr", "Il prit le nom de Jacques Ier.", {"Ier"}, {}},
      // English "I" after a name is a pronoun before a lower-case word.
      {"en", "When Maria I went home.", {"Maria"}, {"I went"}},
  });
}

TEST(EncyclopedicNamesTest, SurnamesJoinedByYAreOneName) {
  const std::string out =
      RedactedText("Hija de Matilde Calderón y González. Vinieron Pedro López y María Gómez.", "es");
  EXPECT_EQ(out.find("Calderón"), std::string::npos) << out;
  EXPECT_EQ(out.find(" y González"), std::string::npos) << out;
  EXPECT_EQ(out.find("Hija de [PERSON-1]."), 0u) << out;
  // Two people listed stay two.
  EXPECT_NE(out.find("] y ["), std::string::npos) << out;
}

TEST(EncyclopedicNamesTest, ANameFramedByAMountainOrLakeWordIsAPlace) {
  Check({
      {"en", "It lies across the Rio Grande, near Robben Island and MacLeod Lake, in the Santos Suárez neighbourhood.",
       {}, {"Grande", "Robben", "MacLeod", "Santos Suárez"}},
      {"es", "El Pico de Orizaba y el Monte Albán.", {}, {"Orizaba", "Albán"}},
      {"fr", "Le Mont Blanc domine. Il rebaptisa la Haute-Volta. Mort au fort de Joux, près du Cap-Français.",
       {}, {"Blanc", "Haute-Volta", "Joux", "Cap-Français"}},
      // A full name before a capitalized kind of place is a person's.
      {"en", "Rare 1st Larry Sultan Valley evidence.", {"Larry", "Sultan"}, {}},
  });
}

TEST(EncyclopedicNamesTest, AnEpithetAfterAGivenNameOrANumberIsPartOfTheName) {
  Check({
      {"en", "Also known as Louis the Great. Born to Philip the Handsome and Joanna of Castile.",
       {"Great", "Handsome", "Castile"}, {}},
      {"es", "Hijo de Felipe el Hermoso y de Alfonso X el Sabio.", {"Hermoso", "Sabio"}, {}},
      {"fr", "Philippe le Bel et Jeanne la Folle.", {"Bel", "Folle"}, {}},
      // A title before "of" names a realm; a place after an article stays.
      {"en", "He was King of France.", {}, {"France"}},
      {"es", "Vimos a Pedro el Salvador.", {"Pedro"}, {"Salvador"}},
  });
}

TEST(EncyclopedicNamesTest, APlaceNamedAfterAPersonBeforeASurnameIsThatPerson) {
  Check({
      {"es",
       "Emiliano Zapata Salazar (Anenecuilco, 8 de agosto de 1879 – Chinameca, 10 de abril de "
       "1919) fue uno. La ciudad de Emiliano Zapata, en Tabasco, lo recuerda.",
       {"Zapata Salazar"}, {"Anenecuilco", "ciudad de Emiliano Zapata, en Tabasco"}},
  });
}

TEST(EncyclopedicNamesTest, AFrenchElidedParticleAfterAGivenNameIsPartOfTheName) {
  Check({
      {"fr", "Jeanne d'Arc est née. Fille de Jacques d'Arc. Face à Valéry Giscard d'Estaing.",
       {"Arc", "Estaing", "d'E"}, {}},
      // Without a given name before it, "d'" says where from.
      {"fr", "Il partit d'Angers le lendemain.", {}, {"Angers"}},
  });
}

TEST(EncyclopedicNamesTest, ASurnameAloneAfterTheFullNameIsThatPerson) {
  const std::string out = RedactedText(
      "Benito Pablo Juárez García fue abogado. Presidente en varias ocasiones, Juárez encabezó la "
      "resistencia. Hoy Ciudad Juárez lo recuerda, y la capital es Oaxaca de Juárez.",
      "es");
  EXPECT_EQ(out.find("ocasiones, Juárez"), std::string::npos) << out;
  EXPECT_NE(out.find("[PERSON-1] fue abogado"), std::string::npos) << out;
  EXPECT_NE(out.find("ocasiones, [PERSON-1] encabezó"), std::string::npos) << out;
  // The places named after him stay.
  EXPECT_NE(out.find("Ciudad Juárez"), std::string::npos) << out;
  EXPECT_NE(out.find("Oaxaca de Juárez"), std::string::npos) << out;
}

TEST(EncyclopedicNamesTest, AnOrdinaryWordEndingANameBeforeALifespanIsItsSurname) {
  Check({
      {"en", "Eleanor Whitcombe Harte (1874–1951) was a botanist. Harte spent years there.",
       {"Harte"}, {"1874"}},
  });
}

TEST(EncyclopedicNamesTest, ASurnameWithItsParticleAfterTheFullNameIsThatPerson) {
  const std::string out = RedactedText(
      "Charles de Gaulle naquit à Lille. Fils de Jeanne Maillot, de Gaulle épousa Yvonne Vendroux.", "fr");
  EXPECT_EQ(out.find("Gaulle"), std::string::npos) << out;
  EXPECT_NE(out.find("[PERSON-2], [PERSON-1] épousa"), std::string::npos) << out;
}

TEST(EncyclopedicNamesTest, ASaintsEpithetGoesWithTheName) {
  // One name, not two placeholders around a kept "of".
  Check({{"en", "Saint Francis of Assisi founded an order.", {"Assisi", " of "}, {"founded"}}});
}

TEST(EncyclopedicNamesTest, TheNameOpeningABiographyBeforeItsLifespanIsAPerson) {
  Check({
      {"es",
       "Lázaro Cárdenas del Río (Jiquilpan, 21 de mayo de 1895 – Ciudad de México, 19 de octubre "
       "de 1970) fue presidente.",
       {"Lázaro", "Cárdenas", "Río"}, {"Jiquilpan", "Ciudad de México"}},
      // A war's dates, a citation's year: no lifespan of a person.
      {"es", "La Guerra de Reforma (1858–1861) fue larga.", {}, {"Reforma"}},
  });
}

TEST(EncyclopedicNamesTest, AGivenNameThatIsATownBeforeASurnameIsTheGivenName) {
  Check({
      {"en", "He was the son of Thomas Lincoln and Nancy Smith. We arrived in Nancy on Monday.",
       {"Nancy Smith", "Smith"}, {"in Nancy on"}},
  });
}

TEST(EncyclopedicNamesTest, AFrenchRealmAfterAGivenNameAndDIsPartOfTheName) {
  Check({
      {"fr", "Fils de Louis XIII et d'Anne d'Autriche. Il épousa Marie-Louise d'Autriche.",
       {"Autriche"}, {}},
      // After a surname "d'" says where from.
      {"fr", "Marie Dupont d'Haïti est venue.", {"Dupont"}, {"Haïti"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
