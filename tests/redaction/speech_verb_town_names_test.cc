// A given name that is also a town ("León", "Guadalupe", "Victoria"), right
// after a verb of speaking and before "que": the one who spoke, a person,
// not the town. After a preposition it stays the town.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(SpeechVerbTownNames, SpeakerBeforeQueIsAPerson) {
  ExpectGoneAndKept("es", {
      {"Me dijo León que nos fuéramos antes de la noche.", {"León"}, {"Me dijo", "que nos fuéramos"}},
      {"Me dijo LEÓN que nos fuéramos antes de la noche.", {"LEÓN"}, {"Me dijo", "que nos fuéramos"}},
      {"Nos contó Victoria que la habían amenazado en Tapachula.", {"Victoria"}, {"Tapachula"}},
      {"Le explicó Guadalupe que no tenía papeles.", {"Guadalupe"}, {"no tenía papeles"}},
  });
}

TEST(SpeechVerbTownNames, TownAfterAPrepositionStays) {
  ExpectGoneAndKept("es", {
      {"Me dijo en León que nos fuéramos.", {}, {"León"}},
      {"Nos dijeron que en Victoria había trabajo.", {}, {"Victoria"}},
      {"Fuimos a León y luego a Irapuato.", {}, {"León", "Irapuato"}},
      {"VIVIMOS EN LEÓN QUE ES MUY GRANDE.", {}, {"LEÓN"}},
      {"Me dijo MÉXICO que no.", {}, {"MÉXICO"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
