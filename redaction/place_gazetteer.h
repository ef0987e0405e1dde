// PlaceGazetteer knows the places legal advocates need kept in a testimony:
// countries, states and cities of Mexico, Central and South America and the
// Caribbean, and the migration route (Tapachula, Palenque, Ciudad Juárez...).
//
// The redactor asks it so that place names are never redacted as people; the
// archive asks it to suggest place tags at intake. Matching is case- and
// accent-insensitive; results carry the canonical spelling ("Ciudad Juárez").
#ifndef AMPARO_REDACTION_PLACE_GAZETTEER_H_
#define AMPARO_REDACTION_PLACE_GAZETTEER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace amparo::redaction {

struct PlaceMention {
  size_t begin = 0;  // byte offsets into the text
  size_t end = 0;
  std::string canonical;  // e.g. "Ciudad Juárez"
  std::string kind;       // "country", "state", "city", "route"
};

class PlaceGazetteer {
 public:
  // The shipped gazetteer; loaded once, shared, thread-safe.
  static const PlaceGazetteer& Default();
  virtual ~PlaceGazetteer() = default;

  // Every place mentioned in text, longest match first, non-overlapping.
  virtual std::vector<PlaceMention> FindPlaces(std::string_view text) const = 0;
  // True if the (folded) phrase is a known place name.
  virtual bool IsPlace(std::string_view phrase) const = 0;
};

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_PLACE_GAZETTEER_H_
