// A company named after a person by a given name and a surname ("Jose
// Ramirez Construction"): the owner's name goes, company word or not; a
// company named by surnames alone stays.
#include <gtest/gtest.h>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(CompanyOwnerNames, GivenNameAndSurnameBeforeACompanyWordGo) {
  ExpectGoneAndKept("en", {
      {"I worked for Jose Ramirez Construction in Houston, he never paid me.", {"Jose", "Ramirez"},
       {"Houston", "never paid me"}},
      {"Rosa Martinez & Sons paid us nothing.", {"Rosa", "Martinez"}, {"paid us nothing"}},
      {"I cleaned for Maria Gonzalez Services in Dallas.", {"Maria", "Gonzalez"}, {"Dallas"}},
      {"Then Rosa Alvarez Foundation gave us food.", {"Rosa", "Alvarez"}, {"gave us food"}},
  });
  ExpectGoneAndKept("en", {
      {"She works at Harper Logistics in Dallas.", {}, {"Harper Logistics", "Dallas"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
