// The redactor is a pure function of the text, its language, the options
// and the compiled-in data: a decision that hung on what an earlier call
// left behind, on which Redactor object made it, or on the order of the
// calls would differ between production and the tests (a name could leak
// in one and not in the other). These tests run the same texts through two
// redactors in opposite orders and ask for the same report, span by span,
// down to the detector and the confidence; and they pin the sentences that
// were reported to score differently in two builds ("a Honduran woman").
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "redaction/redactor.h"
#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

struct Case {
  const char* language;
  const char* text;
};

// Texts whose findings meet at the same place from several detectors
// (a name and a place, a demonym before a name, a date of birth, an
// address, a phone), so that a tie broken by anything but what the
// findings say would show.
const Case kCases[] = {
    {"en",
     "According to the report by Doctors Without Borders, more than 400 migrants were kidnapped in "
     "Tamaulipas last year. One of them, a Honduran woman who gave her name as Marta, said she was "
     "held for three weeks in Reynosa."},
    {"en",
     "Francisco Morazán (3 October 1792 – 15 September 1842) was president of the Federal Republic "
     "of Central America. He was executed in San José, Costa Rica. The Honduran department of "
     "Francisco Morazán, which contains Tegucigalpa, bears his name."},
    {"es",
     "Me llamo Rosa Elena Martínez, nací el 12 de marzo de 1985 en San Pedro Sula. Vivíamos en la "
     "calle Morazán 14 y mi teléfono era 9845-2231. Mi hermano Jorge se fue a Tapachula."},
    {"fr",
     "Je m'appelle Jean-Baptiste Pierre, né le 4 juillet 1990 à Jacmel. Ma tante Marie Joseph "
     "habitait rue Lamartinière 22, Port-au-Prince. Appelez le +509 3712 4455."},
    {"ht", "Mwen rele Wideline Jean. Mwen te fèt Okap, manman m rele Rosemène Pierre."},
    {"en",
     "Interviewer: Where did you cross?\nMaría López: At Ciudad Hidalgo, with my cousin Pedro. "
     "The Guatemalan police stopped us on Calle 5 de Mayo 310."},
};

std::vector<RedactionResult> RedactAll(const Redactor& redactor, const std::vector<size_t>& order) {
  std::vector<RedactionResult> results(std::size(kCases));
  for (size_t i : order) {
    std::string error;
    EXPECT_TRUE(redactor.Redact(kCases[i].text, kCases[i].language, KnownIdentifiers{}, RedactionOptions{},
                                &results[i], &error))
        << error;
  }
  return results;
}

TEST(DeterminismAcrossBuildsTest, SameReportFromTwoRedactorsInOppositeOrders) {
  std::string error;
  std::unique_ptr<Redactor> first = Redactor::Create(&error);
  ASSERT_NE(first, nullptr) << error;
  std::unique_ptr<Redactor> second = Redactor::Create(&error);
  ASSERT_NE(second, nullptr) << error;
  std::vector<size_t> forward, backward;
  for (size_t i = 0; i < std::size(kCases); ++i) forward.push_back(i);
  backward.assign(forward.rbegin(), forward.rend());
  // Each text twice over on the second redactor: a call must not see the
  // one before it.
  std::vector<size_t> twice = backward;
  twice.insert(twice.end(), backward.begin(), backward.end());
  const std::vector<RedactionResult> a = RedactAll(*first, forward);
  const std::vector<RedactionResult> b = RedactAll(*second, twice);
  for (size_t i = 0; i < std::size(kCases); ++i) {
    SCOPED_TRACE(kCases[i].text);
    EXPECT_NE(a[i].text, kCases[i].text);  // each case redacts something
    EXPECT_EQ(a[i].text, b[i].text);
    ASSERT_EQ(a[i].report.spans.size(), b[i].report.spans.size());
    for (size_t s = 0; s < a[i].report.spans.size(); ++s) {
      const RedactionSpan& x = a[i].report.spans[s];
      const RedactionSpan& y = b[i].report.spans[s];
      EXPECT_EQ(x.original_begin, y.original_begin);
      EXPECT_EQ(x.original_end, y.original_end);
      EXPECT_EQ(x.type, y.type);
      EXPECT_EQ(x.detector, y.detector);
      EXPECT_EQ(x.confidence, y.confidence);
      EXPECT_EQ(x.replacement, y.replacement);
    }
  }
}

// The sentences of bench/genre_sets whose "Honduran" was reported as a
// person in one build: a demonym, in clear, in every build; the name after
// it goes.
TEST(DeterminismAcrossBuildsTest, HonduranIsADemonymAndTheNameAfterItGoes) {
  const std::string marta = RedactedText(kCases[0].text, "en");
  EXPECT_NE(marta.find("a Honduran woman"), std::string::npos) << marta;
  EXPECT_EQ(marta.find("Marta"), std::string::npos) << marta;
  const std::string morazan = RedactedText(kCases[1].text, "en");
  EXPECT_NE(morazan.find("The Honduran department"), std::string::npos) << morazan;
}

}  // namespace
}  // namespace amparo::redaction
