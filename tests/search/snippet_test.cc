// MakeSnippet marks matches in decrypted text; SuggestTags proposes
// violence and perpetrator tags from the thesaurus.
#include <gtest/gtest.h>

#include "search/sealed_index.h"

namespace amparo::search {
namespace {

size_t Chars(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string StripMarks(std::string s) {
  for (const char* tag : {"<mark>", "</mark>"}) {
    for (size_t at = s.find(tag); at != std::string::npos; at = s.find(tag)) {
      s.erase(at, std::string(tag).size());
    }
  }
  return s;
}

TEST(SnippetTest, MarksFoldedAndStemmedMatches) {
  std::string s = MakeSnippet("Nos secuestraron en Ciudad JUÁREZ.", "es", {"juarez", "secuestro"});
  EXPECT_EQ(s, "Nos <mark>secuestraron</mark> en Ciudad <mark>JUÁREZ</mark>.");
}

TEST(SnippetTest, ExactTermsAndPhrases) {
  std::string text = "Un estudio genérico sobre violencia de género.";
  EXPECT_EQ(MakeSnippet(text, "es", {"=género"}),
            "Un estudio genérico sobre violencia de <mark>género</mark>.");
  EXPECT_EQ(MakeSnippet(text, "es", {"violencia de genero"}),
            "Un estudio genérico sobre <mark>violencia</mark> <mark>de</mark> <mark>género</mark>.");
}

TEST(SnippetTest, EscapesHtml) {
  std::string s = MakeSnippet("<script>alert('x')</script> & frontera", "es", {"frontera"});
  EXPECT_EQ(s, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>frontera</mark>");
}

TEST(SnippetTest, CutsAroundTheBestWindow) {
  std::string filler;
  for (int i = 0; i < 60; ++i) filler += "caminamos mucho tiempo ";
  std::string text = filler + "hasta que llegó la policía de Tapachula. " + filler;
  std::string s = MakeSnippet(text, "es", {"policia", "tapachula"}, 120);
  EXPECT_NE(s.find("<mark>policía</mark>"), std::string::npos);
  EXPECT_NE(s.find("<mark>Tapachula</mark>"), std::string::npos);
  EXPECT_EQ(s.rfind("\u2026", 0), 0u);  // starts with an ellipsis
  EXPECT_LE(Chars(StripMarks(s)), 120u + 2);  // plus the two ellipses
  // No match: the beginning of the text.
  std::string none = MakeSnippet(text, "es", {"inexistente"}, 50);
  EXPECT_EQ(none.rfind("caminamos", 0), 0u);
  EXPECT_EQ(MakeSnippet("", "es", {"x"}), "");
}

TEST(SuggestTagsTest, FindsViolenceAndPerpetratorsPerLanguage) {
  TagSuggestions es = SuggestTags(
      "Nos secuestraron y después nos cobraban el cobro de piso. El pollero nos abandonó.", "es");
  EXPECT_EQ(es.violence, (std::vector<std::string>{"kidnapping", "extortion"}));
  EXPECT_EQ(es.perpetrator, (std::vector<std::string>{"smuggler"}));
  TagSuggestions en = SuggestTags("Soldiers tortured him; a lookout watched the house.", "en");
  EXPECT_EQ(en.violence, (std::vector<std::string>{"torture"}));
  EXPECT_EQ(en.perpetrator, (std::vector<std::string>{"criminal-group", "military"}));
  TagSuggestions fr = SuggestTags("Les passeurs ont organisé son enlèvement.", "fr");
  EXPECT_EQ(fr.violence, (std::vector<std::string>{"kidnapping"}));
  EXPECT_EQ(fr.perpetrator, (std::vector<std::string>{"smuggler"}));
  // Ambiguous words alone ("piso" is also a floor) suggest nothing.
  EXPECT_TRUE(SuggestTags("Vivíamos en el segundo piso.", "es").violence.empty());
}

}  // namespace
// One Highlighter serves every hit of a query, in any language, exactly as
// a fresh one per text would.
TEST(SnippetTest, PreparedHighlighterServesEveryHit) {
  const std::vector<std::string> terms = {"secuestro", "=frontera", "cobro de piso", "police"};
  const Highlighter highlighter(terms);
  const std::vector<std::pair<std::string, std::string>> texts = {
      {"es", "Nos secuestraron cerca de la frontera y nos exigieron cobro de piso."},
      {"en", "The police stopped us; the policeman kept our papers."},
      {"fr", "La police nous a arrêtés à la frontière."},
      {"es", "Nada que resaltar aquí."}};
  for (const auto& [lang, text] : texts) {
    EXPECT_EQ(highlighter.Snippet(text, lang), MakeSnippet(text, lang, terms)) << text;
  }
  EXPECT_NE(highlighter.Snippet(texts[0].second, "es").find("<mark>secuestraron</mark>"),
            std::string::npos);
  EXPECT_NE(highlighter.Snippet(texts[0].second, "es").find("<mark>cobro</mark> <mark>de</mark> <mark>piso</mark>"),
            std::string::npos);
}

}  // namespace amparo::search

namespace amparo::search {
namespace {

// Windows are measured in characters, not bytes: a text of 2-byte letters
// fits whole when its characters fit.
TEST(SnippetTest, MeasuresCharactersNotBytes) {
  std::string text = "fin ";
  for (int i = 0; i < 30; ++i) text += "ñañá ";  // 5 characters, 8 bytes
  ASSERT_EQ(text.size(), 4u + 30 * 8);  // 154 characters
  EXPECT_EQ(MakeSnippet(text, "es", {"fin"}, 154), "<mark>fin</mark>" + text.substr(3));
  std::string cut = MakeSnippet(text, "es", {"fin"}, 100);
  EXPECT_EQ(cut.substr(0, 16), "<mark>fin</mark>");
  EXPECT_EQ(cut.substr(cut.size() - 3), "\u2026");
  EXPECT_LT(cut.size(), text.size());
}

}  // namespace
}  // namespace amparo::search
