// Streets of Mexico and Central America written without "calle": named
// after states, towns and heroes ("Hidalgo 25", "Morelos 120", "Benito
// Juárez 45", "Niños Héroes 8"), after "en" or "on" and before a house
// number that ends the clause or leads to the corner, the streets around
// or the neighbourhood. A place and a count of something ("en Chiapas 3
// meses", "en México 2019") stays a place.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class MexicanStreetsTest : public AddressFixture {};

TEST_F(MexicanStreetsTest, StreetAfterEnAndBeforeTheClauseEnds) {
  ExpectStreet("es", "Vivíamos en Hidalgo 25, cerca de la iglesia.", "Hidalgo 25", {"iglesia"});
  ExpectStreet("es", "El albergue está en Morelos 120.", "Morelos 120");
  ExpectStreet("es", "Vivía en Reforma 222.", "Reforma 222");
  ExpectStreet("es", "Me tenían en Zaragoza 14 int. 3, hasta que llegó la policía.", "Zaragoza 14 int. 3");
  ExpectStreet("es", "Nos dejaron en Guerrero 8-A", "Guerrero 8-A");
  ExpectStreet("es", "Vivía en Allende 40 interior 4 con mi hermana.", "Allende 40 interior 4");
  ExpectStreet("es", "Vivíamos en Niños Héroes 8 cerca del mercado.", "Niños Héroes 8");
  ExpectStreet("es", "La casa estaba en Benito Juárez 45.", "Benito Juárez 45");
  ExpectStreet("es", "Los tenían en Insurgentes 500 col. Roma.", "Insurgentes 500");
  ExpectStreet("es", "Vivimos en Matamoros 19 colonia Centro.", "Matamoros 19");
  ExpectStreet("es", "En Hidalgo 25, nos quedamos dos años.", "Hidalgo 25");
  ExpectStreet("es", "Nos tenían en la Morelos 120.", "Morelos 120");
  ExpectStreet("es", "El hotel estaba en Madero 18 depto 2, cerca del Zócalo.", "Madero 18 depto 2", {"Zócalo"});
  ExpectStreet("es", "Vivíamos en Allende 40-B entre 5 de Mayo y Guerrero.", "Allende 40-B entre 5 de Mayo y Guerrero");
}

TEST_F(MexicanStreetsTest, CornerAndStreetsAroundAfterTheAddress) {
  ExpectStreet("es", "Nos vimos en Juárez 300 esquina con Reforma.", "Juárez 300 esquina con Reforma");
  ExpectStreet("es", "Vivíamos en Juárez 300 entre Hidalgo y Morelos.", "Juárez 300 entre Hidalgo y Morelos");
  ExpectStreet("es", "Me tenían en Morelos 12 casi esquina con Zaragoza, en Tapachula.",
               "Morelos 12 casi esquina con Zaragoza", {"Tapachula"});
  ExpectStreet("es", "Vivíamos en Cuauhtémoc 14, entre Pino Suárez y Madero.", "Cuauhtémoc 14, entre Pino Suárez y Madero");
  ExpectStreet("en", "We stayed on Juarez 300, between Hidalgo and Morelos.", "Juarez 300, between Hidalgo and Morelos");
}

// Two streets that cross, the first named after "en" without a number:
// the second is a street by its place, not a person.
TEST_F(MexicanStreetsTest, CornerWithoutANumber) {
  ExpectStreet("es", "Nos vimos en Juárez esquina con Reforma.", "Juárez esquina con Reforma");
  ExpectStreet("es", "Me agarraron en Insurgentes casi esquina con Viaducto, de noche.",
               "Insurgentes casi esquina con Viaducto");
  ExpectStreet("es", "La parada está sobre Benito Juárez esquina con 16 de Septiembre.",
               "Benito Juárez esquina con 16 de Septiembre");
  // Without a street before it, "esquina" is the corner of a room or a
  // block, and the person after it stays a person.
  ExpectRedacted("es", "Lo vi en la esquina con Marta.", {"Marta"});
  ExpectNoAddress("es", "Lo vi en la esquina con Marta.");
}

TEST_F(MexicanStreetsTest, OtherPrepositionsSignsAndDirections) {
  ExpectStreet("es", "Nos llevaron a Hidalgo 25, cerca de la iglesia.", "Hidalgo 25");
  ExpectStreet("es", "La tienda está sobre Reforma 222, junto al banco.", "Reforma 222");
  ExpectStreet("es", "Caminamos hasta Morelos 120.", "Morelos 120");
  ExpectStreet("es", "Vivíamos por Hidalgo 25, cerca de la iglesia.", "Hidalgo 25");
  ExpectStreet("es", "Vivíamos en Hidalgo #25, cerca de la iglesia.", "Hidalgo #25");
  ExpectStreet("es", "Vivíamos en Morelos 120 Sur, cerca del parque.", "Morelos 120 Sur");
  ExpectStreet("es", "Vivíamos en Hidalgo 25 en Tapachula.", "Hidalgo 25", {"Tapachula"});
  ExpectStreet("en", "They took us to Morelos 120 in Tapachula.", "Morelos 120", {"Tapachula"});
  ExpectNoAddress("es", "Fuimos a Chiapas 3 veces.");
  ExpectNoAddress("es", "Llegamos hasta Tapachula 2 días después.");
  ExpectNoAddress("es", "Se lo dimos a Juan 2, y a Pedro 3.");
  ExpectNoAddress("en", "Mexico lost to Honduras 2, then won.");
}

TEST_F(MexicanStreetsTest, EnglishOnAStreetAndNumber) {
  ExpectStreet("en", "The shelter was on Hidalgo 25 near the church.", "Hidalgo 25", {"church"});
  ExpectStreet("en", "We lived on Morelos 120.", "Morelos 120");
  ExpectStreet("en", "They kept us in a house on Juárez 300, near the border.", "Juárez 300");
  ExpectStreet("en", "My aunt lived on Benito Juarez 45 in Tapachula.", "Benito Juarez 45", {"Tapachula"});
  ExpectStreet("en", "They held us at Morelos 120, near the market.", "Morelos 120");
  ExpectStreet("en", "We met at Juárez 300 corner of Reforma.", "Juárez 300 corner of Reforma");
}

TEST_F(MexicanStreetsTest, PlaceAndACountStayPlaces) {
  for (const char* text : {"Estuvimos en Chiapas 3 meses.", "Nos quedamos en Tapachula 15 días.",
                           "Fui en Oaxaca 2 veces.", "Llegamos en México 2019.", "Había en Veracruz 40 personas.",
                           "Vivimos en Guatemala 3 años.", "Nací en Guatemala en 1990.", "Trabajé en Morelos 2 años.",
                           "Fue en Honduras 2, la segunda vez.", "Estuvimos en Chiapas 3, 4 meses.",
                           "Nos quedamos en Oaxaca 2.5 años.", "Me tenían en Celda 4.",
                           "El partido quedó en Morelos 2, Jalisco 1.", "Llegamos a Tapachula 3, éramos muchos.",
                           "En Chiapas 3, en Oaxaca 2 y en Veracruz 1.", "Fuimos a Monterrey 3, luego a Saltillo.",
                           "Eso pasó en Chiapas 2019, cuando cruzamos.", "Vivimos en Morelos 1995."}) {
    ExpectNoAddress("es", text);
  }
  for (const char* text : {"We drove on Route 200.", "It happened on May 5.", "We spoke on June 12, at night.",
                           "The story ran on Channel 4.", "We were on Page 3.", "I was born on Monday 5.",
                           "The band played at Jackson 5.", "We arrived at Mexico 86, the World Cup."}) {
    ExpectNoAddress("en", text);
  }
  ExpectRedacted("es", "Estuvimos en Chiapas 3 meses.", {}, {"Chiapas"});
  ExpectRedacted("es", "Llegamos en México 2019.", {}, {"México", "2019"});
}

}  // namespace
}  // namespace amparo::redaction
