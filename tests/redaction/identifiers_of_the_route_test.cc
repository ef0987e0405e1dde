// The pattern identifiers the redaction issue lists, in the shapes the
// countries people arrive from write them, through the whole redactor:
// phones of Mexico, Belize, Central America, Venezuela, Colombia, Cuba and
// Haiti with and without their country code; identity cards named by their
// cue (Venezuelan and Colombian cédulas, Honduran DNI, Salvadoran DUI,
// Guatemalan DPI, Cuban carné, Haitian CIN/NIF); passports in three
// languages. The numbers are made up.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(IdentifiersOfTheRouteTest, PhonesWithAndWithoutCountryCode) {
  const char* const phones[] = {
      // Mexico
      "+52 (55) 1234 5678", "55-1234-5678", "961 123 4567",
      // Belize, Guatemala, El Salvador, Honduras, Nicaragua, Costa Rica, Panama
      "+501 622 1234", "+502 5123 4567", "5123-4567", "+503 2222-3333", "7123-4567", "+504 9876 5432",
      "+505 8888 1234", "8312-3456", "+507 6123-4567",
      // Venezuela
      "0212-555-1234", "+58 212 555 1234", "0424 555 12 34", "+58 4145551234",
      // Colombia (landlines with the 60x area code since 2021)
      "+57 601 234 5678", "(601) 234 5678", "310 555 1234", "+57 3105551234",
      // Cuba
      "+53 7 832 1234", "+53 5 281 2345", "52812345",
      // Haiti
      "+509 3412-3456", "(509) 3412 3456", "3412-3456", "+509 37 12 34 56"};
  for (const char* phone : phones) {
    ExpectRedacted("es", std::string("Me puedes llamar al ") + phone + " cuando llegues.", {phone});
  }
}

TEST(IdentifiersOfTheRouteTest, IdentityCardsNamedByTheirCue) {
  ExpectRedacted("es", "Mi cédula es V-24.567.891 y la perdí.", {"24.567.891"});
  ExpectRedacted("es", "C.I. 24567891, venezolano.", {"24567891"});
  ExpectRedacted("es", "Cédula de ciudadanía 1.020.345.678 de Bogotá.", {"1.020.345.678"}, {"Bogotá"});
  ExpectRedacted("es", "Mi DNI hondureño es 0801-1990-12345.", {"0801-1990-12345"});
  ExpectRedacted("es", "DUI 04567890-1, salvadoreño.", {"04567890-1"});
  ExpectRedacted("es", "Tenía mi DPI 2345 67890 0101 en la mochila.", {"2345 67890 0101"});
  ExpectRedacted("es", "Carné de identidad 85010112345, de Holguín.", {"85010112345"}, {"Holguín"});
  ExpectRedacted("fr", "Ma CIN 01-23-45-6789-01-00 est restée à Port-au-Prince.", {"6789"}, {"Port-au-Prince"});
  ExpectRedacted("fr", "NIF 003-123-456-7.", {"003-123-456-7"});
}

// Six or more digits after any cue the context rule knows are an ID number,
// not a number to leave ("CIPA: 786142", a Spanish health card).
TEST(IdentifiersOfTheRouteTest, ShortNumbersAfterEveryIdCue) {
  ExpectRedacted("es", "CIPA: 786142.", {"786142"});
  ExpectRedacted("es", "NIE 4567891, permiso de residencia.", {"4567891"});
  ExpectRedacted("es", "Mi carné es 123456.", {"123456"});
  ExpectRedacted("es", "RTN 080119901.", {"080119901"});
}

TEST(IdentifiersOfTheRouteTest, PassportsInThreeLanguages) {
  ExpectRedacted("es", "Me quitaron el pasaporte hondureño F123456 en Tapachula.", {"F123456"}, {"Tapachula"});
  ExpectRedacted("en", "My passport no. 123456789 was taken at the border.", {"123456789"});
  ExpectRedacted("fr", "Mon passeport n° 18AB12345 a été confisqué.", {"18AB12345"});
}

TEST(IdentifiersOfTheRouteTest, MexicanKeysCardsAndCoordinates) {
  ExpectRedacted("es", "Mi CURP es PEGJ850101HDFRRN08.", {"PEGJ850101HDFRRN08"});
  ExpectRedacted("es", "RFC GODE561231GR8, clave de elector GMVLMR80070501M100.",
                 {"GODE561231GR8", "GMVLMR80070501M100"});
  ExpectRedacted("es", "Pagué con la tarjeta 4111 1111 1111 1111.", {"4111 1111 1111 1111"});
  ExpectRedacted("es", "Me escondí en 14.9065, -92.2636 dos días.", {"14.9065", "92.2636"});
  ExpectRedacted("es", "Nací el 3 de marzo de 1990 en Choloma.", {"3 de marzo de 1990"}, {"Choloma"});
  ExpectRedacted("en", "DOB 03/12/1988, born in Jacmel.", {"03/12/1988"}, {"Jacmel"});
}

}  // namespace
}  // namespace amparo::redaction
