// SuggestTags: thesaurus-based intake tagging (declared in sealed_index.h).
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "search/sealed_index.h"
#include "search/stemming.h"
#include "search/text_folding.h"
#include "search/thesaurus.h"

namespace amparo::search {

TagSuggestions SuggestTags(std::string_view text, std::string_view language) {
  const std::string lang = StemLanguageOf(language);
  std::vector<std::string> folded = FoldedWords(text);
  std::set<std::string> stems;
  for (const std::string& w : folded) stems.insert(Stem(lang, w));

  TagSuggestions out;
  for (const ThesaurusConcept& c : Thesaurus::Get().concepts()) {
    bool found = false;
    for (const ThesaurusLabel& label : c.labels) {
      if (!label.suggests_tag) continue;
      // Labels of the text's language; every language if it has no stemmer.
      if (lang != kOtherLanguage && StemLanguageOf(label.language) != lang) continue;
      if (label.folded.size() == 1) {
        found = stems.count(Stem(lang, label.folded[0])) > 0;
      } else {
        found = std::search(folded.begin(), folded.end(), label.folded.begin(),
                            label.folded.end()) != folded.end();
      }
      if (found) break;
    }
    if (!found) continue;
    auto& list = c.kind == "violence" ? out.violence : out.perpetrator;
    if (std::find(list.begin(), list.end(), c.tag()) == list.end()) list.push_back(c.tag());
  }
  return out;
}

}  // namespace amparo::search
