#include "search/thesaurus.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

#include "search/stemming.h"
#include "search/text_folding.h"

namespace amparo::search {

extern const char kThesaurusJson[];  // generated from data/thesaurus.json

namespace {
std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}
}  // namespace

const Thesaurus& Thesaurus::Get() {
  static const Thesaurus thesaurus(kThesaurusJson);
  return thesaurus;
}

Thesaurus::Thesaurus(std::string_view json_text) {
  nlohmann::json json = nlohmann::json::parse(json_text, nullptr, false);
  if (json.is_discarded() || !json.contains("concepts")) {
    throw std::runtime_error("thesaurus: malformed JSON");
  }
  for (const auto& c : json["concepts"]) {
    ThesaurusConcept entry;
    entry.id = c.at("id").get<std::string>();
    entry.kind = c.at("kind").get<std::string>();
    entry.broader = c.value("broader", "");
    for (const auto& [lang, labels] : c.at("labels").items()) {
      for (const auto& l : labels) {
        ThesaurusLabel label;
        label.language = lang;
        label.text = l.get<std::string>();
        if (!label.text.empty() && label.text[0] == '~') {
          label.suggests_tag = false;
          label.text.erase(0, 1);
        }
        label.folded = FoldedWords(label.text);
        if (label.folded.empty()) continue;
        entry.labels.push_back(std::move(label));
      }
    }
    concepts_.push_back(std::move(entry));
  }
  // First concept wins a shared label ("cartel" is only criminal-group).
  for (size_t i = 0; i < concepts_.size(); ++i) {
    by_phrase_.emplace(FoldPhrase(concepts_[i].id), i);
    for (const auto& label : concepts_[i].labels) {
      by_phrase_.emplace(Join(label.folded), i);
      if (label.folded.size() > max_label_words_) max_label_words_ = label.folded.size();
      if (label.folded.size() == 1) {
        for (const std::string& key : StemKeys(StemLanguageOf(label.language), label.text)) {
          by_stem_.emplace(key, i);
        }
      }
    }
  }
}

std::vector<std::string> Thesaurus::CanonicalValues(std::string_view kind) const {
  std::vector<std::string> out;
  for (const auto& c : concepts_) {
    if (c.kind == kind && c.broader.empty()) out.push_back(c.id);
  }
  return out;
}

const ThesaurusConcept* Thesaurus::FindPhrase(std::string_view folded_phrase) const {
  auto it = by_phrase_.find(std::string(folded_phrase));
  return it == by_phrase_.end() ? nullptr : &concepts_[it->second];
}

const ThesaurusConcept* Thesaurus::FindWord(std::string_view folded_word,
                                            std::string_view lang) const {
  if (const ThesaurusConcept* c = FindPhrase(folded_word)) {
    return c;
  }
  for (const std::string& l : StemmedLanguages()) {
    if (!lang.empty() && lang != l) continue;
    auto it = by_stem_.find(StemKey(l, folded_word));
    if (it != by_stem_.end()) return &concepts_[it->second];
  }
  return nullptr;
}

std::string Thesaurus::Canonicalize(std::string_view kind, std::string_view value) const {
  std::string folded = FoldPhrase(value);
  // Ids contain hyphens, which fold to spaces: "sexual-violence" -> "sexual violence".
  for (const auto& c : concepts_) {
    if (c.kind == kind && FoldPhrase(c.id) == folded) return c.tag();
  }
  const ThesaurusConcept* c = FindPhrase(folded);
  if (c == nullptr && folded.find(' ') == std::string::npos) c = FindWord(folded);
  if (c != nullptr && c->kind == kind) return c->tag();
  return "";
}

}  // namespace amparo::search
