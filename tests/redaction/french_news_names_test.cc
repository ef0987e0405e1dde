// Forms of naming people in French news and civil records that the name
// detector leaves in part: a given name before a Breton "Le X" surname that
// is also a word, the items of a list after a plural title ("MM.", "Mes"),
// and a compound initial ("J.-B. Dupont").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

struct Case {
  const char* text;
  std::vector<const char*> gone;
  std::vector<const char*> kept;
};

void Expect(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const std::string out = RedactedText(c.text, "fr");
    for (const char* word : c.gone) {
      EXPECT_EQ(out.find(word), std::string::npos) << word << " kept in: " << out;
    }
    for (const char* word : c.kept) {
      EXPECT_NE(out.find(word), std::string::npos) << word << " lost in: " << out;
    }
  }
}

TEST(FrenchNewsNamesTest, AGivenNameBeforeLeAndASurnameThatIsAWord) {
  Expect({
      {"Anne Le Ruyet, à Cocanquis Yvonne Le Sergent, 21 ans, à Talverne.", {"Sergent"}, {"Talverne"}},
      {"Mariages : Marie Le Parque, à Doulon ; Alexandre Marbœuf, maçon.", {"Parque"}, {"Doulon"}},
      {"épouse Calet Marie Le Penden, 49 ans, rue des Capucins.", {"Marie", "Penden"}, {}},
      // A town named with its article stays.
      {"Il est parti de Nantes pour Le Havre hier soir.", {}, {"Le Havre"}},
  });
}

TEST(FrenchNewsNamesTest, TheItemsOfAListAfterAPluralTitle) {
  Expect({
      {"Sont élus MM. DURAND, MARTIN et PETIT au conseil.", {"DURAND", "MARTIN", "PETIT"}, {"conseil"}},
      {"Après plaidoiries de Mes Démange, Landowski et Maizé, le tribunal a jugé.",
       {"Démange", "Landowski", "Maizé"},
       {"tribunal"}},
      {"Ont signé MM. F. Trochu, Rédier, P. Manière, R. Baudouin et R. Jobbé-Duval.",
       {"Trochu", "Rédier", "Manière", "Baudouin", "Jobbé"},
       {}},
      // Where each comes from stays: a town after its particle.
      {"Sont arrivés MM. Kerbrat, de Lannion, et Le Goff, de Morlaix.", {"Kerbrat", "Goff"}, {"Lannion", "Morlaix"}},
  });
}

TEST(FrenchNewsNamesTest, ACompoundInitialGoesWithItsName) {
  Expect({
      {"Le discours de J.-B. Dupont fut applaudi.", {"J.-", "Dupont"}, {"discours"}},
  });
}

TEST(FrenchNewsNamesTest, TheArticleOfASurnameAfterAWordInLowerCase) {
  Expect({
      {"La dame Le Roux, épouse Kerbrat, a porté plainte.", {"Le [PERSON", "Roux"}, {"dame"}},
      {"On a entendu le sieur La Mézière et le témoin Le Pennec.", {"La [PERSON", "Le [PERSON"}, {"sieur"}},
      // Opening a sentence, "Le" is the article.
      {"Hier matin. Le Gall est parti pour Brest.", {"Gall"}, {"Brest"}},
  });
}

TEST(FrenchNewsNamesTest, ASurnameBeforeItsGivenNamesInBrackets) {
  Expect({
      {"RENNES. Vol. Allanet (Emile-Yves), 20 ans, né à Saint-Méen, un mois.", {"Allanet", "Emile"}, {"Saint-Méen"}},
      {"Kerbrat (Jean-Marie), 35 ans, cultivateur à Plouha, un mois de prison.", {"Kerbrat"}, {"Plouha"}},
      {"Condamné : Kerbrat (Jean Marie), 35 ans, à Lannion.", {"Kerbrat"}, {"Lannion"}},
      // A department in brackets names no one.
      {"Il est né à Lannion (Côtes-du-Nord) en 1880.", {}, {"Lannion"}},
  });
}

TEST(FrenchNewsNamesTest, AnInitialBeforeASurnameInCapitals) {
  Expect({
      {"M. J. DUPONT et A. MARTIN sont venus hier.", {"DUPONT", "MARTIN"}, {"venus"}},
      {"Chapitre II. PARIS SOUS LA NEIGE", {}, {"PARIS"}},
  });
}

TEST(FrenchNewsNamesTest, AListItemWithItsTownInBrackets) {
  Expect({
      {"Sont reçus MM. F. Trochu (Chantepie), Rédier, P. Manière, R. Baudouin.", {"Trochu", "Rédier", "Manière"}, {}},
  });
}

TEST(FrenchNewsNamesTest, MonsieurDamagedIntoNIBeforeATown) {
  Expect({
      {"Le comité briochin a parlé. NI. Limon, député de la circonscription, a répondu.", {"Limon"}, {"député"}},
      {"entre les mains de NI . Rivoire, commissaire de police.", {"Rivoire"}, {"commissaire"}},
  });
}

TEST(FrenchNewsNamesTest, ARankBeforeANameWithItsParticle) {
  Expect({
      {"Après la revue, le général de Saint-Germain a fait ouvrir le ban.", {"Germain"}, {"revue"}},
      {"Le maire de Saint-Germain a ouvert la séance.", {}, {"Saint-Germain"}},
  });
}

TEST(FrenchNewsNamesTest, AGivenNameAndItsNumeral) {
  Expect({
      {"On parle du transport du corps de Léon XIII de Saint-Pierre.", {"Léon", "XIII"}, {"Saint-Pierre"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
