// The place veto drops a guessed person name that is exactly a known place,
// and keeps it when a title, a naming cue, a list of names or a longer name
// in the same text says it is a person.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "redaction/place_veto.h"
#include "tests/redaction/place_veto_support.h"

namespace amparo::redaction {
namespace {

TEST(PlaceVetoTest, DropsAGuessedNameThatIsAKnownPlace) {
  const std::string text = "Pasamos por Tapachula y luego Ixtepec con Ramiro.";
  EXPECT_EQ(Kept(text, {Guess(text, "Tapachula"), Guess(text, "Ixtepec"), Guess(text, "Ramiro")}),
            std::vector<std::string>{"Ramiro"});
}

TEST(PlaceVetoTest, KeepsAPlaceWordAfterATitleOrANamingCue) {
  const std::string text = "Hablé con el Sr. Guerrero. Mi hija se llama Florence. Nombre: Guadalupe";
  EXPECT_EQ(Kept(text, {Guess(text, "Guerrero"), Guess(text, "Florence"), Guess(text, "Guadalupe")}),
            (std::vector<std::string>{"Guerrero", "Florence", "Guadalupe"}));
  // The same words without a cue are places.
  const std::string places = "Fuimos a Guerrero y a Florence.";
  EXPECT_TRUE(Kept(places, {Guess(places, "Guerrero"), Guess(places, "Florence")}).empty());
  const std::string english = "My name is Lima. It rained in Lima.";
  EXPECT_EQ(Kept(english, {Guess(english, "Lima"), Guess(english, "Lima", 12)}),
            std::vector<std::string>{"Lima"});
}

TEST(PlaceVetoTest, KeepsAPlaceWordAfterAKinWord) {
  const std::string text = "Mi esposa Guadalupe se quedó. My wife Florence stayed. Sa fille Lourdes.";
  EXPECT_EQ(Kept(text, {Guess(text, "Guadalupe"), Guess(text, "Florence"), Guess(text, "Lourdes")}),
            (std::vector<std::string>{"Guadalupe", "Florence", "Lourdes"}));
  // Spanish "son" (are) is no kin word.
  const std::string towns = "Las ciudades más grandes son Tijuana y Mexicali.";
  EXPECT_TRUE(Kept(towns, {Guess(towns, "Tijuana")}).empty());
}

TEST(PlaceVetoTest, KeepsAPlaceWordAfterWordsThatTakeAPerson) {
  const std::string text =
      "I talked to Maurice. Hablé con Guadalupe. Vi a Victoria. J'ai parlé à Lourdes. Je suis "
      "venu avec Florence.";
  EXPECT_EQ(Kept(text, {Guess(text, "Maurice"), Guess(text, "Guadalupe"), Guess(text, "Victoria"),
                        Guess(text, "Lourdes"), Guess(text, "Florence")}),
            (std::vector<std::string>{"Maurice", "Guadalupe", "Victoria", "Lourdes", "Florence"}));
  const std::string greeting = "happy birthday Florence ! Dear Austin, thanks.";
  EXPECT_EQ(Kept(greeting, {Guess(greeting, "Florence"), Guess(greeting, "Austin")}),
            (std::vector<std::string>{"Florence", "Austin"}));
  // After a motion verb they are towns.
  const std::string towns = "We went to Florence. Fui a Guadalupe. Je suis allé à Lourdes.";
  EXPECT_TRUE(
      Kept(towns, {Guess(towns, "Florence"), Guess(towns, "Guadalupe"), Guess(towns, "Lourdes")})
          .empty());
}

// A name that opens with a given name is a place where a gazetteer lists it
// whole ("Emiliano Zapata", a town), else a person's full name.
TEST(PlaceVetoTest, AGivenNameFirstIsAPlaceOnlyWhereListedWhole) {
  const std::string text = "Llegamos a Emiliano Zapata. Ahí vivía Pedro Ramírez.";
  EXPECT_EQ(Kept(text, {Guess(text, "Emiliano Zapata"), Guess(text, "Pedro Ramírez")}),
            std::vector<std::string>{"Pedro Ramírez"});
}

// The word before "de", "en", "for" says whose or what: a person's house
// and a person trusted or waited for, not a town's name.
TEST(PlaceVetoTest, ReadsTheWordBeforeAPrepositionThatMayTakeAPerson) {
  const std::string people =
      "Dormimos en la casa de Guadalupe. Yo confiaba en Victoria. We waited for Florence.";
  EXPECT_EQ(Kept(people, {Guess(people, "Guadalupe"), Guess(people, "Victoria"), Guess(people, "Florence")}),
            (std::vector<std::string>{"Guadalupe", "Victoria", "Florence"}));
  const std::string towns = "Dormimos en la ciudad de Guadalupe. Yo vivía en Victoria. We left for Florence.";
  EXPECT_TRUE(
      Kept(towns, {Guess(towns, "Guadalupe"), Guess(towns, "Victoria"), Guess(towns, "Florence")}).empty());
}

TEST(PlaceVetoTest, FrenchNewsTownsOfOriginOfficesAndDatelines) {
  // A person's town of origin after ", de", a town's office, a local news
  // item's town before its headline in capitals.
  const std::string text =
      "M. Valo, de Trédaniel, est venu. M. Houssin, maire de Montligny, est suspendu.\n"
      "Chantenay LES ELECTIONS. Hier ont eu lieu les élections.";
  EXPECT_EQ(Kept(text, {Guess(text, "Valo"), Guess(text, "Trédaniel"), Guess(text, "Houssin"),
                        Guess(text, "Montligny"), Guess(text, "Chantenay")}),
            (std::vector<std::string>{"Valo", "Houssin"}));
  const std::string more =
      "Il revenait de Plouay. Deux gendarmes de Plétan sont venus, allant de Shields à Lorient.";
  EXPECT_TRUE(Kept(more, {Guess(more, "Plouay"), Guess(more, "Plétan"), Guess(more, "Shields")})
                  .empty());
  // But a title before the comma, the person after the mayor's town, and a
  // surname's particle in capitals are persons.
  const std::string people =
      "M , de Lariboisière a parlé. Le maire de Montpinchon, Daireaux, est venu. MM . Offret, de "
      "Carné.\n"
      "Marie LE GALL est venue.";
  EXPECT_EQ(Kept(people, {Guess(people, "Lariboisière"), Guess(people, "Montpinchon"),
                          Guess(people, "Daireaux"), Guess(people, "Offret"),
                          Guess(people, "Carné"), Guess(people, "Marie")}),
            (std::vector<std::string>{"Lariboisière", "Daireaux", "Offret", "Carné", "Marie"}));
}

TEST(PlaceVetoTest, KeepsASurnameSeenInALongerNameAndListItems) {
  const std::string text = "Juan Guerrero nos guió. Después Guerrero dijo que no.";
  EXPECT_EQ(Kept(text, {Guess(text, "Juan Guerrero"), Guess(text, "Guerrero", 10)}).size(), 2u);
  const std::string list = "Came with Janet, Kevin, Brittany and Terri.";
  EXPECT_EQ(Kept(list, {Guess(list, "Janet"), Guess(list, "Kevin"), Guess(list, "Brittany"),
                        Guess(list, "Terri")})
                .size(),
            4u);
  // Alone, the same region is a place.
  const std::string alone = "We sailed to Brittany in May.";
  EXPECT_TRUE(Kept(alone, {Guess(alone, "Brittany")}).empty());
}

// The veto reads the words before a name once per text: a text written
// again in the same buffer, the name at the same offset, is read anew.
TEST(PlaceVetoTest, ReadsATextWrittenAgainInTheSameBuffer) {
  std::string text = "Sr. Lima vino.";
  EXPECT_EQ(Kept(text, {Guess(text, "Lima")}), std::vector<std::string>{"Lima"});
  text.replace(0, 4, "En  ");
  EXPECT_TRUE(Kept(text, {Guess(text, "Lima")}).empty());
  text.replace(0, 4, "Sr. ");
  EXPECT_EQ(Kept(text, {Guess(text, "Lima")}), std::vector<std::string>{"Lima"});
  // The name itself written again: a given name acting, then a town.
  std::string acts = "Victoria nos ayudó.";
  EXPECT_EQ(Kept(acts, {Guess(acts, "Victoria")}), std::vector<std::string>{"Victoria"});
  acts.replace(0, 8, "Veracruz");
  EXPECT_TRUE(Kept(acts, {Guess(acts, "Veracruz")}).empty());
}

// The longer name may join its words by a hyphen or write them with
// accents; a name of one word is no longer name, however often it recurs.
TEST(PlaceVetoTest, KeepsASurnameSeenInAHyphenatedLongerName) {
  const std::string text = "Ana Pérez-Guerrero nos guió. Después llegamos a Guerrero.";
  EXPECT_EQ(Kept(text, {Guess(text, "Ana Pérez-Guerrero"), Guess(text, "Guerrero", 25)}).size(), 2u);
  const std::string one = "Guerrero nos guió. Después llegamos a Guerrero.";
  EXPECT_EQ(Kept(one, {Guess(one, "Guerrero"), Guess(one, "Guerrero", 5)}).size(), 1u);
}

Finding Address(std::string_view text, std::string_view words) {
  Finding f = Guess(text, words, 0, "pattern");
  f.type = IdentifierType::kAddress;
  return f;
}

TEST(PlaceVetoTest, TownsInNoGazetteerWhereTheTextSaysSo) {
  const std::string postal = "C/ Finca 2, 45600 Talavera de la Reina. Toledo. Llamó Rosa.";
  EXPECT_EQ(Kept(postal, {Guess(postal, "Talavera de la Reina"), Guess(postal, "Toledo"), Guess(postal, "Rosa")}),
            std::vector<std::string>{"Rosa"});
  const std::string label = "Localidad/ Provincia: Tolosa, Gipuzkoa.";
  EXPECT_TRUE(Kept(label, {Guess(label, "Tolosa"), Guess(label, "Gipuzkoa")}).empty());
  const std::string after = "lives at 333 Golfskálinn 78, Borgarnes";
  EXPECT_TRUE(Kept(after, {Guess(after, "Borgarnes")}, {Address(after, "333 Golfskálinn 78")}).empty());
  // A name that starts the next clause is a name; so is one with a title.
  const std::string clause = "Vivía en Calle Reforma 12, Pedro vivía al lado.";
  EXPECT_EQ(Kept(clause, {Guess(clause, "Pedro")}, {Address(clause, "Calle Reforma 12")}).size(), 1u);
  const std::string titled = "CP 06700 Sr. Pérez.";
  EXPECT_EQ(Kept(titled, {Guess(titled, "Pérez")}).size(), 1u);
  const std::string noun = "Nací en la ciudad de Zacapa y estudié en la University of Nicosia.";
  EXPECT_TRUE(Kept(noun, {Guess(noun, "Zacapa"), Guess(noun, "Nicosia")}).empty());
  // "de" after a noun of possession names a person.
  const std::string owner = "Preguntamos por el estado de Pedro y el barrio de Rosa.";
  EXPECT_EQ(Kept(owner, {Guess(owner, "Pedro"), Guess(owner, "Rosa")}).size(), 2u);
  // A dateline's town; a person before a date elsewhere stays a person.
  const std::string dateline = "Nos avisaron.\nTapachula, 12 de marzo de 2020.\nSalí con Margaret Atwood, April 6.";
  EXPECT_EQ(Kept(dateline, {Guess(dateline, "Tapachula"), Guess(dateline, "Margaret Atwood")}),
            std::vector<std::string>{"Margaret Atwood"});
  // Four digits are a year, a five-digit run inside a longer number a phone.
  const std::string year = "En 2015 Rosa llegó. Tel. 55 1234 56789 Juan.";
  EXPECT_EQ(Kept(year, {Guess(year, "Rosa"), Guess(year, "Juan")}).size(), 2u);
}

TEST(PlaceVetoTest, NeverDropsANameListedAtIntakeOrOtherFindings) {
  const std::string text = "Vivía en Tapachula.";
  Finding known = Guess(text, "Tapachula", 0, "known");
  Finding address = Guess(text, "Tapachula", 0, "pattern");
  address.type = IdentifierType::kAddress;
  EXPECT_EQ(Kept(text, {known}).size(), 1u);
  EXPECT_EQ(Kept(text, {address}).size(), 1u);
}

}  // namespace
}  // namespace amparo::redaction
