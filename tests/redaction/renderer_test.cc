// Merging and rendering: union of overlaps, stable [PERSON-n], generalized
// ages and dates, offsets that point at what was replaced.
#include "redaction/renderer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace amparo::redaction {
namespace {

Finding Make(size_t b, size_t e, IdentifierType t, const char* detector = "pattern",
             int group = -1) {
  Finding f;
  f.begin = b;
  f.end = e;
  f.type = t;
  f.detector = detector;
  f.person_group = group;
  return f;
}

Finding At(const std::string& text, const std::string& needle, IdentifierType t,
           size_t from = 0, const char* detector = "names", int group = -1) {
  size_t b = text.find(needle, from);
  EXPECT_NE(b, std::string::npos) << needle;
  return Make(b, b + needle.size(), t, detector, group);
}

TEST(RedactionMergeTest, UnionKeepsLongestTypeAndListedNames) {
  auto merged = MergeFindings({Make(0, 10, IdentifierType::kPhone), Make(5, 14, IdentifierType::kIdNumber),
                               Make(20, 25, IdentifierType::kEmail)});
  ASSERT_EQ(merged.size(), 2u);
  EXPECT_EQ(merged[0].begin, 0u);
  EXPECT_EQ(merged[0].end, 14u);
  EXPECT_EQ(merged[1].type, IdentifierType::kEmail);

  auto names = MergeFindings({Make(0, 10, IdentifierType::kPersonName, "names"),
                              Make(0, 4, IdentifierType::kSurvivorName, "known", 0)});
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(names[0].type, IdentifierType::kSurvivorName);
  EXPECT_EQ(names[0].end, 10u);
}

TEST(RedactionMergeTest, TiesInPlaceGiveOneRepresentativeWhateverTheOrder) {
  // Same span, same confidence, different types and detectors: the merged
  // finding must not depend on the order the detectors reported them in.
  const std::vector<Finding> tied = {Make(3, 12, IdentifierType::kEmail, "known"),
                                     Make(3, 12, IdentifierType::kIdNumber, "pattern"),
                                     Make(3, 12, IdentifierType::kPhone, "names"),
                                     Make(3, 12, IdentifierType::kAddress, "pattern")};
  std::vector<Finding> order = tied;
  const std::vector<Finding> first = MergeFindings(order);
  ASSERT_EQ(first.size(), 1u);
  for (int round = 0; round < 24; ++round) {
    std::next_permutation(order.begin(), order.end(), [](const Finding& a, const Finding& b) {
      return a.type < b.type;
    });
    const std::vector<Finding> merged = MergeFindings(order);
    ASSERT_EQ(merged.size(), 1u);
    EXPECT_EQ(merged[0].type, first[0].type) << "round " << round;
    EXPECT_STREQ(merged[0].detector, first[0].detector) << "round " << round;
  }
}

// The detectors' lists arrive sorted and joined end to end; MergeFindings
// merges such runs instead of sorting them again. Whatever the number of
// runs (more than it merges, too) and the order the findings come in, the
// merged list is the same.
TEST(RedactionMergeTest, JoinedSortedListsMergeAsAnyOrderDoes) {
  const IdentifierType kTypes[] = {IdentifierType::kPhone, IdentifierType::kPersonName,
                                   IdentifierType::kAddress, IdentifierType::kSurvivorName};
  const char* const kDetectors[] = {"known", "pattern", "names"};
  std::mt19937 random(7);
  for (int round = 0; round < 300; ++round) {
    const size_t runs = 1 + random() % 24;
    std::vector<Finding> joined;
    for (size_t r = 0; r < runs; ++r) {
      std::vector<Finding> run(random() % 30);
      for (Finding& f : run) {
        f.begin = random() % 200;
        f.end = f.begin + random() % 12;  // some empty: dropped
        f.type = kTypes[random() % 4];
        f.detector = kDetectors[random() % 3];
        f.confidence = 0.5f + 0.25f * static_cast<float>(random() % 3);
        f.person_group = static_cast<int>(random() % 3) - 1;
      }
      std::sort(run.begin(), run.end(), [](const Finding& a, const Finding& b) { return a.begin < b.begin; });
      joined.insert(joined.end(), run.begin(), run.end());
    }
    std::vector<Finding> shuffled = joined;
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    const std::vector<Finding> expected = MergeFindings(shuffled);
    const std::vector<Finding> merged = MergeFindings(joined);
    ASSERT_EQ(merged.size(), expected.size()) << "round " << round;
    for (size_t i = 0; i < merged.size(); ++i) {
      EXPECT_EQ(merged[i].begin, expected[i].begin) << "round " << round;
      EXPECT_EQ(merged[i].end, expected[i].end) << "round " << round;
      EXPECT_EQ(merged[i].type, expected[i].type) << "round " << round;
      EXPECT_STREQ(merged[i].detector, expected[i].detector) << "round " << round;
      EXPECT_EQ(merged[i].confidence, expected[i].confidence) << "round " << round;
      EXPECT_EQ(merged[i].person_group, expected[i].person_group) << "round " << round;
    }
  }
}

TEST(RedactionRenderTest, PersonNumbersAreStableAndGrouped) {
  std::string text = "Pedro Soto vio a Ana. Luego Soto y Ana y PEDRO SOTO.";
  std::vector<Finding> f = {At(text, "Pedro Soto", IdentifierType::kPersonName),
                            At(text, "Ana", IdentifierType::kPersonName),
                            At(text, "Soto", IdentifierType::kPersonName, 20),
                            At(text, "Ana", IdentifierType::kPersonName, 30),
                            At(text, "PEDRO SOTO", IdentifierType::kPersonName)};
  RedactionResult r;
  std::string error;
  ASSERT_TRUE(RenderFindings(text, f, RedactionOptions{}, &r, &error)) << error;
  EXPECT_EQ(r.text, "[PERSON-1] vio a [PERSON-2]. Luego [PERSON-1] y [PERSON-2] y [PERSON-1].");
}

TEST(RedactionRenderTest, OffsetsPointAtOriginalAndReplacement) {
  std::string text = "Soy Yahir, tel 5512345678, tenía 42 años, nací el 12 de marzo de 1983.";
  std::vector<Finding> f = {At(text, "Yahir", IdentifierType::kSurvivorName, 0, "known", 0),
                            At(text, "5512345678", IdentifierType::kPhone),
                            At(text, "42", IdentifierType::kAge),
                            At(text, "el 12 de marzo de 1983", IdentifierType::kDateOfBirth)};
  RedactionOptions options;
  options.pseudonym = "Yahir*";
  RedactionResult r;
  std::string error;
  ASSERT_TRUE(RenderFindings(text, f, options, &r, &error)) << error;
  EXPECT_EQ(r.text, "Soy Yahir*, tel [PHONE], tenía unos 40 años, nací en marzo de 1983.");
  ASSERT_EQ(r.report.spans.size(), 4u);
  for (size_t i = 0; i < f.size(); ++i) {
    const RedactionSpan& s = r.report.spans[i];
    EXPECT_EQ(s.original_begin, f[i].begin);
    EXPECT_EQ(s.original_end, f[i].end);
    EXPECT_EQ(r.text.substr(s.redacted_begin, s.redacted_end - s.redacted_begin), s.replacement);
  }
  // Text between spans is unchanged.
  EXPECT_EQ(text.substr(r.report.spans[0].original_end, 6),
            r.text.substr(r.report.spans[0].redacted_end, 6));
}

TEST(RedactionRenderTest, GeneralizationsPerLanguageAndOptions) {
  RedactionOptions es;
  EXPECT_EQ(Replacement("42", Make(0, 2, IdentifierType::kAge), es, 0), "unos 40");
  EXPECT_EQ(Replacement("7", Make(0, 1, IdentifierType::kAge), es, 0), "menos de 10");
  EXPECT_EQ(Replacement("15", Make(0, 2, IdentifierType::kAge), es, 0), "entre 10 y 19");
  RedactionOptions en;
  en.language = "en";
  EXPECT_EQ(Replacement("42", Make(0, 2, IdentifierType::kAge), en, 0), "40-something");
  EXPECT_EQ(Replacement("March 12, 1983", Make(0, 1, IdentifierType::kDateOfBirth), en, 0), "March 1983");
  EXPECT_EQ(Replacement("03/12/1983", Make(0, 1, IdentifierType::kDateOfBirth), en, 0), "March 1983");
  EXPECT_EQ(Replacement("03/12/1983", Make(0, 1, IdentifierType::kDateOfBirth), es, 0),
            "diciembre de 1983");
  RedactionOptions fr;
  fr.language = "fr";
  EXPECT_EQ(Replacement("le 1er janvier 2001", Make(0, 1, IdentifierType::kDateOfBirth), fr, 0),
            "en janvier 2001");
  // A time goes with its day; a day without a year keeps only its month.
  EXPECT_EQ(Replacement("2000-04-16 11:34:35", Make(0, 1, IdentifierType::kDateOfBirth), en, 0), "April 2000");
  EXPECT_EQ(Replacement("el 25 de agosto", Make(0, 1, IdentifierType::kDateOfBirth), es, 0), "en agosto");
  EXPECT_EQ(Replacement("12-mar-83", Make(0, 1, IdentifierType::kDateOfBirth), es, 0), "marzo de 1983");
  EXPECT_EQ(Replacement("12/03", Make(0, 1, IdentifierType::kDateOfBirth), es, 0), "[DATE]");
  RedactionOptions strict;
  strict.generalize_ages = false;
  strict.generalize_dates = false;
  EXPECT_EQ(Replacement("42", Make(0, 2, IdentifierType::kAge), strict, 0), "[AGE]");
  EXPECT_EQ(Replacement("12 de marzo de 1983", Make(0, 1, IdentifierType::kDateOfBirth), strict, 0), "[DATE]");
  EXPECT_EQ(Replacement("31/31/31", Make(0, 1, IdentifierType::kDateOfBirth), es, 0), "[DATE]");
}

TEST(RedactionRenderTest, AgesAndDatesSpeakTheLanguageAroundThem) {
  // A Spanish testimony quoting English, French and Creole sentences.
  std::string text = "tenía 15 años. I was 42 when. âgée de 7 ans. gen 17 an. on March 12, 2021.";
  std::vector<Finding> f = {At(text, "15", IdentifierType::kAge), At(text, "42", IdentifierType::kAge),
                            At(text, "7", IdentifierType::kAge), At(text, "17", IdentifierType::kAge),
                            At(text, "on March 12, 2021", IdentifierType::kDateOfBirth)};
  RedactionOptions es;
  es.language = "es";
  RedactionResult r;
  std::string error;
  ASSERT_TRUE(RenderFindings(text, f, es, &r, &error)) << error;
  EXPECT_EQ(r.text,
            "tenía entre 10 y 19 años. I was 40-something when. âgée de moins de 10 ans. "
            "gen ant 10 ak 19 an. in March 2021.");
}

// The word right before an age tells its language only when it is that
// whole word ("I turned 42", not "he returned 42"; "is", not "this"),
// whatever its case or accents; otherwise the testimony's language stays.
TEST(RedactionRenderTest, AgeLanguageReadsTheWholeWordBefore) {
  RedactionOptions fr;
  fr.language = "fr";
  const std::pair<std::string, std::string> kCases[] = {
      {"I turned 42.", "I turned 40-something."},   {"he returned 42.", "he returned environ 40."},
      {"and this 42.", "and this environ 40."},     {"she is 42.", "she is 40-something."},
      {"I'M 42.", "I'M 40-something."},             {"EDAD: 42.", "EDAD: unos 40."},
      {"su \xc3\x89" "dad 42.", "su \xc3\x89" "dad unos 40."},  {"la edad\t42.", "la edad\tunos 40."},
      {"jam 42.", "jam environ 40."},               {"Aged  42.", "Aged  40-something."},
      {"42.", "environ 40."}};
  for (const auto& [text, want] : kCases) {
    const std::vector<Finding> f = {At(text, "42", IdentifierType::kAge)};
    RedactionResult r;
    std::string error;
    ASSERT_TRUE(RenderFindings(text, f, fr, &r, &error)) << error;
    EXPECT_EQ(r.text, want) << text;
  }
}

// The month word decides the language a date is written back in: a word of
// one language only, a word two languages share (the preferred one wins,
// else the first), an abbreviation, a Spanish wire abbreviation that is an
// English month too. Pins MonthWordLanguage, which compares by index.
TEST(RedactionRenderTest, MonthWordsChooseTheDateLanguage) {
  RedactionOptions es, en, fr, ht;
  en.language = "en";
  fr.language = "fr";
  ht.language = "ht";
  const Finding d = Make(0, 1, IdentifierType::kDateOfBirth);
  EXPECT_EQ(Replacement("March 12, 1983", d, es, 0), "March 1983");
  EXPECT_EQ(Replacement("12 de marzo de 1983", d, en, 0), "marzo de 1983");
  EXPECT_EQ(Replacement("12 avril 1983", d, fr, 0), "avril 1983");
  EXPECT_EQ(Replacement("12 avril 1983", d, ht, 0), "avril 1983");
  EXPECT_EQ(Replacement("12 avril 1983", d, es, 0), "avril 1983");
  EXPECT_EQ(Replacement("12 juin 1983", d, ht, 0), "juin 1983");
  EXPECT_EQ(Replacement("12 janv. 1983", d, es, 0), "janvier 1983");
  EXPECT_EQ(Replacement("12 dec 1983", d, fr, 0), "December 1983");
  EXPECT_EQ(Replacement("12 ene 1983", d, en, 0), "enero de 1983");
  EXPECT_EQ(Replacement("23 may 1983", d, es, 0), "mayo de 1983");
  EXPECT_EQ(Replacement("23 may 1983", d, en, 0), "May 1983");
  EXPECT_EQ(Replacement("23 mar 1983", d, fr, 0), "mars 1983");
  EXPECT_EQ(Replacement("3 mas 1983", d, ht, 0), "mas 1983");
  EXPECT_EQ(Replacement("3 mars 1983", d, ht, 0), "mars 1983");
}

TEST(RedactionRenderTest, PersonGroupsOfDifferentDetectorsDoNotMix) {
  std::string text = "Chuy y Pedro";
  std::vector<Finding> f = {Make(0, 4, IdentifierType::kPersonName, "known", 2),
                            Make(7, 12, IdentifierType::kPersonName, "names", 2)};
  RedactionResult r;
  std::string error;
  ASSERT_TRUE(RenderFindings(text, f, RedactionOptions{}, &r, &error)) << error;
  EXPECT_EQ(r.text, "[PERSON-1] y [PERSON-2]");
}

TEST(RedactionRenderTest, RejectsBadFindings) {
  std::string text = "Martín y José";
  RedactionResult r;
  std::string error;
  EXPECT_FALSE(RenderFindings(text, {Make(0, 4, IdentifierType::kPersonName), Make(3, 8, IdentifierType::kPhone)},
                              RedactionOptions{}, &r, &error));
  EXPECT_NE(error.find("overlap"), std::string::npos);
  EXPECT_FALSE(RenderFindings(text, {Make(0, 5, IdentifierType::kPersonName)}, RedactionOptions{}, &r, &error));
  EXPECT_NE(error.find("splits"), std::string::npos);  // byte 5 is inside "í"
  EXPECT_FALSE(RenderFindings(text, {Make(10, 99, IdentifierType::kPhone)}, RedactionOptions{}, &r, &error));
}

}  // namespace
}  // namespace amparo::redaction
