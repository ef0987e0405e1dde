// News wire text: officials named after their post, scorers with the minute
// of their goal, cricket dismissals, line-ups and tables of players parted by
// ';' or dashes; the day of a wire dateline. Each test holds a case that the
// redactor got wrong before these rules; the others guard against a rule
// reaching too far.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

struct Case {
  const char* text;
  const char* language;
  std::vector<const char*> gone;
  std::vector<const char*> kept;
};

void Expect(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const std::string out = RedactedText(c.text, c.language);
    for (const char* word : c.gone) {
      EXPECT_EQ(out.find(word), std::string::npos) << word << " kept in: " << out;
    }
    for (const char* word : c.kept) {
      EXPECT_NE(out.find(word), std::string::npos) << word << " lost in: " << out;
    }
  }
}

TEST(NamesNewsWireTest, AHolderNamedAfterThePostIsAPerson) {
  Expect({
      {"El entrenador del Atlético de Madrid, Radomir Antic, dijo que su equipo mereció ganar.",
       "es", {"Radomir", "Antic"}, {"Madrid"}},
      {"European Commission spokesman Nikolaus van der Pas said the ban would remain.", "en",
       {"Nikolaus", "Pas"}, {}},
      // A list of departments after the post is no person.
      {"El ministro de Agricultura, Pesca y Alimentación viajó a Bruselas.", "es", {},
       {"Pesca", "Alimentación", "Bruselas"}},
  });
}

TEST(NamesNewsWireTest, AScorerBeforeOrAfterTheMinuteOfHisGoalIsAPerson) {
  Expect({
      {"Goles: 1-0, min. 23: Kiko. 2-1, min. 88: Morientes.", "es", {"Kiko", "Morientes"}, {}},
      {"Les buts : Zidane (35e) pour la France ; Shevchenko (60e) pour l'Ukraine.", "fr",
       {"Zidane", "Shevchenko"}, {"France", "Ukraine"}},
  });
}

TEST(NamesNewsWireTest, CricketDismissalsNamePlayers) {
  Expect({
      {"Pakistan second innings : Saeed Anwar c Croft b Such 4 , Ijaz Ahmed b Mullally 22 .", "en",
       {"Croft", "Such", "Mullally"}, {"Pakistan"}},
  });
}

TEST(NamesNewsWireTest, LineUpsAndTablesPartedBySemicolonsOrDashes) {
  Expect({
      {"L'équipe de France : Barthez – Thuram, Blanc, Desailly – Petit, Zidane.", "fr",
       {"Barthez", "Thuram", "Desailly"}, {"France"}},
      {"Máximos goleadores: Ronaldo (Barcelona) 25 goles; Pizzi (Barcelona) 16; Alfonso (Betis) 14; "
       "Vieri (Atlético) 13.",
       "es", {"Pizzi", "Vieri"}, {}},
  });
}

TEST(NamesNewsWireTest, ADatelinesDayIsGeneralizedToItsMonth) {
  EXPECT_EQ(RedactedText("MADRID, 23 may (EFE).- El Gobierno no subirá los impuestos.", "es"),
            "MADRID, mayo (EFE).- El Gobierno no subirá los impuestos.");
  EXPECT_EQ(RedactedText("LIMA, 15 abr.- El Congreso votó la ley.", "es").find("15"), std::string::npos);
  EXPECT_EQ(RedactedText("BRUXELLES, 14 mars (AFP) – La Commission a voté.", "fr"),
            "BRUXELLES, mars (AFP) – La Commission a voté.");
  // A number before a month-like word with no agency or dash after it stays.
  EXPECT_EQ(RedactedText("Vendimos 3 mar y tierra.", "es"), "Vendimos 3 mar y tierra.");
}

TEST(NamesNewsWireTest, ASurnameThatIsAWordIsThePersonAtItsLaterMentions) {
  Expect({
      {"El secretario general del PSOE, Joaquín Almunia, criticó en Valencia la política económica "
       "del Ejecutivo. \"Los datos del paro no mejoran\", señaló Almunia.",
       "es", {"Almunia"}, {}},
  });
}

TEST(NamesNewsWireTest, AHeadlineInCapitalsNamesThePersonOfTheStory) {
  Expect({
      {"TENNIS - GRAF BEATS SELES IN FINAL .\nSteffi Graf beat Monica Seles 6-3 6-4 on Sunday .", "en",
       {"GRAF"}, {"TENNIS", "FINAL"}},
      {"CLINTON SIGNS WELFARE BILL\nWASHINGTON 1996-08-22\nPresident Bill Clinton signed the bill on "
       "Thursday . Hillary Clinton was there .",
       "en", {"CLINTON"}, {"WASHINGTON"}},
      // Short words in capitals stay ("PIO" is no "Pío").
      {"EL PIO DEL AÑO\nEl padre Pío Ramírez habló.", "es", {"Ramírez"}, {"PIO"}},
  });
}

TEST(NamesNewsWireTest, AnEnglishInitialBeforeASurnameIsPartOfTheName) {
  Expect({
      {"England first innings\nM. Atherton c Inzamam b Wasim Akram 31", "en", {"M.", "Atherton"}, {}},
      {"We've been ragging on poor M. Night for weeks now.", "en", {"Night"}, {}},
  });
}

TEST(NamesNewsWireTest, ATeamAfterACountryAndASlashIsNoPerson) {
  Expect({
      {"1. Miguel Induráin (España/Banesto) 4h 32:11; 2. Tony Rominger (Suiza/Mapei) a 12 segundos.",
       "es", {"Induráin", "Rominger"}, {"Banesto", "Mapei", "España"}},
      {"3. Marco Pantani (ITA/Mercatone Uno) m.t.", "fr", {"Pantani"}, {"Mercatone"}},
      // Two names of one person stay redacted.
      {"Mi hermano (Juan/Juanito) se quedó en Tapachula.", "es", {"Juanito"}, {"Tapachula"}},
  });
}

TEST(NamesNewsWireTest, ASurnameThatIsAWordAfterASpeechVerbOrBeforeAMinuteIsAPerson) {
  Expect({
      {"\" No habrá subida \" , dijo Rato , quien añadió que el Gobierno cumplirá .", "es", {"Rato"},
       {"Gobierno"}},
      {"Scorers : Shearer ( 8th ) , Ferdinand ( 30th , 67th penalty )", "en", {"Shearer", "Ferdinand"},
       {}},
      // A month or a place after the verb stays.
      {"The talks will resume, said Monday's statement from Madrid.", "en", {}, {"Monday", "Madrid"}},
  });
}

TEST(NamesNewsWireTest, TheTwoSidesOfAMatchResultAreTeams) {
  Expect({
      {"SOCCER - ENGLISH LEAGUE RESULTS .\nBarnsley 2 Wolves 0\nArsenal 2 Chelsea 1\n", "en", {},
       {"Barnsley", "Wolves", "Chelsea"}},
      // Not a name and a number in a sentence.
      {"Vi a Chelsea 2 veces en Tijuana.", "es", {"Chelsea"}, {"Tijuana"}},
  });
}

TEST(NamesNewsWireTest, APlayerWhoWonAndAWeekdayAfterMissStay) {
  Expect({
      {"Sampras beat Agassi 6-4 6-3 in the semifinal , while Chang lost to Ivanisevic .", "en",
       {"Ivanisevic", "Sampras"}, {}},
      {"SOCCER - SHEARER NOT FIT FOR ENGLAND GAME .\nEngland striker Alan Shearer will miss Sunday 's "
       "World Cup qualifier , coach Glenn Hoddle said .",
       "en", {"SHEARER", "Hoddle"}, {"Sunday", "ENGLAND"}},
      // A town after "lost to" stays.
      {"The Lakers lost to Boston on Friday .", "en", {}, {"Boston"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
