// SortRuns sorts a vector that is mostly a few sorted runs end to end, as
// the spans of the names found are (each pass lists its names in the order
// of the text and appends them after the earlier passes'): the runs are
// merged two by two, one pass over the vector per doubling, where
// std::sort reads every element about log2(n) times whatever the order.
//
// Only for values with no two distinct ones equivalent under operator<
// (pairs of offsets): their sorted order is unique, so the result is
// std::sort's, byte for byte.
#ifndef AMPARO_REDACTION_SORTED_RUNS_H_
#define AMPARO_REDACTION_SORTED_RUNS_H_

#include <algorithm>
#include <cstddef>
#include <vector>

namespace amparo::redaction {

// Past this many runs the vector is in no useful order: std::sort.
constexpr size_t kMaxSortedRuns = 32;

template <typename T>
void SortRuns(std::vector<T>* v) {
  const size_t n = v->size();
  size_t bounds[kMaxSortedRuns + 1];  // where each run starts, then n
  size_t runs = 1;
  bounds[0] = 0;
  for (size_t k = 1; k < n; ++k) {
    if (!((*v)[k] < (*v)[k - 1])) continue;
    if (runs == kMaxSortedRuns) {
      std::sort(v->begin(), v->end());
      return;
    }
    bounds[runs++] = k;
  }
  bounds[runs] = n;
  const auto begin = v->begin();
  while (runs > 1) {
    size_t merged = 0;
    size_t r = 0;
    for (; r + 1 < runs; r += 2) {
      std::inplace_merge(begin + static_cast<std::ptrdiff_t>(bounds[r]),
                         begin + static_cast<std::ptrdiff_t>(bounds[r + 1]),
                         begin + static_cast<std::ptrdiff_t>(bounds[r + 2]));
      bounds[merged++] = bounds[r];
    }
    if (r < runs) bounds[merged++] = bounds[r];  // an odd run, as it is
    bounds[merged] = n;
    runs = merged;
  }
}

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_SORTED_RUNS_H_
