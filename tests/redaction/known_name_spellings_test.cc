// The known-identifier detector keeps the variant of the last few
// spellings of a listed name it met in a text: a name written again, in any
// order among others, is found as when written alone.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "redaction/known_identifier_detector.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {
namespace {

std::vector<std::string> Found(const KnownIdentifierDetector& detector, const std::string& text) {
  std::vector<std::string> out;
  for (const Finding& f : detector.Find(text)) {
    out.push_back(std::to_string(static_cast<int>(f.type)) + ":" + std::to_string(f.person_group) + ":" +
                  text.substr(f.begin, f.end - f.begin));
  }
  return out;
}

TEST(KnownNameSpellingsTest, NamesWrittenAgainAreFoundAsWhenAlone) {
  KnownIdentifiers known;
  known.survivor_names = {"Martín José Pérez López"};
  known.other_names = {"Rosa Victoria Paz"};
  std::string error;
  auto detector = KnownIdentifierDetector::Create(known, &PlaceGazetteer::Default(), &error);
  ASSERT_NE(detector, nullptr) << error;
  // Seven spellings (more than the detector keeps), ordinary words and a
  // place among them ("rosa", "paz", "Victoria" the town after "en").
  const std::vector<std::string> pieces = {
      "Martín llegó. ",      "MARTIN salió. ",      "martín y Pérez. ", "Perez López vino. ",
      "José Pérez habló. ",  "Pepe lo vio. ",       "la rosa y la paz. ", "Rosa Paz llamó. ",
      "Fuimos a Victoria. ", "Victoria Paz lloró. ", "Martinito no. "};
  std::string text;
  std::vector<std::string> expected;
  for (int round = 0; round < 3; ++round) {
    for (size_t i = 0; i < pieces.size(); ++i) {
      const std::string& piece = pieces[(i * (round + 1) + round) % pieces.size()];
      text += piece;
      for (const std::string& f : Found(*detector, piece)) expected.push_back(f);
    }
  }
  EXPECT_EQ(Found(*detector, text), expected);
  EXPECT_GT(expected.size(), 30u);
}

}  // namespace
}  // namespace amparo::redaction
