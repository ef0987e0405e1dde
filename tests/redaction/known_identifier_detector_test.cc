// KnownIdentifierDetector: every way a person would write a listed name or
// phone is found; places and ordinary words that share a name survive.
#include "redaction/known_identifier_detector.h"

#include <gtest/gtest.h>

#include <string>

#include "redaction/place_gazetteer.h"

namespace amparo::redaction {
namespace {

std::vector<std::string> Matches(const KnownIdentifiers& known, const std::string& text,
                                 IdentifierType type) {
  std::string error;
  auto detector = KnownIdentifierDetector::Create(known, &PlaceGazetteer::Default(), &error);
  EXPECT_NE(detector, nullptr) << error;
  std::vector<std::string> out;
  if (!detector) return out;
  for (const Finding& f : detector->Find(text)) {
    if (f.type == type) out.push_back(text.substr(f.begin, f.end - f.begin));
  }
  return out;
}

KnownIdentifiers Survivor(std::string name) {
  KnownIdentifiers k;
  k.survivor_names.push_back(std::move(name));
  return k;
}

TEST(RedactionKnownTest, NameVariants) {
  KnownIdentifiers k = Survivor("Martín José Pérez López");
  const std::string text =
      "MARTIN llegó. martín y Pérez. Perez López. de Martín, Martin's bag. José Pérez. "
      "Pepe lo vio. Pepito también. Martinito no.";
  auto m = Matches(k, text, IdentifierType::kSurvivorName);
  std::vector<std::string> expected = {"MARTIN", "martín", "Pérez", "Perez López", "Martín",
                                       "Martin", "José Pérez", "Pepe", "Pepito", "Martinito"};
  EXPECT_EQ(m, expected);
}

TEST(RedactionKnownTest, DiminutivesBothWays) {
  KnownIdentifiers k;
  k.other_names = {"Jesús Ramírez", "Lupita", "Francisco", "Guillermo"};
  auto m = Matches(k, "Chuy y Chucho, Guadalupe, Paco, Pancho, Memo, jesus", IdentifierType::kPersonName);
  std::vector<std::string> expected = {"Chuy", "Chucho", "Guadalupe", "Paco", "Pancho", "Memo", "jesus"};
  EXPECT_EQ(m, expected);
}

TEST(RedactionKnownTest, GroupsAndSurvivorPriority) {
  KnownIdentifiers k;
  k.survivor_names = {"Yahir Mejía"};
  k.other_names = {"María Mejía", "Pedro Soto"};
  std::string error;
  auto d = KnownIdentifierDetector::Create(k, nullptr, &error);
  ASSERT_NE(d, nullptr) << error;
  std::string text = "María y Pedro Soto; luego Soto y Mejía.";
  auto f = d->Find(text);
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[0].type, IdentifierType::kPersonName);
  EXPECT_EQ(f[1].person_group, f[2].person_group);  // Pedro Soto ... Soto
  EXPECT_NE(f[0].person_group, f[1].person_group);
  EXPECT_EQ(f[3].type, IdentifierType::kSurvivorName);  // shared surname -> survivor
}

TEST(RedactionKnownTest, PlacesAndWordsSurvive) {
  KnownIdentifiers k;
  k.other_names = {"Rosa León Paz"};
  const std::string text = "León llegó; fuimos a León; la paz del lugar; Paz lloró; una rosa.";
  auto m = Matches(k, text, IdentifierType::kPersonName);
  std::vector<std::string> expected = {"León", "Paz"};
  EXPECT_EQ(m, expected);
}

TEST(RedactionKnownTest, NoMatchInsideWords) {
  auto m = Matches(Survivor("Ana Gil"), "Anabel, banana, Gilda, ana.", IdentifierType::kSurvivorName);
  std::vector<std::string> expected = {"ana"};
  EXPECT_EQ(m, expected);
}

TEST(RedactionKnownTest, PhonesAnySeparatorOrCountryCode) {
  KnownIdentifiers k;
  k.phones = {"+504 9876 5432", "55-1234-5678"};
  auto m = Matches(k, "llama al 98765432, al +504 9876-5432, al (55) 1234 5678 o 5512345678; no 98765431",
                   IdentifierType::kPhone);
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0], "98765432");
  EXPECT_EQ(m[1], "+504 9876-5432");
  EXPECT_NE(m[2].find("1234 5678"), std::string::npos);
  EXPECT_EQ(m[3], "5512345678");
}

TEST(RedactionKnownTest, CaseCodesEmailsOthers) {
  KnownIdentifiers k;
  k.case_codes = {"CAI-2025-0110"};
  k.emails = {"yahir.m@example.org"};
  k.other = {"San Juan Cotzal"};
  std::string error;
  auto d = KnownIdentifierDetector::Create(k, nullptr, &error);
  ASSERT_NE(d, nullptr) << error;
  std::string text = "caso cai 2025 0110, mail YAHIR.M@example.org, de san juan cotzal.";
  auto f = d->Find(text);
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(text.substr(f[0].begin, f[0].end - f[0].begin), "cai 2025 0110");
  EXPECT_EQ(f[1].type, IdentifierType::kEmail);
  EXPECT_EQ(f[2].type, IdentifierType::kOther);
}

TEST(RedactionKnownTest, NonAsciiPunctuationIsADelimiter) {
  auto m = Matches(Survivor("María"), "¿María? «María» —María— “María” María… ¡MARÍA!", IdentifierType::kSurvivorName);
  EXPECT_EQ(m.size(), 6u);
  // Accented letters are letters: no match inside "Marías".
  EXPECT_TRUE(Matches(Survivor("María"), "las Marías y Mariana", IdentifierType::kSurvivorName).empty());
}

TEST(RedactionKnownTest, RegexMetacharactersInNamesAreLiteral) {
  auto m = Matches(Survivor("J. (Jota)* O'Brien"), "vi a O'Brien y a OBrien y a Jota", IdentifierType::kSurvivorName);
  EXPECT_FALSE(m.empty());
}

TEST(RedactionKnownTest, TypographicAndStraightApostrophesAlike) {
  // Word processors turn ' into ’: each form of the name is found whichever
  // one intake typed ("O" alone is a particle, so "Brien" is the surname).
  const std::string text = "O’Brien, O'Brien, Juan’s, d’Anne, Juan O’Brien y O Brien.";
  const std::vector<std::string> expected = {"Brien", "Brien", "Juan", "Anne",
                                             "Juan O’Brien", "Brien"};
  EXPECT_EQ(Matches(Survivor("Juan O'Brien, Anne"), text, IdentifierType::kSurvivorName), expected);
  EXPECT_EQ(Matches(Survivor("Juan O’Brien, Anne"), text, IdentifierType::kSurvivorName), expected);
}

}  // namespace
}  // namespace amparo::redaction
