// Redactor end to end: known names, patterns and names together; offsets;
// the report never holds an original string; bad and huge input.
#include "redaction/redactor.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

class RedactorTest : public RedactorFixture {
 protected:
  RedactionResult Redact(const std::string& text, const KnownIdentifiers& known,
                         const std::string& language = "es") {
    RedactionOptions options;
    options.pseudonym = "Yahir*";
    RedactionResult result;
    std::string error;
    EXPECT_TRUE(redactor_->Redact(text, language, known, options, &result, &error)) << error;
    CheckOffsets(text, result);
    return result;
  }

  // For every span, the original range is what was replaced and the
  // redacted range holds the replacement; the text around spans is intact.
  static void CheckOffsets(const std::string& text, const RedactionResult& r) {
    size_t orig = 0, red = 0;
    for (const RedactionSpan& s : r.report.spans) {
      ASSERT_LE(orig, s.original_begin);
      ASSERT_LT(s.original_begin, s.original_end);
      ASSERT_EQ(s.original_begin - orig, s.redacted_begin - red);
      EXPECT_EQ(text.substr(orig, s.original_begin - orig), r.text.substr(red, s.redacted_begin - red));
      EXPECT_EQ(r.text.substr(s.redacted_begin, s.redacted_end - s.redacted_begin), s.replacement);
      orig = s.original_end;
      red = s.redacted_end;
    }
    EXPECT_EQ(text.substr(orig), r.text.substr(red));
  }
};

KnownIdentifiers Family() {
  KnownIdentifiers k;
  k.survivor_names = {"Yahir Mejía"};
  k.other_names = {"María Mejía", "Jesús Ramírez"};
  k.phones = {"+504 9876 5432"};
  k.case_codes = {"CAI-2025-0110"};
  return k;
}

TEST_F(RedactorTest, TestimonyEndToEnd) {
  const std::string text =
      "Me llamo Yahir Mejia. Mi mamá María y mi tío Chuy Ramírez se quedaron en San Pedro Sula. "
      "Salimos de Honduras y llegamos a Tapachula, luego a Palenque. Mi número era +504 9876-5432 "
      "y mi correo yahir.m@gmail.com. Tenía 42 años. Jesús me llamó desde el 55 1234 5678.";
  RedactionResult r = Redact(text, Family());
  EXPECT_EQ(r.text.find("Yahir Mejia"), std::string::npos);
  EXPECT_NE(r.text.find("Me llamo Yahir*."), std::string::npos) << r.text;
  EXPECT_EQ(r.text.find("María"), std::string::npos);
  EXPECT_EQ(r.text.find("Chuy"), std::string::npos);
  EXPECT_EQ(r.text.find("Jesús"), std::string::npos);
  EXPECT_EQ(r.text.find("9876"), std::string::npos);
  EXPECT_EQ(r.text.find("gmail"), std::string::npos);
  EXPECT_EQ(r.text.find("1234"), std::string::npos);
  for (const char* place : {"San Pedro Sula", "Honduras", "Tapachula", "Palenque"}) {
    EXPECT_NE(r.text.find(place), std::string::npos) << place << " lost: " << r.text;
  }
  EXPECT_NE(r.text.find("unos 40 años"), std::string::npos) << r.text;
  // Chuy Ramírez and Jesús are one person.
  size_t a = r.text.find("tío [PERSON-");
  size_t b = r.text.find("] me llamó");
  ASSERT_NE(a, std::string::npos) << r.text;
  ASSERT_NE(b, std::string::npos) << r.text;
  EXPECT_EQ(r.text.substr(a + 5, 9), r.text.substr(b - 8, 9).insert(0, "[").substr(0, 9)) << r.text;
}

TEST_F(RedactorTest, ReportNeverHoldsOriginals) {
  const std::string text = "Soy Yahir Mejía, tel +504 9876 5432, CURP PEGJ850101HDFRRN08, yahir@x.org.";
  RedactionResult r = Redact(text, Family());
  ASSERT_GE(r.report.spans.size(), 4u);
  for (const RedactionSpan& s : r.report.spans) {
    std::string original = text.substr(s.original_begin, s.original_end - s.original_begin);
    EXPECT_EQ(s.replacement.find(original), std::string::npos);
    EXPECT_EQ(s.detector.find(original), std::string::npos);
    EXPECT_EQ(r.text.find(original), std::string::npos) << original;
  }
}

TEST_F(RedactorTest, RenderFromEditedFindings) {
  const std::string text = "y soy Yahir Mejía y vivo en Calle Reforma 23.";
  RedactionResult first = Redact(text, Family());
  // A reviewer removes the address redaction and adds one over "vivo".
  std::vector<Finding> edited;
  for (const RedactionSpan& s : first.report.spans) {
    if (s.type == IdentifierType::kAddress) continue;
    Finding f;
    f.begin = s.original_begin;
    f.end = s.original_end;
    f.type = s.type;
    f.detector = "review";
    edited.push_back(f);
  }
  Finding added;
  added.begin = text.find("vivo");
  added.end = added.begin + 4;
  added.type = IdentifierType::kOther;
  added.detector = "review";
  edited.push_back(added);
  RedactionOptions options;
  options.pseudonym = "Yahir*";
  RedactionResult r;
  std::string error;
  ASSERT_TRUE(redactor_->Render(text, edited, options, &r, &error)) << error;
  EXPECT_EQ(r.text, "y soy Yahir* y [REDACTED] en Calle Reforma 23.");
  CheckOffsets(text, r);
}

TEST_F(RedactorTest, InvalidUtf8IsRejectedWithOffset) {
  std::string text = "Hola Martín ";  // 13 bytes
  text += "\xC3\x28 adiós";          // bad continuation byte
  RedactionResult r;
  r.text = "untouched";
  std::string error;
  EXPECT_FALSE(redactor_->Redact(text, "es", KnownIdentifiers{}, RedactionOptions{}, &r, &error));
  EXPECT_NE(error.find("invalid UTF-8 at byte 13"), std::string::npos) << error;
  EXPECT_EQ(r.text, "untouched");
  for (const std::string& bad : {std::string("\xED\xA0\x80"), std::string("\xC0\xAF"),
                                 std::string("abc\xF4\x90\x80\x80"), std::string("\xE2\x82")}) {
    EXPECT_FALSE(redactor_->Redact(bad, "es", KnownIdentifiers{}, RedactionOptions{}, &r, &error));
    EXPECT_NE(error.find("invalid UTF-8"), std::string::npos);
  }
  EXPECT_FALSE(redactor_->Render(text, {}, RedactionOptions{}, &r, &error));
  KnownIdentifiers bad_known;
  bad_known.other_names = {"Mar\xED" "a"};  // Latin-1, not UTF-8
  EXPECT_FALSE(redactor_->Redact("Hola", "es", bad_known, RedactionOptions{}, &r, &error));
  EXPECT_NE(error.find("known identifier"), std::string::npos) << error;
}

TEST_F(RedactorTest, HugeSingleLineFinishesAndRedacts) {
  // 10 MB without a newline, with phone numbers planted through it.
  const std::string chunk = "y entonces caminamos mucho por el monte sin agua ni comida durante días ";
  std::string text;
  text.reserve((10u << 20) + 1024);
  size_t planted = 0;
  for (size_t i = 0; text.size() < (10u << 20); ++i) {
    text += chunk;
    if (i % 37 == 0) {
      text += "llámame al 55 1234 5678 ";
      ++planted;
    }
  }
  RedactionResult r = Redact(text, KnownIdentifiers{});
  EXPECT_EQ(r.text.find("1234 5678"), std::string::npos);
  size_t phones = 0;
  for (const auto& s : r.report.spans) phones += s.type == IdentifierType::kPhone;
  EXPECT_EQ(phones, planted);
}

std::string Repeat(const std::string& unit, size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  return s;
}

TEST_F(RedactorTest, AdversarialRepetitionsFinish) {
  // Long runs of what almost matches, the inputs that make backtracking
  // engines explode. Each must finish; a generous bound guards against a
  // quadratic regression.
  const size_t n = 1 << 20;
  const std::vector<std::string> inputs = {
      std::string(n, '1'),    Repeat("1 ", n),      Repeat("a.", n) + "@", Repeat("Calle ", n),
      Repeat("de la ", n),    std::string(n, '@'),  Repeat("12/", n),      Repeat("ab:", n),
      Repeat("Ññ", n),        Repeat("x@y.z", n),   Repeat("Mejía ", n),   Repeat("+5", n),
      Repeat("el 12 de ", n), Repeat("www.a", n),   Repeat("A1", n),       Repeat("tenía ", n),
      // One run of name words joined by particles (a name's run grew in
      // quadratic time), and type words joined by a dash.
      Repeat("Cyrano de ", n), Repeat("Street\u2014", n)};
  for (const std::string& text : inputs) {
    auto start = std::chrono::steady_clock::now();
    RedactionResult r = Redact(text, Family());
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 60.0) << text.substr(0, 20);
  }
  // A long digit run is redacted, not passed through.
  RedactionResult digits = Redact(std::string(1000, '7'), KnownIdentifiers{});
  EXPECT_EQ(digits.text.find("7777777"), std::string::npos) << digits.text.substr(0, 80);
}

TEST_F(RedactorTest, AGivenNameThatIsATownAfterAKinWordIsRemoved) {
  // Guadalupe is a town too; the kin word says it is the wife here, and
  // Tapachula stays a place.
  const std::string text = "Mi esposa Guadalupe se quedó en Tapachula.";
  RedactionResult r = Redact(text, KnownIdentifiers{});
  EXPECT_EQ(r.text.find("Guadalupe"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("Tapachula"), std::string::npos) << r.text;
}

TEST_F(RedactorTest, AGivenNameThatIsATownAfterTalkedToIsRemoved) {
  const std::string text = "I talked to Maurice, then we drove to Florence.";
  RedactionResult r = Redact(text, KnownIdentifiers{}, "en");
  EXPECT_EQ(r.text.find("Maurice"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("Florence"), std::string::npos) << r.text;
}

TEST_F(RedactorTest, EmptyAndPlainTextPassThrough) {
  EXPECT_EQ(Redact("", KnownIdentifiers{}).text, "");
  const std::string plain = "llegamos a Tapachula en marzo de 2019 y luego a Palenque.";
  RedactionResult r = Redact(plain, KnownIdentifiers{});
  EXPECT_EQ(r.text, plain);
  EXPECT_TRUE(r.report.spans.empty());
}

}  // namespace
}  // namespace amparo::redaction

namespace amparo::redaction {
namespace {

// One RedactionResult used for call after call (its buffers are reused)
// holds what a fresh one holds; so does a redacted text rendered again into
// its own result (the text being read lies in the buffer being written).
TEST_F(RedactorTest, ReusedResultHoldsWhatAFreshOneHolds) {
  const std::string first =
      "Me llamo Yahir Mejía, mi teléfono es +504 9876-5432 y tenía 15 años.";
  const std::string second = "Jesús Ramírez vive en la Calle Hidalgo 23, Col. Centro.";
  RedactionOptions options;
  options.pseudonym = "Yahir*";
  RedactionResult reused;
  std::string error;
  for (const std::string* text : {&first, &second, &first}) {
    ASSERT_TRUE(redactor_->Redact(*text, "es", Family(), options, &reused, &error)) << error;
    const RedactionResult fresh = Redact(*text, Family());
    EXPECT_EQ(reused.text, fresh.text);
    ASSERT_EQ(reused.report.spans.size(), fresh.report.spans.size());
    for (size_t i = 0; i < fresh.report.spans.size(); ++i) {
      EXPECT_EQ(reused.report.spans[i].original_begin, fresh.report.spans[i].original_begin);
      EXPECT_EQ(reused.report.spans[i].redacted_end, fresh.report.spans[i].redacted_end);
      EXPECT_EQ(reused.report.spans[i].replacement, fresh.report.spans[i].replacement);
    }
  }
  // Render the redacted text again, into the result that holds it: the
  // placeholder "[PHONE]" is redacted once more as an explicit finding.
  const size_t at = reused.text.find("[PHONE]");
  ASSERT_NE(at, std::string::npos);
  Finding f;
  f.begin = at;
  f.end = at + 7;
  f.type = IdentifierType::kPhone;
  const std::string before = reused.text;
  RedactionResult apart;
  ASSERT_TRUE(redactor_->Render(before, {f}, options, &apart, &error)) << error;
  ASSERT_TRUE(redactor_->Render(reused.text, {f}, options, &reused, &error)) << error;
  EXPECT_EQ(reused.text, apart.text);
  EXPECT_EQ(reused.text, before);  // "[PHONE]" stands for itself
  ASSERT_EQ(reused.report.spans.size(), 1u);
  EXPECT_EQ(reused.report.spans[0].original_begin, at);
}

}  // namespace
}  // namespace amparo::redaction
