// NameDetector finds names of people nobody listed at intake.
//
// It works on Spanish, English, French and Haitian Creole text with given-name
// and surname gazetteers, context cues ("me llamo", "my name is",
// "je m'appelle", "X, a 42-year-old"), capitalization, and word lists that
// tell ordinary words from names. Place names (see PlaceGazetteer) are never
// reported as people. Its data ships in redaction/data/ and is loaded once;
// Find() is const and thread-safe. A small trained model (NameModel) has the
// last word on each candidate word the rules flagged or passed over; a
// trained tagger (NameTagger) that adds words neither flagged is available
// (CreateWithTagger) but not used by default. A word
// flagged as a name anywhere in the text is flagged wherever it comes back,
// capitalized or in lower case ("Me llamo Pedro Ramírez... pedro se fue"),
// unless it is an ordinary word too ("Rosa" and "color rosa"). A long
// text is read in windows of about 64 KB cut between sentences, so its
// working memory stays bounded; the findings are the same as for the text
// read at once.
#ifndef AMPARO_REDACTION_NAME_DETECTOR_H_
#define AMPARO_REDACTION_NAME_DETECTOR_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/name_detector_text.h"
#include "redaction/name_model.h"

namespace amparo::redaction {

// What the name detector's tokens show that a later pass would otherwise
// look for by reading the whole text again (filled by Find() on request).
struct WordsSeen {
  // Where each word begins that may be one of the object pronouns
  // AddNamesActingOnSomeone() looks for outside French (kObjectPronouns in
  // lower case, alone or before digits), and each window's first and last
  // word (a window may cut a word): a superset of the words that pass reads
  // (an offset may come twice).
  std::vector<size_t> pronoun_starts;
  // The tokens of the whole text (text::Tokenize()) when the detector read
  // it as one window (64 KB or less), else none: a later pass that
  // tokenizes the whole text takes them instead (AddLowerCasePostNames).
  // Memory stays bounded: a longer text keeps no tokens.
  text::Tokens tokens;
};

class NameDetector {
 public:
  // Loads the shipped gazetteers (compiled into the binary or read from
  // the data directory configured at build time). Never fails silently:
  // returns nullptr and sets *error if the data cannot be loaded.
  static std::unique_ptr<NameDetector> Create(std::string* error);

  // The rules without the model. observer, if set, sees the window of every
  // candidate the model would judge, with the byte range of its word: this
  // is how bench/train_name_model.cc collects training examples. Without
  // learned_lists the word lists learned from labeled text
  // (data/name_words.txt, data/not_name_words.txt) are left out, so that
  // text they were learned from looks like unseen text.
  using CandidateObserver = std::function<void(const NameWindow&, size_t begin, size_t end)>;
  static std::unique_ptr<NameDetector> CreateRulesOnly(CandidateObserver observer,
                                                       bool learned_lists, std::string* error);
  // The rules, the model and the trained tagger's additions (name_tagger.h).
  // Not the default: in cross-validation on the train data the tagger adds
  // little (docs/redaction-evaluation.md, "Name tagger"); it is kept to be
  // measured and retrained.
  static std::unique_ptr<NameDetector> CreateWithTagger(std::string* error);
  // The rules and the model without the tagger: what Create() returns.
  // tagger_observer, if set, sees the window of every word the tagger would
  // judge, with the byte range of its word: how bench/train_name_tagger.cc
  // collects its examples. learned_lists as above.
  static std::unique_ptr<NameDetector> CreateWithoutTagger(CandidateObserver tagger_observer,
                                                           bool learned_lists, std::string* error);
  virtual ~NameDetector() = default;

  // language: "es", "en", "fr", "ht" or "" (unknown: try all).
  // Returns kPersonName findings; text must be valid UTF-8.
  std::vector<Finding> Find(std::string_view text, std::string_view language) const {
    return Find(text, language, nullptr);
  }
  // The same, and, if words is set, what its tokens show (WordsSeen).
  virtual std::vector<Finding> Find(std::string_view text, std::string_view language,
                                    WordsSeen* words) const = 0;

 private:
  static std::unique_ptr<NameDetector> Create(bool rules_only, bool learned_lists, bool tagger,
                                              CandidateObserver observer,
                                              CandidateObserver tagger_observer, std::string* error);
};

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_NAME_DETECTOR_H_
