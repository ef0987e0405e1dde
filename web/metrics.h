// Metrics counts requests and their latency per route pattern and status
// code, and renders them with gauges in the Prometheus text format. Labels
// are route patterns ("/api/testimonies/:id"), never concrete paths, query
// text or content. Thread-safe.
#ifndef AMPARO_WEB_METRICS_H_
#define AMPARO_WEB_METRICS_H_

#include <array>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace amparo::web {

class Metrics {
 public:
  void Record(const std::string& method, const std::string& route, int status, double seconds);
  // gauges: name -> (help, value), appended after the request metrics.
  std::string Render(const std::vector<std::pair<std::string, std::pair<std::string, double>>>& gauges);

  static constexpr std::array<double, 10> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,  0.1,    0.25,  1,     5};

 private:
  struct Histogram {
    std::array<uint64_t, kBuckets.size()> buckets{};
    uint64_t count = 0;
    double sum = 0;
  };
  std::mutex mu_;
  std::map<std::tuple<std::string, std::string, int>, uint64_t> requests_;  // method, route, status
  std::map<std::pair<std::string, std::string>, Histogram> latency_;       // method, route
};

}  // namespace amparo::web

#endif  // AMPARO_WEB_METRICS_H_
