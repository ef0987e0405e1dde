// KnownIdentifierDetector word boundaries: a listed identifier glued to a
// letter, mark or digit (accented ones included) is not a match, and the
// scan goes on as if the boundary were plain ASCII: a shorter variant of the
// name that does stand alone is still found.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "redaction/known_identifier_detector.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {
namespace {

// (offset, matched text) of every finding.
std::vector<std::pair<size_t, std::string>> Found(const KnownIdentifiers& known,
                                                  const std::string& text) {
  std::string error;
  auto detector = KnownIdentifierDetector::Create(known, &PlaceGazetteer::Default(), &error);
  EXPECT_NE(detector, nullptr) << error;
  std::vector<std::pair<size_t, std::string>> out;
  if (!detector) return out;
  for (const Finding& f : detector->Find(text)) {
    out.push_back({f.begin, text.substr(f.begin, f.end - f.begin)});
  }
  return out;
}

using Spans = std::vector<std::pair<size_t, std::string>>;

KnownIdentifiers JuanPerez() {
  KnownIdentifiers k;
  k.survivor_names.push_back("Juan Pérez");
  return k;
}

TEST(RedactionKnownBoundariesTest, ShorterVariantWhenLongerIsGluedToAccentedLetter) {
  const std::string text = "Juan Pérezá y Juan llegaron";
  EXPECT_EQ(Found(JuanPerez(), text), (Spans{{0, "Juan"}, {text.find("y Juan") + 2, "Juan"}}));
}

TEST(RedactionKnownBoundariesTest, GluedToAccentedLetterOrMarkIsNoMatch) {
  EXPECT_EQ(Found(JuanPerez(), "éJuan Pérez"), (Spans{{7, "Pérez"}}));
  EXPECT_EQ(Found(JuanPerez(), "ñJuan Pérezá"), Spans{});
  // U+0301 (combining acute) after "Juan" makes it another word.
  EXPECT_EQ(Found(JuanPerez(), "Juan\xcc\x81 P\xc3\xa9rez"), (Spans{{7, "Pérez"}}));
  EXPECT_EQ(Found(JuanPerez(), "JuanPérez Juan"), (Spans{{std::string("JuanPérez ").size(), "Juan"}}));
}

TEST(RedactionKnownBoundariesTest, NonAsciiPunctuationStillBounds) {
  EXPECT_EQ(Found(JuanPerez(), "«Juan Pérez»—Juan"),
            (Spans{{2, "Juan Pérez"}, {std::string("«Juan Pérez»—").size(), "Juan"}}));
}

TEST(RedactionKnownBoundariesTest, LiteralsGluedToAccentedLetters) {
  KnownIdentifiers k;
  k.emails.push_back("ana@example.org");
  k.case_codes.push_back("MX-2024/0042");
  const std::string text = "éana@example.org MX-2024/0042ñ «ana@example.org» MX 2024 0042.";
  EXPECT_EQ(Found(k, text), (Spans{{text.find("«") + 2, "ana@example.org"},
                                   {text.find("MX 2024"), "MX 2024 0042"}}));
}

TEST(RedactionKnownBoundariesTest, LongTextScannedInOnePassAgrees) {
  // Past 256 KB the matchers are scanned through their alternation.
  KnownIdentifiers k = JuanPerez();
  k.emails.push_back("ana@example.org");
  const std::string unit = "Juan Pérezá y Juan llegaron, éana@example.org ana@example.org. ";
  std::string text;
  while (text.size() < (300 << 10)) text += unit;
  const Spans found = Found(k, text);
  const size_t units = text.size() / unit.size();
  ASSERT_EQ(found.size(), 3 * units);
  for (size_t u = 0; u < units; ++u) {
    const size_t base = u * unit.size();
    EXPECT_EQ(found[3 * u], (std::pair<size_t, std::string>{base, "Juan"}));
    EXPECT_EQ(found[3 * u + 1], (std::pair<size_t, std::string>{base + unit.find("y Juan") + 2, "Juan"}));
    EXPECT_EQ(found[3 * u + 2],
              (std::pair<size_t, std::string>{base + unit.find(" ana@") + 1, "ana@example.org"}));
  }
}

}  // namespace
}  // namespace amparo::redaction
