#include "redaction/redactor.h"

#include "redaction/known_identifier_detector.h"
#include "redaction/name_detector.h"
#include "redaction/pattern_detector.h"
#include "redaction/place_gazetteer.h"
#include "redaction/place_veto.h"
#include "redaction/renderer.h"
#include "redaction/text_utf8.h"

namespace amparo::redaction {
namespace {

class RedactorImpl final : public Redactor {
 public:
  bool Init(std::string* error) {
    patterns_ = PatternDetector::Create(error);
    if (!patterns_) return false;
    names_ = NameDetector::Create(error);
    if (!names_) return false;
    places_ = &PlaceGazetteer::Default();
    return true;
  }

  bool Redact(std::string_view text, std::string_view language,
              const KnownIdentifiers& known, const RedactionOptions& options,
              RedactionResult* out, std::string* error) const override {
    size_t bad = 0;
    if (!IsValidUtf8(text, &bad)) {
      *error = "invalid UTF-8 at byte " + std::to_string(bad);
      return false;
    }
    for (const auto* list : {&known.survivor_names, &known.other_names, &known.phones,
                             &known.emails, &known.case_codes, &known.other}) {
      for (const std::string& item : *list) {
        if (!IsValidUtf8(item, &bad)) {
          *error = "invalid UTF-8 in a known identifier at byte " + std::to_string(bad);
          return false;
        }
      }
    }
    auto known_detector = KnownIdentifierDetector::Create(known, places_, error);
    if (!known_detector) return false;
    std::vector<Finding> findings = known_detector->Find(text);
    std::vector<Finding> more = patterns_->Find(text, language);
    findings.insert(findings.end(), more.begin(), more.end());
    more = names_->Find(text, language);
    VetoPlacesNamedAsPersons(text, *places_, findings, &more);
    findings.insert(findings.end(), more.begin(), more.end());
    RedactionOptions render_options = options;
    render_options.language = std::string(language);
    return RenderFindings(text, MergeFindings(std::move(findings)), render_options, out, error);
  }

  bool Render(std::string_view text, const std::vector<Finding>& findings,
              const RedactionOptions& options, RedactionResult* out,
              std::string* error) const override {
    size_t bad = 0;
    if (!IsValidUtf8(text, &bad)) {
      *error = "invalid UTF-8 at byte " + std::to_string(bad);
      return false;
    }
    return RenderFindings(text, findings, options, out, error);
  }

 private:
  std::unique_ptr<PatternDetector> patterns_;
  std::unique_ptr<NameDetector> names_;
  const PlaceGazetteer* places_ = nullptr;
};

}  // namespace

std::unique_ptr<Redactor> Redactor::Create(std::string* error) {
  auto redactor = std::make_unique<RedactorImpl>();
  std::string ignored;
  if (!redactor->Init(error != nullptr ? error : &ignored)) return nullptr;
  return redactor;
}

}  // namespace amparo::redaction
