// Street shapes of letters and forms that the rules before missed, through
// the whole redactor, each written with made-up names in the layouts of
// several countries: a form's address field aligned with spaces ("Address:
//     Lepiku 12"), a Belgian or Swiss postal code that reads as a year after
// the street's comma ("Molenstraat 9, 2000 Antwerpen"), a house number and
// a street named without a keyword after a comma ("at Quantell, 6891
// Prešernova 18, Gjøvik"), and an address written over two lines, the
// street on one and the postal code and town on the next ("Havlíčkova
// 1203\n602 00 Brno"), and a street without a keyword where the text speaks
// of an address or under a signature's name ("validate the following?
// Kamenná 15", "Quantell\nKolodvorska 2"). Towns stay; years in prose stay.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class AddressRound15Test : public AddressFixture {};

TEST_F(AddressRound15Test, FieldAlignedWithSpaces) {
  ExpectStreet("en", "Name:    Tanel Saar\nAddress:     Vabriku 7", "Vabriku 7");
  ExpectStreet("en", "Name:      Ana Vidmar\nAddress:        Zaloška 61, Ljubljana", "Zaloška 61");
  ExpectStreet("es", "Nombre:   Lucía Ferrer\nDomicilio:      Sierra Nevada 224", "Sierra Nevada 224");
}

TEST_F(AddressRound15Test, PostalCodeThatReadsAsAYearAfterAStreet) {
  ExpectStreet("en", "Send mail to Molenstraat 9, 2000 Antwerpen.", "2000", {"Antwerpen"});
  ExpectStreet("en", "Her office: Bahnhofstrasse 4, 1990 Kloten.", "Bahnhofstrasse 4, 1990", {"Kloten"});
  ExpectStreet("en", "Kerkstraat 12 bus 3, 2018 Antwerpen", "Kerkstraat 12 bus 3, 2018", {"Antwerpen"});
  ExpectStreet("en", "Please write to Lidická 55, 1930 Zaventem, Belgium.", "Lidická 55, 1930");
  // A year after a comma that follows no street stays.
  ExpectNoAddress("en", "On March 3, 2019 Maria crossed the river.");
  ExpectNoAddress("en", "We read page 12, 2019 Madrid was in the news.");
  ExpectNoAddress("en", "See Article 27, 2019 Edition.");
}

TEST_F(AddressRound15Test, HouseNumberAndStreetAfterAComma) {
  ExpectStreet("en", "We'll meet tomorrow at Quantell, 6891 Prešernova 18, Gjøvik", "6891 Prešernova 18", {"Gjøvik"});
  ExpectStreet("en", "We'll meet at the bakery, 4412 Kamenná 15, Kladno", "4412 Kamenná 15", {"Kladno"});
  ExpectStreet("en", "We'll meet tomorrow at Quantell, 0386 Manuel Acuña 41, Ystad", "0386 Manuel Acuña 41");
  // A postal code, a town and its district stay a postal code and a town.
  ExpectStreet("en", "Write to Lipová 12, 120 00 Praha 2.", "Lipová 12, 120 00");
}

TEST_F(AddressRound15Test, StreetLineThenPostalCodeAndTownLine) {
  // The street and the code are found apart, so the address keeps its lines.
  const struct {
    const char* text;
    const char* street;
    const char* code;
    const char* town;
  } cases[] = {
      {"Please send the papers to\nHavlíčkova 1203\n602 00 Brno", "Havlíčkova 1203", "602 00", "Brno"},
      {"Ondřej Malý\nNádražní 612\n430 01 Chomutov\nCzech Republic", "Nádražní 612", "430 01", "Czech Republic"},
      {"Ana Vidmar\nPrešernova 18\n2250 Ptuj\nSlovenia", "Prešernova 18", "2250", "Ptuj"},
      {"Henrik Dahl\nØstergade 2\n8000 Aarhus C", "Østergade 2", "8000", "Aarhus"},
      {"Maria Lind\nTallstigen 6\n411 38 Göteborg", "Tallstigen 6", "411 38", "Göteborg"},
      {"Jan Nowak\nOgrodowa 21\n00-896 Warszawa", "Ogrodowa 21", "00-896", "\n"},
      {"Molenstraat 9\n2000 Antwerpen", "Molenstraat 9", "2000", "Antwerpen"},
      {"> Lea Kos\n> 20789 Lepiku 12\n> 50105 Tartu", "20789 Lepiku 12", "50105", "Tartu"},
  };
  for (const auto& c : cases) {
    ExpectStreet("en", c.text, c.street, {c.town});
    ExpectStreet("en", c.text, c.code);
  }
  // A line that names no street before a year and a word stays.
  ExpectNoAddress("en", "We left in a hurry\n2019 Madrid was cold");
  ExpectNoAddress("en", "Chapter 2\n2019 Madrid");
  ExpectNoAddress("en", "Score: Arsenal 2\n2019 London");
  ExpectNoAddress("en", "Arsenal 2\n2019 London");
}

TEST_F(AddressRound15Test, StreetWithoutKeywordWhereAnAddressIsMeant) {
  ExpectStreet("en", "Not getting bank documents to my address. Can you please validate the following? Kamenná 15",
               "Kamenná 15");
  ExpectStreet("en", "What is your address? it is Vabriku 7", "Vabriku 7");
  ExpectStreet("en", "I want to update my primary and secondary address to the same: Zaloška 61", "Zaloška 61");
  ExpectStreet("en", "How do I change the address linked to my card to Lepiku 12?", "Lepiku 12");
  ExpectStreet("en", "I need to add my addresses, here they are: Pikk 33, and Ogrodowa 21", "Ogrodowa 21");
  ExpectStreet("es", "Le di mi dirección nueva: Sierra Nevada 224.", "Sierra Nevada 224");
  // The answer to where something is sent, in a chat.
  ExpectStreet("en", "Bot: Where would you like this to be sent to? User: Nádražní 612", "Nádražní 612");
  ExpectNoAddress("en", "Bot: Where would you like this to be sent to? User: Guatemala 3 times");
  // Under a name's or a firm's line, as a signature writes it.
  ExpectStreet("en", "Mira Holt\nQuantell\nKolodvorska 2\nMobile: 555-0101", "Kolodvorska 2");
  ExpectStreet("en", "Quantell\n\nPrešernova 18", "Prešernova 18");
  // A count, a page, a person's age, a heading: no street.
  ExpectNoAddress("en", "We wrote our address on the form. I was 15.");
  ExpectNoAddress("es", "Le di mi dirección a Juan. Tenía 15.");
  ExpectNoAddress("en", "Mira Holt\nQuantell\nChapter 2");
  ExpectNoAddress("en", "Results\nArsenal 2\nChelsea 1");
  ExpectNoAddress("en", "We wrote our address on the form.\nMaria 15 was there.");
  // A country and its postal code on an address's last line: the town stays.
  ExpectRedacted("en", "Marisa Holt\n\n583 Lindevej 298\n Apt. 123\n Ilulissat\n Greenlander 07609", {"07609"},
                 {"Greenlander"});
  ExpectRedacted("en", "Marisa Holt\n\n583 Lindevej 298\n Apt. 123\n Ilulissat\n\n Greenlander 0760", {"583 Lindevej"},
                 {"Greenlander"});
  ExpectRedacted("en", "Billing address: Sara Holt\n    2824 Lindevej 82 Apt. 595\n   ILULISSAT\n    Greenlander 5365",
                 {"Lindevej"}, {"Greenlander"});
}

}  // namespace
}  // namespace amparo::redaction
