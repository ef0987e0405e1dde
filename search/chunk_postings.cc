#include "search/chunk_postings.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace amparo::search {

namespace {

struct Entry {
  uint32_t token;
  uint16_t doc;
  uint32_t pos;
};

// Stable sort by token (two 16-bit counting passes): entries made in
// document and position order end up ordered by token, document, position.
void SortByToken(std::vector<Entry>* entries) {
  std::vector<Entry> scratch(entries->size());
  std::vector<uint32_t> count(65537);
  for (int shift : {0, 16}) {
    std::fill(count.begin(), count.end(), 0);
    for (const Entry& e : *entries) ++count[((e.token >> shift) & 0xffff) + 1];
    for (size_t i = 1; i < count.size(); ++i) count[i] += count[i - 1];
    for (const Entry& e : *entries) scratch[count[(e.token >> shift) & 0xffff]++] = e;
    entries->swap(scratch);
  }
}

}  // namespace

// An operand of several tokens, its lists merged for this block.
template <typename Pos>
struct ChunkPostings::OwnedList {
  std::vector<uint16_t> docs;
  std::vector<uint32_t> starts;
  std::vector<Pos> positions;
  List<Pos> view() const { return {docs.data(), starts.data(), positions.data(), docs.size()}; }
};

namespace {

// Each later word walks forward with the first: positions only grow.
template <typename Pos>
bool IsPhraseAt(const std::vector<std::pair<const Pos*, const Pos*>>& spans) {
  const Pos* at[32];
  for (size_t j = 0; j < spans.size(); ++j) at[j] = spans[j].first;
  for (const Pos* p = spans[0].first; p != spans[0].second; ++p) {
    bool all = true;
    for (size_t j = 1; j < spans.size() && all; ++j) {
      const uint32_t want = static_cast<uint32_t>(*p) + static_cast<uint32_t>(j);
      while (at[j] != spans[j].second && *at[j] < want) ++at[j];
      if (at[j] == spans[j].second) return false;
      all = *at[j] == want;
    }
    if (all) return true;
  }
  return false;
}

}  // namespace

ChunkPostings::ChunkPostings(Xapian::docid first, const std::vector<std::string_view>& sequences)
    : first_(first) {
  std::vector<Entry> entries;
  size_t total = 0;
  for (std::string_view s : sequences) total += s.size() / sizeof(uint32_t);
  entries.reserve(total);
  for (size_t doc = 0; doc < sequences.size() && doc < kDocs; ++doc) {
    const std::string_view s = sequences[doc];
    uint32_t pos = 0;
    for (size_t i = 0; i + sizeof(uint32_t) <= s.size(); i += sizeof(uint32_t)) {
      uint32_t token;
      std::memcpy(&token, s.data() + i, sizeof token);
      if (token == 0) {
        pos += kFieldGapPositions;
        continue;
      }
      entries.push_back({token, static_cast<uint16_t>(doc), ++pos});
    }
  }
  SortByToken(&entries);
  uint32_t longest = 0;
  for (const Entry& e : entries) longest = std::max(longest, e.pos);
  const bool wide = longest > UINT16_MAX;
  (wide ? positions32_.reserve(entries.size()) : positions16_.reserve(entries.size()));
  size_t positions = 0;
  docs_.reserve(entries.size());
  starts_.reserve(entries.size() + 1);
  for (size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    const bool new_token = i == 0 || entries[i - 1].token != e.token;
    if (new_token) {
      tokens_.push_back(e.token);
      list_start_.push_back(static_cast<uint32_t>(docs_.size()));
    }
    if (new_token || entries[i - 1].doc != e.doc) {
      docs_.push_back(e.doc);
      starts_.push_back(static_cast<uint32_t>(positions));
    }
    if (wide) {
      positions32_.push_back(e.pos);
    } else {
      positions16_.push_back(static_cast<uint16_t>(e.pos));
    }
    ++positions;
  }
  list_start_.push_back(static_cast<uint32_t>(docs_.size()));
  starts_.push_back(static_cast<uint32_t>(positions));
  tokens_.shrink_to_fit();
  list_start_.shrink_to_fit();
  docs_.shrink_to_fit();
  starts_.shrink_to_fit();
}

size_t ChunkPostings::bytes() const {
  return tokens_.capacity() * 4 + list_start_.capacity() * 4 + docs_.capacity() * 2 +
         starts_.capacity() * 4 + positions16_.capacity() * 2 + positions32_.capacity() * 4;
}

template <typename Pos>
bool ChunkPostings::Find(uint32_t token, const std::vector<Pos>& positions,
                         List<Pos>* list) const {
  auto it = std::lower_bound(tokens_.begin(), tokens_.end(), token);
  if (it == tokens_.end() || *it != token) return false;
  const size_t i = static_cast<size_t>(it - tokens_.begin());
  const uint32_t begin = list_start_[i], end = list_start_[i + 1];
  list->docs = docs_.data() + begin;
  list->starts = starts_.data() + begin;
  list->positions = positions.data();
  list->size = end - begin;
  return true;
}

void ChunkPostings::Match(const TokenGroups& groups, uint32_t near_window, DocBitmap* out) const {
  if (positions32_.empty()) {
    MatchIn(positions16_, groups, near_window, out);
  } else {
    MatchIn(positions32_, groups, near_window, out);
  }
}

template <typename Pos>
void ChunkPostings::MatchIn(const std::vector<Pos>& positions, const TokenGroups& groups,
                            uint32_t near_window, DocBitmap* out) const {
  const size_t k = groups.size();
  if (k == 0 || k > 32) return;
  std::vector<List<Pos>> lists(k);
  std::vector<OwnedList<Pos>> owned(k);
  for (size_t g = 0; g < k; ++g) {
    if (groups[g].size() == 1) {
      if (!Find(groups[g][0], positions, &lists[g])) return;
      continue;
    }
    // Several tokens: merge their (document, position) pairs.
    std::vector<std::pair<uint16_t, Pos>> pairs;
    for (uint32_t token : groups[g]) {
      List<Pos> l;
      if (!Find(token, positions, &l)) continue;
      for (size_t i = 0; i < l.size; ++i) {
        for (uint32_t p = l.starts[i]; p < l.starts[i + 1]; ++p) {
          pairs.emplace_back(l.docs[i], l.positions[p]);
        }
      }
    }
    if (pairs.empty()) return;
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    OwnedList<Pos>& o = owned[g];
    for (size_t i = 0; i < pairs.size(); ++i) {
      if (i == 0 || pairs[i - 1].first != pairs[i].first) {
        o.docs.push_back(pairs[i].first);
        o.starts.push_back(static_cast<uint32_t>(o.positions.size()));
      }
      o.positions.push_back(pairs[i].second);
    }
    o.starts.push_back(static_cast<uint32_t>(o.positions.size()));
    lists[g] = o.view();
  }

  // Documents in every list: walk the shortest, step the others forward.
  size_t shortest = 0;
  for (size_t g = 1; g < k; ++g) {
    if (lists[g].size < lists[shortest].size) shortest = g;
  }
  std::vector<size_t> at(k, 0);
  std::vector<std::pair<const Pos*, const Pos*>> spans(k);
  std::vector<TokenOccurrence> occurrences;
  for (size_t i = 0; i < lists[shortest].size; ++i) {
    const uint16_t doc = lists[shortest].docs[i];
    bool in_all = true;
    for (size_t g = 0; g < k && in_all; ++g) {
      const List<Pos>& l = lists[g];
      size_t& a = at[g];
      while (a < l.size && l.docs[a] < doc) ++a;
      in_all = a < l.size && l.docs[a] == doc;
      if (in_all) spans[g] = {l.positions + l.starts[a], l.positions + l.starts[a + 1]};
    }
    if (!in_all) continue;
    bool match;
    if (near_window == 0) {
      match = IsPhraseAt(spans);
    } else {
      // Positions of every operand, merged in order; a place two operands
      // accept carries both.
      occurrences.clear();
      for (size_t g = 0; g < k; ++g) {
        for (const Pos* p = spans[g].first; p != spans[g].second; ++p) {
          occurrences.push_back({*p, uint32_t{1} << g});
        }
      }
      std::sort(occurrences.begin(), occurrences.end(),
                [](const TokenOccurrence& a, const TokenOccurrence& b) { return a.pos < b.pos; });
      size_t w = 0;
      for (size_t r = 0; r < occurrences.size(); ++r) {
        if (w > 0 && occurrences[w - 1].pos == occurrences[r].pos) {
          occurrences[w - 1].operands |= occurrences[r].operands;
        } else {
          occurrences[w++] = occurrences[r];
        }
      }
      occurrences.resize(w);
      match = OccurrencesWithinWindow(occurrences, k, near_window);
    }
    if (match) out->Set(first_ + doc);
  }
}

}  // namespace amparo::search
