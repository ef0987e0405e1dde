// Firms named like people that the company words do not cover
// (redaction/company_names.h, data/organisations.tsv): a one-word company
// whose name ends in a company word glued to it ("Citigroup", "Mandasoft"),
// a letterhead's line of three surnames right above an address ("Owens,
// Duran and Oneal" then "4471 Oak Street"), and well-known firms named by two
// surnames ("Merrill Lynch", "Goldman Sachs"). The same shapes naming
// people in a testimony are still removed: a surname of no list after "work
// for" ("I worked for Okonkwo"), three surnames that act ("Owens, Duran and
// Oneal beat us") or follow a label. The sentences are made up.
#include <gtest/gtest.h>

#include <string>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesFirmsRound12Test, CompanyWordGluedToAOneWordName) {
  ExpectGoneAndKept("en", {
      {"I work for Citigroup in Dallas.", {}, {"Citigroup"}},
      {"Later it became part of Netosoft, says Rick Dawson.", {"Rick", "Dawson"}, {"Netosoft"}},
      {"I used to work for Brightcorp as a cleaner.", {}, {"Brightcorp"}},
      // A surname or a name of no list stays a person.
      {"I worked for Okonkwo for two years and he never paid me.", {"Okonkwo"}, {}},
      {"I worked for Keylor in the fields.", {"Keylor"}, {}},
  });
}

TEST(NamesFirmsRound12Test, LetterheadOfThreeSurnamesAboveAnAddress) {
  ExpectGoneAndKept("en", {
      {"Owens, Duran and Oneal\n4471 Oak Street Suite 12\nDallas, TX 75201", {"Oak"}, {"Owens, Duran and Oneal"}},
      {"Dear Ms. Pérez,\n\nBarnett, Melton and Garcia\n>Linda Shaw\n>770 Pine Road\n", {"Linda", "Pine"},
       {"Barnett, Melton and Garcia"}},
      // Persons: they act, or a label comes first, or no address follows.
      {"Owens, Duran and Oneal beat us.\n4471 Oak Street", {"Owens", "Duran", "Oneal"}, {}},
      {"Witnesses: Owens, Duran and Oneal\n4471 Oak Street", {"Owens", "Duran", "Oneal"}, {}},
      {"Owens, Duran and Oneal\nThey were the guards at night.", {"Owens", "Duran", "Oneal"}, {}},
      {"Maria, Duran and Oneal\n4471 Oak Street", {"Maria"}, {}},
  });
}

TEST(NamesFirmsRound12Test, LetterheadLineOfAtMostEightyBytes) {
  // The letterhead's line is read up to 80 bytes around the finding: a
  // longer line (quoting marks before, spaces after) is no letterhead and
  // its surnames go.
  const std::string address = "\n4471 Oak Street Suite 12\nDallas, TX 75201";
  const std::string firm = "Owens, Duran and Oneal";
  ExpectGoneAndKept("en", {
      {std::string(57, '>') + " " + firm + address, {"Oak"}, {firm}},
      {std::string(58, '>') + " " + firm + address, {"Owens", "Duran"}, {}},
      {firm + std::string(58, ' ') + address, {"Oak"}, {firm}},
      {firm + std::string(59, ' ') + address, {"Owens", "Duran", "Oneal"}, {}},
  });
}

TEST(NamesFirmsRound12Test, WellKnownFirmsNamedBySurnames) {
  ExpectGoneAndKept("en", {
      {"My cousin cleans the offices of Merrill Lynch at night.", {}, {"Merrill Lynch"}},
      {"He said Goldman Sachs would hire us, then Peter Vance took our passports.", {"Peter", "Vance"},
       {"Goldman Sachs"}},
      {"I work for Wolters Kluwer", {}, {"Wolters Kluwer"}},
      // A person named Morgan alone stays a person.
      {"Morgan drove us to the border.", {"Morgan"}, {}},
  });
}

}  // namespace
}  // namespace amparo::redaction
