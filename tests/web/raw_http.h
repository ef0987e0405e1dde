// Raw TCP helpers for hostile-input tests: send exactly the bytes a hostile
// client would, and read what (if anything) comes back.
#ifndef AMPARO_TESTS_WEB_RAW_HTTP_H_
#define AMPARO_TESTS_WEB_RAW_HTTP_H_

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <string>

namespace amparo::web::testing {

inline int ConnectLoopback(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof(a)) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

// Sends all of data; false if the peer closed the connection meanwhile.
inline bool SendAll(int fd, const std::string& data) {
  size_t off = 0;
  while (off < data.size()) {
    ssize_t n = send(fd, data.data() + off, data.size() - off, MSG_NOSIGNAL);
    if (n <= 0) return false;
    off += n;
  }
  return true;
}

// Reads until the peer closes or timeout_ms passes without data.
inline std::string ReadResponse(int fd, int timeout_ms = 5000) {
  std::string out;
  char buf[8192];
  for (;;) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, timeout_ms) <= 0) break;
    ssize_t n = recv(fd, buf, sizeof(buf), 0);
    if (n <= 0) break;
    out.append(buf, n);
    // One response is enough when it is complete (Content-Length known).
    size_t hdr_end = out.find("\r\n\r\n");
    if (hdr_end != std::string::npos) {
      size_t cl = out.find("Content-Length: ");
      if (cl != std::string::npos && cl < hdr_end) {
        size_t len = std::stoul(out.substr(cl + 16));
        if (out.size() >= hdr_end + 4 + len) break;
      }
    }
  }
  return out;
}

// "HTTP/1.1 413 ..." -> 413; 0 when there is no status line.
inline int StatusOf(const std::string& response) {
  if (response.rfind("HTTP/1.", 0) != 0 || response.size() < 12) return 0;
  return std::stoi(response.substr(9, 3));
}

inline std::string BodyOf(const std::string& response) {
  size_t p = response.find("\r\n\r\n");
  return p == std::string::npos ? "" : response.substr(p + 4);
}

// One complete exchange on a fresh connection.
inline std::string Exchange(int port, const std::string& request, int timeout_ms = 5000) {
  int fd = ConnectLoopback(port);
  if (fd < 0) return "";
  SendAll(fd, request);
  std::string r = ReadResponse(fd, timeout_ms);
  close(fd);
  return r;
}

// Resident memory of this process in kB.
inline long ResidentKb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return 0;
}

}  // namespace amparo::web::testing

#endif  // AMPARO_TESTS_WEB_RAW_HTTP_H_
