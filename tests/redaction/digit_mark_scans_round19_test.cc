// The address passes that read only the numbers a comma or a period closes
// (district_town_addresses.h, period_town_addresses.h) find them sixteen
// bytes at a time (NextDigitBefore, byte_scan.h): the same streets must be
// found wherever the block edges fall, at the text's start and end, and
// after other runs of digits.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "redaction/byte_scan.h"
#include "redaction/district_town_addresses.h"
#include "redaction/finding.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/period_town_addresses.h"
#include "redaction/place_gazetteer.h"

namespace amparo::redaction {
namespace {

using Spans = std::vector<std::pair<size_t, size_t>>;

Spans Found(const std::vector<Finding>& found) {
  Spans out;
  for (const Finding& f : found) out.emplace_back(f.begin, f.end);
  return out;
}

TEST(DigitMarkScansRound19, NextDigitBeforeGivesEachRunsLastDigit) {
  const std::string text = "a1, 22,3 ,4444,x 5.,,9,";
  std::vector<size_t> got;
  for (size_t at = NextDigitBefore(text, 0, ','); at < text.size(); at = NextDigitBefore(text, at + 1, ',')) {
    got.push_back(at);
  }
  EXPECT_EQ(got, (std::vector<size_t>{1, 5, 13, 21}));
  for (size_t pad = 0; pad < 40; ++pad) {
    const std::string padded = std::string(pad, '7') + "x" + text;
    std::vector<size_t> shifted;
    for (size_t at = NextDigitBefore(padded, 0, ','); at < padded.size(); at = NextDigitBefore(padded, at + 1, ',')) {
      shifted.push_back(at - pad - 1);
    }
    EXPECT_EQ(shifted, got) << padded;
  }
  EXPECT_EQ(NextDigitBefore("12", 0, ','), 2u);
  EXPECT_EQ(NextDigitBefore("", 0, ','), 0u);
}

TEST(DigitMarkScansRound19, StreetsFoundAtEveryOffset) {
  const PlaceGazetteer& places = PlaceGazetteer::Default();
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  ASSERT_NE(lexicon, nullptr);
  const std::string district = "Vivimos en Na Poříčí 12, Praha 1";
  const std::string period = "Vivimos en la calle Teatinos 180. Málaga.";
  std::vector<Finding> none;
  AddStreetsBeforeADistrictTown(district, places, *lexicon, &none);
  const Spans district_spans = Found(none);
  none.clear();
  AddStreetsBeforeATownSentence(period, places, *lexicon, &none);
  const Spans period_spans = Found(none);
  ASSERT_EQ(district_spans.size(), 1u);
  ASSERT_EQ(period_spans.size(), 1u);
  for (size_t pad = 0; pad < 40; ++pad) {
    // Runs of digits before (closed by neither mark) and numbers after.
    const std::string before = "Llegamos 1999 a las 3 " + std::string(pad, 'x') + ". ";
    for (const std::string after : {"", ", 2020", ". Eran 14, 15 o 16."}) {
      for (const auto& [text, expected, period_pass] :
           {std::tuple{district, district_spans, false}, std::tuple{period, period_spans, true}}) {
        const std::string full = before + text + after;
        std::vector<Finding> found;
        if (period_pass) {
          AddStreetsBeforeATownSentence(full, places, *lexicon, &found);
        } else {
          AddStreetsBeforeADistrictTown(full, places, *lexicon, &found);
        }
        Spans shifted;
        for (const auto& [b, e] : Found(found)) shifted.emplace_back(b - before.size(), e - before.size());
        EXPECT_EQ(shifted, expected) << full;
      }
    }
  }
}

}  // namespace
}  // namespace amparo::redaction
