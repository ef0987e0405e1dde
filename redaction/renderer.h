// Turning findings into redacted text: merging what several detectors found,
// then writing placeholders with offsets into both texts.
//
// Merging takes the union of overlapping findings, so an identifier is
// never left half-redacted; the merged finding keeps the type of its
// longest member, except that a name intake listed beats a name the name
// detector guessed. Rendering numbers [PERSON-n] by first appearance:
// findings with the same person_group, or (for unknown people) the same
// folded name, or a lone first name / surname of a full name seen in the
// same text, share a number.
#ifndef AMPARO_REDACTION_RENDERER_H_
#define AMPARO_REDACTION_RENDERER_H_

#include <string>
#include <string_view>
#include <vector>

#include "redaction/finding.h"
#include "redaction/redactor.h"

namespace amparo::redaction {

// Sorted, non-overlapping union of findings.
std::vector<Finding> MergeFindings(std::vector<Finding> findings);

// Renders text with findings, which must be sorted or sortable, inside the
// text, on code point boundaries and non-overlapping; false and *error
// otherwise. text must be valid UTF-8.
bool RenderFindings(std::string_view text, std::vector<Finding> findings,
                    const RedactionOptions& options, RedactionResult* out,
                    std::string* error);

// What stands for one finding (a placeholder, the pseudonym, or a
// generalized age or date). person_number is used for kPersonName.
std::string Replacement(std::string_view original, const Finding& finding,
                        const RedactionOptions& options, int person_number);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_RENDERER_H_
