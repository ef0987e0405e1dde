// Street shapes of round 21, through the whole redactor, with made-up
// names: addresses of many countries in English records and letters
// (postal codes of four digits, of Sweden, Czechia, Greece, Poland,
// Portugal, the Netherlands and Iceland). Towns around them stay; people
// do not.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class StreetsCountriesRound21Test : public AddressFixture {};

// In an address form's field, the town after a postal code of another
// shape than five digits stays, as after five: "Address: X 7, 4024
// Debrecen"; a person's name there, or a street after a house number read
// as a code, does not.
TEST_F(StreetsCountriesRound21Test, TownAfterAShortPostalCodeOfAField) {
  ExpectStreet("en", "Address: Kossuth Lajos utca 7, 4024 Debrecen", "Kossuth Lajos utca 7, 4024", {"Debrecen"});
  ExpectStreet("en", "Address: Hauptstraße 17, 1010 Wien", "Hauptstraße 17, 1010", {"Wien"});
  ExpectStreet("en", "Address: Tsimiski 45, 546 23 Thessaloniki, Greece", "Tsimiski 45, 546 23", {"Thessaloniki"});
  ExpectStreet("en", "Address: Aleje Korfantego 65/79, 40-004 Katowice", "Aleje Korfantego 65/79, 40-004",
               {"Katowice"});
  ExpectStreet("en", "Address: Herengracht 40-I, 1015 BN Amsterdam", "Herengracht 40-I, 1015 BN", {"Amsterdam"});
  ExpectStreet("en", "Address: Jernbanegade 5, st., 5000 Odense C", "Jernbanegade 5, st., 5000", {"Odense"});
  ExpectStreet("en", "Address: Rua do Carmo 50, 1200-093 Lisboa", "Rua do Carmo 50, 1200-093", {"Lisboa"});
  ExpectStreet("en", "ADDRESS: ULICA WOJSKA POLSKIEGO 84, 70-482 SZCZECIN", "ULICA WOJSKA POLSKIEGO 84, 70-482",
               {"SZCZECIN"});
  // A town the gazetteer lacks stays in the field.
  ExpectRedacted("en", "Address: Hauptstraße 17, 1010 Quellbrunn", {"Quellbrunn"});
  // A person's name after the code stays in the field.
  ExpectRedacted("en", "Address: Hauptstraße 17, 1010 Kowalczyk", {"Kowalczyk"});
  ExpectRedacted("en", "Address: Hauptstraße 17, 1010 Maria Huber", {"Maria", "Huber"});
  // A house number and its street after a unit read as a code and a town.
  ExpectRedacted("en", "Address: Apt 5, 1420 Maple Street", {"1420", "Maple"});
  ExpectRedacted("en", "Address: Unit 2, 118 Birchwood Rd", {"118", "Birchwood"});
}


// An Australian town read as a person with its state's code ("Fitzroy
// VIC") before the postcode, after a numbered street, is the town's line;
// so after a street of an Australian abbreviated type ("Ocean Pde"). A
// person's name there with no street before stays.
TEST_F(StreetsCountriesRound21Test, AustralianTownAndStateAfterAStreet) {
  ExpectStreet("en", "Postal address: Unit 5/22 Smith St, Fitzroy VIC 3065", "Unit 5/22 Smith St", {"Fitzroy", "VIC"});
  ExpectStreet("en", "Patient address: 88 Lakeview Terrace, Ballarat VIC 3350", "88 Lakeview Terrace",
               {"Ballarat", "VIC"});
  ExpectStreet("en", "Deliver to: 3/17 Ocean Pde, Coogee NSW 2034", "3/17 Ocean Pde", {"Coogee", "NSW"});
  ExpectRedacted("en", "Contact Kylie Brennan VIC 3065 for the keys.", {"Brennan"});
  ExpectRedacted("en", "I lived at 14 Wattle Crescent, Ramírez VIC.", {"Ramírez"});
  ExpectRedacted("en", "I stayed at 14 Wattle Crescent, Marisol VIC 3065.", {"Marisol"});
  // "Vic" in capitals with no town before it is a name.
  ExpectRedacted("en", "thanks VIC 2024 was great", {"VIC"});
}


// Iceland's postal codes have three digits: after a street and its comma
// the code is the address's and a town of the gazetteer after it stays;
// three digits after no street, or a word of no gazetteer after a street's
// number after its comma, do not change.
TEST_F(StreetsCountriesRound21Test, IcelandicPostalCodeAfterAStreet) {
  ExpectStreet("en", "Ship to: Laugavegur 22, 101 Reykjavík, Iceland", "Laugavegur 22, 101", {"Reykjavík", "Iceland"});
  ExpectStreet("en", "The hostel was on Skólavörðustígur 8, 101 Reykjavík.", "Skólavörðustígur 8, 101", {"Reykjavík"});
  ExpectRedacted("en", "We lived at Laugavegur 22, 101 Yefrison.", {"Yefrison"});
  ExpectNoAddress("en", "We were 12, 300 Soldiers came at night.");
  // A house number of three digits before a street's name and type.
  ExpectStreet("en", "The store is Shop 5, 100 Queen St, Brisbane.", "100 Queen St", {"Brisbane"});
  ExpectRedacted("es", "Vivíamos en la calle Morelos, 123 Yefrison nos visitaba.", {"Yefrison"});
}


// Italian "via" in lower case with a name and a house number is a street
// ("via roma 45"); "via" as an English word, before an app, a carrier or a
// count, is none.
TEST_F(StreetsCountriesRound21Test, LowerCaseItalianVia) {
  ExpectStreet("en", "they kept us in a flat at via roma 45, palermo", "via roma 45", {"palermo"});
  ExpectStreet("en", "the flat was at via roma 45 and the owner never came", "via roma 45");
  ExpectStreet("en", "my cousin is at via dante 12, bologna, call him", "via dante 12", {"bologna"});
  ExpectStreet("en", "we slept at via della spiga 7.", "via della spiga 7");
  ExpectNoAddress("en", "I sent it via email 2 days ago.");
  ExpectNoAddress("en", "we talked via zoom 3 times last week");
  ExpectNoAddress("en", "he paid via western union 200 dollars");
  ExpectNoAddress("en", "Call me via whatsapp at 5 or 6.");
}


// A ship's name before its FPO line with a comma between is the address's
// (a ship is often named after a person).
TEST_F(StreetsCountriesRound21Test, ShipBeforeItsFleetPostOfficeLine) {
  ExpectStreet("en", "Send the care package to USNS Ortiz, FPO AE 40123.", "USNS Ortiz, FPO AE 40123");
  ExpectStreet("en", "Send it to USS Kearney, FPO AP 96661.", "USS Kearney, FPO AP 96661");
  ExpectStreet("en", "Mail: USNS Ortiz FPO AE 40123", "USNS Ortiz FPO AE 40123");
}


// A German, Dutch, Swedish or Norwegian street written in lower case, as
// chats write it, is a street when its type is one no other word ends in;
// "brigade 5" is none.
TEST_F(StreetsCountriesRound21Test, LowerCaseCompoundStreets) {
  ExpectStreet("en", "ok send it to hauptstrasse 8, 6020 innsbruck pls", "hauptstrasse 8");
  ExpectStreet("en", "new address!! molenstraat 14, 3000 leuven", "molenstraat 14");
  ExpectStreet("en", "we lived in storgatan 5 for a year", "storgatan 5");
  ExpectNoAddress("en", "the brigade 5 arrived at dawn");
  ExpectNoAddress("en", "we drove the midweg 3 times");
}


// Units of their countries after a street: a Swedish flat ("lgh 1102"), a
// Catalan floor and door by their numbers ("5º 1ª"), a Finnish staircase
// and flat ("12 B 7"); a letter and a count going on as a sentence stays.
TEST_F(StreetsCountriesRound21Test, UnitsOfNordicAndCatalanAddresses) {
  ExpectStreet("en", "Delivery: Kungsgatan 44, lgh 1102, 111 35 Stockholm", "Kungsgatan 44, lgh 1102", {"Stockholm"});
  ExpectStreet("en", "Billing address: Paseo de Gracia 92, 5º 1ª, 08008 Barcelona", "Paseo de Gracia 92, 5º 1ª",
               {"Barcelona"});
  ExpectStreet("en", "Address on file: Mannerheimintie 12 B 7, 00100 Helsinki, Finland", "Mannerheimintie 12 B 7",
               {"Helsinki"});
  ExpectRedacted("en", "We walked from Mannerheimintie 12 B 7 minutes to the station.", {"Mannerheimintie"}, {"minutes"});
}


// A postal code after its English label is one, whatever its country's
// shape; the label and the town after it stay; a number after another
// label is none.
TEST_F(StreetsCountriesRound21Test, PostalCodeAfterItsEnglishLabel) {
  ExpectRedacted("en", "Name: Kari Nordmann\nPostal code / city: 9008 Tromsø", {"9008"}, {"Postal code", "Tromsø"});
  ExpectRedacted("en", "Postal code: 28013", {"28013"}, {"Postal code"});
  ExpectRedacted("en", "Postcode: 1016 EZ", {"1016", "EZ"});
  ExpectNoAddress("en", "Room code: 9008");
}

}  // namespace
}  // namespace amparo::redaction
