// Places the name detector took for people in French news, round 15: a
// town after "à" and a participle that says where something happened or
// someone was held ("hospitalisés à Kerlouan", "stationné à Rostrenen",
// "rassemblés à Quéven"). The same "à" after a verb that gives or says
// something to someone ("envoyé la lettre à Kerbrat"), and a given name
// after any of them, stay redacted. And a town's other mentions where
// nothing says a person ("en Languidic ... se rendre d Languidic", "le
// blessés hospitalisés à Kerlouan ... partis pour Kerlouan"): the same
// town, unless the word is a listed given name or surname, a person cue
// stands there, or it stands as a subject ("Kerlouan a dit non").
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(PlacesKeptRound15Test, TownAfterAParticipleOfWhereAndA) {
  ExpectGoneAndKept("fr", {{"Les blessés ont été hospitalisés à Kerlouan.", {}, {"Kerlouan"}},
                           {"Les grévistes se sont rassemblés à Quéven.", {}, {"Quéven"}},
                           {"Le régiment est stationné à Rostrenen.", {}, {"Rostrenen"}},
                           {"Les deux rôdeurs ont été écroués à Plouzévet.", {}, {"Plouzévet"}},
                           {"Le voleur est détenu à Kerhuon depuis mardi.", {}, {"Kerhuon"}},
                           {"La famille s'est réfugiée à Pleyben.", {}, {"Pleyben"}}});
}

TEST(PlacesKeptRound15Test, PersonAfterAVerbOfGivingOrSayingAndA) {
  ExpectGoneAndKept("fr", {{"J'ai envoyé la lettre à Kerbrat hier.", {"Kerbrat"}, {"lettre"}},
                           {"La maison a été vendue à Kerbrat.", {"Kerbrat"}, {"maison"}},
                           {"Il a tout raconté à Kerbrat.", {"Kerbrat"}, {"raconté"}},
                           {"Les blessés ont été hospitalisés à Pierre.", {"Pierre"}, {"blessés"}},
                           {"Le prisonnier détenu à M. Kerbrat.", {"Kerbrat"}, {"prisonnier"}}});
}

TEST(PlacesKeptRound15Test, OtherMentionsOfATownTheTextNames) {
  ExpectGoneAndKept(
      "fr",
      {{"M. Joseph Huchon, cultivateur à Kerlann, en Languidic, a été volé. Un individu lui dit se rendre "
        "aussi d Languidic et sollicita une place.",
        {"Huchon"},
        {"en Languidic", "d Languidic"}},
       {"Les blessés ont été hospitalisés à Kerlouan. Le lendemain, d'autres sont partis pour Kerlouan.",
        {},
        {"à Kerlouan", "pour Kerlouan"}}});
}

// A person cue at the other mention, or a listed name, keeps the person:
// "confiance en X" names a town only where nothing else says who X is.
TEST(PlacesKeptRound15Test, OtherMentionWithAPersonCueStaysAPerson) {
  ExpectGoneAndKept("fr",
                    {{"Le passeur Kerbrat nous a frappés. Nous avions confiance en Kerbrat.", {"Kerbrat"}, {"passeur"}},
                     {"Le maire de Kerlouan, M. Le Goff, a parlé. M. Kerlouan a répondu.", {"M. Kerlouan"}, {"maire"}},
                     {"Il vit en Pleyben. Kerlouan nous a frappés, puis Kerlouan est parti en Kerlouan.",
                      {"Kerlouan nous"}, {"Pleyben"}},
                     {"Les blessés ont été hospitalisés à Kerlouan. Kerlouan a dit non.", {"Kerlouan a dit"}, {"blessés"}},
                     {"Les blessés ont été hospitalisés à Kerlouan. Le curé Kerlouan a parlé.", {"Kerlouan a parlé"}, {"curé"}},
                     {"Ils habitent en Bretagne. Le maire de Morel a parlé. Morel attend la pluie.",
                      {"Morel attend"}, {"Bretagne"}}});
}

// A plural noun of islands, ports or regions and "de" opens a list of
// places, and "et de" goes on with it ("les îles de Chio et de Mitylène").
// Children, friends or families "de X et de Y" are people.
TEST(PlacesKeptRound15Test, ListOfPlacesAfterAPluralNounAndDe) {
  ExpectGoneAndKept("fr", {{"Les îles de Chio et de Mitylène resteront turques.", {}, {"Chio", "Mitylène"}},
                           {"Les ports de Kerity et de Lesconil sont fermés.", {}, {"Kerity", "Lesconil"}},
                           {"les communes de Languidic et de Baud votent.", {}, {"Languidic", "Baud"}},
                           {"Les enfants de Kerbrat et de Le Goff sont venus.", {"Kerbrat", "Goff"}, {"enfants"}}});
}

// The small towns of French-speaking Europe (data/small_towns.tsv) are
// kept where the text says a place, after an "à" OCR damaged too; a person
// so named stays redacted where the text says a person, and the name
// detector still finds the person ("Redon nous a frappés").
TEST(PlacesKeptRound15Test, SmallTownsWhereTheTextSaysAPlace) {
  ExpectGoneAndKept("fr", {{"Lorient , 22 avril . Le blessé fut transporté ë Languidic , où il reçut les soins .",
                            {},
                            {"Languidic"}},
                           {"Un grand marché aura lieu dans Sarzeau dimanche.", {}, {"Sarzeau"}},
                           {"Redon nous a frappés. Il habite à Lorient.", {"Redon"}, {"Lorient"}},
                           {"Redon nous a frappés. Il habite à Redon.", {"Redon nous"}, {"habite"}},
                           {"Le passeur Locminé nous a volés.", {"Locminé"}, {"passeur"}},
                           {"M. Pauillac a répondu au maire.", {"Pauillac"}, {"maire"}}});
}

}  // namespace
}  // namespace amparo::redaction
