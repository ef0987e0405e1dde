// StaticFiles holds the web UI (HTML, CSS, JS, icons) in memory, read once at
// start from a directory. Requests are answered by exact lookup of the
// decoded path in that table, so no request path ever reaches the file
// system: "..", encoded slashes and symlinks cannot escape the directory.
#ifndef AMPARO_WEB_STATIC_FILES_H_
#define AMPARO_WEB_STATIC_FILES_H_

#include <map>
#include <string>

#include "archive/status.h"

namespace amparo::web {

class StaticFiles {
 public:
  struct File {
    std::string content;
    std::string mime;
  };
  // Loads every regular file below dir (at most max_bytes in total).
  Status Load(const std::string& dir, size_t max_bytes = 16 * 1024 * 1024);
  // "/" maps to "/index.html". Returns nullptr when there is no such file.
  const File* Find(const std::string& path) const;
  size_t size() const { return files_.size(); }

 private:
  std::map<std::string, File> files_;
};

// Finds the static directory: the explicit one if given, else
// $AMPARO_STATIC_DIR, else web/static next to or above the program, else the
// source tree's web/static.
std::string FindStaticDir(const std::string& explicit_dir);

}  // namespace amparo::web

#endif  // AMPARO_WEB_STATIC_FILES_H_
