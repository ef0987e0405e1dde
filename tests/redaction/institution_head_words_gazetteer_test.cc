// KeepInstitutionsAfterHeadWords asks the gazetteer it is handed (the
// redactor's, as every other pass does) whether an English head word that
// is a surname too ("Park", "Church") closes a place's name: the shipped
// one knows "Lincoln Park" but not "Grace Park", which may be a person.
#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/institution_head_words.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {
namespace {

// The shipped gazetteer and one park more.
class OneParkMore final : public PlaceGazetteer {
 public:
  std::vector<PlaceMention> FindPlaces(std::string_view text) const override {
    return PlaceGazetteer::Default().FindPlaces(text);
  }
  bool IsPlace(std::string_view phrase) const override { return PlaceGazetteer::Default().IsPlace(phrase); }
  PlaceClass ClassOf(std::string_view phrase) const override {
    if (phrase == "Grace Park") return PlaceClass::kListed;
    return PlaceGazetteer::Default().ClassOf(phrase);
  }
  bool IsSmallTown(std::string_view phrase) const override {
    return PlaceGazetteer::Default().IsSmallTown(phrase);
  }
};

// The guessed name "Grace" before " Park" in `text`, after the pass.
std::vector<Finding> KeptOfGrace(std::string_view text, const PlaceGazetteer& places) {
  const size_t b = text.find("Grace");
  std::vector<Finding> findings = {PersonFinding(b, b + 5)};
  KeepInstitutionsAfterHeadWords(text, places, &findings);
  return findings;
}

TEST(InstitutionHeadWordsGazetteer, AsksTheGazetteerItIsHanded) {
  const std::string_view text = "We slept in Grace Park for two nights.";
  EXPECT_EQ(KeptOfGrace(text, PlaceGazetteer::Default()).size(), 1u);  // may be a person
  EXPECT_TRUE(KeptOfGrace(text, OneParkMore()).empty());               // a park of this gazetteer
}

TEST(InstitutionHeadWordsGazetteer, ShippedGazetteerKnowsLincolnPark) {
  const std::string_view text = "We walked to Lincoln Park.";
  const size_t b = text.find("Lincoln");
  std::vector<Finding> findings = {PersonFinding(b, b + 7)};
  KeepInstitutionsAfterHeadWords(text, PlaceGazetteer::Default(), &findings);
  EXPECT_TRUE(findings.empty());
}

}  // namespace
}  // namespace amparo::redaction
