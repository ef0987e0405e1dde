// Runs a libFuzzer target over saved inputs, for builds without libFuzzer
// (GCC, the sanitizer build): ctest replays each target's corpus in
// tests/fuzz/corpus/<target>, seeds and past crash reproducers alike.
//   <target> FILE_OR_DIR...
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

int RunFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    return 1;
  }
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // A copy of exactly the input's size, so ASan sees reads past its end.
  std::vector<uint8_t> exact(bytes.begin(), bytes.end());
  LLVMFuzzerTestOneInput(exact.data(), exact.size());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  size_t runs = 0;
  int failures = 0;
  for (int i = 1; i < argc; ++i) {
    std::filesystem::path p(argv[i]);
    if (std::filesystem::is_directory(p)) {
      for (const auto& e : std::filesystem::directory_iterator(p)) {
        if (!e.is_regular_file()) continue;
        failures += RunFile(e.path());
        ++runs;
      }
    } else {
      failures += RunFile(p);
      ++runs;
    }
  }
  std::printf("replayed %zu inputs\n", runs);
  if (runs == 0) {
    std::fprintf(stderr, "no inputs given\n");
    return 1;
  }
  return failures == 0 ? 0 : 1;
}
