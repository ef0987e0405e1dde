// Places the name detector took for people in French news, round 17: the
// general forms of a 1906 paper rather than its words.
//
// - A dateline whose headline lost its period to OCR ("dégâts dans la
//   vallée Languidic , 26 juillet . Le préfet"): a town of some gazetteer,
//   one word, before a day and a month that end the sentence. A word of no
//   gazetteer there ("Nous attendions Kaboré , 3 juin .") and a listed name
//   stay persons.
// - The correspondent's forms "On écrit de X", "On nous mande de X", "On
//   télégraphie de X": a town the news comes from, unless X is a listed
//   given name or surname.
// - Events and works of a town before "de X": "l'incendie de", "le
//   naufrage de", "les inondations de", "la garnison de", "la ligne de X à
//   Y"; a listed name after them stays a person ("l'incendie de Durand").
// - "demeurant X", "domicilié X" without "à": where a person lives.
// - The direction a train or a crowd goes: a verb or noun of going, then
//   "en direction de X" or "dans la direction de X" ("sous la direction
//   de X", "tiré en direction de X" name people).
// - "de X au Havre", "de X à la Gacilly": a route to a town with its
//   article, as "de X à Y" was.
// - A commune after "au" and its "Grand", "Petit"... ("au Grand Kerlaz"):
//   standard French puts no person there; a listed given name ("au Grand
//   Jean", regional speech), a name right after "au" ("au Durand") and a
//   title ("au capitaine Kerbrat") stay persons.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(PlacesKeptRound17Test, DatelineAfterAHeadlineThatLostItsPeriod) {
  ExpectGoneAndKept("fr", {{"Nombreux dégâts dans la vallée Languidic , 26 juillet . Le préfet est arrivé.",
                            {},
                            {"Languidic"}},
                           {"Les grèves continuent Rostrenen , 3 mai . Les ouvriers ont refusé.",
                            {},
                            {"Rostrenen"}},
                           {"Un orage terrible Landerneau , 12 août . La foudre est tombée.",
                            {},
                            {"Landerneau"}}});
}

TEST(PlacesKeptRound17Test, PersonBeforeADateStaysAPerson) {
  ExpectGoneAndKept("fr", {{"Nous attendions Kaboré , 3 juin . Il n'est pas venu.", {"Kaboré"}, {"juin"}},
                           {"Nous attendions Pierre , 3 juin . Il n'est pas venu.", {"Pierre"}, {"juin"}},
                           {"Le juge a entendu Durand , 3 juin . Il a menti.", {"Durand"}, {"juge"}},
                           {"Nous attendions M. Languidic , 3 juin . Il n'est pas venu.", {"Languidic"}, {"juin"}}});
}

TEST(PlacesKeptRound17Test, TownTheNewsIsWrittenFrom) {
  ExpectGoneAndKept("fr", {{"On écrit de Trégornan que la récolte est bonne.", {}, {"Trégornan"}},
                           {"On nous mande de Plouvorn : le calme est revenu.", {}, {"Plouvorn"}},
                           {"On télégraphie de Kerlaz que la tempête a cessé.", {}, {"Kerlaz"}},
                           {"On nous écrit de Trégornan que la foire a été animée.", {}, {"Trégornan"}}});
}

TEST(PlacesKeptRound17Test, NewsWrittenFromAListedNameStaysAPerson) {
  ExpectGoneAndKept("fr", {{"On écrit de Durand que la récolte est bonne.", {"Durand"}, {"récolte"}},
                           {"On nous mande de Pierre que tout va bien.", {"Pierre"}, {"mande"}},
                           {"On a écrit à Kerbrat que la récolte est bonne.", {"Kerbrat"}, {"récolte"}}});
}

TEST(PlacesKeptRound17Test, EventOrWorkOfATown) {
  ExpectGoneAndKept("fr", {{"L'incendie de Trégornan a fait trois victimes.", {}, {"Trégornan"}},
                           {"Le naufrage de Plouvorn a ému toute la côte.", {}, {"Plouvorn"}},
                           {"Les inondations de Kerlaz ont ruiné les cultivateurs.", {}, {"Kerlaz"}},
                           {"Le sinistre de Trégornan est dû à l'imprudence.", {}, {"Trégornan"}},
                           {"La garnison de Plouvorn a quitté la ville.", {}, {"Plouvorn"}},
                           {"Une ligne de Trégornan à la Gacilly sera construite.", {}, {"Trégornan"}}});
}

TEST(PlacesKeptRound17Test, EventOfAListedNameStaysAPerson) {
  ExpectGoneAndKept("fr", {{"L'incendie de Durand a fait trois victimes.", {"Durand"}, {"incendie"}},
                           {"L'incendie de la maison de Kerbrat a fait trois victimes.", {"Kerbrat"}, {"incendie"}},
                           {"La ligne de Pierre à Rennes est coupée.", {"Pierre"}, {"Rennes"}}});
}

TEST(PlacesKeptRound17Test, ResidenceWithoutA) {
  ExpectGoneAndKept("fr", {{"Le nommé Jean Kerbrat, demeurant Trégornan, a été arrêté.", {"Kerbrat"}, {"Trégornan"}},
                           {"Marie Le Goff, domiciliée Plouvorn, a porté plainte.", {"Goff"}, {"Plouvorn"}},
                           {"Le nommé Jean Kerbrat, demeurant Pierre Durand, a été arrêté.", {"Durand"}, {"nommé"}}});
}

TEST(PlacesKeptRound17Test, TownAfterAu) {
  ExpectGoneAndKept("fr", {{"Le concours aura lieu au Grand Kerlaz , sur les bords de la rivière.", {}, {"Grand Kerlaz"}},
                           {"Me Kerbrat, notaire au Grand-Kerlaz, vend une maison.", {"Kerbrat"}, {"Grand-Kerlaz"}},
                           {"Le marché aura lieu au Petit-Kerlaz lundi.", {}, {"Petit-Kerlaz"}}});
}

TEST(PlacesKeptRound17Test, NameAfterAuOrAuxStaysAPerson) {
  ExpectGoneAndKept("fr", {{"J'ai dit au Jean de venir.", {"Jean"}, {"venir"}},
                           {"J'ai dit au Grand Jean de venir.", {"Jean"}, {"venir"}},
                           {"Il a parlé au Durand de la maison.", {"Durand"}, {"maison"}},
                           {"Il a parlé au capitaine Kerbrat hier.", {"Kerbrat"}, {"capitaine"}}});
}

TEST(PlacesKeptRound17Test, DirectionOfTravel) {
  ExpectGoneAndKept("fr", {{"Le train filait en direction de Trégornan quand il dérailla.", {}, {"Trégornan"}},
                           {"Les coureurs partirent dans la direction de Plouvorn.", {}, {"Plouvorn"}},
                           {"Les coureurs prirent leur envolée dans la direction de Kerlaz.", {}, {"Kerlaz"}}});
}

TEST(PlacesKeptRound17Test, DirectionOfAPersonStaysAPerson) {
  ExpectGoneAndKept("fr", {{"Le concert a eu lieu sous la direction de Kerbrat.", {"Kerbrat"}, {"concert"}},
                           {"Le gendarme a tiré en direction de Kerbrat.", {"Kerbrat"}, {"gendarme"}},
                           {"Il a couru en direction de Pierre pour l'embrasser.", {"Pierre"}, {"couru"}}});
}

TEST(PlacesKeptRound17Test, RouteToATownWithItsArticle) {
  ExpectGoneAndKept("fr", {{"Le courrier de Trégornan au Havre est supprimé.", {}, {"Trégornan"}},
                           {"Une ligne de Kerlaz à la Gacilly sera construite.", {}, {"Kerlaz"}},
                           {"Les gendarmes de la brigade de Plouvorn ont arrêté un vagabond.", {}, {"Plouvorn"}}});
}

TEST(PlacesKeptRound17Test, PersonBeforeATownWithItsArticleStaysAPerson) {
  ExpectGoneAndKept("fr", {{"Une lettre de Pierre au Havre est arrivée.", {"Pierre"}, {"Havre"}},
                           {"La brigade de Durand a arrêté un vagabond.", {"Durand"}, {"vagabond"}}});
}

// A name after "Le" or "La" opening a line before words in capitals stays
// a person: a Breton surname ("Le Gwennec") or a nickname, and a town with
// its article there is left redacted (PlacesKeptFrenchNewsTest).
TEST(PlacesKeptRound17Test, PersonWithAnArticleBeforeCapitalsStaysAPerson) {
  ExpectGoneAndKept("fr", {{"Il est parti. La Kerbrat NOUS A FRAPPÉS hier.", {"Kerbrat"}, {"parti"}},
                           {"Il est parti. La Marie NOUS A FRAPPÉS hier.", {"Marie"}, {"parti"}},
                           {"Il est parti. Le Durand MON VOISIN est venu.", {"Durand"}, {"parti"}},
                           {"Il est parti. Le Kerlaouen LES AVEUX .", {"Kerlaouen"}, {"parti"}}});
}

}  // namespace
}  // namespace amparo::redaction
