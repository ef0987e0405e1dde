// The word lists the detector needs are compiled into the binary: they load
// without any data directory, and they hold what they should.
#include <gtest/gtest.h>

#include <string>

#include "redaction/name_detector_data.h"
#include "redaction/name_detector_lexicon.h"

namespace amparo::redaction {
namespace {

TEST(NameDataTest, EmbeddedFilesArePresent) {
  for (const char* f : {"places.tsv", "cues.tsv", "given_names.txt", "surnames.txt",
                        "common_words.bloom.txt", "given_names_extra.txt", "surnames_extra.txt"}) {
    EXPECT_GT(data::EmbeddedFile(f).size(), 100u) << f;
  }
  EXPECT_TRUE(data::EmbeddedFile("no-such-file.txt").empty());
}

TEST(NameDataTest, LexiconKnowsNamesWordsAndCues) {
  NameLexicon lexicon;
  std::string error;
  ASSERT_TRUE(lexicon.LoadEmbedded(&error)) << error;
  EXPECT_GT(lexicon.size(), 15000u);
  EXPECT_TRUE(lexicon.Flags("maria") & kGivenName);      // folded keys
  EXPECT_TRUE(lexicon.Flags("hernandez") & kSurname);
  EXPECT_TRUE(lexicon.Flags("widline") & kGivenName);    // Haitian additions
  EXPECT_TRUE(lexicon.Flags("llamo") & kNameCue);
  EXPECT_TRUE(lexicon.Flags("senora") & kTitle);
  EXPECT_TRUE(lexicon.Flags("marzo") & kMonth);
  EXPECT_TRUE(lexicon.Flags("rosa") & kCommonWord);      // a name that is a word
  // The Bloom filter of dictionary words: no false negatives on these, and
  // invented names are not words.
  for (const char* w : {"llegamos", "hospital", "maison", "walked", "tenia", "frontera"}) {
    EXPECT_TRUE(lexicon.IsDictionaryWord(w)) << w;
  }
  EXPECT_FALSE(lexicon.IsDictionaryWord("xulvanetz"));
  EXPECT_FALSE(lexicon.IsDictionaryWord("qwzrtpk"));
}

TEST(NameDataTest, MalformedBloomIsRejected) {
  NameLexicon lexicon;
  std::string error;
  EXPECT_FALSE(lexicon.LoadBloom("bloom 64 3 1\nzz\n", &error));
  EXPECT_FALSE(error.empty());
  EXPECT_FALSE(lexicon.LoadBloom("not a header\n", &error));
  EXPECT_TRUE(lexicon.LoadBloom("bloom 64 3 1\n0000000000000000\n", &error)) << error;
  EXPECT_FALSE(lexicon.IsDictionaryWord("anything"));
}

}  // namespace
}  // namespace amparo::redaction
