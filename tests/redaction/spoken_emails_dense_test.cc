// Spoken e-mails where their separator words come thick ("at dot at dot",
// "juan arroba juan arroba"): the regex reads each stretch of text around
// the separators once, not a window per separator (a 10 MB line of "at dot"
// took 39 s). And an "at" that opens no address does not hide the address
// right after it ("we went at juan at gmail dot com").
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "redaction/spoken_identifiers.h"

namespace amparo::redaction {
namespace {

std::string Repeat(std::string_view unit, size_t times) {
  std::string s;
  s.reserve(unit.size() * times);
  for (size_t i = 0; i < times; ++i) s += unit;
  return s;
}

std::vector<std::string> Emails(const std::string& text) {
  std::vector<Finding> findings;
  AddSpokenEmails(text, &findings);
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(text.substr(f.begin, f.end - f.begin));
  return out;
}

TEST(SpokenEmailsDenseTest, AnAtThatOpensNoAddressHidesNoneAfterIt) {
  EXPECT_EQ(Emails("we went at juan at gmail dot com"), std::vector<std::string>{"juan at gmail dot com"});
  EXPECT_EQ(Emails("juan arroba gmail punto com y maria arroba hotmail punto com"),
            (std::vector<std::string>{"juan arroba gmail punto com", "maria arroba hotmail punto com"}));
}

TEST(SpokenEmailsDenseTest, SeparatorsOneAfterAnother) {
  const size_t units = 200000;  // 2.8 MB
  const std::string dots = Repeat("at dot ", units) + "so ana dot ruiz at gmail dot com";
  EXPECT_EQ(Emails(dots), std::vector<std::string>{"ana dot ruiz at gmail dot com"});
  const std::string arrobas = Repeat("juan arroba ", units) + "gmail punto com";
  const std::vector<std::string> found = Emails(arrobas);
  // Each address of two words around one "arroba" is found; no word is left
  // between them but the "arroba" that joins two of them.
  ASSERT_EQ(found.size(), units / 2);
  EXPECT_EQ(found.front(), "juan arroba juan");
}

}  // namespace
}  // namespace amparo::redaction
