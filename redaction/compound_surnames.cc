#include "redaction/compound_surnames.h"

#include <algorithm>
#include <cctype>

#include "redaction/name_detector_lexicon.h"
#include "redaction/name_detector_text.h"

namespace amparo::redaction {
namespace {

bool IsGivenName(std::string_view word) {
  const NameLexicon* lexicon = NameLexicon::Default(nullptr);
  return lexicon != nullptr && (lexicon->Flags(text::Fold(word)) & kGivenName) != 0;
}

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

}  // namespace

void JoinCompoundSurnames(std::string_view text, std::vector<Finding>* names) {
  std::vector<size_t> order;
  for (size_t i = 0; i < names->size(); ++i) {
    const Finding& f = (*names)[i];
    if (IsPersonFinding(f) && f.begin < f.end && f.end <= text.size()) order.push_back(i);
  }
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return (*names)[a].begin < (*names)[b].begin; });
  std::vector<char> drop(names->size(), 0);
  for (size_t k = 0; k + 1 < order.size(); ++k) {
    Finding& left = (*names)[order[k]];
    const Finding& right = (*names)[order[k + 1]];
    if (right.begin < left.end || right.begin - left.end != 3 ||
        text.substr(left.end, 3) != " y ") {
      continue;
    }
    const std::string_view l = text.substr(left.begin, left.end - left.begin);
    const std::string_view r = text.substr(right.begin, right.end - right.begin);
    const size_t last_space = l.find_last_of(" \t");
    if (last_space == std::string_view::npos) continue;  // one word: "Juan y ..."
    const std::string_view last = l.substr(last_space + 1);
    size_t first_end = 0;
    while (first_end < r.size() && !IsSpace(r[first_end])) ++first_end;
    const std::string_view first = r.substr(0, first_end);
    if (IsGivenName(last) || IsGivenName(first)) continue;
    left.end = right.end;
    drop[order[k + 1]] = 1;
    // The joined name may join the next one too ("Rivera y Barrientos
    // Acosta y Rodríguez").
    order[k + 1] = order[k];
  }
  size_t kept = 0;
  for (size_t i = 0; i < names->size(); ++i) {
    if (!drop[i]) (*names)[kept++] = (*names)[i];
  }
  names->resize(kept);
}

}  // namespace amparo::redaction
