// Street forms of this round, through the whole redactor: Mexico City's
// roads named without a street keyword of their own ("Eje Central 120",
// "Periférico Sur 4500", "Viaducto Tlalpan 100"), with the ordinary
// words that look like them left alone. The addresses are made up.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class AddressRound7Test : public AddressFixture {};

TEST_F(AddressRound7Test, MexicoCityRoadTypes) {
  ExpectStreet("es", "Trabajaba en el Eje Central 120, en la Ciudad de México.", "Eje Central 120",
               {"Ciudad de México"});
  ExpectStreet("es", "Me dejaron en Periférico Sur 4500.", "Periférico Sur 4500");
  ExpectStreet("es", "Vendíamos dulces en Eje 5 Sur 230, Iztapalapa.", "Eje 5 Sur 230", {"Iztapalapa"});
  ExpectStreet("es", "Vivíamos en Viaducto Tlalpan 100.", "Viaducto Tlalpan 100");
}

TEST_F(AddressRound7Test, StreetsNamedAfterADate) {
  ExpectStreet("es", "Vivía en 5 de Mayo 23, Tapachula.", "5 de Mayo 23", {"Tapachula"});
  ExpectStreet("es", "Rentábamos un cuarto en 16 de Septiembre número 4.", "16 de Septiembre número 4");
  // Dates stay dates: generalized to the month, never an address.
  ExpectNoAddress("es", "Salí el 5 de Mayo 2019 de Honduras.");
  ExpectNoAddress("es", "Salí el 5 de mayo de 2019.");
  ExpectNoAddress("es", "Llegamos el 12 de Octubre a Tapachula.");
}

TEST_F(AddressRound7Test, AQuotedUnitLetter) {
  ExpectStreet("es", "Vivía en Calle Hidalgo 23, 2o piso, depto \"C\", con mi tía.",
               "Calle Hidalgo 23, 2o piso, depto \"C\"", {"con mi tía"});
}

TEST_F(AddressRound7Test, OrdinaryWordsStay) {
  ExpectNoAddress("es", "El eje del problema era la deuda.");
  ExpectNoAddress("es", "Tenía un edema periférico 2 días después.");
  ExpectNoAddress("es", "Se colocó un acceso venoso periférico 20 G.");
}

}  // namespace
}  // namespace amparo::redaction
