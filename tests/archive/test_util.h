// Helpers shared by the archive tests: temporary directories, sample intake
// records with unique markers, and scans of every file under a directory.
#ifndef AMPARO_TESTS_ARCHIVE_TEST_UTIL_H_
#define AMPARO_TESTS_ARCHIVE_TEST_UTIL_H_

#include <sodium.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "archive/archive.h"

namespace amparo::testing {

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "amparo-test-XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  const std::string& path() const { return path_; }
  std::string sub(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Files under dir whose bytes contain needle (case-sensitive, raw bytes).
inline std::vector<std::string> FilesContaining(const std::string& dir, const std::string& needle) {
  std::vector<std::string> hits;
  for (auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    if (ReadAll(e.path().string()).find(needle) != std::string::npos) hits.push_back(e.path().string());
  }
  return hits;
}

inline IntakeRecord SampleRecord(const std::string& marker, std::vector<std::string> scopes = {"legal", "publication"}) {
  IntakeRecord r;
  r.case_code = "CAI-2025-" + marker.substr(0, 4) + "Q";
  r.pseudonym = "Yahir*";
  r.language = "es";
  r.recorded_on = "2025-06";
  r.recorded_at = "Ciudad de México";
  r.title = "Del miedo a empezar de nuevo";
  r.text = "Me llamo Yahir Mejía. Salimos de Honduras y en Palenque nos secuestraron. "
           "Mi hermana María Mejía llamaba al +504 9876 5432. La palabra clave es " + marker +
           " y nadie debe verla. Después llegamos a Ciudad Juárez.";
  r.known_identifiers.names = {"Yahir Mejía", "María Mejía"};
  r.known_identifiers.phones = {"+504 9876 5432"};
  r.tags["violence"] = {"kidnapping"};
  r.consent.scopes = std::move(scopes);
  r.consent.given_on = "2025-06-12";
  r.consent.method = "written";
  r.consent.recorded_by = "staff-17";
  return r;
}

inline MasterKey TestKey() { return MasterKey::Generate(); }

inline Actor Admin() { return Actor{"test-admin", Role::kAdmin}; }
inline Actor AsRole(Role r) { return Actor{"test-user", r}; }

}  // namespace amparo::testing

#endif  // AMPARO_TESTS_ARCHIVE_TEST_UTIL_H_
