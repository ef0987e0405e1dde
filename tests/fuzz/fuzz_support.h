// What every fuzz target shares: splitting one input into the fields the
// target needs, and FUZZ_CHECK for the properties it asserts.
//
// Fields are separated by a 0 byte; missing fields are empty. Keeping the
// format this plain lets a person write a seed file by hand (printf with \0)
// and read a crash reproducer without a decoder.
#ifndef AMPARO_TESTS_FUZZ_FUZZ_SUPPORT_H_
#define AMPARO_TESTS_FUZZ_FUZZ_SUPPORT_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <string>
#include <vector>

// A property the target asserts: on failure, says which and aborts, so
// libFuzzer saves the input as a crash.
#define FUZZ_CHECK(cond)                                                          \
  do {                                                                            \
    if (!(cond)) {                                                                \
      std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                               \
    }                                                                             \
  } while (0)

namespace amparo::fuzz {

inline std::vector<std::string_view> SplitFields(const uint8_t* data, size_t size, size_t count) {
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> fields;
  while (fields.size() + 1 < count) {
    size_t cut = rest.find('\0');
    if (cut == std::string_view::npos) break;
    fields.push_back(rest.substr(0, cut));
    rest.remove_prefix(cut + 1);
  }
  fields.push_back(rest);
  fields.resize(count);
  return fields;
}

// Splits a field on `sep` (for lists of names, phones...).
inline std::vector<std::string> SplitList(std::string_view field, char sep) {
  std::vector<std::string> out;
  while (!field.empty()) {
    size_t cut = field.find(sep);
    std::string_view item = field.substr(0, cut);
    if (!item.empty()) out.emplace_back(item);
    if (cut == std::string_view::npos) break;
    field.remove_prefix(cut + 1);
  }
  return out;
}

}  // namespace amparo::fuzz

#endif  // AMPARO_TESTS_FUZZ_FUZZ_SUPPORT_H_
