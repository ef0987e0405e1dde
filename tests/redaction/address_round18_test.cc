// Street shapes of round 18, through the whole redactor, with made-up names:
// a given name joined by "and" to the street after it, as generators write
// an address ("Annika and Solbakkevej 12", "return to Tomas and Karlova
// 16"), and two house numbers joined by "y" after a street's comma ("Calle
// Isabel la Católica, 1 y 3"). Places and counts around them stay.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class AddressRound18Test : public AddressFixture {};

// The word before "and" is part of the address the generator wrote; a
// given name there is a person's either way, and is never kept.
TEST_F(AddressRound18Test, GivenNameJoinedToTheStreetAfterIt) {
  ExpectStreet("en", "I want to update my address to the same: Annika and Solbakkevej 12", "Annika and Solbakkevej 12");
  ExpectStreet("en", "Can you please check the following? Sanna and Holmgatan 4", "Sanna and Holmgatan 4");
  ExpectStreet("en", "Please ship it to Annika and Solbakkevej 12.", "Annika and Solbakkevej 12");
  ExpectStreet("en", "Mira Holt\nQuantell\nSanna and ul. Polna 7", "Sanna and ul. Polna 7");
  // After "at", "is", "in", "of" too, and a capital beyond Latin-1 ("Đ").
  ExpectStreet("en", "The Hdscores Inc office is at Annika and ul. Polna 7", "Annika and ul. Polna 7");
  ExpectStreet("en", "The address of Solarlist is Sanna and Holmgatan 4", "Sanna and Holmgatan 4");
  ExpectStreet("en", "Oh do they serve vegan stuff? It's in Sanna and Holmgatan 4", "Sanna and Holmgatan 4");
  ExpectStreet("en", "He lives on the north side of Annika and Solbakkevej 12.", "Annika and Solbakkevej 12");
  ExpectStreet("en", "Mira Holt\nQuantell\nĐuro and ul. Polna 7", "Đuro and ul. Polna 7");
  ExpectStreet("en", "Meet me at Łukasz and ul. Polna 7", "Łukasz and ul. Polna 7");
  // No keyword in the street: the sending cue reads it.
  ExpectStreet("en", "Please return to Tomas and Karlova 16 in case of an issue.", "Tomas and Karlova 16");
  ExpectStreet("en", "Please return to Leon and Eyravegur 66 in case of an issue.", "Leon and Eyravegur 66");
  // Nor in a signature's block, under a name's and a firm's lines.
  ExpectStreet("en", "Mira Holt\nQuantell\nLeon and Eyravegur 66\n655 437 108 office", "Leon and Eyravegur 66");
}

TEST_F(AddressRound18Test, PlacesAndCountsJoinedByAndStay) {
  ExpectGoneAndKept("en", {
      {"They sent us to Guatemala and Honduras 3 times.", {}, {"Guatemala", "Honduras"}},
      {"Send it to Lyon and Marseille 2 times.", {}, {"Lyon", "Marseille"}},
      // A town before "and" after "in" is where someone was, not the street.
      {"We lived in Oslo and Solbakkevej 12 was our house.", {"Solbakkevej"}, {"Oslo"}},
      {"Return to Tapachula and Hidalgo 25 later.", {}, {"Tapachula"}},
      {"We stayed at Oslo and Solbakkevej 12 was our house.", {"Solbakkevej"}, {"Oslo"}},
      {"The office is in Lyon and Holmgatan 4 is the shop.", {"Holmgatan"}, {"Lyon"}},
      // A lower-case word before "and" is no name.
      {"It is at the school and Holmgatan 4 is the shop.", {"Holmgatan"}, {"school"}},
  });
}

TEST_F(AddressRound18Test, TwoHouseNumbersJoinedByY) {
  ExpectStreet("es", "Hospital Miguel Servet Calle Isabel la Católica, 1 y 3 50009 Zaragoza España",
               "Calle Isabel la Católica, 1 y 3", {"Zaragoza", "España"});
  ExpectStreet("es", "Domicilio: Calle Alfonso I, 12 y 14. Zaragoza", "Calle Alfonso I, 12 y 14", {"Zaragoza"});
  ExpectStreet("es", "Remitido por: Hospital Clínico, Avda. San Juan, 4 y 6, 30003 Murcia", "Avda. San Juan, 4 y 6",
               {"Murcia"});
}

// A Spanish street written without its keyword is still told by the floor
// and door after its number ("Héroes de Cascorro, 9, 3º A", "2664 3o B",
// "Marqués de Urquijo, 7, 2, B", "Montes Claros 234 piso 5"): no other
// numbering ends so.
TEST_F(AddressRound18Test, StreetBeforeFloorAndDoor) {
  ExpectStreet("es", "Remitido por: Javier Ortuño. Héroes de Cascorro, 9, 3º A. Tolosa.", "Héroes de Cascorro, 9, 3º A",
               {"Tolosa"});
  ExpectStreet("es", "Correspondencia: Marqués de Urquijo, 7, 2, B. Madrid", "Marqués de Urquijo, 7, 2, B", {"Madrid"});
  ExpectStreet("es", "Dr. Luis Pérez. Pintor Sorolla, 8, 5C. 46002 Valencia", "Pintor Sorolla, 8, 5C", {"Valencia"});
  ExpectStreet("es", "Dra. Ana Gil. Doctor Fleming, 12, 2º dcha. Madrid", "Doctor Fleming, 12, 2º dcha", {"Madrid"});
  ExpectStreet("es", "Remitido por: Dra. Ana Ruiz Soto 1520 4o C Capital Federal. Buenos Aires.", "1520 4o C",
               {"Buenos Aires"});
  ExpectStreet("es", "Vive en Sevilla, 12, 3º A.", "Sevilla, 12, 3º A");
  // A floor or a staircase by its word after the number.
  ExpectStreet("es", "Hospital Royo Villanova Montes Claros 234 piso 5 50015 Zaragoza España", "Montes Claros 234 piso 5",
               {"Zaragoza", "España"});
  ExpectStreet("es", "Dirigir la correspondencia a: Paco Ruiz, Gran Vía, 23, escalera B, 28013 Madrid",
               "Gran Vía, 23, escalera B", {"Madrid"});
}

TEST_F(AddressRound18Test, OtherNumberingsBeforeALetterStay) {
  ExpectNoAddress("es", "Clasificación tumoral: Tipo 2, 3 A.");
  ExpectNoAddress("es", "Estadio 3, 2 A en la clasificación de Ann Arbor.");
  ExpectNoAddress("es", "Artículo 27, 3 B de la ley.");
  ExpectNoAddress("es", "Se ingresa en la Cama 12, 3 B.");
  ExpectNoAddress("es", "Recibió 3 ciclos, 2 A la semana.");
  ExpectNoAddress("es", "Vivimos en el Hotel 3 piso arriba.");
}

// A letterhead's street with no keyword, its number, a period and its town
// alone in the next sentence ("Teatinos 180. Málaga. España."): the comma
// form was read, the period form was not.
TEST_F(AddressRound18Test, StreetBeforeAPeriodAndItsTown) {
  ExpectStreet("es", "Hospital Regional Universitario Carlos Haya. Teatinos 180. Málaga. España.", "Teatinos 180",
               {"Málaga", "España"});
  ExpectStreet("es", "Remitido por: Dra. Ana Gil. Hospital de Jove. Pérez Galdós 12. Gijón, Asturias.", "Pérez Galdós 12",
               {"Gijón", "Asturias"});
  ExpectStreet("es", "Servicio de Pediatría. Doctor Esquerdo 46.\nMadrid\n", "Doctor Esquerdo 46", {"Madrid"});
}

TEST_F(AddressRound18Test, NumbersBeforeAPeriodAndATownStay) {
  ExpectNoAddress("es", "Tenía 15. Madrid era enorme.");
  ExpectNoAddress("es", "El marcador: Guatemala 3. Honduras 1.");
  ExpectNoAddress("es", "Cama 12. Madrid.");
  ExpectNoAddress("es", "Servicio de Cirugía. Consulta Externa Sala 4. Lugo.");
  ExpectNoAddress("es", "Capítulo 5. Tapachula.");
  ExpectNoAddress("es", "Llegamos en Octubre 12. Tapachula, luego Tijuana.");
  ExpectNoAddress("es", "Nació en Mundial 2010. Madrid.");
  ExpectGoneAndKept("es", {{"Se lo di a Pedro 45. Tijuana.", {"Pedro"}, {"Tijuana", "45"}}});
}

// A region given by its number on a line of its own in a generated
// address block ("Sahline\n, 27\n 55120"), as a state's code is given.
TEST_F(AddressRound18Test, RegionNumberOnTheAddressBlocksLine) {
  const std::string text = "Please send it to 4412 Tammsaare 12\nSahline\n, 27\n 55120";
  const RedactionResult r = Redact(text, "en");
  EXPECT_EQ(r.text.find("27"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("Sahline"), std::string::npos) << r.text;
  ExpectGoneAndKept("en", {
      // A number on its own line far from an address, or after a sentence,
      // stays.
      {"We were 4 at 12 Oak Street.\nThen the bus left.\nWe waited.\n, 27\n", {}, {"27"}},
      {"Chapter 12\n, 27\n", {}, {"27"}},
  });
}

// French "cours" and "passage" name streets too ("cours Mirabeau", "passage
// Choiseul", "cours de Vincennes"), but are ordinary words before other
// names: "au cours de Pâques" (during), "le cours du Rhône" (a river's).
TEST_F(AddressRound18Test, FrenchCoursAndPassage) {
  ExpectStreet("fr", "Il demeurait cours Mirabeau, à Aix.", "cours Mirabeau", {"Aix"});
  ExpectStreet("fr", "On l'a retrouvé passage Jouffroy hier soir.", "passage Jouffroy");
  ExpectStreet("fr", "Il a été renversé cours de Vincennes par un fiacre.", "cours de Vincennes");
  ExpectStreet("fr", "Un vol a été commis passage Verdeau, no 12.", "passage Verdeau, no 12");
  ExpectGoneAndKept("fr", {
      {"Au cours de Pâques, il partit pour Lyon.", {}, {"Pâques", "Lyon"}},
      {"Le cours du Rhône fut grossi par les pluies.", {}, {"Rhône"}},
      {"Le long du cours de la Seine, on a vu des barques.", {}, {"Seine"}},
  });
  ExpectNoAddress("en", "This passage Matthew wrote for his brother.");
}

}  // namespace
}  // namespace amparo::redaction
