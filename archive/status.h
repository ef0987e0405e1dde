// Status is the result of every operation that crosses a module boundary of
// the archive: OK, or a code and a message fit to show a user. It never
// carries testimony content, names or query text.
#ifndef AMPARO_ARCHIVE_STATUS_H_
#define AMPARO_ARCHIVE_STATUS_H_

#include <string>
#include <utility>

namespace amparo {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,   // bad input: malformed record, unknown scope...
    kNotFound,
    kAlreadyExists,
    kPermissionDenied,  // the actor's role may not do this
    kUnauthenticated,   // wrong master key, wrong password
    kCorruption,        // a record failed authentication: tampering or damage
    kIOError,
    kFailedPrecondition,
    kResourceExhausted,  // too large, too many
    kInternal,
  };

  Status() = default;
  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string m) { return {Code::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
  static Status AlreadyExists(std::string m) { return {Code::kAlreadyExists, std::move(m)}; }
  static Status PermissionDenied(std::string m) { return {Code::kPermissionDenied, std::move(m)}; }
  static Status Unauthenticated(std::string m) { return {Code::kUnauthenticated, std::move(m)}; }
  static Status Corruption(std::string m) { return {Code::kCorruption, std::move(m)}; }
  static Status IOError(std::string m) { return {Code::kIOError, std::move(m)}; }
  static Status FailedPrecondition(std::string m) { return {Code::kFailedPrecondition, std::move(m)}; }
  static Status ResourceExhausted(std::string m) { return {Code::kResourceExhausted, std::move(m)}; }
  static Status Internal(std::string m) { return {Code::kInternal, std::move(m)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid argument: line 3: missing field \"consent\""
  std::string ToString() const;
  // Stable short name of the code ("invalid_argument"), for JSON errors.
  const char* CodeName() const;

 private:
  Status(Code c, std::string m) : code_(c), message_(std::move(m)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

#define AMPARO_RETURN_IF_ERROR(expr)            \
  do {                                          \
    ::amparo::Status _st = (expr);              \
    if (!_st.ok()) return _st;                  \
  } while (0)

}  // namespace amparo

#endif  // AMPARO_ARCHIVE_STATUS_H_
