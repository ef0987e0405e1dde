// Builds the sealed Xapian document of one testimony: every word as a sealed
// term (its stems go to the StemMap), the words' token sequence for phrases
// and NEAR (token_sequence.h), sealed facet, consent and expiry terms, the
// facet ids in a value slot, and the opaque id as document data. Nothing in
// it is plaintext except the id.
#ifndef AMPARO_SEARCH_DOCUMENT_BUILDER_H_
#define AMPARO_SEARCH_DOCUMENT_BUILDER_H_

#include <xapian.h>

#include <string>
#include <vector>

#include "search/sealed_index.h"
#include "search/stem_map.h"
#include "search/term_sealer.h"

namespace amparo::search {

// One facet value of a document: its sealed id and what it means.
struct FacetEntry {
  std::string id;     // TermSealer::FacetId
  std::string facet;  // "place", "violence", ...
  std::string plain;  // value shown in facet counts
};

struct BuiltDocument {
  Xapian::Document doc;
  std::string id_term;              // unique sealed id term
  std::vector<FacetEntry> facets;   // for the encrypted facet dictionary
  std::vector<StemLink> stem_links; // stem -> word links this thread had not seen
};

// Thread-safe (caches are per thread). cache_tag names the state of the
// caller's StemMap: links are reported once per thread and tag, so a new tag
// (a new index, or a pruned map) reports them again. False and *error on
// invalid input (empty id, malformed expiry date).
bool BuildDocument(const TermSealer& sealer, uint64_t cache_tag, const IndexedTestimony& t,
                   BuiltDocument* out, std::string* error);

}  // namespace amparo::search

#endif  // AMPARO_SEARCH_DOCUMENT_BUILDER_H_
