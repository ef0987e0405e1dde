// The given names reached by a debt, a gift or words (owed_names.h), read
// at every offset: the cue's bytes before the capital are tested sixteen
// places at a time, and a name must be found wherever the block edges
// fall, the text's start and end included.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "redaction/finding.h"
#include "redaction/owed_names.h"

namespace amparo::redaction {
namespace {

// The spans AddGivenNamesOwedOrTold adds to `text`, no other finding given.
std::vector<std::string> OwedNames(const std::string& text) {
  std::vector<Finding> names;
  AddGivenNamesOwedOrTold(text, {}, &names);
  std::vector<std::string> out;
  for (const Finding& f : names) out.push_back(text.substr(f.begin, f.end - f.begin));
  return out;
}

TEST(OwedNamesRound19, FoundAtEveryOffsetAndBeforeTheEnd) {
  const std::vector<std::pair<std::string, std::string>> sentences = {
      {"Le presté dinero a ", "Florencia"},
      {"Le presté dinero a ", "\xC3\x81lvaro"},  // "Álvaro": a Latin-1 capital
      {"Je dois de l'argent \xC3\xA0 ", "Mercedes"},  // "à"
      {"Je dois de l'argent \xC3\xA0 ", "\xC3\x89milie"},  // "à Émilie"
      {"I owe money to ", "Mercedes"},
  };
  for (const auto& [cue, name] : sentences) {
    for (size_t pad = 0; pad < 40; ++pad) {
      for (const std::string end : {"", ".", " depuis longtemps, et puis rien de plus."}) {
        const std::string text = std::string(pad, 'x') + (pad > 0 ? ". " : "") + cue + name + end;
        EXPECT_EQ(OwedNames(text), std::vector<std::string>{name}) << text;
      }
    }
  }
}

TEST(OwedNamesRound19, OtherCuesAndBlanksAddNothing) {
  for (const std::string text :
       {"Le presté dinero de Florencia", "Le presté dinero\na Florencia",
        "Le presté dinero ya Florencia", "I owe money into Mercedes", "I owe money to\tMercedes",
        "Le presté dinero a FLORENCIA", "Le presté dinero a florencia"}) {
    for (size_t pad = 0; pad < 20; ++pad) {
      const std::string padded = std::string(pad, 'x') + (pad > 0 ? ". " : "") + text;
      EXPECT_TRUE(OwedNames(padded).empty()) << padded;
    }
  }
}

}  // namespace
}  // namespace amparo::redaction
