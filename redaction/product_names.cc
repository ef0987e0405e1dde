#include "redaction/product_names.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"

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

// The word after [.., end) is a model code, and no second code follows it,
// or a version number.
bool ModelCodeAfter(std::string_view text, size_t end) {
  size_t pos = end;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos == end || pos >= text.size()) return false;
  if (VersionAt(text, pos) != 0) return true;
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

// "MS13", "B18", "M18": the gangs' own codes, after a nickname of no list.
bool GangCodeAfter(std::string_view text, size_t end) {
  size_t pos = end;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  const std::string_view rest = text.substr(pos, 4);
  return rest.starts_with("MS") || rest.starts_with("B18") || rest.starts_with("M18");
}

}  // namespace

void KeepProductNames(std::string_view text, std::string_view language, std::vector<Finding>* names) {
  if (language.substr(0, 2) != "en") return;
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  names->erase(std::remove_if(names->begin(), names->end(),
                              [&](const Finding& f) {
                                if (f.type != IdentifierType::kPersonName ||
                                    std::string_view(f.detector) != "names") {
                                  return false;
                                }
                                // "r/AskReddit": a forum of Reddit.
                                const bool subreddit = f.begin >= 2 && text[f.begin - 1] == '/' &&
                                                       (text[f.begin - 2] == 'r' || text[f.begin - 2] == 'R') &&
                                                       (f.begin == 2 || !IsAlnum(text[f.begin - 3]));
                                const std::string_view span = text.substr(f.begin, f.end - f.begin);
                                const bool model = ModelCodeAfter(text, f.end) && !GangCodeAfter(text, f.end) &&
                                                   (lexicon == nullptr || !HoldsListedName(*lexicon, span));
                                return subreddit || model ||
                                       (lexicon != nullptr && f.end - f.begin <= 40 &&
                                        JoinsDictionaryWords(*lexicon, text.substr(f.begin, f.end - f.begin)));
                              }),
               names->end());
}

}  // namespace amparo::redaction
