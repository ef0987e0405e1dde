// Streets of the European forms that generated and real letters give, in
// English sentences, through the whole redactor: German "str." glued to
// the name ("Hauptstr. 7"), Nordic and Icelandic types at a name's end
// ("Kirkebakken 23", "Bakkavegur 12", "Heimdalsbraut 8") or as a word of
// their own ("Karl Johans gate 22"), Italian, Greek and Belgian keywords
// ("Piazza Navona 2", "Odos Ermou 15", "chaussée de Wavre 1100"), and a
// street named without a keyword where something is sent or someone met
// ("return to Kovářova 88", "meet me at Tornimäe 5"). Years after words,
// airport gates and places before a count stay. The addresses are made up.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class AddressRound14Test : public AddressFixture {};

TEST_F(AddressRound14Test, TypeGluedToTheNameOrAfterIt) {
  ExpectStreet("en", "Deliver to Hauptstr. 7, 80331 München.", "Hauptstr. 7", {"München"});
  ExpectStreet("en", "Please return to Kirkebakken 23 in case of an issue.", "Kirkebakken 23");
  ExpectStreet("en", "Ship it to Bakkavegur 12 tomorrow.", "Bakkavegur 12");
  ExpectStreet("en", "My cousin stays at Heimdalsbraut 8 now.", "Heimdalsbraut 8");
  ExpectStreet("en", "The parcel went to Solbacken 4, near the lake.", "Solbacken 4");
  ExpectStreet("en", "Send it to Karl Johans gate 22, Oslo.", "Johans gate 22", {"Oslo"});
  ExpectStreet("en", "She lives in Eikeveien 9 now.", "Eikeveien 9");
  // A gate at an airport, a year after a season: no street.
  ExpectNoAddress("en", "We waited at gate 22 for the flight to Miami.");
  ExpectNoAddress("en", "In Spring 2019 we crossed the border.");
}

TEST_F(AddressRound14Test, ItalianGreekAndBelgianKeywords) {
  ExpectStreet("en", "Ship to Piazza Navona 2, Roma.", "Piazza Navona 2", {"Roma"});
  ExpectStreet("en", "The office is on Viale dei Mille 45, Firenze.", "Viale dei Mille 45", {"Firenze"});
  ExpectStreet("en", "Return to Odos Ermou 15, Athens.", "Odos Ermou 15", {"Athens"});
  ExpectStreet("en", "Ship to Chaussée de Wavre 1100, Bruxelles.", "Chaussée de Wavre 1100");
  ExpectStreet("fr", "Il habite chaussée de Louvain 212 à Bruxelles.", "chaussée de Louvain 212", {"Bruxelles"});
  // Without a number, the roadway.
  ExpectNoAddress("fr", "Il fut renversé sur la chaussée de la Madeleine par un fiacre.");
  // "Corso" and "Piazza" alone name no street: a course, a square in a
  // story.
  ExpectNoAddress("en", "We met in the Piazza after mass.");
}

TEST_F(AddressRound14Test, NameAndNumberWhereSomethingIsSentOrSomeoneMet) {
  ExpectStreet("en", "Please return to Kovářova 88 in case of an issue.", "Kovářova 88");
  ExpectStreet("en", "Could you send the new card to Mlýnská 27?", "Mlýnská 27");
  ExpectStreet("en", "I'd like it to be sent to Ilica 145, Zagreb.", "Ilica 145");
  ExpectStreet("en", "Meet me at Tornimäe 5 after work.", "Tornimäe 5");
  ExpectStreet("en", "Our offices are located at Jaskółcza 14 Suite 3.", "Jaskółcza 14 Suite 3");
  ExpectStreet("en", "The letter arrived at Hlavná 33 last night.", "Hlavná 33");
  // A place, a person or an ordinary word before a number says how many or
  // which: no street.
  ExpectRedacted("en", "I was sent to Guatemala 3 times before they believed me.", {}, {"Guatemala", "3 times"});
  ExpectRedacted("en", "They returned to Tapachula 2 weeks later.", {}, {"Tapachula", "2 weeks"});
  ExpectNoAddress("en", "Please return to Chapter 5 and read it again.");
  ExpectNoAddress("en", "We arrived at Gate 12 too late.");
}

TEST_F(AddressRound14Test, UnitsAndRuralRoutes) {
  // A unit on the line after the street: "Flat" is no street type there.
  ExpectStreet("en", "Please update my address to 12 Wandsworth Bridge Road\n Flat 4\n London\n United Kingdom",
               "12 Wandsworth Bridge Road\n Flat 4", {"London"});
  // A unit by its sign alone after the street's type.
  ExpectStreet("en", "Please send it to 803 Sycamore Pkwy #210, Tulsa, OK 74105.", "803 Sycamore Pkwy #210",
               {"Tulsa"});
  // Canadian and US rural routes, sites, compartments and boxes.
  ExpectStreet("en", "He lives on RR 2, Site 14, Box 9, Lacombe AB T4L 2N2.", "RR 2, Site 14, Box 9");
  ExpectStreet("en", "Write to R.R. 3, Comp 12, Box 40, Kenora.", "R.R. 3, Comp 12, Box 40");
  ExpectStreet("en", "Her mail goes to HC 64 Box 118, Harlan.", "HC 64 Box 118", {"Harlan"});
  // Post office boxes of German, Dutch, Nordic, Portuguese and Italian
  // mail.
  ExpectStreet("en", "Write to Postfach 1234, 80331 München.", "Postfach 1234", {"München"});
  ExpectStreet("en", "Write to Postbus 512, Utrecht.", "Postbus 512", {"Utrecht"});
  ExpectStreet("en", "Write to Postboks 77, Bergen.", "Postboks 77", {"Bergen"});
  ExpectStreet("en", "Write to Caixa Postal 3041, Recife.", "Caixa Postal 3041", {"Recife"});
  ExpectStreet("en", "Write to Casella Postale 18, Bari.", "Casella Postale 18", {"Bari"});
  // Without a site or box after it, "RR 16" is a respiratory rate.
  ExpectNoAddress("es", "Constantes: TA 120/80, FC 80, RR 16 rpm.");
}

TEST_F(AddressRound14Test, FloorsAfterAHospitalsStreet) {
  // A basement floor after a period, a floor glued to the building's
  // letters.
  ExpectStreet("es", "Hospital Comarcal. Camino Viejo s/n. Edificio 3. Planta -2. 41500 Alcalá.",
               "Camino Viejo s/n. Edificio 3. Planta -2", {"Alcalá"});
  ExpectStreet("es", "Servicio de Neumología. Avenida Juan Carlos I, 7-9, HGU-planta 4. Alicante.",
               "Avenida Juan Carlos I, 7-9, HGU-planta 4", {"Alicante"});
}

TEST_F(AddressRound14Test, NameAndNumberWhereSomeoneLives) {
  ExpectStreet("en", "I once lived in Tyršova 56 with my aunt.", "Tyršova 56");
  ExpectStreet("en", "Now she lives in Benešova 3, near the station.", "Benešova 3");
  ExpectStreet("en", "I'd like to call a taxi to Krakowska 61 please.", "Krakowska 61");
  ExpectStreet("en", "The clinic is at Hlavná 33, next to the bank.", "Hlavná 33");
  ExpectStreet("en", "Do they serve soup? It's in Ilica 145", "Ilica 145");
  ExpectNoAddress("en", "Her illness is at Stage 2 now.");
  ExpectStreet("en", "The bus station is on Pagari 18.", "Pagari 18");
  ExpectNoAddress("en", "The show is on Channel 5 tonight.");
  ExpectNoAddress("en", "The hearing is on Friday 12 at nine.");
  ExpectRedacted("en", "My brother was at Reynosa 3 days.", {}, {"Reynosa"});
  ExpectRedacted("en", "We lived in Chiapas 2 years before crossing.", {}, {"Chiapas"});
  ExpectNoAddress("en", "They lived in Tent 7 of the camp.");
}

TEST_F(AddressRound14Test, ShortPostalCodeAfterTheStreet) {
  // Four-digit codes, and the codes of Sweden, Czechia, Poland, Portugal
  // and the Netherlands, after a street and its comma.
  ExpectRedacted("en", "Our office: Bahnhofplatz 3, 8001 Zürich", {"8001"}, {"Zürich"});
  ExpectRedacted("en", "Send it to Karl Johans gate 22, 0159 Oslo.", {"0159"}, {"Oslo"});
  ExpectRedacted("en", "I moved to Andrássy út 60, 1062 Budapest.", {"1062"}, {"Budapest"});
  ExpectRedacted("en", "I live at Storgatan 9, 411 38 Göteborg.", {"411 38"}, {"Göteborg"});
  ExpectRedacted("en", "Please return to Vinohradská 48, 120 00 Praha.", {"Vinohradsk", "120 00"});
  ExpectRedacted("en", "Ship to ul. Piotrkowska 104, 90-006 Łódź.", {"90-006"});
  ExpectRedacted("en", "Rua das Flores 210, 4050-262 Porto", {"4050-262"});
  ExpectRedacted("en", "The address of Kessler is Keizersgracht 312, 1016 EZ Amsterdam.", {"1016 EZ"}, {"Amsterdam"});
  // The street before such a code, written without a keyword.
  ExpectStreet("en", "Contact: Kovářova 88, 8001 Zürich", "Kovářova 88, 8001", {"Zürich"});
  ExpectStreet("en", "Contact: Dolní Náměstí 4, 411 38 Göteborg", "Dolní Náměstí 4, 411 38", {"Göteborg"});
  ExpectRedacted("en", "See Artículo 27, 1062 Budapest.", {}, {"Artículo 27"});
  // A year after a date's comma stays, and a number before a sentence goes
  // on.
  ExpectRedacted("en", "On the Monday, 1500 Soldiers marched to the border.", {}, {"1500"});
  ExpectRedacted("en", "On March 3, 2019 Maria crossed at Tijuana.", {}, {"2019"});
  ExpectRedacted("en", "We left in June 12, 1998 Chevrolet trucks.", {}, {"1998"});
}

TEST_F(AddressRound14Test, PolishTurkishAndPortugueseShapes) {
  ExpectStreet("en", "The address of Vanta is al. Jerozolimskie 12, Warszawa.", "al. Jerozolimskie 12");
  ExpectStreet("en", "My address is os. Tysiąclecia 5 now.", "os. Tysiąclecia 5");
  ExpectStreet("en", "The address of Vanta is Atatürk Cad. No: 12, Ankara.", "Atatürk Cad. No: 12", {"Ankara"});
  ExpectStreet("en", "The address of Vanta is Güneş Sk. No:5", "Güneş Sk. No:5");
  ExpectStreet("en", "The address of Vanta is Beco de Santo António, 12", "Beco de Santo António, 12");
  ExpectStreet("en", "Ship to Quadra Barros, 12 before Friday.", "Quadra Barros, 12");
}

TEST_F(AddressRound14Test, StrayLetterOfOcrInAFrenchStreet) {
  // OCR leaves a letter of a broken line between the article and the name.
  ExpectStreet("fr", "Il demeurait 17 , rue de la j Roquette , depuis un an .", "rue de la j Roquette");
  ExpectStreet("fr", "Un cocher du boulevard de i Hôpital a été renversé .", "boulevard de i Hôpital");
  // "a" and "y" are words: "rue de a" is no stray letter.
  ExpectRedacted("fr", "Il passait dans la rue et y Marie le vit .", {}, {"rue et y"});
}

TEST_F(AddressRound14Test, RoadNamedByTheTownsItJoinsBeforeSinNumero) {
  // A road from one town to another with "s/n" after it is an address, the
  // second town the road's name (as with a kilometre or a number).
  ExpectStreet("es", "Hospital Vega Baja. Ctra. Orihuela - San Bartolomé s/n. 03314 Orihuela.",
               "Ctra. Orihuela - San Bartolomé s/n");
  // Without one it is a route, its towns kept.
  ExpectRedacted("es", "Vivía en la carretera Comayagua - La Paz, cerca del puente.", {}, {"La Paz"});
  // Without a dash the town after a street ends it.
  ExpectStreet("es", "Vivía en la calle Hidalgo 12, Tapachula.", "calle Hidalgo 12", {"Tapachula"});
}

TEST_F(AddressRound14Test, EnglishNumberShapes) {
  ExpectStreet("en", "My address is 1600 Pennsylvania Ave. N.W., Washington.", "1600 Pennsylvania Ave. N.W",
               {"Washington"});
  ExpectStreet("en", "The shop is at 12-14 High St, Oxford.", "12-14 High St", {"Oxford"});
  ExpectStreet("en", "Send it to 3-45 Elm St, Toronto.", "3-45 Elm St", {"Toronto"});
  ExpectStreet("en", "I lived at 123 1/2 Main St, Fresno.", "123 1/2 Main St", {"Fresno"});
  ExpectStreet("en", "We lived at 1234 County Road 42, Bastrop.", "1234 County Road 42");
  ExpectStreet("en", "Our trailer was at 5120 State Highway 71, La Grange.", "5120 State Highway 71");
  // Australian shops and levels before the street (each part its own span).
  ExpectRedacted("en", "The store is Shop 5, 100 Queen St, Brisbane.", {"Shop", "Queen"}, {"Brisbane"});
  ExpectRedacted("en", "The firm is at Suite 2, Level 10, 1 Martin Place, Sydney.", {"Level", "10", "Martin"},
                 {"Sydney"});
  // A count after a street is not its number; years stay.
  ExpectRedacted("en", "We lived at 12 Oak Street 3 years.", {"Oak"}, {"3 years"});
  ExpectRedacted("en", "Between 1990-1995 Palm Springs grew.", {}, {"1990", "Palm Springs"});
}

TEST_F(AddressRound14Test, DanishFloorsAndBelgianBoxes) {
  // The floor and side of a Danish flat, a Belgian letterbox number.
  ExpectStreet("en", "Return to Vesterbrogade 44, 3. tv, 1620 København V.", "Vesterbrogade 44, 3. tv",
               {"København"});
  ExpectStreet("en", "Ship to Nørregade 7, st. th., 1165 København K.", "Nørregade 7, st. th");
  ExpectStreet("en", "The address is Kerkstraat 12 bus 3, Antwerpen.", "Kerkstraat 12 bus 3", {"Antwerpen"});
  // A bus after a street is a ride.
  ExpectRedacted("en", "We took the bus 3 times from Hauptstraße to the camp.", {}, {"3 times"});
}

}  // namespace
}  // namespace amparo::redaction
