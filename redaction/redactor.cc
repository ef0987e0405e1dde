#include "redaction/redactor.h"

#include "redaction/acting_person_names.h"
#include "redaction/address_bounds.h"
#include "redaction/award_eponyms.h"
#include "redaction/company_names.h"
#include "redaction/french_news_names.h"
#include "redaction/french_news_places.h"
#include "redaction/french_town_prepositions.h"
#include "redaction/french_work_titles.h"
#include "redaction/town_postal_codes.h"
#include "redaction/capital_line_names.h"
#include "redaction/given_names_in_lists.h"
#include "redaction/glued_name_parts.h"
#include "redaction/hyphenated_given_names.h"
#include "redaction/compound_surnames.h"
#include "redaction/consistent_person_names.h"
#include "redaction/dateline_names.h"
#include "redaction/district_town_addresses.h"
#include "redaction/floor_door_addresses.h"
#include "redaction/form_list_names.h"
#include "redaction/french_cours_passage.h"
#include "redaction/indefinite_cue_names.h"
#include "redaction/institution_head_words.h"
#include "redaction/institution_subject_names.h"
#include "redaction/known_identifier_cache.h"
#include "redaction/known_identifier_detector.h"
#include "redaction/legal_form_firms.h"
#include "redaction/lifespan_names.h"
#include "redaction/name_detector.h"
#include "redaction/nickname_names.h"
#include "redaction/kin_copula_names.h"
#include "redaction/korean_names.h"
#include "redaction/owed_names.h"
#include "redaction/patronymic_particles.h"
#include "redaction/signature_names.h"
#include "redaction/social_names.h"
#include "redaction/non_person_words.h"
#include "redaction/organisation_names.h"
#include "redaction/period_town_addresses.h"
#include "redaction/pattern_detector.h"
#include "redaction/place_gazetteer.h"
#include "redaction/place_veto.h"
#include "redaction/place_word_surnames.h"
#include "redaction/town_surnames.h"
#include "redaction/product_names.h"
#include "redaction/quoted_apposition_nicknames.h"
#include "redaction/renderer.h"
#include "redaction/reply_quote_senders.h"
#include "redaction/subject_position_names.h"
#include "redaction/spoken_identifiers.h"
#include "redaction/surname_mentions.h"
#include "redaction/team_names.h"
#include "redaction/text_utf8.h"
#include "redaction/third_surnames.h"
#include "redaction/unit_tail_addresses.h"
#include "redaction/venue_names.h"
#include "redaction/vietnamese_names.h"

namespace amparo::redaction {
namespace {

class RedactorImpl final : public Redactor {
 public:
  bool Init(std::string* error) {
    patterns_ = PatternDetector::Create(error);
    if (!patterns_) return false;
    names_ = NameDetector::Create(error);
    if (!names_) return false;
    places_ = &PlaceGazetteer::Default();
    known_cache_ = std::make_unique<KnownIdentifierCache>(places_, kKnownCacheEntries);
    return true;
  }

  bool Redact(std::string_view text, std::string_view language,
              const KnownIdentifiers& known, const RedactionOptions& options,
              RedactionResult* out, std::string* error) const override {
    size_t bad = 0;
    if (!IsValidUtf8(text, &bad)) {
      *error = "invalid UTF-8 at byte " + std::to_string(bad);
      return false;
    }
    for (const auto* list : {&known.survivor_names, &known.other_names, &known.phones,
                             &known.emails, &known.case_codes, &known.other}) {
      for (const std::string& item : *list) {
        if (!IsValidUtf8(item, &bad)) {
          *error = "invalid UTF-8 in a known identifier at byte " + std::to_string(bad);
          return false;
        }
      }
    }
    std::shared_ptr<const KnownIdentifierDetector> known_detector = known_cache_->Get(known, error);
    if (!known_detector) return false;
    std::vector<Finding> known_found = known_detector->Find(text);
    std::vector<Finding> patterns_found = patterns_->Find(text, language);
    AddSpokenIdentifiers(text, &patterns_found, language);
    // "the same: Annika and Solbakkevej 12": a name joined to its street.
    ExtendAddressesOverJoinedNames(text, *places_, *NameLexicon::Default(nullptr), &patterns_found);
    // "Héroes de Cascorro, 9, 3º A": a Spanish street told by its floor and
    // door; "Teatinos 180. Málaga.": one before its town's sentence.
    if (language.substr(0, 2) == "es") {
      AddStreetsBeforeFloorAndDoor(text, *NameLexicon::Default(nullptr), &patterns_found);
      AddStreetsBeforeATownSentence(text, *places_, *NameLexicon::Default(nullptr), &patterns_found);
    }
    // "Na Poříčí 12, Praha 1": a street before a town and its district.
    AddStreetsBeforeADistrictTown(text, *places_, *NameLexicon::Default(nullptr), &patterns_found);
    // "Sahline\n, 27\n": a region's number in an address block.
    AddRegionNumbersUnderAddresses(text, &patterns_found);
    // "Via dei Mille 24, scala B", "Rue Royale 120 bte 3", "Bahnhofstr. 7,
    // 2. OG": the units of the street's country after any address.
    ExtendAddressesOverUnitTails(text, &patterns_found);
    // "Rua das Flores, 233, apto 41, Boa Vista, Recife": the neighbourhood
    // after a Brazilian or Argentine flat, before its town.
    ExtendUnitsOverNeighbourhoods(text, *places_, &patterns_found);
    // "cours Mirabeau", "passage Choiseul".
    if (language.substr(0, 2) == "fr") AddFrenchCoursAndPassageStreets(text, *NameLexicon::Default(nullptr), &patterns_found);
    // The words the name detector's tokens show may be pronouns: the pass
    // of names acting on someone reads those instead of the whole text
    // (outside French, where it reads auxiliaries too).
    const std::string_view lang2 = language.substr(0, 2);
    const bool french = lang2 == "fr" || lang2 == "ht";
    WordsSeen words_seen;
    std::vector<Finding> names_found = names_->Find(text, language, french ? nullptr : &words_seen);
    TrimNamesOverAddresses(text, patterns_found, &names_found);
    // "la Cruz Roja", "Estrella Blanca", "el Barrio 18" stay: no person, no street.
    KeepOrganisationNames(text, &patterns_found);
    std::vector<Finding> findings;
    // Room for the names too: the list is not copied again when they join.
    findings.reserve(known_found.size() + patterns_found.size() + names_found.size());
    for (auto* part : {&known_found, &patterns_found}) {
      findings.insert(findings.end(), part->begin(), part->end());
      *part = std::vector<Finding>();
    }
    VetoPlacesNamedAsPersons(text, *places_, findings, &names_found, lang2 == "fr");
    // "en Plouvénec", "demeurant il Plouay", a shipping column's ships.
    if (lang2 == "fr") DropFrenchNewsPlaces(text, *places_, &names_found);
    // "un drame intitulé Alain de Kermaria": a work's title.
    if (lang2 == "fr") DropFrenchWorkTitles(text, &names_found);
    // "par Sarzeau", "une ligne do Locminé", "près d'Hennebont", "entre
    // Marakech et": towns the veto reads no cue for, or OCR damaged.
    if (lang2 == "fr") DropFrenchTownsAfterPrepositions(text, *places_, &names_found);
    // "in Quinta de São Tiago 3610-114": a town before its postal code.
    DropTownsBeforePostalCodes(text, &names_found);
    // "Na Poříčí 12, Praha 1": the town of a street so written.
    DropDistrictTownsAfterStreets(text, *places_, *NameLexicon::Default(nullptr), &names_found);
    // Spanish; in French and Haitian the words after a name only ("Pierre
    // Lyon", "Jean Jacmel"): in English news a town or month next to a name
    // is more often a dateline or a team than part of the name.
    if (lang2 == "es" || lang2 == "fr" || lang2 == "ht") {
      ExtendNamesOverPlaceWords(text, *places_, &names_found, /*after_only=*/lang2 != "es");
    }
    ExtendNamesOverNamesakePlaces(text, *places_, &names_found);
    // "Me acompañaron Santiago y Guerrero": a list of people takes its towns.
    AddPeopleListedWithAPerson(text, &names_found);
    AddNamesBeforeLifespans(text, *places_, &names_found);
    AddCuedNicknames(text, language, *places_, &names_found);
    // "Le chef du groupe, « Capitaine », avait une arme".
    AddQuotedAppositionNicknames(text, *places_, findings, &names_found);
    AddLowerCasePostNames(text, language, *places_, &names_found,
                          words_seen.tokens.tokens.empty() ? nullptr : &words_seen.tokens);
    AddNamesActingOnSomeone(text, language, *places_, findings, &names_found,
                            french ? nullptr : &words_seen.pronoun_starts);
    ExtendNamesOverThirdSurnames(text, language, *places_, &names_found);
    // "Ban Ki-moon", "Yoo Soon-taek": a Korean name, surname first.
    AddKoreanNamesSurnameFirst(text, &names_found);
    // "Seo-jun Lee": a hyphenated first name of no list before the surname.
    ExtendNamesOverHyphenatedGivenNames(text, *places_, lang2 == "en", &names_found);
    // "Anh Thu Nguyen", "Tran Thi Thu": a short part left between or beside.
    ExtendVietnameseNames(text, *places_, &names_found);
    // "My lawyer Daniel Park called me": a surname that is a place word
    // (after the first name's hyphenated parts: "Mi-rae Park").
    ExtendGivenNamesOverPlaceWordSurnames(text, *places_, &names_found);
    // "my friend Juan Nogales": in English a town after a given name.
    if (lang2 == "en") ExtendGivenNamesOverTownSurnames(text, *places_, &names_found);
    JoinCompoundSurnames(text, &names_found);
    AddSurnameMentions(text, &names_found);
    // "Stevens Group", "Parker & Sons", "Holloway is a staffing agency".
    KeepCompanyNames(text, language, findings, &names_found);
    // "Sobotka GmbH", "Bianchi S.p.A.", "Halvorsen AS": in any language.
    KeepFirmsBeforeLegalForms(text, &names_found);
    // "the new Galaxy S21", "HTC Desire Z3": a product before its model code.
    KeepProductNames(text, language, &names_found);
    // "el comedor San Martín de Porres", "con EVA de 8", "May God bless you".
    KeepInstitutionsAfterHeadWords(text, *places_, &names_found);
    DropNonPersonWords(text, &names_found, lang2 == "ht");
    // "the Nobel Prize", "el Premio Nobel", "le prix Goncourt".
    KeepAwardEponyms(text, &names_found);
    // "Betta be at Elements tonight": a venue one meets at.
    if (lang2 == "en") KeepVenuesOneMeetsAt(text, &names_found);
    // "Chicago Blackhawks", "Boston Celtics": a team named after its town.
    if (lang2 == "en") KeepTeamsNamedAfterTowns(text, *places_, &names_found);
    // Last: a name the passes above added inside an organisation's name
    // ("Cruz" of "Cruz Roja" after "José Cruz") is the organisation's.
    KeepOrganisationNames(text, &names_found);
    // "Enfants : Dylan, Précieuse": the other names of a form's list.
    AddOtherNamesOfFormLists(text, *places_, findings, &names_found);
    // "Jak, Lwi ak Pòl te la": a given name listed with persons found.
    AddGivenNamesListedWithPersons(text, *places_, &names_found);
    // "PEDRO NOS GOLPEÓ": a line in capitals, read by the lists.
    AddNamesOnLinesInCapitals(text, *places_, findings, &names_found);
    // "Me golpeó Zelle", "M'a volé Twitch", "Vojtech beat us.": a word the
    // keep-rules above free, where only a person stands. After them, as
    // it checks places and organisations itself.
    AddNamesInSubjectPositions(text, language, *places_, findings, &names_found);
    // "À l'école Dorvilien frappait", "Lekòl la Dorvilien te konn bat": the
    // subject after a school's head word, which the name detector read as
    // the school's name.
    if (french) AddNamesAfterInstitutionHeads(text, *places_, findings, &names_found);
    // "un certain Sun", "yon sèten Song": someone hardly known.
    AddNamesAfterIndefiniteCues(text, *places_, findings, &names_found);
    // "Yubelkis Tapachula, 12 de marzo": who signs a line before its dateline.
    AddNamesOpeningADateline(text, *places_, findings, &names_found);
    // "Yvonne Le Sergent", "MM. DURAND, MARTIN et PETIT", "J.-B. Dupont".
    if (lang2 == "fr") AddFrenchNewsNameForms(text, *places_, &names_found);
    // "Gracias por todo.\nConcepción", "— Rosa", "[12/03/24 10:15] Rosa:":
    // who signs or sends a message.
    AddNamesSigningAMessage(text, *places_, findings, &names_found);
    // "Reply to \"Kenia: where are you?\"": the sender a reply quotes.
    AddSendersInReplyQuotes(text, findings, &names_found);
    // "Je dois de l'argent à Mercedes": a given name owed, given or told
    // something, which the place passes freed as a town.
    AddGivenNamesOwedOrTold(text, findings, &names_found);
    // "We got the money from Okonkwo": whom one got something from.
    if (lang2 == "en") AddNamesGotFrom(text, *places_, findings, &names_found);
    // "el papa del bebe que es deivi", "my cousin is brayner": a relative
    // named in lower case at a line's end.
    AddRelativesNamedAfterACopula(text, *places_, findings, &names_found);
    // "Kim Young-joo", "Lupita Nyong'o", "Youssou N'Dour": the parts glued
    // to a name found, before its mentions are looked for again.
    ExtendNamesOverGluedParts(text, *places_, &names_found);
    // "Latifa bint Mohammed", "Ngũgĩ wa Thiong'o": a patronymic particle.
    JoinNamesOverPatronymicParticles(text, *places_, &names_found);
    // A name redacted once is redacted wherever it is written again, over
    // the keep-rules above ("Morelos se llevó ... Morelos nos ayudó").
    AddEveryMentionOfFoundNames(text, *places_, findings, &names_found);
    findings.insert(findings.end(), names_found.begin(), names_found.end());
    RedactionOptions render_options = options;
    render_options.language = std::string(language);
    return RenderFindings(text, MergeFindings(std::move(findings)), render_options, out, error);
  }

  bool Render(std::string_view text, const std::vector<Finding>& findings,
              const RedactionOptions& options, RedactionResult* out,
              std::string* error) const override {
    size_t bad = 0;
    if (!IsValidUtf8(text, &bad)) {
      *error = "invalid UTF-8 at byte " + std::to_string(bad);
      return false;
    }
    return RenderFindings(text, findings, options, out, error);
  }

 private:
  std::unique_ptr<PatternDetector> patterns_;
  std::unique_ptr<NameDetector> names_;
  const PlaceGazetteer* places_ = nullptr;
  // A few testimonies' worth (reviewers editing, re-renders); each entry
  // holds its name variants and keys (tens of KB).
  static constexpr size_t kKnownCacheEntries = 4;
  std::unique_ptr<KnownIdentifierCache> known_cache_;
};

}  // namespace

std::unique_ptr<Redactor> Redactor::Create(std::string* error) {
  auto redactor = std::make_unique<RedactorImpl>();
  std::string ignored;
  if (!redactor->Init(error != nullptr ? error : &ignored)) return nullptr;
  return redactor;
}

}  // namespace amparo::redaction
