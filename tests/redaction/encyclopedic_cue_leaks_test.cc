// The encyclopedic cues that keep a town (a lifespan in brackets, a
// definition after the name, a list after "los ríos") must not keep a
// person's full name a testimony puts in the same place: a given name and
// a surname no gazetteer lists stay redacted there, and towns stay.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

struct Case {
  const char* text;
  std::vector<const char*> kept;
  std::vector<const char*> gone;
};

void Check(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const std::string out = RedactedText(c.text, "es");
    for (const char* word : c.kept) {
      EXPECT_NE(out.find(word), std::string::npos) << word << " lost in: " << out;
    }
    for (const char* word : c.gone) {
      EXPECT_EQ(out.find(word), std::string::npos) << word << " kept in: " << out;
    }
  }
}

TEST(EncyclopedicCueLeaksTest, APersonInBracketsWithYearsIsNoTown) {
  Check({
      {"El señor que me golpeó (Pedro Ramírez, 1985 – 2019) ya murió.", {"señor"}, {"Pedro", "Ramírez"}},
      {"Mi hermano (Juan Carlos, 12 de marzo – no sé) desapareció.", {"hermano"}, {"Juan", "Carlos"}},
      // The town of a lifespan still stays.
      {"Emiliano Zapata Salazar (Anenecuilco, 8 de agosto de 1879 – Chinameca, 10 de abril de 1919).",
       {"Anenecuilco", "Chinameca"},
       {"Emiliano"}},
  });
}

TEST(EncyclopedicCueLeaksTest, APersonBeforeAPlaceNounIsNoPlace) {
  Check({
      {"Pedro Ramírez es el pueblo entero para mí.", {"pueblo"}, {"Pedro", "Ramírez"}},
      {"Tomás Hernández, capital de mi vida, me ayudó.", {"capital"}, {"Tomás", "Hernández"}},
      {"Tegucigalpa es la capital de Honduras.", {"Tegucigalpa", "Honduras"}, {}},
  });
}

TEST(EncyclopedicCueLeaksTest, APersonAfterAListOfRiversIsNoRiver) {
  Check({
      {"Cruzamos los ríos Usumacinta y Carmen Gómez nos ayudó.", {"Usumacinta"}, {"Carmen", "Gómez"}},
      {"Cruzamos los ríos Usumacinta y Suchiate.", {"Usumacinta", "Suchiate"}, {}},
  });
}

// A nickname that is a place's name too ("el Tigre", "Chihuahua") names a
// person after a cue of nicknames or a noun of a person; after a noun of a
// place it stays a place.
TEST(EncyclopedicCueLeaksTest, APlaceAsAPersonsNicknameIsRemoved) {
  Check({
      {"Me amenazó un hombre conocido como «el Tigre».", {"hombre"}, {"Tigre"}},
      {"Juan, alias «Chihuahua», nos vendió.", {"alias"}, {"Chihuahua", "Juan"}},
      {"El que manda es Pedro, apodado «el Sinaloa».", {"apodado"}, {"Sinaloa", "Pedro"}},
      {"Nos dejaron en un lugar conocido como «La Arrocera».", {"Arrocera"}, {}},
      {"Juan, conocido como «el Flaco», nos cobró.", {"conocido"}, {"Flaco", "Juan"}},
  });
}

// A world place's name that opens with a given name ("Francisco Morazán",
// a department of Honduras; "Santiago Atitlán", a Guatemalan town) is a
// person right after a word of kin or a role on the route; after "en" it
// stays the place.
TEST(EncyclopedicCueLeaksTest, AWorldPlacesNameAfterAKinWordIsAPerson) {
  Check({
      {"Mi tío Francisco Morazán vive en Tegucigalpa.", {"Tegucigalpa"}, {"Francisco", "Morazán"}},
      {"El coyote Santiago Atitlán nos cobró.", {"coyote"}, {"Santiago", "Atitlán"}},
      {"Mi hermano vive en Santiago Atitlán.", {"Santiago Atitlán"}, {}},
  });
}

}  // namespace
}  // namespace amparo::redaction
