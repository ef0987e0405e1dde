// The place gazetteer knows the states of Mexico, the migration route, Central
// and South America, the Caribbean and the US border, matches them whatever the
// case and accents, and answers with the canonical spelling.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "redaction/place_gazetteer.h"

namespace amparo::redaction {
namespace {

const PlaceGazetteer& G() { return PlaceGazetteer::Default(); }

TEST(PlaceGazetteerTest, AllThirtyTwoMexicanStates) {
  const std::vector<std::string> states = {
      "Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas",
      "Chihuahua", "Ciudad de México", "Coahuila", "Colima", "Durango", "Estado de México",
      "Guanajuato", "Guerrero", "Hidalgo", "Jalisco", "Michoacán", "Morelos", "Nayarit",
      "Nuevo León", "Oaxaca", "Puebla", "Querétaro", "Quintana Roo", "San Luis Potosí",
      "Sinaloa", "Sonora", "Tabasco", "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán",
      "Zacatecas"};
  ASSERT_EQ(states.size(), 32u);
  for (const std::string& s : states) EXPECT_TRUE(G().IsPlace(s)) << s;
}

TEST(PlaceGazetteerTest, TheRoute) {
  for (const char* town :
       {"Tapachula", "Tenosique", "Palenque", "Coatzacoalcos", "Veracruz", "Ciudad Juárez",
        "Reynosa", "Nuevo Laredo", "Piedras Negras", "Tijuana", "Mexicali", "San Luis Potosí",
        "Saltillo", "Monterrey", "Matamoros", "Arriaga", "Ixtepec", "Tierra Blanca", "Orizaba",
        "Apizaco", "Lechería", "Celaya", "Irapuato", "Tecún Umán", "Darién", "Necoclí",
        "El Paso", "San Diego", "McAllen", "Brownsville", "Eagle Pass", "Laredo"}) {
    EXPECT_TRUE(G().IsPlace(town)) << town;
  }
}

TEST(PlaceGazetteerTest, CountriesAndCapitalsInSeveralLanguages) {
  for (const char* p : {"Honduras", "Guatemala", "El Salvador", "Nicaragua", "Haití", "Haiti",
                        "Ayiti", "Venezuela", "Colombia", "Cuba", "Estados Unidos", "EE.UU.",
                        "United States", "États-Unis", "Tegucigalpa", "San Pedro Sula",
                        "Port-au-Prince", "Pòtoprens", "Managua", "Caracas", "Quito"}) {
    EXPECT_TRUE(G().IsPlace(p)) << p;
  }
  EXPECT_FALSE(G().IsPlace("Ciudad Fantasma"));
  EXPECT_FALSE(G().IsPlace("María"));
  EXPECT_FALSE(G().IsPlace(""));
}

TEST(PlaceGazetteerTest, CaseAndAccentInsensitiveWithCanonicalSpelling) {
  const std::string text = "De CIUDAD JUAREZ pasamos a san luis potosi y luego a Queretaro.";
  std::vector<PlaceMention> found = G().FindPlaces(text);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].canonical, "Ciudad Juárez");
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "CIUDAD JUAREZ");
  EXPECT_EQ(found[1].canonical, "San Luis Potosí");
  EXPECT_EQ(found[1].kind, "state");
  EXPECT_EQ(found[2].canonical, "Querétaro");
}

TEST(PlaceGazetteerTest, AliasesMapToTheCanonicalName) {
  std::vector<PlaceMention> found = G().FindPlaces("Vivimos en la CDMX y antes en el D.F.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].canonical, "Ciudad de México");
  EXPECT_EQ(found[1].canonical, "Ciudad de México");
  found = G().FindPlaces("Nou rete Okap.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].canonical, "Cabo Haitiano");
}

TEST(PlaceGazetteerTest, LongestMatchFirstAndNoOverlap) {
  const std::string text = "Baja California Sur, Baja California, San Luis Río Colorado.";
  std::vector<PlaceMention> found = G().FindPlaces(text);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].canonical, "Baja California Sur");
  EXPECT_EQ(found[1].canonical, "Baja California");
  EXPECT_EQ(found[2].canonical, "San Luis Río Colorado");
  for (size_t i = 1; i < found.size(); ++i) EXPECT_LE(found[i - 1].end, found[i].begin);
}

TEST(PlaceGazetteerTest, PlacesDoNotSpanLineBreaks) {
  const std::string text = "Baja\nCalifornia";
  for (const PlaceMention& m : G().FindPlaces(text)) {
    EXPECT_EQ(text.substr(m.begin, m.end - m.begin).find('\n'), std::string::npos);
  }
}

TEST(PlaceGazetteerTest, OffsetsOnCodePointBoundaries) {
  const std::string text = "¿Mérida o Cancún? Ñandú en Yucatán…";
  for (const PlaceMention& m : G().FindPlaces(text)) {
    ASSERT_LE(m.end, text.size());
    EXPECT_NE(static_cast<unsigned char>(text[m.begin]) & 0xC0, 0x80u);
    if (m.end < text.size()) {
      EXPECT_NE(static_cast<unsigned char>(text[m.end]) & 0xC0, 0x80u);
    }
  }
  EXPECT_EQ(G().FindPlaces(text).size(), 3u);
}

}  // namespace
}  // namespace amparo::redaction
