// Names the third round of rules finds: French lists of surnames with a
// capitalized particle, and more.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "redaction/name_detector.h"
#include "tests/redaction/name_detector_fixture.h"

namespace amparo::redaction {
namespace {

using Strings = std::vector<std::string>;

class NamesRecallRound3Test : public NameDetectorFixture {
 protected:
  bool Has(const Strings& found, const std::string& name) {
    return std::find(found.begin(), found.end(), name) != found.end();
  }
};

// One capitalized particle in a list ("Le Pannetier") made the line count as
// title case, and its unknown names were read as sentence starts.
TEST_F(NamesRecallRound3Test, FrenchListWithCapitalizedParticle) {
  const Strings found = Names(
      "Sont reçus assez bien MM. Cherel, Simon, Tillat, Bruchet, Personnic, Millet, "
      "Le Pannetier, Dubourg sans mention.",
      "fr");
  for (const char* name : {"Tillat", "Bruchet", "Personnic", "Dubourg"}) {
    EXPECT_TRUE(Has(found, name)) << name;
  }
  // A headline in title case still says nothing through its capitals.
  EXPECT_TRUE(Names("Le Retour Des Beaux Jours Est Pour Demain", "fr").empty());
}

}  // namespace
}  // namespace amparo::redaction
