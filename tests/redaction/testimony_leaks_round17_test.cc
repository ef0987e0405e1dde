// Testimony leaks, round 17: the leaks "Known limits" listed after round 16
// (docs/redaction.md) and the shapes of the round's new lines in the
// testimony-leaks tuning sets (bench/genre_sets/testimony_leaks_*.txt).
// Each case failed on bc47e1f; the places and ordinary words in the same
// shapes must stay.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// "vi luz marina ayer": two listed given names in lower case, the second no
// everyday word alone after the first, after a verb of seeing or meeting
// ("vi", "conocí", "llamé") are a double name, as after "a" or "con".
TEST(TestimonyLeaksRound17, LowerCaseDoubleGivenNameAfterAVerb) {
  ExpectGoneAndKept("es", {
      {"vi luz marina ayer", {"luz", "marina"}, {"vi", "ayer"}},
      {"conoci rosa maria en el albergue", {"rosa", "maria"}, {"en el albergue"}},
      {"vimos luz marina en el monte", {"luz", "marina"}, {"vimos", "en el monte"}},
      {"conocimos rosa maria en el albergue", {"rosa", "maria"}, {"conocimos", "en el albergue"}},
      {"vimos una luz blanca en el monte", {}, {"luz blanca"}},
      {"vi la marina ayer", {}, {"marina"}},
  });
}

// "Jak, Lwi ak Pòl te la": a list of capitalized words joined by commas and
// "ak", "and", "y", "et" in which other items are persons found: a listed
// given name in it is one too, even where training text learned it as no
// name.
TEST(TestimonyLeaksRound17, GivenNameInAListOfPersons) {
  ExpectGoneAndKept("ht", {
      {"Jak, Lwi ak Pòl te la", {"Jak", "Lwi", "Pòl"}, {"te la"}},
      {"Nou te Okap, Jakmel ak Pòtoprens.", {}, {"Okap", "Jakmel", "Pòtoprens"}},
  });
}

// Lines in capitals: "JAN TE BAT NOU", "PEDRO NOS GOLPEÓ", "THEN MARCUS
// HIT ME". On a line of capitals a capital says nothing: a listed given
// name that no dictionary, place list or month list has is a person; one
// that is an ordinary word or a month is one before what a person does.
TEST(TestimonyLeaksRound17, GivenNameOnALineInCapitals) {
  ExpectGoneAndKept("es", {
      {"PEDRO NOS GOLPEÓ", {"PEDRO"}, {"NOS GOLPEÓ"}},
      {"ME DIJO PEDRO QUE NOS FUERAMOS", {"PEDRO"}, {"ME DIJO", "QUE NOS"}},
      {"LLEGAMOS A TAPACHULA EN MAYO", {}, {"TAPACHULA", "MAYO"}},
      {"PEDRO NOS GOLPEÓ EN LA ESTACIÓN DE ARRIAGA", {"PEDRO"}, {"NOS GOLPEÓ", "ARRIAGA"}},
      {"NO HAY PAZ NI LUZ EN LA FRONTERA", {}, {"PAZ", "LUZ", "FRONTERA"}},
  });
  ExpectGoneAndKept("en", {
      {"THEN MARCUS HIT ME", {"MARCUS"}, {"THEN", "HIT ME"}},
      {"WE CROSSED AT EL PASO IN JUNE", {}, {"EL PASO", "JUNE"}},
  });
  ExpectGoneAndKept("ht", {
      {"JAN TE BAT NOU", {"JAN"}, {"TE BAT NOU"}},
      {"NOU TE RIVE NAN MWA JAN", {}, {"NOU TE RIVE"}},
  });
  ExpectGoneAndKept("fr", {
      {"PIERRE NOUS A FRAPPÉS DEVANT TOUT LE MONDE", {"PIERRE"}, {"NOUS A FRAPPÉS"}},
      {"ON A MARCHÉ SUR LA PIERRE DU CHEMIN", {}, {"PIERRE"}},
  });
}

// "Jimin Park's men beat us": the owner of those who acted, a first name on
// no list and an organisation-word surname before "'s", a noun and an act.
TEST(TestimonyLeaksRound17, PossessiveOfAnOrganisationWordSurnameBeforeAnAct) {
  ExpectGoneAndKept("en", {
      {"Jimin Park's men beat us", {"Jimin", "Park"}, {"men beat us"}},
      {"Central Park's trees were tall.", {}, {"Central Park"}},
  });
}

// "Mi-rae Park": a hyphenated first name whose first part is short, and a
// list has it as a word ("mi"), before a surname: all of it goes.
TEST(TestimonyLeaksRound17, HyphenatedFirstNameWithAShortFirstPart) {
  ExpectGoneAndKept("en", {
      {"Mi-rae Park beat us", {"Mi", "rae", "Park"}, {"beat us"}},
  });
}

// "Daniel Calle": a street word ("Calle", "Puerto") after a listed given
// name found as a person, before an act or a clause's end, is the surname.
TEST(TestimonyLeaksRound17, StreetWordSurnameAfterAGivenName) {
  ExpectGoneAndKept("es", {
      {"Daniel Calle nos golpeó", {"Daniel", "Calle"}, {"nos golpeó"}},
      {"Nos fuimos con Daniel Calle.", {}, {"Nos fuimos con"}},
      {"Vimos a Daniel en la calle y nos fuimos.", {}, {"en la calle y nos fuimos"}},
  });
  ExpectGoneAndKept("en", {
      {"Daniel Calle beat us", {"Daniel", "Calle"}, {"beat us"}},
  });
}

// The Spanish copula: "fue Jimin Park", "era Daniel Park" after a person
// noun or "el que ..." opening the sentence.
TEST(TestimonyLeaksRound17, SpanishCopulaAfterAPersonNoun) {
  ExpectGoneAndKept("es", {
      {"El que nos robó fue Jimin Park", {"Jimin", "Park"}, {"El que nos robó fue"}},
      {"El guía era Daniel Park.", {"Daniel", "Park"}, {"El guía era"}},
      {"La que nos vendió fue Jimin Park.", {"Jimin", "Park"}, {"La que nos vendió fue"}},
      {"El lugar de la cita era Central Park.", {}, {"Central Park"}},
  });
}

// "Yefri pran,lajan nou" (Haitian): a comma glued between the verb and its
// object; a word of no list or dictionary before them is still read.
TEST(TestimonyLeaksRound17, HaitianVerbGluedToItsObjectByAComma) {
  ExpectGoneAndKept("ht", {
      {"Nou te rive. Imo pran,lajan nou.", {"Imo"}, {"pran,lajan nou"}},
      {"Nou te rive. Twitch pran,lajan nou.", {}, {"Twitch"}},
      {"Nou te rive. Okay, pran lajan nou.", {}, {"Okay"}},
  });
}

// "the coyote flaco sold us": a nickname of the list in lower case after a
// smuggler's role, outside Spanish ("el coyote flaco" is a skinny one).
TEST(TestimonyLeaksRound17, LowerCaseNicknameAfterASmugglersRole) {
  ExpectGoneAndKept("en", {
      {"my cousin said the coyote flaco sold us to the cartel", {"flaco"}, {"the coyote", "sold us"}},
      {"the coyote left us at the river", {}, {"the coyote left us"}},
  });
  ExpectGoneAndKept("es", {
      {"el coyote flaco nos dejó en el río", {}, {"el coyote"}},
  });
}

// Lines in capitals with a kin word: the name after it goes, the kin word
// and the verb stay ("MON MARI JACQUES" had "MARI JACQUES" taken, "MY
// BROTHER OMAR STAYED" "OMAR STAYED"); a name of no list after the kin word
// goes too ("MANMAN M ROSELÈNE").
TEST(TestimonyLeaksRound17, KinWordOnALineInCapitals) {
  ExpectGoneAndKept("fr", {
      {"MON MARI JACQUES EST RESTÉ À TAPACHULA", {"JACQUES"}, {"MON MARI", "TAPACHULA"}},
  });
  ExpectGoneAndKept("en", {
      {"MY BROTHER OMAR STAYED IN JUAREZ", {"OMAR"}, {"MY BROTHER", "STAYED IN JUAREZ"}},
  });
  ExpectGoneAndKept("ht", {
      {"MANMAN M ROSELÈNE TE RETE OKAP", {"ROSELÈNE"}, {"MANMAN M", "TE RETE OKAP"}},
      {"MANMAN M TE RETE OKAP AK PITIT LI", {}, {"MANMAN M TE RETE OKAP"}},
  });
}

// "vi rosa elena": a double given name in lower case whose second part the
// detector had found alone ("a rosa elena" lost only "elena").
TEST(TestimonyLeaksRound17, LowerCaseDoubleGivenNameWhoseSecondWasFound) {
  ExpectGoneAndKept("es", {
      {"vi rosa elena en la estacion del tren", {"rosa", "elena"}, {"en la estacion"}},
      {"le di el dinero a rosa elena", {"rosa", "elena"}, {"le di el dinero a"}},
  });
}

// "ti Jo te vann nou": Haitian "ti" typed in lower case opening a sentence
// before a name found is the nickname's; Spanish "a ti" stays.
TEST(TestimonyLeaksRound17, LowerCaseTiBeforeAName) {
  ExpectGoneAndKept("ht", {
      {"ti Jo te vann nou bay yon lòt pasè nan Tapachula.", {"ti ", "Jo"}, {"te vann nou", "Tapachula"}},
  });
  ExpectGoneAndKept("es", {
      {"Le dije a ti Pedro que no.", {"Pedro"}, {"Le dije a ti"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
