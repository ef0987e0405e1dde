// Places the name detector took for people in French news, round 15: a
// town after "à" and a participle that says where something happened or
// someone was held ("hospitalisés à Kerlouan", "stationné à Rostrenen",
// "rassemblés à Quéven"). The same "à" after a verb that gives or says
// something to someone ("envoyé la lettre à Kerbrat"), and a given name
// after any of them, stay redacted.
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

}  // namespace
}  // namespace amparo::redaction
