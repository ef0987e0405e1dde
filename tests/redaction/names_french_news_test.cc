// French news: a headline in capitals that stops at a particle ("MARINE DE
// COMMERCE") is no person, nor a ship ("le voilier Marie-Thérèse"); names in
// capitals with a particle stay.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "redaction/name_detector.h"
#include "tests/redaction/name_detector_fixture.h"

namespace amparo::redaction {
namespace {

using Strings = std::vector<std::string>;

class NamesFrenchNewsTest : public NameDetectorFixture {};

TEST_F(NamesFrenchNewsTest, AHeadlineInCapitalsWithAParticleIsNoName) {
  EXPECT_TRUE(Names("Dépêches maritimes. MARINE DE COMMERCE SITUATION INJUSTE Le capitaine du "
                    "navire est arrivé hier.",
                    "fr")
                  .empty());
  EXPECT_TRUE(Names("Le conseil a voté. AVIS DE CONVOI Vous êtes priés d'assister aux obsèques.", "fr")
                  .empty());
}

TEST_F(NamesFrenchNewsTest, NamesInCapitalsWithAParticleStay) {
  EXPECT_EQ(Names("La séance fut longue. M. PIERRE DE COUBERTIN a parlé du sport.", "fr"),
            Strings{"PIERRE DE COUBERTIN"});
  // The surname after the particle is in no list: the given name stays
  // redacted, with its particle.
  const Strings found = Names("Hier soir. JEANNE DE KERGUELEN est arrivée à la gare.", "fr");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].rfind("JEANNE", 0), 0u);
  EXPECT_EQ(Names("On annonce la mort de Mme Louise de Kerveguen, veuve du notaire.", "fr"),
            Strings{"Louise de Kerveguen"});
  EXPECT_EQ(Names("Le docteur Yves Le Gall et M. Le Bourdellès ont parlé.", "fr"),
            (Strings{"Yves Le Gall", "Le Bourdellès"}));
}

TEST_F(NamesFrenchNewsTest, AShipsNameIsNoPerson) {
  EXPECT_TRUE(Names("Londres, 24 juillet. Le voilier Marie-Thérèse a été rencontré au large.", "fr")
                  .empty());
  EXPECT_TRUE(Names("On a vendu hier la goélette « Joséphine » au port.", "fr").empty());
  // Across a comma the name is the crew's.
  EXPECT_EQ(Names("Le capitaine du navire, Yves Kerhervé, a déclaré la perte.", "fr"),
            Strings{"Yves Kerhervé"});
  EXPECT_EQ(Names("Le capitaine du navire, M. Kerhervé, a déclaré la perte.", "fr"),
            Strings{"Kerhervé"});
}

// A lower-case place noun right before a name does not make the name the
// place's: testimonies drop commas ("en el albergue Pedro nos ayudó").
TEST_F(NamesFrenchNewsTest, ALowerCasePlaceNounDoesNotFreeTheNameAfterIt) {
  EXPECT_EQ(Names("Llegamos de noche y en el albergue Pedro nos ayudó con la comida.", "es"),
            Strings{"Pedro"});
  EXPECT_EQ(Names("Después en la escuela María Hernández me dijo que no volviera.", "es"),
            Strings{"María Hernández"});
  EXPECT_EQ(Names("Hier soir dans la salle Marie Kervella attendait son frère.", "fr"),
            Strings{"Marie Kervella"});
}

}  // namespace
}  // namespace amparo::redaction
