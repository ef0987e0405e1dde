// Names of no list in the subject's place after a compound or imperfect
// past: the pronoun, "ha"/"había" and the participle, then the name ("Me
// ha golpeado Zelle", "Nos había robado Twitch"), and in English a name
// of no dictionary written in lower case opening a sentence before an act
// on someone ("kwesi took my phone"), and the items of a list after "con",
// "with" next to a name found ("con Kofi, Ama y Yaw"). Each case failed on
// 49f3abc; the places and authorities in the same place must stay.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(TestimonyLeaksRound13b, SubjectAfterACompoundPast) {
  ExpectGoneAndKept("es", {
      {"Me ha golpeado Zelle en la frontera.", {"Zelle"}, {"Me ha golpeado", "frontera"}},
      {"Nos había robado Twitch todo el dinero.", {"Twitch"}, {"Nos había robado", "dinero"}},
      {"Nos habían vendido Okonkwo y otros.", {"Okonkwo"}, {"Nos habían vendido"}},
      {"Nos ha detenido Migración en Tapachula.", {}, {"Migración", "Tapachula"}},
      {"Nos ha llevado Tapachula lejos.", {}, {"Tapachula"}},
  });
  ExpectGoneAndKept("fr", {
      {"Nous frappait Gucci tous les jours.", {"Gucci"}, {"tous les jours"}},
      {"Nous a vendus Twitch aux passeurs.", {"Twitch"}, {"passeurs"}},
  });
}

TEST(TestimonyLeaksRound13b, LowerCaseNameOpeningASentence) {
  ExpectGoneAndKept("en", {
      {"We were robbed. kwesi took my phone.", {"kwesi"}, {"took my phone", "robbed"}},
      {"We slept outside, then kwesi hit me.", {"kwesi"}, {"then", "hit me"}},
      {"We slept outside. then they hit me.", {}, {"they hit me"}},
      {"It was late. someone took my phone.", {}, {"someone took"}},
      {"It was late. police took my phone.", {}, {"police took"}},
  });
}

TEST(TestimonyLeaksRound13b, ListAfterWithAndAPerson) {
  ExpectGoneAndKept("es", {
      {"Crucé el río con Kofi, Ama y Yaw.", {"Kofi", "Ama", "Yaw"}, {"Crucé el río con"}},
      {"Nos ayudó con Santiago y Guerrero.", {"Santiago", "Guerrero"}, {"Nos ayudó con"}},
      {"Vivimos en la frontera con Guatemala y Belice.", {}, {"Guatemala", "Belice"}},
      {"Me fui con Kofi y Dios.", {"Kofi"}, {"Dios"}},
  });
  ExpectGoneAndKept("en", {
      {"I crossed with Kofi, Ama and Yaw.", {"Kofi", "Ama", "Yaw"}, {"I crossed with"}},
  });
}

TEST(TestimonyLeaksRound13b, WordOpeningASentenceBeforeAnAct) {
  ExpectGoneAndKept("es", {
      {"Llegamos de noche. Zelle nos llevó a Tapachula.", {"Zelle"}, {"nos llevó", "Tapachula"}},
      {"Llegamos de noche. Entonces nos llevaron a Tapachula.", {}, {"Entonces"}},
      {"Llegamos de noche. Luego nos robaron todo.", {}, {"Luego"}},
      {"Llegamos de noche. Después nos golpearon.", {}, {"Después"}},
      {"Llegamos de noche. Ahí nos robaron.", {}, {"Ahí"}},
      {"Llegamos de noche. Todos nos ayudaron.", {}, {"Todos"}},
      {"Llegamos de noche. Migración nos detuvo.", {}, {"Migración"}},
      {"Llegamos de noche. Claro nos cobró mucho.", {}, {"Claro"}},
      {"Llegamos de noche. Tapachula nos recibió.", {}, {"Tapachula"}},
  });
  ExpectGoneAndKept("en", {
      {"We walked for days. Twitch beat us at the border.", {"Twitch"}, {"beat us", "border"}},
      {"We walked for days. Soldiers beat us.", {}, {"Soldiers"}},
      {"We walked for days. They beat us.", {}, {"They"}},
      {"We walked for days. Then they beat us.", {}, {"Then"}},
      {"We walked for days. Everyone helped us.", {}, {"Everyone"}},
      {"We walked for days. Nobody helped us.", {}, {"Nobody"}},
  });
}

TEST(TestimonyLeaksRound13b, SubjectAfterAPluperfectAndACapitalizedThen) {
  ExpectGoneAndKept("fr", {
      {"Nous avait frappés Gucci.", {"Gucci"}, {"Nous avait frappés"}},
      {"Nous avaient vendus Twitch aux passeurs.", {"Twitch"}, {"passeurs"}},
  });
  ExpectGoneAndKept("en", {
      {"Then kwesi hit me.", {"kwesi"}, {"Then", "hit me"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
