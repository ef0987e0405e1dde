#include "redaction/company_names.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// How far before and after a finding its company's name and the sentence
// defining it are read: "Barnett, Cole and Ruiz LLP", "is an Swedish
// multinational investment bank and financial services company".
constexpr size_t kReachBefore = 64;
constexpr size_t kReachAfter = 128;
// At most this many capitalized words before the company word.
constexpr int kMaxNameWords = 5;
// A letterhead's line of surnames is at most this long.
constexpr size_t kMaxLetterheadLine = 80;
// A letter's head starts within this many bytes of the text's start.
constexpr size_t kMaxLetterheadTop = 240;
// At most this many words between "is a" and the organisation's noun.
constexpr size_t kMaxDescribingWords = 8;


// Words that end a company's name beyond the lexicon's `orgsuffix` class
// ("Inc", "Holdings", "Logistics"...; data/cues.tsv), which the name
// detector reads inside a run of capitalized words only.
bool IsExtraCompanyWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "group",      "bank",       "foundation", "analytics", "unlimited", "company",  "co",
      "limited",    "incorporated", "construction", "catering", "services", "foods", "farms",
      "financial",  "securities", "fund",       "bancorp",   "trucking",  "staffing", "manufacturing",
      "lp",         "pllc",       "ltda",      "resources", "duo",      "trio",     "quartet",
      "ministry",   "ministries",
      // Institutions named after someone ("Yates University", "the Underwood
      // Clinic", "Haddad Hospital"): the name is the institution's.
      "hospital",   "clinic",     "university", "college",   "institute", "council",  "department",
      "academy",    "media"};
  return std::ranges::find(kWords, w) != std::end(kWords);
}

// Company words that end a one-word company's name glued to it
// ("Citigroup", "Netosoft", "Brightcorp"): no given name or surname of the
// lists ends so.
bool EndsInGluedCompanyWord(std::string_view folded) {
  // Not "tech" ("Vojtech") nor "data" ("Amadata"): four letters that end
  // given names and surnames of no list.
  static constexpr std::string_view kEnds[] = {"group", "soft", "corp", "labs", "media", "logic"};
  for (std::string_view e : kEnds) {
    if (folded.size() >= e.size() + 3 && folded.ends_with(e)) return true;
  }
  return false;
}

// The first parts of compound given names whose second part is a surname
// too ("Jean-Pierre", "Marie-Louise", "Anne-Claude", "José-Luis"): such a
// pair names a person, not two partners.
bool OpensCompoundGivenName(std::string_view folded) {
  static constexpr std::string_view kFirst[] = {"jean", "marie", "anne", "mary", "maria", "ana", "jose",
                                                "juan", "pierre", "paul", "louis", "luis", "john"};
  return std::ranges::find(kFirst, folded) != std::end(kFirst);
}

// Nouns that make the subject of "X is a ..." an organisation or a work, not
// a person ("Holloway is a staffing agency", "X is a 2017 film").
bool IsOrganisationNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "company",   "corporation", "bank",      "agency",       "firm",      "organization",
      "organisation", "nonprofit", "charity",  "startup",      "band",      "film",
      "movie",     "album",       "brand",     "manufacturer", "retailer",  "publisher",
      "newspaper", "magazine",    "airline",   "restaurant",   "conglomerate", "cooperative",
      "label",     "studio",      "business",  "foundation", "store",
      "supermarket", "consultancy", "insurer", "lender",       "novel",     "series",
      "website",   "app"};
  return std::ranges::find(kNouns, w) != std::end(kNouns);
}

// Words after the organisation's noun that end its phrase: "a design agency
// based in", "a 2017 film directed by". A noun after it ("a bank teller")
// makes the first a modifier of a person's trade.
bool EndsOrganisationPhrase(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "based",  "founded", "headquartered", "that",    "which",    "whose",    "with",
      "in",     "from",    "directed",      "specializing", "specialising", "owned", "operating",
      "serving", "created", "produced",     "starring", "made",    "located",  "known",
      "of",     "for",     "by",            "at",       "on",      "since",    "where",
      "run",    "started", "written",       "released", "listed",  "that's"};
  return std::ranges::find(kWords, w) != std::end(kWords);
}

class CompanyReader {
 public:
  // address_begins: where the addresses the pattern rules found begin,
  // sorted.
  CompanyReader(std::string_view text, const NameLexicon& lexicon, const std::vector<size_t>& address_begins)
      : text_(text), lexicon_(lexicon), address_begins_(address_begins) {}

  // True if f lies in a company's name or in a subject defined as one.
  bool InsideCompany(const Finding& f) {
    if (GluedCompanyName(f)) return true;
    if (LetterheadFirm(f)) return true;
    const bool may_be_surname_firm = MayBeSurnameFirm(f);
    // MayStartCompany is asked once: before tokenizing when f may be no
    // surname firm, else after SurnameFirmInItsPlace.
    const bool may_start = !may_be_surname_firm;
    if (may_start && !MayStartCompany(f)) return false;
    text::Tokenize(LineAround(text_, f.begin, f.end, kReachBefore, kReachAfter, &offset_), &tokens_);
    const auto& ts = tokens_.tokens;
    const size_t n = ts.size();
    size_t first = 0;
    while (first < n && offset_ + ts[first].begin < f.begin) ++first;
    if (first >= n || !ts[first].word) return false;
    if (may_be_surname_firm && SurnameFirmInItsPlace(f, first)) return true;
    if (!may_start && !MayStartCompany(f)) return false;
    if (CompanyWordsAlone(f, first)) return true;
    // The capitalized words and joiners the finding belongs to.
    size_t start = first;
    while (start > 0 && !ts[start].newline_before && (IsJoiner(start - 1) || IsNameWord(start - 1))) --start;
    while (start < first && !IsNameWord(start)) ++start;
    for (size_t k = start; k < n && offset_ + ts[k].begin < f.end; ++k) {
      if (ts[k].word && (lexicon_.FlagsOfHash(ts[k].hash) & kTitle) != 0) return false;
    }
    // "Jose Ramirez Construction", "Rosa Martinez & Sons": a given name and
    // a surname name the owner, who in a testimony may be the one who
    // exploited the speaker; the name goes.
    // The surname is listed, or no dictionary word ("Lafayette Urban
    // Ministry" stays).
    if (first + 1 < n && IsNameWord(first + 1) && (lexicon_.FlagsOfHash(ts[first].hash) & kGivenName) != 0 &&
        !IsCompanyWord(tokens_.Folded(ts[first + 1]), false) &&
        ((lexicon_.FlagsOfHash(ts[first + 1].hash) & kSurname) != 0 ||
         !lexicon_.IsDictionaryHash(ts[first + 1].hash))) {
      return false;
    }
    // "Mr. Parker & Sons", "my friend Rosa Group": a person's cue.
    size_t before = start;
    while (before > 0 && !ts[before - 1].word && ts[before - 1].first == '.') --before;
    if (before > 0 && ts[before - 1].word &&
        (lexicon_.FlagsOfHash(ts[before - 1].hash) & (kTitle | kKinCue | kNameCue)) != 0) {
      return false;
    }
    return EndsInCompanyWord(first + 1) || DefinedAsOrganisation(start, first) || AfterWhichBecame(start);
  }

 private:
  // Cheap test on the bytes after f (and its last word) before any
  // tokenizing: the capitalized words after it, joined by spaces, '&', ','
  // or '-', reach a company word or "is"/"was"; or f ends in a company word;
  // or "became" comes right before it. Most names are followed by a
  // lower-case word or a mark.
  bool MayStartCompany(const Finding& f) const {
    size_t word_begin = 0;
    const std::string_view last = LetterWordEndingAt(text_, f.end, &word_begin);
    if (IsCompanyAscii(last, true)) return true;
    // "which later became Zillow in 2014".
    if (f.begin >= 7 && text_.substr(f.begin - 7, 7) == "became ") return true;
    size_t p = f.end;
    bool joiner = false;
    for (int words = 0; words <= kMaxNameWords + 1 && p < text_.size();) {
      const char c = text_[p];
      if (c == ' ') {
        ++p;
        continue;
      }
      if (c == '&' || c == ',' || c == '-') {
        joiner = joiner || c != ',';
        ++p;
        continue;
      }
      const std::string_view word = LetterWordStartingAt(text_, p);
      if (word.empty()) return false;
      const bool glued = p + word.size() < text_.size() && text_[p + word.size()] == '-';
      if (StartsWithCapital(text_, p)) {
        if (!glued && IsCompanyAscii(word, joiner)) return true;
        if (word == "And") joiner = true;
      } else if (word == "is" || word == "was") {
        return true;
      } else if (word == "and") {
        joiner = true;
      } else {
        return false;
      }
      p += word.size();
      ++words;
    }
    return false;
  }

  // "I work for Citigroup": f is one word of no name list, capitalized,
  // ending in a company word glued to it, with no title or kin word before.
  bool GluedCompanyName(const Finding& f) const {
    if (f.end - f.begin < 7 || f.end - f.begin > 24 || !StartsWithCapital(text_, f.begin)) return false;
    char folded[24];
    size_t length = 0;
    const std::string_view word = text_.substr(f.begin, f.end - f.begin);
    if (!FoldAsciiInto(word, folded, &length)) return false;
    const std::string_view w(folded, length);
    for (char c : w) {
      if (c < 'a' || c > 'z') return false;
    }
    if (!EndsInGluedCompanyWord(w)) return false;
    if ((lexicon_.Flags(w) & (kGivenName | kSurname | kTitle | kKinCue)) != 0) return false;
    size_t before_begin = 0;
    const std::string_view before = LetterWordEndingAt(text_, f.begin > 0 ? f.begin - 1 : 0, &before_begin);
    if (!before.empty() && before.size() <= 16 && before_begin + before.size() + 1 == f.begin) {
      char b[16];
      size_t n = 0;
      if (FoldAsciiInto(before, b, &n) && (lexicon_.Flags(std::string_view(b, n)) & (kTitle | kKinCue | kNameCue)) != 0) {
        return false;
      }
    }
    return true;
  }

  // Cheap test on the bytes around f before any tokenizing: f touches a
  // hyphen between two words ("Holt-Pruitt") or a list's comma, "and" or
  // '&' ("Barnett, Cole and Ruiz"), the two shapes of a firm named after
  // its partners.
  bool MayBeSurnameFirm(const Finding& f) const {
    for (size_t p = f.begin + 1; p + 1 < f.end; ++p) {
      if (text_[p] == '-') return true;
    }
    const std::string_view after = text_.substr(f.end, 6);
    if (after.starts_with("-") || after.starts_with(", ") || after.starts_with(" and ") ||
        after.starts_with(" & ")) {
      return true;
    }
    const std::string_view before = text_.substr(f.begin >= 6 ? f.begin - 6 : 0, f.begin >= 6 ? 6 : f.begin);
    if (before.ends_with("-") || before.ends_with(", ") || before.ends_with(" and ") || before.ends_with(" & ")) {
      return true;
    }
    // One word where only a firm fits (SurnameFirmInItsPlace).
    if (before.ends_with(" at ") || before.ends_with("from ")) return true;
    const std::string_view next = text_.substr(f.end, 10);
    return next.starts_with(" website") || next.starts_with(" staff") || next.starts_with(" employees") ||
           next.starts_with(" headquart");
  }

  // A firm named after its partners, "Holt-Pruitt" (two words glued by a
  // hyphen), "Sorensen & Lowe" (two joined by '&', read as the hyphen's
  // pair) or "Barnett, Cole and Ruiz" (three, a comma and "and" or '&'),
  // read where only a firm fits: after "works at", "a year at", "employed
  // by", "is from", "<name> from ... is"; before "office", "website",
  // "staff", before ", a law firm"/"is a design agency". The list also after
  // "work for", "hired by" and before "account"; two double surnames are a
  // person's name often enough ("I worked for Garcia-Lopez", "the
  // Garcia-Lopez account") to stay redacted there. Each word is capitalized,
  // no given name of no surname list ("Maria"), none opening a compound
  // given name ("Jean-Pierre"), any number of given names that are surnames
  // too ("Johnson-Smith"), with no capitalized word, title or kin word
  // right before or a capitalized word right after ("Ms. Yates-Garner",
  // "Anna Yates-Garner"). A list of people with a verb ("Hensley, Ingram and Kirby
  // visited us", "talked with Hensley, Ingram and Kirby") has none of these
  // places and stays redacted.
  bool SurnameFirmInItsPlace(const Finding& f, size_t first) const {
    const auto& ts = tokens_.tokens;
    const size_t n = ts.size();
    auto glued_hyphen = [&](size_t k) {
      return k < n && !ts[k].word && ts[k].first == '-' && !ts[k].space_before && k + 1 < n &&
             !ts[k + 1].space_before;
    };
    auto on_line = [&](size_t k) { return k < n && !ts[k].newline_before; };
    size_t s = 0, e = 0;
    bool list = false;
    for (size_t back = 0; back <= 4 && back <= first && e == 0; back += 2) {
      const size_t c = first - back;
      if (back <= 2 && c + 2 < n && glued_hyphen(c + 1) && !glued_hyphen(c + 3) &&
          !(c > 0 && glued_hyphen(c - 1))) {
        s = c;
        e = c + 3;
      } else if (c + 4 < n && !ts[c + 1].word && ts[c + 1].first == ',' && on_line(c + 1) && on_line(c + 2) &&
                 on_line(c + 3) && on_line(c + 4) &&
                 ((ts[c + 3].word && tokens_.Folded(ts[c + 3]) == "and") ||
                  (!ts[c + 3].word && ts[c + 3].first == '&'))) {
        s = c;
        e = c + 5;
        list = true;
      } else if (back <= 2 && c + 2 < n && !ts[c + 1].word && ts[c + 1].first == '&' && on_line(c + 1) &&
                 on_line(c + 2) && !(c > 0 && on_line(c) && !ts[c - 1].word && ts[c - 1].first == ',') &&
                 !(c + 3 < n && on_line(c + 3) && IsJoiner(c + 3)) &&
                 !(c + 3 < n && on_line(c + 3) && !ts[c + 3].word && ts[c + 3].first == ',')) {
        // Two surnames joined by '&' ("Sorensen & Lowe"), no part of a
        // longer list: read as the hyphen's pair.
        s = c;
        e = c + 3;
      }
    }
    // One word ("Persint", "Okafor"): only after "a year at", "works at",
    // "<name> from ... is", "is from" or before "website", "staff",
    // "employees", "headquarters"; no given name ("worked at Rosa's" stays
    // redacted either way).
    bool single = false;
    if (e == 0 && offset_ + ts[first].end >= f.end) {
      s = first;
      e = first + 1;
      single = true;
    }
    if (e == 0 || offset_ + ts[e - 1].end < f.end) return false;
    // "a year at Okafor's farm": the owner, a person.
    if (on_line(e) && !ts[e].word && (ts[e].first == '\'' || ts[e].first == 0x2019)) return false;
    // A given name that is a surname too counts as a surname, however many
    // there are: the commonest surnames ("Johnson-Smith", "Williams, Jones
    // and Miller") are on the given-name lists too, and where the shape
    // stands only a firm fits. A given name of no surname list ("Maria,
    // Duran and Oneal") keeps the words a person's, and so does a pair
    // opened by a compound given name's first part ("Jean-Pierre",
    // "Marie-Louise": both parts are surnames too).
    if (!single && !list && OpensCompoundGivenName(tokens_.Folded(ts[s]))) return false;
    for (size_t k = s; k < e; k += 2) {
      const text::Token& t = ts[k];
      if (!t.word || !t.capitalized || t.has_digit || t.end - t.begin < 2) return false;
      const uint32_t flags = lexicon_.FlagsOfHash(t.hash);
      if ((flags & (kTitle | kKinCue | kNameCue | kStopWord)) != 0) return false;
      if ((flags & kGivenName) != 0 && (single || (flags & kSurname) == 0)) return false;
    }
    // Nothing of a longer name or a person's title around it.
    if (s > 0 && on_line(s)) {
      size_t b = s - 1;
      if (!ts[b].word && ts[b].first == '.' && b > 0) --b;
      if (ts[b].word && (ts[b].capitalized || (lexicon_.FlagsOfHash(ts[b].hash) & (kTitle | kKinCue | kNameCue)) != 0) &&
          !(b == s - 1 && IsFirmWordBefore(b))) {
        return false;
      }
    }
    if (on_line(e) && ts[e].word && ts[e].capitalized) return false;
    // "which later became Lockhart, Prescott and Talbot in 2014".
    if (!single && AfterWhichBecame(s)) return true;
    // What comes before.
    auto word_at = [&](size_t k) -> std::string_view {
      return k < n && ts[k].word ? tokens_.Folded(ts[k]) : std::string_view();
    };
    if (!single && FirmPlaceBefore(s)) return true;
    // "the Australian firm Pemberton-Ali.", "hired by the law firm Reid,
    // Sokolov and Ibarra,": a noun of an organisation right before the
    // shape names it where the shape ends its clause ("the firm
    // Garcia-Lopez runs" may name who runs it).
    if (!single && s >= 1 && on_line(s) && ts[s - 1].word && !ts[s - 1].capitalized &&
        IsOrganisationNoun(tokens_.Folded(ts[s - 1])) &&
        (!on_line(e) || (!ts[e].word && (ts[e].first == '.' || ts[e].first == ',' || ts[e].first == ';' ||
                                         ts[e].first == ')')))) {
      return true;
    }
    if (s >= 2 && on_line(s) && on_line(s - 1)) {
      const std::string_view w1 = word_at(s - 1), w0 = word_at(s - 2);
      static constexpr std::string_view kWorkAt[] = {
          "work",  "works",  "worked",     "working", "job",    "employed", "employee", "employees",
          "year",  "years",  "month",      "months",  "career", "position", "internship", "intern",
          "interned"};
      static constexpr std::string_view kWorkFor[] = {"work", "works", "worked", "working"};
      // One word only after a year's or a job's "at" ("a job at Okafor":
      // who gives the job may be a person, "a job at Okafor's").
      const bool work_at = single ? w0 == "year" || w0 == "years" || w0 == "work" || w0 == "works" ||
                                        w0 == "worked" || w0 == "working"
                                  : std::ranges::find(kWorkAt, w0) != std::end(kWorkAt);
      if (w1 == "at" && work_at) return true;
      if (w1 == "for" && list && std::ranges::find(kWorkFor, w0) != std::end(kWorkFor)) return true;
      if (!single && w1 == "by" && (w0 == "employed" || (list && w0 == "hired"))) return true;
      if (w1 == "from") {
        // "Laura Whitaker from Holt-Pruitt is the keynote speaker" ("Help
        // from Okafor was..." is no name before "from").
        const std::string_view next = word_at(e);
        if (on_line(e) && (next == "is" || next == "was") && on_line(s - 2) && PersonsNameEndsAt(s - 2)) {
          return true;
        }
        // "Laura Whitaker is from Holt-Pruitt." ("The letter is from
        // Okafor." names who sent it, a person.)
        if ((w0 == "is" || w0 == "was") && s >= 3 && on_line(s - 2) && PersonsNameEndsAt(s - 3) &&
            (!on_line(e) || (!ts[e].word && (ts[e].first == '.' || ts[e].first == ',')))) {
          return true;
        }
      }
    }
    // What comes after.
    if (!on_line(e)) return false;
    const std::string_view next = word_at(e);
    static constexpr std::string_view kFirmsNouns[] = {"office",  "offices", "website", "headquarters",
                                                       "employees", "staff", "branch"};
    if (single) {
      return next == "website" || next == "staff" || next == "employees" || next == "headquarters";
    }
    if (std::ranges::find(kFirmsNouns, next) != std::end(kFirmsNouns)) return true;
    // Coordinated with a company's name: "Whitaker Group, Lockhart Group
    // and Sutton-Holloway", "Yates-Garner and Kirby Inc", "Oakley, Ingram
    // and Rowe, Sutton-Talbot and Prescott Group".
    if (!list && s >= 2 && on_line(s) && on_line(s - 1) && (IsJoiner(s - 1) || (!ts[s - 1].word && ts[s - 1].first == ',')) &&
        ts[s - 2].word && ts[s - 2].capitalized && IsCompanyWord(tokens_.Folded(ts[s - 2]), false)) {
      return true;
    }
    if (e + 1 < n && on_line(e + 1) && (IsJoiner(e) || (!ts[e].word && ts[e].first == ',')) &&
        (EndsInCompanyWord(e + 1) || FirmShapeThenCompany(e + 1))) {
      return true;
    }
    if (list && next == "account") return true;
    if (e + 2 < n && on_line(e + 1)) {
      const std::string_view article = word_at(e + 1);
      const bool defines = (!ts[e].word && ts[e].first == ',') || next == "is" || next == "was";
      if (defines && (article == "a" || article == "an")) return DescribesOrganisation(e + 2);
    }
    return false;
  }

  // True if what stands right before tokens_[s] on its line leaves room for
  // a firm only, not a person: a person's name and "at", "of" or "from"
  // ("Ask for Keisha Thompson at Sorensen & Lowe", "Soo-ah Lim of Drummond,
  // Falk and Ng", "Paulo from Mendes & Clarke called": people are not at,
  // of or from other people; not after "to" or "for", "a letter to Ana
  // Ruiz from Garcia-Lopez", where "from" says who sends); a trade and
  // "at" after a person's "is a"/"was the" or a job's "as an" ("She is a
  // 34-year-old nurse at", "works as a cleaner at"; not "It was a shot
  // at"); a post and "of" ("director of", "the chief executive of"; a kin
  // word, "the son of", is no post); a form's label of a firm opening its
  // line ("Company:", "Employer:"; not "From:", who writes). A verb
  // ("shouted at", "talked with") or a kin word ("a friend of") before the
  // shape leaves it a person.
  bool FirmPlaceBefore(size_t s) const {
    const auto& ts = tokens_.tokens;
    if (s < 2 || ts[s].newline_before || ts[s - 1].newline_before) return false;
    const text::Token& p = ts[s - 1];
    if (!p.word) {
      if (p.first != ':' || !ts[s - 2].word || (s > 2 && !ts[s - 2].newline_before)) return false;
      static constexpr std::string_view kLabels[] = {"company", "employer", "firm", "supplier", "agency",
                                                     "organisation", "organization", "business", "vendor"};
      return std::ranges::find(kLabels, tokens_.Folded(ts[s - 2])) != std::end(kLabels);
    }
    const std::string_view prep = tokens_.Folded(p);
    if (prep != "at" && prep != "of" && prep != "from") return false;
    if (PersonsNameEndsAt(s - 2)) {
      if (prep != "from") return true;
      // "a letter to Ana Ruiz from Garcia-Lopez": what goes to a person
      // may come from another.
      size_t b = s - 2;
      for (int words = 0; words < 4 && b > 0 && !ts[b].newline_before && ts[b - 1].word && ts[b - 1].capitalized;
           ++words) {
        --b;
      }
      if (b == 0 || ts[b].newline_before || !ts[b - 1].word) return true;
      const std::string_view before = tokens_.Folded(ts[b - 1]);
      return before != "to" && before != "for";
    }
    if (!ts[s - 2].word) return false;
    if (prep == "of") {
      const std::string_view post = tokens_.Folded(ts[s - 2]);
      static constexpr std::string_view kPosts[] = {"ceo", "cfo", "coo", "cto", "owner", "founder", "cofounder",
                                                    "co-founder", "head", "officer", "partner", "chair",
                                                    "employee", "employees", "staff"};
      return (lexicon_.FlagsOfHash(ts[s - 2].hash) & kKinCue) == 0 &&
             ((lexicon_.FlagsOfHash(ts[s - 2].hash) & kPostCue) != 0 ||
              std::ranges::find(kPosts, post) != std::end(kPosts));
    }
    if (prep != "at") return false;
    // Back over the trade to its article, and the article's verb.
    constexpr size_t kMaxTradeTokens = 10;
    for (size_t m = s - 2, seen = 0; m > 0 && seen < kMaxTradeTokens && !ts[m].newline_before; --m, ++seen) {
      const text::Token& t = ts[m];
      if (!t.word) {
        if (t.first == '-') continue;
        return false;
      }
      const std::string_view w = tokens_.Folded(t);
      if (w == "a" || w == "an" || w == "the") {
        if (m == s - 2 || m < 2 || !ts[m - 1].word || ts[m].newline_before || ts[m - 1].newline_before) {
          return false;
        }
        // Who has the trade: a person's name or a pronoun before the
        // copula, a verb of work before "as" ("works as a cleaner at").
        // "It was a shot at X", "took it as a dig at X" aim at a person.
        const std::string_view verb = tokens_.Folded(ts[m - 1]);
        const std::string_view subject = ts[m - 2].word && !ts[m - 1].newline_before ? tokens_.Folded(ts[m - 2])
                                                                                     : std::string_view();
        if (verb == "as") {
          static constexpr std::string_view kWorkAs[] = {"work",   "works",  "worked", "working", "employed",
                                                         "hired",  "serves", "served", "serving", "started",
                                                         "joined", "job"};
          return std::ranges::find(kWorkAs, subject) != std::end(kWorkAs);
        }
        if (verb != "is" && verb != "was" && verb != "am" && verb != "are" && verb != "were" && verb != "'s") {
          return false;
        }
        static constexpr std::string_view kPronouns[] = {"he", "she", "i", "you", "we", "they", "who"};
        if (std::ranges::find(kPronouns, subject) != std::end(kPronouns)) return true;
        // Or a name's last word, capitalized ("Priya Raghunathan is a"),
        // read in the text: the line read may start inside it.
        size_t word_begin = 0;
        const std::string_view name = LetterWordEndingAt(text_, offset_ + ts[m - 2].end, &word_begin);
        char folded[24];
        size_t length = 0;
        return ts[m - 2].word && !ts[m - 2].has_digit && !ts[m - 2].all_caps && name.size() >= 2 &&
               StartsWithCapital(text_, word_begin) && FoldAsciiInto(name, folded, &length) &&
               (lexicon_.Flags(std::string_view(folded, length)) & (kStopWord | kTitle | kOrgWord | kMonth)) == 0;
      }
      if (w == "of" || w == "and" || t.has_digit) continue;
      if ((lexicon_.FlagsOfHash(t.hash) & kStopWord) != 0) return false;
    }
    return false;
  }

  // "Pruitt Partners", "Pennington and Sons": f holds nothing but company
  // words right after a capitalized word, or after "and"/'&' and one (the
  // name took the company word alone). No company word is a person's name.
  bool CompanyWordsAlone(const Finding& f, size_t first) const {
    const auto& ts = tokens_.tokens;
    if (first == 0 || ts[first].newline_before) return false;
    const bool joiner = IsJoiner(first - 1) && !(!ts[first - 1].word && ts[first - 1].first == '-');
    if (joiner ? first < 2 || ts[first - 1].newline_before || !IsNameWord(first - 2) : !IsNameWord(first - 1)) {
      return false;
    }
    for (size_t k = first; k < ts.size() && offset_ + ts[k].begin < f.end; ++k) {
      if (!ts[k].word) continue;
      if (!ts[k].capitalized || !IsCompanyWord(tokens_.Folded(ts[k]), joiner)) return false;
    }
    return true;
  }

  // True if tokens_[k] ends a person's name: a capitalized word of a given
  // name or surname list, or one after another capitalized word on its
  // line ("Laura Whitaker"); not a sentence's first word ("Help").
  bool PersonsNameEndsAt(size_t k) const {
    const auto& ts = tokens_.tokens;
    if (!ts[k].word || !ts[k].capitalized || ts[k].has_digit) return false;
    const uint32_t flags = lexicon_.FlagsOfHash(ts[k].hash);
    if ((flags & kStopWord) != 0) return false;
    if ((flags & (kGivenName | kSurname)) != 0) return true;
    return k > 0 && !ts[k].newline_before && ts[k - 1].word && ts[k - 1].capitalized &&
           (lexicon_.FlagsOfHash(ts[k - 1].hash) & kStopWord) == 0;
  }

  // True if a hyphenated pair starts at k and a company's name follows it
  // after a comma or "and" ("Sutton-Talbot and Prescott Group").
  bool FirmShapeThenCompany(size_t k) const {
    const auto& ts = tokens_.tokens;
    if (k + 4 >= ts.size() || !IsNameWord(k) || ts[k + 1].word || ts[k + 1].first != '-' || ts[k + 1].space_before ||
        ts[k + 2].space_before || !IsNameWord(k + 2) || ts[k + 3].newline_before) {
      return false;
    }
    const text::Token& joiner = ts[k + 3];
    if (!IsJoiner(k + 3) && !(!joiner.word && joiner.first == ',')) return false;
    return !ts[k + 4].newline_before && EndsInCompanyWord(k + 4);
  }

  // "The" or "the" before a firm's name is no part of a person's name.
  bool IsFirmWordBefore(size_t k) const { return tokens_.Folded(tokens_.tokens[k]) == "the"; }

  // A letterhead's firm: f lies in a line that holds nothing but three
  // surnames of the lists, as "A, B and C" (or "A, B & C"; a quoting '>'
  // before them), at most one a given name too, and the next line, or the
  // one after, opens with an address ("Owens, Duran and Oneal\n4471 Oak
  // Street"). In a testimony such a line naming people has a verb or a
  // label on it. Under a signature's name and trade, two surnames joined
  // by a hyphen ("Holt-Pruitt") are the firm too; at a letter's top alone
  // they may be the writer's own double surname.
  bool LetterheadFirm(const Finding& f) {
    if (address_begins_.empty()) return false;
    // The line, at most kMaxLetterheadLine bytes (scans stay bounded on a
    // long line).
    // Found with memrchr and memchr: no line break among the bytes before f
    // (up to one past the bound) or after it means a line too long.
    size_t line_begin = 0;
    {
      const size_t from = f.begin > kMaxLetterheadLine ? f.begin - kMaxLetterheadLine - 1 : 0;
      const void* nl = memrchr(text_.data() + from, '\n', f.begin - from);
      if (nl != nullptr) {
        line_begin = static_cast<size_t>(static_cast<const char*>(nl) - text_.data()) + 1;
      } else if (f.begin > kMaxLetterheadLine) {
        return false;
      }
    }
    size_t line_end = text_.size();
    {
      // The first position the bound stops at, if no line break comes first.
      const size_t stop = std::max(f.end, line_begin + kMaxLetterheadLine);
      const size_t to = std::min(text_.size(), stop + 1);
      const void* nl = f.end < to ? std::memchr(text_.data() + f.end, '\n', to - f.end) : nullptr;
      if (nl != nullptr) {
        line_end = static_cast<size_t>(static_cast<const char*>(nl) - text_.data());
      } else if (stop < text_.size()) {
        return false;
      }
    }
    // The address opens one of the next two lines (after a quoting '>').
    size_t next = line_end;
    bool address_follows = false;
    bool next_line_address = false;
    for (int lines = 0; lines < 2 && next < text_.size() && !address_follows; ++lines) {
      size_t p = next + 1;
      while (p < text_.size() && p - next < 8 && (text_[p] == ' ' || text_[p] == '\t' || text_[p] == '>')) ++p;
      const auto it = std::lower_bound(address_begins_.begin(), address_begins_.end(), p);
      address_follows = it != address_begins_.end() && *it == p;
      next = p;
      while (next < text_.size() && text_[next] != '\n' && next - p < kMaxLetterheadLine) ++next;
      // Under a signature the address may start past a first word the
      // rules left out ("Đoko and ul. Miła 53"): one that starts on the
      // next line counts there.
      next_line_address = next_line_address || (lines == 0 && it != address_begins_.end() && *it < next);
      if (next < text_.size() && text_[next] != '\n') break;
    }
    if (!address_follows && !next_line_address) return false;
    text::Tokenize(text_.substr(line_begin, line_end - line_begin), &tokens_);
    const auto& ts = tokens_.tokens;
    size_t k = 0;
    while (k < ts.size() && !ts[k].word && ts[k].first == '>') ++k;
    // Surname , Surname (and|&) Surname, and nothing else; or, in a
    // signature block, Surname-Surname. The shape is read first: the lines
    // above are read for the few lines that have it.
    // One word under a signature's name ("Dana Whitfield\nPennington\n4471
    // Oak Street"): the firm the writer signs for, when the address opens
    // the next line. No given name: "Dana\nRosa" may be two people.
    if (ts.size() == k + 1) {
      const uint32_t flags = lexicon_.FlagsOfHash(ts[k].hash);
      return address_follows && ts[k].word && ts[k].capitalized && !ts[k].has_digit &&
             ts[k].end - ts[k].begin >= 3 &&
             (flags & (kGivenName | kTitle | kKinCue | kNameCue | kStopWord)) == 0 && UnderASignature(line_begin);
    }
    if (ts.size() != k + 5 && ts.size() != k + 3) return false;
    // One surname that is a given name too ("Gordon, Webb and Lowe")
    // counts: the letter's head or the block of a name and a trade above
    // the line says who writes; a given name of no surname list ("Maria,
    // Duran and Oneal"), or two that are given names too, keep the line a
    // list of people.
    // Under a signature's name a surname of no list counts too ("Calloway"
    // is on none): a word of no list that is no dictionary word.
    // A block written all in lower case ("naomi ryan" / "sewer pipe
    // cleaner" / "hubbard, fox and gillespie") reads the same under a
    // lower-case name and trade, with listed surnames only.
    const bool lower = k < ts.size() && ts[k].word && !ts[k].capitalized;
    int given_too = 0;
    int max_given_too = 1;
    bool unlisted = false;
    auto surname = [&](size_t i) {
      if (!ts[i].word || ts[i].capitalized == lower || ts[i].has_digit) return false;
      const uint32_t flags = lexicon_.FlagsOfHash(ts[i].hash);
      if ((flags & kGivenName) != 0) ++given_too;
      if ((flags & kSurname) == 0) {
        if (lower) return false;
        if ((flags & (kGivenName | kTitle | kKinCue | kNameCue | kStopWord)) != 0 ||
            lexicon_.IsDictionaryHash(ts[i].hash) || ts[i].end - ts[i].begin < 3) {
          return false;
        }
        unlisted = true;
      }
      return given_too <= max_given_too;
    };
    if (ts.size() == k + 3) {
      // Under a signature both may be given names too, as in a firm's place
      // ("Dana Whitfield\nClaims adjuster\nJohnson-Smith"): the line above
      // says who signs; not a compound given name ("Jean-Pierre").
      max_given_too = 2;
      return surname(k) && !ts[k + 1].word && ts[k + 1].first == '-' && !ts[k + 1].space_before &&
             !ts[k + 2].space_before && !OpensCompoundGivenName(tokens_.Folded(ts[k])) && surname(k + 2) &&
             (lower ? UnderANameAndATrade(line_begin, true) : UnderASignature(line_begin));
    }
    if (!surname(k) || ts[k + 1].word || ts[k + 1].first != ',' || !surname(k + 2)) return false;
    const text::Token& joiner = ts[k + 3];
    if (!((joiner.word && tokens_.Folded(joiner) == "and") || (!joiner.word && joiner.first == '&'))) return false;
    if (lower) return surname(k + 4) && UnderANameAndATrade(line_begin, true);
    return surname(k + 4) &&
           ((address_follows && !unlisted && AtTheTopOfALetter(line_begin)) || UnderASignature(line_begin));
  }

  // True if the line at line_begin closes a signature block: under a name
  // and a trade (UnderANameAndATrade), or right under a name that heads the
  // letter ("Dana Whitfield\nHolt-Pruitt\n4471 Oak Street" at the text's
  // top, the address under both): the writer, then the firm. A name's line
  // further down is a testimony's, whose next line may be more people.
  bool UnderASignature(size_t line_begin) {
    size_t name_begin = 0, name_end = 0;
    if (LineAbove(line_begin, &name_begin, &name_end) && AtTheTopOfALetter(name_begin) &&
        IsNameLine(name_begin, name_end)) {
      return true;
    }
    return UnderANameAndATrade(line_begin);
  }

  // True if the line at line_begin is where a letter's head stands: the
  // text's first line that is not blank, or its second when the first
  // greets ("Dear Ms. Perez,") or quotes a name ("> Linda Shaw"). Three
  // surnames alone on a line further down are the people a testimony lists
  // ("The men who guarded us:\nOwens, Duran and Oneal"), so only the top
  // frees them. A letter's head is short: past kMaxLetterheadTop bytes no
  // line is read (the walk stays bounded for every finding).
  bool AtTheTopOfALetter(size_t line_begin) const {
    if (line_begin > kMaxLetterheadTop) return false;
    size_t first_begin = std::string_view::npos;  // the first line that is not blank
    size_t first_end = 0;
    for (size_t p = 0; p < line_begin;) {
      size_t e = text_.find('\n', p);
      if (e == std::string_view::npos || e > line_begin) e = line_begin;
      size_t b = p;
      while (b < e && (text_[b] == ' ' || text_[b] == '\t' || text_[b] == '\r')) ++b;
      if (b < e) {
        if (first_begin != std::string_view::npos) return false;  // a third line
        first_begin = b;
        first_end = e;
      }
      p = e + 1;
    }
    if (first_begin == std::string_view::npos) return true;
    std::string_view first = text_.substr(first_begin, first_end - first_begin);
    while (!first.empty() && (first.back() == ' ' || first.back() == '\t' || first.back() == '\r')) {
      first.remove_suffix(1);
    }
    return first.starts_with(">") || first.starts_with("Dear ") || first.ends_with(",");
  }

  // True if the line at line_begin closes a signature block: the line
  // right above it is a trade ("Claims adjuster", "senior payroll clerk":
  // one to five words of letters, lower case after the first, none a
  // function word but "of" and "and") and the one above that a name (two to
  // four words, each capitalized or an initial). Who signs, then what they
  // do, then the firm they do it for: a testimony that lists people writes
  // a sentence or a label above them ("The men who guarded us:"). Each line
  // read is at most kMaxLetterheadLine bytes.
  bool UnderANameAndATrade(size_t line_begin, bool lower = false) {
    size_t trade_begin = 0, trade_end = 0, name_begin = 0, name_end = 0;
    if (!LineAbove(line_begin, &trade_begin, &trade_end) || !LineAbove(trade_begin, &name_begin, &name_end)) {
      return false;
    }
    text::Tokenize(text_.substr(trade_begin, trade_end - trade_begin), &tokens_);
    {
      const auto& ts = tokens_.tokens;
      size_t k = 0;
      while (k < ts.size() && !ts[k].word && ts[k].first == '>') ++k;
      const size_t words = ts.size() - k;
      if (words < 1 || words > 5) return false;
      for (size_t i = k; i < ts.size(); ++i) {
        const text::Token& t = ts[i];
        if (!t.word || t.has_digit) return false;
        if (i > k && t.capitalized) return false;
        const std::string_view w = tokens_.Folded(t);
        if ((lexicon_.FlagsOfHash(t.hash) & kStopWord) != 0 && w != "of" && w != "and") return false;
      }
    }
    return IsNameLine(name_begin, name_end, lower);
  }

  // True if text_[begin, end) is a name alone: two to four words, each
  // capitalized or an initial with its period, after a quoting '>'.
  // Lower: every word in lower case, the first a listed given name
  // ("naomi ryan").
  bool IsNameLine(size_t begin, size_t end, bool lower = false) {
    text::Tokenize(text_.substr(begin, end - begin), &tokens_);
    const auto& ts = tokens_.tokens;
    size_t k = 0;
    while (k < ts.size() && !ts[k].word && ts[k].first == '>') ++k;
    int words = 0;
    for (size_t i = k; i < ts.size(); ++i) {
      const text::Token& t = ts[i];
      if (!t.word) {
        // An initial's period ("Dana K. Whitfield").
        if (t.first != '.' || i == k || !ts[i - 1].word || ts[i - 1].end - ts[i - 1].begin != 1) return false;
        continue;
      }
      // An initial is no stop word ("Karin M. Beike": "m" is Haitian's "I").
      const bool initial = t.end - t.begin == 1 && i + 1 < ts.size() && !ts[i + 1].word && ts[i + 1].first == '.';
      if (t.capitalized == lower || t.has_digit || (!initial && (lexicon_.FlagsOfHash(t.hash) & kStopWord) != 0)) {
        return false;
      }
      if (lower && words == 0 && (lexicon_.FlagsOfHash(t.hash) & kGivenName) == 0) return false;
      ++words;
    }
    return words >= 2 && words <= 4;
  }

  // The line ending right before line_begin ("\n" at line_begin - 1), not
  // blank, at most kMaxLetterheadLine bytes, without its trailing spaces.
  bool LineAbove(size_t line_begin, size_t* begin, size_t* end) const {
    if (line_begin < 2 || text_[line_begin - 1] != '\n') return false;
    size_t e = line_begin - 1;
    while (e > 0 && (text_[e - 1] == ' ' || text_[e - 1] == '\t' || text_[e - 1] == '\r')) --e;
    size_t b = e;
    while (b > 0 && text_[b - 1] != '\n') {
      if (e - b >= kMaxLetterheadLine) return false;
      --b;
    }
    if (b == e) return false;
    *begin = b;
    *end = e;
    return true;
  }

  // IsCompanyWord of an ASCII word (company words are ASCII), without a
  // heap string.
  bool IsCompanyAscii(std::string_view word, bool after_joiner) const {
    char folded[16];
    size_t length = 0;
    if (word.size() < 2 || word.size() > sizeof(folded) || !FoldAsciiInto(word, folded, &length)) return false;
    return IsCompanyWord(std::string_view(folded, length), after_joiner);
  }

  bool IsCompanyWord(std::string_view folded, bool after_joiner) const {
    if (folded == "brothers" || folded == "bros") return false;  // "the Kelly Brothers": a family
    if (folded == "sons") return after_joiner;  // "Parker & Sons"
    return IsExtraCompanyWord(folded) || (lexicon_.Flags(folded) & kOrgSuffix) != 0;
  }

  bool IsNameWord(size_t k) const {
    const text::Token& t = tokens_.tokens[k];
    return t.word && t.capitalized && tokens_.Folded(t) != "and";
  }

  // '&', a hyphen inside a word, "and"/"And".
  bool IsJoiner(size_t k) const {
    const text::Token& t = tokens_.tokens[k];
    if (t.word) return tokens_.Folded(t) == "and";
    return t.first == '&' || (t.first == '-' && !t.space_before);
  }

  // "Harper Logistics", "Barnett, Cole and Ruiz LLP", "Parker & Sons".
  bool EndsInCompanyWord(size_t k) const {
    const auto& ts = tokens_.tokens;
    int words = 0;
    bool joiner = false, comma = false, conjunction = false;
    for (; k < ts.size() && !ts[k].newline_before; ++k) {
      const text::Token& t = ts[k];
      if (t.word && t.capitalized && tokens_.Folded(t) != "and") {
        // Not a word glued to more by a hyphen ("Pedro Co-signed").
        const bool glued = k + 1 < ts.size() && !ts[k + 1].word && ts[k + 1].first == '-' &&
                           !ts[k + 1].space_before;
        if (!glued && IsCompanyWord(tokens_.Folded(t), joiner && conjunction)) return !comma || conjunction;
        if (++words > kMaxNameWords) return false;
        joiner = false;
        continue;
      }
      if (joiner) return false;  // two joiners in a row
      if (IsJoiner(k)) {
        conjunction = conjunction || t.word || t.first == '&';
      } else if (!t.word && t.first == ',') {
        comma = true;
      } else {
        return false;
      }
      joiner = true;
    }
    return false;
  }

  // "Holloway is a staffing agency that...", "Ross & Webb is a law firm",
  // "Ballantine is a 2015 Irish action-comedy film directed by...".
  bool DefinedAsOrganisation(size_t start, size_t first) const {
    const auto& ts = tokens_.tokens;
    const size_t n = ts.size();
    // The subject opens its sentence (after "The" at most).
    size_t s = start;
    if (s > 0 && ts[s - 1].word && tokens_.Folded(ts[s - 1]) == "the" && !ts[s].newline_before) --s;
    if (s > 0 && !ts[s].newline_before) {
      const text::Token& p = ts[s - 1];
      if (p.word) return false;
      const char32_t c = p.first;
      // Or after an opening phrase and its comma ("Celebrating its 10th year
      // in Tobel, X is a 501(c)3"): the noun and what ends its phrase decide.
      if (c != '.' && c != '!' && c != '?' && c != ':' && c != '"' && c != 0x201C && c != '>' && c != '(' &&
          c != ',') {
        return false;
      }
    }
    size_t k = first + 1;
    while (k < n && !ts[k].newline_before && (IsJoiner(k) || IsNameWord(k))) ++k;
    if (k + 2 >= n || !ts[k].word || !ts[k + 1].word) return false;
    const std::string_view verb = tokens_.Folded(ts[k]);
    const std::string_view article = tokens_.Folded(ts[k + 1]);
    if ((verb != "is" && verb != "was") || (article != "a" && article != "an") || ts[k].capitalized) return false;
    return DescribesOrganisation(k + 2);
  }

  // True if the words from k on, after "is a" or ", a", describe an
  // organisation: "a design agency based in", "a 501(c)3", "a law firm."
  // (and not "a bank teller").
  bool DescribesOrganisation(size_t k) const {
    const auto& ts = tokens_.tokens;
    const size_t n = ts.size();
    const size_t limit = std::min(n, k + 2 * kMaxDescribingWords);
    for (size_t m = k; m < limit && !ts[m].newline_before; ++m) {
      const text::Token& t = ts[m];
      if (!t.word) {
        if (t.first == '-' || t.first == '(' || t.first == ')') continue;
        return false;
      }
      const std::string_view w = tokens_.Folded(t);
      // "a 501(c)3": a charity by its tax status.
      if (w == "501" && text_.substr(offset_ + t.end, 3) == "(c)") return true;
      if (IsOrganisationNoun(w)) {
        if (m + 1 >= n || ts[m + 1].newline_before) return true;
        const text::Token& next = ts[m + 1];
        if (!next.word) {
          const char32_t c = next.first;
          if (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')') return true;
          return false;
        }
        const std::string_view nw = tokens_.Folded(next);
        if (nw == "and") continue;  // "a bank and financial services company"
        return EndsOrganisationPhrase(nw);
      }
      if (w != "and" && (lexicon_.FlagsOfHash(t.hash) & kStopWord) != 0) return false;
    }
    return false;
  }

  // "X, which later became Zillow in 2014": what a company or a thing
  // became is no person ("the man who became Pedro's boss" and "which became
  // Mario Soto's crew" keep theirs: a possessive follows).
  bool AfterWhichBecame(size_t start) const {
    const auto& ts = tokens_.tokens;
    if (start < 2 || ts[start].newline_before || !ts[start - 1].word ||
        tokens_.Folded(ts[start - 1]) != "became") {
      return false;
    }
    size_t w = start - 2;
    if (!ts[w].word) return false;
    static constexpr std::string_view kAdverbs[] = {"later", "then", "eventually", "soon", "quickly", "finally"};
    for (std::string_view a : kAdverbs) {
      if (tokens_.Folded(ts[w]) == a && w > 0 && ts[w - 1].word) {
        --w;
        break;
      }
    }
    if (tokens_.Folded(ts[w]) != "which") return false;
    size_t k = start;
    // Over a list's commas too ("Lockhart, Prescott and Talbot's").
    while (k < ts.size() && !ts[k].newline_before &&
           (IsJoiner(k) || IsNameWord(k) ||
            (!ts[k].word && ts[k].first == ',' && k + 1 < ts.size() && IsNameWord(k + 1)))) {
      ++k;
    }
    // Not "Mario Soto's crew".
    return !(k < ts.size() && !ts[k].word && (ts[k].first == '\'' || ts[k].first == 0x2019));
  }

  std::string_view text_;
  const NameLexicon& lexicon_;
  const std::vector<size_t>& address_begins_;
  text::Tokens tokens_;
  size_t offset_ = 0;
};

}  // namespace

void KeepCompanyNames(std::string_view text, std::string_view language, const std::vector<Finding>& others,
                      std::vector<Finding>* findings) {
  if (language.substr(0, 2) != "en") return;
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  std::vector<size_t> address_begins;
  for (const Finding& f : others) {
    if (f.type == IdentifierType::kAddress) address_begins.push_back(f.begin);
  }
  std::sort(address_begins.begin(), address_begins.end());
  CompanyReader reader(text, *lexicon, address_begins);
  findings->erase(std::remove_if(findings->begin(), findings->end(),
                                 [&](const Finding& f) {
                                   return IsGuessedPerson(f) && f.end > f.begin && reader.InsideCompany(f);
                                 }),
                  findings->end());
}

}  // namespace amparo::redaction
