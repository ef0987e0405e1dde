// KeyMatcher and KnownPhoneMatcher on hand-picked cases: which key wins,
// separators, accents and case folding, boundaries, groups, phones with
// their prefixes. (key_matcher_diff_test.cc holds both to the RE2 matchers
// they replaced on random cases.)
#include "redaction/key_matcher.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "redaction/known_phone_matcher.h"

namespace amparo::redaction {
namespace {

// (key, matched text) of every match.
std::vector<std::pair<int, std::string>> Found(const KeyMatcher& m, const std::string& text) {
  std::vector<std::pair<int, std::string>> out;
  for (const KeyMatcher::Match& match : m.Scan(text)) {
    out.push_back({match.key, text.substr(match.begin, match.end - match.begin)});
  }
  return out;
}

using Found_t = std::vector<std::pair<int, std::string>>;

TEST(KeyMatcherTest, FirstAddedKeyWinsAtTheSamePlace) {
  KeyMatcher m;
  const int full = m.AddFolded(0, "juan perez");
  const int first = m.AddFolded(0, "juan");
  EXPECT_EQ(Found(m, "Juan Pérez y Juan"), (Found_t{{full, "Juan Pérez"}, {first, "Juan"}}));
  KeyMatcher reversed;
  const int alone = reversed.AddFolded(0, "juan");
  reversed.AddFolded(0, "juan perez");
  EXPECT_EQ(Found(reversed, "Juan Pérez"), (Found_t{{alone, "Juan"}}));
}

// Scan() rules keys out on their opening ASCII characters, eight bytes at
// a time, before matching them; a byte from 0x80 on, a digit or sign in
// the key, a key longer than eight or ending at the text's end must not
// be ruled out wrongly.
TEST(KeyMatcherTest, OpeningCharactersRuleOutOnlyWhatCannotMatch) {
  KeyMatcher m;
  const int kiko = m.AddFolded(0, "kiko sanchez");
  const int mejia = m.AddFolded(1, "mejia");
  const int maria = m.AddFolded(2, "maria");
  const int code = m.AddCaseCode(3, "CAI2025");
  const int mail = m.AddVerbatim(4, "Ana.B@X.org");
  const int chuy = m.AddFolded(5, "chuy");
  const int issa = m.AddFolded(6, "issa");
  // Accents and folds at any of the first eight bytes, in either case.
  EXPECT_EQ(Found(m, "\xe2\x84\xaaIKO S\xc3\x81NCHEZ, k\xc4\xb0ko, Kiko S\xc3\xa1nchez"),
            (Found_t{{kiko, "\xe2\x84\xaaIKO S\xc3\x81NCHEZ"}, {kiko, "Kiko S\xc3\xa1nchez"}}));
  EXPECT_EQ(Found(m, "MEJ\xc3\x8d" "A, Mej\xc3\xad" "a, MeJiA, Meja, M\xc3\xa9jia"),
            (Found_t{{mejia, "MEJ\xc3\x8d" "A"}, {mejia, "Mej\xc3\xad" "a"}, {mejia, "MeJiA"},
                     {mejia, "M\xc3\xa9jia"}}));
  EXPECT_EQ(Found(m, "Mar\xc3\xad" "a MARIA Marie Mari"), (Found_t{{maria, "Mar\xc3\xad" "a"}, {maria, "MARIA"}}));
  // Signs and digits match only themselves; case codes take separators.
  EXPECT_EQ(Found(m, "cai-2025 CAI 2O25 cai2025"), (Found_t{{code, "cai-2025"}, {code, "cai2025"}}));
  EXPECT_EQ(Found(m, "ana.b@x.ORG ana.b`x.org ANA.B@X.ORg"),
            (Found_t{{mail, "ana.b@x.ORG"}, {mail, "ANA.B@X.ORg"}}));
  // At the text's end, fewer than eight bytes remain.
  EXPECT_EQ(Found(m, "Chuy"), (Found_t{{chuy, "Chuy"}}));
  EXPECT_EQ(Found(m, "y Chuy"), (Found_t{{chuy, "Chuy"}}));
  EXPECT_TRUE(Found(m, "y Chu").empty());
  EXPECT_EQ(Found(m, "I\xc5\xbfSA iss\xc3\xa1 Issa"), (Found_t{{issa, "I\xc5\xbfSA"}, {issa, "iss\xc3\xa1"}, {issa, "Issa"}}));
}

// A key whose second character may come after optional separators (a case
// code, a name with an apostrophe) is tried when the text's second
// character is either: Scan() passes over the others before matching.
TEST(KeyMatcherTest, SecondCharacterAfterOptionalSeparators) {
  KeyMatcher m;
  const int code = m.AddCaseCode(0, "CAI2025");
  const int obrien = m.AddFolded(1, "o'brien");
  const int chuy = m.AddFolded(2, "chuy");
  EXPECT_EQ(Found(m, "cai2025 C-AI-2025 C_A_I_2025 C. A. I. 2025 c/a/i/2/0/2/5 C\tA\nI\r2\f025 con casa"),
            (Found_t{{code, "cai2025"}, {code, "C-AI-2025"}, {code, "C_A_I_2025"}, {code, "C. A. I. 2025"},
                     {code, "c/a/i/2/0/2/5"}, {code, "C\tA\nI\r2\f025"}}));
  EXPECT_TRUE(Found(m, "C---AI2025 C+AI2025 C\xe2\x80\x99" "AI2025 CO2025").empty());
  EXPECT_EQ(Found(m, "O'Brien O\xe2\x80\x99" "BRIEN OBrien O-Brien Obra"),
            (Found_t{{obrien, "O'Brien"}, {obrien, "O\xe2\x80\x99" "BRIEN"}, {obrien, "OBrien"}}));
  EXPECT_EQ(Found(m, "Chuy, C-huy"), (Found_t{{chuy, "Chuy"}}));
}

// The two-byte check a first letter's keys share: a key with no optional
// separator added after one with them ("oscar" after "o'brien", "cruz"
// after a case code opening with 'C') leaves the separators let through,
// and one added before them does not let them through for itself.
TEST(KeyMatcherTest, PairsOfKeysWithAndWithoutSeparatorsShareAFirstLetter) {
  KeyMatcher m;
  const int obrien = m.AddFolded(0, "o'brien");
  const int oscar = m.AddFolded(0, "oscar");
  const int code = m.AddCaseCode(1, "C2025");
  const int cruz = m.AddFolded(2, "cruz");
  EXPECT_EQ(Found(m, "O'Brien, Oscar, O\xe2\x80\x99" "Brien, O-scar, O'scar, OBrien"),
            (Found_t{{obrien, "O'Brien"}, {oscar, "Oscar"}, {obrien, "O\xe2\x80\x99" "Brien"},
                     {obrien, "OBrien"}}));
  EXPECT_EQ(Found(m, "c-2025 C.2025 Cruz C-ruz C.ruz c2025"),
            (Found_t{{code, "c-2025"}, {code, "C.2025"}, {cruz, "Cruz"}, {code, "c2025"}}));
  KeyMatcher before;
  const int ana = before.AddFolded(0, "ana");
  const int case_code = before.AddCaseCode(1, "A1");
  EXPECT_EQ(Found(before, "A-na A.1 Ana A-1"), (Found_t{{case_code, "A.1"}, {ana, "Ana"}, {case_code, "A-1"}}));
}

// Scan() looks only at the bytes that are no ASCII letter or digit, found
// 64 at a time: a key after any character outside the word class (ASCII or
// not, whole or split across two blocks of 64) is found, and none after a
// letter or an accent.
TEST(KeyMatcherTest, KeysAfterEveryBoundaryAtEveryOffset) {
  // Keys that open with few letters (the scan tests them sixteen bytes at
  // a time), and with more letters or a digit (it looks at every word).
  for (const std::vector<std::string>& others :
       {std::vector<std::string>{}, std::vector<std::string>{"yahir", "maria", "jose"},
        std::vector<std::string>{"ana", "bea", "dan", "eva", "fer", "gil", "hugo", "ines", "juan"},
        std::vector<std::string>{"7up"}}) {
    KeyMatcher m;
    const int chuy = m.AddFolded(0, "chuy");
    for (const std::string& other : others) m.AddFolded(1, other);
    const char* const kBoundaries[] = {" ", ",", "\n", "\xc2\xab", "\xc2\xbf", "\xc3\x97", "\xc3\xb7",
                                       "\xc2\xa0", "\xe2\x80\x94", "\xe2\x80\x99", "\xf0\x9f\x98\x80", "\xce\xb1"};
    const char* const kWordParts[] = {"a", "7", "\xc3\xa9", "\xc3\x91", "\xcc\x81", "\xe1\xba\xbd", "\xc4\x9f"};
    for (size_t pad = 0; pad < 140; ++pad) {
      const std::string before = std::string(pad, 'x');
      for (const char* b : kBoundaries) {
        const std::string text = before + b + "Chuy" + std::string(pad % 3, '.');
        EXPECT_EQ(Found(m, text), (Found_t{{chuy, "Chuy"}})) << pad << " " << b;
      }
      for (const char* w : kWordParts) {
        EXPECT_TRUE(Found(m, before + " " + w + "Chuy").empty()) << pad << " " << w;
      }
    }
  }
}

TEST(KeyMatcherTest, SeparatorRunsOfOneToThree) {
  KeyMatcher m;
  const int k = m.AddFolded(0, "ana maria");
  EXPECT_EQ(Found(m, "Ana-María, ana - maria, ANA’MARÍA, Ana\t\nMaria"),
            (Found_t{{k, "Ana-María"}, {k, "ana - maria"}, {k, "ANA’MARÍA"}, {k, "Ana\t\nMaria"}}));
  EXPECT_TRUE(Found(m, "Ana -- -María AnaMaria Ana_Maria").empty());
}

TEST(KeyMatcherTest, AccentsAndCaseFolding) {
  KeyMatcher m;
  const int jose = m.AddFolded(0, "jose");
  const int soren = m.AddFolded(1, "søren");
  const int kiko = m.AddFolded(2, "kiko");
  EXPECT_EQ(Found(m, "JOSÉ, Jôsë, Jøse"), (Found_t{{jose, "JOSÉ"}, {jose, "Jôsë"}, {jose, "Jøse"}}));
  // A literal ø is only ø (any case); the Kelvin sign and long s fold to k and s.
  EXPECT_EQ(Found(m, "SØREN Soren"), (Found_t{{soren, "SØREN"}}));
  EXPECT_EQ(Found(m, "\xe2\x84\xaaiko"), (Found_t{{kiko, "\xe2\x84\xaaiko"}}));
  // Vowels with other accents (ū, ō) are other letters.
  EXPECT_TRUE(Found(m, "Jōse").empty());
}

TEST(KeyMatcherTest, WordBoundariesAreTheRulesLatinClass) {
  KeyMatcher m;
  const int k = m.AddFolded(0, "juan");
  EXPECT_EQ(Found(m, "Juan"), (Found_t{{k, "Juan"}}));
  EXPECT_TRUE(Found(m, "JuanJuan Juanito éJuan Juan\xcc\x81 Juan7 ιJuan").empty());
  // Other scripts and punctuation bound a word.
  EXPECT_EQ(Found(m, "дJuan中 «Juan»"), (Found_t{{k, "Juan"}, {k, "Juan"}}));
  // Two matches may share the boundary between them.
  EXPECT_EQ(Found(m, "Juan Juan"), (Found_t{{k, "Juan"}, {k, "Juan"}}));
}

TEST(KeyMatcherTest, GroupsScanIndependently) {
  KeyMatcher m;
  const int name = m.AddFolded(0, "maria lopez");
  const int other = m.AddFolded(1, "lopez");
  EXPECT_EQ(Found(m, "María López"), (Found_t{{name, "María López"}, {other, "López"}}));
  EXPECT_EQ(m.GroupOf(name), 0);
  EXPECT_EQ(m.GroupOf(other), 1);
}

TEST(KeyMatcherTest, VerbatimAndCaseCodes) {
  KeyMatcher m;
  const int email = m.AddVerbatim(0, "ana.p@example.org");
  const int code = m.AddCaseCode(1, "CAI#20");
  EXPECT_EQ(Found(m, "ANA.P@Example.org anaxp@example.org"), (Found_t{{email, "ANA.P@Example.org"}}));
  EXPECT_EQ(Found(m, "cai-ñ 2/0, CAIÑ20, cai ñ - 20"),
            (Found_t{{code, "cai-ñ 2/0"}, {code, "CAIÑ20"}}));
}

TEST(KeyMatcherTest, KeysThatCannotBeMatched) {
  KeyMatcher m;
  EXPECT_EQ(m.AddFolded(0, ""), -1);
  EXPECT_EQ(m.AddFolded(0, " juan"), -1);
  EXPECT_EQ(m.AddVerbatim(0, "ju\xc3"), -1);  // truncated UTF-8
  EXPECT_EQ(m.group_count(), 0);
  EXPECT_TRUE(m.Scan("juan").empty());
}

TEST(KeyMatcherTest, ManySeparatorsAndNearMissesFinish) {
  // A key of many words, each separator run followed by a near miss: the
  // match is found, and its near miss fails, without blowing up.
  KeyMatcher m;
  std::string key, text;
  for (int i = 0; i < 40; ++i) {
    if (i > 0) {
      key.append(" ");
      text.append(" ’ ");
    }
    key.append("a’b");
    text.append("a’b");
  }
  const int k = m.AddFolded(0, key);
  EXPECT_EQ(Found(m, text + "x"), Found_t{});
  EXPECT_EQ(Found(m, text), (Found_t{{k, text}}));
}

std::vector<std::string> Phones(const KnownPhoneMatcher& m, const std::string& text) {
  std::vector<std::string> out;
  for (const auto& [begin, end] : m.Scan(text)) out.push_back(text.substr(begin, end - begin));
  return out;
}

TEST(KnownPhoneMatcherTest, LastEightDigitsWithPrefixesAndSeparators) {
  KnownPhoneMatcher m;
  EXPECT_FALSE(m.Add("12-34"));
  ASSERT_TRUE(m.Add("+52 (55) 1234-5678"));
  EXPECT_EQ(Phones(m, "llama al +52 1 55 1234 5678, al (55) 12.34.56.78 o al 12345678."),
            (std::vector<std::string>{"+52 1 55 1234 5678", "55) 12.34.56.78", "12345678"}));
  // Up to six digits before the known ones are taken; with seven the match
  // starts at the known ones.
  EXPECT_EQ(Phones(m, "987654 12345678"), (std::vector<std::string>{"987654 12345678"}));
  EXPECT_EQ(Phones(m, "9876543 12345678"), (std::vector<std::string>{"12345678"}));
  // Not inside a longer number, not across three separators.
  EXPECT_TRUE(Phones(m, "123456789 1234 - 5678").empty());
  // A digit before them is a prefix, not a longer number.
  EXPECT_EQ(Phones(m, "012345678"), (std::vector<std::string>{"012345678"}));
}

}  // namespace
}  // namespace amparo::redaction
