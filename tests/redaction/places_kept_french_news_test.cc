// Places of French news that the name detector took for people, in shapes
// any French paper of the time has: the ports of a shipping column, the
// departments and towns that OCR damaged inside a hyphenated name. The
// people next to them (a captain after "c.", a given name, a name after a
// title) stay redacted. Invented texts in the style of 1906 newspapers.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// Three entries with ", c. Captain" or ", p. Port" make the text a shipping
// column.
constexpr char kColumnHead[] =
    "MOUVEMENT DU PORT . Arrivés à Nantes , le 20 , Héloïse , c. Kerbrat , de Cardiff . "
    "le 21 , Anatole , c. Le Floch , de Swansea . le 22 , Bérengère , p. Oran de Marseille . ";

TEST(PlacesKeptFrenchNewsTest, APortBeforeAnEntrysDateIsNoPerson) {
  // "de X , le 20": where the ship comes from, then the entry's date; "Partis
  // De X", "Passés A X", "Arrivés A X . le 22": the port a list of entries
  // opens with.
  const std::string column = std::string(kColumnHead) +
                             "Noémie , p. Lorient de Kervignac , le 20 , Eudoxie , p. Brest de "
                             "Penmarvel , le 21 . Partis De Llanvrenny , le 22 , Amédée , c. "
                             "Quéméneur , p. Alger . Passés A Cardarven , le 24 , Octave , c. Trégarvan , de Cork . "
                             "Arrivés A Gravelaine . le 22 , Alcide , du Havre .";
  ExpectRedacted("fr", column, {"Kerbrat", "Floch", "Quéméneur", "Trégarvan"},
                 {"Kervignac", "Penmarvel", "Llanvrenny", "Cardarven", "Gravelaine"});
}

TEST(PlacesKeptFrenchNewsTest, PortsJoinedOrWithTheirArticleBeforeAnEntrysDateAreNoPersons) {
  // "&" joins two ports, a port keeps its article after a damaged "à", and
  // a line of the column may open with a port.
  const std::string column = std::string(kColumnHead) +
                             "Yvonne , c. Tanguy , de Hull & Penzavel , le 24 , Ernestine , c. Guézennec , "
                             "d' Oran . Clarisse , de Lorient ù La Trinquière , le 21 , Omega , c. Kerlouan , de "
                             "Brest .\nGravelinde , le 19 , Rive , de Cardiff à Bordeaux .";
  ExpectRedacted("fr", column, {"Kerbrat", "Tanguy", "Guézennec", "Kerlouan"},
                 {"Penzavel", "La Trinquière", "Gravelinde"});
}

TEST(PlacesKeptFrenchNewsTest, ACaptainOfAShippingColumnIsAPerson) {
  // The captain after "c." is a person even where the name detector reads
  // nothing: a word alone between two periods, an ordinary word, a
  // particle's surname. Outside a column "c." says nothing.
  const std::string column = std::string(kColumnHead) +
                             "Octave , c. Trégarvan . Yvonne , c. Loyal , de Hull . Ernestine , c. "
                             "Gaultier de Kermorvan , de Brest .";
  const std::string out = RedactedText(column, "fr");
  for (const char* gone : {"Trégarvan", "Loyal", "Gaultier", "Kermorvan"}) {
    EXPECT_EQ(out.find(gone), std::string::npos) << gone << " in " << out;
  }
  EXPECT_NE(out.find("de Hull"), std::string::npos) << out;
  EXPECT_NE(out.find("de Brest"), std::string::npos) << out;
}

TEST(PlacesKeptFrenchNewsTest, APersonBeforeADateInAShippingColumnStaysRedacted) {
  // The captain after "c.", a given name after "de" (a ship's owner's name
  // in a sentence), and the same shape outside a column stay persons.
  const std::string column = std::string(kColumnHead) +
                             "Mira , c. Kerlouan , le 20 , de Bordeaux . Le navire de Gwenaëlle , le 21 , "
                             "est rentré .";
  ExpectRedacted("fr", column, {"Kerbrat", "Kerlouan", "Gwenaëlle"});
  ExpectRedacted("fr", "La lettre de Kervignac , le 20 , est arrivée . Nous sommes partis avec Kervignac .",
                 {"Kervignac"});
}

TEST(PlacesKeptFrenchNewsTest, AHyphenatedPlaceWithOneKnownPartIsKept) {
  // A department or town that OCR damaged, or whose other part no list
  // holds, after an article or a preposition of place.
  ExpectRedacted("fr",
                 "Les radicaux l' emportent dans la Charente-Inférienre , le calme règne dans la "
                 "Marne-Supérienre . La digue est rompue à Barsur-Marne . Les cosaques de Brest-Litovsk "
                 "se sont mutinés .",
                 {}, {"Charente-Inférienre", "Marne-Supérienre", "Barsur-Marne", "Brest-Litovsk"});
}

TEST(PlacesKeptFrenchNewsTest, APersonsHyphenatedNameWithAPlacePartStaysRedacted) {
  // After a title, opening a sentence, with a given name or a surname in
  // it: a person.
  ExpectRedacted("fr",
                 "M. Rochefort-Kerbrat a écrit . Rochefort-Kerbrat a répondu hier . J' ai parlé "
                 "avec Marie-Loire . Le fils de Quimper-Martin est venu .",
                 {"Kerbrat", "Marie-Loire", "Martin"});
  // A place's part that is a surname too: a person's compound surname.
  ExpectRedacted("fr", "Nous avons confié l' enfant à Guerrero-Ouédraogo .", {"Ouédraogo"});
}

TEST(PlacesKeptFrenchNewsTest, ABuildingOfATownNamedByACompoundIsKept) {
  // A civil register lists the dead by where they died: the compound, then
  // the person, whom the name detector joined to its last part.
  const std::string out = RedactedText(
      "Décès . Yves Kerhervé , 26 ans , Hôtel-Dieu Augustine Trémeur , 5 ans , Hôtel-Dieu Eugénie "
      "Morvanec , 80 ans . La commission s' est réunie au Palais-Bourbon .",
      "fr");
  EXPECT_NE(out.find("26 ans , Hôtel-Dieu "), std::string::npos) << out;
  EXPECT_NE(out.find("5 ans , Hôtel-Dieu "), std::string::npos) << out;
  EXPECT_NE(out.find("au Palais-Bourbon"), std::string::npos) << out;
  for (const char* gone : {"Kerhervé", "Augustine", "Trémeur", "Eugénie", "Morvanec"}) {
    EXPECT_EQ(out.find(gone), std::string::npos) << gone << " in " << out;
  }
}

TEST(PlacesKeptFrenchNewsTest, APersonsCompoundNameIsNoPlaceCompound) {
  ExpectRedacted("fr", "Jean-Pierre Kerbrat est venu . M. Pont-Kerbrat a répondu .", {"Pierre", "Kerbrat"});
}

TEST(PlacesKeptFrenchNewsTest, ATownBeforeALocalHeadlineIsKept) {
  // A local item opens with its town, then its headline in capitals; the
  // detector read only the town's last part, or the word after its
  // article.
  ExpectRedacted("fr",
                 "Le blessé est mort . Lampaul-Guimiliau FETES LOCALES . De grandes fêtes auront lieu . "
                 "Un vol a été commis chez M. Kerhervé . L' Hermitage-Lornes NOUVEL INCENDIE . Le feu a "
                 "repris .",
                 {"Kerhervé"}, {"Lampaul-Guimiliau", "Hermitage-Lornes"});
}

TEST(PlacesKeptFrenchNewsTest, APersonBeforeALocalHeadlineStaysRedacted) {
  // A person's compound name, a Breton surname after "Le" or a nickname
  // after "La", opening the line.
  ExpectRedacted("fr", "Le voleur est pris . Marie-Kerbrat LES AVEUX . Le Gwennec LES AVEUX .",
                 {"Kerbrat", "Gwennec"});
  ExpectRedacted("fr", "Le voleur est pris . La Kerbrat LES AVEUX .", {"Kerbrat"});
}

TEST(PlacesKeptFrenchNewsTest, ANameBeforeShoutedWordsIsNoLocalHeadline) {
  // A name opening a line before words in capitals is a town's local item
  // only if the capitals can open a headline: a pronoun or a verb after
  // the name says a person acted.
  ExpectRedacted("es", "Nos fuimos . Brayan ME PEGÓ DURO .", {"Brayan"});
  ExpectRedacted("fr", "Nous avons fui . Mathurin NOUS A FRAPPÉS .", {"Mathurin"});
  ExpectRedacted("en", "We ran . Brayan IS HERE NOW .", {"Brayan"});
  // A headline still follows its town.
  ExpectRedacted("fr", "Le blessé est mort . Plouvénec LES ELECTIONS . Le maire est élu .", {},
                 {"Plouvénec"});
}

TEST(PlacesKeptFrenchNewsTest, ANameAfterAMountainIslandOrTorrentIsAPlace) {
  // French writes the noun in lower case before the place's name.
  ExpectRedacted("fr",
                 "On fouille le mont Vaudrémont pour trouver le camp . Le torrent le Charvellin a "
                 "débordé . Des digues ont cédé sur l' île Rugenborg .",
                 {}, {"Vaudrémont", "Charvellin", "Rugenborg"});
  // The same words capitalized, or a person after a title, are left to the
  // other rules.
  ExpectRedacted("fr", "Le mont est haut . M. Kerbrat est venu .", {"Kerbrat"});
  // A noun that ends its sentence says nothing of the name after the period.
  ExpectRedacted("fr", "Le volcan domine l'île. Louis Kerbrat y mourut en 1802 .", {"Louis", "Kerbrat"});
  ExpectRedacted("es", "Cruzamos el río. Brayan Kerbrat nos esperaba .", {"Brayan", "Kerbrat"});
  ExpectRedacted("en", "I went back to my home town. Maria Kerbrat was there.", {"Maria", "Kerbrat"});
}

}  // namespace
}  // namespace amparo::redaction
