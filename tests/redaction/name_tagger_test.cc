// The trained tagger (name_tagger.h), read by NameDetector::CreateWithTagger
// (not the default detector): its weights load, its scores are
// deterministic, it adds names the rules leave (a given name in lower case
// opening a sentence) but never a place, and a long text read in windows
// gives the findings of its parts read alone.
#include "redaction/name_tagger.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "redaction/name_detector.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "tests/redaction/name_detector_fixture.h"

namespace amparo::redaction {
namespace {

class NameTaggerTest : public NameDetectorFixture {
 protected:
  void SetUp() override {
    NameDetectorFixture::SetUp();
    std::string error;
    detector_ = NameDetector::CreateWithTagger(&error);  // what Names() reads
    ASSERT_NE(detector_, nullptr) << error;
    without_tagger_ = NameDetector::Create(&error);
    ASSERT_NE(without_tagger_, nullptr) << error;
  }

  std::vector<std::string> NamesWithoutTagger(std::string_view text, std::string_view lang) {
    std::vector<std::string> out;
    for (const Finding& f : without_tagger_->Find(text, lang)) {
      out.emplace_back(text.substr(f.begin, f.end - f.begin));
    }
    return out;
  }

  std::unique_ptr<NameDetector> without_tagger_;
};

// A window around one word: "<before> <word> <after>", lower case words.
NameWindow WindowOf(const std::string& before, const std::string& word, const std::string& after,
                    uint8_t place) {
  static std::vector<std::string> keep;  // the folded strings the window points into
  keep = {before, word, after};
  NameWindow w;
  w.language = "en";
  for (int d = 1; d <= 3; ++d) {
    NameTokenFacts& f = w.at[d];
    const std::string& s = keep[d - 1];
    f.present = f.word = true;
    f.folded = s;
    f.hash = text::FoldedHash(s);
    f.length = static_cast<uint8_t>(s.size());
    f.space_before = d > 1;
  }
  w.at[2].capitalized = true;
  w.at[2].place = place;
  return w;
}

TEST_F(NameTaggerTest, WeightsLoadAndMalformedFilesAreRefused) {
  std::string error;
  const NameTagger* tagger = NameTagger::Default(&error);
  ASSERT_NE(tagger, nullptr) << error;
  EXPECT_LT(tagger->threshold(), 1e6f);  // a trained threshold, not the "never" default
  EXPECT_EQ(NameTagger::Parse("threshold\t1\n12\tx\n", &error), nullptr);
  EXPECT_NE(error.find("malformed"), std::string::npos);
  EXPECT_EQ(NameTagger::Parse("12\t0.5\n", &error), nullptr);  // no threshold
  EXPECT_EQ(NameTagger::Parse("threshold\t1\n99999999\t0.5\n", &error), nullptr);  // index too large
  const auto parsed = NameTagger::Parse("threshold\t0.5\n7\t1.5\n", &error);
  ASSERT_NE(parsed, nullptr) << error;
  EXPECT_FLOAT_EQ(parsed->threshold(), 0.5f);
}

TEST_F(NameTaggerTest, ScoresAreDeterministicAndFeaturesInRange) {
  std::string error;
  const NameTagger* tagger = NameTagger::Default(&error);
  ASSERT_NE(tagger, nullptr) << error;
  const NameWindow w = WindowOf("with", "quetzorin", "and", 0);
  const float first = tagger->Score(w);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(tagger->Score(w), first);
  std::vector<uint32_t> features;
  NameTagger::Features(w, &features);
  ASSERT_GT(features.size(), 20u);
  for (uint32_t f : features) EXPECT_LT(f, uint32_t{1} << NameTagger::kBits);
  // Another word, another score: the weights are not all zero.
  EXPECT_NE(tagger->Score(WindowOf("with", "table", "and", 0)), first);
  // The whole detector twice on the same text.
  const std::string text = "kristen is back. melissa is so nice and kevin and i went out.";
  const std::vector<Finding> a = detector_->Find(text, "en"), b = detector_->Find(text, "en");
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].begin, b[i].begin);
    EXPECT_EQ(a[i].end, b[i].end);
    EXPECT_EQ(a[i].confidence, b[i].confidence);
  }
}

TEST_F(NameTaggerTest, AddsLowerCaseGivenNamesTheRulesLeave) {
  for (const char* text : {"kristen is back", "melissa is so nice", "kevin and i went out"}) {
    const std::string name = std::string(text).substr(0, std::string(text).find(' '));
    EXPECT_TRUE(NamesWithoutTagger(text, "en").empty()) << text;
    EXPECT_EQ(Names(text, "en"), std::vector<std::string>{name}) << text;
  }
}

TEST_F(NameTaggerTest, NeverAddsPlaces) {
  // Towns that are surnames or given names too, written where the rules
  // leave them: the tagger may score them as names, the gazetteer vetoes.
  for (const char* text : {"houston is hot today", "jackson is far from here",
                           "lincoln was a great man", "Paris is lovely in spring",
                           "we drove to Phoenix with my cousin"}) {
    EXPECT_TRUE(Names(text, "en").empty()) << text;
  }
  EXPECT_TRUE(Names("tijuana está lejos y mérida es bonita", "es").empty());
  // A word inside a place is never even judged.
  EXPECT_FALSE(NameTagger::MayTag(WindowOf("in", "quetzorin", "city", 2)));
  EXPECT_TRUE(NameTagger::MayTag(WindowOf("with", "quetzorin", "and", 0)));
  // Nor a word the rules flagged, nor a function word.
  NameWindow flagged = WindowOf("with", "quetzorin", "and", 0);
  flagged.at[2].rule_score = 0.8f;
  EXPECT_FALSE(NameTagger::MayTag(flagged));
  std::string error;
  const NameLexicon* lexicon = NameLexicon::Default(&error);
  ASSERT_NE(lexicon, nullptr) << error;
  NameWindow stop = WindowOf("with", "the", "and", 0);
  stop.at[2].flags = lexicon->Flags("the");
  EXPECT_FALSE(NameTagger::MayTag(stop));
}

TEST_F(NameTaggerTest, WindowsGiveTheFindingsOfTheTextAlone) {
  // Names the tagger adds, each opening a line; the windows are cut after
  // the lines that end a sentence.
  const std::string unit =
      "kristen is back\nWe walked for days along the river without water.\n"
      "shane is so nice\nThe weather was hot in Houston.\n";
  const std::vector<Finding> alone = detector_->Find(unit, "en");
  ASSERT_EQ(Names(unit, "en"), (std::vector<std::string>{"kristen", "shane"}));
  ASSERT_TRUE(NamesWithoutTagger(unit, "en").empty());
  std::string text;
  size_t copies = 0;
  for (; text.size() < (300u << 10); ++copies) text += unit;
  const std::vector<Finding> found = detector_->Find(text, "en");
  ASSERT_EQ(found.size(), alone.size() * copies);
  for (size_t i = 0; i < found.size(); ++i) {
    const Finding& a = alone[i % alone.size()];
    const size_t offset = (i / alone.size()) * unit.size();
    ASSERT_EQ(found[i].begin, a.begin + offset) << i;
    ASSERT_EQ(found[i].end, a.end + offset) << i;
    ASSERT_EQ(found[i].confidence, a.confidence) << i;
  }
}

}  // namespace
}  // namespace amparo::redaction
