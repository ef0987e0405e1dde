// Social handles and profile links as survivors and staff write them: a
// handle right after another one ("cc @ana @li"), short handles, handles
// glued to punctuation, at a line's start or in parentheses, dotted
// Instagram and TikTok handles, a handle named after its platform without
// an '@' ("IG: juan.perez_23", "my snap is kay22"), and profile links
// without a scheme. And what stays: "@" meaning "at" ("meet @ 5pm", "5 @
// 10 pesos"), e-mails as e-mails. The handles are made up.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(SocialHandlesRound13Test, AHandleRightAfterAnother) {
  ExpectRedacted("en", "@kay_22 @bob", {"kay_22", "bob"});
  ExpectRedacted("en", "cc @ana @li", {"ana", "@li"}, {"cc"});
  ExpectRedacted("en", "thanks @kay_22 @bo and @zed_9", {"kay_22", "@bo", "zed_9"}, {"thanks"});
  ExpectRedacted("es", "gracias @kay_22 @bob @li por todo", {"kay_22", "bob", "@li"}, {"gracias", "todo"});
  ExpectRedacted("en", "mike_22 @bob", {"bob"});
}

TEST(SocialHandlesRound13Test, OneToThreeLetterHandles) {
  ExpectRedacted("en", "ask @k about the van", {"@k"}, {"ask", "van"});
  ExpectRedacted("en", "hi @x and @yy", {"@x", "@yy"}, {"hi", "and"});
  ExpectRedacted("es", "pregúntale a @j_ o a @mo", {"@j_", "@mo"}, {"pregúntale"});
  ExpectRedacted("en", "@q: where are you", {"@q"}, {"where"});
}

TEST(SocialHandlesRound13Test, AnAtThatMeansAtStays) {
  ExpectRedacted("en", "meet @ 5pm", {}, {"@ 5pm"});
  ExpectRedacted("en", "meet @ the plaza", {}, {"@ the plaza"});
  ExpectRedacted("en", "5 @ 10 pesos", {}, {"5 @ 10 pesos"});
  ExpectRedacted("en", "see you @ the station", {}, {"@ the station"});
  ExpectRedacted("en", "see you @5pm at the gate", {}, {"@5pm"});
  ExpectRedacted("en", "the bus leaves @10:30", {}, {"@10:30"});
  ExpectRedacted("es", "nos vemos @8am en la plaza", {}, {"@8am"});
  const std::string out = RedactedText("write to kay22@gmail.com or @kay_22", "en");
  EXPECT_NE(out.find("[EMAIL]"), std::string::npos) << out;
  EXPECT_NE(out.find("[HANDLE]"), std::string::npos) << out;
}

}  // namespace
}  // namespace amparo::redaction
