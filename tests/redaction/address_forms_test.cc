// Street addresses as people write them in Spanish (Mexico and Central
// America), English (US, UK, Australia, Canada) and French, through the whole
// redactor: the street part is one [ADDRESS], a street named after someone is
// an address and not a person, and the town after the address stays. The
// addresses are made up for this test.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class AddressFormsTest : public AddressFixture {};

TEST_F(AddressFormsTest, MexicanAndCentralAmericanStreets) {
  ExpectStreet("es", "Vivíamos en Calle Benito Juárez 12, en Tapachula.", "Calle Benito Juárez 12", {"Tapachula"});
  ExpectStreet("es", "Rentamos un cuarto en Privada Emiliano Zapata 7, Oaxaca.", "Privada Emiliano Zapata 7",
               {"Oaxaca"});
  ExpectStreet("es", "Nos dejaron en Cerrada de los Pinos 23 int. 4, Puebla.", "Cerrada de los Pinos 23 int. 4",
               {"Puebla"});
  ExpectStreet("es", "El cuarto estaba en Andador Vicente Guerrero 14, Tuxtla Gutiérrez.",
               "Andador Vicente Guerrero 14", {"Tuxtla Gutiérrez"});
  ExpectStreet("es", "Vivo en Avenida Miguel Hidalgo núm. 45 int. 3, Col. Centro, C.P. 30700, Tapachula.",
               "Avenida Miguel Hidalgo núm. 45 int. 3, Col. Centro", {"Tapachula"});
  ExpectStreet("es", "Nos escondimos en el Callejón del Sapo s/n, Guanajuato.", "Callejón del Sapo s/n",
               {"Guanajuato"});
  // A numbered street before its colonia, with no keyword of its own.
  ExpectStreet("es", "Me mandaron a Tepalcates 118, Col. Obrera, Ciudad de México.", "Tepalcates 118, Col. Obrera",
               {"Ciudad de México"});
  ExpectStreet("es", "Vive en Francisco I. Madero 45 Col. San Rafael, Tijuana.",
               "Francisco I. Madero 45 Col. San Rafael", {"Tijuana"});
  // Guatemalan numbering: an ordinal street and a house number with a dash.
  ExpectStreet("es", "La pensión está en 6a Avenida 10-55, Zona 12, Guatemala.", "6a Avenida 10-55, Zona 12",
               {"Guatemala"});
  ExpectStreet("es", "Dormimos en 11 Calle 3-40 zona 1 de Quetzaltenango.", "11 Calle 3-40 zona 1",
               {"Quetzaltenango"});
  ExpectStreet("es", "Su casa queda en 3ra. Calle Oriente No. 8, Tapachula.", "3ra. Calle Oriente No. 8",
               {"Tapachula"});
  // A house number in words, "sin número", the number before the street.
  ExpectStreet("es", "Vivía en la calle Cedros número cuarenta y dos, Huixtla.",
               "calle Cedros número cuarenta y dos", {"Huixtla"});
  ExpectStreet("es", "Su casa está en la calle Almendros sin número, en Escuintla.", "calle Almendros sin número",
               {"Escuintla"});
  ExpectStreet("es", "Vivíamos en el 27 de la calle Morelos, en Arriaga.", "27 de la calle Morelos", {"Arriaga"});
  // Crossing streets.
  ExpectStreet("es", "La tienda está en calle Hidalgo esquina con Allende, en Palenque.",
               "calle Hidalgo esquina con Allende", {"Palenque"});
  ExpectStreet("es", "Nos vimos en Calle 9 Norte entre 2a y 4a Poniente, Tapachula.",
               "Calle 9 Norte entre 2a y 4a Poniente", {"Tapachula"});
  // Block and lot, a road and its kilometre.
  ExpectStreet("es", "Vivimos en Mz 3 Lt 5, Col. Las Palmas, Ecatepec.", "Mz 3 Lt 5", {"Ecatepec"});
  ExpectStreet("es", "Nos bajaron en la carretera federal 200 km 45, cerca de Pijijiapan.",
               "carretera federal 200 km 45", {"Pijijiapan"});
  ExpectStreet("es", "El accidente fue en la Ctra. Arriaga - Tonalá, km 17.", "Ctra. Arriaga - Tonalá, km 17");
}

TEST_F(AddressFormsTest, EnglishStreets) {
  ExpectStreet("en", "She lives at 48 Ashgrove Crescent, Flat 4, Leeds.", "48 Ashgrove Crescent, Flat 4");
  ExpectStreet("en", "My address is 17 Wattle Parade, Unit 3, Brisbane.", "17 Wattle Parade");
  ExpectStreet("en", "Write to Flat 2B, 19 Station Road, Cardiff.", "Flat 2B");
  ExpectStreet("en", "He lived at 4/17 Ferris Street, Collingwood.", "4/17 Ferris Street");
  ExpectStreet("en", "We met at 12 Queen's Road East in Hong Kong.", "12 Queen's Road East", {"Hong Kong"});
  ExpectStreet("en", "Her address was 1405 W. Harlan Blvd., Los Angeles, CA 90007.", "1405 W. Harlan Blvd",
               {"Los Angeles"});
  // Named before the type, without a number; a number in words.
  ExpectStreet("en", "The house on Berg Hollow Street burned down.", "Berg Hollow Street");
  ExpectStreet("en", "We used to live on Jefferson Avenue in Detroit.", "Jefferson Avenue", {"Detroit"});
  ExpectStreet("en", "I live at twelve Oak Street now.", "twelve Oak Street");
  ExpectStreet("en", "She was held in the 1500 block of Pine Street.", "1500 block of Pine Street");
  ExpectStreet("en", "I live on the corner of Main Street and 2nd Avenue.",
               "the corner of Main Street and 2nd Avenue");
  ExpectStreet("en", "Send it to PO Box 123, Halifax.", "PO Box 123", {"Halifax"});
  ExpectStreet("en", "Rural Route 2, Box 45 is the farm.", "Rural Route 2");
}

TEST_F(AddressFormsTest, FrenchStreets) {
  ExpectStreet("fr", "Il habite 12 bis rue de la Paix, 75002 Paris.", "12 bis rue de la Paix", {"Paris"});
  ExpectStreet("fr", "Écrire à BP 45, 97110 Pointe-à-Pitre.", "BP 45", {"Pointe-à-Pitre"});
  ExpectStreet("fr", "Il vit au 25 avenue Victor Hugo, bâtiment B, 69003 Lyon.", "25 avenue Victor Hugo, bâtiment B",
               {"Lyon"});
  ExpectStreet("fr", "Il vit au 2 impasse des Lilas, appartement 12, 3e étage, Lyon.",
               "2 impasse des Lilas, appartement 12, 3e étage", {"Lyon"});
  ExpectStreet("fr", "Adresse : Résidence du Parc, bâtiment C, escalier 2, 59000 Lille.", "Résidence du Parc",
               {"Lille"});
  ExpectStreet("fr", "Il logeait 14 quai des Chartrons, Bordeaux.", "14 quai des Chartrons", {"Bordeaux"});
  ExpectStreet("fr", "Ils vivent 5 allée des Tilleuls, Rennes.", "5 allée des Tilleuls", {"Rennes"});
  ExpectStreet("fr", "Il loge au 7 faubourg Saint-Antoine.", "7 faubourg Saint-Antoine");
  ExpectStreet("fr", "Il habitait chemin des Vignes, près de Lyon.", "chemin des Vignes", {"Lyon"});
  // A Cedex sorting office after the town is no street: the town stays.
  ExpectStreet("fr", "33 ter avenue Foch, 13001 Marseille Cedex 01", "33 ter avenue Foch", {"Marseille"});
}

TEST_F(AddressFormsTest, OrdinaryWordsAreNoStreets) {
  ExpectNoAddress("en", "The Street was empty when we arrived.");
  ExpectNoAddress("en", "Drive carefully. Road conditions were bad.");
  ExpectNoAddress("en", "I live in a flat 3 floors up.");
  ExpectNoAddress("en", "Her BP 145/95 was high, BP 120/80 the next day.");
  ExpectNoAddress("en", "They crossed on the Pan-American Highway near Tapachula.");
  ExpectNoAddress("fr", "Il habite Avenue, un village.");
  ExpectNoAddress("es", "Me asaltaron en el km 12 de la carretera a Huixtla.");
  ExpectNoAddress("es", "Caminamos por el Boulevard hasta el parque.");
}

}  // namespace
}  // namespace amparo::redaction
