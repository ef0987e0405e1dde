// Person precision, round 18 (docs/redaction-evaluation.md, "Person
// precision, round 18"): forms, not words, that the name detector took for
// persons in posts and generated English text. The words are made up or
// ordinary, and none of the sentences is in the tuning data; the names
// beside them stay redacted.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// A reply opens with its handle ("@kay_22 Thnx"), a retweet with "RT" and
// the handle: the word after them opens the sentence, and its capital says
// no more than a sentence's first capital does.
TEST(NamesPrecisionRound18Test, WordAfterAReplysHandleOpensTheSentence) {
  ExpectGoneAndKept("en", {
      {"@lenny_t Wheeee, we made it to the coast", {}, {"Wheeee"}},
      {"@marco88 Thnx, glad you liked it", {}, {"Thnx"}},
      {"@kelso Disagree, the first album was better", {}, {"Disagree"}},
      {"RT @radio_dave Shoutout to everyone who came", {}, {"Shoutout"}},
      // Names there stay redacted: listed, before a verb of what a person
      // does, or with a surname.
      {"@kay_22 Jessica is coming tonight", {"Jessica"}, {"coming"}},
      {"@bob_99 Tamika said no", {"Tamika"}, {"said"}},
      {"@bob_99 Zoltrane texted me lol", {"Zoltrane"}, {"texted"}},
      {"@bob_99 Marcus Whitfield called me", {"Marcus", "Whitfield"}, {"called"}},
      {"RT @bob_99 Maria Lopez was arrested", {"Maria", "Lopez"}, {"arrested"}},
      {"@bob_99 Dashawn and Tyrell are here", {"Dashawn", "Tyrell"}, {"here"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
