// Surnames that are place or ordinary words ("Park", "Hill", "Stone") after a
// given name, round 15: a sentence's period after the surname ends the name
// like a space does ("The smuggler was Daniel Park."), while "St." and
// "Park-Lane" shapes still keep the place. Each case failed on c4c6972; the
// parks and streets in the same shapes must stay.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(PlaceWordSurnamesRound15, SurnameBeforeASentencesPeriod) {
  ExpectGoneAndKept("en", {
      {"The smuggler was Daniel Park.", {"Daniel", "Park"}, {"The smuggler was"}},
      {"The smuggler was Daniel Park. Then he left.", {"Daniel", "Park"}, {"Then he left"}},
      {"The smuggler was Daniel Park.\nHe left.", {"Daniel", "Park"}, {"He left"}},
      {"The smuggler was Daniel Park. We stayed at Daniel Park for a week.", {"Daniel", "Park"}, {"for a week"}},
      {"We waited at Lincoln Park.", {}, {"Lincoln Park"}},
      {"We walked through Lincoln Park.", {}, {"Park"}},
      {"We sat on the benches of Lincoln Park.", {}, {"Park"}},
      {"He was a friend of Daniel Park.", {"Daniel", "Park"}, {"He was a friend of"}},
      {"We reached Lincoln Park.", {}, {"Park"}},
      {"The camp was behind Grace Church.", {}, {"Church"}},
      {"It was close to Jackson Park.", {}, {"Park"}},
      {"We went from Grant Park.", {}, {"Park"}},
      {"I got a call from Daniel Park.", {"Daniel", "Park"}, {"I got a call from"}},
  });
}

// "park", "church", "lake", "sierra", "plaza" are organisation words too:
// the pass of names acting on someone refused them even after a first name.
TEST(PlaceWordSurnamesRound15, OrganisationWordSurnameActingOnSomeone) {
  ExpectGoneAndKept("en", {
      {"Jimin Park beat us.", {"Jimin", "Park"}, {"beat us"}},
      {"Jimin Park helped us.", {"Jimin", "Park"}, {"helped us"}},
      {"Then Jimin Park helped us.", {"Jimin", "Park"}, {"Then", "helped us"}},
      {"Seo-yeon Park beat us.", {"Seo", "yeon", "Park"}, {"beat us"}},
      {"Jimin Church beat us.", {"Jimin", "Church"}, {"beat us"}},
      {"Central Park was closed.", {}, {"Central Park"}},
      {"We slept in Grant Park.", {}, {"Park"}},
      {"They took us to Jackson Park.", {}, {"Park"}},
      {"We paid the money to Daniel Park.", {"Daniel", "Park"}, {"We paid the money to"}},
      {"The police in Central Park beat us.", {}, {"Central Park"}},
      {"At Hyde Park they beat us.", {}, {"Hyde Park"}},
  });
  ExpectGoneAndKept("es", {
      {"Jimin Sierra nos pegó.", {"Jimin", "Sierra"}, {"nos pegó"}},
      {"Jimin Plaza nos pegó.", {"Jimin", "Plaza"}, {"nos pegó"}},
      {"En la Plaza nos pegaron.", {}, {"Plaza"}},
      {"La Sierra Madre nos protegió.", {}, {"Sierra Madre"}},
  });
}

// Before a verb and a possessive ("took our money") the subject is read by
// the pass of subjects in positions only a person fills, which refused the
// organisation word too.
TEST(PlaceWordSurnamesRound15, OrganisationWordSurnameBeforeAPossessive) {
  ExpectGoneAndKept("en", {
      {"Seo-yeon Park took our money.", {"Seo", "yeon", "Park"}, {"took our money"}},
      {"Jimin Park took our money.", {"Jimin", "Park"}, {"took our money"}},
      {"Then Jimin Church took my phone.", {"Jimin", "Church"}, {"Then", "took my phone"}},
      {"The guards at Central Park took our money.", {}, {"Central Park"}},
      {"In Grant Park someone took our money.", {}, {"Grant Park"}},
  });
}

// "Lake" is a surname no list had: after a given name it stayed a lake.
TEST(PlaceWordSurnamesRound15, LakeAfterAGivenName) {
  ExpectGoneAndKept("en", {
      {"Daniel Lake took our money.", {"Daniel", "Lake"}, {"took our money"}},
      {"The smuggler was Daniel Lake.", {"Daniel", "Lake"}, {"The smuggler was"}},
      {"A man named Daniel Lake helped us.", {"Daniel", "Lake"}, {"helped us"}},
      {"Daniel Lake's men beat us.", {"Daniel", "Lake"}, {"men beat us"}},
      {"Jimin Lake beat us.", {"Jimin", "Lake"}, {"beat us"}},
      {"We swam in Grace Lake.", {}, {"Lake"}},
      {"Lake Placid is cold.", {}, {"Lake Placid"}},
      {"We reached Salt Lake City.", {}, {"Salt Lake City"}},
  });
}

// A first name no list has, found alone as a person ("Jimin"), grows over
// the place-word surname after it as a listed given name does.
TEST(PlaceWordSurnamesRound15, UnlistedFirstNameFoundAlone) {
  ExpectGoneAndKept("en", {
      {"A man named Jimin Park helped us.", {"Jimin", "Park"}, {"helped us"}},
      {"I paid Jimin Park.", {"Jimin", "Park"}, {"I paid"}},
      {"Later Jimin Church called me.", {"Jimin", "Church"}, {"called me"}},
      {"My brother met Jimin Park in Texas.", {"Jimin", "Park"}, {"in Texas"}},
      {"We stayed with Jimin Lake.", {"Jimin", "Lake"}, {"We stayed with"}},
      {"We walked in Kowloon Park.", {}, {"Kowloon Park"}},
  });
}

// Before "'s" and a kin word the owner is someone; the organisation word
// of the surname refused it.
TEST(PlaceWordSurnamesRound15, OrganisationWordSurnameBeforeAKin) {
  ExpectGoneAndKept("en", {
      {"Jimin Park's brother beat us.", {"Jimin", "Park"}, {"brother beat us"}},
      {"We hid at Jimin Church's cousin's house.", {"Jimin", "Church"}, {"cousin's house"}},
      {"We met at Lincoln Park's zoo.", {}, {"Park's zoo"}},
      {"Central Park's family picnic was fun.", {}, {"Central Park"}},
  });
}

// After a name cue the words that follow are the name: a first name on no
// list and a surname that is an organisation word ("His name was Jimin
// Park", "Nombre: Yahel Sierra") were left in clear, as the surname ended
// the name and the first name alone was read as a park's or a range's.
TEST(PlaceWordSurnamesRound15, OrganisationWordSurnameAfterANameCue) {
  ExpectGoneAndKept("en", {
      {"His name was Jimin Park.", {"Jimin", "Park"}, {"His name was"}},
      {"My name is Jimin Park and I am from Seoul.", {"Jimin", "Park"}, {"and I am from Seoul"}},
      {"We slept in St. James Park.", {}, {"James Park"}},
      {"We went to Lincoln Park.", {}, {"Lincoln Park"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
