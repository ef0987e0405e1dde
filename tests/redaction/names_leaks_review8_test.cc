// Names of round 8's rules that drop a guessed person, in testimony
// sentences where a relative is named right after the word the rule reads:
// a lone given name after an institution's head word ("llegamos a la casa
// Pedro ya no estaba") and a name written in capitals before a number
// ("su hija ANA de 8 y su hijo LUIS de 5") are people.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesLeaksReview8Test, AGivenNameAloneAfterAHeadWordIsAPerson) {
  ExpectRedacted("es", "Cuando llegamos a la casa Pedro ya no estaba.", {"Pedro"});
  ExpectRedacted("es", "Estábamos en la casa Juan, mi esposa y yo.", {"Juan"});
  ExpectRedacted("es", "En el albergue Carlos, un hondureño, me ayudó mucho.", {"Carlos"});
  ExpectRedacted("es", "Fuimos al centro Pedro y María se quedaron atrás.", {"Pedro", "María"});
  ExpectRedacted("es", "En la escuela Marta estaba llorando.", {"Marta"});
  // Institutions named after a saint or a full name stay.
  ExpectRedacted("es", "Comimos en el comedor Santa Marta y luego seguimos.", {}, {"Santa Marta"});
  ExpectRedacted("es", "A mi hija la inscribieron en la escuela Benito Juárez.", {}, {"Benito Juárez"});
}

TEST(NamesLeaksReview8Test, AGivenNameInCapitalsBeforeANumberIsAPerson) {
  ExpectRedacted("es", "Llegó con su hija ANA de 8 y su hijo LUIS de 5.", {"ANA", "LUIS"});
  ExpectRedacted("es", "Venía con ANA de 8, su hermano y mi esposa.", {"ANA"});
  // A clinical score among other acronyms, or after an article, stays.
  ExpectRedacted("es", "Llegó a urgencias con EVA de 8 y con TAC normal.", {}, {"EVA", "TAC"});
  ExpectRedacted("es", "Ingresó con IRA y con EVA de 9, le hicieron una TAC.", {}, {"EVA"});
  ExpectRedacted("es", "Finalmente, y con un EVA de 9, se decidió su ingreso.", {}, {"EVA"});
}

}  // namespace
}  // namespace amparo::redaction
