// Second read of round 18 (docs/redaction-evaluation.md, "Second read of
// round 18"): persons that round 18's keep-rules freed. Each case is a
// testimony's sentence where the freed word is someone; none of them is in
// the tuning data.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// Five digits after a name are an amount as often as a postal code: what
// one borrowed from someone or gave to someone is counted in a currency's
// word that follows. A town before its postal code stays a town.
TEST(SecondReadRound18Test, AmountAfterANameIsNoPostalCode) {
  ExpectGoneAndKept("en", {
      {"I received from Juan Pérez 15000 pesos.", {"Juan", "Pérez"}, {"pesos"}},
      {"I borrowed from Maria 20000 dollars to pay the coyote.", {"Maria"}, {"dollars"}},
      {"She was born in Ponte de Lima 49300, far from the sea", {}, {"Ponte de Lima"}},
      {"in Torres Vedras 2560-301 near the coast", {}, {"Torres Vedras"}},
  });
  ExpectGoneAndKept("fr", {
      {"J'ai envoyé à Dupont 10000 euros.", {"Dupont"}, {"euros"}},
  });
}

// After a battle's "of" a listed given name or surname may be someone's
// fight ("la batalla de María por sus hijos"), and a lower-case "sitio"
// is a place one stays at ("el sitio de Pedro"): the person stays redacted.
// A battle's field stays in clear.
TEST(SecondReadRound18Test, PersonAfterABattlesOf) {
  ExpectGoneAndKept("es", {
      {"Nos quedamos tres días en el sitio de Pedro, cerca del río.", {"Pedro"}, {"sitio"}},
      {"Dormimos en el sitio de Okonkwo y luego cruzamos.", {"Okonkwo"}, {"sitio"}},
      {"Fue la batalla de María por sus hijos.", {"María"}, {"batalla"}},
      {"Recordamos la batalla de Puebla en la escuela.", {}, {"Puebla"}},
  });
  ExpectGoneAndKept("en", {
      {"It was the battle of Maria to get her kids back.", {"Maria"}, {"battle"}},
      {"We lost the battle at Kevin's house.", {"Kevin"}, {"battle"}},
      {"the Battle of Hastings was fought in 1066", {}, {"Hastings"}},
  });
}

// A firm named after a person of the testimony ("Bianchi S.p.A. de Luis
// Bianchi") gives the surname away next to the person's placeholder: the
// firm's name stays redacted where the text names it as a person too. A
// firm of no person named stays in clear.
TEST(SecondReadRound18Test, FirmNamedAfterAPersonOfTheText) {
  ExpectGoneAndKept("es", {
      {"Trabajé para Bianchi S.p.A. de Luis Bianchi en Milán.", {"Bianchi"}, {"S.p.A.", "Milán"}},
      {"Luis Bianchi me pegó. Trabajé para Bianchi S.p.A. en Milán.", {"Bianchi"}, {"S.p.A.", "Milán"}},
      {"Trabajé para Pérez S.A. en Monterrey.", {}, {"Pérez S.A."}},
  });
  ExpectGoneAndKept("en", {
      {"He was hired by Sobotka Kft. and Marek Sobotka beat him.", {"Sobotka"}, {"Kft."}},
      {"She joined Virtanen Oyj in Espoo.", {}, {"Virtanen Oyj"}},
  });
}

// "Norman" is a given name far more often than a people of history: "old
// Norman" before a verb is a man. "a German company" stays in clear.
TEST(SecondReadRound18Test, NormanIsAGivenName) {
  ExpectGoneAndKept("en", {
      {"Then old Norman beat me with a stick.", {"Norman"}, {"stick"}},
      {"The old Norman hit my brother.", {"Norman"}, {"brother"}},
      {"He worked for a German company in Texas.", {}, {"German", "company"}},
  });
}

// A legal form of two letters written without dots ("AG", "AB", "AS", "NV")
// reads as a person's initials as often ("She said Sobotka AG was the one
// who hit her"): it says a firm only where the firm's name ends, before
// punctuation or at the text's end. Longer or dotted forms read as before.
TEST(SecondReadRound18Test, TwoLetterLegalFormsEndTheFirm) {
  ExpectGoneAndKept("en", {
      {"She said Sobotka AG was the one who hit her.", {"Sobotka"}, {"hit"}},
      {"We met Novak AB at the border.", {"Novak"}, {"border"}},
      {"Yesterday Halvorsen AS and Bianchi S.p.A. signed the contract.", {"Halvorsen"}, {"Bianchi S.p.A."}},
      {"The contract was with Halvorsen AS, in Oslo.", {}, {"Halvorsen AS", "Oslo"}},
      {"He works for Virtanen AB.", {}, {"Virtanen AB"}},
      {"He was hired by Sobotka Kft. in 2019.", {}, {"Sobotka Kft."}},
  });
}


// A lower-case sport after one unlisted word names a team only after a
// determiner ("some Seahawk football", "the Seahawk football game"): after
// "with" or a verb the word is who one played with ("I played with Okonkwo
// soccer every day").
TEST(SecondReadRound18Test, LowerCaseSportNamesATeamAfterADeterminer) {
  ExpectGoneAndKept("en", {
      {"I played with Okonkwo soccer every day.", {"Okonkwo"}, {"soccer"}},
      {"We watched Okonkwo football on Sundays.", {"Okonkwo"}, {"football"}},
      {"Whoo who ready for some Seahawk football? Can't wait", {}, {"Seahawk"}},
      {"We went to the Seahawk football game.", {}, {"Seahawk"}},
      {"Season opener for Bradley Soccer tonight!", {}, {"Bradley Soccer"}},
  });
}


// English weekdays in the plural ("on Sundays") are days, as the singular
// is: they were read as a person.
TEST(SecondReadRound18Test, WeekdaysInThePluralAreNoNames) {
  ExpectGoneAndKept("en", {
      {"We played football on Sundays.", {}, {"Sundays"}},
      {"Mondays and Fridays the shelter gave food.", {}, {"Mondays", "Fridays"}},
      {"On Saturdays Pedro beat us.", {"Pedro"}, {"Saturdays"}},
  });
}


// Money, a call or a thing got from someone: "We got the money from
// Okonkwo" left the name in clear, "from" reading as where one came from.
// A town of the gazetteer stays ("a call from Tapachula"), and so does a
// word after a verb of coming or going ("She came from Okonkwo village").
TEST(SecondReadRound18Test, NamesOneGotSomethingFrom) {
  ExpectGoneAndKept("en", {
      {"We got the money from Okonkwo at a time.", {"Okonkwo"}, {"money"}},
      {"The coyote took the money from Okonkwo and left.", {"Okonkwo"}, {"coyote"}},
      {"I borrowed 500 dollars from Chidi Okonkwo last year.", {"Chidi", "Okonkwo"}, {"dollars"}},
      {"She received a call from Graciela yesterday.", {"Graciela"}, {"call"}},
      {"He stole my passport from Yefri and ran.", {"Yefri"}, {"passport"}},
      {"We got a call from Tapachula yesterday.", {}, {"Tapachula"}},
      {"I received the papers from Guatemala.", {}, {"Guatemala"}},
      {"She came from Okonkwo village.", {}, {"came"}},
      {"We got the money from Western Union.", {}, {"money"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
