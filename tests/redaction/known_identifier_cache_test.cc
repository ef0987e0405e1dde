// The cache of compiled known-identifier detectors: the same lists give the
// same detector, different lists never share one, the oldest entry goes
// first, and the Redactor never applies one testimony's identifiers to
// another.
#include "redaction/known_identifier_cache.h"

#include <gtest/gtest.h>

#include <string>

#include "redaction/redactor.h"

namespace amparo::redaction {
namespace {

KnownIdentifiers Named(std::vector<std::string> names) {
  KnownIdentifiers k;
  k.survivor_names = std::move(names);
  return k;
}

TEST(KnownIdentifierCacheTest, SameListsSameDetector) {
  KnownIdentifierCache cache(&PlaceGazetteer::Default(), 4);
  std::string error;
  auto a = cache.Get(Named({"Yahir Mejía"}), &error);
  ASSERT_NE(a, nullptr) << error;
  EXPECT_EQ(cache.Get(Named({"Yahir Mejía"}), &error), a);
  EXPECT_NE(cache.Get(Named({"Yahir Mejia"}), &error), a);
}

TEST(KnownIdentifierCacheTest, ListsThatConcatenateAlikeDiffer) {
  KnownIdentifierCache cache(&PlaceGazetteer::Default(), 4);
  std::string error;
  auto ab = cache.Get(Named({"Ana", "Bel"}), &error);
  auto a_b = cache.Get(Named({"AnaBel"}), &error);
  KnownIdentifiers moved;
  moved.other_names = {"Ana", "Bel"};
  auto other = cache.Get(moved, &error);
  ASSERT_NE(ab, nullptr);
  EXPECT_NE(ab, a_b);
  EXPECT_NE(ab, other);
  // And each finds its own: "Bel" alone is a name only in the first.
  EXPECT_FALSE(ab->Find("vino Bel").empty());
  EXPECT_TRUE(a_b->Find("vino Bel").empty());
}

TEST(KnownIdentifierCacheTest, OldestEntryIsEvicted) {
  KnownIdentifierCache cache(&PlaceGazetteer::Default(), 2);
  std::string error;
  auto a = cache.Get(Named({"Ana"}), &error);
  auto b = cache.Get(Named({"Bea"}), &error);
  EXPECT_EQ(cache.Get(Named({"Ana"}), &error), a);  // Ana is now the newest
  auto c = cache.Get(Named({"Cira"}), &error);        // evicts Bea
  EXPECT_EQ(cache.Get(Named({"Ana"}), &error), a);
  EXPECT_NE(cache.Get(Named({"Bea"}), &error), b);
  // A detector handed out stays usable after eviction.
  EXPECT_FALSE(b->Find("vino Bea").empty());
  EXPECT_NE(c, nullptr);
}

TEST(KnownIdentifierCacheTest, RedactorUsesEachTestimonysOwnIdentifiers) {
  std::string error;
  auto redactor = Redactor::Create(&error);
  ASSERT_NE(redactor, nullptr) << error;
  const std::string text = "ayer vino Wendolyn y luego llegó Xiomara, y después se fueron.";
  RedactionResult first, second, again;
  ASSERT_TRUE(redactor->Redact(text, "es", Named({"Wendolyn"}), RedactionOptions{}, &first, &error));
  ASSERT_TRUE(redactor->Redact(text, "es", Named({"Xiomara"}), RedactionOptions{}, &second, &error));
  ASSERT_TRUE(redactor->Redact(text, "es", Named({"Wendolyn"}), RedactionOptions{}, &again, &error));
  auto survivor_span = [&](const RedactionResult& r) {
    for (const RedactionSpan& s : r.report.spans) {
      if (s.type == IdentifierType::kSurvivorName) {
        return text.substr(s.original_begin, s.original_end - s.original_begin);
      }
    }
    return std::string();
  };
  EXPECT_EQ(survivor_span(first), "Wendolyn");
  EXPECT_EQ(survivor_span(second), "Xiomara");
  EXPECT_EQ(again.text, first.text);
}

}  // namespace
}  // namespace amparo::redaction
