// English social text, round 20: places and words of no person that posts
// write where a name could stand, kept by general rules; people stay
// redacted where the same shape names them. Invented sentences.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {

TEST(SocialPlacesRound20Test, ANameBeforeALowerCasePlaceHeadAfterAPrepositionIsThePlace) {
  // Posts write "campus", "county", "stadium" in lower case.
  ExpectGoneAndKept("en", {
                              {"Sunset shots from Champlain campus tonight .", {}, {"Champlain"}},
                              {"Time-lapse 5 sec . Intervals from Champlain campus .", {}, {"Champlain"}},
                              {"Traffic near Lewis county line again .", {}, {"Lewis"}},
                              {"Tailgating at Fitzgerald stadium with the crew .", {}, {"Fitzgerald"}},
                              {"Anyone in the Viera area want to hang ?", {}, {"Viera"}},
                              {"Anyone near the Fitzgerald mall ?", {}, {"Fitzgerald"}},
                          });
}

TEST(SocialPlacesRound20Test, ANameBeforeALowerCasePlaceHeadWithoutAPrepositionStaysAPerson) {
  // Whom one asked or told, and a given name after "from" (a ride from
  // someone), stay redacted.
  ExpectGoneAndKept("en", {
                              {"I asked Gonzalez campus security for help .", {"Gonzalez"}, {}},
                              {"I told Morales county police everything .", {"Morales"}, {}},
                              {"Got a ride from Kevin campus shuttle was full .", {"Kevin"}, {}},
                              {"Delayed at Logan airport for 3 hours ugh", {"Logan"}, {}},
                              {"I met Gomez area manager today", {"Gomez"}, {}},
                          });
}

TEST(SocialPlacesRound20Test, ATownOfNoListBetweenAPrepositionAndItsStateIsKept) {
  ExpectGoneAndKept("en", {
                              {"Greetings from Viera , Florida !", {}, {"Viera"}},
                              {"Grew up in Bucksnort, TN and never left .", {}, {"Bucksnort"}},
                          });
}

TEST(SocialPlacesRound20Test, APersonBeforeAStateStaysRedacted) {
  // A state code after a vocative, and a given name after "from" (the
  // sender), are no town.
  ExpectGoneAndKept("en", {
                              {"Thanks Gomez, OK see you soon", {"Gomez"}, {}},
                              {"I got a text from Maria, Florida is so hot .", {"Maria"}, {}},
                              {"I got a call from Gomez, Texas is far .", {"Gomez"}, {}},
                          });
}

TEST(SocialPlacesRound20Test, AVenueOneMeetsAtIsKept) {
  ExpectGoneAndKept("en", {
                              {"Betta be at Elements tonight BOGO drinks all night !!", {}, {"Elements"}},
                          });
}

TEST(SocialPlacesRound20Test, ANameWhereAVenueCouldStandStaysAPerson) {
  // A listed name (a home without its possessive), a possessive, and "at"
  // after a verb that takes a person.
  ExpectGoneAndKept("en", {
                              {"I'll be at Jessica tonight", {"Jessica"}, {}},
                              {"Meet me at Gomez tonight", {"Gomez"}, {}},
                              {"I'll be at Gomez's tonight", {"Gomez"}, {}},
                              {"We were mad at Gomez tonight .", {"Gomez"}, {}},
                              {"Look at Gomez tonight , so drunk .", {"Gomez"}, {}},
                          });
}

TEST(SocialPlacesRound20Test, AWordOfNoListAfterInIsAPlace) {
  ExpectGoneAndKept("en", {
                              {"I'm in Wetumpka right now", {}, {"Wetumpka"}},
                              {"Living in Wetumpka is boring", {}, {"Wetumpka"}},
                          });
}

TEST(SocialPlacesRound20Test, ANameOfNoListAfterInThatTakesAPersonStaysRedacted) {
  // Belief, a possessive, and a possessive dropped before hands: the same
  // word of no list is a person there.
  ExpectGoneAndKept("en", {
                              {"I have always believed in Wetumpka , my best friend .", {"Wetumpka"}, {}},
                              {"We were in Wetumpka's car all night .", {"Wetumpka"}, {}},
                              {"All the money is in Wetumpka hands now", {"Wetumpka"}, {}},
                          });
}

TEST(SocialPlacesRound20Test, ATeamNamedAfterItsTownIsKept) {
  ExpectGoneAndKept("en", {
                              {"Chicago Blackhawks general manager said no .", {}, {"Blackhawks"}},
                              {"Go Boston Celtics !", {}, {"Celtics"}},
                          });
}

TEST(SocialPlacesRound20Test, APersonAfterATownWordStaysRedacted) {
  // A given name that is a town too, a surname of the lists or whose
  // singular is one, and a title before the town.
  ExpectGoneAndKept("en", {
                              {"beating Jacco Eltingh and Paul Haarhuis of the Netherlands .", {"Haarhuis"}, {}},
                              {"Austin Roberts told me to wait .", {"Roberts"}, {}},
                              {"Dallas Hawkins said no", {"Hawkins"}, {}},
                              {"My uncle Austin Rollins came", {"Rollins"}, {}},
                          });
}

TEST(SocialPlacesRound20Test, ASurnameOfNoOtherListAfterInIsAPlace) {
  // Towns of the United States are surnames often.
  ExpectGoneAndKept("en", {
                              {"Done teaching in Viera time for some eats", {}, {"Viera"}},
                          });
}

TEST(SocialPlacesRound20Test, ASurnameAfterInThatTakesAPersonStaysRedacted) {
  ExpectGoneAndKept("en", {
                              {"I see a lot of myself in Gomez .", {"Gomez"}, {}},
                              {"I believe in Gomez .", {"Gomez"}, {}},
                              {"You have a friend in Gomez .", {"Gomez"}, {}},
                              {"We left the papers in Gomez car .", {"Gomez"}, {}},
                              {"We were in Gomez's truck", {"Gomez"}, {}},
                              {"I'm in Lewis right now", {"Lewis"}, {}},
                          });
}

TEST(SocialPlacesRound20Test, AWordInAnEnglishTownFrameIsAPlace) {
  ExpectGoneAndKept("en", {
                              {"Just moved to downtown Viera !", {}, {"Viera"}},
                              {"A Wetumpka native , born and raised", {}, {"Wetumpka"}},
                              {"Welcome to Wetumpka , where the sun shines", {}, {"Wetumpka"}},
                          });
}

TEST(SocialPlacesRound20Test, APersonNearAnEnglishTownFrameStaysRedacted) {
  ExpectGoneAndKept("en", {
                              {"Welcome to Kevin's party", {"Kevin"}, {}},
                              {"Welcome to Jessica tonight", {"Jessica"}, {}},
                              {"We met downtown Gomez's shop", {"Gomez"}, {}},
                              {"Welcome Gomez to the family", {"Gomez"}, {}},
                          });
}

TEST(SocialPlacesRound20Test, ASurnameOfNoOtherListAfterMovingToIsAPlace) {
  ExpectGoneAndKept("en", {
                              {"Gonna move to Viera next month", {}, {"Viera"}},
                              {"Moving to Viera tomorrow ugh", {}, {"Viera"}},
                          });
}

TEST(SocialPlacesRound20Test, APersonAfterToStaysRedacted) {
  // Going, running or sending to someone; a possessive; a given name.
  ExpectGoneAndKept("en", {
                              {"We went to Viera for help .", {"Viera"}, {}},
                              {"I ran to Gomez and hugged him", {"Gomez"}, {}},
                              {"We moved to Gomez's place", {"Gomez"}, {}},
                              {"Moving to Lewis next week", {"Lewis"}, {}},
                              {"I sent money to Gomez today", {"Gomez"}, {}},
                          });
}

}  // namespace amparo::redaction
