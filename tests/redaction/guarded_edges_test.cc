// The redactor reads no byte outside the text it is given. Each text here is
// copied into a heap buffer of exactly its size and passed as a string_view
// (no terminating NUL), so a read one byte before its start or at its end is
// a heap overflow that AddressSanitizer (or valgrind) reports. The texts put
// the shapes whose scans walk backwards or forwards at the very edges: a unit
// after nothing but blanks ("  Apt. 5") and a name followed by one last space
// ("... Mont Blanc ").
#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "redaction/redactor.h"

namespace amparo::redaction {
namespace {

std::string RedactExactBuffer(const std::string& text, const std::string& language) {
  std::string error;
  static const Redactor* const redactor = Redactor::Create(&error).release();
  std::unique_ptr<char[]> exact(new char[text.size()]);
  std::memcpy(exact.get(), text.data(), text.size());
  RedactionResult result;
  EXPECT_TRUE(redactor->Redact(std::string_view(exact.get(), text.size()), language, KnownIdentifiers{},
                               RedactionOptions{}, &result, &error))
      << error;
  return result.text;
}

TEST(GuardedEdgesTest, UnitAfterOnlyBlanksAtTheStart) {
  for (const std::string text : {" Apt. 5", "  Apt. 5, Oak Lane", "\tFlat 3", " Unit 12B"}) {
    const std::string out = RedactExactBuffer(text, "en");
    EXPECT_EQ(out.find_first_of("0123456789"), std::string::npos) << text << " -> " << out;
  }
}

TEST(GuardedEdgesTest, NameBeforeOneLastSpace) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"en", "We saw Mount Rainier "}, {"en", "He was beaten by Brayan Okafor "},
      {"fr", "Nous avons vu Pierre Kaboré "}, {"es", "Nos llevó Yefri Ramírez "},
      {"en", "We crossed the Rio Bravo "}, {"en", "Lake Chapala "}};
  for (const auto& [language, text] : cases) {
    const std::string out = RedactExactBuffer(text, language);
    EXPECT_FALSE(out.empty()) << text;
  }
  EXPECT_EQ(RedactExactBuffer("He was beaten by Brayan Okafor ", "en").find("Okafor"), std::string::npos);
}

}  // namespace
}  // namespace amparo::redaction
