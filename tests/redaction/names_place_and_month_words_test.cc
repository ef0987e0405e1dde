// A town or month word inside a run of name words in testimony Spanish
// ("casa de Durban Reyes", "Rosa Arequipa", "Julio Mamani") is part of the
// person's name: no word of it may stay in the redacted text. A town alone
// where the text says a place still stays.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

std::string RedactSpanish(const std::string& text) { return RedactedText(text, "es"); }

struct Case {
  const char* text;
  std::vector<const char*> gone;
};

void ExpectGone(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const std::string out = RedactSpanish(c.text);
    for (const char* word : c.gone) {
      EXPECT_EQ(out.find(word), std::string::npos) << word << " kept in: " << out;
    }
  }
}

TEST(NamesPlaceAndMonthWordsTest, ATownBeforeASurnameAfterAPersonCueIsAPerson) {
  ExpectGone({
      {"Nos quedamos en casa de Durban Reyes.", {"Durban", "Reyes"}},
      {"Dormimos tres noches en casa de Durban Reyes y luego seguimos.", {"Durban", "Reyes"}},
      {"Cruzamos el río con Durban Reyes y su hermano.", {"Durban", "Reyes"}},
      {"Mi cuñado Durban Reyes nos esperaba en la estación.", {"Durban", "Reyes"}},
  });
}

TEST(NamesPlaceAndMonthWordsTest, ATownOrMonthInARunOfNameWordsGoesWithTheRun) {
  ExpectGone({
      {"En Tapachula me ayudaron Julio Mamani y Rosa Arequipa.", {"Julio", "Mamani", "Rosa", "Arequipa"}},
      {"El que nos llevó fue Julio Quispe Arequipa, un guía.", {"Julio", "Quispe", "Arequipa"}},
      {"Después llegó Julio Mamani con la camioneta.", {"Julio", "Mamani"}},
      {"La señora que cocinaba era Rosa Arequipa Mamani.", {"Rosa", "Arequipa", "Mamani"}},
  });
}

TEST(NamesPlaceAndMonthWordsTest, AMonthThatIsAGivenNameListedWithANameIsAPerson) {
  ExpectGone({
      {"Me ayudaron Rosa Mamani y Julio.", {"Rosa", "Mamani", "Julio"}},
      {"Nos cuidaron Julio y Rosa Mamani en el albergue.", {"Rosa", "Mamani", "Julio"}},
  });
  const std::string date = RedactSpanish("Nos vimos con Rosa Mamani, Julio de 2019.");
  EXPECT_NE(date.find("Julio de 2019"), std::string::npos) << date;
}

TEST(NamesPlaceAndMonthWordsTest, ATownOrMonthAloneStays) {
  const std::string out = RedactSpanish("En julio llegamos a Arequipa y después a Durban.");
  EXPECT_NE(out.find("julio"), std::string::npos) << out;
  EXPECT_NE(out.find("Arequipa"), std::string::npos) << out;
  EXPECT_NE(out.find("Durban"), std::string::npos) << out;
  const std::string route = RedactSpanish("Salimos de Arequipa en Julio y llegamos a Tapachula.");
  EXPECT_NE(route.find("Arequipa"), std::string::npos) << route;
  EXPECT_NE(route.find("Tapachula"), std::string::npos) << route;
}

TEST(NamesPlaceAndMonthWordsTest, AMonthCapitalizedAloneInsideASpanishSentenceIsAPerson) {
  // Spanish writes months in lower case: "Julio" inside a sentence, with
  // no date around it, is somebody.
  ExpectGone({
      {"Cuando nos asaltaron me ayudó Julio.", {"Julio"}},
      {"En el albergue nos cuidaba Abril todas las noches.", {"Abril"}},
  });
  for (const char* dated : {"Llegamos a Tijuana en Julio de 2019.", "Desde Julio 2019 vivimos aquí.",
                            "Nos vemos el 5 de Abril en la plaza."}) {
    const std::string out = RedactSpanish(dated);
    EXPECT_EQ(out.find("[PERSON"), std::string::npos) << out;
  }
}

}  // namespace
}  // namespace amparo::redaction
