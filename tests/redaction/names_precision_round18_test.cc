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

// A firm's legal form after a surname, in the form registers write it
// ("Sobotka Kft.", "Bianchi S.p.A."): a company, whatever the language. The
// owner named with a given name, a title before the surname and a shouted
// line stay as they were.
TEST(NamesPrecisionRound18Test, FirmBeforeItsLegalForm) {
  ExpectGoneAndKept("en", {
      {"He was hired by Sobotka Kft. in 2019.", {}, {"Sobotka Kft."}},
      {"She joined Virtanen Oyj in Espoo.", {}, {"Virtanen Oyj"}},
      {"Halvorsen AS, Bianchi S.p.A. and a bank signed the contract.", {}, {"Halvorsen AS", "Bianchi S.p.A."}},
      {"The invoice came from Kowalczyk-Nowak Sp. z o.o. last week.", {}, {"Kowalczyk-Nowak"}},
      {"Payment to Moreau S.A.R.L. is overdue.", {}, {"Moreau S.A.R.L."}},
      {"He works for Novak d.o.o. in Zagreb.", {}, {"Novak d.o.o."}},
      {"He was hired by Marta Sobotka s.r.o. in 2019.", {"Marta", "Sobotka"}, {"s.r.o."}},
      {"Mr. Halvorsen AS called me.", {"Halvorsen"}, {"Mr."}},
      {"MARIA AS A CHILD WAS BEATEN", {"MARIA"}, {"CHILD"}},
      {"I saw Maria as a child", {"Maria"}, {"child"}},
  });
  ExpectGoneAndKept("es", {
      {"Trabajé para Pérez S.A. en Monterrey.", {}, {"Pérez S.A."}},
      {"Trabajé con Juan Pérez S.A. en Monterrey.", {"Juan", "Pérez"}, {"Monterrey"}},
  });
}

// A nationality that is a given name too ("German") after an article or a
// describing word and before a noun is the adjective; "with German", "my
// German" and "German said" stay names.
TEST(NamesPrecisionRound18Test, NationalityBeforeANoun) {
  ExpectGoneAndKept("en", {
      {"We hired a German engineer last year.", {}, {"German engineer"}},
      {"The German team won the match.", {}, {"German team"}},
      {"Meet the new German ambassador tomorrow.", {}, {"German ambassador"}},
      {"I went with German to the market.", {"German"}, {"market"}},
      {"German said no to the deal.", {"German"}, {"deal"}},
      {"my German friend came", {"German"}, {"friend"}},
      {"We stayed with the German family for a week.", {"German"}, {"family"}},
      {"They burned the German house down.", {"German"}, {"house"}},
  });
}

// A sport's name after a word ("Bradley Soccer", "Seahawk football") names
// a team; a saint's name before its possessive ("St. Luke's", "Saint
// Jude's") a church or a hospital; "RT" before a handle is a retweet's
// mark, not the last word of a name. A given name before a sport in lower
// case and a name's possessive without a saint stay redacted.
TEST(NamesPrecisionRound18Test, TeamsSaintsAndRetweetMarks) {
  ExpectGoneAndKept("en", {
      {"Season opener for Bradley Soccer tonight!", {}, {"Bradley Soccer"}},
      {"Whoo who ready for some Seahawk football? Can't wait", {}, {"Seahawk"}},
      {"St. Luke's emergency department wait time is long", {}, {"St. Luke's"}},
      {"They took us to Saint Jude's last night", {}, {"Saint Jude's"}},
      {"it will find a way. - Jim Rohn RT @coach_t", {"Jim", "Rohn"}, {"RT "}},
      {"Tyler football practice was cancelled", {"Tyler"}, {"football"}},
      {"Luke's mom called me", {"Luke"}, {"mom"}},
      {"Mr. Luke's car was towed", {"Luke"}, {"car"}},
  });
}

// The word after a battle's, a siege's or a treaty's "of" is a field or a
// town ("the Battle of Hastings"); a person after a lower-case "battle of"
// stays redacted.
TEST(NamesPrecisionRound18Test, PlaceOfABattle) {
  ExpectGoneAndKept("en", {
      {"Ceremony Sunday to mark the Battle of Britain", {}, {"Britain"}},
      {"the Battle of Hastings was fought in 1066", {}, {"Hastings"}},
      {"after the Treaty of Waterloo nothing changed", {}, {"Waterloo"}},
      {"it was the battle of Juan Perez against the gang", {"Juan", "Perez"}, {"gang"}},
  });
}

// Feasts named after saints: "Valentine's Day", "St. Patrick's Day". A
// person's day out and a person's car stay redacted.
TEST(NamesPrecisionRound18Test, FeastsNamedAfterSaints) {
  ExpectGoneAndKept("en", {
      {"Valentine's Day is coming.", {}, {"Valentine's Day"}},
      {"Happy St. Patrick's Day everyone", {}, {"Patrick's Day"}},
      {"Kevin's Day Out was the best", {"Kevin"}, {"Day Out"}},
      {"Valentine's car was towed", {"Valentine"}, {"car"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
