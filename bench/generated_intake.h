// The intake record of a generated testimony (bench/corpus_generator.h), so
// benchmarks of the whole archive ingest the same corpus as those of the
// index alone.
#ifndef AMPARO_BENCH_GENERATED_INTAKE_H_
#define AMPARO_BENCH_GENERATED_INTAKE_H_

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "archive/archive.h"
#include "bench/corpus_generator.h"

namespace amparo::bench {

inline IntakeRecord ToIntake(const GeneratedTestimony& g, size_t i) {
  IntakeRecord r;
  r.case_code = g.case_code + "-" + std::to_string(i);
  r.pseudonym = g.pseudonym;
  r.language = g.language;
  char month[8];
  std::snprintf(month, sizeof month, "%04d-%02d", g.year, g.month);
  r.recorded_on = month;
  r.recorded_at = "Ciudad de México";
  r.title = g.title;
  r.text = g.text;
  if (!g.violence.empty()) r.tags["violence"] = g.violence;
  if (!g.perpetrator.empty()) r.tags["perpetrator"] = g.perpetrator;
  if (!g.places.empty()) r.tags["places"] = g.places;
  r.consent.scopes = g.scopes.empty() ? std::vector<std::string>{"research"} : g.scopes;
  std::sort(r.consent.scopes.begin(), r.consent.scopes.end());
  r.consent.given_on = "2024-01-15";
  r.consent.method = "written";
  r.consent.recorded_by = "staff-1";
  r.consent.expires_on = g.consent_expires_on;
  if (!r.consent.expires_on.empty() && r.consent.expires_on < r.consent.given_on) {
    r.consent.given_on = "2019-01-01";
  }
  return r;
}

}  // namespace amparo::bench

#endif  // AMPARO_BENCH_GENERATED_INTAKE_H_
