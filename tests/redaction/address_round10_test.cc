// Address forms of the tenth round, through the whole redactor: street types
// of the US Postal Service's list that the numbered-street rule did not know
// ("311 Cormier Canyon", "Mosley Crossroad"), a street named right after
// another on one line, as generators and some forms write them ("P.O. Box
// 418 Kowalski Springs", "Vadstrupvej 19 Mosley Crossroad"), corners whose
// second street opens with a lower-case particle or ends with its type and
// number ("ten Brink Hollow", "Victor Hugo u. 49."), lower-case numbered
// streets ("2290 seventh street suite 31"), Spanish, Catalan and Central
// American keywords and units ("Gran Vía 28, 4º izquierda", "Plaça de
// Catalunya 9", "Polígono C, pasaje 4", "Lotificación Las Brisas, lote 22"),
// a French floor before the number ("6e étage, 18 rue des Martyrs"). The
// towns after them stay. The addresses are made up.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "redaction/pattern_detector.h"
#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class AddressRound10Test : public AddressFixture {};

TEST_F(AddressRound10Test, MoreEnglishStreetTypesAfterANumber) {
  ExpectStreet("en", "They kept us at 311 Cormier Canyon, then moved us.", "311 Cormier Canyon");
  ExpectStreet("en", "We slept at 905 Halvorsen Station for two nights.", "905 Halvorsen Station");
  ExpectStreet("en", "Write to 77 Oyelaran Lights, Apt. 4, please.", "77 Oyelaran Lights, Apt. 4");
  ExpectStreet("en", "The letter arrived at 8853 77 Quarry Falls Suite 119 GRAFTON Australia last night.",
               "8853 77 Quarry Falls Suite 119", {"GRAFTON", "Australia"});
  // A small number before a venue is a time or a date ("Sat 8 Verizon
  // Center", "the 9 Hard Rock Club"): the venue stays.
  ExpectRedacted("en", "See you Sat 8 Verizon Center!! then the 9 Hard Rock Club", {}, {"Verizon", "Rock"});
  // A year before a town named with such a word is no house number.
  ExpectNoAddress("en", "In 2019 Palm Springs was too hot for us.");
  ExpectNoAddress("en", "Since 1998 Niagara Falls has had a shelter.");
}

TEST_F(AddressRound10Test, AStreetRightAfterAnotherOnItsLine) {
  ExpectStreet("en", "It's in P.O. Box 418 Kowalski Springs\n Apt. 702\n Ilulissat\n Greenland 39811",
               "P.O. Box 418 Kowalski Springs", {"Ilulissat", "Greenland"});
  ExpectStreet("en", "Our offices are located at Vadstrupvej 19 Mosley Crossroad\n Suite 208\n ODENSE",
               "Vadstrupvej 19 Mosley Crossroad", {"ODENSE"});
  ExpectStreet("en", "Our offices are located at Mäkitie 8 Haley Station\n Suite 71\n ESPOO", "Mäkitie 8 Haley Station",
               {"ESPOO"});
  // A known town after the box stays.
  ExpectStreet("en", "Send it to PO Box 418 Palm Springs, CA 92262.", "PO Box 418", {"Palm Springs"});
}

TEST_F(AddressRound10Test, CornersWithParticlesAndNumberedSecondStreets) {
  ExpectStreet("en", "Ask the driver to stop at the corner of Rua Aurora 812 and ten Brink Hollow.",
               "Rua Aurora 812 and ten Brink Hollow");
  ExpectStreet("en", "Meet me at the corner of Main Street and van Ness Avenue tonight.",
               "Main Street and van Ness Avenue");
  ExpectStreet("en", "I'll meet you at the corner of Dimitrov Overpass and Victor Hugo u. 49. after the concert.",
               "Dimitrov Overpass and Victor Hugo u. 49");
  ExpectStreet("en", "We waited at the corner of Nino Point and Rákóczi út 13 all night.",
               "Nino Point and Rákóczi út 13");
  ExpectStreet("en", "Meet me at the corner of Λεωφόρος Κηφισίας 220 and Nino Point.",
               "Λεωφόρος Κηφισίας 220 and Nino Point");
  // What follows the second street is no part of it.
  ExpectStreet("en", "We met at the corner of Main and Elm for 2 hours.", "Main and Elm", {"hours"});
}

TEST_F(AddressRound10Test, LowerCaseNumberedStreets) {
  ExpectStreet("en", "name: ruth\naddress: 4471 2290 seventh street suite 31 regina saskatchewan",
               "2290 seventh street suite 31");
  ExpectStreet("en", "yan\nsewer pipe cleaner\n3747 3911 fourth avenue suite 112 calgary alberta",
               "3911 fourth avenue suite 112");
  // A year or a count before ordinary words is no house number.
  ExpectNoAddress("en", "in 2019 the street was closed by the police");
  ExpectNoAddress("en", "we walked 3 more blocks down the road");
}

TEST_F(AddressRound10Test, SpanishCatalanAndCentralAmericanKeywords) {
  ExpectStreet("es", "Vive en Gran Vía 28, 4º izquierda, 28013 Madrid.", "Gran Vía 28, 4º izquierda", {"Madrid"});
  ExpectStreet("es", "Trabajaba en una tienda de la Plaça de Catalunya 9, en Barcelona.", "Plaça de Catalunya 9",
               {"Barcelona"});
  ExpectStreet("es", "Hospital del Mar, Passeig Marítim 25-29, 08003 Barcelona.", "Passeig Marítim 25-29",
               {"Barcelona"});
  ExpectStreet("es", "Domicilio en la Avinguda de Roma 85, Barcelona.", "Avinguda de Roma 85", {"Barcelona"});
  ExpectStreet("es", "Su casa está en Polígono C, pasaje 4, casa 17, colonia Santa Lucía, Ilopango.",
               "Polígono C, pasaje 4, casa 17", {"Ilopango"});
  ExpectStreet("es", "Vivía en Lotificación Las Brisas, lote 22, Chiquimula.", "Lotificación Las Brisas, lote 22",
               {"Chiquimula"});
  ExpectStreet("es", "La oficina está en la Carrera 7 No. 32-16, oficina 501, Bogotá.",
               "Carrera 7 No. 32-16, oficina 501", {"Bogotá"});
  ExpectStreet("es", "La dirección es Jr. Huallaga 345, Lima.", "Jr. Huallaga 345", {"Lima"});
  // Ordinary words stay.
  ExpectNoAddress("es", "El polígono de tiro estaba cerrado y la gran vía de escape era el río.");
  ExpectNoAddress("es", "Me dijo que el Jr. de la familia tenía 12 años.");
}

// Street words of Galicia, Catalonia, the Basque Country and the Southern
// Cone, as Spanish clinical letters and forms give them.
TEST_F(AddressRound10Test, GalicianCatalanBasqueAndSouthernKeywords) {
  ExpectStreet("es", "Domicilio: Praza de Galicia 3, 15004 A Coruña.", "Praza de Galicia 3", {"Coruña"});
  ExpectStreet("es", "Consultorio en Travessera de Gràcia 12, Barcelona.", "Travessera de Gràcia 12", {"Barcelona"});
  ExpectStreet("es", "Vive en el Passatge Permanyer 5, Barcelona.", "Passatge Permanyer 5", {"Barcelona"});
  ExpectStreet("es", "Centro de salud, Camí de Vera 14, Valencia.", "Camí de Vera 14", {"Valencia"});
  ExpectStreet("es", "Remitido desde Nagusia kalea 5, 48005 Bilbao.", "Nagusia kalea 5", {"Bilbao"});
  ExpectStreet("es", "Consulta en Gasteiz hiribidea 12, Vitoria.", "Gasteiz hiribidea 12", {"Vitoria"});
  ExpectStreet("es", "Vivía en Psje. Los Olivos 45, Santiago.", "Psje. Los Olivos 45");
  ExpectStreet("es", "Su casa queda en Bº San Francisco, casa 12, Tegucigalpa.", "Bº San Francisco, casa 12",
               {"Tegucigalpa"});
  ExpectStreet("es", "Domicilio en Cuesta de San Vicente 4, Madrid.", "Cuesta de San Vicente 4", {"Madrid"});
  // With no town or postal code after them, only the keyword says street.
  ExpectStreet("es", "La consulta está en Travessera de Gràcia 12 y cierra a las ocho.", "Travessera de Gràcia 12");
  ExpectStreet("es", "Nos vimos en la Praza do Obradoiro 4 antes de salir.", "Praza do Obradoiro 4");
  ExpectNoAddress("es", "Me cuesta 5 euros el pasaje y la praza no me importa.");
}

TEST_F(AddressRound10Test, FrenchFloorBeforeTheNumber) {
  ExpectStreet("fr", "Nous vivions au 6e étage, 18 rue des Martyrs, à Paris.", "6e étage, 18 rue des Martyrs",
               {"Paris"});
}

TEST_F(AddressRound10Test, StreetsNamedWithTheirTypeAsAWord) {
  ExpectStreet("en", "Please return to Tammsaare tee 118 in case of an issue.", "Tammsaare tee 118");
  ExpectStreet("en", "Pedestrians must enter on Grote Markt 14 the first three months.", "Grote Markt 14");
}

// A street written name first, then a street named after it ("{{street}}
// {{street}}" of a generator), and a house number between a name and its
// type ("Hoge Wei 32 St.", "W 42 St").
TEST_F(AddressRound10Test, AStreetNamedBeforeTheNumberOfAnother) {
  ExpectStreet("en", "Our offices are located at Storgarden 52 Trajanka Forks\n Suite 894\n HARSTAD",
               "Storgarden 52 Trajanka Forks", {"HARSTAD"});
  ExpectStreet("en", "Dataweave\n\nFuglie 41 Popović Dam\n Suite 860\n UPPLANDS", "Fuglie 41 Popović Dam",
               {"UPPLANDS"});
  ExpectStreet("en", "Please send a new one to Aqqusinersuaq 176 Pinto Hill\n Suite 487", "Aqqusinersuaq 176 Pinto Hill");
  ExpectStreet("en", "Pedestrians must enter on Hoge Wei 32 St. the first three months", "Hoge Wei 32 St");
  ExpectStreet("en", "He lives at W 42 St in New York.", "W 42 St", {"New York"});
  // A dictionary word or a weekday before the number is no street's name.
  ExpectRedacted("en", "On Monday 5 Main Street was closed.", {"Main"}, {"Monday"});
  ExpectRedacted("en", "They left at Sunrise 5 Main Street was empty.", {"Main"}, {"Sunrise"});
}

// A line that opens with a building number, then a street's words and
// number, then a unit: the whole line to the unit is the street, in any
// case ("5670 r josé a madeira 1 suite 696", "5670 R José A Madeira 1 Suite
// 696": four words, more than a numbered street's rule reads).
TEST_F(AddressRound10Test, StreetLineBeforeAUnit) {
  ExpectStreet("en", "t muris\nrosales-mcguire\n5670 r josé a madeira 1 suite 696\nfa",
               "5670 r josé a madeira 1 suite 696");
  ExpectStreet("en", "Address:\n5670 R José A Madeira 1 Suite 696\nNicosia", "5670 R José A Madeira 1 Suite 696",
               {"Nicosia"});
  ExpectStreet("en", "808 Kálmán Imre u. 12. Apt. 762\nZalakaros", "808 Kálmán Imre u. 12. Apt. 762", {"Zalakaros"});
  // Not when the line goes on with other words before the number.
  ExpectRedacted("en", "we paid 200 for the room 5 suite 12 was ours", {"12"}, {"200", "paid"});
}

// An Australian postcode after its state's code ("Parramatta NSW 2150",
// "Melbourne VIC 3000"); the state stays. Four digits alone stay ("NSW 2150"
// is needed: "in 2150 words").
TEST_F(AddressRound10Test, AustralianPostcodeAfterTheState) {
  ExpectStreet("en", "Send the letter to Unit 4/12 Smith St, Parramatta NSW 2150.", "2150", {"NSW"});
  ExpectStreet("en", "Level 2, 55 Collins Street, Melbourne VIC 3000, Australia", "3000", {"Australia"});
  ExpectRedacted("en", "She wrote 2150 words about the trip.", {}, {"2150"});
}

TEST_F(AddressRound10Test, PostalCodeAfterACountryQualified) {
  ExpectStreet("en", "Nino Point\n Apt. 658\n AGIOS DOMETIOS\n Cyprus (Greek) 25572", "25572", {"Cyprus", "Greek"});
}

std::string Repeat(std::string_view unit, size_t times) {
  std::string s;
  s.reserve(unit.size() * times);
  for (size_t i = 0; i < times; ++i) s += unit;
  return s;
}

// The round's walks around each address (a street after it, a word before
// its number, a town after its type, a lower-case name before its type, a
// corner's second street, a street line before a unit) read a bounded
// window: the pattern detector finds as many addresses per unit on a single
// line of 1 MB and on one of 10 MB. (Both take seconds in a Release build;
// a walk back to the line's start from each address would take hours at 10
// MB.)
TEST(AddressRound10LongLineTest, WalksAroundEachAddressOnOneLongLine) {
  std::string error;
  const std::unique_ptr<PatternDetector> detector = PatternDetector::Create(&error);
  ASSERT_NE(detector, nullptr) << error;
  const std::string unit =
      "at Storgarden 52 Trajanka Forks P.O. Box 418 Kowalski Springs 123 Main St Palm Springs "
      "the corner of Λεωφόρος Κηφισίας 220 and ten Brink Hollow 3911 fourth avenue suite 112 "
      "Hoge Wei 32 St. 5670 R José A Madeira 1 Suite 696 ";
  auto addresses = [&](const std::string& text) {
    size_t n = 0;
    for (const Finding& f : detector->Find(text, "en")) n += f.type == IdentifierType::kAddress ? 1 : 0;
    return n;
  };
  const size_t per_unit = addresses(unit);
  ASSERT_GE(per_unit, 5u);
  for (size_t megabytes : {1, 10}) {
    const size_t units = megabytes * 1000000 / unit.size();
    EXPECT_EQ(addresses(Repeat(unit, units)), per_unit * units) << megabytes << " MB";
  }
}

}  // namespace
}  // namespace amparo::redaction
