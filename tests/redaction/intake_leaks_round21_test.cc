// Names that leaked from French and Haitian Creole intake text
// (bench/genre_sets/intake_mixed_fr.txt, intake_mixed_ht.txt), closed in
// round 21 (docs/redaction-evaluation.md, "Leaks in French and Kreyòl
// intake, round 21"). Each case failed before its rule; each rule keeps an
// ordinary word in the same place.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

// After a noun of a person, "qu'on" (French) or "yo" (Kreyòl) and "call",
// the word said is a nickname though a dictionary has it. With no person
// before the verb, or an adverb after it, the words stay.
TEST(IntakeLeaksRound21Test, NicknameAfterAPersonTheyCall) {
  ExpectGoneAndKept("fr", {
      {"Un homme qu'on appelle requin m'a attrapée.", {"requin"}, {"homme", "attrapée"}},
      {"Le passeur que tout le monde appelait tigre avait une arme.", {"tigre"}, {"passeur", "arme"}},
      {"On est montés sur ce qu'on appelle la bestia.", {}, {"bestia"}},
      {"C'est un type qu'on appelle aussi le gros.", {}, {"aussi"}},
  });
  ExpectGoneAndKept("ht", {
      {"Yon fanm yo rele l zwazo te vann nou.", {"zwazo"}, {"fanm", "vann"}},
      {"Yon nèg tout moun rele l bourik te kenbe nou.", {"bourik"}, {"nèg", "kenbe"}},
      {"Yo rele l lapolis lè nou rive.", {}, {"lapolis"}},
      {"Se yon nèg yo rele l konsa.", {}, {"konsa"}},
  });
}

// The sender inside a reply's quote is a person; the header word is none.
// A kin word as the quoted label stays, as a chat's kin label does.
TEST(IntakeLeaksRound21Test, SenderInsideAReplyQuote) {
  ExpectGoneAndKept("en", {
      {"Reply to \"Kenia: where are you?\": we are in Arriaga still", {"Kenia"}, {"Reply to", "Arriaga"}},
      {"Reply to \"Mom: where are you?\": still in Arriaga", {}, {"Reply to", "Mom", "Arriaga"}},
  });
  ExpectGoneAndKept("fr", {
      {"Réponse à « Kenia : vous êtes où ? » : on est encore à Arriaga", {"Kenia"}, {"Réponse", "Arriaga"}},
      {"Réponse à « Tonton : vous êtes où ? » : à Arriaga", {}, {"Tonton", "Arriaga"}},
  });
  ExpectGoneAndKept("ht", {
      {"Repons pou \"Kenia : kote nou ye ?\" : nou toujou Arriaga", {"Kenia"}, {"Repons", "Arriaga"}},
  });
  ExpectGoneAndKept("es", {
      {"Respuesta a \"yubi: donde estan?\": seguimos en Arriaga", {"yubi"}, {"Respuesta", "Arriaga"}},
  });
}

// After a verb of arriving whose subject follows it and the article, a
// word of no list and no dictionary is who arrived. A dictionary word there
// stays (the police, the migra), and a place takes its preposition.
TEST(IntakeLeaksRound21Test, NicknameAfterAnArrivalAndItsArticle) {
  ExpectGoneAndKept("fr", {
      {"Après est arrivée la Yoyis avec deux autres hommes.", {"Yoyis"}, {"arrivée la", "hommes"}},
      {"Ensuite est arrivé le Chejo avec les clés.", {"Chejo"}, {"arrivé le", "clés"}},
      {"Après est arrivée la Police avec deux voitures.", {}, {"Police"}},
      {"Après on est arrivés à la Guadeloupe.", {}, {"Guadeloupe"}},
  });
  ExpectGoneAndKept("es", {
      {"Después llegó la Yoyis con dos hombres.", {"Yoyis"}, {"llegó la", "hombres"}},
      {"Luego llegó la Migra y nos subieron.", {}, {"Migra"}},
      {"Después llegamos a la Rumorosa.", {}, {"Rumorosa"}},
  });
}

// A surname right after a school's head word, before the verb it is the
// subject of, is a person (a given name a dictionary has too); a word of
// the school's name ("l'école Normale") and a town after the Kreyòl
// determiner stay.
TEST(IntakeLeaksRound21Test, SubjectAfterASchoolsHeadWord) {
  ExpectGoneAndKept("fr", {
      {"À l'école Dorvilien frappait les enfants.", {"Dorvilien"}, {"école", "enfants"}},
      {"À l'école Pierre nous frappait.", {"Pierre"}, {"école", "frappait"}},
      {"À l'école Maternelle mangeaient les petits.", {}, {"Maternelle"}},
      {"À l'école Normale enseignait un professeur.", {}, {"Normale"}},
  });
  ExpectGoneAndKept("ht", {
      {"Lekòl la Dorvilien te konn bat timoun yo.", {"Dorvilien"}, {"Lekòl la", "timoun"}},
      {"Lekòl la Okap te fèmen pandan twa mwa.", {}, {"Okap"}},
  });
}

// After "un certain", "yon sèten", "un tal", "a certain", a capitalized
// name is someone hardly known, though a list has it as an everyday word or
// a weekday ("Sun"); a title before it stays, and so do the cue's ordinary
// uses in lower case.
TEST(IntakeLeaksRound21Test, NameAfterACertain) {
  ExpectGoneAndKept("fr", {
      {"Là un certain Sun nous a vendu des billets.", {"Sun"}, {"certain", "billets"}},
      {"Un certain M. Li nous a vendu des billets.", {"Li"}, {"M.", "billets"}},
      {"On a attendu un certain temps à Tapachula.", {}, {"temps", "Tapachula"}},
  });
  ExpectGoneAndKept("ht", {
      {"La yon sèten Sun te vann nou tikè.", {"Sun"}, {"sèten", "tikè"}},
      {"Nou rete yon sèten tan Tapachula.", {}, {"tan", "Tapachula"}},
  });
  ExpectGoneAndKept("en", {
      {"A certain Sun sold us tickets.", {"Sun"}, {"certain", "tickets"}},
  });
  ExpectGoneAndKept("es", {
      {"Era un tal Sun el que vendía boletos.", {"Sun"}, {"tal", "boletos"}},
  });
}

// "Hu Bin": a Chinese surname that is a word, a given name of a pinyin
// syllable's shape that is a particle of names elsewhere ("bin"), and a
// French auxiliary or Kreyòl tense marker after them. "He Ran away" keeps
// its pronoun and verb.
TEST(IntakeLeaksRound21Test, ChineseNameBeforeAFrenchOrKreyolVerb) {
  ExpectGoneAndKept("fr", {
      {"Hu Bin a payé le chauffeur.", {"Hu", "Bin"}, {"payé", "chauffeur"}},
  });
  ExpectGoneAndKept("ht", {
      {"Hu Bin te peye chofè a.", {"Hu", "Bin"}, {"peye", "chofè"}},
  });
  ExpectGoneAndKept("en", {
      {"Hu Bin did not pay the driver.", {"Hu", "Bin"}, {"pay", "driver"}},
      {"He Ran away from the border.", {}, {"He Ran away"}},
  });
}

// A form's list of children or companions with one name found: its other
// capitalized items are persons, though a dictionary has them. Counts, a
// place and the items of another label's list stay.
TEST(IntakeLeaksRound21Test, OtherNamesOfAFormsList) {
  ExpectGoneAndKept("fr", {
      {"Enfants : Dylan, Précieuse\nDernier pays : Chili", {"Dylan", "Précieuse"}, {"Enfants", "Chili"}},
      {"Enfants : deux, 8 et 5 ans", {}, {"deux, 8 et 5 ans"}},
      {"Documents : Passeport, Acte de naissance", {}, {"Passeport, Acte"}},
  });
  ExpectGoneAndKept("ht", {
      {"Pitit : Dylan, Precieuse", {"Dylan", "Precieuse"}, {"Pitit"}},
  });
  ExpectGoneAndKept("en", {
      {"Children: Tobi, Joy, Tapachula", {"Tobi", "Joy"}, {"Tapachula"}},
  });
}

// Conakry and its Kreyòl spelling are places of the route's list: kept
// after "ki soti" while the person beside them goes. Guinea's Kreyòl "Gine"
// is in no list: it is a given name too ("Madanm mwen Gine te rete Konakri"),
// so it goes where no place word says the country; "nan Gine" stays.
TEST(IntakeLeaksRound21Test, KreyolNamesOfWestAfricanPlaces) {
  ExpectGoneAndKept("ht", {
      {"Ousmane Diallo, ki soti Gine, te vwayaje ak nou.", {"Ousmane", "Diallo"}, {"te vwayaje"}},
      {"Madanm mwen Gine te rete Konakri.", {"Gine"}, {"Madanm mwen", "Konakri"}},
      {"Msye a di nan Gine militè yo t ap chèche l.", {}, {"nan Gine"}},
      {"Mohamed Lamine Bangoura, ki soti Konakri, te pran avyon pou Quito.", {"Bangoura"}, {"Konakri", "Quito"}},
  });
}

// A nickname in quotes between commas after a noun of a person is that
// person's; a quoted place or word after other nouns stays.
TEST(IntakeLeaksRound21Test, QuotedNicknameInApposition) {
  ExpectGoneAndKept("fr", {
      {"Le chef du groupe, « Capitaine », avait une arme.", {"Capitaine"}, {"chef du groupe", "arme"}},
      {"On est allés à la ville, « Tapachula », le soir.", {}, {"Tapachula"}},
      {"Il a dit, « Bonjour », et il est parti.", {}, {"Bonjour"}},
  });
  ExpectGoneAndKept("ht", {
      {"Chèf gwoup la, \"Kapitèn\", te gen yon zam.", {"Kapitèn"}, {"gwoup", "zam"}},
  });
  ExpectGoneAndKept("en", {
      {"The driver, \"Bulldog\", left us in Palenque.", {"Bulldog"}, {"driver", "Palenque"}},
  });
}

}  // namespace
// The indefinite cues are found sixteen bytes at a time: a cue at every
// offset from the text's start (1 to 40 bytes of padding before it) and
// one at the text's very end still work as a byte loop would.
TEST(IntakeLeaksRound21Test, IndefiniteCuesAtEveryOffset) {
  for (size_t pad = 1; pad <= 40; ++pad) {
    const std::string lead(pad, 'x');
    ExpectGoneAndKept("fr", {{lead + " un certain Sun avec nous.", {"Sun"}, {"un certain", "avec nous."}}});
    ExpectGoneAndKept("ht", {{lead + " yon s\xC3\xA8ten Min la.", {"Min"}, {"yon s\xC3\xA8ten"}}});
    ExpectGoneAndKept("es", {{lead + " un tal Song", {"Song"}, {"un tal"}}});
  }
  // Not inside a word: "total", "hospital" are no "tal".
  ExpectGoneAndKept("es", {{"Fue un total Sun y nada m\xC3\xA1s.", {}, {"total"}}});
}

}  // namespace amparo::redaction
