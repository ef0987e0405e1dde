// AddPeopleListedWithAPerson() files the names found by begin (the furthest
// end of those starting there) and by end (the earliest begin of those
// ending there). These tests hold those two choices and their independence
// from the order the findings come in.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/place_veto.h"

namespace amparo::redaction {
namespace {

Finding Name(std::string_view text, std::string_view words, size_t from = 0) {
  Finding f;
  f.begin = text.find(words, from);
  f.end = f.begin + words.size();
  f.type = IdentifierType::kPersonName;
  f.detector = "names";
  f.confidence = 0.9f;
  return f;
}

// The words of the findings added after the given ones, in order.
std::vector<std::string> Added(std::string_view text, std::vector<Finding> findings) {
  const size_t given = findings.size();
  AddPeopleListedWithAPerson(text, &findings);
  std::vector<std::string> out;
  for (size_t i = given; i < findings.size(); ++i) {
    out.emplace_back(text.substr(findings[i].begin, findings[i].end - findings[i].begin));
  }
  return out;
}

// Two names start at "Santiago": the list goes on from the longer one
// ("Santiago Lima", then ", Rosa y Guerrero"); from "Santiago" alone the
// next word is no list item.
TEST(PeopleListedLookupTest, ListGoesOnFromTheLongestNameAtABegin) {
  const std::string text = "Me acompañaron Santiago Lima, Rosa y Guerrero.";
  const std::vector<Finding> found = {Name(text, "Santiago"), Name(text, "Santiago Lima")};
  const std::vector<std::string> expected = {"Rosa", "Guerrero"};
  EXPECT_EQ(Added(text, found), expected);
  EXPECT_EQ(Added(text, {found[1], found[0]}), expected);
}

// Two names end at "Lima": whatever order the findings come in, the
// list and what it adds are the same.
TEST(PeopleListedLookupTest, OrderOfTheFindingsDoesNotMatter) {
  const std::string text = "Me acompañaron Rosa, Santiago Lima y Ana.";
  const std::vector<Finding> found = {Name(text, "Lima"), Name(text, "Santiago Lima"), Name(text, "Ana")};
  const std::vector<std::string> expected = {"Rosa"};
  std::vector<size_t> order = {0, 1, 2};
  do {
    std::vector<Finding> given;
    for (size_t i : order) given.push_back(found[i]);
    EXPECT_EQ(Added(text, given), expected);
  } while (std::next_permutation(order.begin(), order.end()));
}

// No name found: nothing is read.
TEST(PeopleListedLookupTest, NoNameFoundAddsNothing) {
  const std::string text = "Me acompañaron Rosa, Santiago y Guerrero.";
  EXPECT_TRUE(Added(text, {}).empty());
}

}  // namespace
}  // namespace amparo::redaction
