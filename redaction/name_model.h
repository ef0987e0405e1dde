// NameModel is a small logistic-regression scorer that second-guesses the
// rule-based name detector token by token.
//
// The detector proposes candidates (every word its rules flagged as part of
// a name, and every capitalized word they passed over) and describes each
// with a NameWindow: the token, two tokens either side, and what the rules
// know of them (lexicon flags, evidence, rule score, place, sentence start).
// The model turns the window into ~30 hashed features and sums their
// weights: a flagged word whose score falls below drop_threshold() is
// dropped, an unflagged one whose score reaches add_threshold() is added.
//
// Weights and thresholds ship in redaction/data/name_model.tsv, trained by
// bench/train_name_model.cc on the train splits of the shared labeled data
// (see data/SOURCES.md). Scoring reads only the window and a read-only
// table: thread-safe, no allocation, well under a microsecond.
#ifndef AMPARO_REDACTION_NAME_MODEL_H_
#define AMPARO_REDACTION_NAME_MODEL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace amparo::redaction {

// What the detector knows of one token of the window.
struct NameTokenFacts {
  bool present = false;  // false before the text's start or after its end
  bool word = false;     // else one punctuation code point (punct)
  char32_t punct = 0;
  uint64_t hash = 0;  // text::FoldedHash of the folded word
  std::string_view folded;
  uint32_t flags = 0;     // LexiconFlag bits
  int8_t evidence = 0;    // the detector's evidence class (-1 blocked .. 3 strong)
  uint8_t place = 0;      // 1: inside a multi-word place, 2: a one-word place
  uint8_t length = 0;     // bytes, capped at 255
  bool capitalized = false, all_caps = false, has_digit = false;
  bool sentence_start = false, dictionary = false;
  bool space_before = false, newline_before = false;
  float rule_score = 0;  // > 0: the rules flagged it
};

// The candidate (at[2]) and its neighbours: at[0..1] before, at[3..4] after.
struct NameWindow {
  NameTokenFacts at[5];
  std::string_view language;  // "es", "en", "fr", "ht" or ""
};

class NameModel {
 public:
  static constexpr int kBits = 17;  // hashed feature space: 2^kBits weights

  // The shipped model (data/name_model.tsv), loaded once. nullptr and
  // *error if the file is missing or malformed.
  static const NameModel* Default(std::string* error);
  // Parses a weights file (the format bench/train_name_model.cc writes).
  static std::unique_ptr<NameModel> Parse(std::string_view tsv, std::string* error);

  // Appends the feature indices of a window (each < 2^kBits) to *out.
  static void Features(const NameWindow& w, std::vector<uint32_t>* out);

  // The log-odds that the candidate is part of a person's name.
  float Score(const NameWindow& w) const;

  // Guards around the model. Its training text (clinical reports, social
  // media, 1906 newspapers, generated sentences) is not testimony text, so
  // where the rules have the project's own strong evidence the model has no
  // say. MayDrop: false for a word flagged on a title or name cue or as a
  // gazetteer name that is no ordinary word (rule score >= 0.9) and for its
  // neighbours (a name is not cut in two: "Tzotzil Pérez"), for a
  // capitalized gazetteer name or word of no list in mid-sentence ("con
  // Rosa y Pilar", "llegó Quetzorin": rare names first), and for a
  // word right after a kin word, title or name cue or right before a speech
  // verb ("mi hermano Santos", "Rosa dijo"). MayAdd: false for places,
  // sentence starts, words in capitals, nationalities that no name list has
  // between an article and a lower-case noun ("a Ghanaian diplomat"), and
  // words after a hyphen or before an apostrophe ("Saint-Vincent", "Crohn's
  // disease"). Both read at[1..3]
  // only: the detector fills at[0] and at[4] after they said yes, and asks
  // their tests of the word alone (rule score >= 0.9 for MayDrop; place,
  // sentence start, capitals for MayAdd) before it builds the window: a
  // change to those tests is made in name_detector.cc too.
  static bool MayDrop(const NameWindow& w);
  static bool MayAdd(const NameWindow& w);

  float drop_threshold() const { return drop_threshold_; }
  float add_threshold() const { return add_threshold_; }

 private:
  // Weights in 1/kScale units: 16 bits keep the table (256 KB) in the L2
  // cache, which matters more to speed than the rounding does to scores.
  static constexpr float kScale = 1024.0f;
  std::vector<int16_t> weights_ = std::vector<int16_t>(size_t{1} << kBits, 0);
  float drop_threshold_ = -1e9f;
  float add_threshold_ = 1e9f;
};

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_NAME_MODEL_H_
