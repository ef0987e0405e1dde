// The fourth round of name rules: what social-media and headline text
// writes that is no name (links, brands in scattered capitals, slang,
// nationalities, common words that are given names too, headlines), and the
// names it writes in capitals or lower case. Most checks run the rules
// without the word lists learned from labeled text, as on unseen text.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/name_detector.h"
#include "redaction/name_detector_lexicon.h"
#include "tests/redaction/name_detector_fixture.h"

namespace amparo::redaction {
namespace {

using Strings = std::vector<std::string>;

class NamesRound4Test : public NameDetectorFixture {
 protected:
  void SetUp() override {
    NameDetectorFixture::SetUp();
    std::string error;
    rules_ = NameDetector::CreateRulesOnly(nullptr, /*learned_lists=*/false, &error);
    ASSERT_NE(rules_, nullptr) << error;
  }
  // What the rules alone find, without the learned lists or the model.
  Strings Rules(std::string_view text, std::string_view lang = "en") {
    Strings out;
    for (const Finding& f : rules_->Find(text, lang)) {
      out.emplace_back(text.substr(f.begin, f.end - f.begin));
    }
    return out;
  }
  std::unique_ptr<NameDetector> rules_;
};

TEST_F(NamesRound4Test, AdjacentCapitalsAreNoName) {
  EXPECT_EQ(Rules("The MetroPCS store was closed, so Sarah McDonald waited outside."),
            Strings{"Sarah McDonald"});
  EXPECT_TRUE(Rules("we watched the stream on YouTubeTV with the kids").empty());
  EXPECT_TRUE(Rules("il n'a jamais rien dit contre VFtaf depuis", "fr").empty());
  // Capitals apart are common in names ("DeAndre", "LaToya", "PewDiePie").
  EXPECT_EQ(Rules("we met DeAndre near the station"), Strings{"DeAndre"});
  EXPECT_EQ(Rules("my son watches PewDiePie every night"), Strings{"PewDiePie"});
}

TEST_F(NamesRound4Test, WordsOfLinksAndHandlesAreNoNames) {
  EXPECT_TRUE(Rules("look at this http://t.co/KvCGbcKRbQ and tell me").empty());
  EXPECT_TRUE(Rules("read it at https://example.org/Sandoval/Report please").empty());
  // A handle cut by an underscore is the pattern detector's business.
  EXPECT_TRUE(Rules("thanks @Maria_Gonzalez for the help").empty());
  // A name after the link is still one.
  EXPECT_EQ(Rules("see http://t.co/abc then call Wendolyn"), Strings{"Wendolyn"});
}

TEST_F(NamesRound4Test, SocialMediaWordsAreNoNames) {
  EXPECT_TRUE(Rules("Imma go home now. Tryna sleep before work.").empty());
  EXPECT_TRUE(Rules("Pisces tend to dream, said the horoscope.").empty());
  EXPECT_TRUE(Rules("We fasted for Yom Kippur with the neighbours.").empty());
}

TEST_F(NamesRound4Test, NationalitiesAndReligionsAreNoNames) {
  EXPECT_TRUE(Rules("We lit candles with our Jewish friends and bought Persian rugs.").empty());
  EXPECT_TRUE(Rules("we ate at a Bhutanese place near the shelter").empty());
  // A given name with the same ending stays a name.
  EXPECT_EQ(Rules("we crossed with Brian and his wife"), Strings{"Brian"});
}

// Inside a sentence, a given name that is one of the most common English
// words is an ordinary word next to other ordinary capitalized words (a
// title); at a sentence start or alone it stays a name.
TEST_F(NamesRound4Test, CommonWordGivenNamesInTitles) {
  EXPECT_TRUE(Rules("Flashback Friday - we played Dancing Queen all night").empty());
  EXPECT_TRUE(Rules("we lost the Full Life Time Trace on the way").empty());
  EXPECT_TRUE(Rules("don't ever forget what they did").empty());
  EXPECT_EQ(Rules("Frank said the border was closed."), Strings{"Frank"});
  EXPECT_EQ(Rules("Evens is my cousin."), Strings{"Evens"});
  EXPECT_EQ(Rules("we crossed the river with Miles and his wife"), Strings{"Miles"});
  EXPECT_EQ(Rules("I got a message from Penny yesterday"), Strings{"Penny"});
  EXPECT_EQ(Names("Frank said the border was closed.", "en"), Strings{"Frank"});
}

TEST_F(NamesRound4Test, NameInCapitalsBeforeAnUnlistedWord) {
  EXPECT_EQ(Rules("SCOTT WEILAND Announces Memoir Release - Music News"),
            Strings{"SCOTT WEILAND"});
  EXPECT_EQ(Rules("Ayer vino YESENIA XOCHIQUETZAL a la casa de mi tía.", "es"),
            Strings{"YESENIA XOCHIQUETZAL"});
  EXPECT_EQ(Rules("Hier, YANNICK KERVADEC est arrivé à Brest.", "fr"),
            Strings{"YANNICK KERVADEC"});
  // Not an acronym after a given name that is a word, nor a shouted line.
  EXPECT_TRUE(Rules("APRIL NGO REPORT").empty());
  // In English, a lone given name in capitals before lower case.
  EXPECT_EQ(Rules("urgh . RACHELLE im gonna be late"), Strings{"RACHELLE"});
  EXPECT_TRUE(Rules("we need UNICEF here now").empty());
}

TEST_F(NamesRound4Test, HeadlineWordsAfterAnEnglishName) {
  EXPECT_EQ(Rules("John Weiland Announces Memoir Release"), Strings{"John Weiland"});
  EXPECT_EQ(Names("John Weiland Announces Memoir Release", "en"), Strings{"John Weiland"});
  // Spanish double surnames that are words still join the name.
  EXPECT_EQ(Names("Henar Heras Mulero llegó ayer a Tapachula.", "es"),
            Strings{"Henar Heras Mulero"});
}

TEST_F(NamesRound4Test, LowerCaseNameAfterWordsThatTakeAPerson) {
  EXPECT_EQ(Rules("I talked to jessica before the bus left."), Strings{"jessica"});
  EXPECT_EQ(Rules("shoutout to marisol for the ride"), Strings{"marisol"});
  // Not a town after a motion verb.
  EXPECT_TRUE(Rules("we went to paris in may").empty());
}

TEST(NamesRound4Lexicon, ScowlListsAreLoaded) {
  NameLexicon lexicon;
  std::string error;
  ASSERT_TRUE(lexicon.LoadEmbedded(&error)) << error;
  EXPECT_TRUE(lexicon.Flags("jewish") & kDemonym);
  EXPECT_TRUE(lexicon.Flags("islamic") & kNotNameWord);
  EXPECT_FALSE(lexicon.Flags("brian") & kDemonym);
  EXPECT_FALSE(lexicon.Flags("christian") & kDemonym);
  const uint32_t ever = lexicon.Flags("ever");
  EXPECT_TRUE((ever & kCommonName) && (ever & kGivenName));
  EXPECT_FALSE(lexicon.Flags("jessica") & kCommonName);
  EXPECT_TRUE(lexicon.Flags("imma") & kCommonWord);
}

}  // namespace
}  // namespace amparo::redaction
