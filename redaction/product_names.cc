#include "redaction/product_names.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "redaction/name_detector_data.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/person_context.h"
#include "redaction/place_veto.h"

namespace amparo::redaction {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAlnum(char c) { return IsDigit(c) || IsUpper(c) || IsLower(c); }

// The length of the code at text[pos] ("S21", "3D"), or 0 if none starts
// there: letters and digits up to a non-letter, at most 8, with a digit and
// a letter, every letter in capitals.
size_t CodeAt(std::string_view text, size_t pos) {
  constexpr size_t kLongest = 8;
  size_t end = pos, digits = 0, letters = 0;
  while (end < text.size() && IsAlnum(text[end])) {
    if (end - pos == kLongest) return 0;
    if (IsLower(text[end])) return 0;  // "2nd", "2day", "5pm": no code
    (IsDigit(text[end]) ? digits : letters) += 1;
    ++end;
  }
  if (digits == 0 || letters == 0 || end - pos < 2) return 0;
  // Not glued to a word by a mark ("3D-printed" is fine, "S21's" too).
  if (end < text.size() && static_cast<unsigned char>(text[end]) >= 0x80) return 0;
  return end - pos;
}

// The length of the version number at text[pos] ("3.8", "20.04", "v2",
// "v1.4"), or 0: one or two digits, a dot, one or two digits (a date has
// more parts, "12.05.20"); or 'v' and digits with dots.
size_t VersionAt(std::string_view text, size_t pos) {
  auto digits_at = [&](size_t at) {
    size_t k = at;
    while (k < text.size() && IsDigit(text[k]) && k - at < 3) ++k;
    return k - at;
  };
  size_t end = pos;
  if (text[pos] == 'v') {
    ++end;
    const size_t d = digits_at(end);
    if (d == 0) return 0;
    end += d;
    while (end + 1 < text.size() && text[end] == '.' && IsDigit(text[end + 1])) end += 1 + digits_at(end + 1);
  } else {
    const size_t d1 = digits_at(pos);
    if (d1 == 0 || d1 > 2 || pos + d1 + 1 >= text.size() || text[pos + d1] != '.') return 0;
    const size_t d2 = digits_at(pos + d1 + 1);
    if (d2 == 0 || d2 > 2) return 0;
    end = pos + d1 + 1 + d2;
    if (end + 1 < text.size() && text[end] == '.' && IsDigit(text[end + 1])) return 0;
  }
  if (end < text.size() && (IsAlnum(text[end]) || static_cast<unsigned char>(text[end]) >= 0x80)) return 0;
  return end - pos;
}

// The word of letters starting at text[pos], folded ("" if none), and
// *end past it.
std::string WordAt(std::string_view text, size_t pos, size_t* end) {
  size_t e = pos;
  while (e < text.size() && (IsUpper(text[e]) || IsLower(text[e]))) ++e;
  *end = e;
  return text::Fold(text.substr(pos, e - pos));
}

// The word of letters (or UTF-8 bytes) that ends before text[at] past
// spaces, folded ("" if a mark or the text's start comes first), and
// *begin at its start.
std::string WordBefore(std::string_view text, size_t at, size_t* begin) {
  size_t e = at;
  while (e > 0 && text[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && (IsAlnum(text[b - 1]) || static_cast<unsigned char>(text[b - 1]) >= 0x80)) --b;
  *begin = b;
  return text::Fold(text.substr(b, e - b));
}

// A number after a name is an amount, a distance, a time or a span of
// days when a unit follows it: "Yefri 20.00 dollars", "Okonkwo 3.5 km",
// "Yefri 10.30 at night", "7.45 pm". A version number takes none.
bool UnitAfter(std::string_view text, size_t end) {
  static const std::unordered_set<std::string_view> kUnits = {
      "dollars", "dollar", "usd", "bucks", "pesos", "peso", "mxn", "quetzales", "lempiras", "euros",
      "euro", "cents", "gourdes", "gourde", "francs", "franc", "cfa", "naira", "cedis", "cedi",
      "bolivares", "bolivars", "soles", "colones", "cordobas", "reais", "million", "millions",
      "thousand", "grand", "km", "kms", "kilometers", "kilometres", "miles", "mile", "meters", "metres",
      "kilos", "kg", "lbs", "pounds", "hours", "hour", "hrs", "hr", "minutes", "mins", "min",
      "days", "weeks", "months", "years", "am", "pm", "o", "oclock"};
  static const std::unordered_set<std::string_view> kTimesOfDay = {
      "night", "dawn", "noon", "midnight", "morning", "evening", "afternoon", "daybreak"};
  size_t pos = end;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  size_t e = 0;
  const std::string unit = WordAt(text, pos, &e);
  if (kUnits.count(unit) != 0) return true;  // "a.m." reads "a" then ".m.", below
  if (unit == "a" || unit == "p") return e + 1 < text.size() && text[e] == '.' && (text[e + 1] == 'm' || text[e + 1] == 'M');
  // "at night", "in the morning".
  if (unit != "at" && unit != "in") return false;
  while (e < text.size() && text[e] == ' ') ++e;
  std::string next = WordAt(text, e, &e);
  if (next == "the") {
    while (e < text.size() && text[e] == ' ') ++e;
    next = WordAt(text, e, &e);
  }
  return kTimesOfDay.count(next) != 0;
}

// The word after [.., end) is a model code, and no second code follows it,
// or a version number that no unit follows.
bool ModelCodeAfter(std::string_view text, size_t end) {
  size_t pos = end;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos == end || pos >= text.size()) return false;
  if (const size_t version = VersionAt(text, pos); version != 0) return !UnitAfter(text, pos + version);
  const size_t length = CodeAt(text, pos);
  if (length == 0) return false;
  size_t next = pos + length;
  while (next < text.size() && text[next] == ' ') ++next;
  return next == pos + length || next >= text.size() || CodeAt(text, next) == 0;
}

// "YouTube", "PlayStation", "ScuttleButton", "EcoMom": one word of ASCII
// letters joining two or more words of three letters or more that a
// dictionary has and no name list ("PewDiePie" goes too), a product, a
// site or a hashtag written without its '#'. A name joins a particle or a
// name ("McDowell", "DeAndre", "LaToya").
bool JoinsDictionaryWords(const NameLexicon& lexicon, std::string_view word) {
  size_t parts = 0, start = 0;
  for (size_t k = 0; k <= word.size(); ++k) {
    const bool cut = k == word.size() || (k > 0 && IsUpper(word[k]) && IsLower(word[k - 1]));
    if (k < word.size() && !IsUpper(word[k]) && !IsLower(word[k])) return false;
    if (!cut) continue;
    const std::string folded = text::Fold(word.substr(start, k - start));
    if (folded.size() < 3 || !lexicon.IsDictionaryHash(text::FoldedHash(folded)) ||
        (lexicon.Flags(folded) & (kGivenName | kSurname))) {
      return false;
    }
    ++parts;
    start = k;
  }
  return parts >= 2;
}

// A capital after a lower-case letter inside one word: "AskReddit".
bool CamelCase(std::string_view span) {
  for (size_t k = 1; k < span.size(); ++k) {
    if (IsUpper(span[k]) && IsLower(span[k - 1])) return true;
    if (!IsUpper(span[k]) && !IsLower(span[k])) return false;
  }
  return false;
}

// A word of the span is a listed given name or surname ("Juan B18", "Maria
// G5"): a person, whatever code follows. Gangs are named by such codes
// ("Brayan MS13") in the testimonies this archive holds.
bool HoldsListedName(const NameLexicon& lexicon, std::string_view span) {
  size_t start = 0;
  for (size_t k = 0; k <= span.size(); ++k) {
    if (k < span.size() && span[k] != ' ' && span[k] != '-') continue;
    if (k > start && (lexicon.Flags(text::Fold(span.substr(start, k - start))) & (kGivenName | kSurname))) {
      return true;
    }
    start = k + 1;
  }
  return false;
}

// The words before text[at] take a person: "with", "gave", "met", "told",
// "called", "ask", "the agent", "officer", a title or a kin word. What
// follows there is a person whatever code or joined words it has: "They
// called Yefri C12", "The agent Kowalczyk B4521", "I went with BigBoy".
bool PersonCueBefore(const NameLexicon& lexicon, std::string_view text, size_t at) {
  static const std::unordered_set<std::string_view> kCues = {
      "gave", "give", "gives", "giving", "paid", "pay", "pays", "paying", "met", "agent", "agents",
      "officer", "officers", "guard", "guards", "soldier", "sergeant", "sgt", "captain", "commander",
      "smuggler", "coyote", "driver", "called", "call", "named", "nicknamed", "told", "tell",
      "with", "ask", "asked", "beside"};
  size_t b = 0, ignored = 0;
  const std::string before = WordBefore(text, at, &b);
  if (before.empty()) return false;
  const std::string before_that = WordBefore(text, b, &ignored);
  return kCues.count(before) != 0 || IsPersonContext(before_that, before) ||
         (lexicon.Flags(before) & (kTitle | kKinCue | kNameCue)) != 0;
}

// The word after [.., end) is what a person does, as its subject:
// "BigBoy took our money", "GodsPower told us to run", "PrettyBoy hit
// me". Past tenses of people's acts mostly; an app "wants", "crashed".
bool PersonActAfter(const NameLexicon& lexicon, std::string_view text, size_t end) {
  static const std::unordered_set<std::string_view> kActs = {
      "took", "told", "said", "hit", "beat", "gave", "came", "went", "called", "texted", "asked",
      "threatened", "killed", "robbed", "stole", "kidnapped", "sold", "charged", "helped", "hid",
      "drove", "brought", "shot", "raped", "kicked", "grabbed", "pushed", "promised", "lied",
      "yelled", "shouted", "screamed", "cried", "laughed", "smiled", "knew", "met", "paid",
      "hurt", "slapped", "punched", "attacked", "tortured", "abused", "forced", "demanded",
      "ordered", "warned", "lives", "lived"};
  if (end >= text.size() || text[end] != ' ') return false;
  size_t pos = end;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  size_t e = 0;
  const std::string next = WordAt(text, pos, &e);
  if (next.empty() || IsUpper(text[pos])) return false;
  return kActs.count(next) != 0 || (lexicon.Flags(next) & kSpeechCue) != 0;
}

// "MS13", "B18", "M18": the gangs' own codes, after a nickname of no list.
bool GangCodeAfter(std::string_view text, size_t end) {
  size_t pos = end;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  const std::string_view rest = text.substr(pos, 4);
  return rest.starts_with("MS") || rest.starts_with("B18") || rest.starts_with("M18");
}

// The words of brands.txt ("Samsung", "Nissan", "HTC"), folded.
const std::unordered_set<std::string>& Brands() {
  static const auto* brands = [] {
    auto* set = new std::unordered_set<std::string>;
    const std::string_view list = data::EmbeddedFile("brands.txt");
    for (size_t at = 0; at < list.size();) {
      size_t nl = list.find('\n', at);
      if (nl == std::string_view::npos) nl = list.size();
      std::string_view word = list.substr(at, nl - at);
      at = nl + 1;
      if (!word.empty() && word.back() == '\r') word.remove_suffix(1);
      if (!word.empty() && word[0] != '#') set->insert(text::Fold(word));
    }
    return set;
  }();
  return *brands;
}

// The words after [.., end) up to the sentence's end, at most `most`, hold
// a noun of products: "Xperia Z3 phone", "Godot 3.5 update", "JabberDuck
// is the best app".
bool ProductNounAfter(std::string_view text, size_t end, int most) {
  static const std::unordered_set<std::string_view> kNouns = {
      "phone", "phones", "app", "apps", "version", "versions", "update", "updates", "model", "models",
      "edition", "release", "beta", "build", "firmware", "project", "laptop", "tablet", "camera",
      "console", "game", "games", "pro", "plus", "max", "mini", "ultra", "lite", "series", "kernel",
      "os", "server", "sdk", "api", "screen", "battery", "charger", "software", "site", "website",
      "platform", "browser", "device", "engine", "install", "installer", "patch", "music", "song",
      "album", "band", "show", "channel", "account", "page", "store", "shop", "brand", "product"};
  size_t pos = end;
  for (int k = 0; k < most && pos < text.size(); ++k) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    if (pos >= text.size() || text[pos] == '.' || text[pos] == '!' || text[pos] == '?' || text[pos] == '\n') {
      return false;
    }
    size_t e = pos;
    const std::string word = WordAt(text, pos, &e);
    if (kNouns.count(word) != 0) return true;
    // Past a code or a mark ("S21", ","): one step on.
    if (e == pos) {
      while (e < text.size() && text[e] != ' ' && text[e] != '\n' &&
             !(text[e] == '.' && (e + 1 == text.size() || text[e + 1] == ' ' || text[e + 1] == '\n'))) {
        ++e;
      }
      if (e == pos) ++e;
    }
    pos = e;
  }
  return false;
}

// What says a product before its code, where a person is hardly written:
// a listed brand ("Samsung Galaxy S21", "HTC Desire Z3"), a possessive or
// "the new" ("my old Xperia Z3"), a verb of using ("we run Kubuntu
// 20.04"), a 'v' version ("Zorbix v2.1") or a noun of products after the
// code ("Godot 3.5 update"). A surname alone before a code opens a
// testimony's sentence as a badge, a cell or a plate does: "Kowalczyk
// B4521 took my papers", "Okonkwo 3.5 later he came back".
bool ProductEvidence(std::string_view text, std::string_view span, size_t begin, size_t end) {
  static const std::unordered_set<std::string_view> kBefore = {
      "my", "your", "our", "his", "their", "its", "the", "a", "an", "new", "old", "latest", "newest",
      "this", "that", "these", "those", "run", "runs", "running", "ran", "use", "uses", "using",
      "install", "installed", "installing", "bought", "buy", "buying", "tried", "try", "trying",
      "download", "downloaded", "upgrade", "upgraded", "update", "updated", "own", "owns", "owned",
      "bricked", "rooted", "flashed", "playing", "played", "on", "for", "of"};
  const auto& brands = Brands();
  // A brand inside the span ("HTC Desire") or just before it.
  size_t start = 0;
  for (size_t k = 0; k <= span.size(); ++k) {
    if (k < span.size() && span[k] != ' ') continue;
    if (k > start && brands.count(text::Fold(span.substr(start, k - start))) != 0) return true;
    start = k + 1;
  }
  size_t b = 0;
  const std::string before = WordBefore(text, begin, &b);
  if (!before.empty() && (kBefore.count(before) != 0 || brands.count(before) != 0)) return true;
  size_t pos = end;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos < text.size() && text[pos] == 'v') return true;
  return ProductNounAfter(text, end, 3);
}

// The first word of the span is a title or a cue of persons: "Officer
// Kowalczyk", "Mr Brzezinski" (the name detector takes the title in).
bool OpensWithPersonCue(const NameLexicon& lexicon, std::string_view span) {
  size_t e = 0;
  const std::string first = WordAt(span, 0, &e);
  if (e >= span.size() || first.empty()) return false;
  static const std::unordered_set<std::string_view> kCues = {
      "officer", "agent", "guard", "soldier", "sergeant", "sgt", "captain", "commander", "coyote",
      "smuggler", "driver", "inspector", "detective", "lieutenant", "major", "colonel", "general"};
  return kCues.count(first) != 0 || (lexicon.Flags(first) & (kTitle | kKinCue | kNameCue)) != 0;
}

// [begin, ..) stands where a subject does: the text's or a sentence's or
// a clause's start, or after a word that opens a clause ("Then PrettyBoy
// will take you", "and BigBoy sold us").
bool SubjectPosition(std::string_view text, size_t begin) {
  static const std::unordered_set<std::string_view> kOpeners = {
      "and", "but", "then", "later", "so", "when", "because", "until", "after", "before", "while",
      "since", "that", "now", "also", "today", "yesterday", "there", "where", "once", "if"};
  size_t e = begin;
  while (e > 0 && text[e - 1] == ' ') --e;
  if (e == 0) return true;
  const char c = text[e - 1];
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\n' || c == ',' || c == '"') return true;
  size_t b = 0;
  const std::string before = WordBefore(text, begin, &b);
  return kOpeners.count(before) != 0;
}

// The word after [.., end) is a verb with the name as its subject, and not
// one that things do ("crashed", "works", "loads"): "BigBoy is the one",
// "PrettyBoy was the guide", "BigBoy has our passports", "PrettyBoy will
// take you". The name is a person there unless a noun of products follows
// within the clause ("JabberDuck is the best app").
bool VerbAfter(const NameLexicon& lexicon, std::string_view text, size_t end) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "is", "was", "has", "had", "have", "will", "would", "can", "could", "did", "does", "do",
      "isnt", "wasnt", "hasnt", "didnt", "doesnt", "wont", "cant", "must", "should", "might",
      "knows", "wants", "sells", "says", "keeps", "takes", "gets", "got", "lets", "makes", "made",
      "left", "saw", "found", "kept", "sent", "let", "put", "set", "ran", "caught", "knew",
      "always", "never", "also", "just", "still"};
  static const std::unordered_set<std::string_view> kThings = {
      "crashed", "crashes", "froze", "freezes", "loaded", "loads", "launched", "launches", "updated",
      "works", "worked", "rocks", "rocked", "sucks", "sucked", "released", "lagged", "lags", "deleted",
      "banned", "glitched", "restarted", "reloaded", "uploaded", "trended", "trending", "featured"};
  if (end >= text.size() || text[end] != ' ') return false;
  size_t pos = end;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  size_t e = 0;
  std::string next = WordAt(text, pos, &e);
  if (next.empty() || IsUpper(text[pos])) return false;
  // "isn't", "didn't": the letters of both halves.
  if (e + 1 < text.size() && text[e] == '\'' && text[e + 1] == 't') next += 't';
  if (kThings.count(next) != 0) return false;
  const bool verb = kVerbs.count(next) != 0 || (next.size() > 4 && next.ends_with("ed")) ||
                    (lexicon.Flags(next) & kSpeechCue) != 0;
  return verb && !ProductNounAfter(text, e, 6);
}

}  // namespace

void KeepProductNames(std::string_view text, std::string_view language, std::vector<Finding>* names) {
  if (language.substr(0, 2) != "en") return;
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  // The findings before a code that nothing here shows as products.
  std::vector<char> unproven(names->size(), 0);
  auto product = [&](const Finding& f) {
    if (!IsGuessedPerson(f)) return false;
    const std::string_view span = text.substr(f.begin, f.end - f.begin);
    const bool joined = span.size() <= 40 && JoinsDictionaryWords(*lexicon, span);
    // "r/AskReddit": a forum of Reddit. Not a listed name ("ask
    // r/Gonzalez") nor a word a person cue takes ("ask r/Okonkwo"), unless
    // its words are joined as forums join them ("ask r/AskReddit", "ask
    // r/NoStupidQuestions").
    const bool after_r = f.begin >= 2 && text[f.begin - 1] == '/' &&
                         (text[f.begin - 2] == 'r' || text[f.begin - 2] == 'R') &&
                         (f.begin == 2 || !IsAlnum(text[f.begin - 3]));
    if (after_r) {
      return !HoldsListedName(*lexicon, span) &&
             (joined || CamelCase(span) || !PersonCueBefore(*lexicon, text, f.begin - 2));
    }
    const bool model = ModelCodeAfter(text, f.end) && !GangCodeAfter(text, f.end) && !HoldsListedName(*lexicon, span);
    if (!model && !joined) return false;
    // After a person cue or with a title: a badge, a nickname, an amount.
    if (PersonCueBefore(*lexicon, text, f.begin) || OpensWithPersonCue(*lexicon, span)) return false;
    if (model) {
      if (ProductEvidence(text, span, f.begin, f.end)) return true;
      // No evidence here: a product only if the text shows it as one
      // elsewhere (below).
      if (!joined) {
        unproven[&f - names->data()] = 1;
        return false;
      }
    }
    // A listed brand or product, joined: "PlayStation", "WhatsApp".
    if (Brands().count(text::Fold(span)) != 0) return true;
    // "BigBoy took our money", "BigBoy is the one who sold us": a
    // nickname where a person stands.
    if (PersonActAfter(*lexicon, text, f.end)) return false;
    return !(SubjectPosition(text, f.begin) && VerbAfter(*lexicon, text, f.end));
  };
  std::vector<char> drop(names->size(), 0);
  bool any = false;
  for (size_t i = 0; i < names->size(); ++i) {
    if (product((*names)[i])) drop[i] = any = true;
  }
  if (!any) return;
  // A word before a code with no evidence of its own is the product the
  // text names with evidence elsewhere: "we run Kubuntu 20.04 at work.
  // Kubuntu 20.04 is great".
  std::unordered_set<std::string> products;
  for (size_t i = 0; i < names->size(); ++i) {
    const Finding& f = (*names)[i];
    if (drop[i]) products.insert(text::Fold(text.substr(f.begin, f.end - f.begin)));
  }
  for (size_t i = 0; i < names->size(); ++i) {
    const Finding& f = (*names)[i];
    if (unproven[i] && products.count(text::Fold(text.substr(f.begin, f.end - f.begin))) != 0) drop[i] = 1;
  }
  // A word the text names as a person elsewhere (a finding left above)
  // stays that person here: "I went with BigBoy ... BigBoy is the one",
  // "We crossed with Okonkwo ... the photos are in r/Okonkwo".
  DropMarkedUnlessAPersonNamesThem(text, drop, names);
}

}  // namespace amparo::redaction
