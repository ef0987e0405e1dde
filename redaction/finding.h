// A Finding is one span of text that a detector believes is an identifier.
//
// Detectors (known identifiers, patterns, the name detector) each return
// Findings over the same input; the Redactor merges them, resolves overlaps
// and renders placeholders. Offsets are byte offsets into the UTF-8 input,
// [begin, end), always on code point boundaries. A Finding never copies the
// text it points at, so a report built from Findings holds no identifier.
#ifndef AMPARO_REDACTION_FINDING_H_
#define AMPARO_REDACTION_FINDING_H_

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace amparo::redaction {

enum class IdentifierType {
  kSurvivorName,   // a name of the survivor: becomes the testimony's pseudonym
  kPersonName,     // anyone else: becomes [PERSON-n], stable within a testimony
  kPhone,
  kEmail,
  kIdNumber,       // CURP, RFC, INE/IFE key, passport, national ids, case codes
  kPaymentCard,
  kIban,
  kIpAddress,
  kUrl,
  kSocialHandle,
  kAddress,
  kVehiclePlate,
  kDateOfBirth,    // a full date: generalized to month and year, or [DATE]
  kAge,            // an exact age: generalized to a decade
  kGpsCoordinates,
  kOther,          // anything else intake asked to remove: [REDACTED]
};

// Stable lower-case name ("phone", "person", ...) used in reports and JSON.
std::string_view IdentifierTypeName(IdentifierType type);

struct Finding {
  size_t begin = 0;
  size_t end = 0;
  IdentifierType type = IdentifierType::kPersonName;
  const char* detector = "";  // static string: "known", "pattern", "names"...
  float confidence = 1.0f;    // 0..1
  // For kPersonName: findings that refer to the same person share a group
  // (>= 0) so the renderer gives them the same [PERSON-n]; -1 = unknown.
  int person_group = -1;
};

// A finding of a person: another person, or the survivor.
inline bool IsPersonFinding(const Finding& f) {
  return f.type == IdentifierType::kPersonName || f.type == IdentifierType::kSurvivorName;
}

// A person finding the name detector's passes guessed ("names"), which the
// late passes may trim, regroup or drop; a name intake listed ("known") is
// none. Those passes give their findings kPersonName only: the survivor's
// type comes from the known names.
inline bool IsGuessedPerson(const Finding& f) {
  return IsPersonFinding(f) && std::string_view(f.detector) == "names";
}

// A person finding of the name detector's passes ("names") over
// [begin, end), at the confidence those passes give what they add late.
inline Finding PersonFinding(size_t begin, size_t end, float confidence = 0.7f) {
  Finding f;
  f.begin = begin;
  f.end = end;
  f.type = IdentifierType::kPersonName;
  f.detector = "names";
  f.confidence = confidence;
  return f;
}

// An address finding the late address passes add over [begin, end), as the
// pattern detector's address rules report theirs, at the confidence those
// passes give what they add.
inline Finding AddressFinding(size_t begin, size_t end) {
  Finding f;
  f.begin = begin;
  f.end = end;
  f.type = IdentifierType::kAddress;
  f.detector = "pattern";
  f.confidence = 0.7f;
  return f;
}

// Sorts *found by begin, keeping the order of findings that start at the
// same offset (the address passes keep `found` so: each reads it in order).
inline void SortFindingsByBegin(std::vector<Finding>* found) {
  std::stable_sort(found->begin(), found->end(), [](const Finding& a, const Finding& b) { return a.begin < b.begin; });
}

// Appends `added` to *found and sorts it by begin as above.
inline void AppendSortedByBegin(const std::vector<Finding>& added, std::vector<Finding>* found) {
  if (added.empty()) return;
  found->insert(found->end(), added.begin(), added.end());
  SortFindingsByBegin(found);
}

// Appends to *names a person finding (detector "names", confidence 0.7) for
// each span of `added` ([begin, end) pairs, sorted and without repeats)
// that no finding of *names or of `others` overlaps. The passes that add
// names late (names acting on someone, names in subject positions) add few
// spans among thousands of findings, so each finding is looked up among the
// added spans by a binary search instead of sorting the findings.
void AddPersonsOverlappingNothing(const std::vector<std::pair<size_t, size_t>>& added,
                                  const std::vector<Finding>& others, std::vector<Finding>* names);

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_FINDING_H_
