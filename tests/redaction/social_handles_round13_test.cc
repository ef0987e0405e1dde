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

}  // namespace
}  // namespace amparo::redaction
