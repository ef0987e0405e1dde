// SaysWhatOnlyAPersonDoes reads the words after a one-word name through one
// table of first words; these cases hold every class of it (a verb of
// speaking, what a body does, coming and how, Haitian "di" and a pronoun, a
// copula and how a person was) and the words next to them that say nothing,
// so that a faster reading of the table keeps each decision.
#include <gtest/gtest.h>

#include "redaction/person_context.h"

namespace amparo::redaction {
namespace {

TEST(PersonActsWordsTest, EachClassAndItsNeighbours) {
  // Speaking and what a body does: the first word alone decides.
  for (const char* w : {"dijo", "respondio", "explained", "whispered", "rakonte", "murmura", "lloro", "cried",
                        "slept", "died", "kriye", "cocino"}) {
    EXPECT_TRUE(SaysWhatOnlyAPersonDoes(w, "", "")) << w;
    EXPECT_TRUE(SaysWhatOnlyAPersonDoes(w, "que", "si")) << w;
  }
  for (const char* w : {"", "d", "di", "dij", "dijoo", "dijeron", "ijo", "Dijo", "said.", "cry", "sleep", "de",
                        "en", "y", "la", "the", "and", "respondiox", "explainedx"}) {
    EXPECT_FALSE(SaysWhatOnlyAPersonDoes(w, "", "")) << w;
  }
  // Coming or going, then how.
  EXPECT_TRUE(SaysWhatOnlyAPersonDoes("llego", "tarde", ""));
  EXPECT_TRUE(SaysWhatOnlyAPersonDoes("left", "early", ""));
  EXPECT_TRUE(SaysWhatOnlyAPersonDoes("rive", "ta", ""));
  EXPECT_TRUE(SaysWhatOnlyAPersonDoes("arrivait", "seule", ""));
  EXPECT_FALSE(SaysWhatOnlyAPersonDoes("llego", "a", "un"));
  EXPECT_FALSE(SaysWhatOnlyAPersonDoes("left", "", ""));
  EXPECT_FALSE(SaysWhatOnlyAPersonDoes("tarde", "llego", ""));
  // Haitian "di" before a pronoun only.
  EXPECT_TRUE(SaysWhatOnlyAPersonDoes("di", "nou", "rete"));
  EXPECT_TRUE(SaysWhatOnlyAPersonDoes("di", "ke", ""));
  EXPECT_FALSE(SaysWhatOnlyAPersonDoes("di", "leuca", ""));
  EXPECT_FALSE(SaysWhatOnlyAPersonDoes("di", "", ""));
  // A copula, maybe "very", and how a person was.
  EXPECT_TRUE(SaysWhatOnlyAPersonDoes("was", "kind", ""));
  EXPECT_TRUE(SaysWhatOnlyAPersonDoes("fue", "muy", "buena"));
  EXPECT_TRUE(SaysWhatOnlyAPersonDoes("etait", "tres", "gentille"));
  EXPECT_TRUE(SaysWhatOnlyAPersonDoes("estaba", "embarazada", ""));
  EXPECT_TRUE(SaysWhatOnlyAPersonDoes("te", "vreman", "janti"));
  EXPECT_TRUE(SaysWhatOnlyAPersonDoes("se", "malad", ""));
  EXPECT_FALSE(SaysWhatOnlyAPersonDoes("fue", "peligrosa", ""));
  EXPECT_FALSE(SaysWhatOnlyAPersonDoes("was", "bombed", ""));
  EXPECT_FALSE(SaysWhatOnlyAPersonDoes("was", "very", "big"));
  EXPECT_FALSE(SaysWhatOnlyAPersonDoes("kind", "was", ""));
  EXPECT_FALSE(SaysWhatOnlyAPersonDoes("buena", "", ""));
}

}  // namespace
}  // namespace amparo::redaction
