// FacetSpy counts the sealed facet ids of every document the match visits.
// With check_at_least = doccount the match visits every matching document,
// so the counts are exact over the whole result set, not just the page.
#ifndef AMPARO_SEARCH_FACET_SPY_H_
#define AMPARO_SEARCH_FACET_SPY_H_

#include <xapian.h>

#include <cstdint>
#include <string>
#include <unordered_map>

namespace amparo::search {

class FacetSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double weight) override;
  std::string name() const override { return "amparo.FacetSpy"; }

  // Facet id (8 bytes, as a little-endian integer) -> documents.
  const std::unordered_map<uint64_t, uint64_t>& counts() const { return counts_; }
  uint64_t documents() const { return documents_; }

 private:
  std::unordered_map<uint64_t, uint64_t> counts_;
  uint64_t documents_ = 0;
};

// The integer key FacetSpy uses for an 8-byte facet id.
uint64_t FacetIdKey(const std::string& id);

}  // namespace amparo::search

#endif  // AMPARO_SEARCH_FACET_SPY_H_
