// PlaceGazetteer knows the places legal advocates need kept in a testimony:
// countries, states and cities of Mexico, Central and South America and the
// Caribbean, and the migration route (Tapachula, Palenque, Ciudad Juárez...),
// written by hand; and the world's cities of 15,000 people or more and its
// states, provinces and departments (data/world_places*.tsv, generated from
// GeoNames and ISO 3166-2), with those that are also a person's name
// ("Florence", "Jackson") apart; and, for the place veto alone, the small
// towns of French-speaking Europe and Haiti (data/small_towns.tsv).
//
// The redactor asks it so that place names are never redacted as people; the
// archive asks it to suggest place tags at intake. Matching is case- and
// accent-insensitive; results carry the canonical spelling ("Ciudad Juárez").
#ifndef AMPARO_REDACTION_PLACE_GAZETTEER_H_
#define AMPARO_REDACTION_PLACE_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace amparo::redaction {

// Where a place comes from, which says how sure a mention of it is.
enum class PlaceClass : uint8_t {
  kNone = 0,
  kListed,          // places.tsv: the region's places and the route, written by hand
  kWorld,           // world_places.tsv: the world's cities and divisions (GeoNames, ISO 3166-2)
  kWorldAmbiguous,  // world_places_ambiguous.tsv: also a given name or surname ("Florence")
};

struct PlaceMention {
  size_t begin = 0;  // byte offsets into the text
  size_t end = 0;
  std::string canonical;  // e.g. "Ciudad Juárez"
  std::string kind;       // "country", "state", "city", "route"
  PlaceClass place_class = PlaceClass::kListed;
};

class PlaceGazetteer {
 public:
  // The shipped gazetteer; loaded once, shared, thread-safe.
  static const PlaceGazetteer& Default();
  virtual ~PlaceGazetteer() = default;

  // Every place mentioned in text, longest match first, non-overlapping;
  // listed and world places, not the ambiguous ones.
  virtual std::vector<PlaceMention> FindPlaces(std::string_view text) const = 0;
  // True if the phrase (any case or accents) is a listed place (places.tsv;
  // what a known identifier that is also a place is checked against).
  virtual bool IsPlace(std::string_view phrase) const = 0;
  // Which list names the phrase a place, kNone if none.
  virtual PlaceClass ClassOf(std::string_view phrase) const = 0;
  // True if the phrase is a small town of data/small_towns.tsv: 1,000
  // people or more in France, Belgium, Switzerland, Luxembourg, Monaco or
  // Haiti ("Languidic", "Locminé"), its name no given name, surname or
  // ordinary word of our lists. ClassOf() and FindPlaces() leave these out,
  // so the name detector and its person passes do not take them for places:
  // a surname may still be a commune's name ("Redon nous a frappés"). Only
  // the place veto asks, where the text says a place (place_veto.h).
  virtual bool IsSmallTown(std::string_view phrase) const = 0;
};

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_PLACE_GAZETTEER_H_
