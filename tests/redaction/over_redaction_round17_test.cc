// Over-redaction in testimonies (round 17): a disease's number after the
// word "address", a town and a number after "to", institutions named after
// a person (a park, a hospital, a shelter, a school) and a Haitian word
// equal to a given name opening a sentence. Each case says what must go
// too: the same names where a person is meant stay redacted.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(OverRedactionRound17Test, ADiseaseNumberIsNoHouseNumber) {
  ExpectGoneAndKept("en", {
      {"My address was on the form. I lived there since Covid 19.", {"[ADDRESS]"}, {"since Covid 19"}},
      {"Write your address here. We all got Covid 19 in the camp.", {"[ADDRESS]"}, {"Covid 19"}},
      // The same shape with a street's name is still an address.
      {"Can you please validate the following address? Kamenná 15.", {"Kamenná"}, {}},
  });
}

TEST(OverRedactionRound17Test, ATownAndANumberAfterToIsNoStreet) {
  ExpectGoneAndKept("en", {
      {"We were flown to Phoenix 12, at dawn.", {"[ADDRESS]"}, {"Phoenix 12"}},
      {"They sent us to Houston 40, all of us.", {"[ADDRESS]"}, {"Houston 40"}},
      // "on" names where one lives; a hero's street after "to" stays one.
      {"We lived on Hidalgo 25, near the market.", {"Hidalgo 25"}, {}},
      {"He took me to Juárez 300, near the market.", {"Juárez 300"}, {}},
  });
}

TEST(OverRedactionRound17Test, InstitutionsNamedAfterPeopleStay) {
  ExpectGoneAndKept("es", {
      {"Nos quedamos en el parque Benito Juárez de Tapachula.", {}, {"parque Benito Juárez"}},
      {"En el parque Benito Juárez dormimos.", {}, {"parque Benito Juárez"}},
      {"La escuela Miguel Hidalgo estaba cerrada.", {}, {"escuela Miguel Hidalgo"}},
      {"La Casa del Migrante Juan Diego está en Tenosique.", {}, {"Casa del Migrante Juan Diego"}},
      {"Dormimos en la iglesia San José.", {}, {"iglesia San José"}},
      {"Me atendieron en el Hospital General Manuel Gea González.", {}, {"Manuel Gea González"}},
      {"Llegamos al Albergue Hermanos en el Camino.", {}, {"Hermanos en el Camino"}},
      // The person of that name elsewhere, or acting, stays redacted.
      {"En el parque Juan nos dijo que esperáramos.", {"Juan"}, {"parque"}},
      {"Mi vecino Benito Juárez nos llevó al parque.", {"Benito", "Juárez"}, {}},
      {"En la escuela Miguel Hidalgo nos golpeó.", {"Miguel"}, {}},
      // A house number after the run makes it a street of an address, as
      // in clinical reports ("Plaza del Hospital Civil, s/n"): the name
      // stays redacted where no address rule takes it.
      {"Nos quedamos en la Casa del Migrante Juan Diego 12 una semana.", {"Juan Diego"}, {}},
  });
  ExpectGoneAndKept("en", {
      {"They took me to the Jackson Memorial Hospital.", {}, {"Jackson Memorial Hospital"}},
      {"Jackson Memorial Hospital is in Miami.", {}, {"Jackson Memorial Hospital"}},
      {"The smuggler was Michael Jackson, and he hit me.", {"Jackson"}, {}},
      // "Church" is a surname too: Grace Church may be a person.
      {"We slept at Grace Church.", {"Grace"}, {}},
  });
}

TEST(OverRedactionRound17Test, ParksNamedAfterPeopleStay) {
  ExpectGoneAndKept("en", {
      {"We walked to Lincoln Park.", {}, {"Lincoln Park"}},
      {"The best place was Lincoln Park.", {}, {"Lincoln Park"}},
      // A park whose name the gazetteer knows as a place, opening a sentence.
      {"Lincoln Park is big and we slept there.", {}, {"Lincoln Park"}},
      {"Lincoln Park beat us.", {"Lincoln"}, {}},
      // A person noun before the copula still says a person.
      {"The smuggler was Daniel Park.", {"Daniel"}, {}},
      {"We visited Daniel Park.", {"Daniel"}, {}},
  });
}

TEST(OverRedactionRound17Test, HaitianJanOpeningASentenceIsTheWord) {
  ExpectGoneAndKept("ht", {
      {"Jan yo te trete nou an, se pa bon.", {}, {"Jan yo te trete"}},
      {"Nou te rive Tapachula. Jan yo te pale ak nou an, nou te pè.", {}, {"Jan yo te pale", "Tapachula"}},
      // The given name where a person is meant.
      {"Jan te bat mwen nan Tapachula.", {"Jan"}, {"Tapachula"}},
      {"Mwen te vwayaje ak Jan Pierre.", {"Jan"}, {}},
      // Before "li" (he, she) a name may be the topic ("Jan, li te di m"),
      // and a clause not closed by its determiner reads no "manner".
      {"Jan li te di m sa.", {"Jan"}, {}},
      {"Jan yo te bat mwen.", {"Jan"}, {}},
  });
}

TEST(OverRedactionRound17Test, HolidaysAndHolyNamesStay) {
  ExpectGoneAndKept("en", {
      {"We rode la Bestia from Coatzacoalcos on Good Friday and prayed to the Virgin Mary.", {},
       {"Good Friday", "Virgin Mary"}},
      {"On Palm Sunday and Holy Thursday we stayed in Reynosa.", {}, {"Palm Sunday", "Holy Thursday"}},
      // A person of those names stays redacted.
      {"Mary Good told us to run.", {"Mary", "Good"}, {}},
  });
  ExpectGoneAndKept("es", {
      {"Le rezamos a la Virgen María y a la Virgen de Guadalupe en Semana Santa.", {},
       {"Virgen María", "Virgen de Guadalupe", "Semana Santa"}},
      {"Mi hermana María nos cuidó en Tapachula.", {"María"}, {"Tapachula"}},
  });
  ExpectGoneAndKept("fr", {
      {"Nous avons prié la Vierge Marie à Noël.", {}, {"Vierge Marie", "Noël"}},
  });
  ExpectGoneAndKept("ht", {
      {"Nou pase Nwèl nan Necoclí ak Pak nan Coatzacoalcos, nou t ap priye Bondye ak Vyèj Mari.", {},
       {"Nwèl", "Vyèj Mari", "Necoclí", "Bondye"}},
      {"Mari mwen te rete Okap.", {}, {"Okap"}},
  });
}

TEST(OverRedactionRound17Test, OrganisationsOfTheRouteStay) {
  ExpectGoneAndKept("fr", {
      {"Ma mère avait la cinquantaine quand nous sommes montés sur la Bestia, un dimanche.", {}, {"la Bestia"}},
  });
  ExpectGoneAndKept("ht", {
      {"Kwa Wouj ak Medsen San Fwontyè te ede nou nan Darién.", {}, {"Medsen San Fwontyè", "Kwa Wouj"}},
  });
}

TEST(OverRedactionRound17Test, AHighwayByItsNumberIsNoAddress) {
  ExpectGoneAndKept("es", {
      {"De Tenosique caminamos a Palenque por la carretera 186, y en el km 40 nos paró la migra.", {},
       {"carretera 186", "km 40"}},
      {"Nos agarraron un miércoles en la carretera 145D, cerca de La Tinaja.", {}, {"carretera 145D"}},
      {"Nos bajaron en la autopista 57 y en la carretera federal 15D.", {}, {"autopista 57", "carretera federal 15D"}},
      // With its kilometre a road names where one lives or works.
      {"Vivo en la carretera federal 200 km 45, Tonalá.", {"carretera federal 200 km 45"}, {}},
      // An address line of a form: abbreviated or capitalized, with "s/n"
      // or a house number.
      {"Centro Penitenciario, Carretera N-330 s/n, Zuera.", {"N-330"}, {}},
      {"Domicilio: Ctra. N-340, 12, El Ejido.", {"N-340"}, {}},
      {"Vive en la carretera 57, 120, en Matehuala.", {"carretera 57"}, {}},
  });
  ExpectGoneAndKept("fr", {
      {"Los Zetas contrôlaient la route de Piedras Negras.", {}, {"la route de Piedras Negras"}},
      {"Ils habitent au 12 route de Lyon.", {"route de Lyon"}, {}},
  });
}

}  // namespace
}  // namespace amparo::redaction
