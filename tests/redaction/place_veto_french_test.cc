// French news names small towns that no gazetteer lists: the place veto
// keeps them where the French text says a town (a place compound joined by
// hyphens, "à X" after a word of residence or trade), and keeps the person
// where a cue says a person.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "redaction/place_veto.h"
#include "tests/redaction/place_veto_support.h"

namespace amparo::redaction {
namespace {

TEST(PlaceVetoFrenchTest, PlaceCompoundsJoinedByHyphensAreTowns) {
  const std::string text =
      "Un pêcheur de Kervignac-sur-Blavet a trouvé une barque. La foire de Mont-Querrien aura "
      "lieu mardi. On signale un incendie à Saint-Gwenolé-des-Landes et à Château-Morvel.";
  EXPECT_TRUE(Kept(text, {Guess(text, "Kervignac"), Guess(text, "Blavet"), Guess(text, "Querrien"),
                          Guess(text, "Gwenolé"), Guess(text, "Landes"), Guess(text, "Morvel")})
                  .empty());
  // A particle needs capitalized words on both sides: "Kerbrat-sur" alone
  // says nothing.
  const std::string broken = "Le sieur Kerbrat-sur le quai.";
  EXPECT_EQ(Kept(broken, {Guess(broken, "Kerbrat")}), std::vector<std::string>{"Kerbrat"});
}

TEST(PlaceVetoFrenchTest, CompoundGivenNamesAndSurnamesStayPersons) {
  const std::string text =
      "Jean-Yves et Marie-Louise Le Gouic sont venus. M. Leroy-Beaulieu a parlé.";
  EXPECT_EQ(Kept(text, {Guess(text, "Jean-Yves"), Guess(text, "Marie-Louise"),
                        Guess(text, "Leroy-Beaulieu")}),
            (std::vector<std::string>{"Jean-Yves", "Marie-Louise", "Leroy-Beaulieu"}));
}

TEST(PlaceVetoFrenchTest, APersonCueBeforeTheCompoundWins) {
  const std::string text = "Le concert de M. Saint-Aubin fut applaudi; Mme Pont-Kerlo chanta.";
  EXPECT_EQ(Kept(text, {Guess(text, "Aubin"), Guess(text, "Kerlo")}),
            (std::vector<std::string>{"Aubin", "Kerlo"}));
}

TEST(PlaceVetoFrenchTest, AStreetNamedLikeATownStaysRedacted) {
  // A street's name belongs to the address: a name there is not freed.
  const std::string text = "Il demeurait rue de la Ville-Kerhoas, et place Saint-Mériadec.";
  EXPECT_EQ(Kept(text, {Guess(text, "Kerhoas"), Guess(text, "Mériadec")}),
            (std::vector<std::string>{"Kerhoas", "Mériadec"}));
}

TEST(PlaceVetoFrenchTest, ATownAfterAWordOfResidenceOrTrade) {
  const std::string text =
      "M. Le Bihan, notaire à Plouzévet, et Jeanne Riou, cultivatrice, à Kerlouan, ont signé. "
      "Le blessé fut transporté à Trémorvan.";
  EXPECT_TRUE(Kept(text, {Guess(text, "Plouzévet"), Guess(text, "Kerlouan"), Guess(text, "Trémorvan")})
                  .empty());
  // "à X" after a verb that takes a person is a person.
  const std::string person = "Il a écrit à Kerlouan et parlé à M. Trémorvan.";
  EXPECT_EQ(Kept(person, {Guess(person, "Kerlouan"), Guess(person, "Trémorvan")}),
            (std::vector<std::string>{"Kerlouan", "Trémorvan"}));
}

TEST(PlaceVetoFrenchTest, ATownAfterANounOfWhatATownHas) {
  const std::string text =
      "Les ouvriers de l'usine de Kerhervé ont repris. L'évêque de Plouzané est arrivé. "
      "Le tribunal de Lanvollon a jugé l'affaire.";
  EXPECT_TRUE(Kept(text, {Guess(text, "Kerhervé"), Guess(text, "Plouzané"), Guess(text, "Lanvollon")})
                  .empty());
  // A title after "de" still says a person.
  const std::string person = "Le château de M. Kerhervé fut vendu.";
  EXPECT_EQ(Kept(person, {Guess(person, "Kerhervé")}), std::vector<std::string>{"Kerhervé"});
}

// The echoes of a town dropped once: dropped too, unless a longer name found
// in the text holds the word (its words split at spaces and line breaks,
// folded: "Yves TRÉMORVAN" holds "Trémorvan").
TEST(PlaceVetoFrenchTest, EchoesOfATownAreDroppedUnlessALongerNameHoldsTheWord) {
  auto dropped = [](std::string_view text, const std::vector<Finding>& findings, std::vector<char> drop) {
    DropOtherMentionsOfTowns(text, findings, &drop);
    std::vector<std::string> out;
    for (size_t i = 0; i < findings.size(); ++i) {
      if (drop[i]) out.emplace_back(text.substr(findings[i].begin, findings[i].end - findings[i].begin));
    }
    return out;
  };
  const std::string town = "Les blessés sont à Kerlouan. Ils sont partis pour Kerlouan.";
  EXPECT_EQ(dropped(town, {Guess(town, "Kerlouan"), Guess(town, "Kerlouan", 20)}, {1, 0}),
            (std::vector<std::string>{"Kerlouan", "Kerlouan"}));
  const std::string person =
      "Les blessés sont à Trémorvan. Le maire, M. Yves\nTRÉMORVAN, est parti pour Trémorvan.";
  Finding longer = Guess(person, "Yves\nTRÉMORVAN");
  longer.detector = "surnames";
  EXPECT_EQ(dropped(person, {Guess(person, "Trémorvan"), longer, Guess(person, "Trémorvan", 40)}, {1, 0, 0}),
            (std::vector<std::string>{"Trémorvan"}));
  // A longer name that holds another word frees nothing.
  const std::string other =
      "Les blessés sont à Trémorvan. Le maire, M. Yves Kerhuel, est parti pour Trémorvan.";
  EXPECT_EQ(dropped(other, {Guess(other, "Trémorvan"), Guess(other, "Yves Kerhuel"), Guess(other, "Trémorvan", 40)},
                    {1, 0, 0}),
            (std::vector<std::string>{"Trémorvan", "Trémorvan"}));
}

}  // namespace
}  // namespace amparo::redaction
