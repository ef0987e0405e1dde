#include "redaction/form_list_names.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/place_gazetteer.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// Labels of lists of people, folded.
bool IsPeopleLabel(std::string_view folded) {
  static constexpr std::string_view kLabels[] = {
      "enfants", "accompagnants", "accompagnantes", "children", "companions", "kids", "hijos",
      "hijas", "acompanantes", "ninos", "menores", "pitit", "timoun", "akonpayate", "minors"};
  for (std::string_view l : kLabels) {
    if (folded == l) return true;
  }
  return false;
}

// The word of letters (hyphens inside) that starts at `at`.
std::string_view NameWordAt(std::string_view text, size_t at) {
  size_t e = at;
  while (e < text.size() &&
         (IsNameLetterByte(static_cast<unsigned char>(text[e])) ||
          (text[e] == '-' && e > at && e + 1 < text.size() && IsNameLetterByte(static_cast<unsigned char>(text[e + 1]))))) {
    ++e;
  }
  return text.substr(at, e - at);
}

bool IsJoiningWord(std::string_view w) { return w == "et" || w == "and" || w == "y" || w == "ak"; }

}  // namespace

void AddOtherNamesOfFormLists(std::string_view text, const PlaceGazetteer& places,
                              const std::vector<Finding>& others, std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  constexpr uint32_t kNoName = kKinCue | kTitle | kMonth | kStopWord | kOrgWord | kInstitution;
  // Items of labelled lines: (begin, end, line number); `valid` says the
  // item has a name's shape.
  struct Item {
    size_t begin, end, line;
    bool valid;
  };
  std::vector<Item> items;
  size_t line_end = 0;
  size_t line_no = 0;
  for (size_t b = 0; b < text.size(); b = line_end + 1, ++line_no) {
    line_end = text.find('\n', b);
    if (line_end == std::string_view::npos) line_end = text.size();
    size_t s = b;
    while (s < line_end && text[s] == ' ') ++s;
    const std::string_view label = NameWordAt(text, s);
    if (label.empty() || label.size() > 16) continue;
    size_t at = s + label.size();
    while (at < line_end && text[at] == ' ') ++at;
    if (at >= line_end || text[at] != ':') continue;
    if (!IsPeopleLabel(text::FoldedWord(label).view())) continue;
    ++at;
    // Items up to the line's end.
    while (at < line_end) {
      while (at < line_end && (text[at] == ' ' || text[at] == ',')) ++at;
      if (at >= line_end) break;
      const std::string_view first = NameWordAt(text, at);
      if (!first.empty() && IsJoiningWord(first)) {
        at += first.size();
        continue;
      }
      Item item{at, at, line_no, true};
      for (int words = 0; words < 3 && at < line_end && StartsWithCapital(text, at); ++words) {
        const std::string_view w = NameWordAt(text, at);
        if (w.empty()) break;
        if (lexicon->Flags(text::FoldedWord(w).view()) & kNoName) item.valid = false;
        item.end = at + w.size();
        at = item.end;
        if (at + 1 < line_end && text[at] == ' ' && StartsWithCapital(text, at + 1)) ++at;
      }
      if (item.end == item.begin) item.valid = false;
      if (item.valid && places.IsPlace(text.substr(item.begin, item.end - item.begin))) item.valid = false;
      items.push_back(item);
      // Past the rest of the item: its parenthesis, up to a comma or a
      // joining word.
      while (at < line_end && text[at] != ',') {
        if (text[at] == '(') {
          // Only within the line: a search to the text's end at every
          // unclosed "(" of a long form would cost its square.
          const size_t close = text.substr(0, line_end).find(')', at);
          at = close == std::string_view::npos ? line_end : close + 1;
          continue;
        }
        if (text[at] == ' ' && IsJoiningWord(NameWordAt(text, at + 1))) break;
        ++at;
      }
    }
  }
  if (items.empty()) return;
  // The guessed persons, by begin, to ask which items are one already.
  std::vector<std::pair<size_t, size_t>> persons;
  for (const Finding& f : *names) {
    if (IsGuessedPerson(f)) persons.emplace_back(f.begin, f.end);
  }
  std::sort(persons.begin(), persons.end());
  const auto found = [&](const Item& item) {
    auto it = std::upper_bound(persons.begin(), persons.end(), std::make_pair(item.begin, SIZE_MAX));
    return it != persons.begin() && std::prev(it)->first >= item.begin && std::prev(it)->first < item.end;
  };
  std::vector<std::pair<size_t, size_t>> added;
  for (size_t i = 0; i < items.size();) {
    size_t j = i;
    bool any_found = false;
    while (j < items.size() && items[j].line == items[i].line) {
      any_found = any_found || (items[j].valid && found(items[j]));
      ++j;
    }
    if (any_found && j - i >= 2) {
      for (size_t k = i; k < j; ++k) {
        if (items[k].valid && !found(items[k])) added.emplace_back(items[k].begin, items[k].end);
      }
    }
    i = j;
  }
  if (!added.empty()) AddPersonsOverlappingNothing(added, others, names);
}

}  // namespace amparo::redaction
