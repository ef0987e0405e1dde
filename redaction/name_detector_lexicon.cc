#include "redaction/name_detector_lexicon.h"

#include "redaction/name_detector_data.h"
#include "redaction/name_detector_text.h"

namespace amparo::redaction {
namespace {

struct CueClass {
  std::string_view name;
  uint32_t flag;
};

constexpr CueClass kCueClasses[] = {
    {"title", kTitle},   {"cue", kNameCue},          {"kin", kKinCue},
    {"speech", kSpeechCue}, {"prep", kPlacePrep},    {"connector", kConnector},
    {"org", kOrgWord},   {"month", kMonth},          {"stop", kStopWord},
};

// Calls fn on each line of text without its line break.
template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(line);
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
}

}  // namespace

void NameLexicon::AddList(std::string_view list, uint32_t flag) {
  std::string folded;
  ForEachLine(list, [&](std::string_view line) {
    if (line.empty() || line[0] == '#') return;
    folded.clear();
    text::AppendFolded(line, &folded);
    flags_[folded] |= flag;
  });
}

bool NameLexicon::AddCues(std::string_view tsv, std::string* error) {
  bool ok = true;
  ForEachLine(tsv, [&](std::string_view line) {
    if (!ok || line.empty() || line[0] == '#') return;
    size_t tab = line.find('\t');
    std::string_view cls = line.substr(0, tab);
    uint32_t flag = 0;
    for (const CueClass& c : kCueClasses) {
      if (c.name == cls) flag = c.flag;
    }
    if (flag == 0 || tab == std::string_view::npos) {
      *error = "cues.tsv: unknown class or missing tab in line starting '" +
               std::string(cls.substr(0, 20)) + "'";
      ok = false;
      return;
    }
    std::string_view words = line.substr(tab + 1);
    std::string folded;
    while (true) {
      size_t bar = words.find('|');
      std::string_view w = words.substr(0, bar);
      if (!w.empty()) {
        folded.clear();
        text::AppendFolded(w, &folded);
        flags_[folded] |= flag;
      }
      if (bar == std::string_view::npos) break;
      words.remove_prefix(bar + 1);
    }
  });
  return ok;
}

bool NameLexicon::LoadEmbedded(std::string* error) {
  std::string_view cues = data::EmbeddedFile("cues.tsv");
  if (cues.empty()) {
    *error = "cues.tsv is missing from the embedded data";
    return false;
  }
  if (!AddCues(cues, error)) return false;
  AddList(data::EmbeddedFile("given_names.txt"), kGivenName);
  AddList(data::EmbeddedFile("surnames.txt"), kSurname);
  AddList(data::EmbeddedFile("common_words.txt"), kCommonWord);
  AddList(data::EmbeddedFile("name_words.txt"), kNameWord);
  AddList(data::EmbeddedFile("not_name_words.txt"), kNotNameWord);
  return true;
}

}  // namespace amparo::redaction
