#include "redaction/reply_quote_senders.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// Reply headers, folded, each ending before the quote; the first word is
// the one the name detector may take for a person.
constexpr std::string_view kHeaders[] = {"reply to",    "replying to",   "in reply to",   "reponse a",
                                         "en reponse a", "repons pou",   "respuesta a",   "en respuesta a",
                                         "respondiendo a"};

// The opening quote at `at`, and its length in bytes (0 if none).
size_t OpeningQuoteAt(std::string_view text, size_t at) {
  if (at >= text.size()) return 0;
  if (text[at] == '"' || text[at] == '\'') return 1;
  if (text.substr(at, 2) == "\xC2\xAB") return 2;      // «
  if (text.substr(at, 3) == "\xE2\x80\x9C") return 3;  // “
  return 0;
}

// The header opening the line at `b` (past spaces): where its quote begins
// and where its first word ends, or false.
bool HeaderAt(std::string_view text, size_t b, size_t line_end, size_t* quote, size_t* first_word_end) {
  // The header's words folded one by one, at most three, so no line is
  // folded whole.
  std::string folded;
  size_t at = b;
  for (int words = 0; words < 3; ++words) {
    const std::string_view w = LetterWordStartingAt(text, at);
    if (w.empty() || at + w.size() > line_end) return false;
    if (words == 0) *first_word_end = at + w.size();
    if (!folded.empty()) folded += ' ';
    folded += text::Fold(w);
    at += w.size();
    while (at < line_end && text[at] == ' ') ++at;
    for (std::string_view h : kHeaders) {
      if (folded == h && OpeningQuoteAt(text, at) != 0) {
        *quote = at;
        return true;
      }
    }
    if (folded.size() > 16) return false;
  }
  return false;
}

}  // namespace

void AddSendersInReplyQuotes(std::string_view text, const std::vector<Finding>& others,
                             std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  constexpr uint32_t kNoSender = kStopWord | kMonth | kTitle | kKinCue | kOrgWord | kInstitution;
  std::vector<std::pair<size_t, size_t>> added;
  std::vector<std::pair<size_t, size_t>> header_words;
  size_t line_end = 0;
  for (size_t b = 0; b < text.size(); b = line_end + 1) {
    line_end = text.find('\n', b);
    if (line_end == std::string_view::npos) line_end = text.size();
    size_t s = b;
    while (s < line_end && (text[s] == ' ' || text[s] == '\t')) ++s;
    // Only a line that opens with R, E, I (any case) may hold a header.
    if (s >= line_end) continue;
    const char c0 = static_cast<char>(text[s] | 0x20);
    if (c0 != 'r' && c0 != 'e' && c0 != 'i') continue;
    size_t quote = 0;
    size_t first_word_end = 0;
    if (!HeaderAt(text, s, line_end, &quote, &first_word_end)) continue;
    size_t at = quote + OpeningQuoteAt(text, quote);
    while (at < line_end && text[at] == ' ') ++at;
    const size_t name_begin = at;
    size_t name_end = at;
    bool label = false;   // words then a colon: a sender's label
    bool no_name = false;  // a kin word, title... among them: "Mom:"
    for (int words = 0; words < 3; ++words) {
      size_t e = at;
      while (e < line_end && (IsNameLetterByte(static_cast<unsigned char>(text[e])) || text[e] == '-' ||
                              text[e] == '\'')) {
        ++e;
      }
      if (e == at) break;
      const text::FoldedWord f(text.substr(at, e - at));
      if (lexicon->Flags(f.view()) & kNoSender) no_name = true;
      name_end = e;
      size_t k = e;
      while (k < line_end && text[k] == ' ') ++k;
      if (k < line_end && text[k] == ':') {
        label = true;
        break;
      }
      at = k;
    }
    if (!label || name_end <= name_begin) continue;
    header_words.emplace_back(s, first_word_end);
    if (!no_name) added.emplace_back(name_begin, name_end);
  }
  if (header_words.empty()) return;
  // The header's word is no person: "Reply" opening a line before "to".
  names->erase(std::remove_if(names->begin(), names->end(),
                              [&](const Finding& f) {
                                if (!IsGuessedPerson(f)) return false;
                                // In text order: one binary search a finding.
                                const auto it = std::lower_bound(
                                    header_words.begin(), header_words.end(), std::make_pair(f.begin, size_t{0}));
                                return it != header_words.end() && it->first == f.begin && it->second == f.end;
                              }),
               names->end());
  if (!added.empty()) AddPersonsOverlappingNothing(added, others, names);
}

}  // namespace amparo::redaction
