// Query language over a small real index: every query form, folding,
// stemming per language, phrases versus stems, thesaurus expansion, field
// filters and syntax errors.
#include <gtest/gtest.h>

#include "tests/search/index_fixture.h"

namespace amparo::search::testing {
namespace {

IndexedTestimony Make(std::string id, std::string lang, std::string text, int year, int month,
                      std::vector<std::string> places, std::vector<std::string> violence,
                      std::vector<std::string> perpetrator) {
  IndexedTestimony t;
  t.id = std::move(id);
  t.language = std::move(lang);
  t.title = "Testimonio";
  t.text = std::move(text);
  t.year = year;
  t.month = month;
  t.places = std::move(places);
  t.violence = std::move(violence);
  t.perpetrator = std::move(perpetrator);
  t.scopes = {"legal"};
  return t;
}

class QueryTest : public IndexTest {
 protected:
  void SetUp() override {
    IndexTest::SetUp();
    Put(Make("es1", "es",
             "Me secuestraron en Ciudad Juárez unos hombres del cártel. Pagamos el cobro de piso "
             "durante meses.",
             2024, 3, {"Ciudad Juárez"}, {"kidnapping", "extortion"}, {"criminal-group"}));
    Put(Make("en1", "en",
             "They kidnapped my brother near Tapachula. Later in Juarez the gangs demanded a war "
             "tax.",
             2023, 11, {"Tapachula"}, {"kidnapping", "extortion"}, {"police", "gang"}));
    Put(Make("fr1", "fr",
             "Mon enlèvement a eu lieu à Palenque. Les passeurs nous ont abandonnés près de la "
             "rivière.",
             2024, 6, {"Palenque"}, {"kidnapping"}, {"smuggler"}));
    Put(Make("es2", "es",
             "Hablamos de violencia de género en el albergue. Los polleros nos dejaron en Veracruz.",
             2022, 1, {"Veracruz"}, {"sexual-violence"}, {"smuggler"}));
    Put(Make("es3", "es",
             "El halcón vigilaba la casa en Palenque. Nos amenazaron si no pagábamos la renta.", 2024,
             1, {"Palenque"}, {"threats", "extortion"}, {"criminal-group"}));
    Put(Make("en2", "en",
             "The soldiers detained us at the checkpoint in Tenosique and beat us.", 2021, 5,
             {"Tenosique"}, {"arbitrary-detention", "physical-assault"}, {"military"}));
    Put(Make("es4", "es", "Un informe genérico no cuenta lo que vivimos en la frontera.", 2020, 2,
             {}, {}, {}));
    Put(Make("es5", "es", "A mi primo lo levantaron; fue un levantón a plena luz del día.", 2020,
             7, {}, {}, {}));
    Commit();
  }
};

TEST_F(QueryTest, CaseAndAccentsFoldBothWays) {
  EXPECT_EQ(Find("juarez"), (Ids{"en1", "es1"}));
  EXPECT_EQ(Find("Juárez"), (Ids{"en1", "es1"}));
  EXPECT_EQ(Find("JUÁREZ"), (Ids{"en1", "es1"}));
  EXPECT_EQ(Find("RIVIERE"), (Ids{"fr1"}));
}

TEST_F(QueryTest, StemsByTheTestimonysLanguage) {
  EXPECT_EQ(Find("pagar"), (Ids{"es1", "es3"}));        // pagamos, pagábamos
  EXPECT_EQ(Find("demanding"), (Ids{"en1"}));           // demanded
  EXPECT_EQ(Find("abandonner"), (Ids{"fr1"}));          // abandonnés
  EXPECT_EQ(Find("lang:en demanding"), (Ids{"en1"}));
  EXPECT_EQ(Find("lang:es demanding"), Ids{});
}

TEST_F(QueryTest, QuotedPhraseMatchesAsWrittenUnquotedByStem) {
  EXPECT_EQ(Find("\"género\""), (Ids{"es2"}));
  EXPECT_EQ(Find("género"), (Ids{"es2", "es4"}));  // genérico shares the stem
  EXPECT_EQ(Find("\"genero\""), (Ids{"es2"}));     // accents still folded
  EXPECT_EQ(Find("\"violencia de genero\""), (Ids{"es2"}));
  EXPECT_EQ(Find("\"genero de violencia\""), Ids{});
  EXPECT_EQ(Find("\u201cviolencia de g\u00e9nero\u201d"), (Ids{"es2"}));  // curly quotes
  EXPECT_EQ(Find("\u00abviolencia de g\u00e9nero\u00bb"), (Ids{"es2"}));  // guillemets
}

TEST_F(QueryTest, BooleanOperators) {
  EXPECT_EQ(Find("tapachula OR tenosique"), (Ids{"en1", "en2"}));
  EXPECT_EQ(Find("palenque halcón"), (Ids{"es3"}));
  EXPECT_EQ(Find("palenque AND halcon"), (Ids{"es3"}));
  EXPECT_EQ(Find("palenque NOT halcon"), (Ids{"fr1"}));
  EXPECT_EQ(Find("palenque -halcon"), (Ids{"fr1"}));
  EXPECT_EQ(Find("(tapachula OR palenque) NOT halcon"), (Ids{"en1", "fr1"}));
  EXPECT_EQ(Find("NOT frontera NOT primo lang:es"), (Ids{"es1", "es2", "es3"}));
}

TEST_F(QueryTest, Near) {
  EXPECT_EQ(Find("soldiers NEAR/6 checkpoint"), (Ids{"en2"}));
  EXPECT_EQ(Find("soldiers NEAR/2 checkpoint"), Ids{});
  EXPECT_EQ(Find("checkpoint NEAR soldiers"), (Ids{"en2"}));
}

TEST_F(QueryTest, FieldFilters) {
  EXPECT_EQ(Find("place:\"Ciudad Juárez\""), (Ids{"es1"}));
  EXPECT_EQ(Find("place:\"ciudad juarez\""), (Ids{"es1"}));
  EXPECT_EQ(Find("place:palenque"), (Ids{"es3", "fr1"}));
  EXPECT_EQ(Find("lang:fr"), (Ids{"fr1"}));
  EXPECT_EQ(Find("violence:kidnapping"), (Ids{"en1", "es1", "fr1"}));
  EXPECT_EQ(Find("violence:secuestro"), (Ids{"en1", "es1", "fr1"}));
  EXPECT_EQ(Find("violence:sexual-violence"), (Ids{"es2"}));
  EXPECT_EQ(Find("perpetrator:coyote"), (Ids{"es2", "fr1"}));
  EXPECT_EQ(Find("perpetrator:halcón"), (Ids{"es1", "es3"}));  // lookout -> criminal-group
  EXPECT_EQ(Find("year:2024"), (Ids{"es1", "es3", "fr1"}));
  EXPECT_EQ(Find("year:2022..2023"), (Ids{"en1", "es2"}));
  EXPECT_EQ(Find("date:2024-01..2024-03"), (Ids{"es1", "es3"}));
  EXPECT_EQ(Find("date:2024-06"), (Ids{"fr1"}));
  EXPECT_EQ(Find("date:2020"), (Ids{"es4", "es5"}));
  EXPECT_EQ(Find("palenque year:2024 lang:es"), (Ids{"es3"}));
}

TEST_F(QueryTest, ThesaurusExpandsAcrossLanguages) {
  Ids kidnapping = Find("kidnapping");
  EXPECT_EQ(kidnapping, (Ids{"en1", "es1", "es5", "fr1"}));
  EXPECT_EQ(Find("enlèvement"), kidnapping);
  EXPECT_EQ(Find("secuestro"), kidnapping);
  EXPECT_EQ(Find("levantón"), kidnapping);
  Ids extortion = Find("war tax");
  EXPECT_EQ(extortion, (Ids{"en1", "es1", "es3"}));
  EXPECT_EQ(Find("cobro de piso"), extortion);
  EXPECT_EQ(Find("extorsión"), extortion);
  EXPECT_EQ(Find("halcón"), (Ids{"es3"}));
  EXPECT_EQ(Find("lookout"), (Ids{"es3"}));
  EXPECT_EQ(Find("coyote"), (Ids{"es2", "fr1"}));  // polleros, passeurs + smuggler tags
  // A quoted thesaurus word is not expanded.
  EXPECT_EQ(Find("\"levantón\""), (Ids{"es5"}));
}

TEST_F(QueryTest, EmptyQueryMatchesAll) { EXPECT_EQ(Find("").size(), 8u); }

TEST_F(QueryTest, HighlightTermsComeFromPositiveParts) {
  SearchResult r = Run("palenque \"violencia de género\" NOT halcón");
  const auto& h = r.highlight_terms;
  EXPECT_NE(std::find(h.begin(), h.end(), "palenque"), h.end());
  EXPECT_NE(std::find(h.begin(), h.end(), "violencia de genero"), h.end());
  EXPECT_EQ(std::find(h.begin(), h.end(), "halcon"), h.end());
}

TEST_F(QueryTest, SyntaxErrorsGetAMessage) {
  for (const char* q : {"\"unclosed phrase", "(tapachula OR palenque", "tapachula OR", "AND palenque",
                        "tapachula )", "foo:bar", "date:2024-13", "date:2024-06..2024-01",
                        "year:abc", "place:", "soldiers NEAR \"the checkpoint\"", "NEAR/0 a",
                        "a NEAR/500 b", "()", "NOT", "a AND AND b"}) {
    std::string error = SyntaxError(q);
    EXPECT_FALSE(error.empty()) << q;
  }
  EXPECT_NE(SyntaxError("foo:bar").find("unknown field"), std::string::npos);
  EXPECT_NE(SyntaxError("(a").find(")"), std::string::npos);
  std::string deep(200, '(');
  EXPECT_NE(SyntaxError(deep + "a" + std::string(200, ')')).find("nested"), std::string::npos);
  EXPECT_NE(SyntaxError(std::string(5000, 'a')).find("too long"), std::string::npos);
}

}  // namespace
}  // namespace amparo::search::testing
