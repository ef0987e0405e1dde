// Items of a review of the subject-position pass: the Haitian rule that
// reads a word opening a sentence before an act ("Zelle te bat nou") must
// read adjacent words only, not a word across a comma or a dash ("Okay,
// pran lajan nou"). The cases across a comma or a dash failed on 33eaa24.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamePassesReview15, HaitianOpenerReadsAdjacentWordsOnly) {
  ExpectGoneAndKept("ht", {
      // A word before the verb, a comma or a dash between: it is not the
      // verb's subject.
      {"Nou te rive. Okay, pran lajan nou.", {}, {"Okay"}},
      {"Nou te rive. Okay \xE2\x80\x94 pran lajan nou.", {}, {"Okay"}},
      {"Nou te rive. Okay - pran lajan nou.", {}, {"Okay"}},
      {"Nou te rive. Wifi, pran lajan nou.", {}, {"Wifi"}},
      // The tense and the verb, or the verb and its object, apart.
      {"Nou te rive. Twitch te, bat nou.", {}, {"Twitch"}},
      {"Nou te rive. Twitch pran,lajan nou.", {}, {"Twitch"}},
      // A word of no list or dictionary, or a listed given name, is still
      // read across them.
      {"Nou te rive. Yefri \xE2\x80\x94 pran lajan nou.", {"Yefri"}, {"pran lajan nou"}},
      {"Nou te rive. Yefri, te bat nou.", {"Yefri"}, {"te bat nou"}},
      // Adjacent, the word opening the sentence is still someone.
      {"Zelle te bat nou.", {"Zelle"}, {"te bat nou"}},
      {"Zelle ede nou.", {"Zelle"}, {"ede nou"}},
      {"Nou te rive. Twitch pran lajan nou.", {"Twitch"}, {"pran lajan nou"}},
      {"Nou te rive. Zelle t bat nou.", {"Zelle"}, {"bat nou"}},
      {"Nou te rive. Zelle t'bat nou.", {"Zelle"}, {"bat nou"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
