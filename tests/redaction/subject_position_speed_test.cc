// The subject-position pass skips the lookups of a subject that a finding
// already covers ("Me llamo Yahir Mejía y salí"): such a subject is dropped
// at the end anyway. It still reads the subjects listed after it, which no
// finding covers ("Me golpearon Juan Pérez y Zelle"), and the word opening
// the sentence before the pronoun.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(SubjectPositionSpeed, ListedSubjectsAfterAFoundNameStayRead) {
  ExpectGoneAndKept("es", {
      {"Me golpearon Juan Pérez y Zelle en la frontera.", {"Juan", "Pérez", "Zelle"}, {"Me golpearon", "frontera"}},
      {"Nos robaron Juan Pérez, Zelle y Twitch.", {"Juan", "Pérez", "Zelle", "Twitch"}, {"Nos robaron"}},
      {"Me llamo Juan Pérez y salí de Tapachula.", {"Juan", "Pérez"}, {"Me llamo", "salí", "Tapachula"}},
      {"Nos recibió María Zelle en el albergue.", {"María", "Zelle"}, {"Nos recibió", "albergue"}},
  });
  ExpectGoneAndKept("fr", {
      {"Nous a frappés Jean Dupont et Zelle à la frontière.", {"Jean", "Dupont", "Zelle"}, {"frontière"}},
  });
}

// The roles are found by a pair of their bytes; both spellings of "guía"
// by the same pair.
TEST(SubjectPositionSpeed, BothSpellingsOfAGuideStayFound) {
  ExpectGoneAndKept("es", {
      {"Nos llevó el guía Zelle hasta el río.", {"Zelle"}, {"Nos llevó el guía", "río"}},
      {"El guia Twitch nos dejó en el monte.", {"Twitch"}, {"El guia", "nos dejó"}},
      {"Zelle, el guía, nos dejó.", {"Zelle"}, {"el guía, nos dejó"}},
  });
}

// People listed after "con" / "with" are looked up by where a found name
// ends: with the list of ends already in order it is no longer sorted
// again; every item of the list is still read.
TEST(SubjectPositionSpeed, PeopleListedAfterWithStayFound) {
  ExpectGoneAndKept("es", {
      {"Llegué a Tapachula con Juan Pérez, Zelle y Twitch.", {"Juan", "Pérez", "Zelle", "Twitch"},
       {"Llegué a Tapachula con"}},
      {"Viajé con Zelle, Twitch y Pérez hasta la frontera.", {"Zelle", "Twitch", "Pérez"}, {"Viajé con", "frontera"}},
      {"Crucé con Marta, Zelle y Juan Carlos Pérez.", {"Marta", "Zelle", "Juan", "Carlos", "Pérez"}, {"Crucé con"}},
  });
  ExpectGoneAndKept("en", {
      {"I came with Zelle, Twitch and Maria Lopez.", {"Zelle", "Twitch", "Maria", "Lopez"}, {"I came with"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
