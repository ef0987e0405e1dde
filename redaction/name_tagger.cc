#include "redaction/name_tagger.h"

#include <cmath>
#include <cstdlib>
#include <string>

#include "redaction/name_detector_data.h"
#include "redaction/name_detector_lexicon.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

// Feature templates: the index of a feature is a hash of (template, value).
enum Template : uint64_t {
  kBias = 1, kWord, kWordShape, kPrefix, kSuffix, kShape, kLength, kFlagBit, kNameClasses,
  kEvidence, kNeighbour, kNeighbourShape, kNeighbourFlags, kNeighbourWordShape, kLanguage,
  kRulesAround, kNeighbourClasses,
};

uint32_t Index(uint64_t tmpl, uint64_t value) {
  uint64_t x = value * 0x9E3779B97F4A7C15ull + tmpl * 0xD1B54A32D192ED03ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  x ^= x >> 31;
  return static_cast<uint32_t>(x >> (64 - NameTagger::kBits));
}

// The lists learned from labeled text (kNameWord, kNotNameWord) are left out:
// they hold the training text's own names, which unseen text lacks.
constexpr uint32_t kUsedFlags = ~(kNameWord | kNotNameWord);
// What the lexicon says of a word as a name.
constexpr uint32_t kNameFlags = kGivenName | kSurname | kCommonWord | kCommonName | kDemonym;
// Classes that cue (or veto) a name next to them.
constexpr uint32_t kCueFlags = kTitle | kNameCue | kKinCue | kSpeechCue | kPlacePrep | kConnector |
                               kOrgWord | kStopWord | kEponymCue | kMonth | kHonorific | kRoleCue |
                               kInstitution | kOrgSuffix | kPlaceSuffix | kVesselCue;

// Line breaks are left out: the first word of a window has none before it
// while the same word read in the whole text has one (see KeepSentence).
uint64_t Shape(const NameTokenFacts& t) {
  if (!t.present) return 1;
  if (!t.word) return 2 | (static_cast<uint64_t>(t.punct < 128 ? t.punct : 128) << 3);
  return 3 | (t.capitalized << 2) | (t.all_caps << 3) | (t.has_digit << 4) | (t.sentence_start << 5) |
         ((t.rule_score > 0) << 7) | (static_cast<uint64_t>(t.place) << 8);
}

// A neighbour's identity: its folded word or its punctuation.
uint64_t Identity(const NameTokenFacts& t) {
  if (!t.present) return 1;
  if (!t.word) return 2 + static_cast<uint64_t>(t.punct);
  return t.hash;
}

uint64_t Affix(std::string_view w, size_t n, bool suffix) {
  if (w.size() < n + 1) return 0;
  uint64_t v = n;
  const size_t from = suffix ? w.size() - n : 0;
  for (size_t k = from; k < from + n; ++k) v = v << 8 | static_cast<uint8_t>(w[k]);
  return v;
}

template <typename Fn>
void ForEachFeature(const NameWindow& w, Fn emit) {
  const NameTokenFacts& t = w.at[2];
  const uint64_t shape = Shape(t);
  const uint64_t lang = w.language.size() >= 2
                            ? (static_cast<uint64_t>(w.language[0]) << 8 | static_cast<uint8_t>(w.language[1]))
                            : 0;
  const uint32_t flags = t.flags & kUsedFlags;
  const uint64_t classes = (flags & kNameFlags) | (static_cast<uint64_t>(t.dictionary) << 30);
  emit(Index(kBias, 0));
  emit(Index(kWord, t.hash));
  emit(Index(kWordShape, t.hash * 4 + (t.sentence_start << 1) + t.capitalized));
  for (size_t n = 1; n <= 4; ++n) {
    emit(Index(kPrefix, Affix(t.folded, n, false) * 2 + t.capitalized));
    emit(Index(kSuffix, Affix(t.folded, n, true)));
  }
  emit(Index(kShape, shape));
  emit(Index(kLength, (t.length < 14 ? t.length : 14) * 2 + t.capitalized));
  for (uint32_t bit = 0; bit < 24; ++bit) {
    if (flags >> bit & 1) emit(Index(kFlagBit, bit * 2 + t.capitalized));
  }
  emit(Index(kNameClasses, classes * 64 + (shape & 63)));
  emit(Index(kEvidence, static_cast<uint64_t>(t.evidence + 1) * 64 + (shape & 63)));
  emit(Index(kLanguage, (lang << 16) | (classes >> 20 << 8) | (shape & 0xff)));
  uint64_t rules = 0;
  for (int d = 0; d < 5; ++d) {
    if (d == 2) continue;
    const NameTokenFacts& o = w.at[d];
    const uint64_t pos = static_cast<uint64_t>(d);
    emit(Index(kNeighbour, Identity(o) * 8 + pos));
    emit(Index(kNeighbourShape, Shape(o) * 8 + pos));
    if (o.present && o.word) {
      emit(Index(kNeighbourFlags, static_cast<uint64_t>(o.flags & kCueFlags) * 8 + pos));
      emit(Index(kNeighbourClasses, (static_cast<uint64_t>(o.flags & kNameFlags) * 8 + pos) * 64 + (shape & 63)));
      rules |= static_cast<uint64_t>(o.rule_score > 0) << d;
    }
    if (d == 1 || d == 3) emit(Index(kNeighbourWordShape, (Identity(o) * 8 + pos) * 256 + (shape & 0xff)));
  }
  emit(Index(kRulesAround, rules * 256 + (shape & 0xff)));
}

}  // namespace

void NameTagger::KeepSentence(NameWindow* w) {
  auto end_mark = [](const NameTokenFacts& t) {
    return t.present && !t.word && (t.punct == '.' || t.punct == '!' || t.punct == '?');
  };
  for (int d = 1; d >= 0; --d) {
    if (!end_mark(w->at[d])) continue;
    for (int k = d; k >= 0; --k) w->at[k] = NameTokenFacts();
    break;
  }
  for (int d = 3; d < 4; ++d) {
    if (end_mark(w->at[d])) w->at[d + 1] = NameTokenFacts();
  }
}

void NameTagger::Features(const NameWindow& w, std::vector<uint32_t>* out) {
  ForEachFeature(w, [out](uint32_t i) { out->push_back(i); });
}

float NameTagger::Score(const NameWindow& w) const {
  int32_t sum = 0;
  ForEachFeature(w, [&](uint32_t i) { sum += weights_[i]; });
  return static_cast<float>(sum) / kScale;
}

bool NameTagger::MayTag(const NameWindow& w) {
  const NameTokenFacts& t = w.at[2];
  if (!t.present || !t.word || t.rule_score > 0 || t.has_digit || t.place != 0 ||
      t.length < 2 || t.evidence < 0) {
    return false;
  }
  constexpr uint32_t kNever = kStopWord | kConnector | kMonth | kTitle | kNameCue | kKinCue |
                              kSpeechCue | kPlacePrep | kOrgWord | kEponymCue | kOrgSuffix |
                              kInstitution | kHonorific | kRoleCue | kEponymWord | kPlaceSuffix |
                              kVesselCue | kDemonym;
  if (t.flags & kNever) return false;
  // Lower-case words only when a name list has them ("justin"): the others
  // are most of a text and rarely names. Where capitals say nothing (lower
  // case, a sentence's start) an ordinary word stays one, as the rules
  // decide ("I miss rose", "Esperanza es lo último que se pierde").
  if (!t.capitalized && !(t.flags & (kGivenName | kSurname))) return false;
  if ((!t.capitalized || t.sentence_start) && (t.dictionary || (t.flags & (kCommonWord | kCommonName)))) {
    return false;
  }
  const NameTokenFacts& before = w.at[1];
  const NameTokenFacts& after = w.at[3];
  // Words of a handle ("@JoshRamsayArmy", "@Moi_JaimeCa") are the pattern
  // detector's.
  if (!t.space_before && before.present && !before.word && (before.punct == '@' || before.punct == '_')) {
    return false;
  }
  if (!after.space_before && after.present && !after.word && after.punct == '_') return false;
  // Places first: no word after a preposition of place ("à Lalisolle",
  // "de Janzé" after "gendarmerie"), nor beside a known place ("à Siena,
  // Volperra et Poggibonsi"); the rules judge those.
  if (before.present && before.word && (before.flags & kPlacePrep)) return false;
  for (int d : {0, 1, 3, 4}) {
    if (w.at[d].present && w.at[d].word && w.at[d].place != 0) return false;
  }
  if ((before.present && !before.word && !before.space_before && before.punct == '-' && !t.space_before) ||
      (after.present && !after.word && !after.space_before && (after.punct == '-' || after.punct == '\'' || after.punct == 0x2019))) {
    return false;
  }
  return true;
}

std::unique_ptr<NameTagger> NameTagger::Parse(std::string_view tsv, std::string* error) {
  auto tagger = std::make_unique<NameTagger>();
  bool threshold = false, ok = true;
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
    if (key == "threshold") {
      tagger->threshold_ = v;
      threshold = true;
      return;
    }
    const unsigned long index = std::strtoul(key.c_str(), &end, 10);
    const float scaled = std::round(v * kScale);
    if (end == key.c_str() || *end != '\0' || index >= tagger->weights_.size() ||
        std::fabs(scaled) > 32767) {
      ok = false;
      return;
    }
    tagger->weights_[index] = static_cast<int16_t>(scaled);
    ++weights;
  });
  if (!ok || !threshold || weights == 0) {
    if (error != nullptr) {
      *error = ok ? "name tagger: no threshold or no weights"
                  : "name tagger: malformed line " + std::to_string(line_no);
    }
    return nullptr;
  }
  return tagger;
}

const NameTagger* NameTagger::Default(std::string* error) {
  static std::string load_error;
  static const NameTagger* tagger =
      Parse(data::EmbeddedFile("name_tagger.tsv"), &load_error).release();
  if (tagger == nullptr && error != nullptr) *error = load_error;
  return tagger;
}

}  // namespace amparo::redaction
