// News names towns where no preposition of place stands before them: "vecino
// de X", "el torneo de X", "X, 27, of Y", "entre X et Y" with a known town,
// French "à l'X". Each test holds a town that was redacted as a person before
// these rules; the people next to the same words stay redacted.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

struct Case {
  const char* text;
  const char* language;
  std::vector<const char*> kept;
  std::vector<const char*> gone;
};

void Expect(const std::vector<Case>& cases) {
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

TEST(PlaceVetoNewsTest, ATownAfterANounOfItsPeopleOrEventsIsKept) {
  Expect({
      {"Pedro Sánchez Ruiz, vecino de Torrelavega, de 56 años, fue hallado muerto.", "es",
       {"Torrelavega"}, {"Pedro", "Sánchez"}},
      {"Actuará el sábado en la plaza de toros de Chipiona, su pueblo natal.", "es", {"Chipiona"}, {}},
      {"Moyá llegó a las semifinales del torneo de Montecarlo tras derrotar a Ríos.", "es",
       {"Montecarlo"}, {}},
      // A neighbour of a person: the person stays redacted.
      {"El vecino de Pérez nos ayudó a cruzar.", "es", {}, {"Pérez"}},
  });
}

TEST(PlaceVetoNewsTest, ATownAfterAPersonsAgeAndOfIsKept) {
  Expect({
      {"Police said David Ellis, 27, of Salford, was arrested after the robbery.", "en", {"Salford"},
       {"David", "Ellis"}},
  });
}

TEST(PlaceVetoNewsTest, ATownBetweenEntreAndAKnownTownIsKept) {
  Expect({
      {"Un incendie a ravagé 800 hectares entre Aubagne et La Ciotat, selon les pompiers.", "fr",
       {"Aubagne", "La Ciotat"}, {}},
      {"Le feu a brûlé entre La Ciotat et Aubagne toute la nuit.", "fr", {"Aubagne"}, {}},
      // Between two people: both stay redacted.
      {"Je suis resté entre Pierre et Marie toute la nuit.", "fr", {}, {"Pierre", "Marie"}},
  });
}

TEST(PlaceVetoNewsTest, AWordAfterTheFrenchElidedArticleIsNoPerson) {
  Expect({
      {"Le président recevra jeudi à l'Elysée le chancelier allemand.", "fr", {"Elysée"}, {}},
      {"Le texte sera examiné à l’Assemblée en octobre.", "fr", {"Assemblée"}, {}},
      // The name after a title that follows the article stays a person's.
      {"Nous avons vu l'abbé Kerguelen à la gare.", "fr", {}, {"Kerguelen"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
