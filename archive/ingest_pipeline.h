// IngestBatches feeds many intake batches to an Archive with two in flight:
// while one batch is written and indexed under the archive's lock, the next
// is validated, redacted and sealed on the other cores. A bulk import keeps
// every core busy instead of waiting for each batch's write and index
// commit.
//
// Guarantees: each batch is stored all or nothing, exactly as IngestBatch
// stores it; outcomes are reported per batch, in the order given; batches
// may reach the store in either order.
#ifndef AMPARO_ARCHIVE_INGEST_PIPELINE_H_
#define AMPARO_ARCHIVE_INGEST_PIPELINE_H_

#include <functional>
#include <string>
#include <vector>

#include "archive/archive.h"

namespace amparo {

struct BatchOutcome {
  Status status;
  std::vector<std::string> ids;  // the new testimonies' ids, if stored
};

// Ingests batch(i) for i in [0, count); batch may be called from two threads
// at once (for different i). progress, if set, is called after each batch
// with the number of batches done (from either thread, never concurrently).
std::vector<BatchOutcome> IngestBatches(Archive* archive, const Actor& actor, size_t count,
                                        const std::function<std::vector<IntakeRecord>(size_t)>& batch,
                                        bool auto_approve,
                                        const std::function<void(size_t done)>& progress = {});

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_INGEST_PIPELINE_H_
