// Addresses as survivors say them in a testimony, through the whole
// redactor: the house number said apart after the street ("on Maple Street,
// number 14", "rue Victor Hugo, au numéro 12") or before it ("el número 8 de
// la calle Allende", "au numéro 8 de la rue Capois", "number 40 on Pine
// Street"), an English street named by a type other than Street or Road
// after words of living there ("a trailer on Rosewood Lane"), Haitian "nan ri
// Lamarre, kay 14", French "33, ruelle Nazon", English units after a
// neighbourhood ("Colonia Kennedy, block 5, house 23") and a street after a
// British unit ("Studio 12, Jones Mews"). Streets and places named in passing
// ("cerca del mercado de Tapachula", "we walked down the main street") stay.
// The addresses are made up.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class AddressRound12Test : public AddressFixture {};

TEST_F(AddressRound12Test, HouseNumberSaidAfterTheStreet) {
  ExpectStreet("en", "My grandmother lives on Poplar Street, number 31, in Houston.", "Poplar Street, number 31",
               {"Houston"});
  ExpectStreet("fr", "Mon oncle habite rue Toussaint Louverture, au numéro 17, à Jacmel.",
               "rue Toussaint Louverture, au numéro 17", {"Jacmel"});
  ExpectStreet("fr", "Je dormais rue Lamartinière, numéro 6, chez une amie.", "rue Lamartinière, numéro 6");
  ExpectStreet("es", "Vive en la calle Aldama, número 52, en Arriaga.", "calle Aldama, número 52", {"Arriaga"});
  // No number after the cue: nothing more is taken.
  ExpectRedacted("en", "She lives on Poplar Street, number unknown, in Houston.", {"Poplar"}, {"unknown", "Houston"});
}

TEST_F(AddressRound12Test, HouseNumberSaidBeforeTheStreet) {
  ExpectStreet("es", "Nos encerraron en el número 19 de la calle Abasolo, en Reynosa.",
               "número 19 de la calle Abasolo", {"Reynosa"});
  ExpectStreet("es", "Vivíamos en la casa número 7 de la colonia Las Granjas.", "número 7 de la colonia Las Granjas");
  ExpectStreet("fr", "Elle habite au numéro 3 de la rue Pavée, à Jacmel.", "numéro 3 de la rue Pavée", {"Jacmel"});
  ExpectStreet("en", "They held my brother at number 62 on Walnut Street in Laredo.", "number 62 on Walnut Street",
               {"Laredo"});
}

TEST_F(AddressRound12Test, EnglishStreetTypesAfterWordsOfLivingThere) {
  ExpectStreet("en", "We stayed in an apartment on Hawthorn Drive in Dallas.", "Hawthorn Drive", {"Dallas"});
  ExpectStreet("en", "They kept us in a trailer on Juniper Lane for a month.", "Juniper Lane");
  ExpectStreet("en", "My cousin rents a room on Laurel Court, number 9.", "Laurel Court, number 9");
  ExpectStreet("en", "Her house is on Aspen Circle, behind the school.", "Aspen Circle");
  ExpectStreet("en", "My brother lives on Bayview Terrace in San Antonio.", "Bayview Terrace", {"San Antonio"});
  // Without such words the names stay: a court, a drive, a way.
  ExpectNoAddress("en", "The judge at the Supreme Court said no.");
  ExpectNoAddress("en", "We drove on Memorial Drive to the airport.");
  ExpectRedacted("en", "The lawyer filed it on Federal Court records.", {}, {"Federal", "Court"});
}

TEST_F(AddressRound12Test, HaitianStreetAfterNan) {
  ExpectStreet("ht", "Mwen rete nan ri Lamarre, kay 14, Pòtoprens.", "ri Lamarre, kay 14", {"Pòtoprens"});
  ExpectStreet("ht", "Sè m nan rete nan ri Pavée toujou.", "ri Pavée");
  // French "il a ri" is a laugh.
  ExpectNoAddress("fr", "Il a ri Pierre quand il a vu la photo.");
}

TEST_F(AddressRound12Test, FrenchNumberAndCommaBeforeRuelle) {
  ExpectStreet("fr", "Mon adresse : 41, ruelle Chrétien, Port-au-Prince.", "41, ruelle Chrétien", {"Port-au-Prince"});
}

TEST_F(AddressRound12Test, EnglishUnitsAfterANeighbourhood) {
  ExpectStreet("en", "My father lives in Colonia Satélite, block 3, house 11, in San Salvador.",
               "Colonia Satélite, block 3, house 11", {"San Salvador"});
  ExpectStreet("en", "Write to Studio 12, Jones Mews, London.", "Studio 12, Jones Mews", {"London"});
}

TEST_F(AddressRound12Test, FrenchCiteWithItsNumberAndSpanishOffice) {
  ExpectStreet("fr", "Il demeurait cité Bergère, 6, depuis deux ans.", "cité Bergère, 6");
  // Cité Soleil is a commune of Port-au-Prince.
  ExpectRedacted("fr", "À Cité Soleil, 3 personnes sont mortes.", {}, {"Cité Soleil"});
  ExpectStreet("es", "Remitido por: Dr. Jorge Pino. Av. Los Leones 1234, of. 56. Santiago de Chile.",
               "Av. Los Leones 1234, of. 56", {"Santiago"});
}

TEST_F(AddressRound12Test, EuropeanStreetWordsAndCapitalizedKeywords) {
  ExpectStreet("en", "Please write to Tartu mnt 14, Tallinn.", "Tartu mnt 14");
  ExpectStreet("en", "Please write to Kalevi iela 8, Riga.", "Kalevi iela 8");
  ExpectStreet("en", "Please write to Rozendreef 4, Breda.", "Rozendreef 4");
  ExpectStreet("en", "Our office moved to Travessa da Rosa 12, Porto.", "Travessa da Rosa 12");
  ExpectStreet("en", "Our office moved to Strada Florilor nr. 7, Cluj.", "Strada Florilor nr. 7");
  ExpectStreet("en", "Our office moved to Jl. Merdeka No. 10, Bandung.", "Jl. Merdeka No. 10");
  // A time zone or a US state's code is no Estonian street word.
  ExpectNoAddress("en", "Effective until 04:00 PM PST Sat");
  ExpectRedacted("en", "Send it to Nashville, TN 37203.", {}, {"Nashville"});
  // Not before a capitalized name and a number.
  ExpectNoAddress("es", "Largo tiempo esperamos 3 días.");
  ExpectNoAddress("es", "Nos quedamos en la Alameda Central 2 noches.");
}

TEST_F(AddressRound12Test, StreetWithoutTypeAndItsNumberAfterLivesOn) {
  ExpectStreet("en", "My uncle lives on Sycamore, number 22, near the church.", "Sycamore, number 22");
  ExpectStreet("ht", "Mwen rete Kafou, ri Lamò, nimewo 12.", "ri Lamò, nimewo 12", {"Kafou"});
  // The label's verb stays.
  ExpectRedacted("en", "My address is 1200 W. 5th St, apt 3, Austin.", {"1200"}, {"address is", "Austin"});
}

TEST_F(AddressRound12Test, TownBetweenAnAddressAndItsCountryStays) {
  ExpectStreet("en", "Please mail it to 675 224 Forrest Hill Road Suite 833 Milford New Zealand",
               "675 224 Forrest Hill Road Suite 833", {"Milford", "New Zealand"});
  ExpectRedacted("en", "Send the card to 45 Oak Street Apt. 3 Greystone Canada.", {"Oak"}, {"Greystone"});
  // A person's full name there stays a person.
  ExpectRedacted("en", "Send the card to 45 Oak Street Apt. 3 Pedro Gomez Mexico.", {"Pedro", "Gomez"}, {"Mexico"});
}

TEST_F(AddressRound12Test, PlacesNamedInPassingStay) {
  ExpectNoAddress("es", "Nos quedamos cerca del mercado de Tapachula tres días.");
  ExpectNoAddress("es", "Caminamos por la calle principal hasta la plaza de Arriaga.");
  ExpectNoAddress("en", "We walked down the main street of Tapachula looking for work.");
  ExpectNoAddress("fr", "Nous étions près du marché de Pétion-Ville quand ils sont arrivés.");
}

}  // namespace
}  // namespace amparo::redaction
