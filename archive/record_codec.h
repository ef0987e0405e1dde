// RecordCodec turns the model into the JSON that is sealed into RocksDB
// records, and back. Only the archive's own records use it; the intake
// format is parsed strictly by archive/intake.h.
#ifndef AMPARO_ARCHIVE_RECORD_CODEC_H_
#define AMPARO_ARCHIVE_RECORD_CODEC_H_

#include <nlohmann/json.hpp>

#include "archive/testimony.h"

namespace amparo {

void to_json(nlohmann::json& j, const ConsentRecord& c);
void from_json(const nlohmann::json& j, ConsentRecord& c);
void to_json(nlohmann::json& j, const ProposedRedaction& r);
void from_json(const nlohmann::json& j, ProposedRedaction& r);
void to_json(nlohmann::json& j, const KnownIdentifierList& k);
void from_json(const nlohmann::json& j, KnownIdentifierList& k);
void to_json(nlohmann::json& j, const Testimony& t);
void from_json(const nlohmann::json& j, Testimony& t);
void to_json(nlohmann::json& j, const PendingTestimony& p);
void from_json(const nlohmann::json& j, PendingTestimony& p);
void to_json(nlohmann::json& j, const Tombstone& t);
void from_json(const nlohmann::json& j, Tombstone& t);

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_RECORD_CODEC_H_
