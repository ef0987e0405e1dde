// A business named after its owner ("Panadería Juan López", "Pedro Ramírez
// Transportes"): in a testimony the owner is often the one who exploited or
// threatened the speaker, so the owner's name goes, trade word or not.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(BusinessOwnerNames, OwnerNameAfterOrBeforeATradeWordGoes) {
  ExpectGoneAndKept("es", {
      {"Trabajé en la Panadería Juan López y él me amenazó.", {"Juan", "López"}, {"me amenazó"}},
      {"Trabajaba de cargador en Materiales Luis Gómez, que me pegaba.", {"Luis", "Gómez"}, {"cargador"}},
      {"Me quedé con Pedro Ramírez Transportes desde enero.", {"Pedro", "Ramírez"}, {"desde enero"}},
      {"Trabajaba con Juan Pérez Abogados en Tijuana.", {"Juan", "Pérez"}, {"Tijuana"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
