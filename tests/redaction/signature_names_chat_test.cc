// AddNamesSigningAMessage (signature_names.h) reads the chat senders of no
// list ("Jinet: nou rive") as names once one of them writes twice. It must
// stay linear in the lines of a chat: a long export of one group writes
// thousands of them.
#include "redaction/signature_names.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "redaction/place_gazetteer.h"

namespace amparo::redaction {
namespace {

// Each sender was compared with every other one: 80000 lines took tens of
// seconds. Every line's sender is still found.
TEST(SignatureNamesChatTest, SendersOfNoListAreLinearInTheLines) {
  constexpr size_t kLines = 80000;
  std::string text;
  for (size_t i = 0; i < kLines; ++i) text += i % 2 == 0 ? "Wislyk: nou rive\n" : "Jinetor: ok\n";
  std::vector<Finding> names;
  const auto start = std::chrono::steady_clock::now();
  AddNamesSigningAMessage(text, PlaceGazetteer::Default(), {}, &names);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 5.0);
  size_t wislyk = 0, jinetor = 0;
  for (const Finding& f : names) {
    const std::string_view w = std::string_view(text).substr(f.begin, f.end - f.begin);
    wislyk += w == "Wislyk";
    jinetor += w == "Jinetor";
  }
  EXPECT_EQ(wislyk, kLines / 2);
  EXPECT_EQ(jinetor, kLines / 2);
}

}  // namespace
}  // namespace amparo::redaction
