// The world place gazetteer (data/world_places*.tsv): the world's towns and
// divisions stay in redacted text in Spanish, English and French, and a
// place that is also a person's name ("Jackson", "Mercedes", "Sofia") is a
// place only where the text says so; person evidence wins.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "redaction/place_gazetteer.h"
#include "redaction/place_veto.h"
#include "redaction/redactor.h"
#include "tests/redaction/place_veto_support.h"
#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

const PlaceGazetteer& G() { return PlaceGazetteer::Default(); }

TEST(WorldPlacesTest, ClassesOfPlaces) {
  // Listed by hand (the region and the route) and what the world list adds,
  // in the three languages ("Beyrouth", "Alepo" are French and Spanish).
  EXPECT_EQ(G().ClassOf("Tapachula"), PlaceClass::kListed);
  for (const char* p : {"Nairobi", "Kampala", "Kinshasa", "Alepo", "Beyrouth", "Kaboul", "Mosul",
                        "Dakar", "Abidjan", "Baviera", "Anvers", "Manchester"}) {
    EXPECT_EQ(G().ClassOf(p), PlaceClass::kWorld) << p;
  }
  // Names of people too: apart.
  for (const char* p : {"Jackson", "Mercedes", "Sofia", "Victoria", "Lincoln", "Orlando"}) {
    EXPECT_EQ(G().ClassOf(p), PlaceClass::kWorldAmbiguous) << p;
  }
  EXPECT_EQ(G().ClassOf("Ramiro"), PlaceClass::kNone);
  // IsPlace (what a known identifier is checked against) is the listed
  // places only: a survivor's name is never let through as a world town.
  EXPECT_TRUE(G().IsPlace("Tapachula"));
  EXPECT_FALSE(G().IsPlace("Nairobi"));
  EXPECT_FALSE(G().IsPlace("Jackson"));
}

TEST(WorldPlacesTest, FindPlacesSkipsAmbiguousAndOrdinaryWords) {
  const std::string text = "De Kinshasa a Nairobi con Jackson. Orange juice. Colonia Doctores.";
  std::vector<std::string> found;
  for (const PlaceMention& m : G().FindPlaces(text)) {
    found.push_back(text.substr(m.begin, m.end - m.begin));
    if (found.back() == "Nairobi") {
      EXPECT_EQ(m.place_class, PlaceClass::kWorld);
    }
  }
  EXPECT_EQ(found, (std::vector<std::string>{"Kinshasa", "Nairobi"}));
}

TEST(WorldPlacesVetoTest, WorldTownGuessedAsANameIsDroppedWhereTheTextSaysAPlace) {
  // One word: after a preposition of place, "at" or a verb of movement and
  // "a"/"to"/"pour"; alone it may be a surname ("Sokolov", "Werder" are
  // towns too).
  const std::string text =
      "Vivimos en Kampala. We met at Nairobi. Viajé a Kinshasa. Kampala dijo que no. "
      "Le dije a Kinshasa que no.";
  EXPECT_EQ(Kept(text, {Guess(text, "Kampala"), Guess(text, "Nairobi"), Guess(text, "Kinshasa"),
                        Guess(text, "Kampala", 20), Guess(text, "Kinshasa", 70)}),
            (std::vector<std::string>{"Kampala", "Kinshasa"}));
  // Several words: wherever.
  const std::string words = "Abu Ghraib fue lo peor.";
  EXPECT_EQ(G().ClassOf("Abu Ghraib"), PlaceClass::kWorld);
  EXPECT_TRUE(Kept(words, {Guess(words, "Abu Ghraib")}).empty());
}

TEST(WorldPlacesVetoTest, AmbiguousPlaceNeedsTheTextToSayAPlace) {
  // A region after a comma, a state code, a preposition (with an article).
  const std::string text =
      "Trabajé en Mesa, AZ. Llegó Mesa. We waited in Jackson. Jackson waited. "
      "Nous étions dans la Toscane. Toscane est venue.";
  EXPECT_EQ(Kept(text, {Guess(text, "Mesa"), Guess(text, "Mesa", 20), Guess(text, "Jackson"),
                        Guess(text, "Jackson", 50), Guess(text, "Toscane"),
                        Guess(text, "Toscane", 100)}),
            (std::vector<std::string>{"Mesa", "Jackson", "Toscane"}));
  // A possessive makes it a person: "in Jackson's truck".
  const std::string possessive = "We slept in Jackson's truck.";
  EXPECT_EQ(Kept(possessive, {Guess(possessive, "Jackson")}), std::vector<std::string>{"Jackson"});
  const std::string coded = "Deliver to the plant in Dayton NJ tomorrow.";
  EXPECT_TRUE(Kept(coded, {Guess(coded, "Dayton NJ")}).empty());
}

TEST(WorldPlacesVetoTest, ANameAfterAPlaceWordIsThePlace) {
  // "Lake Charles", "Fort Mason"; not after a word that is a Spanish
  // surname too ("Isla", "Puerto") nor "ft" (featuring).
  const std::string text =
      "We drove on to Lake Charles. Dinner at Fort Mason. Firmó Ana Isla Gómez. New song ft Kevin.";
  EXPECT_EQ(Kept(text, {Guess(text, "Charles"), Guess(text, "Mason"), Guess(text, "Gómez"),
                        Guess(text, "Kevin")}),
            (std::vector<std::string>{"Gómez", "Kevin"}));
}

TEST(WorldPlacesVetoTest, FrenchRouteMarksATownInNoGazetteer) {
  const std::string text = "Les trains de Kerbriac à Brest. Il vit près de Plouzévet. Kerbriac dort.";
  EXPECT_EQ(Kept(text, {Guess(text, "Kerbriac"), Guess(text, "Plouzévet"), Guess(text, "Kerbriac", 50)}),
            std::vector<std::string>{"Kerbriac"});
}

TEST(WorldPlacesVetoTest, AWorldTownInsideAPersonsNameStaysAName) {
  // After another capitalized word ("Marek Konya"), after a name and "of"
  // ("Olu of Warri"), after a capitalized word and "de" ("Cyrano de
  // Bergerac"); the same towns alone are places.
  const std::string text =
      "The guide was Marek Konya. The Olu of Warri came. On joue Cyrano de Bergerac. "
      "We went to Konya. Il habite à Bergerac.";
  EXPECT_EQ(G().ClassOf("Konya"), PlaceClass::kWorld);
  EXPECT_EQ(G().ClassOf("Bergerac"), PlaceClass::kWorld);
  EXPECT_EQ(Kept(text, {Guess(text, "Konya"), Guess(text, "Olu"), Guess(text, "Warri"),
                        Guess(text, "Bergerac"), Guess(text, "Konya", 80),
                        Guess(text, "Bergerac", 95)}),
            (std::vector<std::string>{"Konya", "Olu", "Warri", "Bergerac"}));
}

class WorldPlacesRedactorTest : public RedactorFixture {
 protected:
  static std::string Redact(const std::string& text, const std::string& language) {
    return RedactorFixture::Redact(text, language).text;
  }
};

TEST_F(WorldPlacesRedactorTest, WorldTownsStayInTheThreeLanguages) {
  struct Case {
    const char* language;
    const char* text;
    std::vector<const char*> kept;
  };
  const std::vector<Case> cases = {
      {"es", "Salimos de Kinshasa en 2019, pasamos por Luanda y llegamos a Kampala.",
       {"Kinshasa", "Luanda", "Kampala"}},
      {"es", "Mi hermano se quedó en Alepo; yo viajé a Beirut y luego a Quito.",
       {"Alepo", "Beirut", "Quito"}},
      {"en", "She was born in Mosul and lived in Nairobi before she flew to Manchester.",
       {"Mosul", "Nairobi", "Manchester"}},
      {"fr", "Il a quitté Kaboul pour Beyrouth, puis il est parti pour Abidjan et il est arrivé à Dakar.",
       {"Kaboul", "Beyrouth", "Abidjan", "Dakar"}},
  };
  for (const Case& c : cases) {
    const std::string out = Redact(c.text, c.language);
    for (const char* place : c.kept) {
      EXPECT_NE(out.find(place), std::string::npos) << place << " lost in: " << out;
    }
  }
}

TEST_F(WorldPlacesRedactorTest, AmbiguousPlaceKeptWhereTheTextSaysAPlace) {
  struct Case {
    const char* language;
    const char* text;
    const char* place;
  };
  const std::vector<Case> cases = {
      {"en", "We stayed two weeks in Jackson before the bus left.", "Jackson"},
      {"en", "They held us for a month near Orlando, FL with other families.", "Orlando"},
      {"es", "Trabajé tres meses en Mercedes cortando caña.", "Mercedes"},
      {"fr", "Nous avons attendu à Sofia pendant trois semaines.", "Sofia"},
  };
  for (const Case& c : cases) {
    const std::string out = Redact(c.text, c.language);
    EXPECT_NE(out.find(c.place), std::string::npos) << c.place << " lost in: " << out;
  }
}

TEST_F(WorldPlacesRedactorTest, PersonEvidenceBeatsAPlaceName) {
  struct Case {
    const char* language;
    const char* text;
    const char* name;
  };
  const std::vector<Case> cases = {
      {"es", "Me llamo Mercedes y tengo treinta años.", "Mercedes"},
      {"es", "Mi hija Sofia se quedó con la abuela.", "Sofia"},
      {"es", "El señor Juan Lima nos cobró la cuota.", "Lima"},
      {"en", "Mr. Lincoln told us to wait outside.", "Lincoln"},
      {"en", "My name is Victoria and I came alone.", "Victoria"},
      {"en", "Then Jackson Reyes drove us to the border.", "Jackson"},
      {"fr", "Je m'appelle Florence et j'ai deux enfants.", "Florence"},
      // A world town ending a run of names is a surname.
      {"en", "The guide was Marek Konya, a tall man.", "Konya"},
  };
  for (const Case& c : cases) {
    const std::string out = Redact(c.text, c.language);
    EXPECT_EQ(out.find(c.name), std::string::npos) << c.name << " kept in: " << out;
  }
}

}  // namespace
}  // namespace amparo::redaction
