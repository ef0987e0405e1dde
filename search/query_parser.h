// The Amparo query language, parsed in memory into a Xapian::Query whose
// leaves are sealed terms (docs/search.md has the full syntax).
//
// Grammar, loosest binding first:
//   query    := or_expr
//   or_expr  := and_expr ("OR" and_expr)*
//   and_expr := not_expr (["AND"] not_expr)*        (implicit AND)
//   not_expr := near_expr ("NOT" near_expr)*
//   near_expr:= unary ("NEAR" | "NEAR/n") unary)*
//   unary    := ("NOT" | "-") unary | atom
//   atom     := "(" or_expr ")" | '"' phrase '"' | field ":" value | word
// Unquoted words match by stem (Spanish, English and French stemmers, or
// the languages given with lang:) and are expanded with the thesaurus;
// quoted phrases match the words as written (case and accents folded).
// Field filters restrict without changing the ranking. Errors are returned
// as a message for the user; the parser never throws on bad input.
#ifndef AMPARO_SEARCH_QUERY_PARSER_H_
#define AMPARO_SEARCH_QUERY_PARSER_H_

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "search/stem_map.h"
#include "search/term_sealer.h"

namespace amparo::search {

struct ParsedQuery {
  Xapian::Query query;  // MatchAll for an empty query
  // Highlight entries for MakeSnippet: "word" (stem match), "=word" (exact
  // folded word), "w1 w2" (exact folded phrase).
  std::vector<std::string> highlight_terms;
};

// Longest query accepted, in bytes, and deepest nesting of parentheses.
inline constexpr size_t kMaxQueryBytes = 4096;
inline constexpr int kMaxQueryDepth = 32;

// stems resolves stemmed words to the sealed words the index holds.
bool ParseQuery(std::string_view text, const TermSealer& sealer, const StemMap& stems,
                ParsedQuery* out, std::string* error);

}  // namespace amparo::search

#endif  // AMPARO_SEARCH_QUERY_PARSER_H_
