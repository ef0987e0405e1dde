#include "redaction/lifespan_names.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <unordered_set>

#include "redaction/month_names.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// True if the brackets [open, shut] hold a lifespan: a year (three or four
// digits) and a dash after it, or a day, a month and a year.
bool HoldsALifespan(std::string_view text, size_t open, size_t shut) {
  bool year = false, dash_after_year = false, day = false, month = false;
  size_t i = open + 1;
  while (i < shut) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (text.substr(i, 3) == "\xE2\x80\x93" || text.substr(i, 3) == "\xE2\x80\x94") {
      dash_after_year = dash_after_year || year;
      i += 3;
    } else if (std::isdigit(c) != 0) {
      size_t e = i;
      while (e < shut && std::isdigit(static_cast<unsigned char>(text[e])) != 0) ++e;
      if (e - i >= 3 && e - i <= 4) year = true;
      if (e - i <= 2) day = true;
      i = e;
    } else if (IsLetterByte(c)) {
      size_t e = i;
      while (e < shut && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
      month = month || IsMonthName(text::Fold(text.substr(i, e - i)));
      i = e;
    } else {
      if (year && c == '-') dash_after_year = true;
      ++i;
    }
  }
  return (year && dash_after_year) || (year && day && month);
}

// "(Guadalupe, 1990 – 2019)" under a photo or in a list of the dead: the
// name inside the brackets, before a comma and two years joined by a dash.
// The bracket follows no capitalized word (an encyclopedia's "Lázaro
// Cárdenas (Jiquilpan, 1895 – 1970)" names the birthplace there) and the
// run opens with a given name. The name's end, or 0.
size_t NameInsideLifespan(std::string_view text, size_t open, size_t shut) {
  size_t p = open;
  while (p > 0 && text[p - 1] == ' ') --p;
  if (p > 0 && IsLetterByte(static_cast<unsigned char>(text[p - 1]))) {
    size_t b = p;
    while (b > 0 && IsLetterByte(static_cast<unsigned char>(text[b - 1]))) --b;
    if (StartsWithCapital(text, b)) return 0;
  }
  // Inside the brackets only: a search on to the text's end from every
  // lifespan is quadratic on a long line with no comma.
  const size_t in_brackets = text.substr(open, shut - open).find(',');
  if (in_brackets == std::string_view::npos || in_brackets == 1) return 0;
  const size_t comma = open + in_brackets;
  // After the comma only a year, a dash and a year.
  int years = 0;
  bool dash = false;
  for (size_t i = comma + 1; i < shut;) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isdigit(c) != 0) {
      size_t e = i;
      while (e < shut && std::isdigit(static_cast<unsigned char>(text[e])) != 0) ++e;
      if (e - i < 3 || e - i > 4) return 0;
      ++years;
      i = e;
    } else if (text.substr(i, 3) == "\xE2\x80\x93" || text.substr(i, 3) == "\xE2\x80\x94") {
      dash = dash || years == 1;
      i += 3;
    } else if (c == '-') {
      dash = dash || years == 1;
      ++i;
    } else if (c == ' ') {
      ++i;
    } else {
      return 0;
    }
  }
  if (years != 2 || !dash) return 0;
  // Capitalized words (particles between them) from "(" to the comma.
  const std::string_view inside = text.substr(open + 1, comma - open - 1);
  if (inside.empty() || !StartsWithCapital(inside, 0)) return 0;
  size_t first_end = 0;
  while (first_end < inside.size() && IsLetterByte(static_cast<unsigned char>(inside[first_end]))) ++first_end;
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  if (lexicon == nullptr || (lexicon->Flags(text::Fold(inside.substr(0, first_end))) & kGivenName) == 0) return 0;
  int words = 0;
  for (size_t i = 0; i < inside.size();) {
    size_t e = i;
    while (e < inside.size() && IsLetterByte(static_cast<unsigned char>(inside[e]))) ++e;
    if (e == i || (!StartsWithCapital(inside, i) && words == 0)) return 0;
    if (++words > 5) return 0;
    if (e < inside.size() && inside[e] != ' ') return 0;
    i = e + 1;
  }
  return comma;
}

}  // namespace

void AddNamesBeforeLifespans(std::string_view text, const PlaceGazetteer& places,
                             std::vector<Finding>* names) {
  static const std::unordered_set<std::string_view> kParticles = {
      "de", "del", "la", "las", "los", "y", "van", "von", "der", "da", "di", "du", "des", "le"};
  const size_t found = names->size();
  std::vector<Finding> added;
  size_t from = 0;
  while (true) {
    const size_t open = text.find('(', from);
    if (open == std::string_view::npos) break;
    from = open + 1;
    const size_t limit = std::min(text.size(), open + 160);
    size_t shut = open + 1;
    while (shut < limit && text[shut] != ')' && text[shut] != '\n' && text[shut] != '(') ++shut;
    if (shut >= limit || text[shut] != ')') continue;
    if (!HoldsALifespan(text, open, shut)) continue;
    if (const size_t inner_end = NameInsideLifespan(text, open, shut); inner_end != 0) {
      added.push_back(PersonFinding(open + 1, inner_end));
      continue;
    }
    // Back over the run before "(": capitalized words, particles between
    // them, initials ("J."), "d'" glued to a word.
    size_t end = open;
    while (end > 0 && text[end - 1] == ' ') --end;
    if (end == open) continue;  // "(" glued to the word before
    size_t begin = end;
    int words = 0;
    int all_words = 0;  // particles too: "Ana de de de ... Ruiz" is no name
    bool ok = true;
    size_t at = end;
    while (at > 0) {
      size_t e = at;
      if (e > 0 && text[e - 1] == '.') --e;  // an initial's period
      size_t b = e;
      while (b > 0 && (IsLetterByte(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '-' ||
                       text[b - 1] == '\'')) {
        --b;
      }
      if (b == e) break;
      const std::string w = text::Fold(text.substr(b, e - b));
      if (StartsWithCapital(text, b)) {
        begin = b;
        ++words;
      } else if (kParticles.count(w) == 0 || words == 0) {
        break;
      }
      if (b == 0 || text[b - 1] != ' ') {
        at = b;
        break;
      }
      at = b - 1;
      if (words > 8 || ++all_words > 16) {
        ok = false;
        break;
      }
    }
    if (!ok || words < 2 || begin >= end) continue;
    // The run opens a line or a sentence.
    size_t p = begin;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t')) --p;
    if (p > 0 && std::string_view("\n.!?").find(text[p - 1]) == std::string_view::npos) continue;
    if (places.ClassOf(text.substr(begin, end - begin)) != PlaceClass::kNone) continue;
    // An article opens the name of a war, a reign or a work: "La Guerra de
    // Reforma (1858–1861)", "The Great Depression (1929–1939)".
    {
      size_t e = begin;
      while (e < end && IsLetterByte(static_cast<unsigned char>(text[e]))) ++e;
      static const std::unordered_set<std::string_view> kArticles = {
          "el", "la", "los", "las", "the", "le", "les", "un", "una", "a", "an", "une"};
      if (kArticles.count(text::Fold(text.substr(begin, e - begin))) != 0) continue;
    }
    added.push_back(PersonFinding(begin, end));
  }
  if (added.empty()) return;
  // Each name joins the person group of the first finding (in the order of
  // *names) that overlaps it, and is dropped if a finding covers it. The
  // names above are disjoint and in the text's order (a "(" ends the run
  // before the next one), so one sweep over the findings sorted by begin
  // answers: `active` holds those that started before the name ends and
  // end after it begins.
  std::vector<size_t> by_begin(found);
  for (size_t k = 0; k < found; ++k) by_begin[k] = k;
  std::stable_sort(by_begin.begin(), by_begin.end(),
                   [&](size_t a, size_t b) { return (*names)[a].begin < (*names)[b].begin; });
  std::set<std::pair<size_t, size_t>> active;  // (end, index)
  std::set<size_t> grouped;                    // indices in active with a person group
  std::multiset<std::pair<size_t, size_t>> started;  // (end, begin) of those in active
  size_t next = 0;
  size_t kept = 0;
  for (Finding& f : added) {
    while (next < by_begin.size() && (*names)[by_begin[next]].begin < f.end) {
      const size_t k = by_begin[next++];
      const Finding& g = (*names)[k];
      if (g.end <= f.begin) continue;  // ends before this name and every later one
      active.emplace(g.end, k);
      started.emplace(g.end, g.begin);
      if (g.person_group >= 0) grouped.insert(k);
    }
    while (!active.empty() && active.begin()->first <= f.begin) {
      const size_t k = active.begin()->second;
      started.erase(started.find({(*names)[k].end, (*names)[k].begin}));
      grouped.erase(k);
      active.erase(active.begin());
    }
    if (!grouped.empty()) f.person_group = (*names)[*grouped.begin()].person_group;
    // Covered: a finding that began at or before f and ends at or after it.
    // Those ending after f that began inside f are passed over here once:
    // for the next name they began before it.
    bool covered = false;
    for (auto it = started.rbegin(); it != started.rend() && it->first >= f.end; ++it) {
      if (it->second <= f.begin) {
        covered = true;
        break;
      }
    }
    if (!covered) added[kept++] = f;
  }
  added.resize(kept);
  names->insert(names->end(), added.begin(), added.end());
}

}  // namespace amparo::redaction
