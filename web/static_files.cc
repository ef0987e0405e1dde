#include "web/static_files.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace amparo::web {
namespace fs = std::filesystem;

namespace {

std::string MimeOf(const std::string& ext) {
  static const std::map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"}, {".json", "application/json"},
      {".svg", "image/svg+xml"}, {".png", "image/png"}, {".ico", "image/x-icon"},
      {".txt", "text/plain; charset=utf-8"}, {".webmanifest", "application/manifest+json"}};
  auto it = kTypes.find(ext);
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

}  // namespace

Status StaticFiles::Load(const std::string& dir, size_t max_bytes) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound("static directory not found: " + dir);
  size_t total = 0;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it); it.increment(ec)) {
    if (!it->is_regular_file() || it->is_symlink()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    File f{ss.str(), MimeOf(it->path().extension().string())};
    total += f.content.size();
    if (total > max_bytes) return Status::ResourceExhausted("static directory too large");
    files_["/" + fs::relative(it->path(), dir).generic_string()] = std::move(f);
  }
  if (ec) return Status::IOError("cannot read static directory: " + ec.message());
  return Status::OK();
}

const StaticFiles::File* StaticFiles::Find(const std::string& path) const {
  auto it = files_.find(path == "/" ? "/index.html" : path);
  return it == files_.end() ? nullptr : &it->second;
}

std::string FindStaticDir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) return explicit_dir;
  if (const char* env = std::getenv("AMPARO_STATIC_DIR"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path p = exe.parent_path(); !p.empty() && p != p.root_path(); p = p.parent_path()) {
      for (const char* rel : {"web/static", "share/amparo/static"}) {
        if (fs::is_regular_file(p / rel / "index.html", ec)) return (p / rel).string();
      }
    }
  }
#ifdef AMPARO_STATIC_DIR
  return AMPARO_STATIC_DIR;
#else
  return "web/static";
#endif
}

}  // namespace amparo::web
