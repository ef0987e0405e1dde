// The French news round keeps towns in the text (a place compound joined by
// hyphens, "à X" after a word of trade, "de X à Y"): in a testimony those
// rules must not keep a person's name. And the street and place scanners
// stay linear on a long line of hyphenated words.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

std::string Redact(const std::string& text, const char* language) { return RedactedText(text, language); }

struct Case {
  const char* text;
  const char* language;
  std::vector<const char*> gone;
};

void ExpectGone(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const std::string out = Redact(c.text, c.language);
    for (const char* word : c.gone) {
      EXPECT_EQ(out.find(word), std::string::npos) << word << " kept in: " << out;
    }
  }
}

TEST(FrenchNewsRulesLeaksTest, AGivenNameJoinedByAParticleIsAPerson) {
  ExpectGone({
      {"Jean-de-Dieu m'a dit de partir avant la nuit.", "fr", {"Jean", "Dieu"}},
      {"Ma voisine Marie-des-Neiges nous attendait à Tijuana.", "fr", {"Marie"}},
  });
}

TEST(FrenchNewsRulesLeaksTest, ASaintSurnameOfALongerNameStaysRedactedAlone) {
  ExpectGone({
      {"J'ai vu Wilner Saint-Fleur à Tapachula. Saint-Fleur avait peur.", "fr", {"Fleur"}},
      {"Conocí a Wilner Saint-Fleur en Tapachula. Saint-Fleur me ayudó.", "es", {"Fleur"}},
  });
}

TEST(FrenchNewsRulesLeaksTest, DeAPersonAThenATownKeepsNoPerson) {
  ExpectGone({
      {"la famille de Jacques Morel à Saint-Malo nous a reçus.", "fr", {"Jacques", "Morel"}},
      {"Le fils de Pierre Durand à Rennes a disparu.", "fr", {"Pierre", "Durand"}},
      {"un message de Pierre à Rennes", "fr", {"Pierre"}},
  });
}

TEST(FrenchNewsRulesLeaksTest, AGivenNameAfterAWordOfTradeIsAPerson) {
  ExpectGone({
      {"C'est le médecin à Pierre qui m'a soigné.", "fr", {"Pierre"}},
  });
}

TEST(FrenchNewsRulesLeaksTest, APersonAfterAnAddressIsNoTown) {
  ExpectGone({
      {"El dueño vivía en la calle Hidalgo 23, Juan López.", "es", {"Juan", "López"}},
      {"Nos rentaba un cuarto en la calle morelos 5, Juan López, el dueño.", "es", {"Juan", "López"}},
      {"Me dejaron en la calle Hidalgo 23, Pedro.", "es", {"Pedro"}},
      {"Vivía en la calle morelos 5, Pedro, el dueño, me corrió.", "es", {"Pedro"}},
  });
}

TEST(FrenchNewsRulesLeaksTest, ANameAfterASpanishBoatIsAPerson) {
  // Crossings by boat are common in testimonies: "la lancha Pedro" is no
  // ship's name.
  ExpectGone({
      {"Subimos a la lancha Pedro y yo.", "es", {"Pedro"}},
      {"En el barco Pedro nos pegó.", "es", {"Pedro"}},
      {"El capitán del barco Juan Pérez nos cobró.", "es", {"Juan", "Pérez"}},
  });
}

TEST(FrenchNewsRulesLeaksTest, AComposedGivenNameInCapitalsIsNoHeadline) {
  ExpectGone({
      {"NOMBRE: MARÍA DE LA PAZ", "es", {"MARÍA", "PAZ"}},
      {"Declara MARÍA DE LOS ÁNGELES que la golpearon.", "es", {"MARÍA", "ÁNGELES"}},
      {"Mi hermana MARÍA DE LA LUZ se quedó en Tapachula.", "es", {"MARÍA", "LUZ"}},
  });
}

TEST(FrenchNewsRulesLeaksTest, AnOwnerAfterATownNounIsAPerson) {
  ExpectGone({
      {"Je travaillais à l'usine de Marcel, il ne me payait pas.", "fr", {"Marcel"}},
      {"Il travaillait au port de Durand.", "fr", {"Durand"}},
  });
}

TEST(FrenchNewsRulesLeaksTest, LongHyphenatedLinesFinish) {
  // Every "-st-" is an English street type and every "Roz-sur-" a place
  // compound's part: each must not read the whole line again.
  std::string streets = "on x";
  for (int i = 0; i < 100000; ++i) streets += "-st";
  std::string compounds;
  for (int i = 0; i < 40000; ++i) compounds += "Roz-sur-";
  compounds += "Couesnon.";
  EXPECT_FALSE(Redact(streets, "en").empty());
  EXPECT_FALSE(Redact(compounds, "fr").empty());
}

}  // namespace
}  // namespace amparo::redaction
