#include "archive/receipt.h"

#include <sodium.h>

#include <sstream>

#include "archive/sealing.h"

namespace amparo {

namespace {
const char kHeader[] = "Amparo deletion receipt v1";

std::string SignedText(const DeletionReceipt& r) {
  return std::string(kHeader) + "\ntestimony: " + r.testimony_id + "\nwithdrawn_on: " +
         r.withdrawn_on + "\nreason: " + r.reason_code + "\narchive: " + r.archive_id + "\n";
}
}  // namespace

ReceiptSigner::ReceiptSigner(const unsigned char* master) : sk_(crypto_sign_SECRETKEYBYTES) {
  SecureBuffer seed = DeriveKey(master, KeyPurpose::kSigningSeed);
  crypto_sign_seed_keypair(pk_, sk_.data(), seed.data());
}

ReceiptSigner::~ReceiptSigner() = default;

std::string ReceiptSigner::public_key_hex() const {
  return ToHex(std::string_view(reinterpret_cast<const char*>(pk_), sizeof pk_));
}

DeletionReceipt ReceiptSigner::Sign(const std::string& id, const std::string& date,
                                    const std::string& reason) const {
  DeletionReceipt r;
  r.testimony_id = id;
  r.withdrawn_on = date;
  r.reason_code = reason;
  r.archive_id = public_key_hex();
  std::string msg = SignedText(r);
  unsigned char sig[crypto_sign_BYTES];
  crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(msg.data()),
                       msg.size(), sk_.data());
  r.signature = ToHex(std::string_view(reinterpret_cast<char*>(sig), sizeof sig));
  return r;
}

std::string DeletionReceipt::ToText() const {
  return SignedText(*this) + "signature: " + signature + "\n";
}

Status VerifyReceiptText(const std::string& text, const std::string& archive_key_hex,
                         DeletionReceipt* parsed) {
  std::istringstream in(text);
  std::string line;
  DeletionReceipt r;
  bool header = false;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line == kHeader) { header = true; continue; }
    auto colon = line.find(": ");
    if (colon == std::string::npos) continue;
    std::string key = line.substr(0, colon), value = line.substr(colon + 2);
    if (key == "testimony") r.testimony_id = value;
    else if (key == "withdrawn_on") r.withdrawn_on = value;
    else if (key == "reason") r.reason_code = value;
    else if (key == "archive") r.archive_id = value;
    else if (key == "signature") r.signature = value;
  }
  if (!header || r.testimony_id.empty() || r.archive_id.empty() || r.signature.empty()) {
    return Status::InvalidArgument("not an Amparo deletion receipt");
  }
  unsigned char pk[crypto_sign_PUBLICKEYBYTES], sig[crypto_sign_BYTES];
  size_t pk_len = 0, sig_len = 0;
  if (sodium_hex2bin(pk, sizeof pk, r.archive_id.data(), r.archive_id.size(), nullptr, &pk_len,
                     nullptr) != 0 || pk_len != sizeof pk ||
      sodium_hex2bin(sig, sizeof sig, r.signature.data(), r.signature.size(), nullptr, &sig_len,
                     nullptr) != 0 || sig_len != sizeof sig) {
    return Status::InvalidArgument("the receipt's key or signature is malformed");
  }
  if (archive_key_hex.size() != r.archive_id.size() ||
      sodium_memcmp(archive_key_hex.data(), r.archive_id.data(), r.archive_id.size()) != 0) {
    return Status::Corruption("the receipt was not signed by this archive's key");
  }
  std::string msg = SignedText(r);
  if (crypto_sign_verify_detached(sig, reinterpret_cast<const unsigned char*>(msg.data()),
                                  msg.size(), pk) != 0) {
    return Status::Corruption("the receipt's signature does not verify: it was altered or forged");
  }
  if (parsed) *parsed = r;
  return Status::OK();
}

}  // namespace amparo
