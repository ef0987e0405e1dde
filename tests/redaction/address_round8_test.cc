// Address forms of the eighth round, through the whole redactor: Central
// American and Colombian street lines ("3a calle, 5 y 6 avenida", "Carrera
// 15 # 85-32, apartamento 402", directions from a landmark in Managua), US,
// UK and Canadian postal codes after the town or state that stays, English
// units and buildings ("4th Floor", "Building 4", "Rosemary Court"), French
// units ("maison 17", "2e étage du 41 quai..."). The addresses are made up.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class AddressRound8Test : public AddressFixture {};

TEST_F(AddressRound8Test, CentralAmericanStreetLines) {
  ExpectStreet("es", "Vivía en el Barrio El Centro, 3a calle, 5 y 6 avenida, casa 14, San Pedro Sula.",
               "3a calle, 5 y 6 avenida, casa 14", {"San Pedro Sula"});
  ExpectStreet("es", "Vivía en la colonia El Limón, 12 calle 4-56, Ciudad de Guatemala.",
               "colonia El Limón, 12 calle 4-56", {"Ciudad de Guatemala"});
}

TEST_F(AddressRound8Test, ColombianApartment) {
  ExpectStreet("es", "Vivo en Bogotá, en la Carrera 15 # 85-32, apartamento 402, barrio Chicó.",
               "Carrera 15 # 85-32, apartamento 402", {"Bogotá"});
  ExpectStreet("es", "Su casa: Calle 45 No. 12-30, apartamento 201, Medellín.",
               "Calle 45 No. 12-30, apartamento 201", {"Medellín"});
}

// Cuban neighbourhoods ("Reparto Alamar"), Mexican housing estates
// ("U.H. El Rosario"), blocks and buildings named by a letter ("Bloque C",
// "Edificio B-2") after a neighbourhood.
TEST_F(AddressRound8Test, NeighbourhoodsBlocksAndBuildings) {
  ExpectStreet("es", "Vivía en Reparto Alamar, Zona 6, Edificio 24, Apto 8, La Habana.",
               "Reparto Alamar, Zona 6, Edificio 24, Apto 8", {"La Habana"});
  ExpectStreet("es", "Residencial Los Pinos, Bloque C, Casa 5, San Pedro Sula.", "Residencial Los Pinos, Bloque C, Casa 5",
               {"San Pedro Sula"});
  ExpectStreet("es", "Andador 4, Edificio B-2, Depto 301, U.H. El Rosario, Azcapotzalco.", "U.H. El Rosario",
               {"Azcapotzalco"});
  ExpectStreet("es", "Andador 4, Edificio B-2, Depto 301, U.H. El Rosario, Azcapotzalco.", "Edificio B-2");
  // A delivery is no neighbourhood; a house is no unit.
  ExpectNoAddress("es", "Después del reparto de Comida nos fuimos a la casa de mi tía.");
}

// "Ampliación", "Ejido", "Ex Hacienda" open a colonia's name that goes on
// with a town's ("Emiliano Zapata" is a town too): the town is the name's.
TEST_F(AddressRound8Test, ColoniaNamedAfterATown) {
  ExpectStreet("es", "Vive en la Colonia Ampliación Emiliano Zapata, Chalco, Estado de México.",
               "Colonia Ampliación Emiliano Zapata", {"Chalco", "Estado de México"});
  ExpectStreet("es", "Nos quedamos en la col. Ex Hacienda Guadalupe, Monterrey.", "col. Ex Hacienda Guadalupe",
               {"Monterrey"});
}

TEST_F(AddressRound8Test, BetweenStreetsInThePlural) {
  ExpectStreet("es", "Vive entre las calles Allende y Morelos, en Oaxaca.", "calles Allende y Morelos", {"Oaxaca"});
  ExpectStreet("es", "Su casa está en Lote 14, Manzana 3, Colonia Las Flores.", "Lote 14, Manzana 3");
  ExpectStreet("es", "Vive en Calle Benito Juárez 12, depto. 5, entre calles Allende y Morelos, Oaxaca.",
               "entre calles Allende y Morelos", {"Oaxaca"});
}

TEST_F(AddressRound8Test, DirectionsFromALandmark) {
  ExpectStreet("es", "Nicaragua: del semáforo de la Rotonda El Güegüense 2 cuadras al sur, casa 45, Managua.",
               "del semáforo de la Rotonda El Güegüense 2 cuadras al sur, casa 45", {"Managua", "Nicaragua"});
  ExpectStreet("es", "Vivíamos de donde fue el Cine González 1 cuadra al lago, 20 varas abajo, en León.",
               "Cine González 1 cuadra al lago, 20 varas abajo", {"León"});
  // A landmark named by a lower-case noun with an accent.
  ExpectStreet("es", "Vivo de la pulpería 2 cuadras al sur, en Managua.", "de la pulpería 2 cuadras al sur",
               {"Managua"});
  ExpectStreet("es", "La casa queda del semáforo 3 cuadras abajo.", "del semáforo 3 cuadras abajo");
  // Walking is no address.
  ExpectNoAddress("es", "Caminamos 2 cuadras al sur y nos escondimos.");
}

TEST_F(AddressRound8Test, StateCodeStaysItsZipGoes) {
  const std::string text = "My sponsor lives at 1423 W. Maple Ave., Apt. 3B, Houston, TX 77008.";
  ExpectStreet("en", text, "77008", {"Houston", "TX"});
  ExpectStreet("en", "Address on my ID: Rural Route 2, Box 118, Immokalee, FL 34142.", "34142",
               {"Immokalee", "FL"});
}

TEST_F(AddressRound8Test, BritishAndCanadianPostcodes) {
  ExpectStreet("en", "Mailing address: 88 Harbour Road, Flat 12, London E14 9TQ, United Kingdom.", "E14 9TQ",
               {"London", "United Kingdom"});
  ExpectStreet("en", "My aunt's address is 17 Kensington Gardens Square, London W2 4BH.", "W2 4BH", {"London"});
  ExpectStreet("en", "The shelter is at 200 Rue Saint-Antoine Ouest, Suite 410, Montreal, QC H2Y 1J1.", "H2Y 1J1",
               {"Montreal", "QC"});
  ExpectStreet("fr", "Mon adresse : 6420, rue Saint-Hubert, app. 5, Montréal (Québec) H2S 2M2.", "H2S 2M2",
               {"Montréal", "Québec"});
  // Times and sizes are no postcodes.
  ExpectNoAddress("en", "We left at 5 PM and the room was A4 size.");
}

TEST_F(AddressRound8Test, EnglishFloorsAndBuildings) {
  ExpectStreet("en", "Please write to me at 412 E 116th St, 4th Floor, New York, NY 10029.",
               "412 E 116th St, 4th Floor", {"New York"});
  ExpectStreet("en", "We lived in Building 4, Apartment 21, Parkview Towers, Toronto.",
               "Building 4, Apartment 21, Parkview Towers", {"Toronto"});
  ExpectStreet("en", "I was told to go to Flat 3, Rosemary Court, 45 Fortune Green Road, London.",
               "Flat 3, Rosemary Court", {"London"});
}

TEST_F(AddressRound8Test, EnglishStreetsNamedByOrdinals) {
  ExpectStreet("en", "He works at a car wash on Northwest 27th Avenue near 79th Street, in Miami.",
               "Northwest 27th Avenue", {"Miami"});
  ExpectStreet("en", "He works at a car wash on Northwest 27th Avenue near 79th Street, in Miami.", "79th Street");
}

TEST_F(AddressRound8Test, FrenchHouseAndFloor) {
  ExpectStreet("fr", "Il habitait à Delmas, rue Charbonnière, maison 17.", "rue Charbonnière, maison 17",
               {"Delmas"});
  ExpectStreet("fr", "Ma tante vit au 2e étage du 41 quai de la Fosse, à Nantes.",
               "2e étage du 41 quai de la Fosse", {"Nantes"});
}

TEST_F(AddressRound8Test, PostalCodesBeforeTheirTownInParentheses) {
  ExpectStreet("es", "Hospital Lucus Augusti San Cibrao s/n (27003) Lugo.", "27003", {"Lugo"});
  ExpectStreet("es", "Servicio de Urología. C/ Diputació 345, 2º-1ª 08009, Barcelona.", "08009", {"Barcelona"});
}

// A quoted door letter after a floor and a door ('2º piso dto "C"'), a
// door letter after its mark and a period ("3-2. ºB").
TEST_F(AddressRound8Test, DoorLettersAfterTheFloor) {
  ExpectStreet("es", "Dr. Daniel Ferranti. Jujuy Nº 491 2º piso dto \"C\". Ciudad Autónoma de Buenos Aires.",
               "Jujuy Nº 491 2º piso dto \"C\"", {"Buenos Aires"});
  ExpectStreet("es", "Dr. César Izquierdo C/. Puerto de Pajares, 3-2. ºB E 28053 Madrid, España.",
               "C/. Puerto de Pajares, 3-2. ºB", {"Madrid", "España"});
}

// A postal code written with a space after its cue ("CP: 80 100", Cuba),
// or alone in a form's town field ("Localidad/ Provincia: 28013").
TEST_F(AddressRound8Test, PostalCodesInFormFields) {
  ExpectStreet("es", "Localidad/ Provincia: Holguín.\nCP: 80 100.\nNHC: 1234.", "80 100", {"Holguín"});
  ExpectStreet("es", "Domicilio: Plaza Celenque, 3.\nLocalidad/ Provincia: 28013.\nCP: Madrid.", "28013");
}

// Scanned French papers: OCR reads "a" as "&" ("rue S&int-Gouéno") and
// leaves a stray mark after "de" ("rue de ; Monceau").
TEST_F(AddressRound8Test, FrenchStreetsReadByOcr) {
  ExpectStreet("fr", "Clouet , 1 , rue S&int-Gouéno , à Saint-Brieuc .", "rue S&int-Gouéno", {"Saint-Brieuc"});
  ExpectStreet("fr", "au sixième étage , rue de ; Monceau , lorsqu' il fut surpris", "rue de ; Monceau");
}

// "The address of Civic Impulse LLC is PSC 4095": the label's sentence
// names the company before the address; the address does not take it
// (the name detector may still guess a one-word company as a person).
TEST_F(AddressRound8Test, AddressLabelThenTheCompanyItBelongsTo) {
  ExpectStreet("en", "The address of Civic Impulse LLC is PSC 4095, Box 8316", "PSC 4095, Box 8316",
               {"Civic Impulse LLC"});
  ExpectStreet("en", "The address of Persint is 6750 Koskikatu 25 Apt. 864", "6750 Koskikatu 25", {"address of"});
}

}  // namespace
}  // namespace amparo::redaction
