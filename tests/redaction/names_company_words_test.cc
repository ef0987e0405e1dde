// English companies, firms, banks and charities named after people stay
// (redaction/company_names.h): "Stevens Group", "Parker & Sons", "Barnett,
// Cole and Ruiz LLP", "Holloway is a staffing agency". The persons beside
// them, and persons described with a word of a trade ("a bank teller"), are
// still removed. The sentences are made up for this test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/redaction/redactor_fixture.h"

namespace amparo::redaction {
namespace {

TEST(NamesCompanyWordsTest, CompanyWordAfterNameShapedWordsKeepsTheCompany) {
  ExpectGoneAndKept("en", {
      {"Tomás Reyes drove for Harper Logistics in Laredo.", {"Tomás", "Reyes"}, {"Harper Logistics", "Laredo"}},
      {"She works at Barnett, Cole and Ruiz LLP with Linda Cole.", {"Linda"}, {"Barnett, Cole and Ruiz LLP"}},
      {"Stevens Group hired us; the foreman, Rick Dawson, kept our papers.", {"Rick", "Dawson"}, {"Stevens Group"}},
      {"Parker & Sons paid us in cash. Mr. Parker shouted at us.", {"Mr. Parker"}, {"Parker & Sons paid"}},
      {"The Whitman Foundation paid for my lawyer, Sarah Klein.", {"Sarah", "Klein"}, {"Whitman Foundation"}},
      {"He opened an account at Hamilton Bank with an ID that Kevin Shaw sold him.", {"Kevin", "Shaw"},
       {"Hamilton Bank"}},
      {"We slept in a warehouse of Morales Holdings Inc. in Houston.", {}, {"Morales Holdings Inc."}},
      {"My brother Wilmer cooked for Fischer & Young Catering near Atlanta.", {"Wilmer"},
       {"Fischer & Young Catering"}},
      {"Ana Ferrer cleaned offices for Greene Facility Services in Phoenix.", {"Ana", "Ferrer"},
       {"Greene Facility Services"}},
      {"Gabriel Resources shares rose, said Tom Ashby.", {"Tom", "Ashby"}, {"Gabriel Resources"}},
      {"The Laura Rain Duo opens at 6pm; Mike Dunn plays after.", {"Mike", "Dunn"}, {"Laura Rain Duo"}},
      {"Food came from Lafayette Urban Ministry.", {}, {"Lafayette Urban Ministry"}},
  });
}

TEST(NamesCompanyWordsTest, SubjectDefinedAsACompanyIsNoPerson) {
  ExpectGoneAndKept("en", {
      {"Holloway is a staffing agency that sends workers to farms. Eduardo Ruiz went.", {"Eduardo", "Ruiz"},
       {"Holloway is"}},
      {"Ross & Webb is a law firm based in Dallas.", {}, {"Ross & Webb"}},
      {"Kessler-Brandt is an German multinational investment bank and financial services company.", {},
       {"Kessler-Brandt"}},
      {"Ballantine is a 2015 Irish action-comedy film directed by Peter Hume.", {"Peter", "Hume"},
       {"Ballantine"}},
      {"Founded in Denver in 1990, Corwin is a nonprofit that trains nurses like Ana Ruiz.", {"Ana", "Ruiz"},
       {"Corwin"}},
      {"He spent a year at Calloway in Reno, which later became Brightwell in 2011.", {}, {"Brightwell"}},
      {"Ana ran a shop, which then became Dorsey Foods.", {}, {"Dorsey"}},
  });
}

TEST(NamesCompanyWordsTest, RoyalStylesAreNoNames) {
  ExpectGoneAndKept("en", {
      {"The Princess Royal arrived at Dover this morning with Jane Hollis.", {"Jane", "Hollis"},
       {"Princess Royal"}},
      {"The Queen Mother and the Prince Regent sent Tom Ashby.", {"Tom", "Ashby"}, {"Queen Mother", "Prince Regent"}},
  });
}

TEST(NamesCompanyWordsTest, PersonsNextToCompanyWordsStayRedacted) {
  ExpectGoneAndKept("en", {
      {"Pedro Morales is a bank teller in Dallas.", {"Pedro", "Morales"}, {"Dallas"}},
      {"Julia Soto is a film and TV actor.", {"Julia", "Soto"}, {}},
      {"Carlos Vega is a company driver at a firm in Tucson.", {"Carlos", "Vega"}, {}},
      {"I worked for Daniel Ortiz for two years.", {"Daniel", "Ortiz"}, {}},
      {"Mr. Hamilton Bank us later.", {"Hamilton"}, {}},
      {"My friend Rosa Group leader of the choir sang.", {"Rosa"}, {}},
      {"Pedro, Stevens Group hired us.", {"Pedro"}, {}},
      {"Pedro Co-signed the lease with us.", {"Pedro"}, {}},
      {"In Dallas, Pedro Morales is a bank teller.", {"Pedro", "Morales"}, {}},
      {"The man who became Pedro's boss hit us.", {"Pedro"}, {}},
      {"The gang, which later became Mario Soto's crew, hit us.", {"Mario", "Soto"}, {}},
  });
}

TEST(NamesCompanyWordsTest, ParkAfterWaitingAtIsAPlace) {
  ExpectGoneAndKept("en", {
      {"We waited at Lincoln Park for Jorge Medina, who never came.", {"Jorge", "Medina"}, {"Lincoln Park"}},
      {"They slept at Grace Park near the station.", {"Grace"}, {"near the station"}},  // someone's home, maybe
      {"I was mad at Grace Park for a week.", {"Grace"}, {}},
      {"We waited at Grace Park's house.", {"Grace"}, {}},
  });
}

TEST(NamesCompanyWordsTest, ListedAgenciesAndBanksStay) {
  ExpectGoneAndKept("en", {
      {"The UK Border Force stopped Amina Yusuf at Dover.", {"Amina", "Yusuf"}, {"Border Force"}},
      {"I sent the money through Wells Fargo to my mother Rosa.", {"Rosa"}, {"Wells Fargo"}},
  });
}

}  // namespace
}  // namespace amparo::redaction
