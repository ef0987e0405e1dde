// The shipped name model loads, scores names of real sentences above its
// thresholds and ordinary words below them, parses only well-formed weight
// files, and its guards keep the rules' strong evidence out of its reach.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "redaction/name_detector.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_model.h"

namespace amparo::redaction {
namespace {

// The model's score of every candidate word of text, as the detector sees it.
std::map<std::string, float> Scores(const NameModel& model, const std::string& text,
                                    std::string_view language) {
  std::map<std::string, float> out;
  std::string error;
  auto rules = NameDetector::CreateRulesOnly(
      [&](const NameWindow& w, size_t begin, size_t end) {
        out[text.substr(begin, end - begin)] = model.Score(w);
      },
      true, &error);
  EXPECT_NE(rules, nullptr) << error;
  if (rules != nullptr) rules->Find(text, language);
  return out;
}

TEST(NameModelTest, ShippedModelLoads) {
  std::string error;
  const NameModel* model = NameModel::Default(&error);
  ASSERT_NE(model, nullptr) << error;
  EXPECT_TRUE(std::isfinite(model->drop_threshold()));
  EXPECT_TRUE(std::isfinite(model->add_threshold()));
  EXPECT_EQ(model, NameModel::Default(nullptr));  // loaded once
}

TEST(NameModelTest, NamesScoreAboveAndOrdinaryWordsBelowTheThresholds) {
  std::string error;
  const NameModel* model = NameModel::Default(&error);
  ASSERT_NE(model, nullptr) << error;
  auto s = Scores(*model, "Se colocó un drenaje y lo revisó Ramiro Quintanilla.", "es");
  ASSERT_TRUE(s.count("Ramiro") && s.count("Quintanilla"));
  EXPECT_GT(s["Ramiro"], model->add_threshold());
  EXPECT_GT(s["Quintanilla"], model->drop_threshold());
  s = Scores(*model, "Acudió a Urgencias del Hospital. Le hicieron una prueba de PCR.", "es");
  ASSERT_TRUE(s.count("Urgencias") && s.count("PCR"));
  EXPECT_LT(s["Urgencias"], model->drop_threshold());
  EXPECT_LT(s["PCR"], model->drop_threshold());
}

TEST(NameModelTest, ScoreIsTheSumOfTheFeatureWeights) {
  NameWindow w;
  w.language = "es";
  w.at[2].present = w.at[2].word = w.at[2].capitalized = true;
  w.at[2].folded = "lucia";
  w.at[2].hash = 12345;
  std::vector<uint32_t> features;
  NameModel::Features(w, &features);
  ASSERT_GT(features.size(), 10u);
  for (uint32_t f : features) EXPECT_LT(f, 1u << NameModel::kBits);
  const uint32_t one = features[3];
  int times = 0;
  for (uint32_t f : features) times += f == one;
  std::string error;
  auto model = NameModel::Parse("# test\ndrop_threshold\t-1\nadd_threshold\t2.5\n" +
                                    std::to_string(one) + "\t0.5\n",
                                &error);
  ASSERT_NE(model, nullptr) << error;
  EXPECT_FLOAT_EQ(model->drop_threshold(), -1.0f);
  EXPECT_FLOAT_EQ(model->add_threshold(), 2.5f);
  EXPECT_NEAR(model->Score(w), 0.5 * times, 1e-3);
}

TEST(NameModelTest, MalformedWeightFilesAreRejected) {
  std::string error;
  EXPECT_EQ(NameModel::Parse("", &error), nullptr);
  EXPECT_FALSE(error.empty());
  EXPECT_EQ(NameModel::Parse("drop_threshold\t-1\n7\t0.5\n", &error), nullptr);  // no add
  EXPECT_EQ(NameModel::Parse("drop_threshold\tx\nadd_threshold\t1\n7\t0.5\n", &error), nullptr);
  EXPECT_EQ(NameModel::Parse("drop_threshold\t-1\nadd_threshold\t1\n7 0.5\n", &error), nullptr);
  EXPECT_EQ(NameModel::Parse("drop_threshold\t-1\nadd_threshold\t1\n" +
                                 std::to_string(1u << NameModel::kBits) + "\t0.5\n",
                             &error),
            nullptr);  // index out of range
  EXPECT_EQ(NameModel::Parse("drop_threshold\t-1\nadd_threshold\t1\n7\t1e9\n", &error),
            nullptr);  // weight out of range
}

TEST(NameModelTest, GuardsKeepStrongEvidence) {
  NameWindow w;
  NameTokenFacts& t = w.at[2];
  t.present = t.word = t.capitalized = true;
  t.rule_score = 0.95f;  // after a title or name cue
  EXPECT_FALSE(NameModel::MayDrop(w));
  t.rule_score = 0.6f;
  t.evidence = 2;  // a word of no list in mid-sentence: "llegó Quetzorin"
  EXPECT_FALSE(NameModel::MayDrop(w));
  t.evidence = 1;  // a given name that is also a word: "con Rosa y Pilar"
  t.flags = kGivenName;
  EXPECT_FALSE(NameModel::MayDrop(w));
  t.sentence_start = true;  // at a sentence start the model judges it
  EXPECT_TRUE(NameModel::MayDrop(w));
  t.flags = 0;
  w.at[3].present = w.at[3].word = true;
  w.at[3].rule_score = 0.9f;  // "Tzotzil Pérez": not cut in two
  EXPECT_FALSE(NameModel::MayDrop(w));
  w.at[3].rule_score = 0;
  w.at[3].flags = kSpeechCue;  // "Quetzorin dijo"
  EXPECT_FALSE(NameModel::MayDrop(w));

  NameWindow a;
  a.at[2].present = a.at[2].word = a.at[2].capitalized = true;
  EXPECT_TRUE(NameModel::MayAdd(a));
  a.at[2].place = 2;  // a place of the gazetteer
  EXPECT_FALSE(NameModel::MayAdd(a));
  a.at[2].place = 0;
  a.at[1].present = true;
  a.at[1].punct = '-';  // "Saint-Vincent"
  EXPECT_FALSE(NameModel::MayAdd(a));
}

}  // namespace
}  // namespace amparo::redaction
