// AddNamesInSubjectPositions looks for its cue words (a Spanish pronoun, a
// French auxiliary, an English object) sixteen bytes at a time in a loop
// written once per language. For each language, the name is found with
// its cue at every offset of the text (a block's first and last bytes, the
// text's start and end, after a line break), and a cue of another language
// finds nothing.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "redaction/finding.h"
#include "redaction/place_gazetteer.h"
#include "redaction/subject_position_names.h"

namespace amparo::redaction {
namespace {

// The spans the pass adds to no finding, as text.
std::vector<std::string> Added(const std::string& text, const char* language) {
  std::vector<Finding> names;
  AddNamesInSubjectPositions(text, language, PlaceGazetteer::Default(), {}, &names);
  std::vector<std::string> out;
  for (const Finding& f : names) out.push_back(text.substr(f.begin, f.end - f.begin));
  return out;
}

struct Case {
  const char* language;
  const char* sentence;
  const char* name;
};

const Case kCases[] = {
    {"es", "Me golpe\xC3\xB3 Zelle en la calle.", "Zelle"},
    {"es", "Zelle nos llev\xC3\xB3 al r\xC3\xADo.", "Zelle"},
    {"fr", "Nous a frapp\xC3\xA9s Gucci sur la route.", "Gucci"},
    {"en", "Vojtech beat us at the border.", "Vojtech"},
};

TEST(SubjectPositionsRound20, NameFoundWithItsCueAtEveryOffset) {
  for (const Case& c : kCases) {
    for (size_t at = 0; at <= 40; ++at) {
      // After spaces; after a sentence's end; after a line break; at the
      // text's end (no byte after the sentence).
      for (const std::string& before : {std::string(at, ' '), std::string(at, 'x') + ". ",
                                        std::string(at, 'x') + ".\n"}) {
        const std::string text = before + c.sentence + " Luego llegamos.";
        EXPECT_EQ(Added(text, c.language), std::vector<std::string>{c.name}) << c.language << ": " << text;
        const std::string at_end = before + c.sentence;
        EXPECT_EQ(Added(at_end, c.language), std::vector<std::string>{c.name}) << c.language << ": " << at_end;
      }
    }
  }
}

TEST(SubjectPositionsRound20, CueOfAnotherLanguageFindsNothing) {
  for (size_t at = 0; at <= 20; ++at) {
    const std::string pad(at, ' ');
    EXPECT_TRUE(Added(pad + "Me golpe\xC3\xB3 Zelle en la calle.", "en").empty());
    EXPECT_TRUE(Added(pad + "Vojtech beat us at the border.", "es").empty());
    EXPECT_TRUE(Added(pad + "Nous a frapp\xC3\xA9s Gucci sur la route.", "es").empty());
  }
}

}  // namespace
}  // namespace amparo::redaction
