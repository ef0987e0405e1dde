#include "redaction/name_model.h"

#include <cmath>
#include <cstdlib>

#include "redaction/name_detector_data.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// Feature templates: the index of a feature is a hash of (template, value).
enum Template : uint64_t {
  kBias = 1, kRuleScore, kEvidence, kFlagBit, kShape, kPlace, kLength, kWord, kPrev, kNext,
  kPrev2, kNext2, kSuffix3, kSuffix2, kLanguage, kEvidenceContext, kRuleLanguage, kPrevShape,
  kNextShape, kPrevFlags, kNextFlags, kRuleEvidence, kNeighbours, kWordCapital,
  kPrevWordShape,
};

uint32_t Index(uint64_t tmpl, uint64_t value) {
  uint64_t x = value * 0x9E3779B97F4A7C15ull + tmpl * 0xD1B54A32D192ED03ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  x ^= x >> 31;
  return static_cast<uint32_t>(x >> (64 - NameModel::kBits));
}

uint64_t LanguageCode(std::string_view l) {
  return l.size() >= 2 ? (static_cast<uint64_t>(l[0]) << 8 | static_cast<uint8_t>(l[1])) : 0;
}

// A neighbour's identity: its folded word, or its punctuation, or nothing.
// Function words count by class only: what "con X" means depends on the
// genre ("con Sintrom" in clinical notes, "con Rosa" in testimonies).
uint64_t Identity(const NameTokenFacts& t) {
  if (!t.present) return 1;
  if (!t.word) return 2 + static_cast<uint64_t>(t.punct);
  if (t.flags & (kStopWord | kConnector | kPlacePrep)) {
    return 0x110000 + (t.flags & (kStopWord | kConnector | kPlacePrep));
  }
  return t.hash;
}

// A neighbour's shape: kind, capitals, flagged by the rules, line break.
uint64_t NeighbourShape(const NameTokenFacts& t) {
  if (!t.present) return 1;
  if (!t.word) return 2 | (t.newline_before << 2) | (static_cast<uint64_t>(t.punct < 128 ? t.punct : 128) << 3);
  return 3 | (t.capitalized << 2) | (t.all_caps << 3) | (t.has_digit << 4) | ((t.rule_score > 0) << 5) |
         (t.dictionary << 6) | (t.newline_before << 7) |
         (static_cast<uint64_t>(t.evidence + 1) << 8);
}

// Lexicon classes that cue (or veto) a name next to it.
constexpr uint32_t kCueFlags = kTitle | kNameCue | kKinCue | kSpeechCue | kPlacePrep |
                               kConnector | kOrgWord | kStopWord | kEponymCue | kMonth;

uint64_t SuffixValue(std::string_view w, size_t n) {
  if (w.size() < n + 2) return 0;
  uint64_t v = n;
  for (size_t k = w.size() - n; k < w.size(); ++k) v = v << 8 | static_cast<uint8_t>(w[k]);
  return v;
}

template <typename Fn>
void ForEachFeature(const NameWindow& w, Fn emit) {
  const NameTokenFacts& t = w.at[2];
  const uint64_t lang = LanguageCode(w.language);
  const uint64_t rule = static_cast<uint64_t>(std::lround(t.rule_score * 20));
  const uint64_t shape = t.capitalized | (t.all_caps << 1) | (t.has_digit << 2) |
                         (t.sentence_start << 3) | (t.dictionary << 4);
  const uint64_t evidence = static_cast<uint64_t>(t.evidence + 1);
  emit(Index(kBias, 0));
  emit(Index(kRuleScore, rule));
  emit(Index(kEvidence, evidence));
  const uint32_t flags = t.flags;
  for (uint32_t bit = 0; bit < 16; ++bit) {
    if (flags >> bit & 1) emit(Index(kFlagBit, bit));
  }
  emit(Index(kShape, shape));
  emit(Index(kPlace, t.place));
  emit(Index(kLength, t.length < 12 ? t.length : 12));
  emit(Index(kWord, t.hash));
  emit(Index(kWordCapital, t.hash * 4 + (t.sentence_start << 1) + t.capitalized));
  emit(Index(kPrev, Identity(w.at[1])));
  emit(Index(kNext, Identity(w.at[3])));
  emit(Index(kPrev2, Identity(w.at[0])));
  emit(Index(kNext2, Identity(w.at[4])));
  emit(Index(kSuffix3, SuffixValue(t.folded, 3)));
  emit(Index(kSuffix2, SuffixValue(t.folded, 2)));
  emit(Index(kLanguage, lang));
  emit(Index(kEvidenceContext, (lang << 16) | (evidence << 8) | shape));
  emit(Index(kRuleLanguage, (lang << 8) | rule));
  emit(Index(kRuleEvidence, (rule << 8) | (evidence << 4) | t.place));
  emit(Index(kPrevShape, NeighbourShape(w.at[1])));
  emit(Index(kNextShape, NeighbourShape(w.at[3])));
  emit(Index(kNeighbours, NeighbourShape(w.at[1]) * 1000003 + NeighbourShape(w.at[3]) * 31 + shape));
  emit(Index(kPrevFlags, w.at[1].present && w.at[1].word ? (w.at[1].flags & kCueFlags) + 1 : 0));
  emit(Index(kNextFlags, w.at[3].present && w.at[3].word ? (w.at[3].flags & kCueFlags) + 1 : 0));
  emit(Index(kPrevWordShape, Identity(w.at[1]) * 64 + shape));
}


}  // namespace

void NameModel::Features(const NameWindow& w, std::vector<uint32_t>* out) {
  ForEachFeature(w, [out](uint32_t i) { out->push_back(i); });
}

float NameModel::Score(const NameWindow& w) const {
  int32_t sum = 0;
  ForEachFeature(w, [&](uint32_t i) { sum += weights_[i]; });
  return static_cast<float>(sum) / kScale;
}

bool NameModel::MayDrop(const NameWindow& w) {
  const NameTokenFacts& t = w.at[2];
  if (t.rule_score >= 0.9f) return false;
  // A capitalized gazetteer name or word of no list in mid-sentence ("con
  // Rosa y Pilar", "llegó Quetzorin"): the rules' recall-first policy for
  // rare names stands.
  if (t.evidence >= 1 && t.capitalized && !t.all_caps && !t.sentence_start) return false;
  const NameTokenFacts& before = w.at[1];
  const NameTokenFacts& after = w.at[3];
  // Part of a name the model may not drop ("Tzotzil Pérez"): a name is
  // never cut in two.
  if ((before.present && before.word && before.rule_score >= 0.9f) ||
      (after.present && after.word && after.rule_score >= 0.9f)) {
    return false;
  }
  if (before.present && before.word && (before.flags & (kKinCue | kTitle | kNameCue))) return false;
  if (after.present && after.word && (after.flags & kSpeechCue)) return false;
  return true;
}

bool NameModel::MayAdd(const NameWindow& w) {
  const NameTokenFacts& t = w.at[2];
  const NameTokenFacts& before = w.at[1];
  const NameTokenFacts& after = w.at[3];
  // The rules' vetoes ("Saint-Vincent", "Crohn's disease") are not in the
  // window: words after a hyphen or before an apostrophe stay as they are.
  if ((before.present && !before.word && before.punct == '-') ||
      (after.present && !after.word && (after.punct == '\'' || after.punct == 0x2019))) {
    return false;
  }
  // "a Ghanaian diplomat", "a Mexican actress": a nationality of the
  // demonym lists between an article and a lower-case noun that is no kin
  // or family word. Elsewhere the model judges it: the lists hold names of
  // other languages ("Yesterday Cyprian told us", "the Cyprian family"),
  // and a word that a name list has ("French" of "Dawn French") anywhere.
  if ((t.flags & kDemonym) != 0 && (t.flags & (kGivenName | kSurname)) == 0 && before.present &&
      before.word && !before.capitalized &&
      (before.folded == "a" || before.folded == "an" || before.folded == "the") && after.present &&
      after.word && !after.capitalized && !after.has_digit && (after.flags & (kKinCue | kStopWord)) == 0 &&
      after.folded != "family" && after.folded != "families" && after.folded != "household" &&
      after.folded != "clan" && after.folded != "home" && after.folded != "house") {
    return false;
  }
  return t.place == 0 && !t.sentence_start && !t.all_caps;
}

std::unique_ptr<NameModel> NameModel::Parse(std::string_view tsv, std::string* error) {
  auto model = std::make_unique<NameModel>();
  bool drop = false, add = false, ok = true;
  size_t line_no = 0, weights = 0;
  ForEachLine(tsv, [&](std::string_view line) {
    ++line_no;
    if (!ok || line.empty() || line[0] == '#') return;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      ok = false;
      return;
    }
    const std::string key(line.substr(0, tab)), value(line.substr(tab + 1));
    char* end = nullptr;
    const float v = std::strtof(value.c_str(), &end);
    if (end == value.c_str() || *end != '\0' || !std::isfinite(v)) {
      ok = false;
      return;
    }
    if (key == "drop_threshold") {
      model->drop_threshold_ = v;
      drop = true;
    } else if (key == "add_threshold") {
      model->add_threshold_ = v;
      add = true;
    } else {
      const unsigned long index = std::strtoul(key.c_str(), &end, 10);
      if (end == key.c_str() || *end != '\0' || index >= model->weights_.size()) {
        ok = false;
        return;
      }
      const float scaled = std::round(v * kScale);
      if (std::fabs(scaled) > 32767) {
        ok = false;
        return;
      }
      model->weights_[index] = static_cast<int16_t>(scaled);
      ++weights;
    }
  });
  if (!ok || !drop || !add || weights == 0) {
    if (error != nullptr) {
      *error = ok ? "name model: no thresholds or no weights"
                  : "name model: malformed line " + std::to_string(line_no);
    }
    return nullptr;
  }
  return model;
}

const NameModel* NameModel::Default(std::string* error) {
  static std::string load_error;
  static const NameModel* model =
      Parse(data::EmbeddedFile("name_model.tsv"), &load_error).release();
  if (model == nullptr && error != nullptr) *error = load_error;
  return model;
}

}  // namespace amparo::redaction
