// Names the third round of rules finds: French lists of surnames with a
// capitalized particle, and more.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "redaction/name_detector.h"
#include "tests/redaction/name_detector_fixture.h"

namespace amparo::redaction {
namespace {

using Strings = std::vector<std::string>;

class NamesRecallRound3Test : public NameDetectorFixture {
 protected:
  bool Has(const Strings& found, const std::string& name) {
    return std::find(found.begin(), found.end(), name) != found.end();
  }
};

// One capitalized particle in a list ("Le Pannetier") made the line count as
// title case, and its unknown names were read as sentence starts.
TEST_F(NamesRecallRound3Test, FrenchListWithCapitalizedParticle) {
  const Strings found = Names(
      "Sont reçus assez bien MM. Cherel, Simon, Tillat, Bruchet, Personnic, Millet, "
      "Le Pannetier, Dubourg sans mention.",
      "fr");
  for (const char* name : {"Tillat", "Bruchet", "Personnic", "Dubourg"}) {
    EXPECT_TRUE(Has(found, name)) << name;
  }
  // A headline in title case still says nothing through its capitals.
  EXPECT_TRUE(Names("Le Retour Des Beaux Jours Est Pour Demain", "fr").empty());
}

// An honorific that opens a name belongs to it: the corpora and readers
// take "Lady Gaga" or "Coach Germano" as the name. The word lists learned
// from WNUT17 hold "doc" and "lord" as name words; the rule is what finds
// these in text unlike that (the rules without the learned lists).
TEST_F(NamesRecallRound3Test, HonorificOpensTheName) {
  std::string error;
  const auto unlearned = NameDetector::CreateRulesOnly(nullptr, /*learned_lists=*/false, &error);
  ASSERT_NE(unlearned, nullptr) << error;
  auto names = [&](std::string_view text) {
    Strings out;
    for (const Finding& f : unlearned->Find(text, "en")) {
      out.emplace_back(text.substr(f.begin, f.end - f.begin));
    }
    return out;
  };
  EXPECT_EQ(names("what did I miss in Doc Lewis' class today"), Strings{"Doc Lewis"});
  EXPECT_EQ(names("May our Lord Jesus be with you"), Strings{"Lord Jesus"});
  // Not before a particle or a street.
  EXPECT_TRUE(names("the King of Spain came").empty());
  EXPECT_TRUE(names("King Street is closed today").empty());
  // The shipped detector too.
  EXPECT_EQ(Names("May our Lord Jesus be with you", "en"), Strings{"Lord Jesus"});
}

// An initial with its period before a surname in capitals that is no word
// ("Le gérant F. HAMONO"); not before a word in capitals ("N. VINGT").
TEST_F(NamesRecallRound3Test, InitialBeforeSurnameInCapitals) {
  EXPECT_TRUE(Has(Names("Pour extrait A. CUNY . Pour tous renseignements", "fr"), "CUNY") ||
              Has(Names("Pour extrait A. CUNY . Pour tous renseignements", "fr"), "A. CUNY"));
  EXPECT_TRUE(Has(Names("Rennes . Le gérant F. HAMONO .", "fr"), "HAMONO") ||
              Has(Names("Rennes . Le gérant F. HAMONO .", "fr"), "F. HAMONO"));
  for (const std::string& name : Names("Voir le tableau N. VINGT , page 3 .", "fr")) {
    EXPECT_EQ(name.find("VINGT"), std::string::npos) << name;
  }
}

// A trade after a name and a comma is a person cue ("Rosario, abogada",
// "TROUSSEL, notaires"), as an age is.
TEST_F(NamesRecallRound3Test, TradeAfterAName) {
  EXPECT_EQ(Names("Rosario, abogada del pueblo, llegó sola.", "es"), Strings{"Rosario"});
  EXPECT_EQ(Names("Esperanza, campesina del pueblo, llegó sola.", "es"), Strings{"Esperanza"});
  EXPECT_TRUE(Has(Names("Adresser à Mw VERANT et TROUSSEL , notaires .", "fr"), "TROUSSEL"));
  // Without the trade, the ordinary word at a sentence start stays.
  EXPECT_TRUE(Names("Esperanza, eso es lo que nos queda.", "es").empty());
}

// English social text: a given name in lower case after a kin word, and a
// town's name that is a given name after a greeting or a kin word.
TEST_F(NamesRecallRound3Test, LowerCaseNameAfterKinWordOrGreeting) {
  EXPECT_EQ(Names("party today :) happy birthday florence <3", "en"), Strings{"florence"});
  EXPECT_EQ(Names("my cousin austin is visiting", "en"), Strings{"austin"});
  EXPECT_EQ(Names("my friend jess is here", "en"), Strings{"jess"});
  EXPECT_TRUE(Names("we flew to austin yesterday", "en").empty());
}

// Any language: a possessive, a kin word and a given name in lower case,
// even one that is an everyday word ("mi hermana luz").
TEST_F(NamesRecallRound3Test, LowerCaseNameAfterPossessiveAndKinWord) {
  EXPECT_EQ(Names("viajé con mi hermano pedro y mi prima yesenia", "es"),
            (Strings{"pedro", "yesenia"}));
  EXPECT_EQ(Names("mi hermana luz y mi hijo mayor se quedaron", "es"), Strings{"luz"});
  EXPECT_EQ(Names("ma soeur marie est venue", "fr"), Strings{"marie"});
  // The rest of the name in lower case too, which the model may not drop.
  EXPECT_EQ(Names("salimos con mi tio juan carlos y su esposa maria elena", "es"),
            (Strings{"juan carlos", "maria elena"}));
  EXPECT_EQ(Names("mi hermana maria de jesus lopez se quedo en tapachula", "es"),
            Strings{"maria de jesus lopez"});
  // No possessive, no name: "una gran masa", "avocat général".
  EXPECT_TRUE(Names("se objetiva una gran masa quística", "es").empty());
}

// English: a title written without its period belongs to the name, as the
// English corpora label it ("Mr Ehrlich"); with its period, or before an
// artist ("ft."), or in Spanish, it stays in the text.
TEST_F(NamesRecallRound3Test, EnglishTitleWithoutPeriodBelongsToTheName) {
  EXPECT_EQ(Names("Mr Ehrlich uses bad language after school", "en"), Strings{"Mr Ehrlich"});
  EXPECT_EQ(Names("I was seen by Dr. Quorvaz yesterday", "en"), Strings{"Quorvaz"});
  EXPECT_EQ(Names("new song ft Xulvane Tzorbak out now", "en"), Strings{"Xulvane Tzorbak"});
  EXPECT_EQ(Names("Lo atendió el Dr Quorvaz en la clínica.", "es"), Strings{"Quorvaz"});
}

// Outside English, a surname that is also a place or institution word right
// after a given name ("María Sierra", "Ana Plaza") is the surname; it leaked.
TEST_F(NamesRecallRound3Test, SurnameThatIsAPlaceWord) {
  EXPECT_EQ(Names("Ayer vino María Sierra con su hijo.", "es"), Strings{"María Sierra"});
  EXPECT_EQ(Names("La doctora es Ana Plaza y trabaja aquí.", "es"), Strings{"Ana Plaza"});
  // Opening a name after a kin word or a title.
  EXPECT_EQ(Names("Viajaba con mi prima Sierra Morales.", "es"), Strings{"Sierra Morales"});
  EXPECT_EQ(Names("Nos recibió el Sr. Plaza López.", "es"), Strings{"Plaza López"});
  // Alone, the word keeps its meaning.
  EXPECT_TRUE(Names("Cruzamos la Sierra de noche.", "es").empty());
}

// Nicknames: the Spanish order of "they called her X" ("le decían La
// Güera"), and a Spanish nickname with its article after "called".
TEST_F(NamesRecallRound3Test, NicknamesAfterNamingVerbs) {
  const Strings guera = Names("Le decían La Güera y era la jefa.", "es");
  ASSERT_EQ(guera.size(), 1u);
  EXPECT_NE(guera[0].find("Güera"), std::string::npos);
  const Strings flaco = Names("A man called El Flaco took our money.", "en");
  ASSERT_EQ(flaco.size(), 1u);
  EXPECT_NE(flaco[0].find("Flaco"), std::string::npos);
  EXPECT_TRUE(Names("Me dice la verdad siempre.", "es").empty());
}

// A title in lower case before a given name or surname in lower case ("la
// señora rosa lopez", "don beto", "el doctor ramirez"); not English "miss",
// nor a surname that is a word ("sénateur maire").
TEST_F(NamesRecallRound3Test, LowerCaseNameAfterLowerCaseTitle) {
  EXPECT_EQ(Names("salimos con la señora rosa lopez y nos ayudo don beto", "es"),
            (Strings{"rosa lopez", "beto"}));
  EXPECT_EQ(Names("el doctor ramirez nos curo", "es"), Strings{"ramirez"});
  EXPECT_TRUE(Names("I miss rose so much", "en").empty());
  for (const std::string& name : Names("M. Pinault , sénateur maire , parla .", "fr")) {
    EXPECT_EQ(name.find("maire"), std::string::npos) << name;
  }
}

// Haitian Creole: the possessive after the kin word ("mari mwen se jean
// robert", "pitit li jameson").
TEST_F(NamesRecallRound3Test, HaitianKinWordAndPossessive) {
  EXPECT_EQ(Names("mari mwen se jean robert e pitit li jameson", "ht"),
            (Strings{"jean robert", "jameson"}));
}

// After "su nombre era", "her name was": the copula is skipped, and the whole
// name in lower case is kept (the model had cut "jose").
TEST_F(NamesRecallRound3Test, LowerCaseNameAfterNameCueWithPastCopula) {
  EXPECT_EQ(Names("su nombre era maria jose y tenia 16 años", "es"), Strings{"maria jose"});
  EXPECT_EQ(Names("her name was maria jose and she was 16", "en"), Strings{"maria jose"});
}

// Outside English: a given name in lower case that is no dictionary word
// after words that take a person ("con", "conocí a"), and the names joined to
// it by "y" (no middle initial: "yesenia y wendy" are two people).
TEST_F(NamesRecallRound3Test, LowerCaseNameAfterPersonContext) {
  EXPECT_EQ(Names("yo estaba con yesenia y wendy cuando llegaron", "es"),
            (Strings{"yesenia", "wendy"}));
  EXPECT_EQ(Names("conoci a wendy en el albergue", "es"), Strings{"wendy"});
  EXPECT_TRUE(Names("vivimos con paz y con esperanza, con amor y con vida", "es").empty());
}

}  // namespace
}  // namespace amparo::redaction
