#include "redaction/given_names_in_lists.h"

#include <algorithm>
#include <string>
#include <utility>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/organisation_names.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

constexpr size_t kNone = std::string_view::npos;

// Where the next item begins after a separator at `at` (on from an item's
// end), or where the previous item ends (back from an item's begin): one
// comma and a space, or a space, a conjunction and a space. *conjunction
// says which. kNone if no separator stands there.
size_t AcrossSeparator(std::string_view text, size_t at, bool after, bool* conjunction) {
  static constexpr std::string_view kJoins[] = {" ak ", " and ", " y ", " et "};
  *conjunction = false;
  if (after) {
    if (at + 2 < text.size() && text[at] == ',' && text[at + 1] == ' ') return at + 2;
    for (std::string_view j : kJoins) {
      if (text.substr(at, j.size()) == j) {
        *conjunction = true;
        return at + j.size();
      }
    }
    return kNone;
  }
  if (at >= 3 && text[at - 1] == ' ' && text[at - 2] == ',') return at - 2;
  for (std::string_view j : kJoins) {
    if (at > j.size() && text.substr(at - j.size(), j.size()) == j) {
      *conjunction = true;
      return at - j.size();
    }
  }
  return kNone;
}

bool IsPerson(const Finding& f) {
  return f.type == IdentifierType::kPersonName || f.type == IdentifierType::kSurvivorName;
}

}  // namespace

void AddGivenNamesListedWithPersons(std::string_view text, const PlaceGazetteer& places,
                                    std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  // The persons found with a separator next to them: most have none, and
  // then nothing more is done.
  std::vector<std::pair<size_t, size_t>> spans;  // (begin, end) of persons found
  bool any = false;
  for (const Finding& f : *names) {
    if (!IsPerson(f) || f.begin >= f.end || f.end > text.size()) continue;
    spans.emplace_back(f.begin, f.end);
    bool c = false;
    any = any || AcrossSeparator(text, f.end, true, &c) != kNone || AcrossSeparator(text, f.begin, false, &c) != kNone;
  }
  if (!any) return;
  std::sort(spans.begin(), spans.end());
  // A person found exactly at [b, e): its span is looked up by begin, or
  // by end among the spans that end there.
  auto found_from = [&](size_t b) {
    auto it = std::lower_bound(spans.begin(), spans.end(), std::make_pair(b, size_t{0}));
    return it != spans.end() && it->first == b ? it->second : kNone;
  };
  std::vector<std::pair<size_t, size_t>> by_end;  // (end, begin)
  by_end.reserve(spans.size());
  for (const auto& s : spans) by_end.emplace_back(s.second, s.first);
  std::sort(by_end.begin(), by_end.end());
  auto found_to = [&](size_t e) {
    auto it = std::lower_bound(by_end.begin(), by_end.end(), std::make_pair(e, size_t{0}));
    return it != by_end.end() && it->first == e ? it->second : kNone;
  };
  constexpr uint32_t kOtherLists = kStopWord | kMonth | kTitle | kPlacePrep | kConnector | kOrgWord |
                                   kInstitution | kNameCue | kSpeechCue | kKinCue | kDemonym | kHonorific;
  // A listed given name at [b, e) that may be added.
  auto given_name = [&](size_t b, size_t e) {
    if (e - b < 2 || e - b > 24 || !StartsWithCapital(text, b)) return false;
    const std::string_view w = text.substr(b, e - b);
    if (text::AllCaps(w)) return false;
    const uint32_t flags = lexicon->Flags(text::Fold(w));
    return (flags & kGivenName) != 0 && (flags & kOtherLists) == 0 && places.ClassOf(w) == PlaceClass::kNone &&
           !IsOrganisationName(w);
  };
  struct Item {
    size_t begin, end;
    bool found;
  };
  std::vector<Item> list;
  std::vector<Finding> added;
  size_t done = 0;
  for (const auto& [seed_begin, seed_end] : spans) {
    if (seed_begin < done) continue;
    list.assign(1, Item{seed_begin, seed_end, true});
    bool conjunction = false;
    while (list.size() < 8) {  // items before the seed
      bool c = false;
      const size_t k = AcrossSeparator(text, list.front().begin, false, &c);
      if (k == kNone) break;
      const size_t fb = found_to(k);
      size_t b = k;
      while (b > 0 && IsLetterByte(static_cast<unsigned char>(text[b - 1]))) --b;
      if (fb != kNone) {
        list.insert(list.begin(), Item{fb, k, true});
      } else if ((b == 0 || text[b - 1] == ' ' || text[b - 1] == '\n') && given_name(b, k)) {
        list.insert(list.begin(), Item{b, k, false});
      } else {
        break;
      }
      conjunction = conjunction || c;
    }
    while (list.size() < 8) {  // and after it
      bool c = false;
      const size_t k = AcrossSeparator(text, list.back().end, true, &c);
      if (k == kNone || k >= text.size()) break;
      const size_t fe = found_from(k);
      size_t e = k;
      while (e < text.size() && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
      const bool glued = e < text.size() && (text[e] == '-' || text[e] == '\'' ||
                                             (text[e] >= '0' && text[e] <= '9'));
      if (fe != kNone) {
        list.push_back(Item{k, fe, true});
      } else if (!glued && given_name(k, e)) {
        list.push_back(Item{k, e, false});
      } else {
        break;
      }
      conjunction = conjunction || c;
    }
    done = list.back().end;
    if (list.size() < 2 || !conjunction) continue;
    for (const Item& it : list) {
      if (it.found) continue;
      Finding name;
      name.begin = it.begin;
      name.end = it.end;
      name.type = IdentifierType::kPersonName;
      name.detector = "names";
      name.confidence = 0.7f;
      added.push_back(name);
    }
  }
  names->insert(names->end(), added.begin(), added.end());
}

}  // namespace amparo::redaction
