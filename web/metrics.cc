#include "web/metrics.h"

#include <cstdio>
#include <sstream>

namespace amparo::web {

void Metrics::Record(const std::string& method, const std::string& route, int status,
                     double seconds) {
  std::lock_guard<std::mutex> lock(mu_);
  requests_[{method, route, status}]++;
  Histogram& h = latency_[{method, route}];
  for (size_t i = 0; i < kBuckets.size(); i++)
    if (seconds <= kBuckets[i]) h.buckets[i]++;
  h.count++;
  h.sum += seconds;
}

std::string Metrics::Render(
    const std::vector<std::pair<std::string, std::pair<std::string, double>>>& gauges) {
  std::ostringstream out;
  out.precision(9);
  std::lock_guard<std::mutex> lock(mu_);
  out << "# HELP amparo_http_requests_total HTTP requests by method, route pattern and status.\n"
         "# TYPE amparo_http_requests_total counter\n";
  for (const auto& [key, n] : requests_) {
    const auto& [method, route, status] = key;
    out << "amparo_http_requests_total{method=\"" << method << "\",route=\"" << route
        << "\",status=\"" << status << "\"} " << n << "\n";
  }
  out << "# HELP amparo_http_request_duration_seconds HTTP request latency by route pattern.\n"
         "# TYPE amparo_http_request_duration_seconds histogram\n";
  for (const auto& [key, h] : latency_) {
    std::string labels = "method=\"" + key.first + "\",route=\"" + key.second + "\"";
    for (size_t i = 0; i < kBuckets.size(); i++) {
      char le[32];
      snprintf(le, sizeof(le), "%g", kBuckets[i]);
      out << "amparo_http_request_duration_seconds_bucket{" << labels << ",le=\"" << le << "\"} "
          << h.buckets[i] << "\n";
    }
    out << "amparo_http_request_duration_seconds_bucket{" << labels << ",le=\"+Inf\"} " << h.count
        << "\n";
    out << "amparo_http_request_duration_seconds_sum{" << labels << "} " << h.sum << "\n";
    out << "amparo_http_request_duration_seconds_count{" << labels << "} " << h.count << "\n";
  }
  for (const auto& [name, help_value] : gauges) {
    out << "# HELP " << name << " " << help_value.first << "\n# TYPE " << name << " gauge\n"
        << name << " " << static_cast<uint64_t>(help_value.second) << "\n";
  }
  return out.str();
}

}  // namespace amparo::web
