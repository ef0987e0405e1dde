// Names in capitals that are also ordinary words ("PAZ", "LUZ", "SOL",
// "FE", "ROSA", "JOY"): redacted where what follows or precedes
// them says a person, kept where the word is the word ("LA PAZ", "NO HAY
// PAZ", "SIN LUZ", headings, acronyms, scores).
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// A speech verb, the word in capitals, then "que": the word is who spoke.
TEST(NamesCapsCommonWords, SpeechVerbThenCapitalsThenQue) {
  ExpectGoneAndKept("es", {
      {"Me dijo LUZ que no saliéramos de noche.", {"LUZ"}, {"Me dijo", "que no saliéramos"}},
      {"Me dijo SOL que el tren pasaba a las tres.", {"SOL"}, {"Me dijo", "el tren"}},
      {"Me dijo FE que nos esperaban en la frontera.", {"FE"}, {"Me dijo", "frontera"}},
      {"Nos contó PAZ que la habían amenazado.", {"PAZ"}, {"Nos contó", "amenazado"}},
  });
}

// The word in capitals before "y yo" at a clause's start.
TEST(NamesCapsCommonWords, CapitalsThenYYoAtClauseStart) {
  ExpectGoneAndKept("es", {
      {"Cuando llegaron los hombres, PAZ y yo nos escondimos detrás del tren.", {"PAZ"}, {"nos escondimos"}},
      {"PAZ y yo nos escondimos en el monte.", {"PAZ"}, {"nos escondimos"}},
  });
  ExpectGoneAndKept("en", {
      {"When the men came, JOY and I ran to the river.", {"JOY"}, {"ran to the river"}},
  });
}

// In lower-case text, the word in capitals before a verb of acting.
TEST(NamesCapsCommonWords, CapitalsBeforeAVerbOfActing) {
  ExpectGoneAndKept("en", {
      {"JOY stayed with me at the shelter in Reynosa. There was no joy in that place.", {"JOY"},
       {"Reynosa", "no joy in that place"}},
  });
  ExpectGoneAndKept("es", {
      {"Al otro día PAZ llegó al albergue con su hijo.", {"PAZ"}, {"albergue"}},
  });
}

// A name given in mixed case earlier, written again in a line of capitals.
TEST(NamesCapsCommonWords, NameRepeatedInALineOfCapitals) {
  ExpectGoneAndKept("es", {
      {"Me llamo Rosa Pérez y vengo de Honduras.\nROSA ES MI NOMBRE Y NADIE ME LO QUITA.", {"Rosa", "ROSA", "Pérez"},
       {"Honduras", "NOMBRE"}},
  });
}

// The ordinary words in capitals stay.
TEST(NamesCapsCommonWords, OrdinaryCapitalsStay) {
  ExpectGoneAndKept("es", {
      {"Salimos de LA PAZ en autobús y llegamos a Tapachula.", {}, {"LA PAZ", "Tapachula"}},
      {"NO HAY PAZ PARA LOS MIGRANTES", {}, {"NO HAY PAZ"}},
      {"Estuvimos tres días SIN LUZ en el albergue.", {}, {"SIN LUZ"}},
      {"Me dijo que no había LUZ en el cuarto.", {}, {"LUZ"}},
      {"Paciente con EVA 8/10 y dolor abdominal.", {}, {"EVA 8/10"}},
      {"Me dijo el INM que esperara.", {}, {"INM"}},
      {"TESTIMONIO: LA PAZ Y LA JUSTICIA", {}, {"LA PAZ Y LA JUSTICIA"}},
      {"Vi a Rosa Pérez en la estación.\nNO HAY PAZ SIN JUSTICIA", {"Rosa", "Pérez"}, {"NO HAY PAZ SIN JUSTICIA"}},
      {"Me llamo Luz Gómez. En el albergue no había LUZ en la noche.", {"Luz", "Gómez"}, {"había LUZ en"}},
  });
  ExpectGoneAndKept("en", {
      {"There was JOY in the camp when the bus came.", {}, {}},
      {"PEACE AND JOY TO ALL", {}, {"PEACE AND JOY TO ALL"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
