// Testimony leaks, round 16: shapes found by the round's new lines in the
// testimony-leaks tuning sets (bench/genre_sets/testimony_leaks_*.txt). Each
// case failed on 3928f0a; the places and organisations in the same shapes
// must stay.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// "The smuggler was Jimin Park": after a copula whose subject is a person
// ("the smuggler", "the man who hit me"), a first name on no list and an
// organisation word are the person's name, as after "his name was".
TEST(TestimonyLeaksRound16, OrganisationWordSurnameAfterAPersonsCopula) {
  ExpectGoneAndKept("en", {
      {"The smuggler was Jimin Park.", {"Jimin", "Park"}, {"The smuggler was"}},
      {"The smuggler was Jimin Park, and he kept our passports.", {"Jimin", "Park"}, {"he kept our passports"}},
      {"The man who hit my brother with a pipe was Jimin Park.", {"Jimin", "Park"}, {"with a pipe was"}},
      {"Our driver was Jimin Church.", {"Jimin", "Church"}, {"Our driver was"}},
      {"The camp was near Central Park.", {}, {"Central Park"}},
      {"The meeting place was Central Park.", {}, {"Central Park"}},
      {"The man said the camp was Central Park.", {}, {"Central Park"}},
  });
}

// "Seo-jun Lee", "Ji-ho Kim": a first name of syllables of no list joined by a
// hyphen (one may be a month's abbreviation: "jun") before a surname found
// as a person stayed in clear.
TEST(TestimonyLeaksRound16, HyphenatedFirstNameOfNoListBeforeASurname) {
  ExpectGoneAndKept("en", {
      {"The man who hit my brother with a pipe was Seo-jun Lee.", {"Seo", "jun", "Lee"}, {"with a pipe was"}},
      {"Seo-jun Lee took our bags.", {"Seo", "jun", "Lee"}, {"took our bags"}},
      {"We left with Ji-ho Lee and his wife.", {"Ji", "ho", "Lee"}, {"We left with", "and his wife"}},
      {"The smuggler was Seo-Jun Lee.", {"Seo", "Jun", "Lee"}, {"The smuggler was"}},
      {"We took a well-known Lee family bus.", {}, {"well-known"}},
      {"We took the Mexico-Guatemala Lee bus.", {}, {"Mexico-Guatemala"}},
  });
  ExpectGoneAndKept("fr", {
      {"A vendre à Dahouet près le Val-André BELLE MAISON.", {}, {"Val-André"}},
  });
}

// "le mande el dinero a luz marina": two given names in lower case after
// "a", "con", "para" are a person's double name though both are ordinary
// words ("luz", "marina"); "la luz blanca", "a la marina" stay.
TEST(TestimonyLeaksRound16, LowerCaseDoubleGivenNameAfterAPersonsPreposition) {
  ExpectGoneAndKept("es", {
      {"le mande el dinero a luz marina pa que me lo guardara", {"luz", "marina"}, {"el dinero a", "pa que"}},
      {"me fui con rosa maria y sus niños", {"rosa", "maria"}, {"me fui con", "y sus niños"}},
      {"era para luz marina el paquete", {"luz", "marina"}, {"el paquete"}},
      {"le mande a mi prima luz marina el dinero", {"luz", "marina"}, {"mi prima", "el dinero"}},
      {"vimos una luz blanca en el monte", {}, {"luz blanca"}},
      {"nos entregaron a la marina en el puerto", {}, {"marina"}},
  });
}

// Haitian "pou Jinet ki rete Okap": after "pou" (for, to) a word that "ki"
// and what a person does follow is a person, not a town one goes to.
TEST(TestimonyLeaksRound16, HaitianPersonAfterPouBeforeKi) {
  ExpectGoneAndKept("ht", {
      {"Mwen voye kòb la pou Jinet ki rete Okap.", {"Jinet"}, {"Mwen voye kòb la pou", "Okap"}},
      {"Mwen te achte rad pou Wideline ki te malad.", {"Wideline"}, {"ki te malad"}},
      {"Nou te pati pou Tapachula.", {}, {"Tapachula"}},
      {"Nou te pati pou Tapachula ki se yon gwo vil.", {}, {"Tapachula"}},
      {"Nou te pati pou Tapachula ki te gen anpil moun.", {}, {"Tapachula"}},
  });
}

// Haitian "Ofisye" (officer) and "Ajan" (agent) are titles like "Officer":
// the name after them goes, the title stays.
TEST(TestimonyLeaksRound16, HaitianOfficerIsATitle) {
  ExpectGoneAndKept("ht", {
      {"Ofisye Jean-Baptiste te pran paspò nou sou fwontyè a.", {"Jean", "Baptiste"}, {"Ofisye", "te pran"}},
      {"Ajan Desrosiers te bat nou.", {"Desrosiers"}, {"Ajan", "te bat nou"}},
  });
}

// French imperatives with their pronoun ("« Tais-toi »", "Laissez-nous")
// are no names; the speaker after them still goes.
TEST(TestimonyLeaksRound16, FrenchImperativeBeforeItsPronounIsNoName) {
  ExpectGoneAndKept("fr", {
      {"« Tais-toi », a dit Fortuné, et il a fermé la porte.", {"Fortuné"}, {"Tais-toi"}},
      {"« Suivez-moi », nous a dit Wilkens à la frontière.", {"Wilkens"}, {"Suivez-moi"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
