// Deletion receipts: signed statements that a testimony was erased, which
// an admin can hand to the survivor. Signed with the archive's Ed25519 key
// (derived from the master key); anyone with the receipt can check it
// against the archive's public key printed on it.
#ifndef AMPARO_ARCHIVE_RECEIPT_H_
#define AMPARO_ARCHIVE_RECEIPT_H_

#include <string>

#include "archive/archive.h"

namespace amparo {

class ReceiptSigner {
 public:
  explicit ReceiptSigner(const unsigned char* master);
  ~ReceiptSigner();
  DeletionReceipt Sign(const std::string& id, const std::string& date,
                       const std::string& reason) const;
  std::string public_key_hex() const;

 private:
  unsigned char pk_[32];
  SecureBuffer sk_;
};

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_RECEIPT_H_
