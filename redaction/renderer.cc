#include "redaction/renderer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <string>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// Byte equality, inline: std::string == const char* and string_view's
// compare() are calls here, made for every age and date rendered.
inline bool SameBytes(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size()) == 0);
}

bool IsKnownName(const Finding& f) { return std::string_view(f.detector) == "known" && IsPersonFinding(f); }

// Which member of a cluster of overlapping findings gives the merged
// finding its type.
const Finding& Representative(const std::vector<Finding>& cluster) {
  const Finding* best = &cluster[0];
  for (const Finding& f : cluster) {
    size_t len = f.end - f.begin, best_len = best->end - best->begin;
    if (len > best_len || (len == best_len && f.confidence > best->confidence)) best = &f;
  }
  if (IsPersonFinding(*best) && !IsKnownName(*best)) {
    // A listed name overrides a guessed one over the same words.
    for (const Finding& f : cluster) {
      if (IsKnownName(f)) return f;
    }
  }
  return *best;
}

std::string Language(const RedactionOptions& options) {
  std::string lang = options.language.substr(0, 2);
  for (char& c : lang) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lang != "en" && lang != "fr" && lang != "ht") lang = "es";
  return lang;
}

// The last word of FoldText(part) when part ends with a word of ASCII bytes
// (whitespace may follow it) that an ASCII whitespace byte precedes within
// part: that word in lower case, written to out (room for part.size()
// bytes). FoldText() makes every whitespace run one space and drops it at
// the end, and folds an ASCII byte alone to its lower case, whatever comes
// before the whitespace. False where part ends otherwise (a byte from 0x80
// on in the word, or no whitespace before it): the caller folds it all.
// Most ages follow such a word ("tenía 7", "I was 32", "de 17"): folding the
// 24 bytes before each age cost ~1,000 instructions.
bool AsciiLastWordInto(std::string_view part, char* out, std::string_view* word) {
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  size_t end = part.size();
  while (end > 0 && space(part[end - 1])) --end;
  size_t begin = end;
  while (begin > 0 && static_cast<unsigned char>(part[begin - 1]) < 0x80 && !space(part[begin - 1])) --begin;
  if (begin == 0 || begin == end || !space(part[begin - 1])) return false;
  for (size_t k = begin; k < end; ++k) {
    const char c = part[k];
    out[k - begin] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  *word = std::string_view(out, end - begin);
  return true;
}

// What AgeLanguage() reads of FoldText(part) (part: the bytes after an age)
// without folding it: the letters it opens with, in lower case, written to
// out (room for part.size() bytes), and whether it opens with "-year".
// FoldText() drops leading whitespace and folds an ASCII byte alone to its
// lower case, so both are read off the bytes when the word and the byte
// after it are ASCII ("I was 32 when", "7 ans", "32-year-old"), or the word
// is "años" / "AÑOS" ("ñ" and "Ñ" fold to "n", the byte after them ASCII).
// False otherwise (a byte from 0x80 on may fold to a letter: "-ýear",
// "anõs"): the caller folds. Folding 16 bytes after each age cost ~400
// instructions.
bool AsciiWordAfter(std::string_view part, char* out, std::string_view* word, bool* dash_year) {
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  size_t p = 0;
  while (p < part.size() && space(part[p])) ++p;
  *word = std::string_view();
  *dash_year = false;
  if (p == part.size()) return true;  // FoldText() gives ""
  const char c = part[p];
  if (static_cast<unsigned char>(c) >= 0x80) return false;
  if (c == '-') {
    // "-year": the four bytes after the hyphen, which must be ASCII to be
    // read so (an ASCII whitespace byte among them folds to a space, no
    // letter of "year", as the byte itself is none).
    const size_t end = std::min(part.size(), p + 5);
    for (size_t k = p + 1; k < end; ++k) {
      if (static_cast<unsigned char>(part[k]) >= 0x80) return false;
    }
    if (end == p + 5) {
      char year[4];
      for (size_t k = 0; k < 4; ++k) {
        const char b = part[p + 1 + k];
        year[k] = b >= 'A' && b <= 'Z' ? static_cast<char>(b + 32) : b;
      }
      *dash_year = std::memcmp(year, "year", 4) == 0;
    }
    return true;
  }
  if (!letter(c)) return true;  // a digit or a sign opens it: no word
  size_t q = p;
  size_t length = 0;
  while (q < part.size()) {
    const char b = part[q];
    if (letter(b)) {
      out[length++] = b >= 'A' && b <= 'Z' ? static_cast<char>(b + 32) : b;
      ++q;
    } else if (b == '\xC3' && q + 1 < part.size() && (part[q + 1] == '\xB1' || part[q + 1] == '\x91')) {
      out[length++] = 'n';  // "ñ", "Ñ"
      q += 2;
    } else {
      break;
    }
  }
  // The byte after the word: ASCII folds to no letter; another may fold to
  // one ("anõs") or be cut ("a\xC3" at the 16th byte: U+FFFD, no letter).
  if (q < part.size() && static_cast<unsigned char>(part[q]) >= 0x80) return false;
  *word = std::string_view(out, length);
  return true;
}

// True if the folded word before an age says it is English ("aged 42",
// "I was 42", "she is 42").
bool EnglishAgeCue(std::string_view w) {
  switch (w.size()) {
    case 2: return w == "am" || w == "is";
    case 3: return w == "age" || w == "was" || w == "i'm";
    case 4: return w == "aged" || w == "turn";
    case 6: return w == "turned";
    default: return false;
  }
}

// The language an age or date is written in, from the words around it
// ("42 años", "42-year-old", "âgé de 42 ans", "gen 42 an"); "" if unclear.
std::string_view AgeLanguage(std::string_view before, std::string_view after) {
  // Folded words, keeping a space at either end so word edges can be seen.
  // Latin text (most of it: "42-year-old", "42 años", "42 ans") is folded
  // on the stack.
  const std::string_view after_part = after.substr(0, std::min<size_t>(after.size(), 16));
  constexpr size_t kFoldRoom = 64;  // a Latin code point folds to at most 3 bytes
  char a_buffer[kFoldRoom + 1];
  std::string a_heap;
  // The letters the folded text after opens with, and whether it opens
  // with "-year": read off the bytes where they are ASCII.
  std::string_view word_after;
  bool dash_year = false;
  if (!AsciiWordAfter(after_part, a_buffer, &word_after, &dash_year)) {
    std::string_view a;
    size_t a_length = 0;
    if (FoldLatinInto(after_part, a_buffer, kFoldRoom, &a_length)) {
      a_buffer[a_length++] = ' ';
      a = std::string_view(a_buffer, a_length);
    } else {
      a_heap = FoldText(after_part);
      a_heap.push_back(' ');
      a = a_heap;
    }
    size_t word_end = 0;
    while (word_end < a.size() && std::isalpha(static_cast<unsigned char>(a[word_end]))) ++word_end;
    word_after = a.substr(0, word_end);
    dash_year = a.compare(0, 5, "-year") == 0;
  }
  const bool space_after = !after.empty() && (after[0] == ' ' || after[0] == '\t');
  const std::string_view next_word = space_after ? word_after : std::string_view();
  // The words before are folded only when the word after does not tell
  // ("42 años" in Spanish testimony mostly does).
  if (next_word == "ano" || next_word == "anos") return "es";
  // The folded text before ends with " " + w exactly when w (which has no
  // space) is its last word, after its last space: the words are told by
  // that word alone, read once and compared by its size.
  char b_buffer[1 + kFoldRoom];
  std::string b_heap;
  std::string_view last_word;
  const std::string_view before_part = before.substr(before.size() > 24 ? before.size() - 24 : 0);
  if (!AsciiLastWordInto(before_part, b_buffer, &last_word)) {
    std::string_view b;
    size_t b_length = 0;
    if (FoldLatinInto(before_part, b_buffer + 1, kFoldRoom, &b_length)) {
      b_buffer[0] = ' ';
      b = std::string_view(b_buffer, b_length + 1);
    } else {
      b_heap.assign(1, ' ');
      b_heap.append(FoldText(before_part));
      b = b_heap;
    }
    last_word = b.substr(b.rfind(' ') + 1);  // b opens with a space
  }
  if (last_word == "edad" || last_word == "edad:") return "es";
  if (dash_year || next_word.compare(0, 4, "year") == 0 || next_word == "yo" || EnglishAgeCue(last_word)) {
    return "en";
  }
  if (next_word == "ans") return "fr";
  if (next_word == "an") return "ht";
  return "";
}

// An age said in `lang` (what Language() gives), or "[AGE]" if not to be
// generalized.
std::string GeneralizeAgeIn(std::string_view original, bool generalize, std::string_view lang) {
  int age = 0;
  bool any = false;
  for (char c : original) {
    if (c >= '0' && c <= '9') {
      age = age * 10 + (c - '0');
      any = true;
      if (age > 999) break;
    }
  }
  if (!generalize || !any) return "[AGE]";
  const std::string decade = std::to_string(age / 10 * 10);
  if (age < 10) {
    if (lang == "en") return "under 10";
    if (lang == "fr") return "moins de 10";
    if (lang == "ht") return "mwens pase 10";
    return "menos de 10";
  }
  if (age < 20) {
    if (lang == "en") return "10-to-19";
    if (lang == "fr") return "entre 10 et 19";
    if (lang == "ht") return "ant 10 ak 19";
    return "entre 10 y 19";
  }
  if (lang == "en") return decade + "-something";
  if (lang == "fr") return "environ " + decade;
  if (lang == "ht") return "anviwon " + decade;
  return "unos " + decade;
}

std::string GeneralizeAge(std::string_view original, const RedactionOptions& options) {
  return GeneralizeAgeIn(original, options.generalize_ages, Language(options));
}

const char* const kMonths[4][12] = {
    {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
     "octubre", "noviembre", "diciembre"},
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"},
    {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
     "octobre", "novembre", "décembre"},
    {"janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
     "novanm", "desanm"}};

// Month number (1-12) of a folded month word or abbreviation, 0 if none.
int MonthOfWord(const std::string& w) {
  static const std::map<std::string, int> kWords = [] {
    std::map<std::string, int> m;
    for (const auto& lang : kMonths) {
      for (int i = 0; i < 12; ++i) m[FoldText(lang[i])] = i + 1;
    }
    const std::pair<const char*, int> extra[] = {
        {"setiembre", 9}, {"ene", 1}, {"feb", 2}, {"mar", 3}, {"abr", 4}, {"may", 5},
        {"jun", 6}, {"jul", 7}, {"ago", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10},
        {"nov", 11}, {"dic", 12}, {"jan", 1}, {"apr", 4}, {"aug", 8}, {"dec", 12},
        {"janv", 1}, {"fev", 2}, {"fevr", 2}, {"avr", 4}, {"juil", 7}, {"aout", 8},
        {"oktob", 10}, {"jiye", 7}};
    for (const auto& [w, n] : extra) m[w] = n;
    return m;
  }();
  auto it = kWords.find(w);
  return it == kWords.end() ? 0 : it->second;
}

// The language of a month word when only one language (of those we write)
// spells it so; "" when it is shared ("mar", "avril" with a preference).
std::string MonthWordLanguage(const std::string& folded, const std::string& preferred) {
  static constexpr std::string_view kLangs[4] = {"es", "en", "fr", "ht"};
  // kMonths folded, once: folding 48 names per date cost more than the rest
  // of rendering it.
  static const auto* kFoldedMonths = [] {
    auto* folded_months = new std::array<std::array<std::string, 12>, 4>;
    for (int li = 0; li < 4; ++li) {
      for (int m = 0; m < 12; ++m) (*folded_months)[li][m] = FoldText(kMonths[li][m]);
    }
    return folded_months;
  }();
  // The languages are told apart by index (-1: none yet) rather than by
  // building and comparing strings for each of the 48 names.
  const std::string_view word = folded;
  int found = -1;
  int count = 0;
  for (int li = 0; li < 4; ++li) {
    for (int m = 0; m < 12; ++m) {
      if (SameBytes((*kFoldedMonths)[li][m], word)) {
        if (found != li) ++count;
        if (found < 0 || SameBytes(kLangs[li], preferred)) found = li;
        break;
      }
    }
  }
  static constexpr std::pair<std::string_view, std::string_view> kAbbreviations[] = {
      {"ene", "es"}, {"abr", "es"}, {"ago", "es"}, {"dic", "es"}, {"setiembre", "es"},
      {"jan", "en"}, {"apr", "en"}, {"aug", "en"}, {"dec", "en"},
      {"janv", "fr"}, {"fevr", "fr"}, {"avr", "fr"}, {"juil", "fr"}};
  for (const auto& [w, l] : kAbbreviations) {
    if (SameBytes(word, w)) return std::string(l);
  }
  // Spanish wire abbreviations that are English months too ("23 may (EFE)").
  if (SameBytes(preferred, "es") &&
      (SameBytes(word, "may") || SameBytes(word, "mar") || SameBytes(word, "jun") ||
       SameBytes(word, "jul") || SameBytes(word, "sep") || SameBytes(word, "oct") ||
       SameBytes(word, "nov") || SameBytes(word, "feb"))) {
    return "es";
  }
  if (found < 0) return "";  // count is 0
  if (count == 1 || (count > 1 && SameBytes(kLangs[found], preferred))) return std::string(kLangs[found]);
  return count > 1 ? std::string(kLangs[found]) : "";
}

// The value of a run of at most four ASCII digits (what a date's runs of
// four or at most two digits hold).
int SmallNumber(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

std::string GeneralizeDate(std::string_view original, const RedactionOptions& options) {
  if (!options.generalize_dates) return "[DATE]";
  // Its runs of digits (numbers) and of letters (words), read as they end
  // rather than gathered into lists of strings: what is kept of them is
  // their count, the first, second and last number, the year (the last
  // number of four digits), the first three numbers of at most two digits
  // ("small") and their count, the first word and the first month word.
  std::string lang = Language(options);
  int month = 0;
  size_t number_count = 0;
  std::string_view first_number, second_number, last_number;
  int year = -1;
  int small[3] = {0, 0, 0};
  size_t small_count = 0;
  size_t word_count = 0;
  std::string_view first_word;
  bool month_read = false;  // a month word was found: later words are not folded
  auto run = [&](std::string_view token, bool digits) {
    if (digits) {
      if (number_count == 0) first_number = token;
      if (number_count == 1) second_number = token;
      last_number = token;
      ++number_count;
      if (token.size() == 4) {
        year = SmallNumber(token);
      } else if (token.size() <= 2) {
        if (small_count < 3) small[small_count] = SmallNumber(token);
        ++small_count;
      }
      return;
    }
    if (word_count++ == 0) first_word = token;
    if (month_read) return;
    const std::string folded = FoldText(token);
    if ((month = MonthOfWord(folded)) != 0) {
      // Write the month in the language the date was written in.
      std::string word_lang = MonthWordLanguage(folded, lang);
      if (!word_lang.empty()) lang = word_lang;
      month_read = true;
    }
  };
  size_t start = 0;
  bool cur_digit = false;
  for (size_t i = 0; i < original.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(original[i]);
    bool digit = std::isdigit(c) != 0;
    bool letter = std::isalpha(c) != 0 || c >= 0x80;
    if (!digit && !letter) {
      if (i > start) run(original.substr(start, i - start), cur_digit);
      start = i + 1;
      continue;
    }
    if (i > start && digit != cur_digit) {
      run(original.substr(start, i - start), cur_digit);
      start = i;
    }
    cur_digit = digit;
  }
  if (original.size() > start) run(original.substr(start), cur_digit);
  if (month == 0 && number_count >= 3 && first_number.size() == 4 && second_number.size() <= 2) {
    // ISO, perhaps with a time: "2000-04-16 11:34:35".
    year = SmallNumber(first_number);
    month = SmallNumber(second_number);
    if (month < 1 || month > 12) return "[DATE]";
  } else if (month == 0) {
    // Numeric: day/month/year (month/day/year in English when it reads so).
    if (small_count == 3 && year < 0) {
      year = small[2] + (small[2] <= 30 ? 2000 : 1900);
      small_count = 2;
    }
    if (small_count != 2) return "[DATE]";
    const int a = small[0], b = small[1];
    const bool iso = number_count > 0 && first_number.size() == 4;
    if (iso) {
      month = a;
    } else if (lang == "en") {
      month = a <= 12 ? a : b;
    } else {
      month = b <= 12 ? b : a;
    }
    if (month < 1 || month > 12) return "[DATE]";
  } else if (year < 0 && number_count >= 2 && last_number.size() == 2) {
    int yy = SmallNumber(last_number);
    year = yy + (yy <= 30 ? 2000 : 1900);
  }
  const int li = lang == "en" ? 1 : lang == "fr" ? 2 : lang == "ht" ? 3 : 0;
  if (year < 0 && (month < 1 || month > 12 || word_count == 0)) return "[DATE]";
  std::string name = kMonths[li][month - 1];
  // "el 12 de marzo" -> "en marzo", "on March 12" -> "in March".
  std::string lead;
  if (word_count > 0) {
    const std::string first = FoldText(first_word);
    const bool upper = std::isupper(static_cast<unsigned char>(first_word[0])) != 0;
    if (first == "el" || first == "le") lead = upper ? "En " : "en ";
    if (first == "on" || first == "the") lead = upper ? "In " : "in ";
  }
  if (year < 0) return lead + name;  // "el 25 de agosto" -> "en agosto"
  if (li == 0) return lead + name + " de " + std::to_string(year);
  return lead + name + " " + std::to_string(year);
}

bool OnBoundary(std::string_view text, size_t offset) {
  return offset == text.size() ||
         (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

// Sorts findings by `less`, which orders any two findings that differ in a
// field, so the result is the one std::sort gives. The detectors' lists
// come sorted and joined end to end: the runs already in order are merged
// (a few linear passes) rather than sorted again.
template <typename Less>
void SortJoinedRuns(std::vector<Finding>* findings, Less less) {
  std::vector<Finding>& v = *findings;
  constexpr size_t kMaxRuns = 16;  // more: sorting is as cheap
  std::vector<size_t> bounds = {0};
  for (size_t i = 1; i < v.size(); ++i) {
    if (!less(v[i], v[i - 1])) continue;
    if (bounds.size() == kMaxRuns) {
      std::sort(v.begin(), v.end(), less);
      return;
    }
    bounds.push_back(i);
  }
  bounds.push_back(v.size());
  while (bounds.size() > 2) {
    std::vector<size_t> merged = {0};
    for (size_t r = 0; r + 2 < bounds.size(); r += 2) {
      std::inplace_merge(v.begin() + static_cast<std::ptrdiff_t>(bounds[r]),
                         v.begin() + static_cast<std::ptrdiff_t>(bounds[r + 1]),
                         v.begin() + static_cast<std::ptrdiff_t>(bounds[r + 2]), less);
      merged.push_back(bounds[r + 2]);
    }
    if (bounds.size() % 2 == 0) merged.push_back(bounds.back());  // an odd run out, as it was
    bounds = std::move(merged);
  }
}

}  // namespace

std::vector<Finding> MergeFindings(std::vector<Finding> findings) {
  // Ties in place are broken by what the finding says, not left to the
  // sort's order of equal elements: the same input then gives the same
  // representative (type, detector) on every standard library.
  SortJoinedRuns(&findings, [](const Finding& a, const Finding& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    if (a.confidence != b.confidence) return a.confidence > b.confidence;
    if (a.type != b.type) return a.type < b.type;
    const int by_detector = std::strcmp(a.detector, b.detector);
    if (by_detector != 0) return by_detector < 0;
    return a.person_group < b.person_group;
  });
  // Merged in place: each merged finding is written at or before the
  // first finding of its cluster, which the cluster holds a copy of (a
  // second list as long as the input would double the peak on a long text
  // full of identifiers).
  size_t merged = 0;
  std::vector<Finding> cluster;
  size_t cluster_end = 0;
  auto flush = [&] {
    if (cluster.empty()) return;
    Finding m = Representative(cluster);
    m.begin = cluster.front().begin;
    m.end = cluster_end;
    for (const Finding& f : cluster) m.confidence = std::max(m.confidence, f.confidence);
    findings[merged++] = m;
    cluster.clear();
  };
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding f = findings[i];
    if (f.end <= f.begin) continue;
    if (!cluster.empty() && f.begin >= cluster_end) flush();
    if (cluster.empty()) cluster_end = f.end;
    cluster.push_back(f);
    cluster_end = std::max(cluster_end, f.end);
  }
  flush();
  findings.resize(merged);
  return findings;
}

std::string Replacement(std::string_view original, const Finding& finding,
                        const RedactionOptions& options, int person_number) {
  switch (finding.type) {
    case IdentifierType::kSurvivorName: return options.pseudonym;
    case IdentifierType::kPersonName: return "[PERSON-" + std::to_string(person_number) + "]";
    case IdentifierType::kPhone: return "[PHONE]";
    case IdentifierType::kEmail: return "[EMAIL]";
    case IdentifierType::kIdNumber: return "[ID-NUMBER]";
    case IdentifierType::kPaymentCard: return "[CARD]";
    case IdentifierType::kIban: return "[IBAN]";
    case IdentifierType::kIpAddress: return "[IP]";
    case IdentifierType::kUrl: return "[URL]";
    case IdentifierType::kSocialHandle: return "[HANDLE]";
    case IdentifierType::kAddress: return "[ADDRESS]";
    case IdentifierType::kVehiclePlate: return "[PLATE]";
    case IdentifierType::kDateOfBirth: return GeneralizeDate(original, options);
    case IdentifierType::kAge: return GeneralizeAge(original, options);
    case IdentifierType::kGpsCoordinates: return "[GPS]";
    case IdentifierType::kOther: return "[REDACTED]";
  }
  return "[REDACTED]";
}

namespace {

// A buffer of the result just allocated at `bytes` of room: above jemalloc's
// 8 MB oversize threshold it is a fresh mapping, which the kernel would
// fault in 4 KB at a time as the report and the text are written (~5,000
// faults for a 10 MB text). Asking for huge pages over its 2 MB-aligned
// part makes that a few faults; the pages are zeroed all the same. Below
// 4 MB, or where the system has no such advice, nothing is done.
void AdviseHugePages(const void* data, size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr uintptr_t kHuge = uintptr_t{2} << 20;
  if (bytes < 2 * kHuge) return;
  const uintptr_t begin = (reinterpret_cast<uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
  const uintptr_t end = (reinterpret_cast<uintptr_t>(data) + bytes) & ~(kHuge - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
  (void)data;
  (void)bytes;
#endif
}

// "desde el 20 de noviembre de 2021" -> "desde noviembre de 2021", not
// "desde en noviembre": a date's "en"/"in" goes when a preposition already
// comes before it.
void DropLeadAfterPreposition(std::string_view before, std::string* replacement) {
  std::string_view lead;
  for (std::string_view l : {"en ", "En ", "in ", "In "}) {
    if (replacement->compare(0, l.size(), l) == 0) lead = l;
  }
  if (lead.empty()) return;
  size_t end = before.size();
  while (end > 0 && (before[end - 1] == ' ' || before[end - 1] == '\t')) --end;
  size_t begin = end;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(before[begin - 1])) != 0) --begin;
  if (begin == end || end - begin > 8) return;
  if (begin > 0 && static_cast<unsigned char>(before[begin - 1]) >= 0x80) return;  // "después"
  std::string word(before.substr(begin, end - begin));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // Views: a std::string compared with a const char* was a call (strlen and
  // compare) per preposition, twelve per date.
  static constexpr std::string_view kPrepositions[] = {"desde", "hasta", "para", "from", "since", "until",
                                                       "till", "by", "before", "after", "depuis", "pour"};
  for (const std::string_view p : kPrepositions) {
    if (std::string_view(word) == p) {
      replacement->erase(0, lead.size());
      return;
    }
  }
}

}  // namespace

bool RenderFindings(std::string_view text, std::vector<Finding> findings,
                    const RedactionOptions& options, RedactionResult* out,
                    std::string* error) {
  auto by_place = [](const Finding& a, const Finding& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  };
  // Findings from MergeFindings() come sorted and apart: no need to sort.
  if (!std::is_sorted(findings.begin(), findings.end(), by_place)) {
    std::sort(findings.begin(), findings.end(), by_place);
  }
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    if (f.begin >= f.end || f.end > text.size()) {
      *error = "finding " + std::to_string(i) + " is outside the text";
      return false;
    }
    if (!OnBoundary(text, f.begin) || !OnBoundary(text, f.end)) {
      *error = "finding at byte " + std::to_string(f.begin) + " splits a character";
      return false;
    }
    if (i > 0 && f.begin < findings[i - 1].end) {
      *error = "findings overlap at byte " + std::to_string(f.begin);
      return false;
    }
  }

  // Person numbers: by group when known, else by folded name; a lone token
  // that is part of exactly one multi-word unknown name joins that name.
  std::map<std::string, std::string> token_owner;  // token -> full key ("" = ambiguous)
  for (const Finding& f : findings) {
    if (f.type != IdentifierType::kPersonName || f.person_group >= 0) continue;
    std::string key = FoldText(text.substr(f.begin, f.end - f.begin));
    if (key.find(' ') == std::string::npos) continue;
    size_t pos = 0;
    while (pos < key.size()) {
      size_t next = key.find(' ', pos);
      if (next == std::string::npos) next = key.size();
      std::string token = key.substr(pos, next - pos);
      if (token.size() > 2) {
        auto [it, inserted] = token_owner.emplace(token, key);
        if (!inserted && it->second != key) it->second.clear();
      }
      pos = next + 1;
    }
  }
  std::map<std::string, int> numbers;  // person key -> n
  auto person_key = [&](const Finding& f) {
    // Groups are per detector: the name detector numbers its own.
    if (f.person_group >= 0) {
      return std::string(f.detector != nullptr ? f.detector : "") + "#" + std::to_string(f.person_group);
    }
    std::string key = FoldText(text.substr(f.begin, f.end - f.begin));
    auto it = token_owner.find(key);
    if (key.find(' ') == std::string::npos && it != token_owner.end() && !it->second.empty()) {
      return it->second;
    }
    return key;
  };

  // Replacements first, then the text at its exact size: on a long text a
  // growing string would hold up to twice the output for a moment. Both go
  // into *out's own buffers, which keep their room: a caller that redacts
  // text after text into one RedactionResult does not allocate them again
  // (above jemalloc's 8 MB oversize threshold a freed buffer goes back to
  // the system, and a new one is faulted in page by page).
  const std::string language = Language(options);
  std::vector<RedactionSpan>& spans = out->report.spans;
  spans.clear();
  if (spans.capacity() < findings.size()) {
    spans.reserve(findings.size());
    AdviseHugePages(spans.data(), spans.capacity() * sizeof(RedactionSpan));
  }
  size_t redacted_size = text.size();
  for (const Finding& f : findings) {
    int person_number = 0;
    if (f.type == IdentifierType::kPersonName) {
      std::string key = person_key(f);
      auto it = numbers.find(key);
      if (it == numbers.end()) {
        it = numbers.emplace(std::move(key), static_cast<int>(numbers.size()) + 1).first;
      }
      person_number = it->second;
    }
    RedactionSpan span;
    span.original_begin = f.begin;
    span.original_end = f.end;
    const std::string_view original = text.substr(f.begin, f.end - f.begin);
    if (f.type == IdentifierType::kAge) {
      // A Spanish testimony may quote an English sentence: say the age in
      // the words around it (Replacement() with the options' language set
      // to it, without copying the options for each age).
      const std::string_view lang = AgeLanguage(text.substr(0, f.begin), text.substr(f.end));
      span.replacement = GeneralizeAgeIn(original, options.generalize_ages, lang.empty() ? language : lang);
    } else {
      span.replacement = Replacement(original, f, options, person_number);
      if (f.type == IdentifierType::kDateOfBirth) DropLeadAfterPreposition(text.substr(0, f.begin), &span.replacement);
    }
    span.type = f.type;
    span.detector = f.detector != nullptr ? f.detector : "";
    span.confidence = f.confidence;
    redacted_size = redacted_size - original.size() + span.replacement.size();
    spans.push_back(std::move(span));
  }
  // text may lie in out->text (a redacted text rendered again into its own
  // result): then the new text is written apart first.
  const std::less<const char*> before;
  const bool in_place = before(text.data(), out->text.data()) ||
                        !before(text.data(), out->text.data() + out->text.size());
  std::string apart;
  std::string& redacted = in_place ? out->text : apart;
  redacted.clear();
  if (redacted.capacity() < redacted_size) {
    redacted.reserve(redacted_size);
    AdviseHugePages(redacted.data(), redacted.capacity());
  }
  size_t pos = 0;
  for (RedactionSpan& span : spans) {
    redacted.append(text.substr(pos, span.original_begin - pos));
    span.redacted_begin = redacted.size();
    redacted.append(span.replacement);
    span.redacted_end = redacted.size();
    pos = span.original_end;
  }
  redacted.append(text.substr(pos));
  if (!in_place) out->text = std::move(apart);
  return true;
}

}  // namespace amparo::redaction
