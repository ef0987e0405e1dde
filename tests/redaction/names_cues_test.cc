// Context cues in each language make the name detector flag the name after
// (or before) them, with offsets that cover exactly the name.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "redaction/name_detector.h"
#include "tests/redaction/name_detector_fixture.h"

namespace amparo::redaction {
namespace {

class NameCuesTest : public NameDetectorFixture {
 protected:
  // Every finding of the name detector is a person's name.
  std::vector<std::string> Names(std::string_view text, std::string_view lang) {
    for (const Finding& f : detector_->Find(text, lang)) EXPECT_EQ(f.type, IdentifierType::kPersonName);
    return NameDetectorFixture::Names(text, lang);
  }
};


TEST_F(NameCuesTest, SpanishSelfIntroduction) {
  EXPECT_EQ(Names("Me llamo Xulvane Tzorbak y vengo de Honduras.", "es"),
            std::vector<std::string>{"Xulvane Tzorbak"});
}

TEST_F(NameCuesTest, EnglishMyNameIs) {
  EXPECT_EQ(Names("Hello, my name is Zorbak and I walked here.", "en"),
            std::vector<std::string>{"Zorbak"});
}

TEST_F(NameCuesTest, FrenchJeMappelle) {
  EXPECT_EQ(Names("Bonjour, je m'appelle Zéphirouane et j'ai peur.", "fr"),
            std::vector<std::string>{"Zéphirouane"});
}

TEST_F(NameCuesTest, HaitianMwenRele) {
  EXPECT_EQ(Names("Bonjou, mwen rele Wizlande Thermobrun.", "ht"),
            std::vector<std::string>{"Wizlande Thermobrun"});
}

TEST_F(NameCuesTest, TitlesBeforeSurnames) {
  EXPECT_EQ(Names("Lo atendió el Dr. Quorvaz en la clínica.", "es"),
            std::vector<std::string>{"Quorvaz"});
  EXPECT_EQ(Names("Nous avons vu Mme Lavrouze hier.", "fr"),
            std::vector<std::string>{"Lavrouze"});
}

// Names that are also ordinary words are names only when a cue says so.
TEST_F(NameCuesTest, CueTurnsOrdinaryWordIntoName) {
  EXPECT_EQ(Names("Me llamo Esperanza y tengo miedo.", "es"), std::vector<std::string>{"Esperanza"});
  EXPECT_TRUE(Names("Esperanza es lo último que se pierde.", "es").empty());
  EXPECT_EQ(Names("My name is Hope.", "en"), std::vector<std::string>{"Hope"});
  EXPECT_TRUE(Names("Hope is all we have left.", "en").empty());
  EXPECT_EQ(Names("Je m'appelle Rose et je viens d'Haïti.", "fr"), std::vector<std::string>{"Rose"});
  EXPECT_EQ(Names("Mwen rele Lamour.", "ht"), std::vector<std::string>{"Lamour"});
}

TEST_F(NameCuesTest, LowerCaseNameAfterCue) {
  EXPECT_EQ(Names("hola me llamo yorleni quispe y vengo sola", "es"),
            std::vector<std::string>{"yorleni quispe"});
  EXPECT_EQ(Names("my name is borna jerkovic but everyone calls me b", "en"),
            std::vector<std::string>{"borna jerkovic"});
  // The cue does not swallow ordinary words.
  EXPECT_TRUE(Names("mi nombre es muy largo", "es").empty());
}

TEST_F(NameCuesTest, AgeAfterName) {
  EXPECT_EQ(Names("Rosario, de 42 años, salió de Honduras.", "es"),
            std::vector<std::string>{"Rosario"});
  EXPECT_EQ(Names("Hope, a 42-year-old mother, fled Honduras.", "en"),
            std::vector<std::string>{"Hope"});
}

TEST_F(NameCuesTest, SpeechVerbAndKin) {
  EXPECT_EQ(Names("Rosa dijo que nos fuéramos.", "es"), std::vector<std::string>{"Rosa"});
  EXPECT_EQ(Names("Viajé con mi hermano Santos.", "es"), std::vector<std::string>{"Santos"});
}

TEST_F(NameCuesTest, VerbsOfAPersonsLifeAfterAName) {
  // "lives", "worked", "vive": a person is the subject; the whole name is
  // taken, its first word at the sentence start too.
  EXPECT_EQ(Names("Csanád P Gere lives at the corner.", "en"),
            std::vector<std::string>{"Csanád P Gere"});
}

TEST_F(NameCuesTest, GivenNameThatIsATownAfterAKinWord) {
  EXPECT_EQ(Names("Mi esposa Guadalupe se quedó en Tapachula.", "es"),
            std::vector<std::string>{"Guadalupe"});
  EXPECT_EQ(Names("My wife Florence stayed in Tapachula.", "en"),
            std::vector<std::string>{"Florence"});
  EXPECT_EQ(Names("I would like to remove my kid Florence from the will.", "en"),
            std::vector<std::string>{"Florence"});
  // Without the kin word it is the town.
  EXPECT_EQ(Names("Nos quedamos en Guadalupe una semana.", "es"), std::vector<std::string>{});
}

TEST_F(NameCuesTest, GivenNameThatIsATownAfterWordsThatTakeAPerson) {
  EXPECT_EQ(Names("I talked to Maurice yesterday.", "en"), std::vector<std::string>{"Maurice"});
  EXPECT_EQ(Names("I went with Florence to the market.", "en"),
            std::vector<std::string>{"Florence"});
  EXPECT_EQ(Names("Hablé con Guadalupe ayer.", "es"), std::vector<std::string>{"Guadalupe"});
  EXPECT_EQ(Names("Vi a Victoria en el albergue.", "es"), std::vector<std::string>{"Victoria"});
  EXPECT_EQ(Names("Je suis venu avec Lourdes.", "fr"), std::vector<std::string>{"Lourdes"});
  EXPECT_EQ(Names("J'ai parlé à Maurice hier.", "fr"), std::vector<std::string>{"Maurice"});
  // After a motion verb it is the town.
  EXPECT_EQ(Names("We went to Florence in May.", "en"), std::vector<std::string>{});
  EXPECT_EQ(Names("Je suis allé à Lourdes.", "fr"), std::vector<std::string>{});
}

TEST_F(NameCuesTest, FrenchAWithoutItsAccentIsAPlacePreposition) {
  // OCR and hurried typing drop the accent of "à": a town follows.
  EXPECT_EQ(Names("M. Jean Jaffré, cultivateur a Ponligo, est venu.", "fr"),
            std::vector<std::string>{"Jean Jaffré"});
  // A person still follows a verb that takes one: "parlé a Maurice".
  EXPECT_EQ(Names("Il a parlé a Maurice hier.", "fr"), std::vector<std::string>{"Maurice"});
}

TEST_F(NameCuesTest, AListAfterAPlacePrepositionIsAListOfTowns) {
  EXPECT_EQ(Names("La secousse a été ressentie à Quelbec, Volperra et Poggibonsi.", "fr"),
            std::vector<std::string>{});
  // Given names listed after "from" are still people.
  EXPECT_EQ(Names("I got messages from Xochitl, Yaretzi and Itzel.", "en"),
            (std::vector<std::string>{"Xochitl", "Yaretzi", "Itzel"}));
}

TEST_F(NameCuesTest, LowerCaseTitles) {
  EXPECT_EQ(Names("Nos recibió el señor Blanco en la estación.", "es"),
            std::vector<std::string>{"Blanco"});
  EXPECT_EQ(Names("La Dra. Luna nos atendió.", "es"), std::vector<std::string>{"Luna"});
  EXPECT_EQ(Names("Msye Lamour te la.", "ht"), std::vector<std::string>{"Lamour"});
}

TEST_F(NameCuesTest, FrenchMonsieurAbbreviation) {
  // "Combes" is an ordinary word (a plural of "combe"): only "M." says it is a name.
  EXPECT_EQ(Names("La lettre de M. Combes est arrivée.", "fr"),
            std::vector<std::string>{"Combes"});
  EXPECT_EQ(Names("Les combes de la vallée sont vertes.", "fr"), std::vector<std::string>{});
  EXPECT_EQ(Names("Le député cher à M. Combes attend.", "fr"),
            std::vector<std::string>{"Combes"});
}

TEST_F(NameCuesTest, FrenchParticlesAfterATitleBelongToTheName) {
  EXPECT_EQ(Names("Au moment où nous le retrouvons, M. de Mauroy frisait la cinquantaine.", "fr"),
            std::vector<std::string>{"de Mauroy"});
  EXPECT_EQ(Names("En remplacement de M. Le Bars, retraité.", "fr"),
            std::vector<std::string>{"Le Bars"});
  EXPECT_EQ(Names("Un rapport de M. d'Estournelles sur la limitation.", "fr"),
            std::vector<std::string>{"d'Estournelles"});
  EXPECT_EQ(Names("La Sra. de la Fuente llegó ayer.", "es"),
            std::vector<std::string>{"de la Fuente"});
  // An article after the title introduces a role, not a particle; "mm" is no title.
  for (const std::string& name : Names("M. le Directeur a rappelé les faits.", "fr")) {
    EXPECT_EQ(name.find("le "), std::string::npos) << name;
  }
  EXPECT_EQ(Names("La presión era de 14 mm de Hg en ambos ojos.", "es"),
            std::vector<std::string>{});
}

TEST_F(NameCuesTest, FrenchTitlesAsOcrPrintsThem) {
  EXPECT_EQ(Names("ETUDE de M* ANDRE notaire à Pontrieux.", "fr"),
            std::vector<std::string>{"ANDRE"});
  EXPECT_EQ(Names("ETUDE de Me COTTIN, notaire à Concarneau.", "fr"),
            std::vector<std::string>{"COTTIN"});
  EXPECT_EQ(Names("Adresser les demandes à M» CHEVALLIER, notaire.", "fr"),
            std::vector<std::string>{"CHEVALLIER"});
  EXPECT_EQ(Names("Une plainte contre NI . Pivert fut déposée.", "fr"),
            std::vector<std::string>{"Pivert"});
  // "M." after a town in capitals still says Monsieur; a month after it is a surname.
  EXPECT_EQ(Names("à MONTFORT M. Gaillard, conseiller.", "fr"),
            std::vector<std::string>{"Gaillard"});
  EXPECT_EQ(Names("Médaille d'argent, M. Janvier, conseiller.", "fr"),
            std::vector<std::string>{"Janvier"});
  // An initial alone after a title, though "l" is also a word.
  EXPECT_EQ(Names("Avant-hier, Mme L. jouissait d'une bonne considération.", "fr"),
            std::vector<std::string>{"L"});
  // "Me" opening a sentence is the pronoun.
  EXPECT_EQ(Names("Me voici enfin arrivé.", "fr"), std::vector<std::string>{});
}

TEST_F(NameCuesTest, FrenchRanksAndNobleTitles) {
  EXPECT_EQ(Names("Un banquet fut offert au commandant Targe hier.", "fr"),
            std::vector<std::string>{"Targe"});
  EXPECT_EQ(Names("Le colonel Picquart a témoigné.", "fr"),
            std::vector<std::string>{"Picquart"});
}

TEST_F(NameCuesTest, LowerCaseFullNames) {
  EXPECT_EQ(Names("he likes paul simon and old records", "en"),
            std::vector<std::string>{"paul simon"});
  EXPECT_EQ(Names("follow up with olga krylova soon", "en"),
            std::vector<std::string>{"olga krylova"});
  EXPECT_EQ(Names("we met john f kennedy there", "en"),
            std::vector<std::string>{"john f kennedy"});
  // A given name that is an ordinary word, before another ordinary word.
  EXPECT_EQ(Names("se observa una masa quística en la vena porta", "es"),
            std::vector<std::string>{});
}

TEST_F(NameCuesTest, ListsOfNames) {
  // "Brittany" alone is a region; in a list of given names it is one too.
  EXPECT_EQ(Names("They had four: Matheus, Kevin, Brittany and Terri.", "en"),
            (std::vector<std::string>{"Matheus", "Kevin", "Brittany", "Terri"}));
  // A list of places stays a list of places.
  EXPECT_EQ(Names("We crossed Guatemala, Chiapas, Oaxaca and Veracruz.", "en"),
            std::vector<std::string>{});
  // In lower case: "pamela" and "donna" are dictionary words, the list says names.
  EXPECT_EQ(Names("they had five: terrence, pamela, donna, andrea and brian.", "en"),
            (std::vector<std::string>{"terrence", "pamela", "donna", "andrea", "brian"}));
  // Given names that are everyday words stay words.
  EXPECT_EQ(Names("colores: rosa, blanca, verde y azul.", "es"), std::vector<std::string>{});
}

TEST_F(NameCuesTest, SurnameInitialEndingAName) {
  EXPECT_EQ(Names("Employees of the month: Deborah L #Speech and Patricia M #Care", "en"),
            (std::vector<std::string>{"Deborah L", "Patricia M"}));
  // Not a glued letter ("Nº") nor a pronoun or article.
  EXPECT_EQ(Names("Médico: Susana Martín Martín Nº Col: 28 28 14590.", "es"),
            std::vector<std::string>{"Susana Martín Martín"});
  EXPECT_EQ(Names("Yesterday I met Anna A few days ago.", "en"), std::vector<std::string>{"Anna"});
}

TEST_F(NameCuesTest, FormLabelIsNoPartOfTheName) {
  EXPECT_EQ(Names("Date: 1978-04-13\nName: Toshimi Arata\nPhone: 0490 75 40 81", "en"),
            std::vector<std::string>{"Toshimi Arata"});
}

TEST_F(NameCuesTest, ContractionIsNoTitle) {
  EXPECT_EQ(Names("WHAT ??? I DON'T KNOW WHAT TO PRESS NEXT!!!", "en"), std::vector<std::string>{});
  EXPECT_EQ(Names("Hablé con Don Ramiro ayer.", "es"), std::vector<std::string>{"Ramiro"});
  EXPECT_EQ(Names("Fellas Don't just sit there, come with Keyla.", "en"),
            std::vector<std::string>{"Keyla"});
}

TEST_F(NameCuesTest, NamedDaysAreNoNames) {
  EXPECT_EQ(Names("Come to the Safety Day tomorrow at North Phoenix with Keyla.", "en"),
            std::vector<std::string>{"Keyla"});
  // A month or "Day" that is a surname after a given name is part of the name.
  EXPECT_EQ(Names("We met Doris Day at the party.", "en"), std::vector<std::string>{"Doris Day"});
  EXPECT_EQ(Names("Ayer llegó Juan Abril con su hermana.", "es"),
            std::vector<std::string>{"Juan Abril"});
  EXPECT_EQ(Names("it is Question of the Day time", "en"), std::vector<std::string>{});
}

TEST_F(NameCuesTest, NationalitiesAreNoNames) {
  EXPECT_EQ(Names("Then the Honduran police and a Guatemalan driver stopped Keyla.", "en"),
            std::vector<std::string>{"Keyla"});
  EXPECT_EQ(Names("There's this nice new Croatian place downtown.", "en"),
            std::vector<std::string>{});
}

TEST_F(NameCuesTest, CompanyNamesEndingInASuffixAreNoPersons) {
  EXPECT_EQ(Names("She works at Russell Investments with Keyla.", "en"),
            std::vector<std::string>{"Keyla"});
  EXPECT_EQ(Names("The Shepherd Ltd. Orchestra was founded in 1997.", "en"),
            std::vector<std::string>{});
  // The partners listed before the company's name, not people met.
  EXPECT_EQ(Names("Our home city: White, Willis and Hoffman, Lucid and Loveland Technologies.", "en"),
            std::vector<std::string>{});
  EXPECT_EQ(Names("I met Ana, Rosa and Kevin at Loveland Technologies.", "en"),
            (std::vector<std::string>{"Ana", "Rosa", "Kevin"}));
  // A title still says person.
  EXPECT_EQ(Names("We met Mr. Brandon Partners there.", "en"),
            std::vector<std::string>{"Brandon Partners"});
}

TEST_F(NameCuesTest, FeaturingIntroducesAName) {
  EXPECT_EQ(Names("new song ft. Beyonce - until the end of time", "en"),
            std::vector<std::string>{"Beyonce"});
}

TEST_F(NameCuesTest, AnswerToAQuestionForAName) {
  EXPECT_EQ(Names("What's your last name? Magnusson", "en"),
            std::vector<std::string>{"Magnusson"});
  EXPECT_EQ(Names("¿Cómo te llamas? Quetzorin.", "es"), std::vector<std::string>{"Quetzorin"});
  // Another question is no cue.
  EXPECT_EQ(Names("Where did you sleep? Tapachula.", "en"), std::vector<std::string>{});
}

TEST_F(NameCuesTest, WordBeforeASurnameOpensTheName) {
  // "Yulan" (a magnolia) and "Jan" (a month) are words; before a surname they are names.
  EXPECT_EQ(Names("My grandfather was called Yulan Peres.", "en"),
            std::vector<std::string>{"Yulan Peres"});
  EXPECT_EQ(Names("Jan Brewer spoke first.", "en"), std::vector<std::string>{"Jan Brewer"});
  // "Cendrillon" (Cinderella) before a surname in no list.
  EXPECT_EQ(Names("Cendrillon Zoudertek lives near the camp.", "en"),
            std::vector<std::string>{"Cendrillon Zoudertek"});
  EXPECT_EQ(Names("We met on Jan 5 in the camp.", "en"), std::vector<std::string>{});
}

TEST_F(NameCuesTest, FrenchSaintCompoundsAreNoPersons) {
  EXPECT_EQ(Names("Il revint ainsi à Saint-Malo, où il rencontra M. Eugène Motte.", "fr"),
            std::vector<std::string>{"Eugène Motte"});
  EXPECT_EQ(Names("Les ouvriers arrivent par la rue Saint-Vincent.", "fr"),
            std::vector<std::string>{});
  // With its town, and Notre-Dame.
  EXPECT_EQ(Names("Le feu a pris à Saint-Nicolas de Coutances.", "fr"),
            std::vector<std::string>{});
  EXPECT_EQ(Names("Le pardon de Notre-Dame de Brennilis aura lieu.", "fr"),
            std::vector<std::string>{});
  // A hyphenated given name with its particle is a person.
  EXPECT_EQ(Names("Jean-Pierre de Lavaud est venu.", "fr"),
            std::vector<std::string>{"Jean-Pierre de Lavaud"});
}

TEST_F(NameCuesTest, EnglishLowerCaseNamesAfterSocialCues) {
  EXPECT_EQ(Names("lol we went with carmen today", "en"), std::vector<std::string>{"carmen"});
  EXPECT_EQ(Names("happy birthday jessica see you soon", "en"),
            std::vector<std::string>{"jessica"});
  EXPECT_EQ(Names("we had rice with salt today", "en"), std::vector<std::string>{});
  EXPECT_EQ(Names("i better get a call from sam on saturday", "en"),
            std::vector<std::string>{"sam"});
  EXPECT_EQ(Names("had to text billy about it", "en"), std::vector<std::string>{"billy"});
}

TEST_F(NameCuesTest, MiddleInitialWithoutPeriod) {
  EXPECT_EQ(Names("The film also features Kate M Begum in a small part.", "en"),
            std::vector<std::string>{"Kate M Begum"});
  EXPECT_EQ(Names("Follow up with Jan Jilek in a couple of months.", "en"),
            std::vector<std::string>{"Jan Jilek"});
}

TEST_F(NameCuesTest, MiddleInitialWithItsPeriod) {
  // "Valida" is a dictionary word and "to" a preposition of place: the
  // initial says it is a name.
  EXPECT_EQ(Names("A year as the assistant to Valida K. Ibragimov, and then home.", "en"),
            std::vector<std::string>{"Valida K. Ibragimov"});
  // Not before an ordinary word.
  EXPECT_EQ(Names("We went to Paseo B. Norte yesterday.", "en"), std::vector<std::string>{});
}

TEST_F(NameCuesTest, SpeakerLabelsAndNamesCalledAtASentenceStart) {
  EXPECT_EQ(Names("Koppzany: \"Who are you?\"\nmika: \"who are you?\"", "en"),
            (std::vector<std::string>{"Koppzany", "mika"}));
  EXPECT_EQ(Names("Kubrzak, can I please speak to your boss?", "en"),
            std::vector<std::string>{"Kubrzak"});
  EXPECT_EQ(Names("However, can I please speak to your boss?\nNote: call back later.", "en"),
            std::vector<std::string>{});
}

TEST_F(NameCuesTest, GivenNameThenCapitalizedParticle) {
  EXPECT_EQ(Names("Décès. Marie Le Gal, couturière, rue de Rohan.", "fr"),
            std::vector<std::string>{"Marie Le Gal"});
}

TEST_F(NameCuesTest, GivenNamesInShoutedSentences) {
  EXPECT_EQ(Names("I REMEMBER WHEN PRISCILLA RAN UP TO ME AT SCHOOL", "en"),
            std::vector<std::string>{"PRISCILLA"});
  EXPECT_EQ(Names("I REMEMBER WHEN THE BUS RAN UP TO ME AT SCHOOL", "en"),
            std::vector<std::string>{});
}

TEST_F(NameCuesTest, NicknameAfterCallsMe) {
  EXPECT_EQ(Names("Everyone calls me Jan.", "en"), std::vector<std::string>{"Jan"});
  EXPECT_EQ(Names("En el barrio le dicen Chaparro.", "es"), std::vector<std::string>{"Chaparro"});
}

}  // namespace
}  // namespace amparo::redaction
