// Given names written in capitals by a survivor who stresses them, with no
// cue before them ("Me acompañaba ROSA de 12", "JUAN: 3 hombres nos
// pararon", "con ANA, LUIS y mi esposa"): in lower-case text a listed given
// name in capitals is a person, while clinical scores ("un EVA de 9"),
// acronyms among acronyms and capitals headings stay.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesCapsGivenTest, AGivenNameInCapitalsInLowerCaseTextIsAPerson) {
  ExpectRedacted("es", "Me acompañaba ROSA de 12 y su hermanito.", {"ROSA"});
  ExpectRedacted("es", "JUAN: 3 hombres nos pararon en el camino.", {"JUAN"});
  ExpectRedacted("es", "Salimos de noche con ANA, LUIS y mi esposa.", {"ANA", "LUIS"});
  ExpectRedacted("es", "Me fui con mi hija ANA de 8 años.", {"ANA"});
  ExpectRedacted("es", "en la combi iba MARTA con sus dos niños", {"MARTA"});
  ExpectRedacted("en", "We crossed the river at night, CARLOS carried my bag.", {"CARLOS"});
  ExpectRedacted("fr", "Nous sommes partis la nuit avec MARIE et mon mari.", {"MARIE"});
}

TEST(NamesCapsGivenTest, ScoresAcronymsAndCapitalsTextStay) {
  ExpectRedacted("es", "Finalmente, y con un EVA de 9, se decidió su ingreso.", {}, {"EVA"});
  ExpectRedacted("es", "Refiere dolor EVA 8/10 en la rodilla.", {}, {"EVA"});
  ExpectRedacted("es", "Llegó a urgencias con EVA de 8 y con TAC normal.", {}, {"EVA", "TAC"});
  ExpectRedacted("es", "ANTECEDENTES PERSONALES: sin alergias conocidas.", {}, {"ANTECEDENTES"});
}

}  // namespace
}  // namespace amparo::redaction
