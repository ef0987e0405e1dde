// The testimony model: what arrives at intake, what waits for review, and
// what the archive keeps after approval.
//
// An IntakeRecord carries the original text and the survivor's known
// identifiers; it exists only in memory and, sealed, in the review queue.
// A Testimony is what remains after approval: the redacted text and its
// metadata, no identifier, no case code (the archive keeps only a keyed hash
// of the case code, for withdrawal by case).
#ifndef AMPARO_ARCHIVE_TESTIMONY_H_
#define AMPARO_ARCHIVE_TESTIMONY_H_

#include <map>
#include <string>
#include <vector>

#include "archive/consent.h"

namespace amparo {

// Tag facets: "violence", "perpetrator", "places" -> values.
using Tags = std::map<std::string, std::vector<std::string>>;

struct KnownIdentifierList {
  std::vector<std::string> names;      // survivor's and relatives' names
  std::vector<std::string> nicknames;
  std::vector<std::string> phones;
  std::vector<std::string> emails;
  std::vector<std::string> other;
};

// One line of an intake JSON Lines file, or the body of POST /api/intake.
struct IntakeRecord {
  std::string case_code;    // survivor's case code; hashed, never stored
  std::string pseudonym;    // e.g. "Yahir*"
  std::string language;     // es, en, fr, ht
  std::string recorded_on;  // YYYY-MM
  std::string recorded_at;  // place of recording
  std::string title;
  std::string text;
  KnownIdentifierList known_identifiers;
  Tags tags;
  ConsentRecord consent;
};

// A redaction span as reviewers see it (offsets into the original text).
struct ProposedRedaction {
  size_t begin = 0;
  size_t end = 0;
  std::string type;      // "person", "phone", ...
  std::string detector;  // "known", "pattern", "names", "reviewer"
  float confidence = 1;
  std::string replacement;
};

// A testimony waiting for review: original text (reviewers only) and the
// proposed redaction.
struct PendingTestimony {
  std::string id;
  std::string pseudonym;
  std::string language;
  std::string recorded_on;
  std::string recorded_at;
  std::string title;
  std::string original_text;
  std::string redacted_text;
  std::vector<ProposedRedaction> redactions;
  Tags tags;  // intake tags merged with suggested ones
  ConsentRecord consent;
  std::string received_at;  // UTC timestamp
  // What intake knew about the survivor: kept (sealed, reviewers only) so
  // that approval can check no known identifier is left in the text.
  // Destroyed with the original at approval.
  KnownIdentifierList known_identifiers;
  std::string case_code;
};

// An approved testimony: redacted text and metadata only.
struct Testimony {
  std::string id;
  std::string pseudonym;
  std::string language;
  std::string recorded_on;
  std::string recorded_at;
  std::string title;
  std::string text;  // redacted
  Tags tags;
  ConsentRecord consent;
  std::string approved_at;
};

// What remains of a withdrawn testimony: nothing but this.
struct Tombstone {
  std::string id;
  std::string withdrawn_on;  // YYYY-MM-DD
  std::string reason_code;   // "consent-withdrawn", ...
};

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_TESTIMONY_H_
