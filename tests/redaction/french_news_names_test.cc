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


}  // namespace
}  // namespace amparo::redaction
