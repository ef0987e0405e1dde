#include "archive/ingest_pipeline.h"

#include <atomic>
#include <mutex>
#include <thread>

namespace amparo {

std::vector<BatchOutcome> IngestBatches(Archive* archive, const Actor& actor, size_t count,
                                        const std::function<std::vector<IntakeRecord>(size_t)>& batch,
                                        bool auto_approve,
                                        const std::function<void(size_t done)>& progress) {
  std::vector<BatchOutcome> outcomes(count);
  std::atomic<size_t> next{0};
  std::mutex progress_mu;
  size_t done = 0;
  // Two lanes are enough: IngestBatch already spreads each phase over every
  // core; the second lane only fills the time the first spends writing and
  // committing under the archive's lock.
  auto lane = [&] {
    for (size_t i = next++; i < count; i = next++) {
      std::vector<IntakeRecord> records = batch(i);
      outcomes[i].status = archive->IngestBatch(actor, records, auto_approve, &outcomes[i].ids);
      if (progress) {
        std::lock_guard lock(progress_mu);
        progress(++done);
      }
    }
  };
  std::thread second(lane);
  lane();
  second.join();
  return outcomes;
}

}  // namespace amparo
