// A name redacted once is redacted wherever the text writes it again, over
// the keep-rules (consistent_person_names.h); ordinary words, places in a
// place's context and organisations' names that share its words stay.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(ConsistentPersonNames, EveryMentionOfANameRedactedOnceGoes) {
  ExpectGoneAndKept("es", {
      {"Morelos se llevó las mochilas en la noche y al otro día Morelos nos ayudó a cruzar el río.",
       {"Morelos"}, {"cruzar el río"}},
      {"El que nos cobraba era Fermín Olvera; ese mismo señor Olvera tenía la bodega.", {"Olvera"},
       {"la bodega"}},
      // After a sentence's first word that is an everyday word.
      {"Morelos se llevó las mochilas. Ayer Morelos nos ayudó.", {"Morelos"}, {"Ayer", "nos ayudó"}},
  });
  ExpectGoneAndKept("en", {
      {"The smuggler was Daniel Park. We stayed at Daniel Park for a week.", {"Daniel"}, {"for a week"}},
  });
}

TEST(ConsistentPersonNames, PlacesOrdinaryWordsAndOrganisationsStay) {
  ExpectGoneAndKept("es", {
      {"Juárez le pegó a mi hijo. Vivimos un año en Juárez y nos fuimos.", {}, {"en Juárez"}},
      {"Juárez le pegó a mi hijo. Ciudad Juárez es peligrosa.", {}, {"Ciudad Juárez"}},
      {"Me llamo Luz Gómez. Esa noche se fue la luz y no vimos nada.", {"Gómez"}, {"la luz"}},
      {"José Cruz me llevó a la Cruz Roja de Tapachula.", {"José"}, {"Cruz Roja", "Tapachula"}},
      {"Martín Pérez nos ayudó. Comimos en el comedor San Martín de Porres.", {"Pérez"},
       {"San Martín de Porres"}},
      {"Marina Pérez me dijo que corriera. Nos detuvo la Marina en Huehuetán.", {"Pérez"},
       {"la Marina", "Huehuetán"}},
      {"Paz me dijo que nos fuéramos. Llegamos a La Paz en la noche.", {}, {"La Paz"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
