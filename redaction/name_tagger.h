// NameTagger is a trained token tagger that proposes person-name words the
// rule-based name detector missed.
//
// Where NameModel only re-judges the capitalized words the rules looked at,
// the tagger reads any word that could be a name (capitalized or not, at a
// sentence start too) from its own form (folded word, shape, prefixes and
// suffixes, length), the lexicon classes the detector knows (given name,
// surname, ordinary word, stop word, cue classes; never the word lists
// learned from labeled text) and the same facts of two words either side,
// including what the rules decided for them. It is a logistic regression
// over hashed features, trained on every word the detector flagged or left
// (so it learns what names look like from all of them); a word whose
// log-odds reach threshold() is a name.
//
// MayTag() says which words it may judge: no word the rules flagged (it
// only adds), no place, no function or cue word, no word with digits. The
// detector asks it nothing else, which keeps its cost to a few
// lookups per candidate word. Only NameDetector::CreateWithTagger reads it:
// its cross-validated gain was too small for the default detector
// (docs/redaction-evaluation.md, "Name tagger").
//
// Weights ship in redaction/data/name_tagger.tsv, trained by
// bench/train_name_tagger.cc on the train splits of the shared labeled data.
// Scoring reads only the window and a read-only table: thread-safe, no
// allocation, deterministic.
#ifndef AMPARO_REDACTION_NAME_TAGGER_H_
#define AMPARO_REDACTION_NAME_TAGGER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/name_model.h"

namespace amparo::redaction {

class NameTagger {
 public:
  static constexpr int kBits = 18;  // hashed feature space: 2^kBits weights

  // The shipped tagger (data/name_tagger.tsv), loaded once. nullptr and
  // *error if the file is missing or malformed.
  static const NameTagger* Default(std::string* error);
  // Parses a weights file (the format bench/train_name_tagger.cc writes).
  static std::unique_ptr<NameTagger> Parse(std::string_view tsv, std::string* error);

  // Clears the window's tokens beyond the sentence of its word: before it,
  // a '.', '!' or '?' and all before; after it, all after such a mark. A
  // long text is read in windows cut at those marks, so the tagger's
  // decisions do not depend on where a window starts or ends.
  static void KeepSentence(NameWindow* w);

  // Appends the feature indices of the window's word (at[2]), each < 2^kBits.
  static void Features(const NameWindow& w, std::vector<uint32_t>* out);

  // Whether the tagger may add the window's word: an unflagged word with
  // letters and no digit, in no place, of no function, cue, title, month or
  // institution class, capitalized unless a name list has it ("justin"),
  // no ordinary word where capitals say nothing (lower case, a sentence's
  // start: "I miss rose", "Esperanza es lo último..."), not glued by a
  // hyphen or apostrophe to the word before or after ("Saint-Vincent",
  // "Crohn's"), no part of a handle, not after a preposition of place nor
  // beside a known place ("à Siena, Volperra"). The detector also refuses
  // any name of a place gazetteer.
  static bool MayTag(const NameWindow& w);

  // The score of the window's word: a name from threshold() up.
  float Score(const NameWindow& w) const;
  float threshold() const { return threshold_; }

 private:
  static constexpr float kScale = 256.0f;  // weights in 1/kScale units
  std::vector<int16_t> weights_ = std::vector<int16_t>(size_t{1} << kBits, 0);
  float threshold_ = 1e9f;
};

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_NAME_TAGGER_H_
