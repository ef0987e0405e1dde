// Street shapes of round 20, through the whole redactor, with made-up
// names: addresses of clinical record headers and generated records (Spain
// and Galicia, Poland, Brazil). Towns around them stay.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class AddressRound20Test : public AddressFixture {};

// Galician towns open with an article ("A Coruña", "O Porriño"): the postal
// code before them is one, and the article is the town's, no house letter.
TEST_F(AddressRound20Test, PostalCodeBeforeAGalicianTown) {
  ExpectStreet("es", "Domicilio: Calle Real 14, 15003 A Coruña.", "Calle Real 14, 15003", {"A Coruña"});
  ExpectStreet("es", "Vive en Calle Real 14, 2º A, 15003 A Coruña.", "15003", {"A Coruña"});
  ExpectStreet("es", "Vive en Calle Real 14, bajo, 15003 A Coruña.", "15003", {"A Coruña"});
  ExpectStreet("es", "Reside en Rúa do Progreso 8, 36400 O Porriño.", "Rúa do Progreso 8, 36400", {"O Porriño"});
  // A door letter before a town of no article stays the street's.
  ExpectStreet("es", "Domicilio: Calle Real 14 B, Madrid.", "Calle Real 14 B", {"Madrid"});
  // Five digits before a lower-case "a" are an amount.
  ExpectNoAddress("es", "Le debía 15000 a Juan desde enero.");
}

// A Polish flat after the house number ("m. 5", "lok. 3") is the street's,
// and the street before a postal code is read across it.
TEST_F(AddressRound20Test, PolishFlatAfterTheHouseNumber) {
  ExpectStreet("es", "Trabajaba en Polonia, en Kwiatowa 12 m. 5, 00-950 Warszawa.", "Kwiatowa 12 m. 5, 00-950",
               {"Warszawa"});
  ExpectStreet("en", "Mail it to Kwiatowa 12 m. 5, 00-950 Warszawa, Poland.", "Kwiatowa 12 m. 5, 00-950",
               {"Warszawa", "Poland"});
  ExpectStreet("en", "Our office: Marszałkowska 84 lok. 3, 00-517 Warszawa.", "Marszałkowska 84 lok. 3, 00-517",
               {"Warszawa"});
  // Metres after a count stay: no street before them.
  ExpectNoAddress("es", "Caminamos 12 m. 5 minutos después llegamos.");
}

// Brazil's address line without a label: the street, a comma, its number,
// a dash and its neighbourhood. The town after it stays; a score, a
// person's age and town, a given name alone stay as they were.
TEST_F(AddressRound20Test, BrazilianStreetNumberDashNeighbourhood) {
  ExpectStreet("en", "The package went to Andrea Doria, 55 - Meireles, Fortaleza.", "Andrea Doria, 55 - Meireles",
               {"Fortaleza"});
  ExpectStreet("es", "Contacto en Brasil: Padre Valdevino, 1120 - Aldeota, Fortaleza.",
               "Padre Valdevino, 1120 - Aldeota", {"Fortaleza"});
  ExpectStreet("en", "Tibúrcio Cavalcante, 410 – Aldeota\nFortaleza - CE", "Tibúrcio Cavalcante, 410 – Aldeota",
               {"Fortaleza"});
  ExpectNoAddress("es", "El clásico terminó Flamengo, 12 - Vasco, 3 en el Maracaná.");
  ExpectNoAddress("en", "Read Chapter, 12 - Summary, before class.");
  ExpectNoAddress("en", "Manchester United : 1 - Schmeichel , 2 - Neville , 10 - Sheringham , 11 - Giggs .");
  ExpectNoAddress("en", "Manchester United: 1 - Schmeichel, 2 - Neville, 10 - Sheringham, 11 - Giggs.");
  ExpectRedacted("es", "Paciente: Maria Souza, 34 - Fortaleza.", {"Maria", "Souza"}, {"Fortaleza"});
  ExpectNoAddress("es", "Paciente: Maria Souza, 34 - Fortaleza.");
}

// A Spanish floor named by its word after the street's comma is the
// street's, whichever rule found the street.
TEST_F(AddressRound20Test, SpanishFloorWords) {
  ExpectStreet("es", "Paciente remitido desde su domicilio en Calle Real 14, bajo, 15003 A Coruña.",
               "Calle Real 14, bajo", {"A Coruña"});
  ExpectStreet("es", "Su domicilio: Calle Real 14, bajo.", "Calle Real 14, bajo");
  ExpectStreet("es", "Vive con su madre en Calle Nueva 7, entresuelo, 36202 Vigo.", "Calle Nueva 7, entresuelo",
               {"Vigo"});
  ExpectStreet("es", "Su domicilio: Calle Mayor 3, ático B, Madrid.", "Calle Mayor 3, ático B", {"Madrid"});
  // Floor words after no address stay.
  ExpectNoAddress("es", "El volumen era bajo, principal síntoma la fatiga, ático sin luz.");
}

// The neighbourhood after a Brazilian or Argentine flat, before its town,
// is the address's; a town before its state stays.
TEST_F(AddressRound20Test, NeighbourhoodAfterAFlat) {
  ExpectStreet("es", "Su hija vive en Rua das Flores, 233, apto 41, Boa Vista, Recife.",
               "Rua das Flores, 233, apto 41, Boa Vista", {"Recife"});
  ExpectStreet("en", "Her cousin's address is Av. Boa Viagem, 1200, ap. 801, Pina, Recife, Brazil.",
               "Av. Boa Viagem, 1200, ap. 801, Pina", {"Recife", "Brazil"});
  ExpectStreet("es", "Domicilio: Av. Santa Fe 3100, depto. C, Palermo, Buenos Aires.",
               "Av. Santa Fe 3100, depto. C, Palermo", {"Buenos Aires"});
  ExpectRedacted("en", "Write to Rua das Flores, 233, apto 41, Olinda, Pernambuco.", {"Flores"},
                 {"Olinda", "Pernambuco"});
  // An English flat is no Brazilian one: the district before its town stays.
  const std::string english = "Send it to 12 Elm St, Apt 3B, Midtown, Atlanta.";
  ExpectStreet("en", english, "12 Elm St, Apt 3B", {"Atlanta"});
  for (const RedactionSpan& s : Redact(english, "en").report.spans) {
    if (s.type == IdentifierType::kAddress) {
      EXPECT_LE(s.original_end, english.find("Midtown")) << english;
    }
  }
}

// In an address form's field, the town after a five-digit postal code
// stays, though the gazetteer lacks it; a person's name there does not.
TEST_F(AddressRound20Test, TownAfterThePostalCodeOfAField) {
  ExpectStreet("es", "Domicilio: Urb. Montepríncipe, C/ Encina 14, 28660 Boadilla del Monte.",
               "Urb. Montepríncipe, C/ Encina 14, 28660", {"Boadilla del Monte"});
  ExpectStreet("es", "Dirección: Calle Sol 5, C.P. 45540, Quismondo, Toledo.", "Calle Sol 5, C.P. 45540",
               {"Quismondo", "Toledo"});
  ExpectRedacted("es", "Domicilio: Calle Sol 5, 45500 Pérez.", {"Pérez"});
  ExpectRedacted("es", "Domicilio: Calle Sol 5, 45500 Juan de Quismondo.", {"Juan"});
  ExpectRedacted("es", "Domicilio: Calle Sol 5, 45500 Pérez García.", {"Pérez", "García"});
  // Digits after the town: the field goes on, as it was.
  ExpectRedacted("es", "Domicilio: Calle Sol 5, 45500 Torrijos Bloque 4.", {"Bloque 4"});
}

// A town between a numbered street and an Australian state with its
// postcode is the town of the record's line.
TEST_F(AddressRound20Test, TownBeforeAnAustralianStateAndPostcode) {
  ExpectStreet("en", "Postal address: 78 Jacaranda Way, Toowoomba QLD 4350.", "78 Jacaranda Way", {"Toowoomba"});
  ExpectStreet("en", "Residential address: Unit 3, 41 Banksia Street, Yagoona NSW 2199.", "41 Banksia Street",
               {"Yagoona"});
  ExpectStreet("en", "Residential address: Unit 7, 14-16 Wattle Crescent, Parramatta NSW 2150.",
               "14-16 Wattle Crescent", {"Parramatta"});
  ExpectRedacted("en", "I lived at 14 Wattle Crescent, Ramírez.", {"Ramírez"});
  // A name with no street before it stays a person.
  ExpectRedacted("en", "Contact Kylie Brennan NSW 2199 for the keys.", {"Brennan"});
}

}  // namespace
}  // namespace amparo::redaction
