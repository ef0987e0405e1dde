// The language an age is said in when it is rendered: the word after the
// age is read off its bytes where they are ASCII (or "años"), folded
// otherwise, and the word before is read once. These tests pin the
// language at the edges of that reading (a hyphen, leading whitespace, an
// accented letter folding to one of "year", the 16th byte, "ñ" cut there)
// against the reading that folds both sides with FoldText().
#include <gtest/gtest.h>

#include <cctype>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/renderer.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// The language of an age from FoldText() of 16 bytes after it and 24
// before it, as the renderer read it before it read bytes.
std::string FoldedAgeLanguage(std::string_view before, std::string_view after) {
  const std::string a = FoldText(after.substr(0, std::min<size_t>(after.size(), 16))) + " ";
  const bool space_after = !after.empty() && (after[0] == ' ' || after[0] == '\t');
  size_t word_end = 0;
  while (word_end < a.size() && std::isalpha(static_cast<unsigned char>(a[word_end]))) ++word_end;
  const std::string next = space_after ? a.substr(0, word_end) : std::string();
  std::string b(1, ' ');
  b += FoldText(before.substr(before.size() > 24 ? before.size() - 24 : 0));
  const std::string last = b.substr(b.rfind(' ') + 1);
  if (next == "ano" || next == "anos" || last == "edad" || last == "edad:") return "es";
  if (a.compare(0, 5, "-year") == 0 || next.compare(0, 4, "year") == 0 || next == "yo" || last == "aged" ||
      last == "age" || last == "turned" || last == "was" || last == "am" || last == "i'm" || last == "turn" ||
      last == "is") {
    return "en";
  }
  if (next == "ans") return "fr";
  if (next == "an") return "ht";
  return "";
}

// What 42 becomes in that language (Spanish when unclear: the options'
// language).
std::string FortyTwoIn(const std::string& lang) {
  if (lang == "en") return "40-something";
  if (lang == "fr") return "environ 40";
  if (lang == "ht") return "anviwon 40";
  return "unos 40";
}

// The replacement of the age "42" between before and after.
std::string RenderedAge(const std::string& before, const std::string& after) {
  const std::string text = before + "42" + after;
  Finding f;
  f.begin = before.size();
  f.end = before.size() + 2;
  f.type = IdentifierType::kAge;
  f.detector = "pattern";
  RedactionOptions options;
  options.language = "es";
  RedactionResult result;
  std::string error;
  EXPECT_TRUE(RenderFindings(text, {f}, options, &result, &error)) << error;
  return result.report.spans.empty() ? std::string() : result.report.spans[0].replacement;
}

void ExpectAsFolded(const std::string& before, const std::string& after) {
  EXPECT_EQ(RenderedAge(before, after), FortyTwoIn(FoldedAgeLanguage(before, after)))
      << "before \"" << before << "\" after \"" << after << "\"";
}

const std::vector<std::string>& Befores() {
  static const std::vector<std::string> kBefores = {
      "", "tenía ", "I was ", "aged ", "Edad: ", "EDAD ", "de ", "she is\t", "I'M ", "turned  ",
      "Ñandú ", "la edad ", "age\n", "was", "\xC3\xA2g\xC3\xA9 de ", "mwen te gen "};
  return kBefores;
}

TEST(RenderAgeLanguageRound21Test, WordsAfterAtTheEdges) {
  const std::vector<std::string> afters = {
      "", " años", " AÑOS", " Años.", " añosx", " año", " ano", " an\xC3\xB5s", " a\xC3\xB1", "-year-old",
      "-Year", "-YEAR old", "- year", " -year", "-\xC3\xBD" "ear", "-yea", "-ye\xC3\xA1r", "\t-year",
      " \t ans", "\tans", " ans", " ans.", " ansx", " an", " an\xC3\xA9", " an,", " yo", " years", " YEARS",
      " year2", " yearly", "years", " when", "\xC2\xA0" "ans", " \xC2\xA0" "ans", " ans\xC2\xA0",
      " 12 ans", " (ans)", "\n\nans", " \xC3\x91" "o",
      // The 16th byte: a word running to it, "ñ" cut by it, "ñ" just before.
      " aaaaaaaaaaaaaaaaaaaa", "             an\xC3\xB1", "              a\xC3\xB1", "            a\xC3\xB1os",
      "             ans", "              an", "               a", "                ans"};
  for (const std::string& before : Befores()) {
    for (const std::string& after : afters) ExpectAsFolded(before, after);
  }
}

TEST(RenderAgeLanguageRound21Test, KnownLanguages) {
  EXPECT_EQ(RenderedAge("tenía ", " años"), "unos 40");
  EXPECT_EQ(RenderedAge("TENÍA ", " AÑOS"), "unos 40");
  EXPECT_EQ(RenderedAge("a ", "-year-old"), "40-something");
  EXPECT_EQ(RenderedAge("a ", "-\xC3\xBD" "ear-old"), "40-something");  // "-ýear" folds to "-year"
  EXPECT_EQ(RenderedAge("I was ", " when"), "40-something");
  EXPECT_EQ(RenderedAge("âgée de ", " ans"), "environ 40");
  EXPECT_EQ(RenderedAge("m te gen ", " an"), "anviwon 40");
  EXPECT_EQ(RenderedAge("de ", " an\xC3\xA9"), "unos 40");  // "ané" is no "an"
  EXPECT_EQ(RenderedAge("de ", "\xC2\xA0" "ans"), "unos 40");  // no space right after
}

TEST(RenderAgeLanguageRound21Test, RandomWordsAfterAsFolded) {
  // Code points that fold to the letters of the cue words, or stop a word.
  const std::vector<std::string> pieces = {"a", "n", "o", "s", "y", "e", "r", "A", "N", "S", "Y", "E", "R",
                                           "-", " ", "\t", "\n", ".", "1", "\xC3\xB1", "\xC3\x91",
                                           "\xC3\xBD", "\xC3\xB5", "\xC3\xA9", "\xC2\xA0", "\xE2\x80\x99"};
  std::mt19937 rng(21);
  for (int round = 0; round < 4000; ++round) {
    std::string after;
    const int count = static_cast<int>(rng() % 12);
    for (int k = 0; k < count; ++k) after += pieces[rng() % pieces.size()];
    const std::string& before = Befores()[rng() % Befores().size()];
    ExpectAsFolded(before, after);
  }
}


// The date's "en"/"in" goes after each preposition that already leads it,
// in any case, and stays after other words and longer ones.
std::string RenderedDate(const std::string& before, const std::string& date, const std::string& language) {
  const std::string text = before + date + " y luego.";
  Finding f;
  f.begin = before.size();
  f.end = before.size() + date.size();
  f.type = IdentifierType::kDateOfBirth;
  f.detector = "pattern";
  RedactionOptions options;
  options.language = language;
  RedactionResult result;
  std::string error;
  EXPECT_TRUE(RenderFindings(text, {f}, options, &result, &error)) << error;
  return result.report.spans.empty() ? std::string() : result.report.spans[0].replacement;
}

TEST(RenderAgeLanguageRound21Test, DateLeadAfterAPreposition) {
  const std::string es_date = "el 20 de noviembre de 2021";
  const std::string lead = RenderedDate("estuve ", es_date, "es");
  ASSERT_EQ(lead.compare(0, 3, "en "), 0) << lead;
  for (const char* p : {"desde ", "Desde ", "DESDE ", "hasta ", "para ", "depuis ", "pour "}) {
    EXPECT_EQ(RenderedDate(p, es_date, "es"), lead.substr(3)) << p;
  }
  for (const char* p : {"desd ", "desdes ", "ante ", "", "después ", "despuesdesde "}) {
    EXPECT_EQ(RenderedDate(p, es_date, "es"), lead) << p;
  }
  const std::string en_date = "on March 3, 2020";
  const std::string en_lead = RenderedDate("it was ", en_date, "en");
  ASSERT_EQ(en_lead.compare(0, 3, "in "), 0) << en_lead;
  for (const char* p : {"from ", "since ", "until ", "till ", "by ", "before ", "After "}) {
    EXPECT_EQ(RenderedDate(p, en_date, "en"), en_lead.substr(3)) << p;
  }
  for (const char* p : {"b ", "bye ", "tills "}) EXPECT_EQ(RenderedDate(p, en_date, "en"), en_lead) << p;
}

}  // namespace
}  // namespace amparo::redaction
