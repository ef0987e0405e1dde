// Long texts are read in windows of about 64 KB: what the name detector
// finds must not depend on where the windows are cut. A name cued in one
// window is flagged in another, one person keeps one group across windows,
// and a paragraph repeated over several windows gives the same findings in
// every copy as alone, whether lines or only sentences separate the copies.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "redaction/name_detector.h"
#include "tests/redaction/name_detector_fixture.h"

namespace amparo::redaction {
namespace {

class NameWindowsTest : public NameDetectorFixture {};

// Sentences with no name in them, more than `bytes` of them, one per line.
std::string Filler(size_t bytes) {
  std::string s;
  while (s.size() < bytes) s += "Caminamos muchos días por el monte sin agua y sin comida.\n";
  return s;
}

std::vector<std::string> Spans(std::string_view text, const std::vector<Finding>& found) {
  std::vector<std::string> out;
  for (const Finding& f : found) out.emplace_back(text.substr(f.begin, f.end - f.begin));
  return out;
}

TEST_F(NameWindowsTest, NameCuedInOneWindowIsFlaggedInAnother) {
  const std::string later = "Esperanza es mi nombre de verdad.\n";
  // Alone, the later sentence says nothing: "Esperanza" is also a word.
  const std::string without_cue = Filler(200 << 10) + later;
  EXPECT_TRUE(detector_->Find(without_cue, "es").empty());
  const std::string text = "Me llamo Esperanza.\n" + without_cue;
  const std::vector<Finding> found = detector_->Find(text, "es");
  ASSERT_EQ(Spans(text, found), (std::vector<std::string>{"Esperanza", "Esperanza"}));
  EXPECT_GT(found[1].begin, size_t{200} << 10);
  EXPECT_EQ(found[0].person_group, found[1].person_group);
}

TEST_F(NameWindowsTest, OnePersonKeepsOneGroupAcrossWindows) {
  const std::string text = "Conocí a Wilmer Castellanos.\n" + Filler(150 << 10) +
                           "Wilmer me dijo que Keyla Ordóñez venía.\n" + Filler(150 << 10) +
                           "Castellanos se fue.\n";
  const std::vector<Finding> found = detector_->Find(text, "es");
  ASSERT_EQ(Spans(text, found), (std::vector<std::string>{"Wilmer Castellanos", "Wilmer",
                                                          "Keyla Ordóñez", "Castellanos"}));
  EXPECT_EQ(found[0].person_group, found[1].person_group);
  EXPECT_EQ(found[0].person_group, found[3].person_group);
  EXPECT_NE(found[0].person_group, found[2].person_group);
}

// The paragraph repeated past several windows, joined by `joint`: every copy
// gives the findings of the paragraph alone.
void ExpectSameInEveryCopy(const NameDetector& detector, const std::string& paragraph,
                           const std::string& joint) {
  const std::string unit = paragraph + joint;
  const std::vector<Finding> alone = detector.Find(unit, "es");
  ASSERT_FALSE(alone.empty());
  std::string text;
  size_t copies = 0;
  for (; text.size() < (300u << 10); ++copies) text += unit;
  const std::vector<Finding> found = detector.Find(text, "es");
  ASSERT_EQ(found.size(), alone.size() * copies);
  for (size_t i = 0; i < found.size(); ++i) {
    const Finding& a = alone[i % alone.size()];
    const size_t offset = (i / alone.size()) * unit.size();
    ASSERT_EQ(found[i].begin, a.begin + offset) << i;
    ASSERT_EQ(found[i].end, a.end + offset) << i;
    ASSERT_EQ(found[i].confidence, a.confidence) << i;
    // The same name in every copy is one person.
    ASSERT_EQ(found[i].person_group, found[i % alone.size()].person_group) << i;
  }
}

const char kParagraph[] =
    "Me llamo Yahir Mejía y salí de San Pedro Sula con mi mamá. Un hombre que decía llamarse "
    "Chuy nos pidió dinero. My name is Marie and I left Port-au-Prince. Je m'appelle "
    "Jean-Baptiste. Dr. Pérez nos atendió. Conocí a Keyla Ordóñez en Tapachula. Esperanza "
    "llegó tarde. J. Smith y M. Combes hablaron con doña Rosa.";

TEST_F(NameWindowsTest, CopiesOnSeparateLinesFindTheSame) {
  ExpectSameInEveryCopy(*detector_, kParagraph, "\n");
}

TEST_F(NameWindowsTest, CopiesOnOneLineFindTheSame) {
  // No line break at all: windows are cut between sentences.
  ExpectSameInEveryCopy(*detector_, kParagraph, " ");
}

}  // namespace
}  // namespace amparo::redaction
