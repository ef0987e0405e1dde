// The passes that run on the whole text after the name detector
// (nicknames, lifespans, compound surnames, surname mentions) must stay
// linear in the text and in the number of findings: a testimony pasted as
// one long line, or a hostile input repeating one pattern, must not make
// them walk back or forward from every candidate over all that came before,
// nor compare every candidate with every finding. Each input here is large
// enough that a quadratic pass would take minutes; the tests check what the
// passes find, so they fail on wrong answers, and CI's time limit catches a
// pass that is slow again.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/compound_surnames.h"
#include "redaction/lifespan_names.h"
#include "redaction/nickname_names.h"
#include "redaction/place_gazetteer.h"
#include "redaction/redactor.h"
#include "redaction/subject_position_names.h"
#include "redaction/surname_mentions.h"

namespace amparo::redaction {
namespace {

std::string Repeat(std::string_view unit, size_t times) {
  std::string s;
  s.reserve(unit.size() * times);
  for (size_t i = 0; i < times; ++i) s += unit;
  return s;
}

Finding Name(size_t begin, size_t end, int group = -1) {
  Finding f;
  f.begin = begin;
  f.end = end;
  f.type = IdentifierType::kPersonName;
  f.detector = "names";
  f.confidence = 0.9f;
  f.person_group = group;
  return f;
}

// A finding over each occurrence of `word` in text.
std::vector<Finding> NamesAt(std::string_view text, std::string_view word) {
  std::vector<Finding> names;
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    names.push_back(Name(at, at + word.size(), static_cast<int>(names.size() % 1000)));
  }
  return names;
}

size_t CountCovering(const std::vector<Finding>& names, std::string_view text, std::string_view word) {
  size_t n = 0;
  for (const Finding& f : names) {
    if (text.substr(f.begin, f.end - f.begin) == word) ++n;
  }
  return n;
}

// "«x»«x»…" with no space: the bytes of « and » are no ASCII letters, yet
// the word before each « must not be read back over every quote before it.
TEST(NamePassesLinearTest, QuotesGluedIntoOneLine) {
  const size_t units = 600000;  // 3.6 MB
  const std::string text = "conocido como " + Repeat("\xC2\xAB" "Xa" "\xC2\xBB", units);
  std::vector<Finding> names;
  AddCuedNicknames(text, "es", PlaceGazetteer::Default(), &names);
  // Only the first quote follows the cue.
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(text.substr(names[0].begin, names[0].end - names[0].begin), "Xa");
}

// "Alias El Alias El …": each "El" follows a cue, and the capitalized words
// after it run to the end of the line; a nickname is a few words only.
TEST(NamePassesLinearTest, CapitalizedWordsAfterACueRunToTheEnd) {
  const size_t units = 300000;  // 2.7 MB
  const std::string text = Repeat("Alias El ", units) + "fin";
  std::vector<Finding> names;
  AddCuedNicknames(text, "es", PlaceGazetteer::Default(), &names);
  // Only the last runs have six words or fewer, and the longest of them
  // covers the others.
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(text.substr(names[0].begin), "Alias El Alias El Alias El fin");
  EXPECT_EQ(names[0].end, text.size() - 4);
  const std::string nickname = "lo llamaban El Gran Jefe y se fue. " + text;
  names.clear();
  AddCuedNicknames(nickname, "es", PlaceGazetteer::Default(), &names);
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(nickname.substr(names[0].begin, names[0].end - names[0].begin), "Gran Jefe");
}

// Many cued nicknames: each is checked against the findings once, not
// against every nickname added before it.
TEST(NamePassesLinearTest, ManyCuedNicknames) {
  const size_t units = 250000;  // 11 MB
  const std::string text = Repeat("Juan, conocido como \xC2\xAB" "el Flaco\xC2\xBB. ", units);
  std::vector<Finding> names = NamesAt(text, "Juan");
  AddCuedNicknames(text, "es", PlaceGazetteer::Default(), &names);
  EXPECT_EQ(CountCovering(names, text, "Flaco"), units);
  EXPECT_EQ(CountCovering(names, text, "Juan"), units);
}

// A nickname that a name found already covers is not added again, whether
// the covering name is the last to start before it or not, and whatever the
// order of the names found; one that no name covers is.
TEST(NamePassesLinearTest, CuedNicknameCoveredByANameFound) {
  const std::string text = "Juan Alberto, conocido como \xC2\xAB" "el Flaco\xC2\xBB, lleg\xC3\xB3.";
  const size_t flaco = text.find("Flaco");
  // "Alberto" starts last before the nickname; "Juan Alberto ... Flaco",
  // listed after it, starts earlier and covers it.
  std::vector<Finding> names = {Name(5, 12), Name(0, flaco + 5)};
  AddCuedNicknames(text, "es", PlaceGazetteer::Default(), &names);
  EXPECT_EQ(names.size(), 2u);
  names = {Name(5, 12), Name(0, 4)};
  AddCuedNicknames(text, "es", PlaceGazetteer::Default(), &names);
  ASSERT_EQ(names.size(), 3u);
  EXPECT_EQ(CountCovering(names, text, "Flaco"), 1u);
}

// Many lifespans, each after a name the detector found already.
TEST(NamePassesLinearTest, ManyLifespans) {
  const size_t units = 200000;  // 5.4 MB
  const std::string text = Repeat("Juan Pérez (1806 – 1872). ", units);
  std::vector<Finding> names = NamesAt(text, "Juan Pérez");
  AddNamesBeforeLifespans(text, PlaceGazetteer::Default(), &names);
  EXPECT_EQ(names.size(), units);  // each covered already: none added
  // Names the detector missed are added, each once.
  const std::string missed = Repeat("Anna May Wong (1905 – 1961). ", units);
  std::vector<Finding> added;
  AddNamesBeforeLifespans(missed, PlaceGazetteer::Default(), &added);
  EXPECT_EQ(CountCovering(added, missed, "Anna May Wong"), units);
}

// A lifespan after a long run of particles and capitalized words.
TEST(NamePassesLinearTest, LifespanAfterALongRun) {
  const std::string text = "Ana " + Repeat("de ", 1000000) + "Ruiz (1806 – 1872)" +
                           Repeat(". Ana de Ruiz (1806 – 1872)", 100000);
  std::vector<Finding> names;
  AddNamesBeforeLifespans(text, PlaceGazetteer::Default(), &names);
  // The long run is no name; each short one is.
  EXPECT_EQ(CountCovering(names, text, "Ana de Ruiz"), 100000u);
  EXPECT_EQ(names.size(), 100000u);
}

// A surname repeated on one line, after one full name.
TEST(NamePassesLinearTest, RepeatedSurname) {
  const size_t units = 1000000;  // 7 MB
  const std::string text = "Benito Juárez. " + Repeat("Juárez ", units);
  std::vector<Finding> names = {Name(0, std::string_view("Benito Juárez").size(), 0)};
  AddSurnameMentions(text, &names);
  // Each "Juárez" has another capitalized word right before or after it.
  EXPECT_EQ(names.size(), 1u);
  const std::string mentions = "Benito Juárez. " + Repeat("Juárez, ", units);
  names = {Name(0, std::string_view("Benito Juárez").size(), 0)};
  AddSurnameMentions(mentions, &names);
  EXPECT_EQ(names.size(), units + 1);
}

// Surnames joined by "y" many times over.
TEST(NamePassesLinearTest, ManySurnamesJoinedByY) {
  const size_t units = 500000;
  std::string text = "Ana Rivera";
  std::vector<Finding> names = {Name(0, text.size())};
  for (size_t i = 0; i < units; ++i) {
    text += " y ";
    const size_t b = text.size();
    text += "Barrientos Acosta";
    names.push_back(Name(b, text.size()));
  }
  JoinCompoundSurnames(text, &names);
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(names[0].end, text.size());
}

// The whole redactor on lines where each name sits after a dash, as the
// second half of a lifespan would ("– Pedro Gómez, 1900"), with no bracket
// anywhere: the place veto must not look for the "(" back to the start of
// the line from each name. The names stay redacted.
TEST(NamePassesLinearTest, DashesBeforeNamesOnOneLine) {
  std::string error;
  std::unique_ptr<Redactor> redactor = Redactor::Create(&error);
  ASSERT_NE(redactor, nullptr) << error;
  const size_t units = 100000;  // 2.1 MB
  for (std::string_view unit : {"\xE2\x80\x93 Pedro Gómez, 1900 ", "(Tapachula, 1931 "}) {
    const std::string text = Repeat(unit, units);
    RedactionResult out;
    ASSERT_TRUE(redactor->Redact(text, "es", KnownIdentifiers{}, RedactionOptions{}, &out, &error)) << error;
    EXPECT_EQ(out.text.find("Pedro"), std::string::npos);
    EXPECT_EQ(out.text.find("Gómez"), std::string::npos);
  }
}

// A particle right before a person found ("Abu Karim", "Big Mike"): the
// finding grows over it, once; not where another finding covers the
// particle already, and of two findings that start at the same word only
// the first grows (the second is then covered by it).
TEST(NamePassesLinearTest, ParticleBeforeANameGrowsTheFinding) {
  const std::string text = "We met Abu Karim Said there, and Big Mike too.";
  const size_t karim = text.find("Karim"), mike = text.find("Mike");
  std::vector<Finding> names = {Name(karim, karim + 10), Name(karim, karim + 5), Name(mike, mike + 4)};
  AddNamesInSubjectPositions(text, "en", PlaceGazetteer::Default(), {}, &names);
  ASSERT_EQ(names.size(), 3u);
  EXPECT_EQ(text.substr(names[0].begin, names[0].end - names[0].begin), "Abu Karim Said");
  EXPECT_EQ(text.substr(names[1].begin, names[1].end - names[1].begin), "Karim");
  EXPECT_EQ(text.substr(names[2].begin, names[2].end - names[2].begin), "Big Mike");
  // Another finding over "Big" ("and Big") leaves "Mike" as it is.
  names = {Name(mike, mike + 4)};
  const size_t big = text.find("and Big");
  AddNamesInSubjectPositions(text, "en", PlaceGazetteer::Default(), {Name(big, big + 7)}, &names);
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(text.substr(names[0].begin, names[0].end - names[0].begin), "Mike");
}

// Many names after particles on one line: each is checked against the
// findings before it once, not against every finding (100000 findings
// took 9.6 s so).
TEST(NamePassesLinearTest, ManyParticlesBeforeNames) {
  const size_t units = 100000;  // 1.8 MB
  const std::string text = Repeat("we met Abu Karim. ", units);
  std::vector<Finding> names = NamesAt(text, "Karim");
  AddNamesInSubjectPositions(text, "en", PlaceGazetteer::Default(), {}, &names);
  ASSERT_EQ(names.size(), units);
  EXPECT_EQ(CountCovering(names, text, "Abu Karim"), units);
}

}  // namespace
}  // namespace amparo::redaction
