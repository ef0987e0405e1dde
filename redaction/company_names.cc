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
      "ministry",   "ministries"};
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
    if (!MayStartCompany(f)) return false;
    text::Tokenize(LineAround(text_, f.begin, f.end, kReachBefore, kReachAfter, &offset_), &tokens_);
    const auto& ts = tokens_.tokens;
    const size_t n = ts.size();
    size_t first = 0;
    while (first < n && offset_ + ts[first].begin < f.begin) ++first;
    if (first >= n || !ts[first].word) return false;
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
    if (word_begin > f.begin && IsCompanyAscii(last, true)) return true;
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
    size_t line_begin = f.begin;
    while (line_begin > 0 && text_[line_begin - 1] != '\n') {
      if (f.begin - line_begin >= kMaxLetterheadLine) return false;
      --line_begin;
    }
    size_t line_end = f.end;
    while (line_end < text_.size() && text_[line_end] != '\n') {
      if (line_end - line_begin >= kMaxLetterheadLine) return false;
      ++line_end;
    }
    // The address opens one of the next two lines (after a quoting '>').
    size_t next = line_end;
    bool address_follows = false;
    for (int lines = 0; lines < 2 && next < text_.size() && !address_follows; ++lines) {
      size_t p = next + 1;
      while (p < text_.size() && p - next < 8 && (text_[p] == ' ' || text_[p] == '\t' || text_[p] == '>')) ++p;
      const auto it = std::lower_bound(address_begins_.begin(), address_begins_.end(), p);
      address_follows = it != address_begins_.end() && *it == p;
      next = p;
      while (next < text_.size() && text_[next] != '\n' && next - p < kMaxLetterheadLine) ++next;
      if (next < text_.size() && text_[next] != '\n') break;
    }
    if (!address_follows) return false;
    text::Tokenize(text_.substr(line_begin, line_end - line_begin), &tokens_);
    const auto& ts = tokens_.tokens;
    size_t k = 0;
    while (k < ts.size() && !ts[k].word && ts[k].first == '>') ++k;
    // Surname , Surname (and|&) Surname, and nothing else; or, in a
    // signature block, Surname-Surname. The shape is read first: the lines
    // above are read for the few lines that have it.
    if (ts.size() != k + 5 && ts.size() != k + 3) return false;
    // One surname that is a given name too ("Gordon, Webb and Lowe")
    // counts: the letter's head or the block of a name and a trade above
    // the line says who writes; a given name of no surname list ("Maria,
    // Duran and Oneal"), or two that are given names too, keep the line a
    // list of people.
    int given_too = 0;
    auto surname = [&](size_t i) {
      if (!ts[i].word || !ts[i].capitalized) return false;
      const uint32_t flags = lexicon_.FlagsOfHash(ts[i].hash);
      if ((flags & kGivenName) != 0) ++given_too;
      return (flags & kSurname) != 0 && given_too <= 1;
    };
    if (ts.size() == k + 3) {
      return surname(k) && !ts[k + 1].word && ts[k + 1].first == '-' && !ts[k + 1].space_before &&
             !ts[k + 2].space_before && surname(k + 2) && UnderANameAndATrade(line_begin);
    }
    if (!surname(k) || ts[k + 1].word || ts[k + 1].first != ',' || !surname(k + 2)) return false;
    const text::Token& joiner = ts[k + 3];
    if (!((joiner.word && tokens_.Folded(joiner) == "and") || (!joiner.word && joiner.first == '&'))) return false;
    return surname(k + 4) && (AtTheTopOfALetter(line_begin) || UnderANameAndATrade(line_begin));
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
  bool UnderANameAndATrade(size_t line_begin) {
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
    text::Tokenize(text_.substr(name_begin, name_end - name_begin), &tokens_);
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
      if (!t.capitalized || t.has_digit || (lexicon_.FlagsOfHash(t.hash) & kStopWord) != 0) return false;
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
    const size_t limit = std::min(n, k + 2 + 2 * kMaxDescribingWords);
    for (size_t m = k + 2; m < limit && !ts[m].newline_before; ++m) {
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
    while (k < ts.size() && !ts[k].newline_before && (IsJoiner(k) || IsNameWord(k))) ++k;
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
                                   return std::strcmp(f.detector, "names") == 0 &&
                                          f.type == IdentifierType::kPersonName && f.end > f.begin &&
                                          reader.InsideCompany(f);
                                 }),
                  findings->end());
}

}  // namespace amparo::redaction
