#include "search/token_sequence.h"

#include <algorithm>
#include <cstring>

namespace amparo::search {

namespace {

constexpr uint32_t kBoundary = 0;

uint32_t TokenAt(std::string_view sequence, size_t i) {
  uint32_t t;
  std::memcpy(&t, sequence.data() + i * sizeof t, sizeof t);
  return t;
}

bool InGroup(const std::vector<uint32_t>& group, uint32_t token) {
  for (uint32_t g : group) {
    if (g == token) return true;
  }
  return false;
}

// Can every operand take a different occurrence of occ[0..n)? (Operands
// rarely share a word, so the augmenting paths are short.)
bool AssignDistinct(const TokenOccurrence* occ, size_t n, size_t operands) {
  std::vector<int> taken_by(n, -1);
  std::vector<char> seen(n);
  auto augment = [&](auto&& self, size_t op) -> bool {
    for (size_t j = 0; j < n; ++j) {
      if ((occ[j].operands >> op & 1) == 0 || seen[j]) continue;
      seen[j] = 1;
      if (taken_by[j] < 0 || self(self, static_cast<size_t>(taken_by[j]))) {
        taken_by[j] = static_cast<int>(op);
        return true;
      }
    }
    return false;
  };
  for (size_t op = 0; op < operands; ++op) {
    std::fill(seen.begin(), seen.end(), 0);
    if (!augment(augment, op)) return false;
  }
  return true;
}

}  // namespace

uint32_t TokenOf(const std::string& sealed_word_term) {
  uint32_t t = 0;
  // The term is its kind byte followed by the keyed hash.
  if (sealed_word_term.size() >= 1 + sizeof t) {
    std::memcpy(&t, sealed_word_term.data() + 1, sizeof t);
  }
  return t == kBoundary ? 1 : t;
}

void AppendToken(uint32_t token, std::string* sequence) {
  sequence->append(reinterpret_cast<const char*>(&token), sizeof token);
}

void AppendFieldBoundary(std::string* sequence) { AppendToken(kBoundary, sequence); }

bool ContainsPhrase(std::string_view sequence, const TokenGroups& groups) {
  const size_t n = sequence.size() / sizeof(uint32_t);
  const size_t k = groups.size();
  if (k == 0 || k > n) return false;
  for (size_t i = 0; i + k <= n; ++i) {
    size_t j = 0;
    while (j < k && InGroup(groups[j], TokenAt(sequence, i + j))) ++j;
    if (j == k) return true;
  }
  return false;
}

bool ContainsNear(std::string_view sequence, const TokenGroups& groups, uint32_t window) {
  const size_t operands = groups.size();
  if (operands == 0 || operands > 32) return false;
  const size_t n = sequence.size() / sizeof(uint32_t);
  std::vector<TokenOccurrence> occ;
  uint32_t seen_operands = 0;
  uint32_t pos = 0;
  for (size_t i = 0; i < n; ++i) {
    const uint32_t t = TokenAt(sequence, i);
    if (t == kBoundary) {
      pos += kFieldGapPositions;
      continue;
    }
    ++pos;
    uint32_t ops = 0;
    for (size_t g = 0; g < operands; ++g) {
      if (InGroup(groups[g], t)) ops |= uint32_t{1} << g;
    }
    if (ops != 0) {
      occ.push_back({pos, ops});
      seen_operands |= ops;
    }
  }
  if (seen_operands != (operands == 32 ? ~uint32_t{0} : (uint32_t{1} << operands) - 1)) {
    return false;
  }
  return OccurrencesWithinWindow(occ, operands, window);
}

bool OccurrencesWithinWindow(const std::vector<TokenOccurrence>& occ, size_t operands,
                             uint32_t window) {
  if (operands == 0 || operands > 32) return false;
  const uint32_t all = operands == 32 ? ~uint32_t{0} : (uint32_t{1} << operands) - 1;
  // Every window that starts at an occurrence: do its occurrences give each
  // operand a place of its own?
  size_t end = 0;
  for (size_t start = 0; start < occ.size(); ++start) {
    end = std::max(end, start);
    while (end < occ.size() && occ[end].pos - occ[start].pos < window) ++end;
    uint32_t covered = 0;
    for (size_t j = start; j < end; ++j) covered |= occ[j].operands;
    if (covered != all || end - start < operands) continue;
    if (AssignDistinct(occ.data() + start, end - start, operands)) return true;
  }
  return false;
}

}  // namespace amparo::search
