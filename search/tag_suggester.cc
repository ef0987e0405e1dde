// SuggestTags: thesaurus-based intake tagging (declared in sealed_index.h).
#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "search/sealed_index.h"
#include "search/stemming.h"
#include "search/text_folding.h"
#include "search/thesaurus.h"

namespace amparo::search {

namespace {

// The labels that can suggest a tag in texts of one stem language, prepared
// once: single words by their stem, longer labels as folded word sequences.
// Intake tags every testimony, and stemming each label again per testimony
// cost more than the rest of tagging.
struct LabelIndex {
  struct Phrase {
    const std::vector<std::string>* folded;
    size_t concept_index;
  };
  std::unordered_map<std::string, std::vector<size_t>> concepts_by_stem;
  std::unordered_map<std::string, std::vector<Phrase>> phrases_by_first_word;
};

const LabelIndex& LabelIndexFor(const std::string& lang) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<LabelIndex>> built;
  std::lock_guard lock(mu);
  std::unique_ptr<LabelIndex>& index = built[lang];
  if (index) return *index;
  index = std::make_unique<LabelIndex>();
  const auto& concepts = Thesaurus::Get().concepts();
  for (size_t c = 0; c < concepts.size(); ++c) {
    for (const ThesaurusLabel& label : concepts[c].labels) {
      if (!label.suggests_tag) continue;
      // Labels of the text's language; every language if it has no stemmer.
      if (lang != kOtherLanguage && StemLanguageOf(label.language) != lang) continue;
      if (label.folded.size() == 1) {
        index->concepts_by_stem[Stem(lang, label.folded[0])].push_back(c);
      } else if (!label.folded.empty()) {
        index->phrases_by_first_word[label.folded[0]].push_back({&label.folded, c});
      }
    }
  }
  return *index;
}

// What one word, as written, means for tagging in one language: its folded
// form, the concepts whose single-word labels share its stem, and the
// longer labels it starts.
struct WordMeaning {
  std::string folded;
  const std::vector<size_t>* by_stem = nullptr;
  const std::vector<LabelIndex::Phrase>* phrases = nullptr;
};

// Meanings of the words this thread met recently in one language, by the
// word as written: testimonies share most of their words, and folding and
// Snowball are the cost of tagging. One lookup per word of the text.
// A direct-mapped table of recent lookups sits in front of the map: common
// words are found in one probe of a small, warm array instead of a walk
// through the map's scattered nodes.
struct MeaningCache {
  struct Recent {
    size_t hash = 0;
    const std::string* key = nullptr;
    const WordMeaning* meaning = nullptr;
  };
  static constexpr size_t kRecent = 4096;
  std::unordered_map<std::string, WordMeaning> map;
  std::array<Recent, kRecent> recent{};
};

MeaningCache& MeaningCacheFor(const std::string& lang) {
  thread_local std::map<std::string, MeaningCache> caches;
  MeaningCache& cache = caches[lang];
  if (cache.map.size() > 50000) {
    cache.map.clear();
    cache.recent.fill(MeaningCache::Recent());
  }
  return cache;
}

const WordMeaning& MeaningOf(const std::string& lang, const LabelIndex& index, MeaningCache& cache,
                             std::string_view word) {
  thread_local std::string key;
  key.assign(word);
  const size_t hash = std::hash<std::string>()(key);
  MeaningCache::Recent& recent = cache.recent[hash % MeaningCache::kRecent];
  if (recent.hash == hash && recent.meaning != nullptr && *recent.key == key) return *recent.meaning;
  auto it = cache.map.find(key);
  if (it != cache.map.end()) {
    recent = {hash, &it->first, &it->second};
    return it->second;
  }
  WordMeaning m;
  m.folded = FoldWord(word);
  auto stem = index.concepts_by_stem.find(Stem(lang, m.folded));
  if (stem != index.concepts_by_stem.end()) m.by_stem = &stem->second;
  auto phrases = index.phrases_by_first_word.find(m.folded);
  if (phrases != index.phrases_by_first_word.end()) m.phrases = &phrases->second;
  it = cache.map.emplace(key, std::move(m)).first;
  recent = {hash, &it->first, &it->second};
  return it->second;
}

}  // namespace

TagSuggestions SuggestTags(std::string_view text, std::string_view language) {
  const std::string lang = StemLanguageOf(language);
  const LabelIndex& index = LabelIndexFor(lang);
  const auto& concepts = Thesaurus::Get().concepts();
  MeaningCache& cache = MeaningCacheFor(lang);
  // Cache entries are nodes: their addresses hold while this call adds more.
  std::vector<const WordMeaning*> words;
  for (const WordSpan& w : SplitWords(text)) {
    words.push_back(&MeaningOf(lang, index, cache, text.substr(w.begin, w.end - w.begin)));
  }

  std::vector<bool> found(concepts.size(), false);
  for (size_t i = 0; i < words.size(); ++i) {
    const WordMeaning& m = *words[i];
    if (m.by_stem != nullptr) {
      for (size_t c : *m.by_stem) found[c] = true;
    }
    if (m.phrases == nullptr) continue;
    for (const LabelIndex::Phrase& p : *m.phrases) {
      const std::vector<std::string>& label = *p.folded;
      if (found[p.concept_index] || words.size() - i < label.size()) continue;
      found[p.concept_index] = std::equal(label.begin(), label.end(), words.begin() + i,
                                          [](const std::string& l, const WordMeaning* w) { return l == w->folded; });
    }
  }

  // Thesaurus order, each canonical tag once.
  TagSuggestions out;
  for (size_t c = 0; c < concepts.size(); ++c) {
    if (!found[c]) continue;
    auto& list = concepts[c].kind == "violence" ? out.violence : out.perpetrator;
    if (std::find(list.begin(), list.end(), concepts[c].tag()) == list.end()) {
      list.push_back(concepts[c].tag());
    }
  }
  return out;
}

}  // namespace amparo::search
