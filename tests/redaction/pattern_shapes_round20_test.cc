// Where a rule's group is read off its match without asking RE2 (a shape,
// pattern_rules.h), the findings are those RE2's submatches gave: at the
// text's edges, after a word's character and with a delimiter the shape
// does not read, RE2 is still asked.
#include "tests/redaction/pattern_detector_fixture.h"

#include <gtest/gtest.h>

#include <string>

namespace amparo::redaction {
namespace {

class PatternShapesRound20Test : public PatternDetectorFixture {};

// "IL 62704", "NSW 2150": the postal code from its first digit to the
// delimiter after it.
TEST_F(PatternShapesRound20Test, PostalCodesAfterAStatesCode) {
  EXPECT_EQ(Spans("Send it to Springfield, IL 62704, please.", "en"), "address=62704");
  EXPECT_EQ(Spans("Send it to Springfield, IL 62704", "en"), "address=62704");
  EXPECT_EQ(Spans("Springfield, IL 62704_ and more", "en"), "address=62704");
  EXPECT_EQ(Spans("The office is in Parramatta NSW 2150. Call us.", "en"), "address=2150");
  EXPECT_EQ(Spans("NSW 2150, said the form.", "en"), "address=2150");
  EXPECT_EQ(Spans("The code xNSW 2150. was odd", "en"), "");
  EXPECT_EQ(Spans("Mail: Parramatta NSW 2150", "en"), "address=2150");
}

// "el 25 de agosto", "place de la Concorde 12": one delimiter before the
// group (and one after the date), or the text's edge.
TEST_F(PatternShapesRound20Test, DatesWithoutYearAndFrenchStreets) {
  EXPECT_EQ(Spans("Llegamos el 25 de agosto, y nos fuimos.", "es"), "date=el 25 de agosto");
  EXPECT_EQ(Spans("Llegamos el 25 de agosto", "es"), "date=el 25 de agosto");
  EXPECT_EQ(Spans("25 de agosto nos fuimos.", "es"), "date=25 de agosto");
  EXPECT_EQ(Spans("Llegamos _25 de agosto_ y nos fuimos.", "es"), "date=25 de agosto");
  EXPECT_EQ(Spans("Il habite place de la Concorde 12, Paris.", "fr"), "address=place de la Concorde 12|address=Concorde 12");
  EXPECT_EQ(Spans("route de Rennes 45, près de la gare.", "fr"), "address=route de Rennes 45");
  EXPECT_EQ(Spans("Il habite au faubourg de la Madeleine 3", "fr"), "address=faubourg de la Madeleine 3");
  EXPECT_EQ(Spans("x_route de Rennes 45", "fr"), "address=route de Rennes 45");
}

// "E-28935 Móstoles", "P.O. Box 149": a postal code's group after its one
// delimiter, through its digits; a box's between two delimiters.
TEST_F(PatternShapesRound20Test, PostalCodesBeforeTownsAndBoxes) {
  EXPECT_EQ(Spans("Vivía en E-28935 Móstoles con mi tía.", "es"), "address=E-28935");
  EXPECT_EQ(Spans("28041 Madrid es la ciudad.", "es"), "address=28041");
  EXPECT_EQ(Spans("Código: x28041 Madrid", "es"), "");
  EXPECT_EQ(Spans("Envíalo a –28041 Madrid ya.", "es"), "address=28041");
  EXPECT_EQ(Spans("04009, 04721, Almería", "es"), "address=04009|address=04721");
  EXPECT_EQ(Spans("Write to P.O. Box 149, Springfield.", "en"), "address=P.O. Box 149");
  EXPECT_EQ(Spans("Write to P.O. Box 149", "en"), "address=P.O. Box 149");
  EXPECT_EQ(Spans("P.O. Box 149.", "en"), "address=P.O. Box 149");
  EXPECT_EQ(Spans("Écrivez à la boîte postale 45_ merci", "fr"), "");
  EXPECT_EQ(Spans("Send to xP.O. Box 149.", "en"), "");
}

// An age after "de", "a", "los": the word before the cue, read lower-cased
// (ASCII letters only) on the stack, tells a duration from an age.
TEST_F(PatternShapesRound20Test, AgesAfterTheirCueWords) {
  EXPECT_EQ(Spans("Un hombre de 45 años nos llevó.", "es"), "age=45");
  EXPECT_EQ(Spans("DESPUES DE 5 AÑOS volvimos.", "es"), "");
  EXPECT_EQ(Spans("DESPUÉS DE 5 AÑOS volvimos.", "es"), "age=5");
  EXPECT_EQ(Spans("Llegué a los 15 años.", "es"), "age=15");
  EXPECT_EQ(Spans("Supercalifragilisticexpialidocious de 45 años.", "es"), "age=45");
}

}  // namespace
}  // namespace amparo::redaction
