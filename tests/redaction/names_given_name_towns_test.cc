// Given names that are towns or everyday words too (Santiago, Guadalupe,
// Victoria, Israel, Esperanza, Trinidad): a person where the sentence says
// someone acted ("Guadalupe nos dio comida", "Esperanza y yo salimos",
// "Trinidad, mi cuñada,"), the town where it says someone arrived
// ("llegamos a Santiago").
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <utility>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesGivenNameTownsTest, AGivenNameThatActedOnSomeoneIsAPerson) {
  for (const char* text : {"Israel me ayudó a cruzar el río.", "Guadalupe nos dio comida en el albergue.",
                           "Victoria me prestó su teléfono.", "Santiago nos llevó a Tapachula.",
                           "Ayer fue difícil. Guadalupe se quedó en la estación."}) {
    const std::string out = RedactedText(text, "es");
    EXPECT_NE(out.find("[PERSON-1]"), std::string::npos) << text << " -> " << out;
  }
  // "y yo", "and I", "et moi" after it; a comma, a possessive and a kin word.
  for (const auto& [text, lang] : std::initializer_list<std::pair<const char*, const char*>>{
           {"Esperanza y yo salimos juntas de Tegucigalpa.", "es"},
           {"Trinidad, mi cuñada, se quedó en Tapachula.", "es"},
           {"Grace and I left Accra in May.", "en"},
           {"Florence, my sister, stayed in Tijuana.", "en"},
           {"Marie et moi sommes parties de Port-au-Prince.", "fr"},
           {"Faith and her husband Mark were kidnapped in Matamoros.", "en"},
           {"June helped me fill out the asylum form.", "en"},
           {"Victoire m'a prêté son téléphone à Tapachula.", "fr"},
           {"Florence nous a aidés à remplir les papiers.", "fr"},
           {"Florence helped me at the border.", "en"}}) {
    const std::string out = RedactedText(text, lang);
    EXPECT_NE(out.find("[PERSON-1]"), std::string::npos) << text << " -> " << out;
  }
  // A surname that is a town too, before "me", "te", "nos" and a verb,
  // also after a word opening the sentence.
  for (const char* text : {"Después Juárez me pegó.", "Guerrero nos recibió en Acapulco."}) {
    const std::string out = RedactedText(text, "es");
    EXPECT_NE(out.find("[PERSON-1]"), std::string::npos) << text << " -> " << out;
  }
  // French "le" after a place is an article, not a pronoun.
  const std::string elysee = RedactedText("Le président recevra jeudi à l'Elysée le chancelier.", "fr");
  EXPECT_NE(elysee.find("Elysée"), std::string::npos) << elysee;
  // A month stays a month without a verb and an object pronoun after it.
  const std::string months = RedactedText("April came and went. June was hot.", "en");
  EXPECT_EQ(months, "April came and went. June was hot.");
  // A town that is no given name stays, whatever follows it.
  const std::string town = RedactedText("Tapachula nos recibió bien.", "es");
  EXPECT_NE(town.find("Tapachula nos"), std::string::npos) << town;
}

TEST(NamesGivenNameTownsTest, ATownOneArrivesAtIsKept) {
  for (const char* text : {"Llegamos a Santiago en la noche.", "Llegué a Santiago.",
                           "Fuimos a Mercedes a buscar trabajo."}) {
    const std::string out = RedactedText(text, "es");
    EXPECT_EQ(out, text);
  }
  // Verbs that take a person after "a" leave the name a person.
  const std::string sent = RedactedText("Mandaron a Santiago a la frontera.", "es");
  EXPECT_EQ(sent.find("Santiago"), std::string::npos) << sent;
}

}  // namespace
}  // namespace amparo::redaction
