#include "redaction/given_names_in_lists.h"

#include <cstdint>
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

}  // namespace

void AddGivenNamesListedWithPersons(std::string_view text, const PlaceGazetteer& places,
                                    std::vector<Finding>* names) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr) return;
  // Whether any person found has a separator next to it: most texts have
  // none, and then nothing more is done.
  bool any = false;
  for (const Finding& f : *names) {
    if (!IsPersonFinding(f) || f.begin >= f.end || f.end > text.size()) continue;
    bool c = false;
    if (AcrossSeparator(text, f.end, true, &c) != kNone || AcrossSeparator(text, f.begin, false, &c) != kNone) {
      any = true;
      break;
    }
  }
  if (!any) return;
  // Where persons found begin and end, one bit per byte of the text: an
  // item next to a separator is looked up in constant time, where sorting
  // the findings cost more than the rest of the pass.
  const size_t n = text.size() + 1;
  std::vector<uint64_t> starts((n + 63) / 64, 0), ends((n + 63) / 64, 0);
  auto set = [](std::vector<uint64_t>* bits, size_t i) { (*bits)[i / 64] |= uint64_t{1} << (i % 64); };
  auto test = [](const std::vector<uint64_t>& bits, size_t i) { return (bits[i / 64] >> (i % 64) & 1) != 0; };
  for (const Finding& f : *names) {
    if (!IsPersonFinding(f) || f.begin >= f.end || f.end > text.size()) continue;
    set(&starts, f.begin);
    set(&ends, f.end);
  }
  // The end of the person found that begins at b (the nearest end after
  // it, within a name's length), or kNone.
  auto found_from = [&](size_t b) {
    if (!test(starts, b)) return kNone;
    for (size_t e = b + 1; e < n && e <= b + 80; ++e) {
      if (test(ends, e)) return e;
    }
    return kNone;
  };
  // The begin of the person found that ends at e, or kNone.
  auto found_to = [&](size_t e) {
    if (!test(ends, e)) return kNone;
    for (size_t b = e; b > 0 && b + 80 >= e;) {
      --b;
      if (test(starts, b)) return b;
    }
    return kNone;
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
  for (const Finding& seed : *names) {
    if (!IsPersonFinding(seed) || seed.begin >= seed.end || seed.end > text.size()) continue;
    // Only a person with a separator next to it starts a list.
    bool c0 = false;
    if (AcrossSeparator(text, seed.end, true, &c0) == kNone && AcrossSeparator(text, seed.begin, false, &c0) == kNone) {
      continue;
    }
    list.assign(1, Item{seed.begin, seed.end, true});
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
    if (list.size() < 2 || !conjunction) continue;
    for (const Item& it : list) {
      if (it.found) continue;
      added.push_back(PersonFinding(it.begin, it.end));
      // Found now: a later person of the same list adds it no more.
      set(&starts, it.begin);
      set(&ends, it.end);
    }
  }
  names->insert(names->end(), added.begin(), added.end());
}

}  // namespace amparo::redaction
