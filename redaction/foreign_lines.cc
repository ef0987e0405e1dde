#include "redaction/foreign_lines.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"

namespace amparo::redaction {
namespace {

// An English word the dictionary lacks in this form but has as its stem
// ("releasing", "retired", "playin", "studies"), or a word of chat spelling
// ("sooo", "hahaha", "ooooh"): English, for all that.
bool EnglishAllTheSame(const NameLexicon& lexicon, std::string_view w) {
  for (size_t k = 2; k < w.size(); ++k) {
    if (w[k] == w[k - 1] && w[k] == w[k - 2]) return true;
  }
  bool laughter = w.size() >= 4;
  for (size_t k = 0; laughter && k < w.size(); ++k) laughter = (k % 2 == 0) ? w[k] == 'h' : (w[k] == 'a' || w[k] == 'e' || w[k] == 'i');
  if (laughter) return true;
  auto known = [&](std::string_view stem, std::string_view add) {
    if (stem.size() < 2) return false;
    std::string form(stem);
    form.append(add);
    if (lexicon.IsDictionaryHash(text::FoldedHash(form))) return true;
    // "stopped", "running": the doubled consonant.
    return add.empty() && stem.size() >= 3 && stem[stem.size() - 1] == stem[stem.size() - 2] &&
           lexicon.IsDictionaryHash(text::FoldedHash(stem.substr(0, stem.size() - 1)));
  };
  auto ends = [&](std::string_view suffix) { return w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix; };
  auto stem = [&](std::string_view suffix) { return w.substr(0, w.size() - suffix.size()); };
  if (ends("ing")) return known(stem("ing"), "") || known(stem("ing"), "e");
  if (ends("ies")) return known(stem("ies"), "y");
  if (ends("ied")) return known(stem("ied"), "y");
  if (ends("ed")) return known(stem("ed"), "") || known(stem("ed"), "e");
  if (ends("in")) return known(w, "g") || known(stem("in"), "") || known(stem("in"), "e");
  if (ends("es") && known(stem("es"), "")) return true;
  if (ends("s")) return known(stem("s"), "");
  return false;
}

}  // namespace

void DropNamesInForeignLines(std::string_view text, std::string_view language,
                             std::vector<Finding>* names) {
  if (language.substr(0, 2) != "en" || names->empty()) return;
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  // The guessed names, by where they begin.
  std::vector<size_t> guessed;
  for (size_t k = 0; k < names->size(); ++k) {
    const Finding& f = (*names)[k];
    if (f.type == IdentifierType::kPersonName && std::string_view(f.detector) == "names") guessed.push_back(k);
  }
  if (guessed.empty()) return;
  std::sort(guessed.begin(), guessed.end(),
            [&](size_t a, size_t b) { return (*names)[a].begin < (*names)[b].begin; });

  constexpr uint32_t kNameEvidence = kGivenName | kSurname | kNameWord | kRouteName | kTitle | kKinCue |
                                     kNameCue | kHonorific | kNickname;
  // A name longer than this is kept (its words are not read).
  constexpr size_t kLongestName = 256;
  text::Tokens name_tokens;
  auto unlisted = [&](const Finding& f) {
    if (f.end - f.begin > kLongestName) return false;
    text::Tokenize(text.substr(f.begin, f.end - f.begin), &name_tokens);
    for (const text::Token& t : name_tokens.tokens) {
      if (t.word && (lexicon->FlagsOfHash(t.hash) & kNameEvidence)) return false;
    }
    return true;
  };

  // The line being read: [line_begin, line_end) and its lower-case words of
  // three letters or more, and of them those in no dictionary and no list.
  size_t line_begin = 0, line_end = 0, lower = 0, unknown = 0, next = 0;
  std::vector<uint8_t> drop(names->size(), 0);
  auto line_end_from = [&](size_t b) {
    const size_t nl = text.find('\n', b);
    return nl == std::string_view::npos ? text.size() : nl;
  };
  line_end = line_end_from(0);
  // Settles the names of the line read and moves to the next one.
  auto finish_line = [&] {
    const bool foreign = unknown >= 3 && 2 * unknown >= lower;
    for (; next < guessed.size() && (*names)[guessed[next]].begin < line_end + 1; ++next) {
      const Finding& f = (*names)[guessed[next]];
      if (foreign && f.begin >= line_begin && unlisted(f)) drop[guessed[next]] = 1;
    }
    line_begin = line_end + 1;
    line_end = line_begin <= text.size() ? line_end_from(line_begin) : text.size();
    lower = unknown = 0;
  };

  // Read in windows of about 64 KB cut at a line break or a space, so that
  // the tokens held never grow with the text.
  constexpr size_t kWindowBytes = 1 << 16;
  text::Tokens tk;
  for (size_t b = 0; b < text.size();) {
    size_t e = text.size();
    if (e - b > kWindowBytes) {
      const std::string_view half = text.substr(b + kWindowBytes / 2, kWindowBytes / 2);
      size_t cut = half.rfind('\n');
      if (cut == std::string_view::npos) cut = half.rfind(' ');
      e = cut != std::string_view::npos ? b + kWindowBytes / 2 + cut + 1 : b + kWindowBytes;
      while (e > b + 1 && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) --e;
    }
    text::Tokenize(text.substr(b, e - b), &tk);
    for (const text::Token& t : tk.tokens) {
      while (b + t.begin >= line_end && line_begin <= text.size() && line_end < text.size()) finish_line();
      if (!t.word || t.capitalized || !t.has_letter || t.has_digit || t.end - t.begin < 3) continue;
      ++lower;
      if (lexicon->FlagsOfHash(t.hash) == 0 && !lexicon->IsDictionaryHash(t.hash) &&
          !EnglishAllTheSame(*lexicon, tk.Folded(t))) {
        ++unknown;
      }
    }
    b = e;
  }
  while (next < guessed.size()) {
    const size_t before = next;
    finish_line();
    if (line_begin > text.size() && next == before) break;
  }
  size_t kept = 0;
  for (size_t k = 0; k < names->size(); ++k) {
    if (!drop[k]) (*names)[kept++] = (*names)[k];
  }
  names->resize(kept);
}

}  // namespace amparo::redaction
