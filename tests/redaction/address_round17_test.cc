// Street shapes the rules before missed, through the whole redactor, with
// made-up names: the rest of the US Postal Service's street types and their
// standard abbreviations after a house number ("418 Willow Bend", "77 Harmon
// Bluff", "14 Birch Xing"); a street named without a keyword after "en"
// before a clause that goes on ("vivíamos en Reforma 222 y luego") or after
// a verb of living ("vivo en Madison 200"); a street before "entre" and two
// streets; the word after a house number ("12 bis avec", "12 y luego"); a
// postal code and town before a sentence that goes on; a lot or a villa
// before its street; German streets named after a person with hyphens
// ("Karl-Meier-Gasse 5"); more European types. Places named with the same
// words stay ("Stanley Park", "Lincoln Park", "In 2015 Cape Town").
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class AddressRound17Test : public AddressFixture {};

TEST_F(AddressRound17Test, EveryPostalServiceTypeAfterAHouseNumber) {
  const struct {
    const char* text;
    const char* street;
  } cases[] = {
      {"They moved us to 418 Willow Bend and kept us there.", "418 Willow Bend"},
      {"She stayed at 77 Harmon Bluff for two weeks.", "77 Harmon Bluff"},
      {"The house at 312 Quarry Bottom was empty.", "312 Quarry Bottom"},
      {"We rented 905 Osprey Annex that winter.", "905 Osprey Annex"},
      {"He lived at 230 Kessler Arcade with his uncle.", "230 Kessler Arcade"},
      {"I slept at 451 Colter Commons.", "451 Colter Commons"},
      {"I lived at 55 Kirkland Bayou and then moved.", "55 Kirkland Bayou"},
      {"They held us at 610 Dorsey Camp, Apt 2.", "610 Dorsey Camp, Apt 2"},
      {"Her sister lives at 702 Renner Cape.", "702 Renner Cape"},
      {"The van left from 33 Pruitt Crossroads.", "33 Pruitt Crossroads"},
      {"We were kept at 1180 Haskell Fort.", "1180 Haskell Fort"},
      {"My aunt rents 84 Ocampo Mill now.", "84 Ocampo Mill"},
      {"They found him at 219 Vesey Mount.", "219 Vesey Mount"},
      {"We slept at 5100 Lindqvist Port.", "5100 Lindqvist Port"},
      {"The truck stopped at 47 Brannon Ramp.", "47 Brannon Ramp"},
      {"I lived at 3301 Okafor Beach.", "3301 Okafor Beach"},
      {"We moved to 118 Tillman Bluffs.", "118 Tillman Bluffs"},
      // The standard abbreviations, capitalized or in capitals.
      {"Send it to 712 Linden Cyn, please.", "712 Linden Cyn"},
      {"We lived at 14 Birch Xing for a year.", "14 Birch Xing"},
      {"Our house: 88 Ashby Holw.", "88 Ashby Holw"},
      {"He works at 2040 Carver Expy.", "2040 Carver Expy"},
      {"She lived at 61 Moreau Hts.", "61 Moreau Hts"},
      {"ADDRESS 990 KESTREL BND", "990 KESTREL BND"},
      {"Write to 17 Corbin Jct.", "17 Corbin Jct"},
      {"We stayed at 402 Yates Lndg.", "402 Yates Lndg"},
      {"He lived at 3 Norvell Tpke.", "3 Norvell Tpke"},
  };
  for (const auto& c : cases) ExpectStreet("en", c.text, c.street);
}

TEST_F(AddressRound17Test, PlacesNamedWithStreetTypesStay) {
  ExpectNoAddress("en", "Stanley Park is nice.");
  ExpectNoAddress("en", "We walked to Lincoln Park.");
  ExpectNoAddress("en", "In 2019 Boot Camp was the hardest part.");
  ExpectNoAddress("en", "In 2015 Cape Town was dry.");
  ExpectNoAddress("en", "In 2018 Miami Beach flooded.");
  ExpectNoAddress("en", "We spent 3 nights at the camp by the river.");
  ExpectNoAddress("en", "It took 2 Weeks at camp to recover.");
  ExpectNoAddress("en", "I was at the lake with my kids.");
}

TEST_F(AddressRound17Test, StreetAfterEnBeforeAClauseThatGoesOn) {
  ExpectStreet("es", "Vivíamos en Reforma 222 y luego nos fuimos al norte.", "Reforma 222");
  ExpectStreet("es", "Vivía en Madero 45 y trabajaba en el mercado.", "Madero 45");
  ExpectStreet("es", "Nos tenían en Zaragoza 140 y nadie sabía.", "Zaragoza 140");
  ExpectStreet("en", "We lived on Hidalgo 25 and then we left.", "Hidalgo 25");
  // A count after a town stays a count.
  ExpectNoAddress("es", "Estuvimos en Chiapas 3 y luego en Oaxaca.");
  ExpectNoAddress("es", "Llegamos a Tapachula 15 y 16 de mayo.");
  ExpectNoAddress("es", "Nació en México 1985 y creció en Puebla.");
  ExpectNoAddress("es", "Lo leímos en Mateo 5 y luego rezamos.");
}

TEST_F(AddressRound17Test, OneWordStreetAfterAVerbOfLiving) {
  ExpectStreet("es", "Yo vivo en Madison 200 con mis hijos.", "Madison 200");
  ExpectStreet("es", "Mi tía vivía en Olivo 38, cerca del parque.", "Olivo 38");
  ExpectStreet("es", "Vivíamos en Rosales 112 y luego nos corrieron.", "Rosales 112");
  ExpectStreet("en", "I lived on Madison 200 with my kids.", "Madison 200");
  // No verb of living: a given name and a number stay.
  ExpectNoAddress("es", "Lo leímos en Mateo 5.");
  ExpectNoAddress("es", "Vivíamos en Chiapas 3 años.");
  ExpectNoAddress("es", "Vivo en Sala 3.");
  // A block and a lot stay the unit rules' whole.
  ExpectStreet("es", "Vivíamos en la Manzana 12, Lote 4, en Tecún Umán.", "Manzana 12, Lote 4", {"Tecún Umán"});
}

TEST_F(AddressRound17Test, StreetBetweenTwoStreetsWithoutANumber) {
  ExpectStreet("es", "Nos quedamos en Hidalgo entre Morelos y Allende un mes.", "Hidalgo entre Morelos y Allende");
  ExpectStreet("es", "La casa está sobre Juárez entre Reforma y Madero.", "Juárez entre Reforma y Madero");
  ExpectStreet("es", "Vivía en la Zaragoza entre Guerrero y Aldama.", "Zaragoza entre Guerrero y Aldama");
  // Between people, between towns, between times: no streets.
  ExpectNoAddress("es", "Estuvimos en Chiapas entre Tapachula y Tuxtla.");
  ExpectNoAddress("es", "Se sentó en medio, entre María y Pedro.");
  ExpectNoAddress("es", "Trabajé en Oaxaca entre Enero y Marzo.");
}

TEST_F(AddressRound17Test, WhatFollowsAHouseNumberStaysAWordOfTheSentence) {
  // A repeated number ("bis", "ter") ends the street; the next word stays.
  ExpectRedacted("fr", "Il habitait rue de la Paix 12 bis avec elle.", {"12 bis"}, {"avec elle"});
  ExpectRedacted("es", "Se mudó a la calle Olmo 8 bis con su hija.", {"8 bis"}, {"con su hija"});
  // A lower-case vowel or "y" after the number is a word that goes on.
  ExpectRedacted("es", "Vivimos en Calle Real 12 y luego en Calle Mayor 4.", {"Real 12", "Mayor 4"}, {" y luego en "});
  ExpectRedacted("es", "Estaba en la calle Sol 14, y nadie abría.", {"Sol 14"}, {", y nadie"});
  ExpectRedacted("es", "Nos vimos en Calle Luna 7 a las cinco.", {"Luna 7"}, {" a las cinco"});
  // A letter that is no word is still the house's, and so is a floor
  // written with a period and "o" ("3.o B", typed for "3º B").
  ExpectStreet("es", "Domicilio: C/ Piamonte, 7, 3.o B, 28004 Madrid.", "C/ Piamonte, 7, 3.o B");
  ExpectStreet("es", "Vivía en Calle Real 12 B con su madre.", "Calle Real 12 B");
  // Italian streets named with "della", "dei".
  ExpectStreet("en", "I stayed at 12 Via della Spiga.", "Via della Spiga");
  ExpectStreet("en", "They lived on Via dei Coronari 5.", "Via dei Coronari 5");
}

TEST_F(AddressRound17Test, PostalCodeAndTownBeforeASentenceThatGoesOn) {
  ExpectStreet("en", "Lidická 55, 602 00 Brno is on the second floor.", "Lidická 55, 602 00", {"Brno"});
  ExpectStreet("en", "Send it to Molenstraat 9, 2000 Antwerpen where my aunt lives.", "2000", {"Antwerpen"});
  ExpectStreet("en", "Write to Storgatan 9, 411 38 Göteborg and wait.", "411 38", {"Göteborg"});
  ExpectStreet("en", "Bahnhofplatz 3, 8001 Zürich was the last address.", "8001");
  // No street before the comma: a number and a word that goes on stay.
  ExpectNoAddress("en", "On Monday, 1500 Soldiers marched to the border.");
  ExpectNoAddress("en", "In the end, 2000 People crossed that week.");
  ExpectNoAddress("en", "We waited, 3000 Meters from the gate, and slept.");
}

TEST_F(AddressRound17Test, UnitBeforeItsStreet) {
  ExpectStreet("en", "We lived at Lot 4, Kangaroo Road.", "Lot 4");
  ExpectStreet("en", "She rented Villa 12, 5 Palm Drive.", "Villa 12");
  ExpectStreet("en", "They stayed at Block 7, 22 Tanjong Road.", "Block 7");
  ExpectStreet("en", "Office 301, 18 King William Street.", "Office 301");
  ExpectStreet("en", "Dept 5, 12 Station Road.", "Dept 5");
  // No street after it: a lot, a block, an office of a sentence stay.
  ExpectNoAddress("en", "Lot 12 was flooded.");
  ExpectNoAddress("en", "Block 7 of the report, Maria said, was wrong.");
  ExpectNoAddress("en", "Office 3, Monday to Friday.");
}

TEST_F(AddressRound17Test, GermanStreetNamedAfterAPersonWithHyphens) {
  // A street named after a person's first and last names, joined by
  // hyphens to its type: an address, not a person and a number in clear.
  ExpectStreet("en", "My friend lives near Karl-Meier-Gasse 5, she said.", "Karl-Meier-Gasse 5");
  ExpectStreet("en", "My friend lives near Anna-Schulz-Platz 12, she said.", "Anna-Schulz-Platz 12");
  ExpectStreet("en", "We met at Karl-Meier-Straße 2 last year.", "Karl-Meier-Straße 2");
  ExpectStreet("en", "They moved to Hans-Peter-Allee 41 in June.", "Hans-Peter-Allee 41");
  ExpectStreet("en", "My friend lives near Aloys-Schmidt-Ring 7, she said.", "Aloys-Schmidt-Ring 7");
  // A flat's number after a slash goes with the house's.
  ExpectStreet("en", "Please return to Jörg-Wagner-Ring 13/2 in case of an issue.", "Jörg-Wagner-Ring 13/2");
  ExpectStreet("en", "She lived at Waldgasse 11/4 in Wien.", "Waldgasse 11/4");
  // An English word that ends in "ring" stays.
  ExpectNoAddress("en", "The Spring 2019 term was hard.");
  ExpectNoAddress("en", "Their Offering 3 was a song.");
}

TEST_F(AddressRound17Test, MoreEuropeanStreetTypes) {
  const struct {
    const char* text;
    const char* street;
  } cases[] = {
      {"My friend lives near Molenpad 12, she said.", "Molenpad 12"},
      {"My friend lives near Stationsbaan 3, she said.", "Stationsbaan 3"},
      {"My friend lives near Fiskerstræde 8, she said.", "Fiskerstræde 8"},
      {"My friend lives near Solvænget 3, she said.", "Solvænget 3"},
      {"My friend lives near Vesterbro Allé 5, she said.", "Vesterbro Allé 5"},
      {"My friend lives near Björkallén 4, she said.", "Björkallén 4"},
      {"My friend lives near Rantakaarre 5, she said.", "Rantakaarre 5"},
      {"My friend lives near Koivupiha 3, she said.", "Koivupiha 3"},
      {"My friend lives near Contrada Rossi 12, she said.", "Contrada Rossi 12"},
      {"My friend lives near Borgo Garibaldi 8, she said.", "Borgo Garibaldi 8"},
  };
  for (const auto& c : cases) ExpectStreet("en", c.text, c.street);
  ExpectNoAddress("en", "I bought an iPad 2 for her.");
  ExpectNoAddress("en", "We drove to Borgo San Lorenzo in the rain.");
  ExpectNoAddress("en", "Julia 4 and Amelia 3 played outside.");
  // A town in capitals before its postal code stays a town.
  ExpectRedacted("en", "We support them in ÖVERTURINGEN 840 24 this year.", {}, {"ÖVERTURINGEN"});
}

TEST_F(AddressRound17Test, MoreTypesNamedWithoutANumberWhereSomeoneLives) {
  ExpectStreet("en", "Her house is on Harmon Bluff.", "Harmon Bluff");
  ExpectStreet("en", "We rented a room on Osprey Loop for a year.", "Osprey Loop");
  ExpectStreet("en", "She lives on Kestrel Bend with her kids.", "Kestrel Bend");
  ExpectStreet("en", "They kept us in a house on Tanager Cove.", "Tanager Cove");
  ExpectStreet("en", "He stayed in a flat on Rowan Mews.", "Rowan Mews");
  // Without words of living there, or before a lower-case type, they stay.
  ExpectNoAddress("en", "We watched the sun set over Harmon Bluff.");
  ExpectNoAddress("en", "Close the door when you leave the house.");
  ExpectNoAddress("en", "The Sleepy Hollow story scared the kids.");
}

}  // namespace
}  // namespace amparo::redaction
