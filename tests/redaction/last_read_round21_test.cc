// A last read of round 21's rules that keep words in clear: a person's name
// in the same position as the rule's place, award or town must still go.
// Each case of a person failed before its fix; the rule's own cases stay.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// "le prix" is also the price and "el premio" the reward: a surname after
// them, then a verb, is who asked or was paid. The award's eponym stays
// only where its name closes (a mark, "de", "en", a year).
TEST(LastReadRound21, PriceOrRewardBeforeAPersonIsNoAward) {
  ExpectGoneAndKept("fr", {
      {"J'ai payé le prix Moreau demandait.", {"Moreau"}, {"J'ai payé le prix"}},
      {"Le prix Moreau était trop cher.", {"Moreau"}, {"était trop cher"}},
      {"Il a fixé le prix Moreau et moi nous avons payé.", {"Moreau"}, {"nous avons payé"}},
      // The award's own shapes stay.
      {"Son roman a reçu le prix Goncourt en 1987.", {}, {"prix Goncourt"}},
      {"Elle a reçu le prix Nobel de la paix.", {}, {"prix Nobel"}},
      {"Son roman a reçu le prix Goncourt.", {}, {"prix Goncourt"}},
  });
  ExpectGoneAndKept("es", {
      {"El premio Moreau no lo pagó nadie.", {"Moreau"}, {"no lo pagó nadie"}},
      {"Le di el premio Martínez y se fue.", {"Martínez"}, {"y se fue"}},
      {"Ganó el premio Nobel de Literatura en 1913.", {}, {"premio Nobel"}},
      {"Fallece el escritor, premio Nobel, en su casa.", {}, {"premio Nobel"}},
  });
}

// "downtown" is an adverb too: after a name it says where the person is
// ("Jordan downtown at 5", a chat's "Tyler downtown now?"), as "area" and
// "airport" do; the town before a civic noun stays ("Madison police").
TEST(LastReadRound21, DowntownAfterANameSaysWhereThePersonIs) {
  ExpectGoneAndKept("en", {
      {"Jordan downtown at 5", {"Jordan"}, {"downtown at 5"}},
      {"Tyler downtown now?", {"Tyler"}, {"downtown now?"}},
      {"Madison police arrested two men.", {}, {"Madison"}},
      {"Orlando traffic is the worst.", {}, {"Orlando"}},
  });
}

// One spaced dash between a town and a surname that is a town too signs
// or names a contact ("Greetings from Houston - Salinas"); a route of
// towns has two dashes or more and stays.
TEST(LastReadRound21, OneDashAfterATownIsNoRoute) {
  ExpectGoneAndKept("en", {
      {"Greetings from Houston - Salinas", {"Salinas"}, {"Greetings from Houston"}},
      {"Contact in Dallas - Mendoza", {"Mendoza"}, {"Contact in Dallas"}},
      {"He had flown Dhaka - Dubai - Sao Paulo before walking north.", {}, {"Dhaka", "Dubai"}},
      {"Route: Sylhet \xE2\x80\x93 Dhaka \xE2\x80\x93 Dubai.", {}, {"Dhaka"}},
  });
  ExpectGoneAndKept("es", {
      {"Contacto en Tijuana - Mendoza", {"Mendoza"}, {"Contacto en Tijuana"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
