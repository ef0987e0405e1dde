// Findings of the name detector are well-formed on any input: sorted,
// non-overlapping, inside the text, on code point boundaries, and stable
// under accents, decomposed accents and upper case.
#include <gtest/gtest.h>

#include <unicode/utf8.h>

#include <memory>
#include <random>
#include <thread>
#include <string>
#include <vector>

#include "redaction/name_detector.h"
#include "tests/redaction/name_detector_fixture.h"

namespace amparo::redaction {
namespace {

bool OnCodePointBoundary(std::string_view text, size_t pos) {
  if (pos == 0 || pos == text.size()) return true;
  return !U8_IS_TRAIL(static_cast<uint8_t>(text[pos]));
}

void ExpectWellFormed(std::string_view text, const std::vector<Finding>& found) {
  size_t previous_end = 0;
  for (const Finding& f : found) {
    EXPECT_LT(f.begin, f.end);
    EXPECT_LE(f.end, text.size());
    EXPECT_GE(f.begin, previous_end) << "overlapping or unsorted findings";
    EXPECT_TRUE(OnCodePointBoundary(text, f.begin)) << f.begin;
    EXPECT_TRUE(OnCodePointBoundary(text, f.end)) << f.end;
    previous_end = f.end;
  }
}

class NameOffsetsTest : public NameDetectorFixture {};

TEST_F(NameOffsetsTest, AccentedNamesHaveExactByteSpans) {
  const std::string text = "Ayer vi a Ñuño Íñiguez Peña y a Zoé Lefèvre-Côté en Tapachula.";
  std::vector<Finding> found = detector_->Find(text, "es");
  ExpectWellFormed(text, found);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "Ñuño Íñiguez Peña");
  EXPECT_EQ(text.substr(found[1].begin, found[1].end - found[1].begin), "Zoé Lefèvre-Côté");
}

TEST_F(NameOffsetsTest, DecomposedAccentsAndUpperCaseMatchTheGazetteer) {
  // "José Hernández" written with combining accents (NFD), and in capitals.
  const std::string nfd = "Viajé con Jose\xCC\x81 Herna\xCC\x81ndez ayer.";
  std::vector<Finding> found = detector_->Find(nfd, "es");
  ExpectWellFormed(nfd, found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(nfd.substr(found[0].begin, found[0].end - found[0].begin),
            "Jose\xCC\x81 Herna\xCC\x81ndez");
  const std::string caps = "Firmaron JOSÉ HERNÁNDEZ y MARÍA LÓPEZ.";
  found = detector_->Find(caps, "es");
  ExpectWellFormed(caps, found);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(caps.substr(found[0].begin, found[0].end - found[0].begin), "JOSÉ HERNÁNDEZ");
}

TEST_F(NameOffsetsTest, EmptyAndTinyInputs) {
  EXPECT_TRUE(detector_->Find("", "es").empty());
  EXPECT_TRUE(detector_->Find(" ", "").empty());
  EXPECT_TRUE(detector_->Find(".", "fr").empty());
  ExpectWellFormed("Ana", detector_->Find("Ana", "es"));
}

TEST_F(NameOffsetsTest, RandomTextNeverBreaksTheInvariants) {
  // Words from every class the detector knows, glued by random separators.
  const std::vector<std::string> pieces = {
      "María", "de", "los", "Ángeles", "Dr.", "Sr", "Mme", "me", "llamo", "Juárez", "Ciudad",
      "O'", "Brien", "-", "Fils-Aimé", "Ñ", "é", "\xCC\x81", "42", "años", ",", ".", ":", "\n",
      "@", "#", "Hospital", "General", "LOL", "rose", "Zé", "日本", "😀", "J.", "(", ")", "\"",
      "Tapachula", "Esperanza", "del", "Barrio", "’", "Widline"};
  std::mt19937 rng(20251125);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 30);
    for (int k = 0; k < n; ++k) {
      text += pieces[rng() % pieces.size()];
      if (rng() % 3 != 0) text += (rng() % 5 == 0) ? "  " : " ";
    }
    ExpectWellFormed(text, detector_->Find(text, (round % 2) ? "es" : ""));
  }
}

TEST_F(NameOffsetsTest, InvalidUtf8DoesNotCrash) {
  const std::string text = "Me llamo \xFF\xFE Ana \xC3 L\xC3\xB3pez \xE2\x82";
  ExpectWellFormed(text, detector_->Find(text, "es"));
}

TEST_F(NameOffsetsTest, ConcurrentCallsAgree) {
  const std::string text = "Me llamo Keyla Ordóñez y viajé con Wilmer desde Choluteca.";
  const std::vector<Finding> expected = detector_->Find(text, "es");
  ASSERT_EQ(expected.size(), 2u);
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      std::string error;
      auto other = NameDetector::Create(&error);
      bool same = other != nullptr;
      for (int k = 0; k < 200 && same; ++k) {
        auto got = (k % 2 ? detector_.get() : other.get())->Find(text, "es");
        same = got.size() == expected.size() && got[0].begin == expected[0].begin &&
               got[1].end == expected[1].end;
      }
      ok[t] = same;
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_TRUE(ok[t]) << "thread " << t;
}

}  // namespace
}  // namespace amparo::redaction
