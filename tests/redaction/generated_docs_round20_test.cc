// Generated documents, round 20 (docs/redaction-evaluation.md, "Generated
// documents, round 20"): firms named after their partners in the shapes data
// generators give them, where only a firm fits. The commonest surnames
// ("Johnson", "Smith", "Williams", "Miller") are on the given-name lists too;
// they count as surnames in a firm's shape. A firm is read after a person's
// name and "at", "of" or "from", after a trade ("is a nurse at"), a post and
// "of" ("director of") and a form's label ("Company:"); two surnames joined
// by '&' are a firm's shape too. The same words naming people stay redacted:
// after a title, a kin word, a verb, in a compound given name. The names are
// made up and none is in the tuning data.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(GeneratedDocsRound20Test, SurnamesThatAreGivenNamesTooInAFirmsPlace) {
  ExpectGoneAndKept("en", {
      {"She works at Johnson-Smith in Leeds.", {}, {"Johnson-Smith"}},
      {"Ann Davis spent a year at Johnson-Williams as the assistant to Bo Kim", {"Davis", "Kim"},
       {"Johnson-Williams"}},
      {"Ann Davis from Smith, Johnson and Jones is the keynote speaker", {"Davis"},
       {"Smith, Johnson and Jones"}},
      {"The Miller-Taylor office is at 12 Main Street", {}, {"Miller-Taylor"}},
      // A compound given name, a given name of no surname list, a title, a
      // verb: people.
      {"She works at Jean-Pierre in Leeds.", {"Jean-Pierre"}, {}},
      {"Ann Davis from Maria, Jones and Miller is the keynote speaker", {"Maria"}, {}},
      {"Mr. Johnson-Smith works at Kirby Inc.", {"Johnson-Smith"}, {}},
      {"I talked with Johnson-Smith yesterday.", {"Johnson-Smith"}, {}},
  });
}

TEST(GeneratedDocsRound20Test, FirmAfterAPersonATradeAPostOrALabel) {
  ExpectGoneAndKept("en", {
      {"Please contact Ayodele Bankole at Pearson-Mbeki for the invoice.", {"Ayodele", "Bankole"},
       {"Pearson-Mbeki"}},
      {"The award went to Rhea Lim of Drummond, Falk and Ng.", {"Rhea", "Lim"}, {"Drummond, Falk and Ng"}},
      {"Marcus Oyelaran is a 34-year-old nurse at Whitfield-Banerjee in Leeds.", {"Marcus", "Oyelaran"},
       {"Whitfield-Banerjee"}},
      {"Samira Haddad is the head of marketing at Torres, Whitaker and Lin.", {"Samira", "Haddad"},
       {"Torres, Whitaker and Lin"}},
      {"Elliot Fairweather resigned as director of Kruger, Osei and Blum.", {"Elliot", "Fairweather"},
       {"Kruger, Osei and Blum"}},
      {"Employee: Rafael Quintero\nCompany: Abernathy-Rossi\nPhone: 555 0187", {"Rafael", "Quintero"},
       {"Abernathy-Rossi"}},
      // A verb, a kin word, a sender's label: people.
      {"The guard shouted at Pearson-Mbeki and hit him.", {"Pearson-Mbeki"}, {}},
      {"She is a friend of Kruger, Osei and Blum.", {"Kruger", "Osei", "Blum"}, {}},
      {"She is the daughter of Whitfield-Banerjee.", {"Whitfield-Banerjee"}, {}},
      {"From: Abernathy-Rossi\nSubject: the rent", {"Abernathy-Rossi"}, {}},
      {"We waited for Ana Ruiz at Whitfield-Banerjee's house.", {"Ana", "Ruiz", "Whitfield"}, {}},
  });
}

TEST(GeneratedDocsRound20Test, TwoSurnamesJoinedByAnAmpersand) {
  ExpectGoneAndKept("en", {
      {"Ask for Keisha Thompson at Sorensen & Lowe.", {"Keisha", "Thompson"}, {"Sorensen & Lowe"}},
      {"She works at Mendes & Clarke in Leeds.", {}, {"Mendes & Clarke"}},
      {"The Okafor & Brandt office is at 12 Main Street", {}, {"Okafor & Brandt"}},
      // A title, a verb: people.
      {"Ask for Mr. Sorensen & Lowe.", {"Sorensen"}, {}},
      {"I talked with Mendes & Clarke yesterday.", {"Mendes", "Clarke"}, {}},
  });
}

TEST(GeneratedDocsRound20Test, HyphenatedFirmOfGivenNamesTooUnderASignature) {
  ExpectGoneAndKept("en", {
      {"Ann Davis\nSenior engineer\nJohnson-Smith\n12 Main Street\nBoston, MA 02110", {"Ann", "Davis"},
       {"Johnson-Smith"}},
      {"Ann Davis\nJohnson-Williams\n12 Main Street\nMobile: 555 1234", {"Ann", "Davis"}, {"Johnson-Williams"}},
      // A compound given name, and the same pair further down a testimony:
      // people.
      {"Ann Davis\nSenior engineer\nJean-Pierre\n12 Main Street", {"Jean-Pierre"}, {}},
      {"The men who guarded us were many.\nJohnson-Smith\n12 Main Street", {"Johnson-Smith"}, {}},
  });
}

TEST(GeneratedDocsRound20Test, SenderAfterAPersonsNameAndFromStaysRedacted) {
  ExpectGoneAndKept("en", {
      {"Paulo Reis from Mendes & Clarke called about the delivery.", {"Paulo", "Reis"}, {"Mendes & Clarke"}},
      // What goes to a person may come from another.
      {"A letter to Ana Ruiz from Garcia-Lopez arrived today.", {"Ana", "Ruiz", "Garcia", "Lopez"}, {}},
      {"I sent money to Ana Ruiz from Johnson-Smith.", {"Ana", "Ruiz", "Johnson", "Smith"}, {}},
  });
}

TEST(GeneratedDocsRound20Test, FirmNamedAfterANounOfAnOrganisation) {
  ExpectGoneAndKept("en", {
      {"The tender went to the Australian firm Pemberton-Ali.", {}, {"Pemberton-Ali"}},
      {"She was hired by the law firm Reid, Sokolov and Ibarra, in Leeds.", {}, {"Reid, Sokolov and Ibarra"}},
      {"We rented it from the company Okafor & Brandt.", {}, {"Okafor & Brandt"}},
      // The shape as the subject of a clause: who runs the firm.
      {"The firm Garcia-Lopez runs is in Dallas.", {"Garcia", "Lopez"}, {}},
  });
}

TEST(GeneratedDocsRound20Test, ATradeAtAFirmBelongsToAPerson) {
  ExpectGoneAndKept("en", {
      {"She is a senior nurse at Whitfield-Banerjee in Leeds.", {}, {"Whitfield-Banerjee"}},
      {"Tom worked as a cleaner at Brooks, Adeleke and Sato.", {}, {"Brooks, Adeleke and Sato"}},
      // A remark aimed at someone is no trade.
      {"It was a shot at Whitfield-Banerjee, nothing more.", {"Whitfield", "Banerjee"}, {}},
      {"He took it as a dig at Brooks, Adeleke and Sato.", {"Brooks", "Adeleke", "Sato"}, {}},
  });
}

}  // namespace
}  // namespace amparo::redaction
