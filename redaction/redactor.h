// Redactor turns a testimony's text into its publishable form.
//
// It runs every detector (known identifiers from intake, pattern identifiers,
// the name detector), merges their findings, keeps place names, and renders:
// the survivor's names become the pseudonym, other people [PERSON-n] (stable
// within one text), other identifiers typed placeholders ([PHONE], [EMAIL],
// [ID-NUMBER], [ADDRESS]...), exact ages and full dates generalized when the
// options say so. The RedactionReport lists spans, types, detectors and
// confidences, never the original strings. Redact() is const and
// thread-safe; it runs in time linear in the input.
#ifndef AMPARO_REDACTION_REDACTOR_H_
#define AMPARO_REDACTION_REDACTOR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/finding.h"

namespace amparo::redaction {

// What intake knows about the survivor and their relatives.
struct KnownIdentifiers {
  std::vector<std::string> survivor_names;  // full names and nicknames
  std::vector<std::string> other_names;     // relatives and others named
  std::vector<std::string> phones;
  std::vector<std::string> emails;
  std::vector<std::string> case_codes;
  std::vector<std::string> other;           // anything else to remove verbatim
};

struct RedactionOptions {
  std::string pseudonym = "[SURVIVOR]";  // replaces the survivor's names
  // Exact ages become a range ("tenía 42 años" -> "tenía unos 40 años",
  // "a 42-year-old" -> "a 40-something-year-old"); false: [AGE].
  bool generalize_ages = true;
  // Full dates keep month and year ("12 de marzo de 1983" -> "marzo de
  // 1983"); false, or a date that cannot be read: [DATE].
  bool generalize_dates = true;
  // Language of generalized ages and dates in Render() ("es", "en", "fr",
  // "ht"; "" = Spanish). Redact() uses its own language argument instead.
  std::string language;
};

struct RedactionSpan {
  size_t original_begin = 0;  // byte offsets into the original text
  size_t original_end = 0;
  size_t redacted_begin = 0;  // byte offsets into the redacted text
  size_t redacted_end = 0;
  IdentifierType type = IdentifierType::kPersonName;
  std::string detector;
  float confidence = 1.0f;
  std::string replacement;  // what stands in the redacted text ("[PHONE]")
};

struct RedactionReport {
  std::vector<RedactionSpan> spans;  // sorted by original_begin
};

struct RedactionResult {
  std::string text;  // the redacted text
  RedactionReport report;
};

class Redactor {
 public:
  // Loads detectors and data once. nullptr and *error on failure.
  static std::unique_ptr<Redactor> Create(std::string* error);
  virtual ~Redactor() = default;

  // Returns false and sets *error (e.g. "invalid UTF-8 at byte 1234") when
  // text cannot be redacted; *out is then untouched. Otherwise *out is
  // overwritten in its own buffers, which keep their room: redacting text
  // after text into one RedactionResult does not allocate them each time.
  virtual bool Redact(std::string_view text, std::string_view language,
                      const KnownIdentifiers& known,
                      const RedactionOptions& options, RedactionResult* out,
                      std::string* error) const = 0;

  // Re-renders text from an explicit list of findings: used when a reviewer
  // adds or removes redactions. Overlapping findings are an error.
  virtual bool Render(std::string_view text,
                      const std::vector<Finding>& findings,
                      const RedactionOptions& options, RedactionResult* out,
                      std::string* error) const = 0;
};

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_REDACTOR_H_
