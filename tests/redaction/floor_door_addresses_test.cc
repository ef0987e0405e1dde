// AddStreetsBeforeFloorAndDoor (floor_door_addresses.h) must stay linear in
// the findings it is handed: each street it finds looks for an address
// already over it, and the findings it has passed for one street are none
// for the streets after it (those begin after its house number).
#include "redaction/floor_door_addresses.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "redaction/name_detector_lexicon.h"

namespace amparo::redaction {
namespace {

// Many streets with their floor and door after many findings that begin
// before all of them: a walk over the findings from the first for each
// street took minutes ("esc. 2 " a megabyte long took 14 s through the
// redactor); the passes over findings already passed are skipped now.
TEST(FloorDoorAddressesTest, LinearInTheFindingsBeforeTheStreets) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  ASSERT_NE(lexicon, nullptr);
  constexpr size_t kStreets = 120000;
  std::string text = "x ";
  for (size_t i = 0; i < kStreets; ++i) text += "Calle Mayor 5, 3\xC2\xBA A\n";
  std::vector<Finding> found(kStreets);
  for (Finding& f : found) {
    f.begin = 0;
    f.end = 1;
    f.type = IdentifierType::kPhone;
    f.detector = "pattern";
  }
  const auto start = std::chrono::steady_clock::now();
  AddStreetsBeforeFloorAndDoor(text, *lexicon, &found);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 5.0);
  size_t addresses = 0;
  for (const Finding& f : found) {
    if (f.type == IdentifierType::kAddress) {
      EXPECT_EQ(text.substr(f.begin, f.end - f.begin), "Calle Mayor 5, 3\xC2\xBA A");
      ++addresses;
    }
  }
  EXPECT_EQ(addresses, kStreets);
}

}  // namespace
}  // namespace amparo::redaction
