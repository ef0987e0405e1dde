// CoveredBytes: which bytes of a text some span covers, one bit per byte.
//
// The late person passes ask, for many candidate words, whether a finding
// already covers any of their bytes; a bitmap answers in a few word reads
// where a search over the findings would cost a scan each. Spans are byte
// offsets [b, e) into a text of the size given at construction; Mark and Any
// take any such span (an empty one marks nothing and covers nothing).
#ifndef AMPARO_REDACTION_COVERED_BYTES_H_
#define AMPARO_REDACTION_COVERED_BYTES_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace amparo::redaction {

class CoveredBytes {
 public:
  explicit CoveredBytes(size_t n) : bits_((n + 64) / 64, 0) {}

  void Mark(size_t b, size_t e) {
    if (b >= e) return;
    const size_t first = b / 64, last = (e - 1) / 64;
    const uint64_t head = ~uint64_t{0} << (b & 63);
    const uint64_t tail = ~uint64_t{0} >> (63 - ((e - 1) & 63));
    if (first == last) {
      bits_[first] |= head & tail;
      return;
    }
    bits_[first] |= head;
    for (size_t w = first + 1; w < last; ++w) bits_[w] = ~uint64_t{0};
    bits_[last] |= tail;
  }

  // True if a byte of [b, e) is covered.
  bool Any(size_t b, size_t e) const {
    if (b >= e) return false;
    const size_t first = b / 64, last = (e - 1) / 64;
    const uint64_t head = ~uint64_t{0} << (b & 63);
    const uint64_t tail = ~uint64_t{0} >> (63 - ((e - 1) & 63));
    if (first == last) return (bits_[first] & head & tail) != 0;
    if (bits_[first] & head) return true;
    for (size_t w = first + 1; w < last; ++w) {
      if (bits_[w] != 0) return true;
    }
    return (bits_[last] & tail) != 0;
  }

 private:
  std::vector<uint64_t> bits_;
};

}  // namespace amparo::redaction

#endif  // AMPARO_REDACTION_COVERED_BYTES_H_
