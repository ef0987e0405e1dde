#include "redaction/place_gazetteer.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "redaction/place_gazetteer_index.h"

namespace amparo::redaction {
namespace {

class ShippedPlaceGazetteer : public PlaceGazetteer {
 public:
  ShippedPlaceGazetteer(const PlaceIndex* index, const PlaceIndex* small_towns)
      : index_(index), small_towns_(small_towns) {}

  std::vector<PlaceMention> FindPlaces(std::string_view text) const override {
    // Token offsets are 32-bit: cut texts of 1 GiB and more at line breaks.
    constexpr size_t kChunk = size_t{1} << 30;
    if (text.size() >= kChunk) {
      std::vector<PlaceMention> out;
      for (size_t start = 0; start < text.size();) {
        size_t end = std::min(text.size(), start + kChunk);
        if (end < text.size()) {
          size_t nl = text.rfind('\n', end - 1);
          if (nl != std::string_view::npos && nl > start) end = nl + 1;
        }
        for (PlaceMention m : FindPlaces(text.substr(start, end - start))) {
          m.begin += start;
          m.end += start;
          out.push_back(std::move(m));
        }
        start = end;
      }
      return out;
    }
    text::Tokens tokens;
    text::Tokenize(text, &tokens);
    std::vector<PlaceMention> out;
    const auto& ts = tokens.tokens;
    for (size_t i = 0; i < ts.size();) {
      const PlaceEntry* entry = nullptr;
      size_t end = index_->MatchAt(tokens, i, &entry);
      if (end == i) {
        ++i;
        continue;
      }
      out.push_back(PlaceMention{ts[i].begin, ts[end - 1].end, entry->canonical, entry->kind,
                                 entry->place_class});
      i = end;
    }
    return out;
  }

  bool IsPlace(std::string_view phrase) const override {
    return ClassOf(phrase) == PlaceClass::kListed;
  }

  PlaceClass ClassOf(std::string_view phrase) const override {
    const PlaceEntry* entry = index_->Lookup(PlaceKey(phrase));
    return entry == nullptr ? PlaceClass::kNone : entry->place_class;
  }

  bool IsSmallTown(std::string_view phrase) const override {
    return small_towns_->Lookup(PlaceKey(phrase)) != nullptr;
  }

 private:
  const PlaceIndex* index_;
  const PlaceIndex* small_towns_;
};

}  // namespace

const PlaceGazetteer& PlaceGazetteer::Default() {
  static const ShippedPlaceGazetteer gazetteer = [] {
    std::string error;
    const PlaceIndex* index = DefaultPlaceIndex(&error);
    const PlaceIndex* small_towns = index == nullptr ? nullptr : SmallTownIndex(&error);
    if (index == nullptr || small_towns == nullptr) {
      // The data is compiled in: failing here means a broken build.
      std::fprintf(stderr, "amparo: place gazetteer: %s\n", error.c_str());
      std::abort();
    }
    return ShippedPlaceGazetteer(index, small_towns);
  }();
  return gazetteer;
}

}  // namespace amparo::redaction
