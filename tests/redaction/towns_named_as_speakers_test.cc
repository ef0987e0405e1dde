// Given names that are also towns of the route ("Guadalupe", "Victoria",
// "Florence") at the head of a sentence, before a verb of speaking or a
// word that says how a person was: a town neither speaks nor is kind, so
// the name is a person of the testimony and is redacted. After a
// preposition of place, or before words a town takes ("fue bombardeada"),
// the same word stays the place.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(TownsNamedAsSpeakersTest, TownThatSpeaks) {
  ExpectGoneAndKept("en", {{"Florence said we could stay.", {"Florence"}, {"said", "stay"}},
                           {"Then Florence told us to wait outside.", {"Florence"}, {"told"}}});
  ExpectGoneAndKept("es", {{"Guadalupe dijo que sí.", {"Guadalupe"}, {"dijo"}},
                           {"Victoria contestó que no había lugar.", {"Victoria"}, {"contestó"}}});
  ExpectGoneAndKept("fr", {{"Florence dit que nous pouvions rester.", {"Florence"}, {"rester"}}});
  ExpectGoneAndKept("ht", {{"Florence di nou rete la.", {"Florence"}, {"rete"}}});
}

TEST(TownsNamedAsSpeakersTest, TownThatIsKind) {
  ExpectGoneAndKept("en", {{"Victoria was kind to us.", {"Victoria"}, {"kind"}},
                           {"Florence was very scared that night.", {"Florence"}, {"scared"}}});
  ExpectGoneAndKept("es", {{"Victoria fue muy buena con nosotros.", {"Victoria"}, {"buena"}},
                           {"Guadalupe estaba embarazada.", {"Guadalupe"}, {"embarazada"}}});
  ExpectGoneAndKept("fr", {{"Florence était très gentille avec nous.", {"Florence"}, {"gentille"}}});
}

TEST(TownsNamedAsSpeakersTest, TownStaysAPlace) {
  ExpectGoneAndKept("es", {{"Llegamos a Victoria en la noche.", {}, {"Victoria"}},
                           {"Victoria fue peligrosa para nosotros.", {}, {"Victoria"}},
                           {"En Guadalupe dijeron que no había lugar.", {}, {"Guadalupe"}}});
  ExpectGoneAndKept("en", {{"We stayed in Florence for a week.", {}, {"Florence"}},
                           {"Florence was bombed in the war.", {}, {"Florence"}}});
}

}  // namespace
}  // namespace amparo::redaction
