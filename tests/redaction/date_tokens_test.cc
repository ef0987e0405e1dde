// A date is generalized from its runs of digits and of letters: how many
// there are, the first, second and last number, the numbers of four digits
// (the year: the last one) and of at most two (day and month: the first
// three), the first word and the first month word. These cases hold each
// of those readings, on dates of many runs too.
#include <gtest/gtest.h>

#include <string>

#include "redaction/renderer.h"

namespace amparo::redaction {
namespace {

std::string Date(const std::string& original, const char* language = "es") {
  RedactionOptions options;
  options.language = language;
  Finding f;
  f.begin = 0;
  f.end = original.size();
  f.type = IdentifierType::kDateOfBirth;
  return Replacement(original, f, options, 0);
}

TEST(DateTokensTest, NumbersAreReadByCountAndPlace) {
  EXPECT_EQ(Date("12/03/1983"), "marzo de 1983");
  EXPECT_EQ(Date("12/03/83"), "marzo de 1983");
  EXPECT_EQ(Date("12/03/20"), "marzo de 2020");
  EXPECT_EQ(Date("12/03/31"), "marzo de 1931");
  EXPECT_EQ(Date("1983/03/12"), "marzo de 1983");          // the first of four digits: ISO
  EXPECT_EQ(Date("1983/13/12"), "[DATE]");
  EXPECT_EQ(Date("12/03/1983/1990"), "marzo de 1990");     // the last year counts
  EXPECT_EQ(Date("12/03/05/07"), "[DATE]");                // four small numbers
  EXPECT_EQ(Date("12/03/05/07/1983"), "[DATE]");
  EXPECT_EQ(Date("12/03/123/1983"), "marzo de 1983");      // three digits are neither
  EXPECT_EQ(Date("12/123/03/1983"), "marzo de 1983");
  EXPECT_EQ(Date("123/12/03"), "[DATE]");
  EXPECT_EQ(Date("12345678/12/03"), "[DATE]");
  EXPECT_EQ(Date("0012/03/04"), "marzo de 12");
  EXPECT_EQ(Date("13/25/1983"), "[DATE]");
  EXPECT_EQ(Date("25/12/1983", "en"), "December 1983");
  EXPECT_EQ(Date("12/25/1983", "en"), "December 1983");
  EXPECT_EQ(Date("12/03"), "[DATE]");
}

TEST(DateTokensTest, WordsAreReadUpToTheFirstMonth) {
  EXPECT_EQ(Date("el 12 de marzo de 1983"), "en marzo de 1983");
  EXPECT_EQ(Date("El 12 de marzo de 1983"), "En marzo de 1983");
  EXPECT_EQ(Date("on the 3rd of May, 1983", "en"), "in May 1983");
  EXPECT_EQ(Date("The 3rd of May 1983", "en"), "In May 1983");
  EXPECT_EQ(Date("12 de marzo y abril de 1983"), "marzo de 1983");  // the first month
  EXPECT_EQ(Date("12 de mars et avril 1983", "fr"), "mars 1983");
  EXPECT_EQ(Date("12 de marzo de 83"), "marzo de 1983");            // a year of two digits
  EXPECT_EQ(Date("12 de marzo"), "marzo");
  EXPECT_EQ(Date("marzo"), "marzo");
  EXPECT_EQ(Date("el día doce de marzo"), "en marzo");
  EXPECT_EQ(Date("le 12 août 1983", "fr"), "en août 1983");
  EXPECT_EQ(Date("12 AOÛT 1983", "fr"), "août 1983");
  EXPECT_EQ(Date("12 sept. 1983", "en"), "September 1983");
  EXPECT_EQ(Date("el 12 de septiembre-octubre de 1983 a las 10:30"), "en septiembre de 1983");
  EXPECT_EQ(Date("uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
                 "quince dieciséis diecisiete 12 de marzo de 1983"),
            "marzo de 1983");
  EXPECT_EQ(Date("unmotdeplusdeseizelettres 12 de marzo de 1983"), "marzo de 1983");
  EXPECT_EQ(Date("12 de foo de 1983"), "[DATE]");
  EXPECT_EQ(Date("12 foo 03 1983"), "marzo de 1983");
  EXPECT_EQ(Date("foo 12/03/1983"), "marzo de 1983");
  EXPECT_EQ(Date("12marzo1983"), "marzo de 1983");
}

}  // namespace
}  // namespace amparo::redaction
