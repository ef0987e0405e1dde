// Street addresses as survivors write them by hand, through the whole
// redactor: street names in lower case after a keyword ("vivía en la calle
// morelos", "il habite rue victor hugo", "on main street"), and streets with
// no keyword before a comma and a town or neighbourhood ("Reforma 222,
// Juárez, CDMX"). Ordinary phrases with the same keywords stay ("en la calle
// de enfrente", "rue principale", "in the street"), and so do the towns. The
// addresses are made up for this test.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class AddressHandWrittenTest : public AddressFixture {};

TEST_F(AddressHandWrittenTest, SpanishLowerCaseStreetNames) {
  ExpectStreet("es", "vivía en la calle morelos con mi tía", "calle morelos", {"con mi tía"});
  ExpectStreet("es", "Trabajaba en la calle hidalgo cerca del mercado.", "calle hidalgo", {"cerca del mercado"});
  ExpectStreet("es", "nos quedamos en la avenida benito juárez, en Tapachula", "avenida benito juárez",
               {"Tapachula"});
  ExpectStreet("es", "la casa está en privada zaragoza", "privada zaragoza");
  ExpectStreet("es", "me escondí en la colonia juárez unos días", "colonia juárez", {"unos días"});
  ExpectStreet("es", "pasamos por av. insurgentes sur 1602, Benito Juárez", "av. insurgentes sur 1602",
               {"Benito Juárez"});
  ExpectStreet("es", "me dejaron en el 34 de la calle zaragoza", "34 de la calle zaragoza");
}

TEST_F(AddressHandWrittenTest, SpanishOrdinaryPhrasesStay) {
  ExpectNoAddress("es", "Nos vimos en la calle de enfrente.");
  ExpectNoAddress("es", "Caminamos por la calle principal hasta la plaza.");
  ExpectNoAddress("es", "Era una calle oscura y nadie pasaba.");
  ExpectNoAddress("es", "Me quedé en la calle sola toda la noche.");
  ExpectNoAddress("es", "Era una calle de tierra, sin luz.");
  ExpectNoAddress("es", "La calle estaba vacía cuando llegamos.");
  ExpectNoAddress("es", "Dormimos en la calle y luego en la avenida.");
  ExpectNoAddress("es", "andaba en la calle chambeando y orita sigo en la calle tmb");
  ExpectNoAddress("es", "En la colonia había mucha violencia.");
}

TEST_F(AddressHandWrittenTest, FrenchLowerCaseStreetNames) {
  ExpectStreet("fr", "il habite rue victor hugo depuis deux ans", "rue victor hugo", {"depuis deux ans"});
  ExpectStreet("fr", "On l'a vu avenue foch hier soir.", "avenue foch", {"hier soir"});
  ExpectNoAddress("fr", "Elle vivait dans la rue principale du village.");
  ExpectNoAddress("fr", "Nous étions dans une rue sombre.");
  ExpectNoAddress("fr", "Ils marchaient dans la rue quand la police est arrivée.");
}

TEST_F(AddressHandWrittenTest, EnglishLowerCaseStreetNames) {
  ExpectStreet("en", "we met on main street last night lol", "main street", {"last night"});
  ExpectStreet("en", "i live at elm st near the park", "elm st", {"near the park"});
  ExpectStreet("en", "they drove down sunset boulevard", "sunset boulevard");
  ExpectStreet("en", "Snow expected on Milford Rd today", "Milford Rd");
  ExpectStreet("en", "They kept us in a house on Cedar St near the bridge.", "Cedar St", {"near the bridge"});
  ExpectNoAddress("en", "We took a bus to Downtown St. Louis and then to St Paul.");
  ExpectNoAddress("en", "he was sleeping in the street for weeks");
  ExpectNoAddress("en", "we walked on the road for days");
  ExpectNoAddress("en", "we drove on dirt road all night");
  ExpectNoAddress("en", "on my street everyone knows everyone");
  ExpectNoAddress("en", "there was a fight on the main street of the town");
}

TEST_F(AddressHandWrittenTest, StreetsBeforeATownWithoutKeyword) {
  ExpectStreet("es", "Mi casa está en Santa Clara 571, Providencia, Santiago de Chile.", "Santa Clara 571",
               {"Santiago de Chile"});
  ExpectStreet("es", "La oficina está en Reforma 222, Juárez, CDMX.", "Reforma 222", {"Juárez", "CDMX"});
  ExpectStreet("es", "Vivíamos en Insurgentes Sur 1602, Benito Juárez, Ciudad de México.",
               "Insurgentes Sur 1602", {"Benito Juárez", "Ciudad de México"});
  ExpectStreet("es", "Rentaba un cuarto en Allende 45-B, Tapachula.", "Allende 45-B", {"Tapachula"});
  ExpectStreet("es", "Escríbanos a Los Pinos de Abajo 84, 15006", "Los Pinos de Abajo 84");
  // The town after a road named by a town stays: the route.
  const RedactionResult road = Redact("Caminamos por la carretera Huixtla - Tapachula toda la noche.", "es");
  EXPECT_NE(road.text.find("Tapachula"), std::string::npos) << road.text;
}

TEST_F(AddressHandWrittenTest, NumbersBeforeATownThatAreNoStreet) {
  // A person and an age, with commas, keeps the age rule and the town.
  const RedactionResult r = Redact("Juan, 45, de Tegucigalpa, llegó ayer.", "es");
  EXPECT_NE(r.text.find("Tegucigalpa"), std::string::npos) << r.text;
  ExpectNoAddress("es", "Juan, 45, de Tegucigalpa, llegó ayer.");
  ExpectNoAddress("es", "Llegaron María López, 34, Tegucigalpa, y Juan, 45, Tapachula.");
  ExpectNoAddress("es", "Según el Artículo 27, Constitución de México.");
  ExpectNoAddress("es", "Octubre 12, Guatemala: ese día cruzamos.");
  ExpectNoAddress("es", "En Marzo 2019, Tapachula estaba llena.");
  ExpectNoAddress("es", "México 2, Honduras 1 fue el resultado.");
  ExpectNoAddress("es", "Capítulo 3, Chiapas: la frontera.");
  ExpectNoAddress("es", "Nos subieron al Km 45, Chiapas.");
  ExpectNoAddress("es", "Se confirmó con una OCT 3000, Madrid.");
  // A given name alone before a small number is a person and an age.
  ExpectNoAddress("es", "Éramos tres: Pedro 45, Tijuana; Rosa 38, Tapachula.");
  const RedactionResult ages = Redact("Éramos tres: Pedro 45, Tijuana.", "es");
  EXPECT_NE(ages.text.find("Tijuana"), std::string::npos) << ages.text;
  EXPECT_EQ(ages.text.find("Pedro"), std::string::npos) << ages.text;
}

}  // namespace
}  // namespace amparo::redaction
