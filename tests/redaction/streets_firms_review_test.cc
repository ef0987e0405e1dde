// The street and firm rules of round 12 read again for persons they let
// through and for words they take that name no one: a letterhead's firm only
// at the top of a letter, firms of data/organisations.tsv that are two
// listed names ("Morgan Stanley beat us" names two people), glued company
// endings that end given names too ("Vojtech"), courts named with a word
// that is also a name ("Court of Appeals", "Tribunal de Justice"), Haitian
// "ri a" (the street, no street's name), English "cite", and a Canadian
// province's sales tax ("Ontario pst 8%"). The sentences are made up.
#include <gtest/gtest.h>

#include <cctype>
#include <sstream>
#include <string>
#include <string_view>

#include "redaction/name_detector_data.h"
#include "redaction/name_detector_lexicon.h"
#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(StreetsFirmsReviewTest, LetterheadOnlyAtTheTopOfALetter) {
  ExpectGoneAndKept("en", {
      // Further down a testimony, three surnames above an address are
      // people, whatever follows them.
      {"They kept us in a house for a week.\nThe men who guarded us:\nOwens, Duran and Oneal\n4471 Oak Street\n",
       {"Owens", "Duran", "Oneal"}, {}},
      {"We left on Monday.\nNobody helped us.\nThen I saw them again.\nOwens, Duran and Oneal\n4471 Oak Street",
       {"Owens", "Duran", "Oneal"}, {}},
      // A label line first is no letter's top either.
      {"Witnesses:\nOwens, Duran and Oneal\n4471 Oak Street", {"Owens", "Duran", "Oneal"}, {}},
      // The top of a letter: the first line, or the second after a
      // salutation or a quoted name.
      {"Owens, Duran and Oneal\n4471 Oak Street Suite 12\nDallas, TX 75201", {"Oak"}, {"Owens, Duran and Oneal"}},
      {"\n\nOwens, Duran and Oneal\n\n4471 Oak Street", {"Oak"}, {"Owens, Duran and Oneal"}},
      {">Linda Shaw\n>Barnett, Melton and Garcia\n>Linda Shaw\n>770 Pine Road\n", {"Linda", "Pine"},
       {"Barnett, Melton and Garcia"}},
  });
}

// A firm of organisations.tsv whose every word is a listed given name or
// surname names two people as well ("Morgan Stanley beat us"): such firms are
// not listed, so the names stay persons everywhere.
TEST(StreetsFirmsReviewTest, FirmsOfListedNamesOnlyAreNotListed) {
  ExpectGoneAndKept("en", {
      {"Morgan Stanley beat us at the border.", {"Morgan", "Stanley"}, {}},
      {"Keller Williams beat us at the border.", {"Keller", "Williams"}, {}},
      {"Harley Davidson took our passports.", {"Harley", "Davidson"}, {}},
      {"Baker Hughes locked the door.", {"Baker", "Hughes"}, {}},
      {"Marks and Spencer beat us.", {"Marks", "Spencer"}, {}},
      {"Spencer and Marks beat us.", {"Marks", "Spencer"}, {}},
      // A firm with a word of no name list stays a firm.
      {"He said Goldman Sachs would hire us.", {}, {"Goldman Sachs"}},
      {"I work for Wolters Kluwer", {}, {"Wolters Kluwer"}},
  });
}

TEST(StreetsFirmsReviewTest, EveryListedFirmHasAWordOfNoNameList) {
  std::string error;
  const NameLexicon* lexicon = NameLexicon::Default(&error);
  ASSERT_NE(lexicon, nullptr) << error;
  const std::string_view tsv = data::EmbeddedFile("organisations.tsv");
  int firms = 0;
  for (size_t at = 0; at < tsv.size();) {
    size_t nl = tsv.find('\n', at);
    if (nl == std::string_view::npos) nl = tsv.size();
    const std::string_view line = tsv.substr(at, nl - at);
    at = nl + 1;
    if (!line.starts_with("firm\t")) continue;
    ++firms;
    // Every name of the line: the canonical one and its aliases.
    std::string names(line.substr(5));
    for (char& c : names) {
      if (c == '\t' || c == '|') c = '\n';
    }
    std::stringstream in(names);
    for (std::string name; std::getline(in, name);) {
      bool unlisted = false;
      std::string word;
      for (char c : name + " ") {
        if (std::isalpha(static_cast<unsigned char>(c)) != 0) {
          word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          continue;
        }
        if (!word.empty() && word != "and" && (lexicon->Flags(word) & (kGivenName | kSurname)) == 0) unlisted = true;
        word.clear();
      }
      EXPECT_TRUE(unlisted) << "every word of the firm is a listed name: " << name;
    }
  }
  EXPECT_GT(firms, 5);
}

// Glued company endings that end given names too: "Vojtech" (Czech) is no
// firm for its "-tech".
TEST(StreetsFirmsReviewTest, GluedEndingsThatEndGivenNames) {
  ExpectGoneAndKept("en", {
      {"Then Vojtech beat us.", {"Vojtech"}, {}},
      {"I worked for Vojtech for two years and he never paid me.", {"Vojtech"}, {}},
      {"Hi Vojtech, thanks for the ride.", {"Vojtech"}, {}},
      {"Nobody paid us, not even Amadata.", {"Amadata"}, {}},
      // The endings kept still name firms.
      {"I work for Citigroup in Dallas.", {}, {"Citigroup"}},
      {"I used to work for Brightcorp as a cleaner.", {}, {"Brightcorp"}},
  });
}

// Courts a testimony names on the way through an asylum case: kept, and the
// word of their name that is also a name ("Justice", "Appeals") with them.
TEST(StreetsFirmsReviewTest, CourtsAreKept) {
  ExpectGoneAndKept("en", {
      {"We appealed to the Court of Appeals in Texas.", {}, {"Court of Appeals"}},
      {"The judge at the Court of Appeals said no.", {}, {"Court of Appeals"}},
      {"The Court of Appeal in London heard us.", {}, {"Court of Appeal"}},
      {"The Court of Justice ruled in 2019.", {}, {"Court of Justice"}},
      // A person named so stays one.
      {"Justice Morales beat us.", {"Justice", "Morales"}, {}},
      {"Judge Justice signed the order.", {"Justice"}, {}},
  });
  ExpectGoneAndKept("es", {
      {"Apelamos ante la Corte Suprema de Justicia.", {}, {"Corte Suprema de Justicia"}},
      {"El Tribunal de Justicia de Tamaulipas falló.", {}, {"Tribunal de Justicia"}},
  });
  ExpectGoneAndKept("fr", {
      {"Le Tribunal de Justice a jugé l'affaire.", {}, {"Tribunal de Justice"}},
      {"La Cour de Justice de l'Union européenne a répondu.", {}, {"Cour de Justice"}},
      {"Nous avons fait appel devant la Cour d'appel de Paris.", {}, {"Cour d'appel"}},
  });
  ExpectGoneAndKept("ht", {
      {"Avoka a te pote dosye a nan Kou Kasasyon an.", {}, {"Kou Kasasyon"}},
      {"Nou te ale nan Kou Apèl Pòtoprens.", {}, {"Kou Apèl"}},
  });
}

class StreetsFirmsReviewAddressTest : public AddressFixture {};

// Haitian "ri a" is "the street": the article ends it, no street's name
// follows, and a number after it counts something else.
TEST_F(StreetsFirmsReviewAddressTest, HaitianRiAIsNoAddress) {
  ExpectNoAddress("ht", "Yo touye 3 moun nan ri a 2 semèn pase.");
  ExpectNoAddress("ht", "Nan ri a, 5 moun te mouri.");
  ExpectNoAddress("ht", "Mwen te kouche nan ri a 3 jou.");
  ExpectNoAddress("ht", "Li te nan ri a nan 2012.");
  ExpectNoAddress("ht", "Nou te dòmi sou ri yo 2 nwit.");
  // A street's name after "ri" is still one.
  ExpectStreet("ht", "Mwen rete nan ri Lamarre, kay 14.", "ri Lamarre, kay 14");
  ExpectStreet("ht", "Yo te kenbe m nan ri Capois 12.", "ri Capois 12");
  // A capitalized article opens a street's name.
  ExpectStreet("ht", "Mwen rete nan ri La Fleur 12.", "ri La Fleur 12");
}

// English "cite" is no French "cité": only the accented word names a Paris
// street.
TEST_F(StreetsFirmsReviewAddressTest, EnglishCiteIsNoCite) {
  ExpectNoAddress("en", "Please cite 14 cases in the brief.");
  ExpectNoAddress("en", "I will cite Article 12 of the law.");
  ExpectNoAddress("en", "They cite Section 8 in the letter.");
  ExpectStreet("fr", "Il habitait cité Trévise, 8, au deuxième.", "cité Trévise, 8");
}

// Canadian provincial sales tax ("Ontario pst 8%") and tonnes ("5 tn") are no
// Estonian street; "Rävala pst 5" and "Pikk tn 3" still are.
TEST_F(StreetsFirmsReviewAddressTest, CanadianTaxAndTonnesAreNoStreet) {
  ExpectNoAddress("en", "Ontario pst 8% applies to the fee.");
  ExpectNoAddress("en", "Add Manitoba pst 7 to it.");
  ExpectNoAddress("en", "BC pst 7 percent was charged.");
  ExpectNoAddress("en", "Quebec pst 9 and gst 5 were added.");
  ExpectNoAddress("en", "Nova Scotia tn 3 loads were taxed.");
  ExpectNoAddress("en", "We loaded 5 tn of coffee.");
  ExpectStreet("en", "They kept me in a flat on Rävala pst 5 in Tallinn.", "Rävala pst 5", {"Tallinn"});
  ExpectStreet("en", "We lived at Pikk tn 3 in Tallinn.", "Pikk tn 3", {"Tallinn"});
}

// A listed surname or given name right after an address is the person who
// lives there unless a gazetteer lists it as a town: the address veto frees
// towns of no list only ("Borgarnes", "Greystone").
TEST(StreetsFirmsReviewTest, ListedNameAfterAnAddressStaysAPerson) {
  ExpectGoneAndKept("en", {
      {"I lived at 14 Oak Street, Ramírez.", {"Ramírez"}, {}},
      {"Apt. 3 Ramírez Mexico", {"Ramírez"}, {"Mexico"}},
      {"Suite 12 Okonkwo Ramírez Canada", {"Ramírez"}, {"Canada"}},
      {"Send the card to 45 Oak Street Apt. 3 Greystone Canada.", {}, {"Greystone"}},
      {"My address is 1200 W. 5th St, apt 3, Austin.", {}, {"Austin"}},
  });
  ExpectGoneAndKept("es", {
      {"Vivo en calle Morelos 12, Ramírez.", {"Ramírez"}, {}},
      {"Vivía en la calle Hidalgo 40, Tapachula.", {}, {"Tapachula"}},
  });
}

// "Court" after the word of a court's kind names the court, even after
// "kept us at": a street's "Court" is named by other words.
TEST_F(StreetsFirmsReviewAddressTest, CourtsOfAKindAreNoStreet) {
  ExpectNoAddress("en", "They kept us at Family Court all day.");
  ExpectNoAddress("en", "We stayed at Immigration Court until night.");
  ExpectNoAddress("en", "They held him at Juvenile Court for a week.");
  ExpectNoAddress("en", "We lived at Housing Court for days, it felt like.");
  ExpectStreet("en", "I lived at Harbor Court for a year.", "Harbor Court");
  ExpectStreet("en", "We stayed in a trailer on Maple Court.", "Maple Court");
}

}  // namespace
}  // namespace amparo::redaction
